// SPDX-License-Identifier: MIT
#include "BruteForce.h"
#include "Error.h"
#include "TestData.h"
#include "ops/Pool.h"

#include <QTest>
#include <limits>
#include <random>

using namespace convlab;
using namespace convlab::test;

Q_DECLARE_METATYPE(cv::Mat)
Q_DECLARE_METATYPE(PoolParams)

namespace {

cv::Mat counting(int rows, int cols) // 1, 2, 3, … row by row
{
    cv::Mat m(rows, cols, CV_32F);
    for (int i = 0; i < rows * cols; ++i)
        m.at<float>(i / cols, i % cols) = float(i + 1);
    return m;
}

PoolParams params(int size, int stride, int pad, PoolMode mode)
{
    return {{size, size}, {stride, stride}, Padding::uniform(pad), mode};
}

} // namespace

class TestPool : public QObject {
    Q_OBJECT

  private slots:
    void poolsByHand_data();
    void poolsByHand();
    void maxPaddingNeverWins();
    void poolsEachChannel();
    void matchesBruteForceOnRandomCases();
    void modeNamesRoundTrip();
    void refusesWhatPyTorchRefuses_data();
    void refusesWhatPyTorchRefuses();
};

void TestPool::poolsByHand_data()
{
    QTest::addColumn<cv::Mat>("input");
    QTest::addColumn<PoolParams>("params");
    QTest::addColumn<cv::Mat>("expected");
    QTest::addRow("max 2, stride 2")
        << counting(4, 4) << params(2, 2, 0, PoolMode::Max) << grid(2, {6, 8, 14, 16});
    QTest::addRow("average 2, stride 2")
        << counting(4, 4) << params(2, 2, 0, PoolMode::Average) << grid(2, {3.5, 5.5, 11.5, 13.5});
    // Padded 3x3 -> 5x5; windows at rows/cols {-1, 0} and {1, 2}.
    QTest::addRow("max with padding")
        << counting(3, 3) << params(2, 2, 1, PoolMode::Max) << grid(2, {1, 3, 7, 9});
    QTest::addRow("average counts the padding")
        << counting(3, 3) << params(2, 2, 1, PoolMode::Average) << grid(2, {0.25, 1.25, 2.75, 7});
    QTest::addRow("floor mode drops the last row and column")
        << counting(5, 5) << params(2, 2, 0, PoolMode::Max) << grid(2, {7, 9, 17, 19});
    QTest::addRow("overlapping windows")
        << counting(4, 4) << params(3, 1, 0, PoolMode::Max) << grid(2, {11, 12, 15, 16});
    QTest::addRow("rectangular window")
        << counting(2, 4) << PoolParams{{1, 2}, {1, 2}, {}, PoolMode::Average}
        << grid(2, {1.5, 3.5, 5.5, 7.5});
}

void TestPool::poolsByHand()
{
    QFETCH(cv::Mat, input);
    QFETCH(PoolParams, params);
    QFETCH(cv::Mat, expected);
    CONVLAB_COMPARE_MATS(pool2d(input, params), expected, 1e-7);
}

void TestPool::maxPaddingNeverWins()
{
    const cv::Mat negative(3, 3, CV_32F, cv::Scalar(-5));
    CONVLAB_COMPARE_MATS(pool2d(negative, params(2, 2, 1, PoolMode::Max)),
                         cv::Mat(2, 2, CV_32F, cv::Scalar(-5)), 0);
    // The corner window holds one real cell and three padding zeros.
    QCOMPARE(pool2d(negative, params(2, 2, 1, PoolMode::Average)).at<float>(0, 0), -1.25f);
}

void TestPool::poolsEachChannel()
{
    cv::Mat x(2, 2, CV_32FC2);
    x.at<cv::Vec2f>(0, 0) = {1, -1};
    x.at<cv::Vec2f>(0, 1) = {4, -4};
    x.at<cv::Vec2f>(1, 0) = {2, -2};
    x.at<cv::Vec2f>(1, 1) = {3, -3};
    const cv::Mat max = pool2d(x, params(2, 2, 0, PoolMode::Max));
    QCOMPARE(max.type(), CV_32FC2);
    QCOMPARE(max.at<cv::Vec2f>(0, 0), cv::Vec2f(4, -1));
    QCOMPARE(pool2d(x, params(2, 2, 0, PoolMode::Average)).at<cv::Vec2f>(0, 0),
             cv::Vec2f(2.5, -2.5));
}

void TestPool::matchesBruteForceOnRandomCases()
{
    std::mt19937 rng(41);
    int tested = 0;
    while (tested < 200) {
        const PoolCase c = randomPoolCase(rng, {});
        const cv::Mat& x = c.input;
        const PoolParams& p = c.params;
        if (!c.fits()) {
            QVERIFY(messageOf([&] { pool2d(x, p); }).contains("is larger than padded input"));
            continue;
        }
        ++tested;
        CONVLAB_COMPARE_MATS(pool2d(x, p), bruteForcePool(x, p), 1e-6);
    }
}

void TestPool::modeNamesRoundTrip()
{
    QCOMPARE(toString(PoolMode::Max), std::string("max"));
    QCOMPARE(toString(PoolMode::Average), std::string("avg"));
    QVERIFY(poolModeFromString("max") == PoolMode::Max);
    QVERIFY(poolModeFromString("avg") == PoolMode::Average);
    QCOMPARE(messageOf([] { poolModeFromString("mean"); }),
             QStringLiteral("unknown pool mode 'mean' (expected max or avg)"));
    QCOMPARE(messageOf([] { toString(static_cast<PoolMode>(4)); }),
             QStringLiteral("unknown pool mode 4"));
}

void TestPool::refusesWhatPyTorchRefuses_data()
{
    QTest::addColumn<cv::Mat>("input");
    QTest::addColumn<PoolParams>("params");
    QTest::addColumn<QString>("message");
    const cv::Mat ok = counting(4, 4);
    cv::Mat withNan = ok.clone();
    withNan.at<float>(3, 1) = std::numeric_limits<float>::quiet_NaN();
    QTest::addRow("size 0") << ok << PoolParams{{0, 2}, {2, 2}, {}, PoolMode::Max}
                            << "pool size 0 must be at least 1 (rows)";
    QTest::addRow("stride 0") << ok << PoolParams{{2, 2}, {2, 0}, {}, PoolMode::Max}
                              << "pool stride 0 must be at least 1 (columns)";
    QTest::addRow("negative padding")
        << ok << PoolParams{{2, 2}, {2, 2}, {0, 0, -1, 0}, PoolMode::Max}
        << "padding left -1 must not be negative";
    QTest::addRow("padding over half the window")
        << ok << PoolParams{{3, 3}, {1, 1}, {2, 0, 0, 0}, PoolMode::Average}
        << "padding top 2 must be at most half the pool size 3 (rows)";
    QTest::addRow("padding over half, after")
        << ok << PoolParams{{2, 2}, {1, 1}, {0, 0, 0, 2}, PoolMode::Max}
        << "padding right 2 must be at most half the pool size 2 (columns)";
    QTest::addRow("window larger than padded input")
        << ok << PoolParams{{2, 7}, {1, 1}, {0, 0, 1, 1}, PoolMode::Max}
        << "pool size 7 is larger than padded input 6 (columns)";
    QTest::addRow("empty") << cv::Mat() << params(2, 2, 0, PoolMode::Max) << "the input is empty";
    QTest::addRow("double") << cv::Mat(4, 4, CV_64F, cv::Scalar(0))
                            << params(2, 2, 0, PoolMode::Max)
                            << "pooling takes float32 data; the input is CV_64FC1";
    QTest::addRow("NaN") << withNan << params(2, 2, 0, PoolMode::Max)
                         << "input has a NaN at (row 3, col 1)";
}

void TestPool::refusesWhatPyTorchRefuses()
{
    QFETCH(cv::Mat, input);
    QFETCH(PoolParams, params);
    QFETCH(QString, message);
    QCOMPARE(messageOf([&] { validatePool(input, params); }), message);
    QCOMPARE(messageOf([&] { pool2d(input, params); }), message);
}

QTEST_APPLESS_MAIN(TestPool)
#include "tst_pool.moc"
