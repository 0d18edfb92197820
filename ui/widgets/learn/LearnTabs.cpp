// SPDX-License-Identifier: MIT
#include "learn/LearnTabs.h"

#include "i18n/Retranslation.h"
#include "learn/BackToPixels.h"
#include "learn/DecoderSession.h"
#include "learn/DecoderView.h"
#include "learn/DigitPad.h"
#include "learn/LearnPage.h"
#include "learn/TrainingSession.h"

#include <QComboBox>
#include <QSpinBox>

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
    // The tabs not shown must not widen the window (the learned-filters page is the widest; a
    // lesson step on a projector shows one tab beside its text): an ignored size policy keeps
    // their minimum sizes out of the stack's, as ViewModes does for its pages.
    const auto sizeByShownTab = [this](int shown) {
        for (int i = 0; i < count(); ++i)
            widget(i)->setSizePolicy(i == shown ? QSizePolicy::Preferred : QSizePolicy::Ignored,
                                     i == shown ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    };
    connect(this, &QTabWidget::currentChanged, this, sizeByShownTab);
    sizeByShownTab(currentIndex());
    // After the page's own connections: its digit and prediction are up to date then.
    connect(session, &TrainingSession::networkChanged, this, &LearnTabs::feed);
    connect(m_page->pad(), &DigitPad::changed, this, &LearnTabs::feed);
    feed();
}

void LearnTabs::show(const LearnedChoice& choice)
{
    m_pixels->setSection(BackToPixels::Section::Both); // what a step without "part" shows
    switch (choice.tab) {
    case LearnedChoice::Tab::Filters:
        setCurrentWidget(m_page);
        break;
    case LearnedChoice::Tab::BackToPixels:
        setCurrentWidget(m_pixels);
        break;
    case LearnedChoice::Tab::Decoder:
        setCurrentWidget(m_decoder);
        return; // the decoders learn on digits of their own
    }
    m_page->pickHeldOut(choice.heldOut - 1);
    if (choice.tab != LearnedChoice::Tab::BackToPixels)
        return;
    choose(m_pixels, choice);
}

void LearnTabs::choose(BackToPixels* pixels, const LearnedChoice& choice)
{
    // As a student would set them (a name the network does not have leaves the box as it is;
    // the spin boxes clamp to its maps and sizes).
    const auto pick = [](QComboBox* box, const QString& name) {
        if (const int i = box->findText(name); i >= 0)
            box->setCurrentIndex(i);
    };
    static constexpr BackToPixels::Section kSections[] = {
        BackToPixels::Section::Both, BackToPixels::Section::Gradient, BackToPixels::Section::Unit};
    pixels->setSection(kSections[static_cast<int>(choice.part)]);
    pick(pixels->stageBox(), choice.stage);
    pixels->inputChannelBox()->setValue(1);
    pick(pixels->layerBox(), choice.layer);
    pixels->channelBox()->setValue(choice.map);
    pixels->unitBox()->setCurrentIndex(static_cast<int>(choice.unit));
    if (choice.unit == LearnedChoice::Unit::At) {
        pixels->rowBox()->setValue(choice.cell.rows);
        pixels->columnBox()->setValue(choice.cell.cols);
    }
}

void LearnTabs::setAside()
{
    m_pixels->setSection(BackToPixels::Section::Both);
}

void LearnTabs::feed()
{
    m_pixels->setInput(m_page->session()->network(), m_page->digit(), m_page->prediction().digit);
}

} // namespace convlab
