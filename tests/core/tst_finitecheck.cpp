// SPDX-License-Identifier: MIT
#include "Error.h"
#include "TestData.h"
#include "engine/FiniteCheck.h"

#include <QTest>
#include <limits>
#include <random>

using namespace convlab;

class TestFiniteCheck : public QObject {
    Q_OBJECT

  private slots:
    void finiteDataPasses();
    void findsEveryNonFiniteValue_data();
    void findsEveryNonFiniteValue();
    void refusesOtherDepths();
};

void TestFiniteCheck::finiteDataPasses()
{
    std::mt19937 rng(1);
    QVERIFY(allFinite(test::randomMat(rng, 1080, 1920)));
    QVERIFY(allFinite(cv::Mat()));
    // Extremes that are still finite: the largest float, the smallest subnormal, -0.
    cv::Mat edge =
        (cv::Mat_<float>(1, 4) << std::numeric_limits<float>::max(),
         -std::numeric_limits<float>::max(), std::numeric_limits<float>::denorm_min(), -0.f);
    QVERIFY(allFinite(edge));
}

void TestFiniteCheck::findsEveryNonFiniteValue_data()
{
    QTest::addColumn<float>("bad");
    QTest::addColumn<int>("channels");
    QTest::addColumn<bool>("inRegionOfInterest");
    const float values[] = {std::numeric_limits<float>::quiet_NaN(),
                            std::numeric_limits<float>::infinity(),
                            -std::numeric_limits<float>::infinity()};
    const char* names[] = {"NaN", "+Inf", "-Inf"};
    for (int v = 0; v < 3; ++v)
        for (int channels : {1, 3})
            for (bool roi : {false, true})
                QTest::addRow("%s, %d channel(s)%s", names[v], channels, roi ? ", ROI" : "")
                    << values[v] << channels << roi;
}

// Every position of a small matrix in turn, and random ones in a large one, so that loop
// tails and row ends are covered.
void TestFiniteCheck::findsEveryNonFiniteValue()
{
    QFETCH(float, bad);
    QFETCH(int, channels);
    QFETCH(bool, inRegionOfInterest);
    std::mt19937 rng(2);
    const cv::Mat big = test::randomMat(rng, 40, 57, channels);
    const cv::Mat small = inRegionOfInterest ? big(cv::Rect(3, 2, 37, 29)) : big;
    for (int r = 0; r < small.rows; ++r)
        for (int i = 0; i < small.cols * channels; ++i) {
            cv::Mat m = small.clone();
            if (inRegionOfInterest) // keep the ROI layout: a row step larger than its width
                m = big.clone()(cv::Rect(3, 2, 37, 29));
            m.ptr<float>(r)[i] = bad;
            QVERIFY2(!allFinite(m), qPrintable(QStringLiteral("missed (%1, %2)").arg(r).arg(i)));
        }
    cv::Mat large = test::randomMat(rng, 777, 1001, channels);
    for (int n = 0; n < 20; ++n) {
        const int r = std::uniform_int_distribution<int>(0, large.rows - 1)(rng);
        const int i = std::uniform_int_distribution<int>(0, large.cols * channels - 1)(rng);
        const float kept = large.ptr<float>(r)[i];
        large.ptr<float>(r)[i] = bad;
        QVERIFY(!allFinite(large));
        large.ptr<float>(r)[i] = kept;
    }
    QVERIFY(allFinite(large));
}

void TestFiniteCheck::refusesOtherDepths()
{
    try {
        allFinite(cv::Mat(3, 3, CV_64F, cv::Scalar(0)));
        QFAIL("a CV_64F matrix was accepted");
    } catch (const Error& e) {
        QVERIFY2(QString(e.what()).contains("CV_64F"), e.what());
    }
}

QTEST_APPLESS_MAIN(TestFiniteCheck)
#include "tst_finitecheck.moc"
