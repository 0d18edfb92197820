// SPDX-License-Identifier: MIT
#include "window/WindowMenus.h"

#include "lessons/LessonsMenu.h"
#include "window/RecentFilesMenu.h"
#include "window/ToolOptionsBar.h"
#include "window/WindowActions.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenuBar>
#include <QToolBar>

namespace convlab {

WindowMenus::WindowMenus(QMainWindow* window, WindowActions* actions,
                         const QList<QDockWidget*>& panels, RecentFilesMenu* recent,
                         LessonsMenu* lessons, ToolSettings* tools)
    : QObject(window)
{
    const WindowActions& a = *actions;
    QMenuBar* bar = window->menuBar();
    m_file = bar->addMenu(QString());
    m_file->addAction(a.newImage);
    m_file->addAction(a.open);
    m_samples = m_file->addMenu(QString());
    m_samples->addActions(a.samples);
    m_file->addMenu(recent);
    m_file->addSeparator();
    m_file->addAction(a.save);
    m_file->addAction(a.saveAs);
    m_export = m_file->addMenu(QString());
    m_export->addActions(a.exports);
    m_export->addAction(a.exportAnimation);
    m_export->addAction(a.exportNotebook);
    m_export->addSeparator();
    m_export->addAction(a.copyFigure);
    m_file->addSeparator();
    m_file->addAction(a.loadPatch);
    m_file->addAction(a.savePatch);
    m_file->addSeparator();
    m_file->addAction(a.quit);

    m_edit = bar->addMenu(QString());
    m_edit->addAction(a.undo);
    m_edit->addAction(a.redo);
    m_edit->addSeparator();
    m_edit->addAction(a.copyCode);
    m_edit->addAction(a.paste);
    m_edit->addAction(a.useAsPatch);
    m_edit->addSeparator();
    m_edit->addAction(a.clear);
    m_edit->addAction(a.invert);
    m_tools = m_edit->addMenu(QString());
    m_tools->addActions(a.tools);
    m_tools->addSeparator();
    m_tools->addAction(a.brushSmaller);
    m_tools->addAction(a.brushLarger);

    m_view = bar->addMenu(QString());
    m_view->addAction(a.zoomIn);
    m_view->addAction(a.zoomOut);
    m_view->addAction(a.zoomFit);
    m_view->addAction(a.zoomActual);
    m_view->addSeparator();
    m_colormaps = m_view->addMenu(QString());
    m_colormaps->addActions(a.colormaps);
    m_view->addAction(a.overlay);
    m_view->addAction(a.sideBySide);
    m_view->addSeparator();
    m_panels = m_view->addMenu(QString());
    const QKeySequence panelKeys[] = {QKeySequence(Qt::Key_F2), QKeySequence(Qt::Key_F3),
                                      QKeySequence(Qt::Key_F4)};
    for (int i = 0; i < panels.size(); ++i) {
        m_panels->addAction(panels[i]->toggleViewAction());
        if (i < 3)
            panels[i]->toggleViewAction()->setShortcut(panelKeys[i]);
    }
    m_view->addSeparator();
    m_view->addAction(a.stepThrough);
    m_stepPages = m_view->addMenu(QString());
    m_stepPages->addActions(a.stepThroughPages);
    m_view->addAction(a.learnedFilters);
    m_language = m_view->addMenu(QString());
    m_language->setObjectName(QStringLiteral("languageMenu"));
    m_language->addActions(a.languages);
    m_theme = m_view->addMenu(QString());
    m_theme->setObjectName(QStringLiteral("themeMenu"));
    m_theme->addActions(a.themes);
    m_view->addSeparator();
    m_view->addAction(a.presentation);

    bar->addMenu(lessons);
    m_help = bar->addMenu(QString());
    m_help->addAction(a.about);

    m_mainBar = window->addToolBar(QString());
    m_mainBar->setObjectName(QStringLiteral("mainToolBar"));
    m_mainBar->addActions({a.newImage, a.open, a.save});
    m_mainBar->addSeparator();
    m_mainBar->addActions({a.undo, a.redo});
    m_mainBar->addSeparator();
    m_mainBar->addActions({a.useAsPatch, a.clear, a.invert});
    m_mainBar->addSeparator();
    m_mainBar->addActions({a.zoomFit, a.zoomActual});
    m_optionsBar = new ToolOptionsBar(tools, window);
    window->addToolBar(m_optionsBar);
    m_toolsBar = new QToolBar(window);
    m_toolsBar->setObjectName(QStringLiteral("toolsToolBar"));
    m_toolsBar->addActions(a.tools);
    window->addToolBar(Qt::LeftToolBarArea, m_toolsBar);
    retranslate();
}

void WindowMenus::retranslate()
{
    m_file->setTitle(tr("&File"));
    m_samples->setTitle(tr("Open &Sample"));
    m_export->setTitle(tr("&Export"));
    m_edit->setTitle(tr("&Edit"));
    m_tools->setTitle(tr("&Tools"));
    m_view->setTitle(tr("&View"));
    m_colormaps->setTitle(tr("&Colormap"));
    m_panels->setTitle(tr("&Panels"));
    m_stepPages->setTitle(tr("Step Through Pa&ge"));
    m_language->setTitle(tr("&Language"));
    m_theme->setTitle(tr("T&heme"));
    m_help->setTitle(tr("&Help"));
    m_mainBar->setWindowTitle(tr("Main"));
    m_toolsBar->setWindowTitle(tr("Tools"));
}

} // namespace convlab
