// SPDX-License-Identifier: MIT
#include "TestData.h"
#include "stepper/ArithmeticPanel.h"
#include "stepper/PresetBar.h"
#include "stepper/StepperControls.h"
#include "stepper/StepperModel.h"
#include "stepper/TransposedConvView.h"

#include <QLocale>
#include <QPushButton>
#include <QTest>
#include <QToolButton>
#include <random>

using namespace convlab;

namespace {

using Stage = TransposedConvView::Stage;

struct Case {
    cv::Mat input;
    cv::Mat kernel;
    TransposedParams params;
};

int randomInt(std::mt19937& rng, int low, int high)
{
    return std::uniform_int_distribution<int>(low, high)(rng);
}

// PyTorch's o = (i−1)s − 2p + d(k−1) + a + 1, per axis.
int transposedSize(int i, int k, int s, int p, int d, int a)
{
    return (i - 1) * s - 2 * p + d * (k - 1) + a + 1;
}

Case randomCase(std::mt19937& rng)
{
    for (;;) {
        Case c;
        const int i = randomInt(rng, 1, 4), k = randomInt(rng, 1, 4);
        c.input = test::randomMat(rng, i, i);
        c.kernel = test::randomMat(rng, k, k);
        const int s = randomInt(rng, 1, 3), p = randomInt(rng, 0, 2), d = randomInt(rng, 1, 2);
        const int a = randomInt(rng, 0, s - 1);
        c.params.stride = {s, s};
        c.params.padding = Padding::uniform(p);
        c.params.outputPadding = {a, a};
        c.params.dilation = {d, d};
        if (transposedSize(i, k, s, p, d, a) >= 1)
            return c;
    }
}

// Each input stamps value × kernel (the definition), in double.
cv::Mat bruteTransposed(const Case& c)
{
    const int s = c.params.stride.rows, p = c.params.padding.top, d = c.params.dilation.rows;
    const int a = c.params.outputPadding.rows, k = c.kernel.rows;
    const int o = transposedSize(c.input.rows, k, s, p, d, a);
    cv::Mat out = cv::Mat::zeros(o, o, CV_64F);
    for (int n = 0; n < c.input.rows; ++n)
        for (int m = 0; m < c.input.cols; ++m)
            for (int u = 0; u < k; ++u)
                for (int v = 0; v < k; ++v) {
                    const int r = n * s + u * d - p, col = m * s + v * d - p;
                    if (r >= 0 && col >= 0 && r < o && col < o)
                        out.at<double>(r, col) +=
                            double(c.input.at<float>(n, m)) * c.kernel.at<float>(u, v);
                }
    cv::Mat result;
    out.convertTo(result, CV_32F);
    return result;
}

} // namespace

class TestTransposedConvView : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void stagesHaveTheSizesTheFormulasGive_data()
    {
        QTest::addColumn<int>("seed");
        for (int seed = 1; seed <= 12; ++seed)
            QTest::addRow("random %d", seed) << seed;
    }

    void stagesHaveTheSizesTheFormulasGive()
    {
        QFETCH(int, seed);
        std::mt19937 rng(static_cast<unsigned>(seed));
        const Case c = randomCase(rng);
        TransposedConvView view;
        view.load(c.input, c.kernel, c.params);
        const int i = c.input.rows, k = c.kernel.rows, s = c.params.stride.rows;
        const int p = c.params.padding.top, d = c.params.dilation.rows,
                  a = c.params.outputPadding.rows;
        const int spread = (i - 1) * s + 1;
        const int bordered = spread + 2 * (d * (k - 1) - p) + a;
        const int window = d * (k - 1) + 1;
        const int output = transposedSize(i, k, s, p, d, a);
        QCOMPARE(view.stageSize(Stage::Input), QSize(i, i));
        QCOMPARE(view.stageSize(Stage::Spread), QSize(spread, spread));
        QCOMPARE(view.stageSize(Stage::Border), QSize(bordered, bordered));
        QCOMPARE(view.stageSize(Stage::Slide), QSize(window, window));
        QCOMPARE(view.stageSize(Stage::Output), QSize(output, output));
        // What the kernel slides over is the bordered grid; one step per output cell.
        QCOMPARE(view.model()->grid().values.size(), cv::Size(bordered, bordered));
        QCOMPARE(view.model()->total(), static_cast<long long>(output) * output);
        QCOMPARE(bordered - window + 1, output);
        QCOMPARE(view.stage(), Stage::Input);
    }

    void zeroInsertionAndScatterEndOnTheSameNumbers_data()
    {
        QTest::addColumn<int>("seed");
        for (int seed = 20; seed <= 27; ++seed)
            QTest::addRow("random %d", seed) << seed;
    }

    void zeroInsertionAndScatterEndOnTheSameNumbers()
    {
        QFETCH(int, seed);
        std::mt19937 rng(static_cast<unsigned>(seed));
        const Case c = randomCase(rng);
        const cv::Mat expected = bruteTransposed(c);
        TransposedConvView view;
        view.load(c.input, c.kernel, c.params);
        QTest::keyClick(&view, Qt::Key_End);
        QCOMPARE(view.stage(), Stage::Output);
        QVERIFY(view.model()->isAtEnd());
        const cv::Mat byZeroInsertion = view.model()->outputSoFar().clone();
        CONVLAB_COMPARE_MATS(byZeroInsertion, expected, 1e-5);

        view.findChild<QToolButton*>(QStringLiteral("scatterForm"))->click();
        QCOMPARE(view.form(), TransposedConvView::Form::Scatter);
        QCOMPARE(view.model()->current(), 0LL);
        QCOMPARE(view.model()->total(), static_cast<long long>(c.input.total()));
        QTest::keyClick(&view, Qt::Key_End);
        QVERIFY(view.model()->isAtEnd());
        CONVLAB_COMPARE_MATS(view.model()->outputSoFar(), expected, 1e-5);
        CONVLAB_COMPARE_MATS(view.model()->outputSoFar(), byZeroInsertion, 1e-5);
        QVERIFY2(
            view.agreementText().contains(QStringLiteral("same %1×%1 output").arg(expected.rows)),
            qPrintable(view.agreementText()));
    }

    void keysWalkThroughTheStagesAndTheSteps()
    {
        TransposedConvView view;
        view.loadPreset(GuideCase::PaddingStrides); // i′=3, k=3, s=2, p=1: 5×5 output
        view.show();
        StepperModel* model = view.model();
        QCOMPARE(view.stage(), Stage::Input);
        QTest::keyClick(&view, Qt::Key_Right);
        QCOMPARE(view.stage(), Stage::Spread);
        QVERIFY(view.canvas()->progress() < 1.0); // the cells are on their way
        QTRY_COMPARE(view.canvas()->progress(), 1.0);
        QTest::keyClick(&view, Qt::Key_Right);
        QCOMPARE(view.stage(), Stage::Border);
        // No window yet: the arithmetic panel says what the stages do, not step 0's sum.
        QVERIFY2(view.arithmetic()->text().contains(QStringLiteral("(d)")),
                 qPrintable(view.arithmetic()->text()));
        QTest::keyClick(&view, Qt::Key_Right);
        QCOMPARE(view.stage(), Stage::Slide);
        QCOMPARE(model->current(), 0LL);
        QVERIFY2(view.arithmetic()->text().startsWith(QStringLiteral("out(0, 0) = ")),
                 qPrintable(view.arithmetic()->text()));
        QTest::keyClick(&view, Qt::Key_Right);
        QCOMPARE(model->current(), 1LL);
        QVERIFY(view.arithmetic()->text().startsWith(QStringLiteral("out(0, 1) = ")));
        QTest::keyClick(&view, Qt::Key_Left);
        QCOMPARE(model->current(), 0LL);
        QCOMPARE(view.stage(), Stage::Slide);
        QTest::keyClick(&view, Qt::Key_Left);
        QCOMPARE(view.stage(), Stage::Border);
        QTest::keyClick(&view, Qt::Key_End);
        QCOMPARE(view.stage(), Stage::Output);
        QVERIFY(model->isAtEnd());
        QVERIFY(view.canvas()->showsWholeOutput());
        QTest::keyClick(&view, Qt::Key_Left);
        QCOMPARE(view.stage(), Stage::Slide);
        QVERIFY(model->isAtEnd());
        QVERIFY(!view.canvas()->showsWholeOutput());
        QTest::keyClick(&view, Qt::Key_Right); // past the last step: (e)
        QCOMPARE(view.stage(), Stage::Output);
        QTest::keyClick(&view, Qt::Key_Home);
        QCOMPARE(view.stage(), Stage::Input);
        QCOMPARE(model->current(), 0LL);
    }

    void spaceAtTheSlidePlaysAndPauses()
    {
        TransposedConvView view;
        view.setStage(Stage::Slide);
        QTest::keyClick(&view, Qt::Key_Space);
        QVERIFY(view.model()->isPlaying());
        QTest::keyClick(&view, Qt::Key_Space);
        QVERIFY(!view.model()->isPlaying());
    }

    void steppingDuringABuildUpStageGoesToTheSlide()
    {
        TransposedConvView view;
        QCOMPARE(view.stage(), Stage::Input);
        view.controls()->findChild<QToolButton*>(QStringLiteral("stepButton"))->click();
        QCOMPARE(view.stage(), Stage::Slide);
        QCOMPARE(view.model()->current(), 1LL);
    }

    void playingTheStagesMovesOnByItself()
    {
        TransposedConvView view;
        view.playStages();
        QCOMPARE(view.stage(), Stage::Input);
        QTRY_COMPARE_WITH_TIMEOUT(view.stage(), Stage::Spread, 3000);
        // Any key takes the control back.
        QTest::keyClick(&view, Qt::Key_Home);
        QCOMPARE(view.stage(), Stage::Input);
        QTest::qWait(800);
        QCOMPARE(view.stage(), Stage::Input);
    }

    void everyTransposedCounterpartReachesItsLastStep()
    {
        TransposedConvView view;
        for (const ArithmeticPreset& preset : arithmeticPresets()) {
            view.presetBar()->button(preset.id)->click();
            QCOMPARE(view.stage(), Stage::Input);
            const int o = convOutputOf(preset);
            QCOMPARE(view.stageSize(Stage::Input), QSize(o, o));
            // The counterpart gives back the convolution's input size.
            QCOMPARE(view.stageSize(Stage::Output), QSize(preset.input, preset.input));
            QTest::keyClick(&view, Qt::Key_End);
            QVERIFY(view.model()->isAtEnd());
            QCOMPARE(view.stage(), Stage::Output);
            const StepperSetup setup = transposedSetup(preset);
            Case c{setup.input, setup.kernel, setup.transposed};
            CONVLAB_COMPARE_MATS(view.model()->outputSoFar(), bruteTransposed(c), 1e-6);
            QVERIFY2(view.caption().contains(QStringLiteral("k = %1, s = %2, p = %3")
                                                 .arg(preset.kernel)
                                                 .arg(preset.stride)
                                                 .arg(preset.padding)),
                     qPrintable(view.caption()));
        }
    }

    void inputSizesShowWhatOutputPaddingChooses()
    {
        TransposedConvView view;
        view.loadPreset(GuideCase::PaddingStrides); // k=3, s=2, p=1: inputs 5 and 6 give 3
        QVERIFY2(view.inputSizesText().contains(QStringLiteral("inputs of 5, 6")),
                 qPrintable(view.inputSizesText()));
        QCOMPARE(view.inputSizeButtons().size(), 2);
        QVERIFY(view.inputSizeButtons()[0]->isChecked());
        view.inputSizeButtons()[1]->click();
        QCOMPARE(view.model()->outputSize(), (Pair{6, 6}));
        QCOMPARE(view.model()->setup().transposed.outputPadding, (Pair{1, 1}));
        QCOMPARE(view.inputSizeButtons().size(), 2);
        QVERIFY(view.inputSizeButtons()[1]->isChecked());

        view.loadPreset(GuideCase::HalfPadding); // stride 1: one size only
        QCOMPARE(view.inputSizeButtons().size(), 1);
        QVERIFY(view.inputSizesText().contains(QStringLiteral("nothing for the output padding")));
    }
};

QTEST_MAIN(TestTransposedConvView)
#include "tst_transposedconvview.moc"
