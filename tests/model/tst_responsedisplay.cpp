// SPDX-License-Identifier: MIT
#include "TestData.h"
#include "compute/ResponseDisplay.h"

#include <QTest>
#include <cmath>
#include <random>

using namespace convlab;

namespace {

// A map with NaN holes (undefined normalised scores) scattered through it.
cv::Mat mapWithHoles(std::mt19937& rng, int rows, int cols, float low, float high, int holes)
{
    cv::Mat map = low < high ? test::randomMat(rng, rows, cols, 1, low, high)
                             : cv::Mat(rows, cols, CV_32F, cv::Scalar(low));
    std::uniform_int_distribution<int> row(0, rows - 1), col(0, cols - 1);
    for (int i = 0; i < holes; ++i)
        map.at<float>(row(rng), col(rng)) = std::nanf("");
    return map;
}

bool sameRange(ValueRange a, ValueRange b)
{
    return a.low == b.low && a.high == b.high;
}

bool samePixels(const QImage& a, const QImage& b)
{
    return a.size() == b.size() && a.format() == b.format() &&
           a.convertToFormat(QImage::Format_RGB32) == b.convertToFormat(QImage::Format_RGB32);
}

} // namespace

class TestResponseDisplay : public QObject {
    Q_OBJECT
  private slots:
    void sameAsWorkingItOutOnTheWholeMap_data()
    {
        QTest::addColumn<int>("colormap");
        QTest::addColumn<float>("low");
        QTest::addColumn<float>("high");
        QTest::addColumn<int>("holes");
        for (int map = 0; map < 4; ++map) {
            const auto name = toString(Colormap(map));
            QTest::addRow("%s signed, holes", name.c_str()) << map << -3.f << 2.f << 40;
            QTest::addRow("%s positive", name.c_str()) << map << 0.25f << 0.75f << 0;
            QTest::addRow("%s constant", name.c_str()) << map << 0.5f << 0.5f << 3;
            QTest::addRow("%s all undefined", name.c_str()) << map << 0.f << 1.f << -1;
        }
    }
    void sameAsWorkingItOutOnTheWholeMap()
    {
        QFETCH(int, colormap);
        QFETCH(float, low);
        QFETCH(float, high);
        QFETCH(int, holes);
        std::mt19937 rng(100 + colormap * 7 + holes);
        cv::Mat map = mapWithHoles(rng, 37, 53, low, high, std::max(holes, 0));
        if (holes < 0)
            map.setTo(std::nanf(""));
        ViewSettings view;
        view.colormap = Colormap(colormap);

        const ResponseDisplay display = ResponseDisplay::prepare(map, view);
        QVERIFY(display.prepared);
        // The finite extent, by brute force.
        bool any = false;
        float least = 0, most = 0;
        for (int r = 0; r < map.rows; ++r)
            for (int c = 0; c < map.cols; ++c) {
                const float v = map.at<float>(r, c);
                if (std::isnan(v))
                    continue;
                least = any ? std::min(least, v) : v;
                most = any ? std::max(most, v) : v;
                any = true;
            }
        QCOMPARE(display.anyFinite, any);
        if (any) {
            QCOMPARE(display.finiteLow, least);
            QCOMPARE(display.finiteHigh, most);
        }
        const ValueRange expected = automaticRange(map, view.colormap);
        QVERIFY(sameRange(display.range, expected));
        QVERIFY(sameRange(display.rangeFor(view), expected));
        QVERIFY(display.matches(view.colormap, expected));
        QVERIFY(samePixels(display.colored, colormapImage(map, view.colormap, expected)));
        QCOMPARE(display.colored.format(), QImage::Format_RGB32); // drawn without conversion

        // Another colormap or range asks the view to colour the map itself.
        const Colormap other = Colormap((colormap + 1) % 4);
        QVERIFY(!display.matches(other, expected));
        QVERIFY(!display.matches(view.colormap, {expected.low, expected.high + 1}));
        // The range for other settings still needs no pass over the map.
        view.colormap = other;
        QVERIFY(sameRange(display.rangeFor(view), automaticRange(map, other)));
    }

    void aFixedRangeIsUsedAsGiven()
    {
        std::mt19937 rng(5);
        const cv::Mat map = mapWithHoles(rng, 20, 30, -1.f, 1.f, 5);
        ViewSettings view;
        view.colormap = Colormap::Magma;
        view.autoRange = false;
        view.rangeLow = -0.25;
        view.rangeHigh = 0.5;
        const ResponseDisplay display = ResponseDisplay::prepare(map, view);
        QVERIFY(sameRange(display.range, {-0.25, 0.5}));
        QVERIFY(samePixels(display.colored, colormapImage(map, Colormap::Magma, {-0.25, 0.5})));

        view.rangeLow = 2; // upside down: not drawn here, the view explains it
        view.rangeHigh = 1;
        const ResponseDisplay upsideDown = ResponseDisplay::prepare(map, view);
        QVERIFY(upsideDown.colored.isNull());
        QVERIFY(!upsideDown.matches(Colormap::Magma, {2, 1}));
    }

    // After a change of some cells, the previous display's colours are kept for the others:
    // the result is the same picture as drawing the whole map again.
    void onlyTheChangedCellsAreDrawnAgain()
    {
        std::mt19937 rng(6);
        cv::Mat before = mapWithHoles(rng, 40, 50, -1.f, 1.f, 6);
        before.at<float>(0, 0) = -1.5f; // the extremes, away from the change
        before.at<float>(39, 49) = 1.5f;
        ViewSettings view;
        const ResponseDisplay previous = ResponseDisplay::prepare(before, view);
        const cv::Rect changed(10, 12, 7, 5);
        cv::Mat after = before.clone();
        test::randomMat(rng, 5, 7, 1, -1.f, 1.f).copyTo(after(changed));
        after.at<float>(13, 12) = std::nanf("");

        const ResponseDisplay reused =
            ResponseDisplay::prepare(after, view, nullptr, &previous, {changed});
        const ResponseDisplay whole = ResponseDisplay::prepare(after, view);
        QVERIFY(sameRange(reused.range, whole.range));
        QVERIFY(samePixels(reused.colored, whole.colored));
        QVERIFY(previous.colored != reused.colored); // the previous picture is left as it was

        // The unchanged cells really come from the previous picture: give it a marker colour.
        ResponseDisplay marked = previous;
        marked.colored = QImage(50, 40, QImage::Format_RGB32);
        marked.colored.fill(qRgb(1, 2, 3));
        const QImage drawn =
            ResponseDisplay::prepare(after, view, nullptr, &marked, {changed}).colored;
        QCOMPARE(drawn.pixel(0, 0), qRgb(1, 2, 3));
        QCOMPARE(drawn.pixel(changed.x - 1, changed.y), qRgb(1, 2, 3));
        QCOMPARE(drawn.pixel(changed.x, changed.y), whole.colored.pixel(changed.x, changed.y));
        QCOMPARE(drawn.pixel(changed.br().x - 1, changed.br().y - 1),
                 whole.colored.pixel(changed.br().x - 1, changed.br().y - 1));

        // A change that moves the range, or another colormap: everything is drawn again.
        after.at<float>(14, 14) = 3.f;
        QVERIFY(
            samePixels(ResponseDisplay::prepare(after, view, nullptr, &marked, {changed}).colored,
                       ResponseDisplay::prepare(after, view).colored));
        after.at<float>(14, 14) = 0.f;
        view.colormap = Colormap::Magma;
        QVERIFY(
            samePixels(ResponseDisplay::prepare(after, view, nullptr, &marked, {changed}).colored,
                       ResponseDisplay::prepare(after, view).colored));
    }

    // A side-by-side map: on its own automatic range, whatever the view's, its peaks and
    // undefined cells those of the whole map.
    void aSideMapIsPreparedWhole()
    {
        std::mt19937 rng(8);
        const cv::Mat map = mapWithHoles(rng, 40, 50, -0.5f, 2.f, 7);
        const SideMapDisplay side =
            SideMapDisplay::prepare(map, MatchMethod::CCoeffNormed, {5, 4}, Colormap::Diverging);
        const ValueRange range = automaticRange(map, Colormap::Diverging);
        QVERIFY(sameRange(side.rangeFor(Colormap::Diverging), range));
        QVERIFY(side.display.matches(Colormap::Diverging, range));
        QVERIFY(samePixels(side.display.colored, colormapImage(map, Colormap::Diverging, range)));
        QVERIFY(
            sameRange(side.rangeFor(Colormap::Viridis), automaticRange(map, Colormap::Viridis)));
        QCOMPARE(side.undefinedCells, countUndefined(map));
        const std::vector<Peak> peaks = findPeaks(map, MatchMethod::CCoeffNormed, {5, 4});
        QCOMPARE(side.peaks.size(), peaks.size());
        QCOMPARE(side.peaks.front().row, peaks.front().row);
        QCOMPARE(side.peaks.front().col, peaks.front().col);
        QCOMPARE(side.peaks.front().rect, peaks.front().rect);
    }

    void undefinedCellsAreLightGrey()
    {
        cv::Mat map = (cv::Mat_<float>(1, 3) << 0.f, std::nanf(""), 1.f);
        const ResponseDisplay display = ResponseDisplay::prepare(map, ViewSettings{});
        QCOMPARE(display.colored.pixel(1, 0), qRgb(205, 205, 205));
        QVERIFY(display.colored.pixel(0, 0) != display.colored.pixel(2, 0));
    }

    void anEmptyMapHasNothingToDraw()
    {
        const ResponseDisplay display = ResponseDisplay::prepare(cv::Mat(), ViewSettings{});
        QVERIFY(display.prepared);
        QVERIFY(!display.anyFinite);
        QVERIFY(display.colored.isNull());
    }
};

QTEST_MAIN(TestResponseDisplay)
#include "tst_responsedisplay.moc"
