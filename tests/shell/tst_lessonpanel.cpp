// SPDX-License-Identifier: MIT
#include "MainWindow.h"
#include "compute/ResponsePipeline.h"
#include "document/Document.h"
#include "i18n/Language.h"
#include "learn/BackToPixels.h"
#include "learn/DecoderView.h"
#include "learn/LearnPage.h"
#include "learn/LearnTabs.h"
#include "lessons/ExerciseBox.h"
#include "lessons/LessonCatalog.h"
#include "lessons/LessonPanel.h"
#include "lessons/LessonsMenu.h"
#include "stepper/CheckerboardView.h"
#include "stepper/StepThroughPanel.h"
#include "window/LearnedFiltersMode.h"

#include <QComboBox>
#include <QDockWidget>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace convlab;

namespace {

bool identical(const cv::Mat& a, const cv::Mat& b)
{
    return a.size() == b.size() && a.type() == b.type() && cv::norm(a, b, cv::NORM_INF) == 0;
}

bool documentHolds(const Document& document, const DocumentState& state)
{
    return identical(document.image(), state.image) && identical(document.patch(), state.patch) &&
           document.parameters() == state.parameters && document.viewSettings() == state.view;
}

// Every step's html, Next after Next, checking that the document computes without error.
QStringList walk(MainWindow& window, const QString& path)
{
    QStringList pages;
    if (!window.openLesson(path)) {
        qWarning("cannot open %s", qPrintable(path));
        return {};
    }
    LessonPanel* panel = window.lessonPanel();
    do {
        const int step = panel->currentStep();
        ResponsePipeline::Input input;
        input.image = window.document()->image();
        input.patch = window.document()->patch();
        input.parameters = window.document()->parameters();
        const ResponseResult result = ResponsePipeline::compute(input);
        if (!result.ok() || !panel->lastError().isEmpty() ||
            !documentHolds(*window.document(), panel->snapshot()->state)) {
            qWarning("%s step %d: %s %s", qPrintable(path), step + 1, qPrintable(result.error),
                     qPrintable(panel->lastError()));
            return {};
        }
        pages << panel->lessonTitle() + panel->stepHtml();
    } while (panel->next());
    return pages;
}

} // namespace

class TestLessonPanel final : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("ConvLabTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_lessonpanel"));
        QSettings().clear();
    }
    void cleanup() { Language::apply(QStringLiteral("en")); }

    // The lecture's ten, then lesson 11 (the learned filters).
    void builtInLessonsAreNumberedInOrder()
    {
        const QList<LessonCatalog::Entry> lessons = LessonCatalog::builtIn();
        QCOMPARE(lessons.size(), 12);
        for (int i = 0; i < lessons.size(); ++i)
            QVERIFY2(QFileInfo(lessons[i].path)
                         .fileName()
                         .startsWith(QStringLiteral("%1_").arg(i + 1, 2, 10, QLatin1Char('0'))),
                     qPrintable(lessons[i].path));
    }

    void everyLessonWalksInEnglishAndFrench_data()
    {
        QTest::addColumn<QString>("path");
        for (const LessonCatalog::Entry& entry : LessonCatalog::builtIn())
            QTest::newRow(qPrintable(QFileInfo(entry.path).baseName())) << entry.path;
    }
    void everyLessonWalksInEnglishAndFrench()
    {
        QFETCH(QString, path);
        MainWindow window;
        window.show();
        Language::apply(QStringLiteral("en"));
        const QStringList english = walk(window, path);
        Language::apply(QStringLiteral("fr"));
        const QStringList french = walk(window, path);
        QVERIFY(!english.isEmpty());
        QCOMPARE(english.size(), window.lessonPanel()->stepCount());
        QCOMPARE(french.size(), english.size());
        QVERIFY(window.findChild<QDockWidget*>(QStringLiteral("lessonDock"))->isVisible());
        for (int i = 0; i < english.size(); ++i) {
            QVERIFY2(english[i].size() > 40 && french[i].size() > 40, qPrintable(english[i]));
            QVERIFY2(english[i] != french[i], qPrintable(english[i]));
        }
    }

    void resetRestoresTheStepStateAndLoadingIsUndoable()
    {
        MainWindow window;
        const QString path = LessonCatalog::builtIn().at(0).path;
        QVERIFY(window.openLesson(path));
        LessonPanel* panel = window.lessonPanel();
        Document* document = window.document();
        const DocumentState first = document->snapshot();
        QVERIFY(panel->goToStep(2)); // step 3 switches to normalised matching
        const DocumentState second = panel->snapshot()->state;
        QVERIFY(documentHolds(*document, second));
        QVERIFY(!documentHolds(*document, first));

        // The student changes things; Reset brings the step back.
        Parameters changed = document->parameters();
        changed.conv.stride = {3, 2};
        document->setParameters(changed);
        cv::Mat painted = document->image().clone();
        painted.at<float>(1, 1) = 0.5f;
        document->setImage(painted, QStringLiteral("paint"));
        QVERIFY(!documentHolds(*document, second));
        QVERIFY(panel->reset());
        QVERIFY(documentHolds(*document, second));
        QCOMPARE(panel->currentStep(), 2);

        // Reset is one undo step, and so is the step load before it.
        document->undoStack()->undo();
        QCOMPARE(document->image().at<float>(1, 1), 0.5f);
        document->undoStack()->undo();
        document->undoStack()->undo();
        QVERIFY(documentHolds(*document, second));
        document->undoStack()->undo();
        QVERIFY(documentHolds(*document, first));
        // Nothing is pushed when the document already holds the step.
        const int count = document->undoStack()->count();
        QVERIFY(panel->goToStep(0));
        QCOMPARE(document->undoStack()->count(), count);
    }

    // Alt+1 … Alt+9, Alt+0, then a letter: each built-in lesson has its own mnemonic, in both
    // languages, and the menu does not repeat the number the title already carries.
    void lessonsMenuEntriesHaveDistinctMnemonics()
    {
        for (const QString& code : {QStringLiteral("en"), QStringLiteral("fr")}) {
            Language::apply(code);
            MainWindow window;
            const auto* found = window.findChild<LessonsMenu*>();
            QVERIFY(found);
            const LessonsMenu& menu = *found;
            QSet<QChar> mnemonics;
            for (QAction* action : menu.lessonActions()) {
                const QString text = action->text();
                const qsizetype amp = text.indexOf(QLatin1Char('&'));
                QVERIFY2(amp >= 0 && amp + 1 < text.size(), qPrintable(text));
                mnemonics.insert(text.at(amp + 1));
                QVERIFY2(!QRegularExpression(QStringLiteral("^&?\\d+&?\\d*\\. \\d+\\."))
                              .match(text)
                              .hasMatch(),
                         qPrintable(text));
            }
            QCOMPARE(mnemonics.size(), menu.lessonActions().size());
            QCOMPARE(menu.lessonActions().at(9)->text().left(4), QStringLiteral("1&0."));
            QCOMPARE(menu.lessonActions().at(10)->text().left(5), QStringLiteral("11. &"));
            QCOMPARE(menu.lessonActions().at(11)->text().left(4), QStringLiteral("12. "));
            // Nor do the lessons past the number row share a letter with the step entries.
            QSet<QChar> letters;
            for (QAction* action : menu.actions())
                if (!menu.lessonActions().contains(action) && !action->isSeparator()) {
                    const QString text = action->text();
                    const qsizetype amp = text.indexOf(QLatin1Char('&'));
                    if (amp >= 0 && amp + 1 < text.size())
                        letters.insert(text.at(amp + 1).toLower());
                }
            QCOMPARE(letters.size(), 3); // previous, next, reset
            for (int i = 10; i < menu.lessonActions().size(); ++i) {
                const QString text = menu.lessonActions().at(i)->text();
                QVERIFY2(!letters.contains(text.at(text.indexOf(QLatin1Char('&')) + 1).toLower()),
                         qPrintable(text));
            }
        }
    }

    // A step with "learned" opens View ▸ Learned Filters on its tab, in its state, whatever the
    // student chose there; the next step brings the views back; a checkerboard step sets its
    // geometry; walking the steps is no unsaved change.
    void learnedStepOpensThePageInItsState()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("learned.convlab"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format": "convlab-lesson", "version": 1, "lesson": {"title": "L",
            "text": "t", "steps": [
            {"title": "plain", "text": "a"},
            {"title": "pixels", "text": "b", "learned": {"tab": "back_to_pixels", "held_out": 3,
             "part": "unit", "stage": "conv2", "layer": "pool1", "map": 5, "unit": [2, 3]}},
            {"title": "board", "text": "c",
             "step_through": {"tab": "checkerboard", "kernel": 4, "stride": 2, "input": 6}},
            {"title": "decoder", "text": "d", "learned": {"tab": "decoder"}}]}})");
        file.close();
        MainWindow window;
        QVERIFY(window.openLesson(path));
        LessonPanel* panel = window.lessonPanel();
        LearnedFiltersMode* learned = window.learnedFilters();
        QVERIFY(!learned->isShown());

        QVERIFY(panel->goToStep(1));

        QVERIFY(learned->isShown());
        LearnTabs* tabs = learned->tabs();
        BackToPixels* pixels = tabs->backToPixels();
        const auto checkStepState = [&] {
            QCOMPARE(tabs->currentWidget(), static_cast<QWidget*>(pixels));
            QCOMPARE(tabs->learnPage()->heldOutBox()->value(), 3);
            QCOMPARE(pixels->stageBox()->currentText(), QStringLiteral("conv2"));
            QCOMPARE(pixels->layerBox()->currentText(), QStringLiteral("pool1"));
            QCOMPARE(pixels->channelBox()->value(), 5);
            QCOMPARE(pixels->unitBox()->currentIndex(),
                     static_cast<int>(BackToPixels::UnitChoice::At));
            QCOMPARE(pixels->rowBox()->value(), 2);
            QCOMPARE(pixels->columnBox()->value(), 3);
            QVERIFY(!pixels->stageBox()->isVisibleTo(pixels)); // the gradient's half, hidden
            QVERIFY(pixels->layerBox()->isVisibleTo(pixels));
        };
        checkStepState();
        // The student looks elsewhere; the step, entered again, shows its own state.
        pixels->layerBox()->setCurrentIndex(0);
        pixels->unitBox()->setCurrentIndex(0);
        tabs->learnPage()->pickHeldOut(9);
        tabs->setCurrentIndex(0);

        QVERIFY(panel->next());

        QVERIFY(!learned->isShown());
        QVERIFY(pixels->stageBox()->isVisibleTo(pixels)); // both halves again, for the student
        QVERIFY(window.isSteppingThrough());
        const CheckerboardView::Settings board =
            window.stepThroughPanel()->checkerboard()->settings();
        QCOMPARE(window.stepThroughPanel()->currentTab(), StepThroughPanel::Tab::Checkerboard);
        QCOMPARE(board.kernel, 4);
        QCOMPARE(board.stride, 2);
        QCOMPARE(board.input, 6);
        QCOMPARE(board.dilation, 1);

        QVERIFY(panel->previous());

        QVERIFY(learned->isShown());
        QVERIFY(!window.isSteppingThrough());
        checkStepState();

        QVERIFY(panel->goToStep(3));
        QVERIFY(learned->isShown());
        QCOMPARE(tabs->currentWidget(), static_cast<QWidget*>(tabs->decoder()));

        QVERIFY(panel->goToStep(0));
        QVERIFY(!learned->isShown());
        QVERIFY(!window.isSteppingThrough());
        QVERIFY(!window.isWindowModified());
        QVERIFY(!window.document()->isModified());
    }

    void previousAndNextStopAtTheEnds()
    {
        MainWindow window;
        QVERIFY(window.openLesson(LessonCatalog::builtIn().at(0).path));
        LessonPanel* panel = window.lessonPanel();
        QVERIFY(!panel->previous());
        while (panel->next()) {
        }
        QCOMPARE(panel->currentStep(), panel->stepCount() - 1);
        QVERIFY(!panel->next());
        QVERIFY(panel->previous());
        QCOMPARE(panel->currentStep(), panel->stepCount() - 2);
    }

    void exerciseBoxChecksTypedAnswers()
    {
        MainWindow window;
        QVERIFY(window.openLesson(LessonCatalog::builtIn().at(0).path));
        LessonPanel* panel = window.lessonPanel();
        while (!panel->script()->step(panel->currentStep()).exercise)
            QVERIFY(panel->next());
        ExerciseBox* box = panel->exerciseBox();
        QVERIFY(box->isVisibleTo(panel));
        const ExerciseCheck::Answer answer = box->answer();
        QVERIFY(answer.ok());
        QStringList right, wrong;
        for (double v : answer.values) {
            right << QString::number(v);
            wrong << QString::number(v + 1);
        }
        QVERIFY(!box->submit(wrong).correct);
        QVERIFY(!box->feedback().isEmpty());
        QVERIFY(box->submit(right).correct);
        QVERIFY(!box->submit({QStringLiteral("two"), QStringLiteral("three")}).correct);
    }
};

QTEST_MAIN(TestLessonPanel)
#include "tst_lessonpanel.moc"
