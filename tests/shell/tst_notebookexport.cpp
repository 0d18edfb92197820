// SPDX-License-Identifier: MIT
// File ▸ Export ▸ Notebook of the Lesson…: in the Export menu, enabled only while a lesson is
// open; without one it says so instead of asking for a file.
#include "IsolatedSettings.h"
#include "MainWindow.h"
#include "export/NotebookExport.h"
#include "lessons/LessonCatalog.h"
#include "lessons/LessonPanel.h"

#include <QAction>
#include <QMenu>
#include <QTest>

using namespace convlab;

class TestNotebookExport final : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() { test::isolateSettings(QStringLiteral("tst_notebookexport")); }

    void isInTheExportMenuAndEnabledOnlyWithALesson()
    {
        MainWindow window;
        QAction* action = window.findChild<QAction*>(QStringLiteral("actionExportNotebook"));
        QVERIFY(action);
        QMenu* exportMenu = nullptr;
        for (QMenu* menu : window.findChildren<QMenu*>())
            if (menu->actions().contains(action))
                exportMenu = menu;
        QVERIFY(exportMenu);
        QCOMPARE(exportMenu->title(), QStringLiteral("&Export"));
        QVERIFY(!window.lessonPanel()->hasLesson());
        QVERIFY(!action->isEnabled());

        QVERIFY(window.openLesson(LessonCatalog::builtIn().at(1).path));
        QVERIFY(action->isEnabled());

        window.lessonPanel()->clear();
        QVERIFY(!action->isEnabled());
    }

    void withoutALessonItSaysSo()
    {
        MainWindow window;

        const Outcome outcome = NotebookExport::exportLesson(&window, *window.lessonPanel());

        QVERIFY(!outcome.ok);
        QVERIFY(outcome.title.isEmpty()); // a remark for the status bar, not a message box
        QVERIFY2(outcome.message.contains(QStringLiteral("lesson")), qPrintable(outcome.message));
    }
};

QTEST_MAIN(TestNotebookExport)
#include "tst_notebookexport.moc"
