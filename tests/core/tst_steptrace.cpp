// SPDX-License-Identifier: MIT
#include "BruteForce.h"
#include "Error.h"
#include "TestData.h"
#include "ops/Padding.h"
#include "ops/StepTrace.h"

#include <QTest>
#include <limits>
#include <opencv2/core.hpp>
#include <random>

using namespace convlab;
using namespace convlab::test;

namespace {

constexpr MatchMethod kMethods[] = {MatchMethod::SqDiff, MatchMethod::SqDiffNormed,
                                    MatchMethod::CCorr,  MatchMethod::CCorrNormed,
                                    MatchMethod::CCoeff, MatchMethod::CCoeffNormed};

// Every step's value, placed at its output cell.
template <typename Step> cv::Mat allSteps(Step step, const StepTrace& first, int rows, int cols)
{
    cv::Mat values(rows, cols, CV_32F);
    for (long long n = 0; n < first.total; ++n) {
        const StepTrace s = step(n);
        values.at<float>(s.outRow, s.outCol) = s.value;
    }
    return values;
}

// Checks a trace's taps against a fully materialised padded grid: value, flag, position.
void compareTaps(const StepTrace& step, const cv::Mat& paddedGrid, const cv::Rect& realCells,
                 const cv::Mat& weights, cv::Point dilation)
{
    QCOMPARE(step.taps.size(), weights.total() * size_t(paddedGrid.channels()));
    const int C = paddedGrid.channels();
    size_t t = 0;
    for (int u = 0; u < weights.rows; ++u)
        for (int v = 0; v < weights.cols; ++v)
            for (int c = 0; c < C; ++c, ++t) {
                const Tap& tap = step.taps[t];
                QCOMPARE(tap.row, step.window.y + u * dilation.y);
                QCOMPARE(tap.col, step.window.x + v * dilation.x);
                QCOMPARE(tap.input, paddedGrid.ptr<float>(tap.row)[tap.col * C + c]);
                QCOMPARE(tap.weight, weights.ptr<float>(u)[v * weights.channels() + c]);
                QCOMPARE(tap.product, tap.input * tap.weight);
                QCOMPARE(tap.inPadding, !realCells.contains({tap.col, tap.row}));
            }
}

} // namespace

class TestStepTrace : public QObject {
    Q_OBJECT

  private slots:
    void convStepByHand();
    void convStepReadsPaddingThroughItsMode();
    void convStepsMatchBruteForceAndConv2d();
    void convStepSumsChannelsOfOneFilter();
    void poolStepsByHand();
    void poolStepsMatchBruteForceAndPool2d();
    void matchStepByHand();
    void matchStepsMatchMatchTemplate();
    void matchStepUndefinedWhereTheScoreIs00();
    void transposedStepLectureExample();
    void transposedStepsMatchTheGridAndBruteForce();
    void refusesBadSteps();
};

void TestStepTrace::convStepByHand()
{
    const cv::Mat x = grid(3, {1, 2, 3, 4, 5, 6, 7, 8, 9});
    const cv::Mat w = grid(2, {1, 2, 3, 4});
    ConvParams p;
    p.stride = {2, 2};
    p.padding = Padding::uniform(1);

    const StepTrace first = convStep(x, w, p, 0);
    QCOMPARE(first.total, 4LL);
    QCOMPARE(first.window, cv::Rect(0, 0, 2, 2));
    QCOMPARE(first.taps.size(), size_t(4));
    QVERIFY(first.taps[0].inPadding && first.taps[1].inPadding && first.taps[2].inPadding);
    QVERIFY(!first.taps[3].inPadding);
    QCOMPARE(first.taps[3].input, 1.f);
    QCOMPARE(first.taps[3].weight, 4.f);
    QCOMPARE(first.value, 4.f);

    const StepTrace last = convStep(x, w, p, 3);
    QCOMPARE(last.outRow, 1);
    QCOMPARE(last.outCol, 1);
    QCOMPARE(last.window, cv::Rect(2, 2, 2, 2));
    QCOMPARE(last.value, 5.f + 12.f + 24.f + 36.f);

    p.trueConvolution = true; // weights read flipped: 4 3 2 1
    const StepTrace flipped = convStep(x, w, p, 3);
    QCOMPARE(flipped.taps[0].weight, 4.f);
    QCOMPARE(flipped.value, 20.f + 18.f + 16.f + 9.f);

    p = {};
    p.dilation = {2, 2};
    const StepTrace dilated = convStep(x, w, p, 0);
    QCOMPARE(dilated.total, 1LL);
    QCOMPARE(dilated.window, cv::Rect(0, 0, 3, 3));
    QCOMPARE(dilated.value, 1.f + 6.f + 21.f + 36.f);
}

void TestStepTrace::convStepReadsPaddingThroughItsMode()
{
    const cv::Mat x = grid(1, {1, 2, 3, 4});
    const cv::Mat w = grid(1, {1, 1, 1});
    ConvParams p;
    p.padding = {0, 0, 1, 1};
    const float expectedFirst[] = {0, 2, 1, 4}; // zeros, reflect, replicate, circular
    for (int m = 0; m < 4; ++m) {
        p.paddingMode = kPaddingModes[m];
        const StepTrace step = convStep(x, w, p, 0);
        QCOMPARE(step.taps[0].input, expectedFirst[m]);
        QVERIFY(step.taps[0].inPadding);
        QCOMPARE(step.value, expectedFirst[m] + 3.f);
    }
}

void TestStepTrace::convStepsMatchBruteForceAndConv2d()
{
    std::mt19937 rng(51);
    RandomInt pick(rng);
    const ConvRanges ranges{.maxSide = 9, .maxKernel = 4, .maxStride = 3, .maxChannels = 1};
    int tested = 0;
    while (tested < 60) {
        const ConvCase c = randomConvCase(rng, ranges);
        if (!c.fits())
            continue;
        ++tested;
        const cv::Mat& x = c.input;
        const cv::Mat& w = c.kernel;
        const ConvParams& p = c.params;
        const cv::Mat expected = conv2d(x, w, p);
        CONVLAB_COMPARE_MATS(expected, bruteForceConv(x, w, p), 1e-5);
        const StepTrace first = convStep(x, w, p, 0);
        QCOMPARE(first.total, (long long)expected.total());
        CONVLAB_COMPARE_MATS(allSteps([&](long long n) { return convStep(x, w, p, n); }, first,
                                      expected.rows, expected.cols),
                             expected, 1e-6);

        cv::Mat padded;
        cv::copyMakeBorder(x, padded, p.padding.top, p.padding.bottom, p.padding.left,
                           p.padding.right, toOpenCvBorder(p.paddingMode));
        cv::Mat weights = w.clone();
        if (p.trueConvolution)
            cv::flip(w, weights, -1);
        const long long n = pick(0, int(first.total) - 1);
        const StepTrace step = convStep(x, w, p, n);
        QCOMPARE(step.index, n);
        QCOMPARE(step.outRow, int(n / expected.cols));
        QCOMPARE(step.outCol, int(n % expected.cols));
        QCOMPARE(step.window,
                 cv::Rect(step.outCol * p.stride.cols, step.outRow * p.stride.rows,
                          p.dilation.cols * (w.cols - 1) + 1, p.dilation.rows * (w.rows - 1) + 1));
        compareTaps(step, padded, cv::Rect(p.padding.left, p.padding.top, x.cols, x.rows), weights,
                    {p.dilation.cols, p.dilation.rows});
    }
}

void TestStepTrace::convStepSumsChannelsOfOneFilter()
{
    std::mt19937 rng(52);
    const cv::Mat x = test::randomMat(rng, 6, 5, 3);
    const cv::Mat w = test::randomMat(rng, 3, 2, 3);
    ConvParams p;
    p.padding = {1, 0, 2, 1};
    p.paddingMode = PaddingMode::Replicate;
    p.stride = {2, 1};
    const cv::Mat expected = conv2d(x, w, p);
    const StepTrace first = convStep(x, w, p, 0);
    QCOMPARE(first.taps.size(), size_t(3 * 2 * 3));
    CONVLAB_COMPARE_MATS(allSteps([&](long long n) { return convStep(x, w, p, n); }, first,
                                  expected.rows, expected.cols),
                         expected, 1e-6);
    cv::Mat padded;
    cv::copyMakeBorder(x, padded, 1, 0, 2, 1, cv::BORDER_REPLICATE);
    compareTaps(convStep(x, w, p, 7), padded, cv::Rect(2, 1, 5, 6), w, {1, 1});
}

void TestStepTrace::poolStepsByHand()
{
    const cv::Mat x = grid(3, {1, 2, 3, 4, 5, 6, 7, 8, 9});
    PoolParams p{{2, 2}, {2, 2}, Padding::uniform(1), PoolMode::Max};
    const StepTrace first = poolStep(x, p, 0);
    QCOMPARE(first.total, 4LL);
    QCOMPARE(first.window, cv::Rect(0, 0, 2, 2));
    QCOMPARE(first.taps[0].input, -std::numeric_limits<float>::infinity());
    QVERIFY(first.taps[0].inPadding);
    QCOMPARE(first.taps[3].input, 1.f);
    QCOMPARE(first.taps[3].weight, 1.f);
    QCOMPARE(first.value, 1.f);
    QCOMPARE(poolStep(x, p, 3).value, 9.f);

    p.mode = PoolMode::Average;
    QCOMPARE(poolStep(x, p, 0).taps[0].input, 0.f);
    QCOMPARE(poolStep(x, p, 0).value, 0.25f);
    QCOMPARE(poolStep(x, p, 2).value, 11.f / 4);
}

void TestStepTrace::poolStepsMatchBruteForceAndPool2d()
{
    std::mt19937 rng(53);
    RandomInt pick(rng);
    const PoolRanges ranges{.maxSide = 9, .maxWindow = 4, .maxStride = 3, .maxChannels = 1};
    int tested = 0;
    while (tested < 60) {
        const PoolCase c = randomPoolCase(rng, ranges);
        if (!c.fits())
            continue;
        ++tested;
        const cv::Mat& x = c.input;
        const PoolParams& p = c.params;
        const cv::Mat expected = pool2d(x, p);
        CONVLAB_COMPARE_MATS(expected, bruteForcePool(x, p), 1e-6);
        const StepTrace first = poolStep(x, p, 0);
        QCOMPARE(first.total, (long long)expected.total());
        CONVLAB_COMPARE_MATS(allSteps([&](long long n) { return poolStep(x, p, n); }, first,
                                      expected.rows, expected.cols),
                             expected, 0);

        const float padValue =
            p.mode == PoolMode::Max ? -std::numeric_limits<float>::infinity() : 0.f;
        cv::Mat padded;
        cv::copyMakeBorder(x, padded, p.padding.top, p.padding.bottom, p.padding.left,
                           p.padding.right, cv::BORDER_CONSTANT, cv::Scalar(padValue));
        const StepTrace step = poolStep(x, p, pick(0, int(first.total) - 1));
        QCOMPARE(step.window, cv::Rect(step.outCol * p.stride.cols, step.outRow * p.stride.rows,
                                       p.size.cols, p.size.rows));
        compareTaps(step, padded, cv::Rect(p.padding.left, p.padding.top, x.cols, x.rows),
                    cv::Mat::ones(p.size.rows, p.size.cols, CV_32F), {1, 1});
    }
}

void TestStepTrace::matchStepByHand()
{
    const cv::Mat image = grid(3, {1, 2, 0, 3, 4, 0, 0, 0, 0});
    const cv::Mat patch = grid(2, {1, 2, 3, 4});
    const StepTrace first = matchStep(image, patch, MatchMethod::SqDiff, 0);
    QCOMPARE(first.total, 4LL);
    QCOMPARE(first.window, cv::Rect(0, 0, 2, 2));
    QCOMPARE(first.value, 0.f); // a perfect match
    QCOMPARE(matchStep(image, patch, MatchMethod::CCorr, 0).value, 30.f);
    QCOMPARE(matchStep(image, patch, MatchMethod::CCorrNormed, 0).value, 1.f);
    QCOMPARE(matchStep(image, patch, MatchMethod::CCoeffNormed, 0).value, 1.f);
    // Window (0, 1) = [2 0; 4 0]: Σ T·I = 2 + 12 = 14, Σ (T-I)² = 1 + 4 + 1 + 16 = 22.
    const StepTrace second = matchStep(image, patch, MatchMethod::CCorr, 1);
    QCOMPARE(second.window, cv::Rect(1, 0, 2, 2));
    QCOMPARE(second.taps[1].input, 0.f);
    QCOMPARE(second.taps[1].weight, 2.f);
    QCOMPARE(second.value, 14.f);
    QCOMPARE(matchStep(image, patch, MatchMethod::SqDiff, 1).value, 22.f);
    QCOMPARE(matchStep(image, patch, MatchMethod::SqDiffNormed, 1).value,
             float(22 / std::sqrt(30.0 * 20.0)));
    // ccoeff: T' = [-1.5 -0.5; 0.5 1.5], I' = [0.5 -1.5; 2.5 -1.5]: Σ T'I' = -0.75+0.75+1.25-2.25.
    QCOMPARE(matchStep(image, patch, MatchMethod::CCoeff, 1).value, -1.f);
}

void TestStepTrace::matchStepsMatchMatchTemplate()
{
    std::mt19937 rng(54);
    RandomInt pick(rng);
    for (int trial = 0; trial < 36; ++trial) {
        const MatchMethod method = kMethods[trial % 6];
        const cv::Mat image = test::randomMat(rng, pick(3, 12), pick(3, 12), 1, 0.f, 1.f);
        const cv::Mat patch =
            test::randomMat(rng, pick(1, image.rows), pick(1, image.cols), 1, 0.f, 1.f);
        const cv::Mat expected = matchTemplate(image, patch, method);
        const StepTrace first = matchStep(image, patch, method, 0);
        QCOMPARE(first.total, (long long)expected.total());
        CONVLAB_COMPARE_MATS(
            allSteps([&](long long n) { return matchStep(image, patch, method, n); }, first,
                     expected.rows, expected.cols),
            expected, 1e-4);

        const StepTrace step = matchStep(image, patch, method, pick(0, int(first.total) - 1));
        QCOMPARE(step.window, cv::Rect(step.outCol, step.outRow, patch.cols, patch.rows));
        compareTaps(step, image, cv::Rect(0, 0, image.cols, image.rows), patch, {1, 1});
    }
}

// A flat window (or an all-zero one) makes the normalised scores 0/0: NaN, as matchTemplate.
void TestStepTrace::matchStepUndefinedWhereTheScoreIs00()
{
    std::mt19937 rng(55);
    cv::Mat image = test::randomMat(rng, 8, 8, 1, 0.f, 1.f);
    image(cv::Rect(0, 0, 4, 4)).setTo(0);
    image(cv::Rect(4, 4, 4, 4)).setTo(0.7);
    const cv::Mat patch = test::randomMat(rng, 3, 3, 1, 0.f, 1.f);
    for (MatchMethod method : kMethods) {
        const cv::Mat expected = matchTemplate(image, patch, method);
        const StepTrace first = matchStep(image, patch, method, 0);
        const cv::Mat steps =
            allSteps([&](long long n) { return matchStep(image, patch, method, n); }, first, 6, 6);
        CONVLAB_COMPARE_MATS(steps, expected, 1e-4);
        QCOMPARE(std::isnan(steps.at<float>(0, 0)), isNormalised(method)); // zero window
        QCOMPARE(std::isnan(steps.at<float>(5, 5)), method == MatchMethod::CCoeffNormed); // flat
    }
    const cv::Mat flatPatch(2, 2, CV_32F, cv::Scalar(0.5));
    QVERIFY(std::isnan(matchStep(image, flatPatch, MatchMethod::CCoeffNormed, 20).value));
    QVERIFY(!std::isnan(matchStep(image, flatPatch, MatchMethod::CCorrNormed, 20).value));
    const cv::Mat zeroPatch = cv::Mat::zeros(2, 2, CV_32F);
    QVERIFY(std::isnan(matchStep(image, zeroPatch, MatchMethod::SqDiffNormed, 20).value));
}

// y = [3 -1 2], w = [1 -2 0.5], stride 2: the grid is 0 0 3 0 -1 0 2 0 0 and the flipped
// kernel [0.5 -2 1] slides over it.
void TestStepTrace::transposedStepLectureExample()
{
    const cv::Mat y = grid(1, {3, -1, 2});
    const cv::Mat w = grid(1, {1, -2, 0.5f});
    TransposedParams p;
    p.stride = {1, 2};
    const StepTrace first = transposedStep(y, w, p, 0);
    QCOMPARE(first.total, 7LL);
    QCOMPARE(first.window, cv::Rect(0, 0, 3, 1));
    QVERIFY(first.taps[0].inPadding && first.taps[1].inPadding && !first.taps[2].inPadding);
    QCOMPARE(first.taps[2].input, 3.f);
    QCOMPARE(first.taps[2].weight, 1.f);
    QCOMPARE(first.value, 3.f);

    const StepTrace third = transposedStep(y, w, p, 2);
    QCOMPARE(third.taps[1].input, 0.f); // an inserted zero, not padding
    QVERIFY(!third.taps[1].inPadding);
    QCOMPARE(third.value, 0.5f);
    const float expected[] = {3, -6, 0.5f, 2, 1.5f, -4, 1};
    for (int n = 0; n < 7; ++n)
        QCOMPARE(transposedStep(y, w, p, n).value, expected[n]);
}

void TestStepTrace::transposedStepsMatchTheGridAndBruteForce()
{
    std::mt19937 rng(56);
    RandomInt pick(rng);
    const TransposedRanges ranges{.maxSide = 4, .maxKernel = 3, .maxDilation = 2};
    int tested = 0;
    while (tested < 60) {
        const TransposedCase c = randomTransposedCase(rng, ranges);
        const cv::Mat& y = c.input;
        const cv::Mat& w = c.kernel;
        const TransposedParams& p = c.params;
        const int rows = c.outputSize().height, cols = c.outputSize().width;
        if (rows < 1 || cols < 1) {
            QVERIFY(
                messageOf([&] { transposedStep(y, w, p, 0); }).contains("crops the whole output"));
            continue;
        }
        ++tested;
        const StepTrace first = transposedStep(y, w, p, 0);
        QCOMPARE(first.total, (long long)rows * cols);
        CONVLAB_COMPARE_MATS(
            allSteps([&](long long n) { return transposedStep(y, w, p, n); }, first, rows, cols),
            bruteForceTransposed(y, w, p), 1e-5);

        // The zero-inserted grid placed d(k-1)-p cells in (cropped where that is negative).
        const int top = p.dilation.rows * (w.rows - 1) - p.padding.top;
        const int left = p.dilation.cols * (w.cols - 1) - p.padding.left;
        const cv::Rect inserted(left, top, (y.cols - 1) * p.stride.cols + 1,
                                (y.rows - 1) * p.stride.rows + 1);
        cv::Mat bordered = cv::Mat::zeros(rows + p.dilation.rows * (w.rows - 1),
                                          cols + p.dilation.cols * (w.cols - 1), CV_32F);
        for (int n = 0; n < y.rows; ++n)
            for (int m = 0; m < y.cols; ++m) {
                const cv::Point at(left + m * p.stride.cols, top + n * p.stride.rows);
                if (cv::Rect(0, 0, bordered.cols, bordered.rows).contains(at))
                    bordered.at<float>(at) = y.at<float>(n, m);
            }
        cv::Mat flipped;
        cv::flip(w, flipped, -1);
        const StepTrace step = transposedStep(y, w, p, pick(0, int(first.total) - 1));
        QCOMPARE(step.window, cv::Rect(step.outCol, step.outRow, p.dilation.cols * (w.cols - 1) + 1,
                                       p.dilation.rows * (w.rows - 1) + 1));
        compareTaps(step, bordered, inserted, flipped, {p.dilation.cols, p.dilation.rows});
    }
}

void TestStepTrace::refusesBadSteps()
{
    const cv::Mat x = cv::Mat::ones(4, 4, CV_32F);
    const cv::Mat w = cv::Mat::ones(3, 3, CV_32F);
    QCOMPARE(messageOf([&] { convStep(x, w, {}, 4); }),
             QStringLiteral("step 4 is out of range: there are 4 steps (0 to 3)"));
    QCOMPARE(messageOf([&] { convStep(x, w, {}, -1); }),
             QStringLiteral("step -1 is out of range: there are 4 steps (0 to 3)"));
    ConvParams zeroStride;
    zeroStride.stride = {0, 1};
    QCOMPARE(messageOf([&] { convStep(x, w, zeroStride, 0); }),
             QStringLiteral("stride 0 must be at least 1 (rows)"));
    const cv::Mat rgb(4, 4, CV_32FC3, cv::Scalar::all(1));
    QCOMPARE(messageOf([&] { convStep(rgb, w, {}, 0); }),
             QStringLiteral("a convolution with a single-channel kernel of a 3-channel input "
                            "gives one map per channel; step one channel at a time"));

    QCOMPARE(messageOf([&] { poolStep(x, {}, 4); }),
             QStringLiteral("step 4 is out of range: there are 4 steps (0 to 3)"));
    QCOMPARE(messageOf([&] { poolStep(rgb, {}, 0); }),
             QStringLiteral("pooling of a 3-channel input gives one map per channel; step one "
                            "channel at a time"));
    QCOMPARE(messageOf([&] {
                 poolStep(x, {{2, 2}, {2, 2}, {2, 0, 0, 0}, PoolMode::Max}, 0);
             }),
             QStringLiteral("padding top 2 must be at most half the pool size 2 (rows)"));

    QCOMPARE(messageOf([&] { matchStep(x, w, MatchMethod::CCorr, 9); }),
             QStringLiteral("step 9 is out of range: there are 4 steps (0 to 3)"));
    QCOMPARE(messageOf([&] { matchStep(x, w, static_cast<MatchMethod>(8), 0); }),
             QStringLiteral("unknown match method 8"));
    QCOMPARE(messageOf([&] { matchStep(w, x, MatchMethod::CCorr, 0); }),
             QStringLiteral("patch 4x4 is larger than image 3x3 (rows x cols)"));
    QCOMPARE(messageOf([&] { matchStep(rgb, w, MatchMethod::CCorr, 0); }),
             QStringLiteral("the image must be single-channel float32 (CV_32FC1); it is CV_32FC3"));
    QCOMPARE(messageOf([&] { matchStep(x, cv::Mat(), MatchMethod::CCorr, 0); }),
             QStringLiteral("the patch is empty"));
    cv::Mat withNan = x.clone();
    withNan.at<float>(0, 2) = std::numeric_limits<float>::quiet_NaN();
    QCOMPARE(messageOf([&] { matchStep(withNan, w, MatchMethod::CCorr, 0); }),
             QStringLiteral("image has a NaN at (row 0, col 2)"));

    TransposedParams badOutputPadding;
    badOutputPadding.stride = {2, 2};
    badOutputPadding.outputPadding = {2, 0};
    QCOMPARE(messageOf([&] { transposedStep(x, w, badOutputPadding, 0); }),
             QStringLiteral("output padding 2 must be smaller than stride 2 or dilation 1 (rows)"));
    QCOMPARE(messageOf([&] { transposedStep(x, w, {}, 36); }),
             QStringLiteral("step 36 is out of range: there are 36 steps (0 to 35)"));
    QCOMPARE(messageOf([&] { transposedStep(x, withNan, {}, 0); }),
             QStringLiteral("kernel has a NaN at (row 0, col 2)"));
    QCOMPARE(messageOf([&] { transposedStep(rgb, w, {}, 0); }),
             QStringLiteral("the input must be single-channel float32 (CV_32FC1); it is CV_32FC3"));
}

QTEST_APPLESS_MAIN(TestStepTrace)
#include "tst_steptrace.moc"
