// SPDX-License-Identifier: MIT
#include "window/LearnedFiltersMode.h"

#include "Error.h"
#include "document/Document.h"
#include "i18n/CoreMessages.h"
#include "learn/LearnPage.h"
#include "learn/LearnTabs.h"
#include "learn/TrainingSession.h"
#include "samples/SampleGallery.h"
#include "session/Outcome.h"
#include "session/Session.h"
#include "window/ViewModes.h"

#include <QAction>

namespace convlab {

LearnedFiltersMode::LearnedFiltersMode(Session* session, ViewModes* modes, QAction* toggle,
                                       QAction* back, QObject* parent)
    : QObject(parent), m_session(session), m_modes(modes), m_toggle(toggle), m_back(back)
{
    connect(m_toggle, &QAction::triggered, this, &LearnedFiltersMode::setShown);
    connect(m_back, &QAction::triggered, this, [this] { setShown(false); });
    connect(m_modes, &ViewModes::currentChanged, this, [this] { m_toggle->setChecked(isShown()); });
}

bool LearnedFiltersMode::isShown() const
{
    return m_tabs && m_modes->currentWidget() == m_tabs;
}

void LearnedFiltersMode::setShown(bool on)
{
    m_toggle->setChecked(on);
    if (on == isShown())
        return;
    m_modes->showPage(on ? tabs() : nullptr);
}

LearnPage* LearnedFiltersMode::page()
{
    return tabs()->learnPage();
}

LearnTabs* LearnedFiltersMode::tabs()
{
    if (!m_tabs) {
        m_training = new TrainingSession(this);
        m_tabs = new LearnTabs(m_training, m_modes);
        m_page = m_tabs->learnPage();
        m_page->setBackAction(m_back);
        m_page->setDocument(m_session->document()); // the own digits: kept in it, trained on
        m_modes->addPage(m_tabs);
        connect(m_page, &LearnPage::filterChosen, this, [this](int index, const cv::Mat& filter) {
            const Outcome outcome = useFilter(index, filter);
            if (outcome.ok)
                setShown(false);
            emit reported(outcome);
        });
    }
    return m_tabs;
}

cv::Mat LearnedFiltersMode::digitSheet()
{
    return SampleGallery::make(SampleGallery::Id::HandwrittenDigits).image;
}

Outcome LearnedFiltersMode::useFilter(int index, const cv::Mat& filter)
{
    const QString action = tr("Use learned filter %1 of conv1 as the patch").arg(index + 1);
    cv::Mat sheet;
    try {
        sheet = digitSheet();
    } catch (const Error& e) { // the resource is compiled in: a broken build
        return Outcome::failure(action, CoreMessages::translate(e.what()));
    }
    Outcome outcome = m_session->showPattern(sheet, filter, action);
    if (outcome.ok)
        outcome.message =
            tr("Learned filter %1 of conv1 is the patch: its response on the 5,000 digits, by "
               "cross-correlation, and its peak")
                .arg(index + 1);
    return outcome;
}

} // namespace convlab
