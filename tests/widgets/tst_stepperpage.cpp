// SPDX-License-Identifier: MIT
#include "TestData.h"
#include "document/Document.h"
#include "stepper/ArithmeticPanel.h"
#include "stepper/PresetBar.h"
#include "stepper/StepperCanvas.h"
#include "stepper/StepperCaption.h"
#include "stepper/StepperControls.h"
#include "stepper/StepperModel.h"
#include "stepper/StepperPage.h"

#include <QComboBox>
#include <QLocale>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>
#include <random>

using namespace convlab;

namespace {

DocumentState lessonState(const cv::Mat& image, const cv::Mat& patch)
{
    DocumentState state;
    state.image = image;
    state.patch = patch;
    state.parameters.operation = Parameters::Operation::CrossCorrelation;
    return state;
}

// Output cells the counter names: "(row, col) · n / N" with n from 1.
QString counter(long long row, long long col, long long n, long long total)
{
    return QStringLiteral("(%1, %2) · %3 / %4").arg(row).arg(col).arg(n).arg(total);
}

} // namespace

class TestStepperPage : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void opensOnAPresetReadyToStep()
    {
        StepperPage page;
        QVERIFY(page.model()->isValid());
        QCOMPARE(page.model()->current(), 0LL);
        QCOMPARE(page.source(), StepperPage::Source::Example);
        QVERIFY(page.noticeText().isEmpty());
        QVERIFY(!page.arithmetic()->text().isEmpty());
    }

    void keysMoveTheStep()
    {
        StepperPage page;
        page.resize(1000, 700);
        page.show();
        StepperModel* model = page.model();
        const long long total = model->total();
        const int cols = model->outputSize().cols;
        QTest::keyClick(&page, Qt::Key_Right);
        QTest::keyClick(&page, Qt::Key_Right);
        QCOMPARE(model->current(), 2LL);
        QCOMPARE(page.controls()->counterText(), counter(2 / cols, 2 % cols, 3, total));
        QTest::keyClick(&page, Qt::Key_Left);
        QCOMPARE(model->current(), 1LL);
        QTest::keyClick(&page, Qt::Key_End);
        QCOMPARE(model->current(), total - 1);
        QCOMPARE(page.controls()->counterText(),
                 counter((total - 1) / cols, (total - 1) % cols, total, total));
        QCOMPARE(page.controls()->scrubber()->value(), static_cast<int>(total - 1));
        QTest::keyClick(&page, Qt::Key_Home);
        QCOMPARE(model->current(), 0LL);
        QTest::keyClick(&page, Qt::Key_Space);
        QVERIFY(model->isPlaying());
        QTest::keyClick(&page, Qt::Key_Space);
        QVERIFY(!model->isPlaying());
        // Keys reach the page from the canvas too (it passes on what it does not use).
        page.canvas()->setFocus();
        QTest::keyClick(page.canvas(), Qt::Key_Right);
        QCOMPARE(model->current(), 1LL);
    }

    void buttonsAndScrubberMoveTheStep()
    {
        StepperPage page;
        StepperModel* model = page.model();
        auto* step = page.controls()->findChild<QToolButton*>(QStringLiteral("stepButton"));
        auto* last = page.controls()->findChild<QToolButton*>(QStringLiteral("lastButton"));
        auto* back = page.controls()->findChild<QToolButton*>(QStringLiteral("backButton"));
        QVERIFY(step && last && back);
        QVERIFY(!back->isEnabled());
        step->click();
        QCOMPARE(model->current(), 1LL);
        QVERIFY(back->isEnabled());
        last->click();
        QVERIFY(model->isAtEnd());
        QVERIFY(!last->isEnabled());
        page.controls()->scrubber()->setValue(3);
        QCOMPARE(model->current(), 3LL);
    }

    void changingAParameterRestartsWithTheNewN()
    {
        StepperPage page;
        page.loadPreset(GuideCase::NoPaddingNoStrides); // i=4, k=3: 2×2
        StepperModel* model = page.model();
        QCOMPARE(model->total(), 4LL);
        model->setStep(3);
        QSignalSpy restarted(model, &StepperModel::setupChanged);
        page.findChild<QSpinBox*>(QStringLiteral("padding"))->setValue(2); // (4+4−3)/1+1 = 6
        QCOMPARE(restarted.count(), 1);
        QCOMPARE(model->current(), 0LL);
        QCOMPARE(model->total(), 36LL);
        QVERIFY(page.caption().contains(QStringLiteral("p = 2")));
        page.findChild<QSpinBox*>(QStringLiteral("stride"))->setValue(2); // (4+4−3)/2+1 = 3
        QCOMPARE(model->current(), 0LL);
        QCOMPARE(model->total(), 9LL);
        page.findChild<QComboBox*>(QStringLiteral("paddingMode"))->setCurrentIndex(1); // reflect
        QVERIFY(model->setup().conv.paddingMode == PaddingMode::Reflect);
        QCOMPARE(model->total(), 9LL);
        page.findChild<QSpinBox*>(QStringLiteral("kernelSize"))->setValue(2);
        QCOMPARE(model->setup().kernel.size(), cv::Size(2, 2));
        QCOMPARE(model->total(), 16LL); // (4+4−2)/2+1 = 4
    }

    void theOperationsCanBeChosen()
    {
        StepperPage page;
        auto* operation = page.findChild<QComboBox*>(QStringLiteral("operation"));
        operation->setCurrentIndex(3); // max pooling
        QCOMPARE(page.model()->setup().operation, StepOperation::Pooling);
        QVERIFY(page.model()->setup().pool.mode == PoolMode::Max);
        operation->setCurrentIndex(4);
        QVERIFY(page.model()->setup().pool.mode == PoolMode::Average);
        operation->setCurrentIndex(2);
        QCOMPARE(page.model()->setup().operation, StepOperation::TemplateMatch);
        operation->setCurrentIndex(1);
        QCOMPARE(page.model()->setup().operation, StepOperation::Convolution);
        QVERIFY(page.model()->setup().conv.trueConvolution);
        QVERIFY(page.caption().startsWith(QStringLiteral("True convolution")));
    }

    void everyGuidePresetLoadsAndReachesItsLastStep()
    {
        StepperPage page;
        page.show();
        for (const ArithmeticPreset& preset : arithmeticPresets()) {
            page.presetBar()->button(preset.id)->click();
            StepperModel* model = page.model();
            QVERIFY(model->isValid());
            const int o = convOutputOf(preset);
            QCOMPARE(model->outputSize(), (Pair{o, o}));
            QCOMPARE(model->current(), 0LL);
            QTest::keyClick(&page, Qt::Key_End);
            QVERIFY(model->isAtEnd());
            QCOMPARE(page.controls()->counterText(), counter(o - 1, o - 1, o * o, o * o));
            const StepperSetup setup = convolutionSetup(preset);
            CONVLAB_COMPARE_MATS(model->outputSoFar(),
                                 conv2d(setup.input, setup.kernel, setup.conv), 0);
            QCOMPARE(page.caption(), StepperCaption::of(setup));
        }
    }

    void followsASmallLessonAndEditsItsParameters()
    {
        std::mt19937 rng(3);
        const cv::Mat image = test::randomMat(rng, 12, 10, 1, 0.f, 1.f);
        const cv::Mat patch = test::randomMat(rng, 3, 3, 1, -1.f, 1.f);
        Document lesson(lessonState(image, patch));
        StepperPage page;
        page.bindToDocument(&lesson);
        QCOMPARE(page.source(), StepperPage::Source::Document);
        QVERIFY(page.noticeText().contains(QStringLiteral("12×10")));
        CONVLAB_COMPARE_MATS(page.model()->setup().input, image, 0);
        CONVLAB_COMPARE_MATS(page.model()->setup().kernel, patch, 0);
        QCOMPARE(page.model()->total(), 10LL * 8);

        // The stride set here is the lesson's, one undoable step.
        const int before = lesson.undoStack()->count();
        page.findChild<QSpinBox*>(QStringLiteral("stride"))->setValue(2);
        QCOMPARE(lesson.parameters().conv.stride, (Pair{2, 2}));
        QCOMPARE(lesson.undoStack()->count(), before + 1);
        QCOMPARE(page.model()->total(), 5LL * 4);
        // A change made elsewhere reaches the stepper, restarted.
        page.model()->setStep(3);
        lesson.undoStack()->undo();
        QCOMPARE(page.model()->current(), 0LL);
        QCOMPARE(page.model()->total(), 10LL * 8);
        Parameters p = lesson.parameters();
        p.operation = Parameters::Operation::TemplateMatch;
        lesson.setParameters(p);
        QCOMPARE(page.model()->setup().operation, StepOperation::TemplateMatch);

        // A preset leaves the lesson for an example; "Follow the lesson" comes back.
        page.loadPreset(GuideCase::Dilation);
        QCOMPARE(page.source(), StepperPage::Source::Example);
        QVERIFY(!page.noticeText().isEmpty());
        page.followDocument();
        QCOMPARE(page.source(), StepperPage::Source::Document);
        page.bindToDocument(nullptr);
        QCOMPARE(page.source(), StepperPage::Source::Example);
        QVERIFY(page.noticeText().isEmpty());
    }

    void aLargeLessonIsRefusedPolitelyAndCroppedAroundTheBestMatch()
    {
        std::mt19937 rng(4);
        const cv::Mat image = test::randomMat(rng, 120, 150, 1, 0.f, 1.f);
        const cv::Rect planted(90, 70, 5, 5); // x, y: the patch is cut from the image there
        DocumentState state = lessonState(image, image(planted).clone());
        state.parameters.operation = Parameters::Operation::TemplateMatch;
        state.parameters.method = MatchMethod::CCoeffNormed;
        Document lesson(state);
        StepperPage page;
        const StepperSetup example = page.model()->setup();
        page.bindToDocument(&lesson);
        QCOMPARE(page.source(), StepperPage::Source::DocumentTooLarge);
        QVERIFY2(page.noticeText().contains(QStringLiteral("120×150")),
                 qPrintable(page.noticeText()));
        QVERIFY(page.offersCrop());
        // The example stays on screen meanwhile.
        CONVLAB_COMPARE_MATS(page.model()->setup().input, example.input, 0);

        // A guide case chosen while the search runs is not replaced by the crop when it ends.
        page.cropAroundPeak();
        QVERIFY(page.isSearchingPeak());
        page.loadPreset(GuideCase::Dilation);
        const StepperSetup chosen = page.model()->setup();
        QTRY_VERIFY(!page.isSearchingPeak());
        QCOMPARE(page.source(), StepperPage::Source::Example);
        CONVLAB_COMPARE_MATS(page.model()->setup().input, chosen.input, 0);
        page.followDocument();

        page.cropAroundPeak();
        QTRY_COMPARE(page.source(), StepperPage::Source::DocumentCrop);
        QVERIFY(!page.offersCrop());
        // A 16×16 crop centred on the match (92, 72): columns 84..99, rows 64..79.
        const cv::Rect crop(84, 64, 16, 16);
        CONVLAB_COMPARE_MATS(page.model()->setup().input, image(crop), 0);
        QVERIFY(page.noticeText().contains(QStringLiteral("row 64")));
        // Stepping the crop finds the patch where it was planted, relative to the crop.
        page.model()->last();
        cv::Point best;
        cv::minMaxLoc(page.model()->outputSoFar(), nullptr, nullptr, nullptr, &best);
        QCOMPARE(best, cv::Point(planted.x - crop.x, planted.y - crop.y));

        // Painting the lesson keeps the crop, with the new pixels.
        cv::Mat edited = lesson.image().clone();
        edited.at<float>(70, 86) = 0.25f;
        lesson.paintImage(edited, QRect(86, 70, 1, 1), 1);
        QCOMPARE(page.source(), StepperPage::Source::DocumentCrop);
        QCOMPARE(page.model()->setup().input.at<float>(6, 2), 0.25f);
    }

    void aDestroyedLessonLeavesTheExample()
    {
        StepperPage page;
        {
            std::mt19937 rng(5);
            Document lesson(lessonState(test::randomMat(rng, 8, 8), test::randomMat(rng, 2, 2)));
            page.bindToDocument(&lesson);
            QCOMPARE(page.source(), StepperPage::Source::Document);
        }
        QCOMPARE(page.source(), StepperPage::Source::Example);
        QVERIFY(page.model()->isValid());
    }

    void anImpossibleExampleSaysWhy()
    {
        StepperPage page;
        page.loadPreset(GuideCase::NoPaddingNoStrides);
        page.findChild<QSpinBox*>(QStringLiteral("dilation"))->setValue(3); // 7 > 4
        QVERIFY(!page.model()->isValid());
        QVERIFY(page.model()->error().contains(QStringLiteral("larger than padded input 4")));
        QVERIFY(page.arithmetic()->text().isEmpty());
        QCOMPARE(page.controls()->counterText(), QStringLiteral("—"));
        QTest::keyClick(&page, Qt::Key_End); // nothing to do, nothing breaks
        QCOMPARE(page.model()->total(), 0LL);
    }
};

QTEST_MAIN(TestStepperPage)
#include "tst_stepperpage.moc"
