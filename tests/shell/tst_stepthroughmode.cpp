// SPDX-License-Identifier: MIT
// The main window's step-through mode: reached and left by its shortcut, driven from the
// keyboard, fed from the lesson (a crop around the best match when the image is large).
#include "IsolatedSettings.h"
#include "MainWindow.h"
#include "TestData.h"
#include "document/Document.h"
#include "lessons/LessonPanel.h"
#include "ops/TemplateMatch.h"
#include "stepper/MatrixView.h"
#include "stepper/StepThroughPanel.h"
#include "stepper/StepperControls.h"
#include "stepper/StepperCrop.h"
#include "stepper/StepperModel.h"
#include "stepper/StepperPage.h"
#include "stepper/TransposedConvView.h"
#include "views/ImageCanvas.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>
#include <QToolButton>
#include <memory>
#include <random>

using namespace convlab;

namespace {

DocumentState smallLesson(std::mt19937& rng, int rows, int cols, int patch)
{
    DocumentState state;
    state.image = test::randomMat(rng, rows, cols, 1, 0.f, 1.f);
    state.patch = test::randomMat(rng, patch, patch, 1, -1.f, 1.f);
    state.parameters.operation = Parameters::Operation::CrossCorrelation;
    return state;
}

} // namespace

class TestStepThroughMode : public QObject {
    Q_OBJECT
  private:
    std::unique_ptr<MainWindow> m_window;

    MainWindow& window() { return *m_window; }
    StepperPage* stepper() { return m_window->stepThroughPanel()->stepper(); }
    QDockWidget* dock(const char* name)
    {
        return m_window->findChild<QDockWidget*>(QLatin1String(name));
    }

  private slots:
    void initTestCase() { test::isolateSettings(QStringLiteral("tst_stepthroughmode")); }

    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1366, 768);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanup()
    {
        m_window->document()->undoStack()->setClean();
        m_window.reset();
    }

    void f6GoesThereAndBackAndTheSidePanelsStepAside()
    {
        QVERIFY(!window().isSteppingThrough());
        QVERIFY(dock("patchDock")->isVisible());
        QTest::keyClick(&window(), Qt::Key_F6);
        QVERIFY(window().isSteppingThrough());
        QVERIFY(window().stepThroughPanel()->isVisible());
        QVERIFY(!window().inputCanvas()->isVisible());
        QVERIFY(!dock("patchDock")->isVisible());
        QVERIFY(!dock("parametersDock")->isVisible());
        QVERIFY(window().findChild<QAction*>(QStringLiteral("actionStepThrough"))->isChecked());

        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
        QVERIFY(!window().isSteppingThrough());
        QVERIFY(window().inputCanvas()->isVisible());
        QVERIFY(dock("patchDock")->isVisible());
        QVERIFY(dock("parametersDock")->isVisible());

        // The button beside the tabs goes back too.
        QTest::keyClick(&window(), Qt::Key_F6);
        auto* back =
            window().stepThroughPanel()->findChild<QToolButton*>(QStringLiteral("backButton"));
        QVERIFY(back && back->isVisible());
        back->click();
        QVERIFY(!window().isSteppingThrough());
        QVERIFY(dock("patchDock")->isVisible());
    }

    // A guided lesson step that names a page opens the mode on it, with its side panels aside;
    // the next step that does not name one brings the views and the panels back.
    void lessonStepsOpenTheModeOnTheirPage()
    {
        QVERIFY(window().openLesson(QStringLiteral(
            CONVLAB_SOURCE_DIR "/resources/lessons/08_matrix_justification.convlab")));
        QVERIFY(window().isSteppingThrough());
        QVERIFY(window().stepThroughPanel()->currentTab() == StepThroughPanel::Tab::Matrix);
        QVERIFY(!dock("patchDock")->isVisible());
        LessonPanel* lesson = window().lessonPanel();
        QVERIFY(lesson->goToStep(lesson->stepCount() - 1)); // the rearrangement: Matrix too
        QVERIFY(window().stepThroughPanel()->currentTab() == StepThroughPanel::Tab::Matrix);
        QVERIFY(window().openLesson(QStringLiteral(
            CONVLAB_SOURCE_DIR "/resources/lessons/07_transposed_convolution.convlab")));
        QVERIFY(window().stepThroughPanel()->currentTab() == StepThroughPanel::Tab::Transposed);

        QVERIFY(window().openLesson(
            QStringLiteral(CONVLAB_SOURCE_DIR "/resources/lessons/05_stride_and_padding.convlab")));
        QVERIFY(window().stepThroughPanel()->currentTab() == StepThroughPanel::Tab::Stepper);
        QVERIFY(window().isSteppingThrough());
        QVERIFY(lesson->goToStep(4)); // the output-size step is about the views
        QVERIFY(!window().isSteppingThrough());
        QVERIFY(window().inputCanvas()->isVisible());
        QVERIFY(dock("patchDock")->isVisible());
        QVERIFY(!window().findChild<QAction*>(QStringLiteral("actionStepThrough"))->isChecked());
    }

    void altDigitsOpenEachPage()
    {
        StepThroughPanel* panel = window().stepThroughPanel();
        QTest::keyClick(&window(), Qt::Key_2, Qt::AltModifier);
        QVERIFY(window().isSteppingThrough());
        QVERIFY(panel->currentTab() == StepThroughPanel::Tab::Transposed);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_3, Qt::AltModifier);
        QVERIFY(panel->currentTab() == StepThroughPanel::Tab::Matrix);
        QVERIFY(panel->matrix()->isVisible());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_1, Qt::AltModifier);
        QVERIFY(panel->currentTab() == StepThroughPanel::Tab::Stepper);
        QVERIFY(stepper()->isVisible());
    }

    void theStepperFollowsTheLessonFromTheKeyboard()
    {
        std::mt19937 rng(46);
        const DocumentState state = smallLesson(rng, 7, 9, 3);
        window().document()->replaceAll(state);
        QTest::keyClick(&window(), Qt::Key_F6);
        QVERIFY(stepper()->source() == StepperPage::Source::Document);
        StepperModel* model = stepper()->model();
        CONVLAB_COMPARE_MATS(model->setup().input, state.image, 0);
        QCOMPARE(model->total(), 5LL * 7);
        QVERIFY(stepper()->hasFocus());

        QSignalSpy steps(model, &StepperModel::stepChanged);
        QWidget* focus = QApplication::focusWidget();
        QTest::keyClick(focus, Qt::Key_Right);
        QTest::keyClick(focus, Qt::Key_Right);
        QCOMPARE(model->current(), 2LL);
        QCOMPARE(steps.count(), 2);
        QCOMPARE(stepper()->controls()->counterText(), QStringLiteral("(0, 2) · 3 / 35"));
        QTest::keyClick(focus, Qt::Key_Left);
        QCOMPARE(model->current(), 1LL);
        QTest::keyClick(focus, Qt::Key_End);
        QCOMPARE(model->current(), 34LL);
        QCOMPARE(stepper()->controls()->counterText(), QStringLiteral("(4, 6) · 35 / 35"));
        QTest::keyClick(focus, Qt::Key_Home);
        QCOMPARE(model->current(), 0LL);
        QTest::keyClick(focus, Qt::Key_Space);
        QVERIFY(model->isPlaying());
        QTest::keyClick(focus, Qt::Key_Space);
        QVERIFY(!model->isPlaying());

        // A parameter changed in the lesson (the main window's panel, undo) restarts the
        // stepper with the new N.
        QTest::keyClick(focus, Qt::Key_Right);
        QSignalSpy setups(model, &StepperModel::setupChanged);
        Parameters p = window().document()->parameters();
        p.conv.stride = {2, 2};
        window().document()->setParameters(p);
        QCOMPARE(setups.count(), 1);
        QCOMPARE(model->current(), 0LL);
        QCOMPARE(model->total(), 3LL * 4);
        QCOMPARE(stepper()->controls()->counterText(), QStringLiteral("(0, 0) · 1 / 12"));
        window().document()->undoStack()->undo();
        QCOMPARE(model->total(), 5LL * 7);
    }

    void aLargeImageIsSteppedThroughAsACropAroundTheBestMatch()
    {
        // A 120×150 image holding the patch once, exactly, at (row 70, col 31).
        std::mt19937 rng(47);
        DocumentState state;
        state.image = test::randomMat(rng, 120, 150, 1, 0.f, 1.f);
        state.patch = state.image(cv::Rect(31, 70, 5, 4)).clone();
        state.parameters.operation = Parameters::Operation::TemplateMatch;
        state.parameters.method = MatchMethod::SqDiff;
        window().document()->replaceAll(state);
        QVERIFY(!steppercrop::fitsStepper(state.image.size()));

        QTest::keyClick(&window(), Qt::Key_F6);
        QVERIFY(QTest::qWaitFor(
            [this] { return stepper()->source() == StepperPage::Source::DocumentCrop; }, 8000));
        const cv::Rect crop = steppercrop::cropAround(state.image.size(), {31 + 2, 70 + 2}, {5, 4});
        QVERIFY(crop.contains({31, 70}) && crop.contains({35, 73}));
        const cv::Mat& input = stepper()->model()->setup().input;
        CONVLAB_COMPARE_MATS(input, cv::Mat(state.image(crop)), 0);
        QVERIFY(stepper()->noticeText().contains(QString::number(crop.y)));
        // The patch's window is a step of the crop, its score the best one (0 for sqdiff), and
        // the stepper opens on it.
        StepperModel* model = stepper()->model();
        const cv::Mat scores = model->finalOutput();
        double best = 1;
        cv::Point at;
        cv::minMaxLoc(scores, &best, nullptr, &at);
        QCOMPARE(at, cv::Point(31 - crop.x, 70 - crop.y));
        QVERIFY(best < 1e-6);
        QCOMPARE(model->current(), static_cast<long long>(at.y) * scores.cols + at.x);
        QCOMPARE(model->step().value, model->finalOutput().at<float>(at.y, at.x));
        QCOMPARE(stepper()->controls()->counterText(), QStringLiteral("(%1, %2) · %3 / %4")
                                                           .arg(at.y)
                                                           .arg(at.x)
                                                           .arg(model->current() + 1)
                                                           .arg(model->total()));
    }

    void theModeOutlivesALanguageSwitch()
    {
        QTest::keyClick(&window(), Qt::Key_2, Qt::AltModifier);
        window().setLanguage(QStringLiteral("fr"));
        QVERIFY(window().isSteppingThrough());
        QVERIFY(window().stepThroughPanel()->currentTab() == StepThroughPanel::Tab::Transposed);
        QVERIFY(!dock("patchDock")->isVisible());
        QVERIFY(stepper()->model()->isValid());
        window().setLanguage(QStringLiteral("en"));
        QTest::keyClick(&window(), Qt::Key_F6);
        QVERIFY(!window().isSteppingThrough());
        QVERIFY(dock("patchDock")->isVisible());
    }
};

QTEST_MAIN(TestStepThroughMode)
#include "tst_stepthroughmode.moc"
