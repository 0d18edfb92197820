// SPDX-License-Identifier: MIT
#include "Error.h"
#include "TestData.h"
#include "color/Colormap.h"

#include <QTest>
#include <cmath>
#include <limits>
#include <opencv2/imgproc.hpp>
#include <random>

using namespace convlab;
using namespace convlab::test;

Q_DECLARE_METATYPE(cv::Mat)
Q_DECLARE_METATYPE(convlab::Colormap)

namespace {

constexpr float kNaN = std::numeric_limits<float>::quiet_NaN();

QString errorOf(const std::function<void()>& action)
{
    try {
        action();
    } catch (const Error& e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

// The 8-bit level a value lands on, computed here independently of the library.
int quantised(float v, ValueRange range)
{
    const double t = (v - range.low) / (range.high - range.low);
    return static_cast<int>(std::lround(std::clamp(t, 0.0, 1.0) * 255));
}

cv::Mat ramp(float from, float to, int count)
{
    cv::Mat m(1, count, CV_32F);
    for (int i = 0; i < count; ++i)
        m.at<float>(i) = from + (to - from) * static_cast<float>(i) / static_cast<float>(count - 1);
    return m;
}

} // namespace

class TestColormap : public QObject {
    Q_OBJECT

  private slots:
    void namesRoundTrip();
    void unknownNameIsRefused();
    void automaticRange_data();
    void automaticRange();
    void constantOrUndefinedMapsGetARealRange_data();
    void constantOrUndefinedMapsGetARealRange();
    void nanCellsGetTheUndefinedColour_data();
    void nanCellsGetTheUndefinedColour();
    void grayMatchesBruteForceQuantisation();
    void grayIsMonotone();
    void viridisAndMagmaAreOpenCVs_data();
    void viridisAndMagmaAreOpenCVs();
    void divergingIsWhiteAtZeroBlueBelowRedAbove();
    void divergingLightnessPeaksAtZero();
    void refusesEmptyRangeAndSeveralChannels();
    void normaliseToGray8MatchesBruteForce();
    void normaliseToGray8ConstantAndNaN();
};

void TestColormap::namesRoundTrip()
{
    for (const Colormap map :
         {Colormap::Viridis, Colormap::Gray, Colormap::Magma, Colormap::Diverging})
        QVERIFY(colormapFromString(toString(map)) == map);
    QCOMPARE(toString(Colormap::Viridis), std::string("viridis"));
    QCOMPARE(toString(Colormap::Gray), std::string("gray"));
    QCOMPARE(toString(Colormap::Magma), std::string("magma"));
    QCOMPARE(toString(Colormap::Diverging), std::string("diverging"));
    QVERIFY(colormapFromString("Magma") == Colormap::Magma);
}

void TestColormap::unknownNameIsRefused()
{
    const QString message = errorOf([] { colormapFromString("jet"); });
    QVERIFY2(message.contains("'jet'") && message.contains("viridis"), qPrintable(message));
}

void TestColormap::automaticRange_data()
{
    QTest::addColumn<cv::Mat>("values");
    QTest::addColumn<Colormap>("map");
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");

    const cv::Mat withNaN = (cv::Mat_<float>(2, 2) << -1, kNaN, 3, 0.5f);
    QTest::addRow("min and max, NaN ignored") << withNaN << Colormap::Viridis << -1.0 << 3.0;
    QTest::addRow("gray too") << withNaN << Colormap::Gray << -1.0 << 3.0;
    QTest::addRow("diverging: ±max |v|") << withNaN << Colormap::Diverging << -3.0 << 3.0;
    QTest::addRow("diverging, negative side larger")
        << cv::Mat((cv::Mat_<float>(1, 2) << -5, 2)) << Colormap::Diverging << -5.0 << 5.0;
    QTest::addRow("infinities ignored")
        << cv::Mat((cv::Mat_<float>(1, 3) << std::numeric_limits<float>::infinity(), 2, 4))
        << Colormap::Magma << 2.0 << 4.0;
    QTest::addRow("float64 input")
        << cv::Mat((cv::Mat_<double>(1, 2) << 0.25, 0.75)) << Colormap::Gray << 0.25 << 0.75;
}

void TestColormap::automaticRange()
{
    QFETCH(cv::Mat, values);
    QFETCH(Colormap, map);
    QFETCH(double, low);
    QFETCH(double, high);
    const ValueRange range = convlab::automaticRange(values, map);
    QCOMPARE(range.low, low);
    QCOMPARE(range.high, high);
}

void TestColormap::constantOrUndefinedMapsGetARealRange_data()
{
    QTest::addColumn<cv::Mat>("values");
    QTest::addColumn<Colormap>("map");
    for (const Colormap map : {Colormap::Viridis, Colormap::Diverging}) {
        const char* name = map == Colormap::Viridis ? "viridis" : "diverging";
        QTest::addRow("%s, constant 2", name) << cv::Mat(3, 3, CV_32F, 2.f) << map;
        QTest::addRow("%s, constant 0", name) << cv::Mat(3, 3, CV_32F, 0.f) << map;
        QTest::addRow("%s, constant -1e6", name) << cv::Mat(3, 3, CV_32F, -1e6f) << map;
        QTest::addRow("%s, all NaN", name) << cv::Mat(2, 2, CV_32F, kNaN) << map;
    }
}

void TestColormap::constantOrUndefinedMapsGetARealRange()
{
    QFETCH(cv::Mat, values);
    QFETCH(Colormap, map);
    const ValueRange range = convlab::automaticRange(values, map);
    QVERIFY(range.low < range.high);
    const float v = values.at<float>(0, 0);
    if (std::isnan(v))
        return;
    if (map == Colormap::Diverging) {
        // Still centred on zero, with the value inside.
        QCOMPARE(range.low, -range.high);
        QVERIFY(std::abs(v) <= range.high);
    } else {
        // In the middle of the colormap rather than at one end.
        QCOMPARE(quantised(v, range), 128);
    }
    QCOMPARE(applyColormap(values, map, range).size(), values.size());
}

void TestColormap::nanCellsGetTheUndefinedColour_data()
{
    QTest::addColumn<Colormap>("map");
    QTest::addRow("viridis") << Colormap::Viridis;
    QTest::addRow("gray") << Colormap::Gray;
    QTest::addRow("magma") << Colormap::Magma;
    QTest::addRow("diverging") << Colormap::Diverging;
}

void TestColormap::nanCellsGetTheUndefinedColour()
{
    QFETCH(Colormap, map);
    std::mt19937 rng(31);
    cv::Mat values = randomMat(rng, 9, 11);
    std::uniform_int_distribution<int> coin(0, 3);
    for (int r = 0; r < values.rows; ++r)
        for (int c = 0; c < values.cols; ++c)
            if (coin(rng) == 0)
                values.at<float>(r, c) = kNaN;
    const cv::Vec3b undefined(1, 2, 3);
    const ValueRange range{-1, 1};
    const cv::Mat colours = applyColormap(values, map, range, undefined);
    QCOMPARE(colours.type(), CV_8UC3);
    QCOMPARE(colours.size(), values.size());

    // A defined cell has the colour it would have alone.
    for (int r = 0; r < values.rows; ++r)
        for (int c = 0; c < values.cols; ++c) {
            const float v = values.at<float>(r, c);
            if (std::isnan(v)) {
                QCOMPARE(colours.at<cv::Vec3b>(r, c), undefined);
            } else {
                const cv::Mat alone = applyColormap(cv::Mat(1, 1, CV_32F, v), map, range);
                QCOMPARE(colours.at<cv::Vec3b>(r, c), alone.at<cv::Vec3b>(0, 0));
                QVERIFY(colours.at<cv::Vec3b>(r, c) != undefined);
            }
        }
    // The default undefined colour is mid-gray.
    QCOMPARE(applyColormap(cv::Mat(1, 1, CV_32F, kNaN), map, range).at<cv::Vec3b>(0, 0),
             cv::Vec3b(128, 128, 128));
}

void TestColormap::grayMatchesBruteForceQuantisation()
{
    std::mt19937 rng(41);
    const cv::Mat values = randomMat(rng, 13, 17, 1, -2.f, 3.f); // beyond the range both ways
    const ValueRange range{-1, 2};
    const cv::Mat colours = applyColormap(values, Colormap::Gray, range);
    for (int r = 0; r < values.rows; ++r)
        for (int c = 0; c < values.cols; ++c) {
            const auto q = static_cast<std::uint8_t>(quantised(values.at<float>(r, c), range));
            QCOMPARE(colours.at<cv::Vec3b>(r, c), cv::Vec3b(q, q, q));
        }
}

void TestColormap::grayIsMonotone()
{
    const cv::Mat values = ramp(-1, 1, 1000);
    const cv::Mat colours = applyColormap(values, Colormap::Gray, {-1, 1});
    QCOMPARE(colours.at<cv::Vec3b>(0), cv::Vec3b(0, 0, 0));
    QCOMPARE(colours.at<cv::Vec3b>(999), cv::Vec3b(255, 255, 255));
    for (int i = 1; i < values.cols; ++i)
        for (int ch = 0; ch < 3; ++ch)
            QVERIFY(colours.at<cv::Vec3b>(i)[ch] >= colours.at<cv::Vec3b>(i - 1)[ch]);
}

void TestColormap::viridisAndMagmaAreOpenCVs_data()
{
    QTest::addColumn<Colormap>("map");
    QTest::addColumn<int>("opencvMap");
    QTest::addRow("viridis") << Colormap::Viridis << int{cv::COLORMAP_VIRIDIS};
    QTest::addRow("magma") << Colormap::Magma << int{cv::COLORMAP_MAGMA};
}

void TestColormap::viridisAndMagmaAreOpenCVs()
{
    QFETCH(Colormap, map);
    QFETCH(int, opencvMap);
    std::mt19937 rng(43);
    const cv::Mat values = randomMat(rng, 10, 12, 1, 0.f, 10.f);
    const ValueRange range{0, 10};
    cv::Mat levels(values.size(), CV_8UC1);
    for (int r = 0; r < values.rows; ++r)
        for (int c = 0; c < values.cols; ++c)
            levels.at<std::uint8_t>(r, c) =
                static_cast<std::uint8_t>(quantised(values.at<float>(r, c), range));
    cv::Mat expected;
    cv::applyColorMap(levels, expected, opencvMap);
    const cv::Mat colours = applyColormap(values, map, range);
    QCOMPARE(cv::norm(colours, expected, cv::NORM_INF), 0.0);
}

void TestColormap::divergingIsWhiteAtZeroBlueBelowRedAbove()
{
    const cv::Mat values = (cv::Mat_<float>(1, 3) << -2.5f, 0, 2.5f);
    const ValueRange range = convlab::automaticRange(values, Colormap::Diverging);
    QCOMPARE(range.low, -2.5);
    QCOMPARE(range.high, 2.5);
    const cv::Mat colours = applyColormap(values, Colormap::Diverging, range);
    const cv::Vec3b negative = colours.at<cv::Vec3b>(0), zero = colours.at<cv::Vec3b>(1),
                    positive = colours.at<cv::Vec3b>(2);
    for (int ch = 0; ch < 3; ++ch)
        QVERIFY2(zero[ch] >= 240, "zero is near white");
    QVERIFY(negative[0] > negative[2] + 80); // BGR: blue well above red
    QVERIFY(positive[2] > positive[0] + 80);
    // The ends are the two ends of the map, whatever lies beyond them.
    QCOMPARE(
        applyColormap(cv::Mat(1, 1, CV_32F, -100.f), Colormap::Diverging, range).at<cv::Vec3b>(0),
        negative);
    QCOMPARE(
        applyColormap(cv::Mat(1, 1, CV_32F, 100.f), Colormap::Diverging, range).at<cv::Vec3b>(0),
        positive);
}

// Lightness rises evenly from blue to white and falls from white to red: a reader sees |v|.
void TestColormap::divergingLightnessPeaksAtZero()
{
    const cv::Mat values = ramp(-1, 1, 255);
    cv::Mat lab;
    cv::cvtColor(applyColormap(values, Colormap::Diverging, {-1, 1}), lab, cv::COLOR_BGR2Lab);
    const auto lightness = [&](int i) { return static_cast<int>(lab.at<cv::Vec3b>(i)[0]); };
    for (int i = 1; i <= 127; ++i)
        QVERIFY2(lightness(i) + 1 >= lightness(i - 1), qPrintable(QString::number(i)));
    for (int i = 128; i < 255; ++i)
        QVERIFY2(lightness(i) <= lightness(i - 1) + 1, qPrintable(QString::number(i)));
    QVERIFY(lightness(127) > lightness(0) + 80);
    QVERIFY(lightness(127) > lightness(254) + 80);
}

void TestColormap::refusesEmptyRangeAndSeveralChannels()
{
    const cv::Mat values(2, 2, CV_32F, 1.f);
    const QString empty = errorOf([&] { applyColormap(values, Colormap::Gray, {3, 3}); });
    QVERIFY2(empty.contains("3.000000") && empty.contains("empty"), qPrintable(empty));
    const QString channels = errorOf([] {
        applyColormap(cv::Mat(2, 2, CV_32FC3), Colormap::Gray, {0, 1});
    });
    QVERIFY2(channels.contains("3 channels"), qPrintable(channels));
    QVERIFY(!errorOf([] { normaliseToGray8(cv::Mat(2, 2, CV_32FC2)); }).isEmpty());
}

void TestColormap::normaliseToGray8MatchesBruteForce()
{
    std::mt19937 rng(47);
    cv::Mat values = randomMat(rng, 15, 8, 1, -7.f, 4.f);
    values.at<float>(3, 3) = kNaN;
    double low = INFINITY, high = -INFINITY;
    for (int i = 0; i < values.rows * values.cols; ++i)
        if (const float v = values.at<float>(i / 8, i % 8); !std::isnan(v)) {
            low = std::min<double>(low, v);
            high = std::max<double>(high, v);
        }
    const cv::Mat gray = normaliseToGray8(values);
    QCOMPARE(gray.type(), CV_8UC1);
    int zeros = 0, whites = 0;
    for (int r = 0; r < values.rows; ++r)
        for (int c = 0; c < values.cols; ++c) {
            const float v = values.at<float>(r, c);
            const int expected = std::isnan(v) ? 0 : quantised(v, {low, high});
            QCOMPARE(int{gray.at<std::uint8_t>(r, c)}, expected);
            zeros += expected == 0;
            whites += expected == 255;
        }
    QVERIFY(zeros >= 2 && whites >= 1); // the minimum, the NaN, and the maximum
}

void TestColormap::normaliseToGray8ConstantAndNaN()
{
    cv::Mat values(3, 4, CV_32F, 5.f);
    values.at<float>(1, 2) = kNaN;
    const cv::Mat gray = normaliseToGray8(values);
    for (int r = 0; r < 3; ++r)
        for (int c = 0; c < 4; ++c)
            QCOMPARE(int{gray.at<std::uint8_t>(r, c)}, r == 1 && c == 2 ? 0 : 128);
}

QTEST_APPLESS_MAIN(TestColormap)
#include "tst_colormap.moc"
