// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <opencv2/core.hpp>

class QAction;

namespace convlab {

class LearnPage;
class LearnTabs;
class Session;
class TrainingSession;
class ViewModes;
struct Outcome;

// The learned-filters page in the window (View ▸ Learned Filters, F7): made on first use (its
// TrainingSession decodes the digits and makes a network), shown in place of the views by
// ViewModes, left with the window's "Back to the Views". A first-layer filter clicked on the
// page becomes the patch of the views, on the sheet of digits (Session::showPattern, one undo
// step), and the views come back to show its response and its peak.
// The page is shown in a LearnTabs, with its "Back to pixels" tab. Its own digits are the
// session's document's: added and removed through its undo stack, saved in its file.
class LearnedFiltersMode final : public QObject {
    Q_OBJECT
  public:
    // `toggle` shows and hides the page; `back` (the window's way back to its views) leaves it.
    LearnedFiltersMode(Session* session, ViewModes* modes, QAction* toggle, QAction* back,
                       QObject* parent = nullptr);

    bool isShown() const;
    void setShown(bool on);
    LearnPage* page();                                // made on the first call
    LearnTabs* tabs();                                // the page and its "Back to pixels" tab
    bool isMade() const { return m_tabs != nullptr; } // tabs() called once
    // The sheet of digits, 1000×2000 in [0, 1], as the views show it.
    static cv::Mat digitSheet();
    // conv1's filter `index` of the page's network as the patch of the views, on the sheet.
    Outcome useFilter(int index, const cv::Mat& filter);

  signals:
    void reported(const convlab::Outcome& outcome); // what useFilter did, for the status bar

  private:
    Session* m_session;
    ViewModes* m_modes;
    QAction* m_toggle;
    QAction* m_back;
    TrainingSession* m_training = nullptr;
    LearnTabs* m_tabs = nullptr;
    LearnPage* m_page = nullptr;
};

} // namespace convlab
