// SPDX-License-Identifier: MIT
// Presentation mode: F5 in and Esc out with the window exactly as it was, the presenter keys
// walking the lesson steps, only the views a step needs, and the language or the theme
// changing while it is on.
#include "IsolatedSettings.h"
#include "MainWindow.h"
#include "compute/ResponseComputer.h"
#include "document/Document.h"
#include "lessons/LessonCatalog.h"
#include "lessons/LessonPanel.h"
#include "lessons/LessonStep.h"
#include "presentation/PresentationMode.h"
#include "stepper/StepThroughPanel.h"
#include "theme/Theme.h"
#include "views/ImageCanvas.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFontInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QToolBar>
#include <QUndoStack>
#include <memory>

using namespace convlab;

namespace {

QString builtInLesson(const QString& prefix)
{
    for (const LessonCatalog::Entry& entry : LessonCatalog::builtIn())
        if (entry.path.section(QLatin1Char('/'), -1).startsWith(prefix))
            return entry.path;
    return {};
}

QDockWidget* dock(const MainWindow& window, const char* name)
{
    return window.findChild<QDockWidget*>(QLatin1String(name));
}

// Which docks and central views are on screen, by name, to compare layouts.
QStringList visibleParts(const MainWindow& window)
{
    QStringList parts;
    for (QDockWidget* d : window.findChildren<QDockWidget*>(QString(), Qt::FindDirectChildrenOnly))
        if (d->isVisible())
            parts << d->objectName();
    for (const char* name : {"inputCanvas", "responseView", "responseControls", "patchControls"})
        if (window.findChild<QWidget*>(QLatin1String(name))->isVisible())
            parts << QLatin1String(name);
    parts.sort();
    return parts;
}

QStringList visibleToolBars(const MainWindow& window)
{
    QStringList bars;
    for (QToolBar* bar : window.findChildren<QToolBar*>(QString(), Qt::FindDirectChildrenOnly))
        if (bar->isVisible())
            bars << bar->objectName();
    bars.sort();
    return bars;
}

// What a presenter sees of the window, to check that leaving restores all of it.
struct Snapshot {
    QRect geometry;
    Qt::WindowStates state;
    QByteArray layout;
    QFont font;
    bool ownFont;
    bool menuBar, statusBar;
    QStringList parts, toolBars;
    Theme::Contrast contrast;
    QFont lessonTitle, peakText;

    // Of a window whose response and layout have settled.
    static Snapshot of(const MainWindow& window)
    {
        [[maybe_unused]] const bool settled = QTest::qWaitFor(
            [&window] {
                const ResponseComputer* computer = window.computer();
                return !computer->isBusy() && computer->latest() &&
                       computer->latest()->generation == computer->generation();
            },
            8000);
        QTest::qWait(20);
        return {window.geometry(),
                window.windowState(),
                window.saveState(),
                window.font(),
                window.testAttribute(Qt::WA_SetFont),
                window.menuBar()->isVisible(),
                window.statusBar()->isVisible(),
                visibleParts(window),
                visibleToolBars(window),
                Theme::currentContrast(),
                window.findChild<QLabel*>(QStringLiteral("lessonTitle"))->font(),
                window.findChild<QLabel*>(QStringLiteral("peakText"))->font()};
    }
};

void compareSnapshots(const Snapshot& after, const Snapshot& before)
{

    QCOMPARE(after.geometry, before.geometry);
    QVERIFY(after.state == before.state);
    QCOMPARE(after.layout, before.layout);
    QCOMPARE(after.font, before.font);
    QCOMPARE(after.ownFont, before.ownFont);
    QCOMPARE(after.menuBar, before.menuBar);
    QCOMPARE(after.statusBar, before.statusBar);
    QCOMPARE(after.parts, before.parts);
    QCOMPARE(after.toolBars, before.toolBars);
    QVERIFY(after.contrast == before.contrast);
    QCOMPARE(after.lessonTitle, before.lessonTitle);
    QCOMPARE(after.peakText, before.peakText);
}

} // namespace

class TestPresentation : public QObject {
    Q_OBJECT

    std::unique_ptr<MainWindow> m_window;

    MainWindow& showWindow()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1100, 700);
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        [[maybe_unused]] const bool exposed = QTest::qWaitForWindowExposed(m_window.get());
        return *m_window;
    }

    // The keys go where a presenter's remote sends them: to whatever has the focus.
    void press(Qt::Key key)
    {
        QWidget* target = QApplication::focusWidget();
        QTest::keyClick(target ? target : m_window.get(), key);
    }

  private slots:
    void initTestCase() { test::isolateSettings(QStringLiteral("tst_presentation")); }

    void cleanup()
    {
        if (m_window) {
            m_window->presentation()->leave();
            m_window->document()->undoStack()->setClean();
        }
        m_window.reset();
        QSettings().clear();
    }

    void f5EntersAndEscRestoresTheWindow()
    {
        MainWindow& window = showWindow();
        dock(window, "codeDock")->show(); // a layout of the teacher's own
        QVERIFY(window.openLesson(builtInLesson(QStringLiteral("01_"))));
        const Snapshot before = Snapshot::of(window);
        PresentationMode* presentation = window.presentation();
        QSignalSpy toggled(presentation, &PresentationMode::activeChanged);
        auto* action = window.findChild<QAction*>(QStringLiteral("actionPresentation"));
        QVERIFY(action && !action->isChecked());

        QTest::keyClick(&window, Qt::Key_F5);
        QVERIFY(presentation->isActive());
        QCOMPARE(toggled.size(), 1);
        QVERIFY(action->isChecked());
        QVERIFY(window.windowState() & Qt::WindowFullScreen);
        QVERIFY(!window.menuBar()->isVisible());
        QVERIFY(!window.statusBar()->isVisible());
        QVERIFY(visibleToolBars(window).isEmpty());
        // As large as the screen's height asks, less if the window would not fit the screen
        // (the offscreen screen is 800 pixels wide), never less than usual.
        const int size = QFontInfo(window.font()).pixelSize();
        const int usual = QFontInfo(before.font).pixelSize();
        QVERIFY2(size >= usual && size <= presentation->presentationPixelSize() + 1,
                 qPrintable(QString::number(size)));
        QVERIFY(window.minimumSizeHint().width() <= window.screen()->geometry().width() ||
                size * 0.93 < usual + 1);
        QVERIFY(Theme::currentContrast() == Theme::Contrast::High);
        // Labels with a size of their own grow too.
        QVERIFY(QFontInfo(window.findChild<QLabel*>(QStringLiteral("lessonTitle"))->font())
                    .pixelSize() > size);
        QVERIFY(QFontInfo(window.inputCanvas()->font()).pixelSize() == size);

        press(Qt::Key_Escape);
        QVERIFY(!presentation->isActive());
        QCOMPARE(toggled.size(), 2);
        QVERIFY(!action->isChecked());
        compareSnapshots(Snapshot::of(window), before);

        // F5 toggles too, and the menu action is the same switch.
        action->trigger();
        QVERIFY(presentation->isActive());
        press(Qt::Key_F5);
        QVERIFY(!presentation->isActive());
        compareSnapshots(Snapshot::of(window), before);
    }

    void presenterKeysWalkTheSteps()
    {
        MainWindow& window = showWindow();
        QVERIFY(window.openLesson(builtInLesson(QStringLiteral("01_"))));
        LessonPanel* lesson = window.lessonPanel();
        const int last = lesson->stepCount() - 1;
        QVERIFY(last >= 3);
        window.presentation()->enter();
        QSignalSpy steps(lesson, &LessonPanel::stepChanged);

        press(Qt::Key_Space);
        QCOMPARE(lesson->currentStep(), 1);
        press(Qt::Key_Right);
        QCOMPARE(lesson->currentStep(), 2);
        press(Qt::Key_PageDown);
        QCOMPARE(lesson->currentStep(), 3);
        press(Qt::Key_Left);
        QCOMPARE(lesson->currentStep(), 2);
        press(Qt::Key_PageUp);
        QCOMPARE(lesson->currentStep(), 1);
        press(Qt::Key_End);
        QCOMPARE(lesson->currentStep(), last);
        press(Qt::Key_Space); // past the end: stays
        QCOMPARE(lesson->currentStep(), last);
        press(Qt::Key_Home);
        QCOMPARE(lesson->currentStep(), 0);
        QCOMPARE(steps.size(), 7);
        QCOMPARE(steps.last().first().toInt(), 0);
        // The step's state is in the document, as the lesson panel's Next loads it.
        QVERIFY(window.document()->undoStack()->count() > 0);
        QVERIFY(window.presentation()->isActive());

        // A field the student types into keeps its arrows; PageDown still moves on.
        auto* field = new QLineEdit(window.lessonPanel());
        field->show();
        field->setFocus();
        QTest::keyClick(field, Qt::Key_Right);
        QCOMPARE(lesson->currentStep(), 0);
        QTest::keyClick(field, Qt::Key_PageDown);
        QCOMPARE(lesson->currentStep(), 1);
        delete field;

        // Outside presentation mode the same keys are the views' own again.
        window.presentation()->leave();
        window.inputCanvas()->setFocus();
        QTest::keyClick(window.inputCanvas(), Qt::Key_PageDown);
        QCOMPARE(lesson->currentStep(), 1);
    }

    void onlyTheViewsTheStepNeeds()
    {
        MainWindow& window = showWindow();
        QVERIFY(window.openLesson(builtInLesson(QStringLiteral("01_"))));
        window.presentation()->enter();
        // Step 1 shows the image, the patch and the parameters it sets up.
        QVERIFY(dock(window, "patchDock")->isVisible());
        QVERIFY(dock(window, "parametersDock")->isVisible());
        QVERIFY(dock(window, "lessonDock")->isVisible());
        QVERIFY(!dock(window, "codeDock")->isVisible());
        // The views' own controls stay at the teacher's desk.
        for (const char* bar : {"responseControls", "patchControls"})
            QVERIFY(!window.findChild<QWidget*>(QLatin1String(bar))->isVisible());
        // Step 2 is about the response: input and response, and the text.
        press(Qt::Key_Space);
        QCOMPARE(visibleParts(window),
                 QStringList({QStringLiteral("inputCanvas"), QStringLiteral("lessonDock"),
                              QStringLiteral("responseView")}));

        // Lesson 4 changes the patch at every step: it stays in view.
        QVERIFY(window.openLesson(builtInLesson(QStringLiteral("04_"))));
        for (int step = 0; step < window.lessonPanel()->stepCount(); ++step) {
            QVERIFY(window.lessonPanel()->goToStep(step));
            QVERIFY2(dock(window, "patchDock")->isVisible(), qPrintable(QString::number(step)));
            QVERIFY(window.responseView()->isVisible());
        }
    }

    // A step that names the step-through panel shows it alone with the text; the next step that
    // does not brings the views back.
    void stepThroughStepsShowThePanelAlone()
    {
        MainWindow& window = showWindow();
        QVERIFY(window.openLesson(builtInLesson(QStringLiteral("05_"))));
        window.presentation()->enter();
        QVERIFY(window.isSteppingThrough());
        QCOMPARE(visibleParts(window), QStringList({QStringLiteral("lessonDock")}));
        QVERIFY(window.stepThroughPanel()->isVisible());
        // The panel takes the room the views leave.
        QVERIFY(window.stepThroughPanel()->width() > window.width() / 2);
        QVERIFY(window.lessonPanel()->goToStep(4));
        QVERIFY(!window.isSteppingThrough());
        QVERIFY(window.inputCanvas()->isVisible());
        QVERIFY(window.responseView()->isVisible());
        window.presentation()->leave();
        QVERIFY(window.centralWidget()->isVisible());
        QVERIFY(window.inputCanvas()->isVisible());
    }

    void layoutRules()
    {
        QVERIFY(PresentationLayout::forStep(nullptr, -1, true) == PresentationViews{});
        LessonStep step;
        PresentationViews views = PresentationLayout::forStep(&step, 2, false);
        QVERIFY(views.input && views.response && views.lessonText);
        QVERIFY(!views.patch && !views.parameters && !views.stepThrough);

        step.parameters.insert(QStringLiteral("stride"), QJsonArray{2, 2});
        QVERIFY(PresentationLayout::forStep(&step, 2, false).parameters);
        QVERIFY(!PresentationLayout::forStep(&step, 0, false).parameters); // step 1 resets all
        step.exercise = Exercise{};
        step.exercise->kind = Exercise::Kind::OutputSize;
        QVERIFY(!PresentationLayout::forStep(&step, 2, false).parameters); // no answer shown
        step.exercise->kind = Exercise::Kind::Value;
        QVERIFY(PresentationLayout::forStep(&step, 2, false).parameters);

        step.patch = PatchSource{};
        QVERIFY(PresentationLayout::forStep(&step, 2, false).patch);
        step.stepThrough = StepThroughChoice{};
        views = PresentationLayout::forStep(&step, 2, true);
        QVERIFY(views.stepThrough && views.lessonText);
        QVERIFY(!views.input && !views.patch && !views.response && !views.parameters);
        // Without the panel the step still shows the views it can.
        QVERIFY(PresentationLayout::forStep(&step, 2, false).input);
    }

    void withoutALessonNothingBreaks()
    {
        MainWindow& window = showWindow();
        const Snapshot before = Snapshot::of(window);
        QTest::keyClick(&window, Qt::Key_F5);
        QVERIFY(window.presentation()->isActive());
        QCOMPARE(visibleParts(window),
                 QStringList({QStringLiteral("inputCanvas"), QStringLiteral("patchDock"),
                              QStringLiteral("responseView")}));
        for (Qt::Key key : {Qt::Key_Space, Qt::Key_Right, Qt::Key_Left, Qt::Key_PageDown,
                            Qt::Key_PageUp, Qt::Key_Home, Qt::Key_End})
            press(key);
        QVERIFY(window.presentation()->isActive());
        press(Qt::Key_Escape);
        QVERIFY(!window.presentation()->isActive());
        compareSnapshots(Snapshot::of(window), before);
    }

    void languageAndThemeChangeWhilePresenting()
    {
        MainWindow& window = showWindow();
        window.setTheme(QStringLiteral("dark"));
        QVERIFY(window.openLesson(builtInLesson(QStringLiteral("02_"))));
        const Snapshot before = Snapshot::of(window);
        window.presentation()->enter();
        QCOMPARE(QApplication::palette().color(QPalette::Window), QColor(Qt::black));
        press(Qt::Key_Space);
        const QStringList parts = visibleParts(window);

        window.setLanguage(QStringLiteral("fr"));
        QVERIFY(window.presentation()->isActive());
        QVERIFY(!window.menuBar()->isVisible());
        QVERIFY(visibleToolBars(window).isEmpty());
        QCOMPARE(visibleParts(window), parts);
        auto* action = window.findChild<QAction*>(QStringLiteral("actionPresentation"));
        QVERIFY(action && action->isChecked());
        QCOMPARE(action->text(), QStringLiteral("&Mode présentation"));
        press(Qt::Key_Space);
        QCOMPARE(window.lessonPanel()->currentStep(), 2);

        window.setTheme(QStringLiteral("light")); // stays high contrast while presenting
        QCOMPARE(QApplication::palette().color(QPalette::Window), QColor(Qt::white));
        QVERIFY(Theme::currentContrast() == Theme::Contrast::High);

        press(Qt::Key_Escape);
        QVERIFY(!window.presentation()->isActive());
        QTest::qWait(20); // widgets built around the large font are built again
        QVERIFY(Theme::currentContrast() == Theme::Contrast::Normal);
        QVERIFY(!Theme::isDark(QApplication::palette()));
        Snapshot after = Snapshot::of(window);
        // French labels may need a wider window than English ones: no narrower than that.
        QCOMPARE(after.geometry, QRect(before.geometry.topLeft(), before.geometry.size().expandedTo(
                                                                      window.minimumSizeHint())));
        QCOMPARE(after.parts, before.parts);
        QCOMPARE(after.toolBars, before.toolBars);
        QVERIFY(after.menuBar && after.statusBar);
        QCOMPARE(after.peakText, before.peakText);
        QCOMPARE(after.lessonTitle, before.lessonTitle);
        QCOMPARE(window.findChild<QAction*>(QStringLiteral("actionPresentation"))->text(),
                 QStringLiteral("&Mode présentation"));
        window.setLanguage(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestPresentation)
#include "tst_presentation.moc"
