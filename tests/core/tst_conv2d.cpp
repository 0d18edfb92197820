// SPDX-License-Identifier: MIT
#include "BruteForce.h"
#include "Error.h"
#include "TestData.h"
#include "engine/CorrelationEngine.h"
#include "ops/Conv2d.h"
#include "ops/Padding.h"

#include <QTest>
#include <algorithm>
#include <limits>
#include <map>
#include <opencv2/imgproc.hpp>
#include <random>

using namespace convlab;
using namespace convlab::test;

Q_DECLARE_METATYPE(cv::Mat)
Q_DECLARE_METATYPE(PaddingMode)
Q_DECLARE_METATYPE(ConvParams)

class TestConv2d : public QObject {
    Q_OBJECT

  private slots:
    void crossCorrelatesAndConvolvesByHand();
    void lectureExample1dWithStride2();
    void dumoulinVisinCasesOnOnes();
    void paddingModesByHand_data();
    void paddingModesByHand();
    void multiChannelFilterGivesOneMap();
    void singleChannelKernelAppliesPerChannel();
    void matchesBruteForceOnRandomCases();
    void everyEnginePathMatchesBruteForce();
    void matchesFilter2dAtStrideOne();
    void strideSubsamplesTheStrideOneResult();
    void convolvesAViewLikeItsCopy();
    void requireFiniteNamesTheCell();
    void refusesBadInput_data();
    void refusesBadInput();
    void findsNonFiniteInputWhereverTheWindowsRead_data();
    void findsNonFiniteInputWhereverTheWindowsRead();
    void keepsAnOverflowOfFiniteInputs();
};

void TestConv2d::crossCorrelatesAndConvolvesByHand()
{
    const cv::Mat x = (cv::Mat_<float>(3, 3) << 1, 2, 3, 4, 5, 6, 7, 8, 9);
    const cv::Mat w = (cv::Mat_<float>(2, 2) << 1, 0, 0, -1);
    ConvParams params;
    // x[i,j] - x[i+1,j+1] = -4 everywhere; flipped, x[i+1,j+1] - x[i,j] = 4.
    CONVLAB_COMPARE_MATS(conv2d(x, w, params), cv::Mat(2, 2, CV_32F, cv::Scalar(-4)), 0);
    params.trueConvolution = true;
    CONVLAB_COMPARE_MATS(conv2d(x, w, params), cv::Mat(2, 2, CV_32F, cv::Scalar(4)), 0);
    CONVLAB_COMPARE_MATS(w, grid(2, {1, 0, 0, -1}), 0); // flipped in a copy, not in place

    const cv::Mat asymmetric = (cv::Mat_<float>(1, 2) << 1, 10);
    params.trueConvolution = false;
    CONVLAB_COMPARE_MATS(conv2d(x, asymmetric, params), grid(3, {21, 32, 54, 65, 87, 98}), 0);
    params.trueConvolution = true;
    CONVLAB_COMPARE_MATS(conv2d(x, asymmetric, params), grid(3, {12, 23, 45, 56, 78, 89}), 0);
}

// x of 7, w of 3, stride 2 -> y of 3: y_n = w1·x_{2n+1} + w2·x_{2n+2} + w3·x_{2n+3}.
void TestConv2d::lectureExample1dWithStride2()
{
    const cv::Mat x = row({1, 2, 3, 4, 5, 6, 7});
    const cv::Mat w = row({1, -2, 0.5f});
    ConvParams params;
    params.stride = {1, 2};
    CONVLAB_COMPARE_MATS(conv2d(x, w, params), row({-1.5f, -2.5f, -3.5f}), 1e-7);
    params.stride = {2, 1};
    CONVLAB_COMPARE_MATS(conv2d(x.t(), w.t(), params), cv::Mat(row({-1.5f, -2.5f, -3.5f}).t()),
                         1e-7);
}

// On ones with a kernel of ones, each output counts the real (unpadded) cells its window holds.
void TestConv2d::dumoulinVisinCasesOnOnes()
{
    const auto onesConv = [](int i, int k, int s, int p, int d) {
        ConvParams params;
        params.stride = {s, s};
        params.padding = Padding::uniform(p);
        params.dilation = {d, d};
        return conv2d(cv::Mat::ones(i, i, CV_32F), cv::Mat::ones(k, k, CV_32F), params);
    };
    CONVLAB_COMPARE_MATS(onesConv(4, 3, 1, 0, 1), cv::Mat(2, 2, CV_32F, cv::Scalar(9)), 0);
    QCOMPARE(onesConv(5, 4, 1, 2, 1).size(), cv::Size(6, 6));
    QCOMPARE(onesConv(5, 4, 1, 2, 1).at<float>(0, 0), 4.f); // 2×2 real cells
    QCOMPARE(onesConv(5, 4, 1, 2, 1).at<float>(2, 2), 16.f);
    QCOMPARE(onesConv(5, 3, 1, 1, 1).size(), cv::Size(5, 5));
    QCOMPARE(onesConv(5, 3, 1, 2, 1).size(), cv::Size(7, 7));
    QCOMPARE(onesConv(5, 3, 1, 2, 1).at<float>(0, 0), 1.f); // full padding: one real cell
    CONVLAB_COMPARE_MATS(onesConv(5, 3, 2, 0, 1), cv::Mat(2, 2, CV_32F, cv::Scalar(9)), 0);
    CONVLAB_COMPARE_MATS(onesConv(5, 3, 2, 1, 1), grid(3, {4, 6, 4, 6, 9, 6, 4, 6, 4}), 0);
    // 6,3,2,1: windows at padded 0, 2, 4 of 8 hold 2, 3, 3 real cells; the last padding row
    // and column are never reached.
    CONVLAB_COMPARE_MATS(onesConv(6, 3, 2, 1, 1), grid(3, {4, 6, 6, 6, 9, 9, 6, 9, 9}), 0);
    CONVLAB_COMPARE_MATS(onesConv(7, 3, 1, 0, 2), cv::Mat(3, 3, CV_32F, cv::Scalar(9)), 0);
}

void TestConv2d::paddingModesByHand_data()
{
    QTest::addColumn<PaddingMode>("mode");
    QTest::addColumn<cv::Mat>("expected");
    // [1 2 3 4] padded by one cell each side, summed three at a time.
    QTest::addRow("zeros") << PaddingMode::Zeros << row({3, 6, 9, 7});          // 0 1 2 3 4 0
    QTest::addRow("reflect") << PaddingMode::Reflect << row({5, 6, 9, 10});     // 2 1 2 3 4 3
    QTest::addRow("replicate") << PaddingMode::Replicate << row({4, 6, 9, 11}); // 1 1 ... 4 4
    QTest::addRow("circular") << PaddingMode::Circular << row({7, 6, 9, 8});    // 4 1 ... 4 1
}

void TestConv2d::paddingModesByHand()
{
    QFETCH(PaddingMode, mode);
    QFETCH(cv::Mat, expected);
    ConvParams params;
    params.padding = {0, 0, 1, 1};
    params.paddingMode = mode;
    CONVLAB_COMPARE_MATS(conv2d(row({1, 2, 3, 4}), row({1, 1, 1}), params), expected, 0);
}

void TestConv2d::multiChannelFilterGivesOneMap()
{
    const cv::Mat x(2, 2, CV_32FC3, cv::Scalar(1, 2, 3));
    const cv::Mat w(1, 1, CV_32FC3, cv::Scalar(1, 10, 100));
    const cv::Mat y = conv2d(x, w, {});
    QCOMPARE(y.type(), CV_32FC1);
    CONVLAB_COMPARE_MATS(y, cv::Mat(2, 2, CV_32F, cv::Scalar(321)), 0);
}

void TestConv2d::singleChannelKernelAppliesPerChannel()
{
    const cv::Mat x(2, 3, CV_32FC3, cv::Scalar(1, 2, 3));
    const cv::Mat w = row({2, 1});
    const cv::Mat y = conv2d(x, w, {});
    QCOMPARE(y.type(), CV_32FC3);
    CONVLAB_COMPARE_MATS(y, cv::Mat(2, 2, CV_32FC3, cv::Scalar(3, 6, 9)), 0);
}

void TestConv2d::matchesBruteForceOnRandomCases()
{
    std::mt19937 rng(31);
    int tested = 0, refused = 0;
    int perChannel = 0, summed = 0, flipped = 0, dilated = 0;
    while (tested < 200) {
        const ConvCase c = randomConvCase(rng, {});
        const cv::Mat& x = c.input;
        const cv::Mat& w = c.kernel;
        const ConvParams& p = c.params;
        if (!c.fits()) {
            QVERIFY(messageOf([&] { conv2d(x, w, p); }).contains("is larger than padded input"));
            ++refused;
            continue;
        }
        ++tested;
        perChannel += x.channels() > 1 && w.channels() == 1;
        summed += x.channels() > 1 && w.channels() > 1;
        flipped += p.trueConvolution;
        dilated += p.dilation.rows > 1 || p.dilation.cols > 1;
        const cv::Mat expected = bruteForceConv(x, w, p);
        const cv::Mat actual = conv2d(x, w, p);
        QCOMPARE(actual.type(), expected.type());
        CONVLAB_COMPARE_MATS(actual, expected, 1e-5);
    }
    // The random draw really covered every case.
    QVERIFY(refused > 0 && perChannel > 20 && summed > 20 && flipped > 50 && dilated > 50);
}

// conv2d hands every plane to the correlation engine, which picks direct, separable or FFT
// correlation by cost. Larger random cases than above, half of them with rank-1 kernels, so
// that every path is taken (checked), each against the double brute force. Tolerances: the
// direct and separable sums round relative to each window's own Σ|x|·|w|; a float FFT rounds
// relative to a whole tile, bounded by the largest window magnitude of the map.
void TestConv2d::everyEnginePathMatchesBruteForce()
{
    std::mt19937 rng(34);
    RandomInt pick(rng);
    std::map<Engine, int> taken;
    ConvRanges ranges;
    ranges.maxSide = 64;
    ranges.maxKernel = 20;
    ranges.maxStride = 3;
    ranges.maxDilation = 2;
    for (int tested = 0; tested < 36;) {
        ConvCase c = randomConvCase(rng, ranges);
        if (tested % 3 == 0) { // large kernel, stride 1: where the FFT pays
            ConvParams& p = c.params;
            c.input = randomMat(rng, pick(48, 64), pick(48, 64), c.input.channels());
            c.kernel = randomMat(rng, pick(14, 20), pick(14, 20), c.kernel.channels());
            p.stride = {1, 1};
            p.dilation = {1, pick(1, 2)};
            p.padding = randomPadding(pick, c.input.rows, c.input.cols, p.paddingMode, 3);
        }
        if (!c.fits())
            continue;
        ++tested;
        if (tested % 2 == 0) { // rank 1 in every channel
            const cv::Mat column = randomMat(rng, c.kernel.rows, 1);
            const cv::Mat row = randomMat(rng, 1, c.kernel.cols);
            std::vector<cv::Mat> planes(static_cast<std::size_t>(c.kernel.channels()));
            for (std::size_t k = 0; k < planes.size(); ++k)
                planes[k] = column * row * (1.0 + 0.5 * static_cast<double>(k));
            cv::merge(planes, c.kernel);
        }
        const ConvParams& p = c.params;
        cv::Mat plane, weights;
        cv::extractChannel(padImage(c.input, p.padding, p.paddingMode), plane, 0);
        cv::extractChannel(c.kernel, weights, 0);
        const Engine engine = chooseEngine(plane, weights, {p.stride, p.dilation, Engine::Auto});
        ++taken[engine];

        const cv::Mat actual = conv2d(c.input, c.kernel, p);
        const cv::Mat expected = bruteForceConv(c.input, c.kernel, p);
        const cv::Mat magnitude = bruteForceConv(cv::abs(c.input), cv::abs(c.kernel), p);
        double largest = 0;
        cv::minMaxLoc(magnitude.reshape(1), nullptr, &largest);
        cv::Mat error = cv::abs(actual - expected), bound;
        if (engine == Engine::Fft)
            bound = cv::Mat(magnitude.size(), magnitude.type(), cv::Scalar::all(1e-5 * largest));
        else
            bound = 2e-6 * magnitude + 1e-30;
        double worst = 0;
        const cv::Mat excess = error - bound;
        cv::minMaxLoc(excess.reshape(1), nullptr, &worst);
        QVERIFY2(actual.size() == expected.size() && actual.type() == expected.type() && worst <= 0,
                 qPrintable(QStringLiteral("%1 path, %2x%3x%4 input, %5x%6 kernel: off by %7")
                                .arg(QString::fromStdString(toString(engine)))
                                .arg(c.input.rows)
                                .arg(c.input.cols)
                                .arg(c.input.channels())
                                .arg(c.kernel.rows)
                                .arg(c.kernel.cols)
                                .arg(worst)));
    }
    QVERIFY(taken[Engine::Direct] > 0 && taken[Engine::Separable] > 0 && taken[Engine::Fft] > 0);
}

// filter2D is a correlation centred on its anchor: anchor (left, top) is padding (top, left);
// rows and columns past the conv's output are cropped.
void TestConv2d::matchesFilter2dAtStrideOne()
{
    std::mt19937 rng(32);
    RandomInt pick(rng);
    for (int trial = 0; trial < 120; ++trial) {
        ConvParams p;
        p.paddingMode = kPaddingModes[trial % 4];
        const cv::Mat w = test::randomMat(rng, pick(1, 7), pick(1, 7));
        const cv::Mat x = test::randomMat(rng, pick(w.rows, 20), pick(w.cols, 20), pick(1, 3));
        const int top = pick(0, std::min(w.rows - 1, x.rows - 1));
        const int left = pick(0, std::min(w.cols - 1, x.cols - 1));
        p.padding = {top, pick(0, std::min(w.rows - 1 - top, x.rows - 1)), left,
                     pick(0, std::min(w.cols - 1 - left, x.cols - 1))};
        const cv::Mat actual = conv2d(x, w, p);

        cv::Mat expected;
        if (p.paddingMode == PaddingMode::Circular) { // filter2D cannot wrap: pad first
            cv::Mat wrapped;
            cv::copyMakeBorder(x, wrapped, p.padding.top, p.padding.bottom, p.padding.left,
                               p.padding.right, cv::BORDER_WRAP);
            cv::filter2D(wrapped, expected, CV_32F, w, cv::Point(0, 0), 0, cv::BORDER_CONSTANT);
        } else {
            cv::filter2D(x, expected, CV_32F, w, cv::Point(left, top), 0,
                         toOpenCvBorder(p.paddingMode));
        }
        expected = expected(cv::Rect(0, 0, actual.cols, actual.rows));
        CONVLAB_COMPARE_MATS(actual, expected, 1e-5);
    }
}

void TestConv2d::strideSubsamplesTheStrideOneResult()
{
    std::mt19937 rng(33);
    const cv::Mat x = test::randomMat(rng, 23, 19, 2);
    const cv::Mat w = test::randomMat(rng, 3, 4, 2);
    ConvParams p;
    p.padding = {1, 2, 0, 3};
    p.dilation = {2, 1};
    p.paddingMode = PaddingMode::Reflect;
    const cv::Mat dense = conv2d(x, w, p);
    p.stride = {4, 3};
    const cv::Mat strided = conv2d(x, w, p);
    QCOMPARE(strided.size(), cv::Size((dense.cols - 1) / 3 + 1, (dense.rows - 1) / 4 + 1));
    for (int i = 0; i < strided.rows; ++i)
        for (int j = 0; j < strided.cols; ++j)
            QCOMPARE(strided.at<float>(i, j), dense.at<float>(i * 4, j * 3));
}

void TestConv2d::convolvesAViewLikeItsCopy()
{
    std::mt19937 rng(34);
    const cv::Mat whole = test::randomMat(rng, 12, 12, 3);
    const cv::Mat view = whole(cv::Rect(2, 3, 6, 5));
    const cv::Mat w = test::randomMat(rng, 5, 3);
    const cv::Mat kernelView = test::randomMat(rng, 6, 6, 3)(cv::Rect(1, 1, 2, 3));
    for (PaddingMode mode : kPaddingModes) {
        ConvParams p;
        p.paddingMode = mode;
        p.padding = {2, 1, 1, 2};
        CONVLAB_COMPARE_MATS(conv2d(view, w, p), bruteForceConv(view.clone(), w, p), 1e-5);
        CONVLAB_COMPARE_MATS(conv2d(view, kernelView, p),
                             bruteForceConv(view.clone(), kernelView.clone(), p), 1e-5);
    }
}

void TestConv2d::requireFiniteNamesTheCell()
{
    cv::Mat m = cv::Mat::zeros(3, 4, CV_32F);
    requireFinite(m, "input");
    m.at<float>(1, 2) = std::numeric_limits<float>::quiet_NaN();
    QCOMPARE(messageOf([&] { requireFinite(m, "input"); }),
             QStringLiteral("input has a NaN at (row 1, col 2)"));
    m.at<float>(0, 3) = -std::numeric_limits<float>::infinity();
    QCOMPARE(messageOf([&] { requireFinite(m, "kernel"); }),
             QStringLiteral("kernel has an infinite value at (row 0, col 3)"));

    cv::Mat rgb(2, 3, CV_32FC3, cv::Scalar::all(0));
    rgb.at<cv::Vec3f>(1, 1)[2] = std::numeric_limits<float>::infinity();
    QCOMPARE(messageOf([&] { requireFinite(rgb, "image"); }),
             QStringLiteral("image has an infinite value at (row 1, col 1, channel 2)"));

    cv::Mat doubles = cv::Mat::ones(2, 2, CV_64F);
    doubles.at<double>(1, 0) = std::numeric_limits<double>::quiet_NaN();
    QCOMPARE(messageOf([&] { requireFinite(doubles, "data"); }),
             QStringLiteral("data has a NaN at (row 1, col 0)"));
    requireFinite(cv::Mat(2, 2, CV_8U, cv::Scalar(255)), "bytes"); // integers are finite
}

void TestConv2d::refusesBadInput_data()
{
    QTest::addColumn<cv::Mat>("input");
    QTest::addColumn<cv::Mat>("kernel");
    QTest::addColumn<ConvParams>("params");
    QTest::addColumn<QString>("message");
    const cv::Mat ok = cv::Mat::ones(5, 5, CV_32F);
    const cv::Mat k3 = cv::Mat::ones(3, 3, CV_32F);
    cv::Mat withNan = ok.clone();
    withNan.at<float>(2, 1) = std::numeric_limits<float>::quiet_NaN();
    ConvParams dilated;
    dilated.dilation = {2, 1};
    dilated.padding = {2, 2, 0, 0};
    ConvParams zeroStride;
    zeroStride.stride = {1, 0};
    ConvParams negative;
    negative.padding = {0, -1, 0, 0};
    ConvParams reflectTooWide;
    reflectTooWide.padding = {0, 0, 5, 0};
    reflectTooWide.paddingMode = PaddingMode::Reflect;
    ConvParams circularTooTall;
    circularTooTall.padding = {0, 6, 0, 0};
    circularTooTall.paddingMode = PaddingMode::Circular;

    QTest::addRow("empty input") << cv::Mat() << k3 << ConvParams{} << "the input is empty";
    QTest::addRow("empty kernel") << ok << cv::Mat() << ConvParams{} << "the kernel is empty";
    QTest::addRow("double input") << cv::Mat(5, 5, CV_64F, cv::Scalar(1)) << k3 << ConvParams{}
                                  << "convolution takes float32 data; the input is CV_64FC1";
    QTest::addRow("byte kernel") << ok << cv::Mat(3, 3, CV_8U, cv::Scalar(1)) << ConvParams{}
                                 << "convolution takes float32 data; the kernel is CV_8UC1";
    QTest::addRow("channel mismatch")
        << cv::Mat(5, 5, CV_32FC3, cv::Scalar::all(1))
        << cv::Mat(3, 3, CV_32FC2, cv::Scalar::all(1)) << ConvParams{}
        << "the kernel has 2 channels but the input has 3; give it 1 or 3";
    QTest::addRow("multi-channel kernel on one channel")
        << ok << cv::Mat(3, 3, CV_32FC3, cv::Scalar::all(1)) << ConvParams{}
        << "the kernel has 3 channels but the input has 1; give it 1 or 1";
    QTest::addRow("kernel larger than padded input")
        << ok << cv::Mat(cv::Mat::ones(7, 1, CV_32F)) << dilated
        << "kernel 7 (dilated 13) is larger than padded input 9 (rows)";
    QTest::addRow("stride 0") << ok << k3 << zeroStride << "stride 0 must be at least 1 (columns)";
    QTest::addRow("negative padding")
        << ok << k3 << negative << "padding -1 must not be negative (rows)";
    QTest::addRow("reflect as wide as the input")
        << ok << k3 << reflectTooWide
        << "reflect padding left 5 must be smaller than the image width 5";
    QTest::addRow("circular wrapping twice")
        << ok << k3 << circularTooTall
        << "circular padding bottom 6 must not exceed the image height 5";
    QTest::addRow("NaN in input") << withNan << k3 << ConvParams{}
                                  << "input has a NaN at (row 2, col 1)";
    QTest::addRow("NaN in kernel") << ok << withNan(cv::Rect(0, 0, 3, 3)) << ConvParams{}
                                   << "kernel has a NaN at (row 2, col 1)";
}

void TestConv2d::refusesBadInput()
{
    QFETCH(cv::Mat, input);
    QFETCH(cv::Mat, kernel);
    QFETCH(ConvParams, params);
    QFETCH(QString, message);
    QCOMPARE(messageOf([&] { validateConv(input, kernel, params); }), message);
    QCOMPARE(messageOf([&] { conv2d(input, kernel, params); }), message);
}

// conv2d checks the input through its output when every value is read with a nonzero weight:
// each way a non-finite value could slip past that check.
void TestConv2d::findsNonFiniteInputWhereverTheWindowsRead_data()
{
    QTest::addColumn<cv::Mat>("input");
    QTest::addColumn<cv::Mat>("kernel");
    QTest::addColumn<ConvParams>("params");
    QTest::addColumn<QString>("message");
    std::mt19937 rng(61);
    constexpr float nan = std::numeric_limits<float>::quiet_NaN();
    constexpr float inf = std::numeric_limits<float>::infinity();
    const cv::Mat k5 = randomMat(rng, 5, 5, 1, 0.5f, 1.f); // no zero weight
    ConvParams stride4;
    stride4.stride = {4, 4};
    ConvParams stride2;
    stride2.stride = {2, 1};

    cv::Mat image = randomMat(rng, 41, 37);
    image.at<float>(17, 23) = nan;
    QTest::addRow("read by strided windows")
        << image << k5 << stride4 << "input has a NaN at (row 17, col 23)";
    image = randomMat(rng, 41, 37);
    image.at<float>(9, 0) = -inf;
    QTest::addRow("-Inf in the first column")
        << image << k5 << stride4 << "input has an infinite value at (row 9, col 0)";
    image = randomMat(rng, 41, 38);
    image.at<float>(5, 37) = nan; // windows read columns 0-36
    QTest::addRow("in a column no window reads")
        << image << k5 << stride4 << "input has a NaN at (row 5, col 37)";
    image = randomMat(rng, 8, 8);
    image.at<float>(1, 5) = nan; // 2x2 windows 3 apart read columns 0, 1, 3, 4, 6, 7
    ConvParams stride3;
    stride3.stride = {3, 3};
    QTest::addRow("in a gap between windows")
        << image << cv::Mat(randomMat(rng, 2, 2, 1, 0.5f, 1.f)) << stride3
        << "input has a NaN at (row 1, col 5)";
    image = randomMat(rng, 8, 5);
    image.at<float>(7, 2) = nan; // rows 0-6 feed the three windows, row 7 none
    QTest::addRow("in a row no window reads")
        << image << cv::Mat(randomMat(rng, 3, 5, 1, 0.5f, 1.f)) << stride2
        << "input has a NaN at (row 7, col 2)";
    image = randomMat(rng, 9, 9);
    image.at<float>(0, 2) = inf; // read only by window (0, 0)'s zero weight
    cv::Mat k3 = randomMat(rng, 3, 3, 1, 0.5f, 1.f);
    k3.at<float>(0, 2) = 0.f;
    QTest::addRow("read only by a zero weight")
        << image << k3 << stride3 << "input has an infinite value at (row 0, col 2)";
    image = randomMat(rng, 7, 7, 3);
    image.at<cv::Vec3f>(3, 5)[2] = nan;
    QTest::addRow("in a channel, kernel per channel")
        << image << cv::Mat(randomMat(rng, 3, 3, 1, 0.5f, 1.f)) << ConvParams{}
        << "input has a NaN at (row 3, col 5, channel 2)";
    image = randomMat(rng, 160, 170);
    image.at<float>(100, 20) = nan;
    QTest::addRow("in an FFT tile") << image << cv::Mat(randomMat(rng, 33, 33, 1, 0.5f, 1.f))
                                    << ConvParams{} << "input has a NaN at (row 100, col 20)";
}

void TestConv2d::findsNonFiniteInputWhereverTheWindowsRead()
{
    QFETCH(cv::Mat, input);
    QFETCH(cv::Mat, kernel);
    QFETCH(ConvParams, params);
    QFETCH(QString, message);
    if (QByteArray(QTest::currentDataTag()) == "in an FFT tile")
        QVERIFY(chooseEngine(input, kernel, {params.stride, params.dilation, Engine::Auto}) ==
                Engine::Fft);
    QCOMPARE(messageOf([&] { conv2d(input, kernel, params); }), message);
}

void TestConv2d::keepsAnOverflowOfFiniteInputs()
{
    const cv::Mat huge(6, 6, CV_32F, cv::Scalar(std::numeric_limits<float>::max()));
    const cv::Mat out = conv2d(huge, cv::Mat::ones(3, 3, CV_32F), ConvParams{});
    QCOMPARE(out.size(), cv::Size(4, 4));
    QVERIFY(std::isinf(out.at<float>(0, 0)));
}

QTEST_APPLESS_MAIN(TestConv2d)
#include "tst_conv2d.moc"
