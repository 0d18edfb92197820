// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>

class QDockWidget;
class QMainWindow;
class QMenu;
class QToolBar;

namespace convlab {

class LessonsMenu;
class RecentFilesMenu;
class ToolSettings;
class WindowActions;

// The window's menu bar and toolbars, made once from its actions; retranslate() writes their
// titles again when the language changes (the actions write their own texts).
class WindowMenus final : public QObject {
    Q_OBJECT
  public:
    WindowMenus(QMainWindow* window, WindowActions* actions, const QList<QDockWidget*>& panels,
                RecentFilesMenu* recent, LessonsMenu* lessons, ToolSettings* tools);

    void retranslate();
    QList<QToolBar*> toolBars() const { return {m_mainBar, m_optionsBar, m_toolsBar}; }
    // The drawing tools and their options, set aside while stepping through.
    QList<QToolBar*> drawingBars() const { return {m_toolsBar, m_optionsBar}; }

  private:
    QMenu* m_file;
    QMenu* m_samples;
    QMenu* m_export;
    QMenu* m_edit;
    QMenu* m_tools;
    QMenu* m_view;
    QMenu* m_colormaps;
    QMenu* m_panels;
    QMenu* m_stepPages;
    QMenu* m_language;
    QMenu* m_theme;
    QMenu* m_help;
    QToolBar* m_mainBar;
    QToolBar* m_optionsBar;
    QToolBar* m_toolsBar;
};

} // namespace convlab
