// SPDX-License-Identifier: MIT
#include "Error.h"
#include "TestData.h"
#include "engine/CorrelationEngine.h"
#include "engine/CostModel.h"
#include "engine/DirectCorrelation.h"
#include "engine/SeparableKernel.h"
#include "engine/Stripes.h"
#include "engine/TransposedCorrelation.h"
#include "engine/WindowSums.h"

#include <QTest>
#include <algorithm>
#include <atomic>
#include <cmath>
#include <functional>
#include <mutex>
#include <opencv2/imgproc.hpp>
#include <random>
#include <set>
#include <thread>
#include <vector>

using namespace convlab;

Q_DECLARE_METATYPE(convlab::Engine)
Q_DECLARE_METATYPE(convlab::Pair)
Q_DECLARE_METATYPE(cv::Size)
Q_DECLARE_METATYPE(convlab::Padding)

namespace {

// The definition, summed in double: out[i,j] = Σ x[i·sr + u·dr, j·sc + v·dc] · w[u,v], and
// beside it Σ |x|·|w| over the same window, the scale float rounding errors are relative to.
struct BruteForce {
    cv::Mat expected;
    cv::Mat magnitude;
};

BruteForce bruteCorrelation(const cv::Mat& x, const cv::Mat& w, Pair s, Pair d)
{
    const int rows = (x.rows - d.rows * (w.rows - 1) - 1) / s.rows + 1;
    const int cols = (x.cols - d.cols * (w.cols - 1) - 1) / s.cols + 1;
    BruteForce result{cv::Mat(rows, cols, CV_32F), cv::Mat(rows, cols, CV_64F)};
    for (int i = 0; i < rows; ++i)
        for (int j = 0; j < cols; ++j) {
            double sum = 0, magnitude = 0;
            for (int u = 0; u < w.rows; ++u)
                for (int v = 0; v < w.cols; ++v) {
                    const double product =
                        double(x.at<float>(i * s.rows + u * d.rows, j * s.cols + v * d.cols)) *
                        w.at<float>(u, v);
                    sum += product;
                    magnitude += std::abs(product);
                }
            result.expected.at<float>(i, j) = float(sum);
            result.magnitude.at<double>(i, j) = magnitude;
        }
    return result;
}

// conv_transpose2d as its definition reads: input n stamps value × kernel at n·s + u·d - p.
BruteForce bruteScatter(const cv::Mat& x, const cv::Mat& w, Pair s, Pair d, const Padding& p,
                        Pair a)
{
    const int rows = (x.rows - 1) * s.rows - p.top - p.bottom + d.rows * (w.rows - 1) + a.rows + 1;
    const int cols = (x.cols - 1) * s.cols - p.left - p.right + d.cols * (w.cols - 1) + a.cols + 1;
    cv::Mat sum = cv::Mat::zeros(rows, cols, CV_64F);
    BruteForce result{cv::Mat(), cv::Mat::zeros(rows, cols, CV_64F)};
    for (int n = 0; n < x.rows; ++n)
        for (int m = 0; m < x.cols; ++m)
            for (int u = 0; u < w.rows; ++u)
                for (int v = 0; v < w.cols; ++v) {
                    const int r = n * s.rows + u * d.rows - p.top;
                    const int c = m * s.cols + v * d.cols - p.left;
                    if (r < 0 || r >= rows || c < 0 || c >= cols)
                        continue;
                    const double product = double(x.at<float>(n, m)) * w.at<float>(u, v);
                    sum.at<double>(r, c) += product;
                    result.magnitude.at<double>(r, c) += std::abs(product);
                }
    sum.convertTo(result.expected, CV_32F);
    return result;
}

// Float32 rounding bounds: the direct and separable sums round relative to their own window,
// Σ|x|·|w|; a float FFT rounds relative to the whole tile's energy, so its bound is relative
// to the largest window magnitude of the map (cells whose window is nearly all zero border
// get absolute, not relative, accuracy).
struct Tolerance {
    double perWindow;
    double ofLargestWindow;
};

// Fails unless every cell is within the tolerance of the double sum, naming the worst cell.
#define COMPARE_TO_BRUTE_FORCE(actual, brute, tolerance)                                           \
    do {                                                                                           \
        const cv::Mat a_ = (actual);                                                               \
        const BruteForce& b_ = (brute);                                                            \
        const Tolerance t_ = (tolerance);                                                          \
        QCOMPARE(a_.size(), b_.expected.size());                                                   \
        double largest_ = 0;                                                                       \
        cv::minMaxLoc(b_.magnitude, nullptr, &largest_);                                           \
        double excess_ = 0;                                                                        \
        cv::Point worst_;                                                                          \
        for (int i_ = 0; i_ < a_.rows; ++i_)                                                       \
            for (int j_ = 0; j_ < a_.cols; ++j_) {                                                 \
                const double error_ =                                                              \
                    std::abs(double(a_.at<float>(i_, j_)) - b_.expected.at<float>(i_, j_));        \
                const double bound_ = t_.perWindow * b_.magnitude.at<double>(i_, j_) +             \
                                      t_.ofLargestWindow * largest_;                               \
                if (!(error_ <= bound_) && !(error_ - bound_ <= excess_)) {                        \
                    excess_ = std::isnan(error_) ? INFINITY : error_ - bound_;                     \
                    worst_ = {j_, i_};                                                             \
                }                                                                                  \
            }                                                                                      \
        if (excess_ > 0)                                                                           \
            QFAIL(qPrintable(QStringLiteral("cell (row %1, col %2): %3 instead of %4")             \
                                 .arg(worst_.y)                                                    \
                                 .arg(worst_.x)                                                    \
                                 .arg(double(a_.at<float>(worst_)), 0, 'g', 9)                     \
                                 .arg(double(b_.expected.at<float>(worst_)), 0, 'g', 9)));         \
    } while (false)

// A rank-1 kernel: the outer product of two random vectors, rounded to float.
cv::Mat separableKernel(std::mt19937& rng, int rows, int cols)
{
    const cv::Mat column = test::randomMat(rng, rows, 1);
    const cv::Mat row = test::randomMat(rng, 1, cols);
    return column * row;
}

cv::Mat withEngine(const cv::Mat& x, const cv::Mat& w, Pair s, Pair d, Engine engine)
{
    return correlateValid(x, w, {s, d, engine});
}

QString messageOf(const std::function<void()>& action)
{
    try {
        action();
    } catch (const Error& e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

Tolerance toleranceFor(Engine engine)
{
    if (engine == Engine::Fft || engine == Engine::Auto)
        return {0, 1e-5};
    return {2e-6, 0};
}

} // namespace

class TestCorrelationEngine : public QObject {
    Q_OBJECT

  private slots:
    void handComputedStrideAndDilation_data();
    void handComputedStrideAndDilation();
    void matchesBruteForce_data();
    void matchesBruteForce();
    void columnStrideMethodsMatchBruteForce_data();
    void columnStrideMethodsMatchBruteForce();
    void readsRegionsOfInterest_data();
    void readsRegionsOfInterest();
    void fftCoversSeveralTilesWithPartialEdges();
    void detectsRankOneKernels();
    void separableEngineRefusesOtherKernels();
    void cachedSpectrumFollowsKernelChanges();
    void cachedSpectrumFollowsImageSize();
    void concurrentCallsGetTheirOwnResults();
    void singleThreadScopeKeepsTheWorkOnTheCallingThread();
    void autoPicksTheCheapPath();
    void fftLowerBoundNeverExceedsTheBestTiling();
    void refusesImpossibleGeometry();
    void windowSumsMatchBruteForce();
    void transposedMatchesScatter_data();
    void transposedMatchesScatter();
    void transposedRefusesEmptyOutput();
};

void TestCorrelationEngine::handComputedStrideAndDilation_data()
{
    QTest::addColumn<Engine>("engine");
    QTest::addRow("direct") << Engine::Direct;
    QTest::addRow("separable") << Engine::Separable;
    QTest::addRow("fft") << Engine::Fft;
    QTest::addRow("auto") << Engine::Auto;
}

// x[r,c] = 5r + c on 5×5, stride 2, dilation 2 (extent 3): 2×2 outputs, window top-left
// b = x[2i, 2j] = 10i + 2j, taps at b, b+2, b+10, b+12.
void TestCorrelationEngine::handComputedStrideAndDilation()
{
    QFETCH(Engine, engine);
    cv::Mat x(5, 5, CV_32F);
    for (int r = 0; r < 5; ++r)
        for (int c = 0; c < 5; ++c)
            x.at<float>(r, c) = float(5 * r + c);

    // [[1, 2], [2, 4]] = [1, 2]ᵀ[1, 2]: b + 2(b+2) + 2(b+10) + 4(b+12) = 9b + 72.
    const cv::Mat rankOne = (cv::Mat_<float>(2, 2) << 1, 2, 2, 4);
    const cv::Mat expectedRankOne = (cv::Mat_<float>(2, 2) << 72, 90, 162, 180);
    CONVLAB_COMPARE_MATS(withEngine(x, rankOne, {2, 2}, {2, 2}, engine), expectedRankOne, 1e-5);

    if (engine == Engine::Separable)
        return;
    // [[1, 2], [3, 4]]: b + 2(b+2) + 3(b+10) + 4(b+12) = 10b + 82.
    const cv::Mat full = (cv::Mat_<float>(2, 2) << 1, 2, 3, 4);
    const cv::Mat expected = (cv::Mat_<float>(2, 2) << 82, 102, 182, 202);
    CONVLAB_COMPARE_MATS(withEngine(x, full, {2, 2}, {2, 2}, engine), expected, 1e-5);
}

void TestCorrelationEngine::matchesBruteForce_data()
{
    QTest::addColumn<Engine>("engine");
    QTest::addColumn<cv::Size>("image");
    QTest::addColumn<cv::Size>("kernel");
    QTest::addColumn<Pair>("stride");
    QTest::addColumn<Pair>("dilation");
    QTest::addColumn<bool>("separable");
    QTest::addColumn<unsigned>("seed");

    struct Named {
        const char* name;
        Engine engine;
    };
    const Named engines[] = {{"direct", Engine::Direct},
                             {"separable", Engine::Separable},
                             {"fft", Engine::Fft},
                             {"auto", Engine::Auto}};

    // Edge cases first, then random ones; sizes as cv::Size(width, height).
    struct Fixed {
        const char* name;
        cv::Size image, kernel;
        Pair stride, dilation;
    };
    const Fixed fixed[] = {
        {"1x1 kernel", {37, 23}, {1, 1}, {1, 1}, {1, 1}},
        {"1x1 kernel strided", {37, 23}, {1, 1}, {3, 2}, {1, 1}},
        {"kernel fills the image", {17, 9}, {17, 9}, {1, 1}, {1, 1}},
        {"1x64 row", {90, 12}, {64, 1}, {1, 2}, {1, 1}},
        {"64x1 column", {12, 90}, {1, 64}, {2, 1}, {1, 1}},
        {"64x64", {96, 80}, {64, 64}, {1, 1}, {1, 1}},
        {"64x64 strided", {130, 101}, {64, 64}, {5, 3}, {1, 1}},
        {"stride beyond the kernel", {61, 47}, {3, 3}, {7, 5}, {1, 1}},
        {"non-square dilated", {70, 50}, {5, 3}, {1, 2}, {3, 2}},
        {"stride 4, 5x5", {201, 157}, {5, 5}, {4, 4}, {1, 1}},
        {"tall kernel", {400, 70}, {3, 64}, {1, 1}, {1, 1}},
        {"strided dilated tall kernel", {900, 50}, {5, 32}, {2, 3}, {1, 2}},
    };

    std::mt19937 rng(20240611);
    auto pick = [&rng](int low, int high) {
        return std::uniform_int_distribution<int>(low, high)(rng);
    };
    for (const Named& e : engines) {
        for (const Fixed& f : fixed)
            for (bool separable : {false, true}) {
                if (e.engine == Engine::Separable && !separable)
                    continue;
                QTest::addRow("%s/%s%s", e.name, f.name, separable ? "/rank 1" : "")
                    << e.engine << f.image << f.kernel << f.stride << f.dilation << separable
                    << unsigned(rng());
            }
        for (int n = 0; n < 12; ++n) {
            // Kernels from 1×1 to 64×64, small ones more often; images a little larger than
            // the dilated kernel, so that the double brute force stays quick in Debug.
            const int bound = n % 3 == 0 ? 64 : n % 3 == 1 ? 16 : 5;
            const cv::Size kernel(pick(1, bound), pick(1, bound));
            const Pair dilation{pick(1, bound > 16 ? 2 : 3), pick(1, bound > 16 ? 2 : 3)};
            const Pair stride{pick(1, 5), pick(1, 5)};
            const int extra = bound > 16 ? 40 : 150;
            const cv::Size image(dilation.cols * (kernel.width - 1) + 1 + pick(0, extra),
                                 dilation.rows * (kernel.height - 1) + 1 + pick(0, extra));
            const bool separable = e.engine == Engine::Separable || n % 2 == 1;
            QTest::addRow("%s/random %d: %dx%d image, %dx%d kernel, stride %d,%d, dilation %d,%d%s",
                          e.name, n, image.height, image.width, kernel.height, kernel.width,
                          stride.rows, stride.cols, dilation.rows, dilation.cols,
                          separable ? ", rank 1" : "")
                << e.engine << image << kernel << stride << dilation << separable
                << unsigned(rng());
        }
    }
}

void TestCorrelationEngine::matchesBruteForce()
{
    QFETCH(Engine, engine);
    QFETCH(cv::Size, image);
    QFETCH(cv::Size, kernel);
    QFETCH(Pair, stride);
    QFETCH(Pair, dilation);
    QFETCH(bool, separable);
    QFETCH(unsigned, seed);

    std::mt19937 rng(seed);
    const cv::Mat x = test::randomMat(rng, image.height, image.width);
    const cv::Mat w = separable ? separableKernel(rng, kernel.height, kernel.width)
                                : test::randomMat(rng, kernel.height, kernel.width);
    const cv::Mat actual = withEngine(x, w, stride, dilation, engine);
    const BruteForce brute = bruteCorrelation(x, w, stride, dilation);
    COMPARE_TO_BRUTE_FORCE(actual, brute, toleranceFor(engine));
    if (engine == Engine::Fft) {
        // The bound template matching relies on to find the cells the FFT cannot resolve.
        const double scale = fftRoundoffScale(x, w, {stride, dilation, Engine::Fft});
        QVERIFY(scale > 0);
        QVERIFY2(cv::norm(actual, brute.expected, cv::NORM_INF) <= kFftRoundoff * scale,
                 qPrintable(QStringLiteral("error %1, bound %2")
                                .arg(cv::norm(actual, brute.expected, cv::NORM_INF))
                                .arg(kFftRoundoff * scale)));
    } else if (engine != Engine::Auto) {
        QCOMPARE(fftRoundoffScale(x, w, {stride, dilation, engine}), 0.0);
    }
}

Q_DECLARE_METATYPE(convlab::engine::ColumnStrideMethod)

// Zero weights of a kernel, but for its middle row: none, all but the middle column (a
// Laplacian-like cross), or all but the last column.
enum class KernelZeros { None, Cross, LastColumn };
Q_DECLARE_METATYPE(KernelZeros)

void TestCorrelationEngine::columnStrideMethodsMatchBruteForce_data()
{
    using Method = engine::ColumnStrideMethod;
    QTest::addColumn<cv::Size>("image");
    QTest::addColumn<cv::Size>("kernel");
    QTest::addColumn<Pair>("stride");
    QTest::addColumn<Pair>("dilation");
    QTest::addColumn<KernelZeros>("zeros");
    QTest::addColumn<Method>("method");
    // Sizes as cv::Size(width, height). Widths chosen so that the vector blocks end exactly,
    // end with an overlapping block, leave columns past the last safe vector, or are too short
    // for a single vector; with groups summed in registers, so that the last one or two blocks
    // of 16 outputs read copies of the rows' ends.
    QTest::addRow("5x5 stride 4, blocks end exactly")
        << cv::Size(133, 40) << cv::Size(5, 5) << Pair{4, 4} << Pair{1, 1} << KernelZeros::None
        << Method::WeightByPhaseInRegisters;
    QTest::addRow("5x5 stride 4, full HD width")
        << cv::Size(1920, 41) << cv::Size(5, 5) << Pair{4, 4} << Pair{1, 1} << KernelZeros::None
        << Method::WeightByPhaseInRegisters;
    QTest::addRow("6x6 stride 4, two blocks from copies")
        << cv::Size(203, 30) << cv::Size(6, 6) << Pair{4, 4} << Pair{1, 1} << KernelZeros::None
        << Method::WeightByPhaseInRegisters;
    QTest::addRow("4x4 stride 4, no far columns")
        << cv::Size(150, 21) << cv::Size(4, 4) << Pair{4, 4} << Pair{1, 1} << KernelZeros::None
        << Method::WeightByPhaseInRegisters;
    QTest::addRow("3x3 stride 2") << cv::Size(181, 26) << cv::Size(3, 3) << Pair{2, 2} << Pair{1, 1}
                                  << KernelZeros::None << Method::WeightByPhaseInRegisters;
    QTest::addRow("4x4 stride 2: windows two strides wide")
        << cv::Size(177, 19) << cv::Size(4, 4) << Pair{2, 2} << Pair{1, 1} << KernelZeros::None
        << Method::WeightByPhaseInRegisters;
    QTest::addRow("8x8 stride 4: windows two strides wide")
        << cv::Size(299, 27) << cv::Size(8, 8) << Pair{4, 4} << Pair{1, 1} << KernelZeros::None
        << Method::WeightByPhaseInRegisters;
    QTest::addRow("3x3 stride 2, narrower than a block")
        << cv::Size(19, 9) << cv::Size(3, 3) << Pair{2, 2} << Pair{1, 1} << KernelZeros::None
        << Method::WeightByPhaseInRegisters;
    QTest::addRow("3x2, columns dilated by the stride 4")
        << cv::Size(260, 17) << cv::Size(2, 3) << Pair{4, 4} << Pair{1, 4} << KernelZeros::None
        << Method::WeightByPhaseInRegisters;
    QTest::addRow("narrow: no whole vector")
        << cv::Size(14, 20) << cv::Size(3, 3) << Pair{3, 3} << Pair{1, 1} << KernelZeros::None
        << Method::WeightByPhase;
    QTest::addRow("stride 3, period not dividing 16")
        << cv::Size(301, 31) << cv::Size(7, 4) << Pair{2, 3} << Pair{1, 1} << KernelZeros::None
        << Method::WeightByPhase;
    QTest::addRow("stride 3, overlapping last block")
        << cv::Size(1001, 12) << cv::Size(4, 4) << Pair{3, 3} << Pair{1, 1} << KernelZeros::None
        << Method::WeightByPhase;
    QTest::addRow("dilated columns") << cv::Size(257, 33) << cv::Size(4, 3) << Pair{3, 2}
                                     << Pair{2, 3} << KernelZeros::None << Method::WeightByPhase;
    QTest::addRow("sparse kernel, stride 4")
        << cv::Size(190, 29) << cv::Size(5, 5) << Pair{4, 4} << Pair{1, 1} << KernelZeros::Cross
        << Method::WeightByPhaseInRegisters;
    QTest::addRow("last columns only, stride 4: rows with far weights alone")
        << cv::Size(170, 23) << cv::Size(5, 5) << Pair{4, 4} << Pair{1, 1}
        << KernelZeros::LastColumn << Method::WeightByPhaseInRegisters;
    QTest::addRow("sparse kernel, stride 3")
        << cv::Size(190, 29) << cv::Size(5, 5) << Pair{3, 3} << Pair{1, 1} << KernelZeros::Cross
        << Method::WeightByPhase;
    QTest::addRow("5x5, row stride 1, column stride 2")
        << cv::Size(171, 24) << cv::Size(5, 5) << Pair{1, 2} << Pair{1, 1} << KernelZeros::None
        << Method::SplitPhases;
    QTest::addRow("sparse kernel, column stride 2")
        << cv::Size(150, 22) << cv::Size(7, 7) << Pair{1, 2} << Pair{1, 1} << KernelZeros::Cross
        << Method::SplitPhases;
    QTest::addRow("no column stride") << cv::Size(90, 30) << cv::Size(5, 5) << Pair{3, 1}
                                      << Pair{1, 1} << KernelZeros::None << Method::None;
}

// Every way of handling a column stride gives the brute-force sums, whichever the cost picks.
void TestCorrelationEngine::columnStrideMethodsMatchBruteForce()
{
    QFETCH(cv::Size, image);
    QFETCH(cv::Size, kernel);
    QFETCH(Pair, stride);
    QFETCH(Pair, dilation);
    QFETCH(KernelZeros, zeros);
    QFETCH(engine::ColumnStrideMethod, method);
    std::mt19937 rng(static_cast<unsigned>(image.area() + kernel.area()));
    const cv::Mat x = test::randomMat(rng, image.height, image.width);
    cv::Mat w = test::randomMat(rng, kernel.height, kernel.width);
    for (int u = 0; u < w.rows; ++u)
        for (int v = 0; v < w.cols; ++v)
            if (u != w.rows / 2 && ((zeros == KernelZeros::Cross && v != w.cols / 2) ||
                                    (zeros == KernelZeros::LastColumn && v != w.cols - 1)))
                w.at<float>(u, v) = 0.f;
    const engine::CorrelationShape shape{x.size(), w.size(), stride, dilation};
    QVERIFY(engine::columnStrideMethod(w, shape) == method);
    COMPARE_TO_BRUTE_FORCE(withEngine(x, w, stride, dilation, Engine::Direct),
                           bruteCorrelation(x, w, stride, dilation), toleranceFor(Engine::Direct));
}

void TestCorrelationEngine::readsRegionsOfInterest_data()
{
    handComputedStrideAndDilation_data();
}

// Rows of an ROI are not contiguous: every path must follow the step, not assume cols.
void TestCorrelationEngine::readsRegionsOfInterest()
{
    QFETCH(Engine, engine);
    std::mt19937 rng(7);
    const cv::Mat big = test::randomMat(rng, 90, 120);
    const cv::Mat x = big(cv::Rect(13, 9, 71, 58));
    const cv::Mat kernelBig = separableKernel(rng, 12, 14);
    const cv::Mat w = kernelBig(cv::Rect(2, 1, 9, 7));
    QVERIFY(!x.isContinuous() && !w.isContinuous());
    COMPARE_TO_BRUTE_FORCE(withEngine(x, w, {2, 3}, {1, 2}, engine),
                           bruteCorrelation(x, w, {2, 3}, {1, 2}), toleranceFor(engine));
}

// The overlap-save bookkeeping (tile origins, last partial tiles, stride phase of each tile)
// only shows when the image spans several tiles both ways.
void TestCorrelationEngine::fftCoversSeveralTilesWithPartialEdges()
{
    std::mt19937 rng(11);
    const cv::Mat x = test::randomMat(rng, 331, 467);
    const cv::Mat w = test::randomMat(rng, 9, 6);
    for (const Pair stride : {Pair{1, 1}, Pair{3, 2}, Pair{7, 5}}) {
        const engine::CorrelationShape shape{x.size(), w.size(), stride, {1, 1}};
        const engine::FftTiling tiling = engine::bestFftTiling(shape, 2);
        QVERIFY2(
            tiling.tilesDown > 1 && tiling.tilesAcross > 1,
            qPrintable(
                QStringLiteral("tiles %1 x %2").arg(tiling.tilesDown).arg(tiling.tilesAcross)));
        QVERIFY((331 - 9 + 1) % tiling.step.height != 0 || (467 - 6 + 1) % tiling.step.width != 0);
        COMPARE_TO_BRUTE_FORCE(withEngine(x, w, stride, {1, 1}, Engine::Fft),
                               bruteCorrelation(x, w, stride, {1, 1}), toleranceFor(Engine::Fft));
    }
}

void TestCorrelationEngine::detectsRankOneKernels()
{
    std::mt19937 rng(3);
    const cv::Mat sobelX = (cv::Mat_<float>(3, 3) << -1, 0, 1, -2, 0, 2, -1, 0, 1);
    const cv::Mat laplacian = (cv::Mat_<float>(3, 3) << 0, 1, 0, 1, -4, 1, 0, 1, 0);
    cv::Mat gaussian;
    const cv::Mat g = cv::getGaussianKernel(15, 2.5, CV_32F);
    gaussian = g * g.t();

    for (const cv::Mat& k : {sobelX, gaussian, cv::Mat(cv::Mat::ones(5, 7, CV_32F) / 35.f),
                             test::randomMat(rng, 1, 9), test::randomMat(rng, 11, 1),
                             separableKernel(rng, 64, 64), cv::Mat(cv::Mat::ones(1, 1, CV_32F))}) {
        const auto factors = engine::separableFactors(k);
        QVERIFY(factors.has_value());
        QCOMPARE(factors->column.size(), cv::Size(1, k.rows));
        QCOMPARE(factors->row.size(), cv::Size(k.cols, 1));
        const cv::Mat product = factors->column * factors->row;
        QVERIFY(cv::norm(product - k, cv::NORM_INF) <= 1e-6 * cv::norm(k, cv::NORM_INF));
    }

    cv::Mat nearlyRankOne = separableKernel(rng, 8, 8);
    nearlyRankOne.at<float>(3, 5) += 1e-3f;
    for (const cv::Mat& k : {laplacian, test::randomMat(rng, 5, 5), test::randomMat(rng, 64, 64),
                             nearlyRankOne, cv::Mat(cv::Mat::zeros(4, 4, CV_32F))})
        QVERIFY(!engine::separableFactors(k).has_value());
}

void TestCorrelationEngine::separableEngineRefusesOtherKernels()
{
    std::mt19937 rng(5);
    const cv::Mat x = test::randomMat(rng, 20, 20);
    const QString message = messageOf([&] {
        withEngine(x, test::randomMat(rng, 4, 3), {1, 1}, {1, 1}, Engine::Separable);
    });
    QVERIFY2(message.contains("rank-1") && message.contains("4x3"), qPrintable(message));
}

// The spectrum is keyed on the kernel's values: a kernel edited in place (same buffer, as the
// patch editor does) must never get the old spectrum back.
void TestCorrelationEngine::cachedSpectrumFollowsKernelChanges()
{
    std::mt19937 rng(13);
    const cv::Mat x = test::randomMat(rng, 150, 170);
    cv::Mat w = test::randomMat(rng, 21, 17);
    const auto fft = [&](Pair dilation) { return withEngine(x, w, {1, 1}, dilation, Engine::Fft); };

    const FftCacheStatistics start = fftCacheStatistics();
    COMPARE_TO_BRUTE_FORCE(fft({1, 1}), bruteCorrelation(x, w, {1, 1}, {1, 1}),
                           toleranceFor(Engine::Fft));
    const FftCacheStatistics first = fftCacheStatistics();
    QCOMPARE(first.spectrumMisses, start.spectrumMisses + 1);

    // Same values again, even from another buffer: the spectrum is reused.
    const cv::Mat copy = w.clone();
    COMPARE_TO_BRUTE_FORCE(withEngine(x, copy, {1, 1}, {1, 1}, Engine::Fft),
                           bruteCorrelation(x, w, {1, 1}, {1, 1}), toleranceFor(Engine::Fft));
    const FftCacheStatistics reused = fftCacheStatistics();
    QCOMPARE(reused.spectrumHits, first.spectrumHits + 1);
    QCOMPARE(reused.spectrumMisses, first.spectrumMisses);

    // One tap edited in place: a new spectrum, and the new result.
    w.at<float>(10, 3) += 0.5f;
    COMPARE_TO_BRUTE_FORCE(fft({1, 1}), bruteCorrelation(x, w, {1, 1}, {1, 1}),
                           toleranceFor(Engine::Fft));
    QCOMPARE(fftCacheStatistics().spectrumMisses, reused.spectrumMisses + 1);

    // Same values, another dilation: another spectrum.
    COMPARE_TO_BRUTE_FORCE(fft({2, 3}), bruteCorrelation(x, w, {1, 1}, {2, 3}),
                           toleranceFor(Engine::Fft));
    QCOMPARE(fftCacheStatistics().spectrumMisses, reused.spectrumMisses + 2);

    // Back to the first dilation: still cached, still right.
    COMPARE_TO_BRUTE_FORCE(fft({1, 1}), bruteCorrelation(x, w, {1, 1}, {1, 1}),
                           toleranceFor(Engine::Fft));
    QCOMPARE(fftCacheStatistics().spectrumMisses, reused.spectrumMisses + 2);
}

// A new image size may change the tile size: the spectrum and plans must follow it.
void TestCorrelationEngine::cachedSpectrumFollowsImageSize()
{
    std::mt19937 rng(17);
    const cv::Mat w = test::randomMat(rng, 24, 24);
    for (const cv::Size size : {cv::Size(60, 40), cv::Size(190, 150), cv::Size(61, 41),
                                cv::Size(190, 150), cv::Size(24, 24)}) {
        const cv::Mat x = test::randomMat(rng, size.height, size.width);
        COMPARE_TO_BRUTE_FORCE(withEngine(x, w, {1, 1}, {1, 1}, Engine::Fft),
                               bruteCorrelation(x, w, {1, 1}, {1, 1}), toleranceFor(Engine::Fft));
    }
    QVERIFY(fftCacheStatistics().plans >= 2);
}

// Plans, spectra and workspaces are shared process-wide; concurrent callers (the window's
// worker and a benchmark, say) must each get their own, right, answer.
void TestCorrelationEngine::concurrentCallsGetTheirOwnResults()
{
    constexpr int kThreads = 4;
    std::vector<cv::Mat> images, kernels, actual(kThreads);
    std::vector<BruteForce> expected(kThreads);
    std::mt19937 rng(19);
    for (int t = 0; t < kThreads; ++t) {
        images.push_back(test::randomMat(rng, 90 + 7 * t, 110 - 5 * t));
        kernels.push_back(test::randomMat(rng, 15 + t, 13));
        expected[std::size_t(t)] = bruteCorrelation(images.back(), kernels.back(), {1, 1}, {1, 1});
    }
    std::atomic<int> failures = 0;
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t)
        threads.emplace_back([&, t] {
            try {
                for (int repeat = 0; repeat < 3; ++repeat)
                    actual[std::size_t(t)] =
                        withEngine(images[std::size_t(t)], kernels[std::size_t(t)], {1, 1}, {1, 1},
                                   Engine::Fft);
            } catch (...) {
                ++failures;
            }
        });
    for (std::thread& thread : threads)
        thread.join();
    QCOMPARE(failures.load(), 0);
    for (int t = 0; t < kThreads; ++t)
        COMPARE_TO_BRUTE_FORCE(actual[std::size_t(t)], expected[std::size_t(t)],
                               toleranceFor(Engine::Fft));
}

// The cost model's clear-cut decisions (README, "Performance").
// A live update runs on its own thread (engine::SingleThreadScope): the loops stay on the
// calling thread, every path still gives the brute-force answer, the setting nests and does not
// leak to other threads.
void TestCorrelationEngine::singleThreadScopeKeepsTheWorkOnTheCallingThread()
{
    QVERIFY(!engine::SingleThreadScope::active());
    QVERIFY(engine::stripeCount(1000) >= 4);
    {
        const engine::SingleThreadScope outer;
        {
            const engine::SingleThreadScope inner;
            QVERIFY(engine::SingleThreadScope::active());
        }
        QVERIFY(engine::SingleThreadScope::active());
        QCOMPARE(engine::stripeCount(1000), 1.0);
        QCOMPARE(engine::workerCount(), 1);

        bool activeElsewhere = true;
        std::thread([&] { activeElsewhere = engine::SingleThreadScope::active(); }).join();
        QVERIFY(!activeElsewhere);

        std::mutex lock;
        std::set<std::thread::id> threads;
        cv::parallel_for_(
            cv::Range(0, 1000),
            [&](const cv::Range&) {
                const std::lock_guard<std::mutex> guard(lock);
                threads.insert(std::this_thread::get_id());
            },
            engine::stripeCount(1000));
        QCOMPARE(threads.size(), std::size_t(1));
        QVERIFY(*threads.begin() == std::this_thread::get_id());

        std::mt19937 rng(2026);
        for (const Engine path : {Engine::Direct, Engine::Separable, Engine::Fft, Engine::Auto}) {
            const cv::Mat x = test::randomMat(rng, 97, 131);
            const cv::Mat w = separableKernel(rng, 13, 9);
            const Pair stride{2, 1}, dilation{1, 2};
            COMPARE_TO_BRUTE_FORCE(withEngine(x, w, stride, dilation, path),
                                   bruteCorrelation(x, w, stride, dilation), toleranceFor(path));
        }
    }
    QVERIFY(!engine::SingleThreadScope::active());
}

void TestCorrelationEngine::autoPicksTheCheapPath()
{
    std::mt19937 rng(23);
    const cv::Mat hd(1080, 1920, CV_32F, cv::Scalar(0));
    const cv::Mat small = test::randomMat(rng, 3, 3);
    const cv::Mat five = test::randomMat(rng, 5, 5);
    const cv::Mat patch = test::randomMat(rng, 64, 64);
    const cv::Mat g = cv::getGaussianKernel(9, 2.0, CV_32F);
    const cv::Mat gaussian = g * g.t();

    const auto chosen = [&](const cv::Mat& kernel, int stride) {
        return toString(chooseEngine(hd, kernel, {{stride, stride}, {1, 1}, Engine::Auto}));
    };
    QCOMPARE(chosen(small, 1), "direct");
    QCOMPARE(chosen(five, 4), "direct");
    QCOMPARE(chosen(gaussian, 1), "separable");
    QCOMPARE(chosen(patch, 1), "fft");
    // A large stride leaves so few outputs that the direct sums are cheaper than the FFT.
    QCOMPARE(chosen(patch, 32), "direct");
}

// Auto skips the tiling search when the bound already loses: the bound must be a bound.
void TestCorrelationEngine::fftLowerBoundNeverExceedsTheBestTiling()
{
    std::mt19937 rng(37);
    auto pick = [&rng](int low, int high) {
        return std::uniform_int_distribution<int>(low, high)(rng);
    };
    for (int n = 0; n < 300; ++n) {
        const cv::Size kernel(pick(1, 64), pick(1, 64));
        const Pair dilation{pick(1, 3), pick(1, 3)};
        const cv::Size extent(dilation.cols * (kernel.width - 1) + 1,
                              dilation.rows * (kernel.height - 1) + 1);
        const engine::CorrelationShape shape{
            {extent.width + pick(0, 3000), extent.height + pick(0, 2000)},
            kernel,
            {pick(1, 8), pick(1, 8)},
            dilation};
        for (int threads : {1, 2, 8}) {
            const double bound = engine::fftCostLowerBound(shape, threads);
            const double best = engine::fftCost(engine::bestFftTiling(shape, threads), threads);
            QVERIFY2(
                bound <= best,
                qPrintable(QStringLiteral("case %1: bound %2 > %3").arg(n).arg(bound).arg(best)));
        }
    }
}

void TestCorrelationEngine::refusesImpossibleGeometry()
{
    const cv::Mat x(9, 9, CV_32F, cv::Scalar(1));
    const cv::Mat w(7, 7, CV_32F, cv::Scalar(1));
    QString message = messageOf([&] { correlateValid(x, w, {{1, 1}, {2, 2}, Engine::Auto}); });
    QVERIFY2(message.contains("kernel 7x7 (dilated 13x13) is larger than padded input 9x9"),
             qPrintable(message));
    message = messageOf([&] { correlateValid(x, w, {{0, 1}, {1, 1}, Engine::Direct}); });
    QVERIFY2(message.contains("stride 0x1"), qPrintable(message));
    message = messageOf([&] { correlateValid(x, w, {{1, 1}, {1, -2}, Engine::Fft}); });
    QVERIFY2(message.contains("dilation 1x-2"), qPrintable(message));
    message = messageOf([&] { correlateValid(cv::Mat(9, 9, CV_8U), w); });
    QVERIFY2(message.contains("float32"), qPrintable(message));
    message = messageOf([&] { correlateValid(x, cv::Mat()); });
    QVERIFY2(message.contains("empty"), qPrintable(message));
}

// Against sums in long double (64-bit mantissa): a few double ulps, and exactly flat windows
// (a constant block inside a textured image, reached after many slides) keep a variance at
// rounding level.
void TestCorrelationEngine::windowSumsMatchBruteForce()
{
    std::mt19937 rng(29);
    for (const cv::Size window :
         {cv::Size(1, 1), cv::Size(7, 3), cv::Size(64, 64), cv::Size(80, 1), cv::Size(1, 50)}) {
        cv::Mat image = test::randomMat(rng, 150, 170, 1, 0.f, 1.f);
        const cv::Rect block(70, 65, 85, 70); // holds a window of every size, flat
        image(block).setTo(0.3f);
        const int rows = image.rows - window.height + 1;
        const int cols = image.cols - window.width + 1;
        cv::Mat sums(rows, cols, CV_64F, cv::Scalar(-1)), squares(rows, cols, CV_64F);
        forEachWindowRow(image, window, [&](int row, const double* sum, const double* sq) {
            std::copy(sum, sum + cols, sums.ptr<double>(row));
            std::copy(sq, sq + cols, squares.ptr<double>(row));
        });
        const double n = window.area();
        double worst = 0, worstFlat = 0;
        int flatWindows = 0;
        for (int i = 0; i < rows; ++i)
            for (int j = 0; j < cols; ++j) {
                long double s = 0, q = 0;
                for (int u = 0; u < window.height; ++u)
                    for (int v = 0; v < window.width; ++v) {
                        const long double value = image.at<float>(i + u, j + v);
                        s += value;
                        q += value * value;
                    }
                const double sum = sums.at<double>(i, j), sq = squares.at<double>(i, j);
                worst = std::max({worst, double(std::abs(sum - s) / std::max(s, 1e-300L)),
                                  double(std::abs(sq - q) / std::max(q, 1e-300L))});
                const bool flat =
                    (cv::Rect(j, i, window.width, window.height) & block).area() == window.area();
                if (flat) {
                    ++flatWindows;
                    worstFlat = std::max(worstFlat, std::abs(sq - sum * sum / n) / sq);
                }
            }
        QVERIFY2(worst < 1e-15, qPrintable(QStringLiteral("relative error %1").arg(worst)));
        QVERIFY(flatWindows > 0);
        QVERIFY2(
            worstFlat < 1e-14,
            qPrintable(QStringLiteral("flat window variance %1 of its energy").arg(worstFlat)));
    }
    const QString message = messageOf(
        [] { forEachWindowRow(cv::Mat(5, 5, CV_32F), cv::Size(6, 2), [](int, auto, auto) {}); });
    QVERIFY2(message.contains("2x6") && message.contains("5x5"), qPrintable(message));
}

void TestCorrelationEngine::transposedMatchesScatter_data()
{
    QTest::addColumn<Engine>("engine");
    QTest::addColumn<cv::Size>("input");
    QTest::addColumn<cv::Size>("kernel");
    QTest::addColumn<Pair>("stride");
    QTest::addColumn<Pair>("dilation");
    QTest::addColumn<Padding>("padding");
    QTest::addColumn<Pair>("outputPadding");
    QTest::addColumn<unsigned>("seed");

    struct Named {
        const char* name;
        Engine engine;
    };
    std::mt19937 rng(31);
    auto pick = [&rng](int low, int high) {
        return std::uniform_int_distribution<int>(low, high)(rng);
    };
    for (const Named e : {Named{"direct", Engine::Direct}, Named{"fft", Engine::Fft},
                          Named{"auto", Engine::Auto}}) {
        // The guide's transposed counterparts: 2x2 from 4,3,1,0; 5x5 from 5,3,2,1 (a = 0, 1).
        QTest::addRow("%s/guide i2 k3 s1", e.name)
            << e.engine << cv::Size(2, 2) << cv::Size(3, 3) << Pair{1, 1} << Pair{1, 1} << Padding{}
            << Pair{0, 0} << 1u;
        QTest::addRow("%s/guide i3 k3 s2 p1", e.name)
            << e.engine << cv::Size(3, 3) << cv::Size(3, 3) << Pair{2, 2} << Pair{1, 1}
            << Padding::uniform(1) << Pair{0, 0} << 2u;
        QTest::addRow("%s/guide i3 k3 s2 p1 a1", e.name)
            << e.engine << cv::Size(3, 3) << cv::Size(3, 3) << Pair{2, 2} << Pair{1, 1}
            << Padding::uniform(1) << Pair{1, 1} << 3u;
        QTest::addRow("%s/bench shape 40 k4 s2", e.name)
            << e.engine << cv::Size(40, 40) << cv::Size(4, 4) << Pair{2, 2} << Pair{1, 1}
            << Padding{} << Pair{0, 0} << 4u;
        QTest::addRow("%s/dilation sharing a factor with the stride", e.name)
            << e.engine << cv::Size(9, 7) << cv::Size(3, 4) << Pair{4, 2} << Pair{2, 4}
            << Padding{1, 0, 2, 3} << Pair{1, 3} << 5u;
        for (int n = 0; n < 15; ++n) {
            const cv::Size input(pick(1, 24), pick(1, 24));
            const cv::Size kernel(pick(1, 7), pick(1, 7));
            const Pair stride{pick(1, 4), pick(1, 4)};
            const Pair dilation{pick(1, 3), pick(1, 3)};
            const Pair reach{dilation.rows * (kernel.height - 1),
                             dilation.cols * (kernel.width - 1)};
            const Padding padding{pick(0, reach.rows), pick(0, reach.rows), pick(0, reach.cols),
                                  pick(0, reach.cols)};
            const Pair outputPadding{pick(0, std::max(stride.rows, dilation.rows) - 1),
                                     pick(0, std::max(stride.cols, dilation.cols) - 1)};
            const int rows = (input.height - 1) * stride.rows - padding.top - padding.bottom +
                             reach.rows + outputPadding.rows + 1;
            const int cols = (input.width - 1) * stride.cols - padding.left - padding.right +
                             reach.cols + outputPadding.cols + 1;
            if (rows < 1 || cols < 1)
                continue;
            QTest::addRow("%s/random %d", e.name, n)
                << e.engine << input << kernel << stride << dilation << padding << outputPadding
                << unsigned(rng());
        }
    }
}

void TestCorrelationEngine::transposedMatchesScatter()
{
    QFETCH(Engine, engine);
    QFETCH(cv::Size, input);
    QFETCH(cv::Size, kernel);
    QFETCH(Pair, stride);
    QFETCH(Pair, dilation);
    QFETCH(Padding, padding);
    QFETCH(Pair, outputPadding);
    QFETCH(unsigned, seed);

    std::mt19937 rng(seed);
    const cv::Mat x = test::randomMat(rng, input.height, input.width);
    const cv::Mat w = test::randomMat(rng, kernel.height, kernel.width);
    COMPARE_TO_BRUTE_FORCE(
        transposedCorrelate(x, w, stride, dilation, padding, outputPadding, engine),
        bruteScatter(x, w, stride, dilation, padding, outputPadding), toleranceFor(engine));
}

void TestCorrelationEngine::transposedRefusesEmptyOutput()
{
    const cv::Mat x(2, 2, CV_32F, cv::Scalar(1));
    const cv::Mat w(3, 3, CV_32F, cv::Scalar(1));
    // (2-1)·1 - 2 - 2 + 2 + 0 + 1 = 0 rows.
    QString message = messageOf([&] {
        transposedCorrelate(x, w, {1, 1}, {1, 1}, Padding::uniform(2), {0, 0});
    });
    QVERIFY2(message.contains("0x0") && message.contains("2,2,2,2"), qPrintable(message));
    message = messageOf([&] { transposedCorrelate(x, w, {2, 2}, {1, 1}, {}, {2, 0}); });
    QVERIFY2(message.contains("output padding 2x0"), qPrintable(message));
}

QTEST_APPLESS_MAIN(TestCorrelationEngine)
#include "tst_correlationengine.moc"
