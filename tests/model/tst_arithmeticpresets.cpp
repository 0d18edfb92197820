// SPDX-License-Identifier: MIT
#include "TestData.h"
#include "stepper/ArithmeticPresets.h"
#include "stepper/StepperCaption.h"
#include "stepper/StepperModel.h"

#include <QLocale>
#include <QSet>
#include <QTest>

using namespace convlab;

namespace {

// out(i, j) = Σ x_pad(i·s + u·d, j·s + v·d) · w(u, v), zero padding, by the definition.
cv::Mat bruteConv(const StepperSetup& s)
{
    const int p = s.conv.padding.top, st = s.conv.stride.rows, d = s.conv.dilation.rows;
    const int k = s.kernel.rows, n = s.input.rows;
    const int o = (n + 2 * p - d * (k - 1) - 1) / st + 1;
    cv::Mat out(o, o, CV_32F);
    for (int i = 0; i < o; ++i)
        for (int j = 0; j < o; ++j) {
            double sum = 0;
            for (int u = 0; u < k; ++u)
                for (int v = 0; v < k; ++v) {
                    const int r = i * st + u * d - p, c = j * st + v * d - p;
                    if (r >= 0 && c >= 0 && r < n && c < n)
                        sum += double(s.input.at<float>(r, c)) * s.kernel.at<float>(u, v);
                }
            out.at<float>(i, j) = static_cast<float>(sum);
        }
    return out;
}

} // namespace

class TestArithmeticPresets : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void theGuidesCasesHaveTheirSizes_data()
    {
        QTest::addColumn<int>("id");
        QTest::addColumn<int>("i");
        QTest::addColumn<int>("k");
        QTest::addColumn<int>("s");
        QTest::addColumn<int>("p");
        QTest::addColumn<int>("d");
        QTest::addColumn<int>("o"); // the output sizes of the guide's figures
        QTest::addColumn<int>("a"); // the output padding of the transposed counterpart
        QTest::addRow("no padding, no strides") << 0 << 4 << 3 << 1 << 0 << 1 << 2 << 0;
        QTest::addRow("arbitrary padding") << 1 << 5 << 4 << 1 << 2 << 1 << 6 << 0;
        QTest::addRow("half padding") << 2 << 5 << 3 << 1 << 1 << 1 << 5 << 0;
        QTest::addRow("full padding") << 3 << 5 << 3 << 1 << 2 << 1 << 7 << 0;
        QTest::addRow("no padding, strides") << 4 << 5 << 3 << 2 << 0 << 1 << 2 << 0;
        QTest::addRow("padding, strides") << 5 << 5 << 3 << 2 << 1 << 1 << 3 << 0;
        QTest::addRow("padding, strides (odd)") << 6 << 6 << 3 << 2 << 1 << 1 << 3 << 1;
        QTest::addRow("dilation") << 7 << 7 << 3 << 1 << 0 << 2 << 3 << 0;
    }

    void theGuidesCasesHaveTheirSizes()
    {
        QFETCH(int, id);
        QFETCH(int, i);
        QFETCH(int, k);
        QFETCH(int, s);
        QFETCH(int, p);
        QFETCH(int, d);
        QFETCH(int, o);
        QFETCH(int, a);
        const ArithmeticPreset& preset = arithmeticPreset(static_cast<GuideCase>(id));
        QCOMPARE(preset.input, i);
        QCOMPARE(preset.kernel, k);
        QCOMPARE(preset.stride, s);
        QCOMPARE(preset.padding, p);
        QCOMPARE(preset.dilation, d);
        QCOMPARE(convOutputOf(preset), o);
        QCOMPARE(counterpartOutputPadding(preset), a);

        const StepperSetup conv = convolutionSetup(preset);
        QCOMPARE(conv.input.size(), cv::Size(i, i));
        QCOMPARE(conv.kernel.size(), cv::Size(k, k));
        QCOMPARE(outputSizeOf(conv), (Pair{o, o}));
        const StepperSetup transposed = transposedSetup(preset);
        QCOMPARE(transposed.input.size(), cv::Size(o, o));
        QCOMPARE(transposed.transposed.outputPadding, (Pair{a, a}));
        QCOMPARE(outputSizeOf(transposed), (Pair{i, i})); // the counterpart gives i back
        const StepperSetup scatter = transposedSetup(preset, StepOperation::TransposedScatter);
        QCOMPARE(stepCountOf(scatter), static_cast<long long>(o) * o);
    }

    void thePresetsAreTheEightCasesInTheGuidesOrder()
    {
        const auto& presets = arithmeticPresets();
        QCOMPARE(presets.size(), size_t(8));
        QSet<QString> titles;
        for (size_t n = 0; n < presets.size(); ++n) {
            QCOMPARE(static_cast<size_t>(presets[n].id), n);
            titles.insert(StepperCaption::guideTitle(presets[n].id));
        }
        QCOMPARE(titles.size(), 8);
        QVERIFY(!titles.contains(QString()));
    }

    void theDataIsTheGuidesFigure()
    {
        // Figure 1.1 of the guide: this 3×3 kernel over this 5×5 input gives
        // [[12, 12, 17], [10, 17, 19], [9, 6, 14]]; with half padding it is the inner 3×3.
        StepperSetup half = convolutionSetup(arithmeticPreset(GuideCase::HalfPadding));
        const cv::Mat output = conv2d(half.input, half.kernel, half.conv);
        const cv::Mat figure = (cv::Mat_<float>(3, 3) << 12, 12, 17, 10, 17, 19, 9, 6, 14);
        CONVLAB_COMPARE_MATS(output(cv::Rect(1, 1, 3, 3)), figure, 0);
    }

    void everyPresetStepsToCoresResult()
    {
        for (const ArithmeticPreset& preset : arithmeticPresets()) {
            const StepperSetup setup = convolutionSetup(preset);
            StepperModel model;
            model.setSetup(setup);
            QVERIFY(model.isValid());
            model.last();
            CONVLAB_COMPARE_MATS(model.outputSoFar(), bruteConv(setup), 0);
            // Integer data: every value is exact.
            for (long long n = 0; n < model.total(); ++n) {
                model.setStep(n);
                QCOMPARE(model.step().value, std::round(model.step().value));
            }
        }
    }

    void captionsComeFromTheParameters()
    {
        QCOMPARE(
            StepperCaption::of(convolutionSetup(arithmeticPreset(GuideCase::PaddingStrides))),
            QStringLiteral("Convolution (cross-correlation): i = 5, k = 3, s = 2, p = 1 → o = 3"));
        QCOMPARE(StepperCaption::of(convolutionSetup(arithmeticPreset(GuideCase::Dilation))),
                 QStringLiteral(
                     "Convolution (cross-correlation): i = 7, k = 3, s = 1, p = 0, d = 2 → o = 3"));
        QCOMPARE(
            StepperCaption::of(transposedSetup(arithmeticPreset(GuideCase::PaddingStridesOdd))),
            QStringLiteral("Transposed convolution: i′ = 3, k = 3, s = 2, p = 1, a = 1 → o′ = 6"));
        // A changed parameter changes the caption: it is never a fixed label.
        StepperSetup changed = convolutionSetup(arithmeticPreset(GuideCase::PaddingStrides));
        changed.conv.stride = {1, 2};
        QCOMPARE(StepperCaption::of(changed),
                 QStringLiteral(
                     "Convolution (cross-correlation): i = 5, k = 3, s = 1×2, p = 1 → o = 5×3"));
        QCOMPARE(StepperCaption::formula(changed),
                 QStringLiteral("rows: o = floor((5 + 1 + 1 - 1·(3-1) - 1) / 1) + 1 = 5\n"
                                "columns: o = floor((5 + 1 + 1 - 1·(3-1) - 1) / 2) + 1 = 3"));
    }
};

QTEST_MAIN(TestArithmeticPresets)
#include "tst_arithmeticpresets.moc"
