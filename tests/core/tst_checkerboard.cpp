// SPDX-License-Identifier: MIT
#include "BruteForce.h"
#include "Error.h"
#include "TestData.h"
#include "ops/Checkerboard.h"
#include "ops/TransposedConv.h"

#include <QTest>
#include <numeric>
#include <opencv2/imgproc.hpp>
#include <random>

using namespace convlab;
using namespace convlab::test;

namespace {

// The definition, cell by cell: every (input cell, kernel tap) pair whose stamp lands on
// output (r, c). No separability, no 1D counts: four nested loops over the pairs.
cv::Mat bruteForceOverlap(Pair in, Pair k, const TransposedParams& p, cv::Size out)
{
    cv::Mat counts = cv::Mat::zeros(out, CV_32F);
    for (int nr = 0; nr < in.rows; ++nr)
        for (int nc = 0; nc < in.cols; ++nc)
            for (int u = 0; u < k.rows; ++u)
                for (int v = 0; v < k.cols; ++v) {
                    const int r = nr * p.stride.rows + u * p.dilation.rows - p.padding.top;
                    const int c = nc * p.stride.cols + v * p.dilation.cols - p.padding.left;
                    if (r >= 0 && r < out.height && c >= 0 && c < out.width)
                        counts.at<float>(r, c) += 1;
                }
    return counts;
}

AxisGeometry axis(int input, int kernel, int stride, int dilation = 1, int pad = 0)
{
    return {input, kernel, stride, pad, pad, dilation, 0};
}

TransposedParams strided(int stride, int dilation = 1)
{
    TransposedParams p;
    p.stride = {stride, stride};
    p.dilation = {dilation, dilation};
    return p;
}

} // namespace

class TestCheckerboard : public QObject {
    Q_OBJECT

  private slots:
    void kernel3Stride2Alternates1And2();
    void kernel4Stride2IsEvenInside();
    void dilationSharingAFactorWithTheStrideLeavesHoles();
    void twoDimensionalKernel3Stride2IsACheckerboard();
    void overlapEqualsTransposedConvOfOnesAndBruteForceOnRandomCases();
    void evenRuleMatchesTheMapOnRandomCases();
    void constantInputThroughConstantKernelIsScaledOverlap();
    void resizeConvOfAConstantIsFlatInside_data();
    void resizeConvOfAConstantIsFlatInside();
    void resizeConvIsResizeThenSamePaddedConv();
    void uniformitySummarisesAMap();
    void checkerboardEnergyOfPurePatterns();
    void checkerboardEnergyIsTheStridesHarmonicsOnRandomMaps();
    void refusesImpossibleGeometry();
};

// Odena et al.'s first figure: k = 3, s = 2. Output 9 = (4-1)·2 + 2 + 1 cells; pairs
// (n, u) land on 2n + u: 0 ← (0,0); 1 ← (0,1); 2 ← (0,2),(1,0); 3 ← (1,1); …
void TestCheckerboard::kernel3Stride2Alternates1And2()
{
    const AxisGeometry a = axis(4, 3, 2);

    const std::vector<int> counts = transposedOverlap1d(a);

    QCOMPARE(counts, (std::vector<int>{1, 1, 2, 1, 2, 1, 2, 1, 1}));
    QCOMPARE(overlapInterior(a), (Range{2, 7}));
    QVERIFY(!overlapIsEven(a));
}

void TestCheckerboard::kernel4Stride2IsEvenInside()
{
    const AxisGeometry a = axis(4, 4, 2);

    const std::vector<int> counts = transposedOverlap1d(a);

    QCOMPARE(counts, (std::vector<int>{1, 1, 2, 2, 2, 2, 2, 2, 1, 1}));
    QCOMPARE(overlapInterior(a), (Range{3, 7}));
    QVERIFY(overlapIsEven(a));
    // Padding 1 crops one cell each side; the interior moves with it.
    const AxisGeometry padded = axis(4, 4, 2, 1, 1);
    QCOMPARE(transposedOverlap1d(padded), (std::vector<int>{1, 2, 2, 2, 2, 2, 2, 1}));
    QCOMPARE(overlapInterior(padded), (Range{2, 6}));
}

// k = 2, s = 2, d = 2: taps land on 2n and 2n + 2, both even: odd cells get nothing, though
// s divides k.
void TestCheckerboard::dilationSharingAFactorWithTheStrideLeavesHoles()
{
    const AxisGeometry a = axis(4, 2, 2, 2);

    QCOMPARE(transposedOverlap1d(a), (std::vector<int>{1, 0, 2, 0, 2, 0, 2, 0, 1}));
    QVERIFY(!overlapIsEven(a));
    // d = 3 is prime to s = 2: the taps land on both phases, evenly.
    const AxisGeometry odd = axis(4, 2, 2, 3);
    QCOMPARE(transposedOverlap1d(odd), (std::vector<int>{1, 0, 1, 1, 1, 1, 1, 1, 0, 1}));
    QVERIFY(overlapIsEven(odd));

    const OverlapMap map = transposedOverlapMap({4, 4}, {2, 2}, strided(2, 2));
    QCOMPARE(map.uniformity.interiorMinimum, 0.0);
    QCOMPARE(map.uniformity.interiorMaximum, 4.0);
    QCOMPARE(map.uniformity.interiorContrast(), 1.0);
}

void TestCheckerboard::twoDimensionalKernel3Stride2IsACheckerboard()
{
    const OverlapMap map = transposedOverlapMap({3, 3}, {3, 3}, strided(2));

    // Rows and columns alternate 1, 2 inside: products 1, 2, 4.
    const cv::Mat expected = grid(7, {1, 1, 2, 1, 2, 1, 1, //
                                      1, 1, 2, 1, 2, 1, 1, //
                                      2, 2, 4, 2, 4, 2, 2, //
                                      1, 1, 2, 1, 2, 1, 1, //
                                      2, 2, 4, 2, 4, 2, 2, //
                                      1, 1, 2, 1, 2, 1, 1, //
                                      1, 1, 2, 1, 2, 1, 1});
    CONVLAB_COMPARE_MATS(map.counts, expected, 0);
    QCOMPARE(map.uniformity.interior, cv::Rect(2, 2, 3, 3));
    QCOMPARE(map.uniformity.interiorMinimum, 1.0);
    QCOMPARE(map.uniformity.interiorMaximum, 4.0);
    QCOMPARE(map.uniformity.minimum, 1.0);
    QVERIFY(!map.uniformity.uniformInterior);
    QVERIFY(!map.evenByRule);
}

void TestCheckerboard::overlapEqualsTransposedConvOfOnesAndBruteForceOnRandomCases()
{
    std::mt19937 rng(1501);
    TransposedRanges ranges;
    ranges.maxSide = 7;
    ranges.maxKernel = 6;
    int tested = 0, oneDimensional = 0;
    for (int trial = 0; trial < 400; ++trial) {
        TransposedCase t = randomTransposedCase(rng, ranges);
        if (trial % 4 == 0) { // a 1D signal: one row, a 1×k kernel
            t.input = t.input.row(0).clone();
            t.kernel = t.kernel.row(0).clone();
            t.params.stride.rows = t.params.dilation.rows = 1;
            t.params.padding.top = t.params.padding.bottom = t.params.outputPadding.rows = 0;
        }
        const cv::Size out = t.outputSize();
        if (out.width < 1 || out.height < 1)
            continue;
        const Pair in{t.input.rows, t.input.cols};
        const Pair k{t.kernel.rows, t.kernel.cols};

        const cv::Mat counts = transposedOverlap(in, k, t.params);

        const cv::Mat ones = cv::Mat::ones(t.input.size(), CV_32F);
        const cv::Mat kernelOnes = cv::Mat::ones(t.kernel.size(), CV_32F);
        CONVLAB_COMPARE_MATS(counts, transposedConv2d(ones, kernelOnes, t.params), 0);
        CONVLAB_COMPARE_MATS(counts, bruteForceOverlap(in, k, t.params, out), 0);
        ++tested;
        oneDimensional += in.rows == 1;
    }
    QVERIFY2(tested > 300, qPrintable(QString::number(tested)));
    QVERIFY(oneDimensional > 50);
}

// Where the interior holds at least one full period (s cells) on each axis, the brute-force
// map is flat inside exactly when the rule says so.
void TestCheckerboard::evenRuleMatchesTheMapOnRandomCases()
{
    std::mt19937 rng(1502);
    RandomInt pick(rng);
    int even = 0, uneven = 0;
    for (int trial = 0; trial < 600; ++trial) {
        TransposedParams p;
        p.stride = {pick(1, 4), pick(1, 4)};
        p.dilation = {pick(1, 3), pick(1, 3)};
        p.padding = {pick(0, 2), pick(0, 2), pick(0, 2), pick(0, 2)};
        const Pair in{pick(3, 9), pick(3, 9)};
        const Pair k{pick(1, 6), pick(1, 6)};
        const cv::Size out(transposedOutputSide(in.cols, k.cols, p.stride.cols, p.padding.left,
                                                p.padding.right, p.dilation.cols, 0),
                           transposedOutputSide(in.rows, k.rows, p.stride.rows, p.padding.top,
                                                p.padding.bottom, p.dilation.rows, 0));
        if (out.width < 1 || out.height < 1)
            continue;

        const OverlapMap map = transposedOverlapMap(in, k, p);

        const cv::Rect inside = map.uniformity.interior;
        if (inside.height < p.stride.rows || inside.width < p.stride.cols)
            continue;
        const cv::Mat reference = bruteForceOverlap(in, k, p, out)(inside);
        double low, high;
        cv::minMaxLoc(reference, &low, &high);
        QCOMPARE(map.uniformity.uniformInterior, low == high);
        QCOMPARE(map.evenByRule, low == high);
        QCOMPARE(map.uniformity.interiorMinimum, low);
        QCOMPARE(map.uniformity.interiorMaximum, high);
        (low == high ? even : uneven)++;
    }
    QVERIFY2(even > 30 && uneven > 30, qPrintable(QStringLiteral("%1 %2").arg(even).arg(uneven)));
}

void TestCheckerboard::constantInputThroughConstantKernelIsScaledOverlap()
{
    TransposedParams p = strided(3);
    p.padding = Padding::uniform(1);

    const CheckerboardFigure figure =
        checkerboardFigure({5, 6}, {4, 4}, p, ResizeMode::Nearest, 0.5f, 2.f);

    cv::Mat expected;
    figure.overlap.counts.convertTo(expected, CV_32F, 0.5 * 2.0);
    CONVLAB_COMPARE_MATS(figure.transposedOutput, expected, 1e-6);
    QVERIFY(!figure.transposedUniformity.uniformInterior); // 3 does not divide 4
    QCOMPARE(figure.transposedUniformity.interiorMinimum, 1.0 * 1 * 1);
    QCOMPARE(figure.transposedUniformity.interiorMaximum, 1.0 * 2 * 2);
    // Resized by the stride then convolved: 15 × 18, flat wherever no padding is read.
    QCOMPARE(figure.resized.output.size(), cv::Size(18, 15));
    QVERIFY(figure.resizedUniformity.uniformInterior);
    QCOMPARE(figure.resizedUniformity.interiorMaximum, 0.5 * 2.0 * 16);
    QCOMPARE(figure.resizedUniformity.interiorContrast(), 0.0);
}

void TestCheckerboard::resizeConvOfAConstantIsFlatInside_data()
{
    QTest::addColumn<int>("mode");
    QTest::addRow("nearest") << int(ResizeMode::Nearest);
    QTest::addRow("bilinear") << int(ResizeMode::Bilinear);
}

void TestCheckerboard::resizeConvOfAConstantIsFlatInside()
{
    QFETCH(int, mode);
    for (const int k : {2, 3, 5})
        for (const int s : {2, 3}) {
            const CheckerboardFigure figure =
                checkerboardFigure({6, 5}, {k, k}, strided(s), ResizeMode(mode));

            QVERIFY(figure.resizedUniformity.uniformInterior);
            // k² cells of 1 (bilinear weights sum to 1 within float rounding)
            QVERIFY(std::abs(figure.resizedUniformity.interiorMinimum - k * k) < 1e-5);
            QCOMPARE(figure.transposedUniformity.uniformInterior, k % s == 0);
        }
}

void TestCheckerboard::resizeConvIsResizeThenSamePaddedConv()
{
    std::mt19937 rng(1503);
    const cv::Mat input = randomMat(rng, 5, 7);
    const cv::Mat kernel = randomMat(rng, 4, 3);

    for (const ResizeMode mode : {ResizeMode::Nearest, ResizeMode::Bilinear}) {
        const ResizeConv result = resizeConv(input, kernel, {2, 3}, mode);

        cv::Mat upsampled;
        cv::resize(input, upsampled, cv::Size(21, 10), 0, 0,
                   mode == ResizeMode::Nearest ? cv::INTER_NEAREST : cv::INTER_LINEAR);
        CONVLAB_COMPARE_MATS(result.upsampled, upsampled, 0);
        // "same" for k = 4: 3 cells of padding, 1 before and 2 after; k = 3: 1 and 1.
        QCOMPARE(result.padding, (Padding{1, 2, 1, 1}));
        ConvParams params;
        params.padding = result.padding;
        CONVLAB_COMPARE_MATS(result.output, bruteForceConv(upsampled, kernel, params), 1e-5);
        QCOMPARE(result.interior, cv::Rect(1, 1, 19, 7));
    }
    // Nearest repeats each cell s times: the upsampled grid is the input's blocks.
    const ResizeConv nearest = resizeConv(input, kernel, {2, 3}, ResizeMode::Nearest);
    QCOMPARE(nearest.upsampled.at<float>(3, 8), input.at<float>(1, 2));
}

void TestCheckerboard::uniformitySummarisesAMap()
{
    const cv::Mat map = grid(3, {0, 1, 0, //
                                 5, 3, 3, //
                                 0, 3, 9});

    const MapUniformity flat = mapUniformity(map, cv::Rect(1, 1, 2, 1));
    const MapUniformity bumpy = mapUniformity(map, cv::Rect(1, 1, 2, 2));
    const MapUniformity none = mapUniformity(map, cv::Rect());

    QCOMPARE(flat.minimum, 0.0);
    QCOMPARE(flat.maximum, 9.0);
    QVERIFY(flat.uniformInterior);
    QCOMPARE(flat.interiorContrast(), 0.0);
    QVERIFY(!bumpy.uniformInterior);
    QCOMPARE(bumpy.interiorContrast(), (9.0 - 3.0) / 9.0);
    QVERIFY(!none.uniformInterior);
    QCOMPARE(messageOf([&] { mapUniformity(map, cv::Rect(2, 2, 2, 2)); }),
             QStringLiteral("uniformity: the interior lies outside the map"));
}

void TestCheckerboard::checkerboardEnergyOfPurePatterns()
{
    cv::Mat board(6, 8, CV_32F), rows(6, 8, CV_32F);
    for (int i = 0; i < 6; ++i)
        for (int j = 0; j < 8; ++j) {
            board.at<float>(i, j) = (i + j) % 2 ? -0.5f : 0.5f;
            rows.at<float>(i, j) = i % 2 ? -0.25f : 0.25f;
        }

    QCOMPARE(checkerboardEnergy(cv::Mat(6, 8, CV_32F, cv::Scalar(3)), {2, 2}), 0.0);
    QCOMPARE(checkerboardEnergy(board + 7, {2, 2}), 0.25);
    QCOMPARE(checkerboardEnergy(board + rows, {2, 2}), 0.25 + 0.0625);
    // With a period along the rows alone, the checkerboard's columns cancel: no (−1)^i part.
    CONVLAB_COMPARE_MATS(phaseMeans(board, {2, 1}), grid(2, {0, 0}), 1e-12);
    CONVLAB_COMPARE_MATS(phaseMeans(rows, {2, 1}), grid(2, {0.25f, -0.25f}), 1e-12);
    // The overlap of k = 3, s = 2 inside: rows and columns alternate 2, 1 → products 4, 2, 2, 1.
    const cv::Mat inside =
        transposedOverlapMap({5, 5}, {3, 3}, strided(2)).counts(cv::Rect(2, 2, 8, 8));
    CONVLAB_COMPARE_MATS(phaseMeans(inside, {2, 2}), grid(2, {4, 2, 2, 1}), 1e-12);
    QCOMPARE(checkerboardEnergy(inside, {2, 2}), (4 * 4 + 2 * 2 + 2 * 2 + 1) / 4.0 - 2.25 * 2.25);
}

// Σ over the s_r·s_c − 1 non-zero harmonics (k·N/s) of |DFT / N|², written as the sum.
void TestCheckerboard::checkerboardEnergyIsTheStridesHarmonicsOnRandomMaps()
{
    std::mt19937 rng(1512);
    RandomInt pick(rng);
    for (int trial = 0; trial < 40; ++trial) {
        const Pair s{pick(1, 3), pick(1, 3)};
        const cv::Mat map = randomMat(rng, s.rows * pick(1, 5), s.cols * pick(1, 5));
        double expected = 0;
        for (int k = 0; k < s.rows; ++k)
            for (int l = 0; l < s.cols; ++l) {
                if (k == 0 && l == 0)
                    continue;
                double re = 0, im = 0;
                for (int i = 0; i < map.rows; ++i)
                    for (int j = 0; j < map.cols; ++j) {
                        const double angle =
                            -2 * CV_PI * (double(k * i) / s.rows + double(l * j) / s.cols);
                        re += map.at<float>(i, j) * std::cos(angle);
                        im += map.at<float>(i, j) * std::sin(angle);
                    }
                expected += (re * re + im * im) / (double(map.total()) * double(map.total()));
            }

        QVERIFY(std::abs(checkerboardEnergy(map, s) - expected) < 1e-9);
    }
}

void TestCheckerboard::refusesImpossibleGeometry()
{
    TransposedParams p;
    p.padding = Padding::uniform(3);

    QCOMPARE(messageOf([&] {
                 transposedOverlap({2, 2}, {2, 2}, p);
             }),
             QStringLiteral("padding 3 + 3 crops the whole output: o = (2-1)·1 - 3 - 3 + 1·(2-1) "
                            "+ 0 + 1 = -3 (rows)"));
    QCOMPARE(messageOf([&] { transposedOverlap1d(axis(4, 0, 2)); }),
             QStringLiteral("kernel size 0 must be at least 1"));
    QCOMPARE(messageOf([&] {
                 resizeConv(cv::Mat::ones(2, 2, CV_32F), grid(1, {1}), {0, 2}, ResizeMode::Nearest);
             }),
             QStringLiteral("resize-convolution: scale 0×2 must be at least 1"));
    QCOMPARE(messageOf([&] {
                 checkerboardEnergy(cv::Mat::ones(2, 2, CV_32F), {3, 1});
             }),
             QStringLiteral("phase means: stride 3×1 must be at least 1 and fit in the 2×2 map"));
    QCOMPARE(toString(ResizeMode::Nearest), std::string("nearest"));
    QVERIFY(resizeModeFromString(toString(ResizeMode::Bilinear)) == ResizeMode::Bilinear);
    QCOMPARE(messageOf([] { resizeModeFromString("cubic"); }),
             QStringLiteral("unknown resize mode 'cubic' (expected nearest or bilinear)"));
}

QTEST_APPLESS_MAIN(TestCheckerboard)
#include "tst_checkerboard.moc"
