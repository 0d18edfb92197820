// SPDX-License-Identifier: MIT
// Predict, then reveal: while a step's exercise is unanswered its answer is in no text of the
// window (walked widget by widget), and Show answer brings it back. And a step owns what it
// shows: walking steps is not an unsaved change, the Transposed page opens in its default form,
// the Stepper without a preset steps through the step's own grid, a new language keeps the
// step's case.
#include "IsolatedSettings.h"
#include "MainWindow.h"
#include "compute/ResponseComputer.h"
#include "document/Document.h"
#include "export/ViewExport.h"
#include "lessons/ExerciseBox.h"
#include "lessons/LessonCatalog.h"
#include "lessons/LessonPanel.h"
#include "stepper/MatrixView.h"
#include "stepper/MatrixWidget.h"
#include "stepper/StepThroughPanel.h"
#include "stepper/StepperCanvas.h"
#include "stepper/StepperControls.h"
#include "stepper/StepperFormat.h"
#include "stepper/StepperModel.h"
#include "stepper/StepperPage.h"
#include "stepper/TransposedConvView.h"
#include "views/ResponseView.h"
#include "views/StatusText.h"
#include "workbench/Workbench.h"

#include <QAbstractButton>
#include <QDockWidget>
#include <QGroupBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QUndoStack>

using namespace convlab;

namespace {

QString builtIn(const char* prefix)
{
    for (const LessonCatalog::Entry& entry : LessonCatalog::builtIn())
        if (entry.path.section(QLatin1Char('/'), -1).startsWith(QLatin1String(prefix)))
            return entry.path;
    return {};
}

// Every text a visible widget of the window shows.
QString visibleTexts(QWidget* root)
{
    QStringList texts;
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(root))
            continue;
        if (auto* label = qobject_cast<QLabel*>(w))
            texts << label->text();
        else if (auto* edit = qobject_cast<QTextEdit*>(w))
            texts << edit->toPlainText();
        else if (auto* button = qobject_cast<QAbstractButton*>(w))
            texts << button->text();
        else if (auto* line = qobject_cast<QLineEdit*>(w))
            texts << line->text();
        else if (auto* box = qobject_cast<QGroupBox*>(w))
            texts << box->title();
        else if (auto* status = qobject_cast<StatusText*>(w))
            texts << status->text();
        else if (auto* dock = qobject_cast<QDockWidget*>(w))
            texts << dock->windowTitle();
    }
    return texts.join(QLatin1Char('\n'));
}

// Goes to the first step of `lesson` whose exercise is of `kind`, waits for its response.
bool goToExercise(MainWindow& window, const QString& lesson, Exercise::Kind kind)
{
    if (!window.openLesson(lesson))
        return false;
    LessonPanel* panel = window.lessonPanel();
    for (int i = 0; i < panel->stepCount(); ++i) {
        const auto& exercise = panel->script()->step(i).exercise;
        if (exercise && exercise->kind == kind) {
            if (!panel->goToStep(i))
                return false;
            return QTest::qWaitFor([&] {
                const auto result = window.findChild<ResponseView*>()->result();
                return result && result->ok();
            });
        }
    }
    return false;
}

} // namespace

class TestLessonReveal final : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() { test::isolateSettings(QStringLiteral("tst_lessonreveal")); }

    void theAnswerIsHeldBackUntilRevealed_data()
    {
        QTest::addColumn<QString>("lesson");
        QTest::addColumn<int>("kind");
        QTest::addRow("peak") << builtIn("02") << int(Exercise::Kind::Peak);
        QTest::addRow("output_size") << builtIn("05") << int(Exercise::Kind::OutputSize);
        QTest::addRow("value") << builtIn("10") << int(Exercise::Kind::Value);
        QTest::addRow("transposed_output_size")
            << builtIn("07") << int(Exercise::Kind::TransposedOutputSize);
    }
    void theAnswerIsHeldBackUntilRevealed()
    {
        QFETCH(QString, lesson);
        QFETCH(int, kind);
        MainWindow window;
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(goToExercise(window, lesson, Exercise::Kind(kind)));
        QTest::qWait(50);
        ExerciseBox* box = window.lessonPanel()->exerciseBox();
        const ExerciseCheck::Answer answer = box->answer();
        QVERIFY(answer.ok());
        // How the screen would write the answer.
        QStringList forms;
        const auto v = [&](int i) { return int(answer.values[std::size_t(i)]); };
        switch (Exercise::Kind(kind)) {
        case Exercise::Kind::Peak:
            forms << QStringLiteral("(%1, %2)").arg(v(0)).arg(v(1))
                  << QStringLiteral("row %1, col %2").arg(v(0)).arg(v(1));
            break;
        case Exercise::Kind::OutputSize:
            forms << QStringLiteral("%1 × %2").arg(v(0)).arg(v(1))
                  << QStringLiteral("+ 1 = %1").arg(v(0));
            break;
        case Exercise::Kind::TransposedOutputSize:
            forms << QStringLiteral("+ 1 = %1").arg(v(0)) << QStringLiteral("→ %1").arg(v(0))
                  << QStringLiteral("%1×%2").arg(v(0)).arg(v(1));
            break;
        case Exercise::Kind::Value: {
            const Pair cell = window.lessonPanel()
                                  ->script()
                                  ->step(window.lessonPanel()->currentStep())
                                  .exercise->cell;
            // The hover readout of that cell.
            auto* response = window.findChild<ResponseView*>();
            emit response->cellHovered(cell.rows, cell.cols, ResponseView::MapKind::Response);
            forms << QStringLiteral("(row %1, col %2) = %3")
                         .arg(cell.rows)
                         .arg(cell.cols)
                         .arg(QLocale().toString(answer.values[0]));
            break;
        }
        }
        const QString before = visibleTexts(&window);
        for (const QString& form : forms)
            QVERIFY2(!before.contains(form), qPrintable(QStringLiteral("\"%1\" shown before the "
                                                                       "answer:\n%2")
                                                            .arg(form, before)));
        box->findChild<QAbstractButton*>(QStringLiteral("exerciseReveal"))->click();
        QVERIFY(window.lessonPanel()->concealment() == Concealment{});
        if (Exercise::Kind(kind) == Exercise::Kind::Value) {
            const Pair cell = window.lessonPanel()
                                  ->script()
                                  ->step(window.lessonPanel()->currentStep())
                                  .exercise->cell;
            emit window.findChild<ResponseView*>()->cellHovered(cell.rows, cell.cols,
                                                                ResponseView::MapKind::Response);
        }
        const QString after = visibleTexts(&window);
        bool shown = false;
        for (const QString& form : forms)
            shown = shown || after.contains(form);
        QVERIFY2(shown, qPrintable(after));
    }

    void walkingStepsIsNotAnUnsavedChange()
    {
        MainWindow window;
        QVERIFY(window.openLesson(builtIn("03")));
        Document* lesson = window.document();
        LessonPanel* panel = window.lessonPanel();
        while (panel->next())
            QVERIFY2(!lesson->isModified(), qPrintable(QString::number(panel->currentStep())));
        QVERIFY(panel->goToStep(0));
        QVERIFY(!lesson->isModified());
        // A real edit of the student's is, and stays so while walking.
        Parameters changed = lesson->parameters();
        changed.conv.stride = {2, 2};
        lesson->setParameters(changed);
        QVERIFY(lesson->isModified());
        QVERIFY(panel->next());
        QVERIFY(lesson->isModified());
    }

    void theTransposedPageOpensInItsDefaultForm()
    {
        MainWindow window;
        QVERIFY(window.openLesson(builtIn("07")));
        TransposedConvView* transposed = window.stepThroughPanel()->transposed();
        transposed->setForm(TransposedConvView::Form::Scatter);
        QVERIFY(window.lessonPanel()->goToStep(1));
        QCOMPARE(transposed->form(), TransposedConvView::Form::ZeroInsertion);
        QCOMPARE(transposed->stage(), TransposedConvView::Stage::Input);
    }

    void theStepperWithoutPresetStepsThroughTheStepsGrid()
    {
        MainWindow window;
        QVERIFY(window.openLesson(builtIn("05")));
        StepperPage* stepper = window.stepThroughPanel()->stepper();
        stepper->loadPreset(GuideCase::Dilation); // the last case the student looked at
        QVERIFY(window.lessonPanel()->goToStep(1));
        QCOMPARE(stepper->source(), StepperPage::Source::Document);
    }

    // The stepping pages tell the size by more than their formula: the number of steps, the
    // output grid, the scrubber's span. All held back while the exercise asks for it.
    void theSteppingPagesHoldTheSizeBack_data()
    {
        QTest::addColumn<QString>("lesson");
        QTest::addColumn<int>("step");
        QTest::addColumn<bool>("transposed");
        QTest::addColumn<int>("steps"); // how many the stepper counts once revealed
        QTest::addRow("stride and padding, step 1") << builtIn("05") << 0 << false << 25;
        QTest::addRow("lab, dilation") << builtIn("10") << 3 << false << 9;
        QTest::addRow("transposed, step 1") << builtIn("07") << 0 << true << 16;
    }
    void theSteppingPagesHoldTheSizeBack()
    {
        QFETCH(QString, lesson);
        QFETCH(int, step);
        QFETCH(bool, transposed);
        QFETCH(int, steps);
        MainWindow window;
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openLesson(lesson));
        QVERIFY(window.lessonPanel()->goToStep(step));
        StepThroughPanel* pages = window.stepThroughPanel();
        StepperControls* controls =
            transposed ? pages->transposed()->controls() : pages->stepper()->controls();
        StepperCanvas* canvas =
            transposed ? pages->transposed()->canvas() : pages->stepper()->canvas();
        StepperModel* model = transposed ? pages->transposed()->model() : pages->stepper()->model();
        if (transposed)
            pages->transposed()->setStage(TransposedConvView::Stage::Slide);
        QCOMPARE(model->total(), steps);

        const QString total = QStringLiteral("/ %1").arg(steps);
        QVERIFY2(!controls->counterText().contains(total), qPrintable(controls->counterText()));
        QVERIFY(canvas->isOutputHidden());
        QVERIFY(!controls->scrubber()->isVisible());
        QVERIFY(controls->handleKey(Qt::Key_End));
        QVERIFY(model->current() + 1 < steps); // End does not count the steps for the student
        // A new language writes the texts again, still without the answer.
        window.setLanguage(QStringLiteral("fr"));
        const QString caption =
            transposed ? pages->transposed()->caption() : pages->stepper()->caption();
        QVERIFY2(caption.endsWith(QLatin1Char('?')), qPrintable(caption));
        QVERIFY(!controls->counterText().contains(total));
        window.setLanguage(QStringLiteral("en"));

        window.lessonPanel()
            ->exerciseBox()
            ->findChild<QAbstractButton*>(QStringLiteral("exerciseReveal"))
            ->click();
        QVERIFY2(controls->counterText().contains(total), qPrintable(controls->counterText()));
        QVERIFY(!canvas->isOutputHidden());
        QVERIFY(controls->scrubber()->isVisible());
    }

    // Lesson 8 step 1 asks for y₂ while the Matrix page shows y = Wx: in numbers, that entry
    // reads "?" until the answer is revealed.
    void theMatrixPageHoldsTheAskedValueBack()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openLesson(builtIn("08")));
        QVERIFY(window.lessonPanel()->goToStep(0));
        MatrixView* matrix = window.stepThroughPanel()->matrix();
        matrix->setSymbolic(false);
        MatrixWidget* y = matrix->vectorY();
        const bool column = y->columnCount() == 1;
        const auto entry = [&](MatrixWidget* widget, int i) {
            return column ? widget->textAt(i, 0) : widget->textAt(0, i);
        };
        QCOMPARE(entry(y, 1), QStringLiteral("?"));
        QVERIFY(entry(y, 0) != QStringLiteral("?"));
        window.lessonPanel()
            ->exerciseBox()
            ->findChild<QAbstractButton*>(QStringLiteral("exerciseReveal"))
            ->click();
        const float y2 = matrix->figures().reconstruction.y.ptr<float>()[1];
        QCOMPARE(entry(y, 1), formatNumber(y2, 3)); // 4·1 + 1·2 + 5·(−1)
    }

    // A teacher's export is the full picture: while the exercise hides the peaks on screen,
    // the exported response is the one shown after the answer is revealed.
    void anExportDrawsWhatTheScreenHoldsBack_data()
    {
        QTest::addColumn<QString>("lesson");
        QTest::addColumn<int>("kind");
        QTest::addRow("peak") << builtIn("02") << int(Exercise::Kind::Peak);
        QTest::addRow("value") << builtIn("10") << int(Exercise::Kind::Value);
        QTest::addRow("output_size") << builtIn("06") << int(Exercise::Kind::OutputSize);
    }
    void anExportDrawsWhatTheScreenHoldsBack()
    {
        QFETCH(QString, lesson);
        QFETCH(int, kind);
        MainWindow window;
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(goToExercise(window, lesson, Exercise::Kind(kind)));
        // The step's response has arrived (slower under the sanitizers) before either export.
        const auto settled = [&] {
            const ResponseComputer* computer = window.computer();
            return QTest::qWaitFor(
                [&] {
                    return !computer->isBusy() && computer->latest() &&
                           computer->latest()->generation == computer->generation();
                },
                30000);
        };
        QVERIFY(settled());
        const Concealment hidden = window.lessonPanel()->concealment();
        QVERIFY(hidden.any());
        const QTemporaryDir dir;
        const auto exported = [&](const QString& name) {
            const QString path = dir.filePath(name);
            const Outcome written = ViewExport::save(WindowActions::Export::Response,
                                                     *window.workbench(), {path, false, 1});
            return written.ok ? QImage(path) : QImage();
        };
        const QImage during = exported(QStringLiteral("during.png"));
        QVERIFY(!during.isNull());
        QVERIFY(window.workbench()->concealment() == hidden); // the screen holds it back again
        window.lessonPanel()
            ->exerciseBox()
            ->findChild<QAbstractButton*>(QStringLiteral("exerciseReveal"))
            ->click();
        QVERIFY(settled());
        const QImage after = exported(QStringLiteral("after.png"));
        QCOMPARE(during.size(), after.size());
        QVERIFY(during == after);
    }

    void aNewLanguageKeepsTheStepsCase()
    {
        MainWindow window;
        QVERIFY(window.openLesson(builtIn("07")));
        QVERIFY(window.lessonPanel()->goToStep(3)); // output padding: a 3×3 input gives 6×6
        const QSize before =
            window.stepThroughPanel()->transposed()->stageSize(TransposedConvView::Stage::Output);
        QCOMPARE(before, QSize(6, 6));
        window.setLanguage(QStringLiteral("fr"));
        QCOMPARE(
            window.stepThroughPanel()->transposed()->stageSize(TransposedConvView::Stage::Output),
            before);
        QCOMPARE(window.lessonPanel()->currentStep(), 3);
        window.setLanguage(QStringLiteral("en"));
    }

    // Lesson 8 step 4 (the Matrix page on the lecture's case) and lesson 5 step 2 (the stepper
    // on the step's own grid): a language switch changes the words, never the case.
    void aNewLanguageKeepsTheMatrixAndStepperCases()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openLesson(builtIn("08")));
        QVERIFY(window.lessonPanel()->goToStep(3));
        StepThroughPanel* pages = window.stepThroughPanel();
        QCOMPARE(pages->currentTab(), StepThroughPanel::Tab::Matrix);
        const MatrixFigures before = pages->matrix()->figures();
        const MatrixView::Dimension dimension = pages->matrix()->dimension();
        const auto same = [](const cv::Mat& a, const cv::Mat& b) {
            return a.size() == b.size() && (a.empty() || cv::norm(a, b, cv::NORM_INF) == 0);
        };
        window.setLanguage(QStringLiteral("fr"));
        QCOMPARE(window.lessonPanel()->currentStep(), 3);
        QVERIFY(window.isSteppingThrough());
        QCOMPARE(pages->currentTab(), StepThroughPanel::Tab::Matrix);
        const MatrixFigures& after = pages->matrix()->figures();
        QCOMPARE(pages->matrix()->dimension(), dimension);
        QVERIFY(same(after.x, before.x));
        QVERIFY(same(after.kernel, before.kernel));
        QVERIFY(same(after.W, before.W));
        QVERIFY(after.stride == before.stride);
        window.setLanguage(QStringLiteral("en"));

        QVERIFY(window.openLesson(builtIn("05")));
        QVERIFY(window.lessonPanel()->goToStep(1));
        StepperPage* stepper = pages->stepper();
        stepper->model()->setStep(4); // where the teacher had got to
        const StepperSetup setup = stepper->model()->setup();
        window.setLanguage(QStringLiteral("fr"));
        QCOMPARE(stepper->source(), StepperPage::Source::Document);
        QVERIFY(same(stepper->model()->setup().input, setup.input));
        QVERIFY(same(stepper->model()->setup().kernel, setup.kernel));
        QVERIFY(stepper->model()->setup().conv.stride == setup.conv.stride);
        QCOMPARE(stepper->model()->current(), 4);
        window.setLanguage(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestLessonReveal)
#include "tst_lessonreveal.moc"
