// SPDX-License-Identifier: MIT
#include "BruteForce.h"
#include "Error.h"
#include "TestData.h"
#include "ops/Conv2d.h"
#include "ops/TransposedConv.h"

#include <QTest>
#include <functional>
#include <limits>
#include <random>

using namespace convlab;
using namespace convlab::test;

Q_DECLARE_METATYPE(cv::Mat)

namespace {

double dot(const cv::Mat& a, const cv::Mat& b)
{
    cv::Mat da, db;
    a.convertTo(da, CV_64F);
    b.convertTo(db, CV_64F);
    return da.dot(db);
}

} // namespace

class TestTransposedConv : public QObject {
    Q_OBJECT

  private slots:
    void lectureExample1dByZeroInsertion();
    void lectureExample1dFormsAgree();
    void dumoulinVisinTransposedCases_data();
    void dumoulinVisinTransposedCases();
    void negativeBorderCropsTheZeroInsertedGrid();
    void threeFormsAgreeWithBruteForceOnRandomCases();
    void isTheAdjointOfConv2d();
    void outputPaddingMayReachTheStrideWhenBelowTheDilation();
    void refusesOutputPaddingNotBelowStrideOrDilation();
    void refusesBadData_data();
    void refusesBadData();
};

// The lecture's 1D example: y of 3 (from x of 7, w of 3, stride 2) goes back to 7 values.
// Exactly: 5 zero-inserted values and a border of 2 on each side, 9 in all (not 12).
void TestTransposedConv::lectureExample1dByZeroInsertion()
{
    const cv::Mat y = row({3, -1, 2});
    const cv::Mat w = row({1, -2, 0.5f});
    TransposedParams params;
    params.stride = {1, 2};

    const ZeroInsertion z = transposedConvByZeroInsertion(y, w, params);
    QCOMPARE(z.zeroInserted.cols, (3 - 1) * 2 + 1);
    CONVLAB_COMPARE_MATS(z.zeroInserted, row({3, 0, -1, 0, 2}), 0);
    QCOMPARE(z.border, (Padding{0, 0, 2, 2}));
    QCOMPARE(z.padded.cols, 9);
    CONVLAB_COMPARE_MATS(z.padded, row({0, 0, 3, 0, -1, 0, 2, 0, 0}), 0);
    CONVLAB_COMPARE_MATS(z.flippedKernel, row({0.5f, -2, 1}), 0);
    // x̂ = Wᵀy by hand: [w1y1, w2y1, w3y1 + w1y2, w2y2, w3y2 + w1y3, w2y3, w3y3].
    CONVLAB_COMPARE_MATS(z.output, row({3, -6, 0.5f, 2, 1.5f, -4, 1}), 1e-6);
}

void TestTransposedConv::lectureExample1dFormsAgree()
{
    const cv::Mat y = row({3, -1, 2});
    const cv::Mat w = row({1, -2, 0.5f});
    TransposedParams params;
    params.stride = {1, 2};
    const cv::Mat expected = row({3, -6, 0.5f, 2, 1.5f, -4, 1});
    CONVLAB_COMPARE_MATS(transposedConvByScatter(y, w, params), expected, 1e-6);
    CONVLAB_COMPARE_MATS(transposedConvByMatrix(y, w, params), expected, 1e-6);
    CONVLAB_COMPARE_MATS(transposedConv2d(y, w, params), expected, 1e-6);
    // The same signal as a column transposes the whole problem.
    params.stride = {2, 1};
    CONVLAB_COMPARE_MATS(transposedConv2d(y.t(), w.t(), params), cv::Mat(expected.t()), 1e-6);
}

// The transposed counterpart of each convolution of Dumoulin & Visin's guide: it takes the
// conv's output size back to the conv's input size i.
void TestTransposedConv::dumoulinVisinTransposedCases_data()
{
    QTest::addColumn<int>("i");
    QTest::addColumn<int>("k");
    QTest::addColumn<int>("s");
    QTest::addColumn<int>("p");
    QTest::addColumn<int>("d");
    QTest::addColumn<int>("a");
    QTest::addColumn<int>("convOutput");
    QTest::addColumn<int>("zeroInserted");
    QTest::addColumn<int>("borderBefore");
    QTest::addColumn<int>("borderAfter");
    QTest::addColumn<int>("padded");

    QTest::addRow("no padding, unit strides")
        << 4 << 3 << 1 << 0 << 1 << 0 << 2 << 2 << 2 << 2 << 6;
    QTest::addRow("arbitrary padding") << 5 << 4 << 1 << 2 << 1 << 0 << 6 << 6 << 1 << 1 << 8;
    QTest::addRow("half (same) padding") << 5 << 3 << 1 << 1 << 1 << 0 << 5 << 5 << 1 << 1 << 7;
    QTest::addRow("full padding") << 5 << 3 << 1 << 2 << 1 << 0 << 7 << 7 << 0 << 0 << 7;
    QTest::addRow("no padding, strides") << 5 << 3 << 2 << 0 << 1 << 0 << 2 << 3 << 2 << 2 << 7;
    QTest::addRow("padding, strides") << 5 << 3 << 2 << 1 << 1 << 0 << 3 << 5 << 1 << 1 << 7;
    QTest::addRow("padding, strides (odd)") << 6 << 3 << 2 << 1 << 1 << 1 << 3 << 5 << 1 << 2 << 8;
    QTest::addRow("dilation") << 7 << 3 << 1 << 0 << 2 << 0 << 3 << 3 << 4 << 4 << 11;
}

void TestTransposedConv::dumoulinVisinTransposedCases()
{
    QFETCH(int, i);
    QFETCH(int, k);
    QFETCH(int, s);
    QFETCH(int, p);
    QFETCH(int, d);
    QFETCH(int, a);
    QFETCH(int, convOutput);
    QFETCH(int, zeroInserted);
    QFETCH(int, borderBefore);
    QFETCH(int, borderAfter);
    QFETCH(int, padded);

    std::mt19937 rng(1000 + i * 100 + k * 10 + s);
    const cv::Mat y = test::randomMat(rng, convOutput, convOutput);
    const cv::Mat w = test::randomMat(rng, k, k);
    TransposedParams params{{s, s}, Padding::uniform(p), {a, a}, {d, d}};

    const ZeroInsertion z = transposedConvByZeroInsertion(y, w, params);
    QCOMPARE(z.zeroInserted.size(), cv::Size(zeroInserted, zeroInserted));
    QCOMPARE(z.border, (Padding{borderBefore, borderAfter, borderBefore, borderAfter}));
    QCOMPARE(z.padded.size(), cv::Size(padded, padded));
    QCOMPARE(z.output.size(), cv::Size(i, i));

    const cv::Mat expected = bruteForceTransposed(y, w, params);
    CONVLAB_COMPARE_MATS(z.output, expected, 1e-5);
    CONVLAB_COMPARE_MATS(transposedConvByScatter(y, w, params), expected, 1e-5);
    CONVLAB_COMPARE_MATS(transposedConvByMatrix(y, w, params), expected, 1e-5);
}

// p > d(k-1): the border is negative and the zero-inserted grid loses its first rows/cols.
void TestTransposedConv::negativeBorderCropsTheZeroInsertedGrid()
{
    std::mt19937 rng(7);
    const cv::Mat y = test::randomMat(rng, 3, 3);
    const cv::Mat w = test::randomMat(rng, 3, 3);
    const TransposedParams params{{2, 2}, Padding{3, 0, 3, 0}, {0, 0}, {1, 1}};

    const ZeroInsertion z = transposedConvByZeroInsertion(y, w, params);
    QCOMPARE(z.border, (Padding{-1, 2, -1, 2}));
    QCOMPARE(z.padded.size(), cv::Size(6, 6));
    CONVLAB_COMPARE_MATS(z.padded(cv::Rect(0, 0, 4, 4)).clone(),
                         z.zeroInserted(cv::Rect(1, 1, 4, 4)).clone(), 0);
    QCOMPARE(cv::countNonZero(z.padded.rowRange(4, 6)), 0);
    QCOMPARE(cv::countNonZero(z.padded.colRange(4, 6)), 0);
    QCOMPARE(z.output.size(), cv::Size(4, 4));
    CONVLAB_COMPARE_MATS(z.output, bruteForceTransposed(y, w, params), 1e-5);
}

void TestTransposedConv::threeFormsAgreeWithBruteForceOnRandomCases()
{
    std::mt19937 rng(2024);
    int tested = 0;
    while (tested < 150) {
        const TransposedCase c = randomTransposedCase(rng, {});
        const cv::Mat& y = c.input;
        const cv::Mat& w = c.kernel;
        const TransposedParams& params = c.params;
        const cv::Size out = c.outputSize();
        if (out.width < 1 || out.height < 1) {
            QVERIFY_THROWS_EXCEPTION(Error, transposedConv2d(y, w, params));
            continue;
        }
        ++tested;

        const cv::Mat expected = bruteForceTransposed(y, w, params);
        const ZeroInsertion z = transposedConvByZeroInsertion(y, w, params);
        QCOMPARE(z.zeroInserted.size(), cv::Size((y.cols - 1) * params.stride.cols + 1,
                                                 (y.rows - 1) * params.stride.rows + 1));
        QCOMPARE(z.padded.size(), cv::Size(out.width + params.dilation.cols * (w.cols - 1),
                                           out.height + params.dilation.rows * (w.rows - 1)));
        CONVLAB_COMPARE_MATS(z.output, expected, 1e-5);
        CONVLAB_COMPARE_MATS(transposedConvByScatter(y, w, params), expected, 1e-5);
        CONVLAB_COMPARE_MATS(transposedConvByMatrix(y, w, params), expected, 1e-5);
        CONVLAB_COMPARE_MATS(transposedConv2d(y, w, params), expected, 1e-5);
    }
}

// ⟨conv2d(x), y⟩ = ⟨x, convᵀ(y)⟩: the transposed convolution is the adjoint of conv2d with the
// same stride, padding and dilation; the output padding a recovers x's size exactly.
void TestTransposedConv::isTheAdjointOfConv2d()
{
    std::mt19937 rng(99);
    RandomInt pick(rng);
    int tested = 0;
    while (tested < 60) {
        ConvParams conv;
        conv.stride = {pick(1, 3), pick(1, 3)};
        conv.dilation = {pick(1, 2), pick(1, 2)};
        conv.padding = {pick(0, 2), pick(0, 2), pick(0, 2), pick(0, 2)};
        const cv::Mat x = test::randomMat(rng, pick(3, 8), pick(3, 8));
        const cv::Mat w = test::randomMat(rng, pick(1, 4), pick(1, 4));
        const int spanRows =
            x.rows + conv.padding.top + conv.padding.bottom - conv.dilation.rows * (w.rows - 1) - 1;
        const int spanCols =
            x.cols + conv.padding.left + conv.padding.right - conv.dilation.cols * (w.cols - 1) - 1;
        if (spanRows < 0 || spanCols < 0)
            continue;
        ++tested;

        const cv::Mat y =
            test::randomMat(rng, spanRows / conv.stride.rows + 1, spanCols / conv.stride.cols + 1);
        const TransposedParams transposed{
            conv.stride,
            conv.padding,
            {spanRows % conv.stride.rows, spanCols % conv.stride.cols},
            conv.dilation};
        const cv::Mat Wx = conv2d(x, w, conv);
        QCOMPARE(Wx.size(), y.size());
        const cv::Mat Wty = transposedConv2d(y, w, transposed);
        QCOMPARE(Wty.size(), x.size());

        const double lhs = dot(Wx, y);
        const double rhs = dot(x, Wty);
        QVERIFY2(std::abs(lhs - rhs) <= 1e-5 * std::max(1.0, std::abs(lhs)),
                 qPrintable(QStringLiteral("<Wx, y> = %1 but <x, Wty> = %2").arg(lhs).arg(rhs)));
        CONVLAB_COMPARE_MATS(transposedConvByMatrix(y, w, transposed), Wty, 1e-5);
    }
}

// PyTorch accepts a >= s when a < d; the extra rows come only from the dilated kernel's reach.
void TestTransposedConv::outputPaddingMayReachTheStrideWhenBelowTheDilation()
{
    std::mt19937 rng(5);
    const cv::Mat y = test::randomMat(rng, 3, 4);
    const cv::Mat w = test::randomMat(rng, 2, 3);
    const TransposedParams params{{1, 2}, Padding{4, 0, 1, 1}, {2, 2}, {3, 3}};
    const cv::Mat expected = bruteForceTransposed(y, w, params);
    QCOMPARE(expected.size(), cv::Size(13, 4));
    CONVLAB_COMPARE_MATS(transposedConvByZeroInsertion(y, w, params).output, expected, 1e-5);
    CONVLAB_COMPARE_MATS(transposedConvByScatter(y, w, params), expected, 1e-5);
    CONVLAB_COMPARE_MATS(transposedConvByMatrix(y, w, params), expected, 1e-5);
}

void TestTransposedConv::refusesOutputPaddingNotBelowStrideOrDilation()
{
    const cv::Mat y = cv::Mat::ones(3, 3, CV_32F);
    const cv::Mat w = cv::Mat::ones(3, 3, CV_32F);
    const TransposedParams params{{2, 2}, {}, {0, 3}, {1, 1}};
    const QString message = messageOf([&] { transposedConv2d(y, w, params); });
    QVERIFY2(message.contains('3') && message.contains('2'), qPrintable(message));
    QVERIFY_THROWS_EXCEPTION(Error, transposedConvByZeroInsertion(y, w, params));
    QVERIFY_THROWS_EXCEPTION(Error, transposedConvByMatrix(y, w, params));
}

void TestTransposedConv::refusesBadData_data()
{
    QTest::addColumn<cv::Mat>("input");
    QTest::addColumn<cv::Mat>("kernel");
    QTest::addColumn<QString>("named");

    const cv::Mat ok = cv::Mat::ones(3, 3, CV_32F);
    cv::Mat withNan = ok.clone();
    withNan.at<float>(1, 2) = std::numeric_limits<float>::quiet_NaN();
    QTest::addRow("empty input") << cv::Mat() << ok << "input";
    QTest::addRow("empty kernel") << ok << cv::Mat() << "kernel";
    QTest::addRow("three channels")
        << cv::Mat(3, 3, CV_32FC3, cv::Scalar::all(1)) << ok << "CV_32FC3";
    QTest::addRow("double input") << cv::Mat(3, 3, CV_64F, cv::Scalar(1)) << ok << "CV_64F";
    QTest::addRow("NaN in input") << withNan << ok << "input";
    QTest::addRow("NaN in kernel") << ok << withNan << "kernel";
}

void TestTransposedConv::refusesBadData()
{
    QFETCH(cv::Mat, input);
    QFETCH(cv::Mat, kernel);
    QFETCH(QString, named);
    const TransposedParams params;
    for (const auto& form : std::initializer_list<std::function<void()>>{
             [&] { transposedConvByZeroInsertion(input, kernel, params); },
             [&] { transposedConvByScatter(input, kernel, params); },
             [&] { transposedConvByMatrix(input, kernel, params); }}) {
        const QString message = messageOf(form);
        QVERIFY2(message.contains(named), qPrintable("got \"" + message + '"'));
    }
}

QTEST_APPLESS_MAIN(TestTransposedConv)
#include "tst_transposedconv.moc"
