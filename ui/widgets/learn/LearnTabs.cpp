// SPDX-License-Identifier: MIT
#include "learn/LearnTabs.h"

#include "i18n/Retranslation.h"
#include "learn/BackToPixels.h"
#include "learn/DecoderSession.h"
#include "learn/DecoderView.h"
#include "learn/DigitPad.h"
#include "learn/LearnPage.h"
#include "learn/TrainingSession.h"

namespace convlab {

LearnTabs::LearnTabs(TrainingSession* session, QWidget* parent)
    : QTabWidget(parent), m_page(new LearnPage(session, this)), m_pixels(new BackToPixels(this)),
      m_decoder(new DecoderView(new DecoderSession(TrainingSession::digitSheet(),
                                                   TrainingSession::digitSheet()->split(), this),
                                this))
{
    setObjectName(QStringLiteral("learnTabs"));
    setDocumentMode(true);
    addTab(m_page, QString());
    addTab(m_pixels, QString());
    addTab(m_decoder, QString());
    auto* texts = new Retranslation(this);
    texts->tabText(this, 0, [] { return tr("Learned filters"); });
    texts->tabText(this, 1, [] { return tr("Back to pixels"); });
    texts->tabText(this, 2, [] { return tr("Decoder: checkerboards"); });
    // After the page's own connections: its digit and prediction are up to date then.
    connect(session, &TrainingSession::networkChanged, this, &LearnTabs::feed);
    connect(m_page->pad(), &DigitPad::changed, this, &LearnTabs::feed);
    feed();
}

void LearnTabs::feed()
{
    m_pixels->setInput(m_page->session()->network(), m_page->digit(), m_page->prediction().digit);
}

} // namespace convlab
