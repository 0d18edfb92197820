// SPDX-License-Identifier: MIT
#include "TestData.h"
#include "views/Raster.h"

#include <QTest>
#include <random>

using namespace convlab;

class TestRaster : public QObject {
    Q_OBJECT
  private slots:
    void oneCellBrushWritesExactlyTheSegment()
    {
        cv::Mat image = cv::Mat::zeros(10, 12, CV_32F);
        const QRect dirty = raster::paintSegment(image, {2, 3}, {8, 3}, 1, 0.75f);
        QCOMPARE(cv::countNonZero(image), 7);
        for (int c = 2; c <= 8; ++c)
            QCOMPARE(image.at<float>(3, c), 0.75f);
        QVERIFY(dirty.contains(QRect(2, 3, 7, 1)));
        QVERIFY(QRect(0, 0, 12, 10).contains(dirty));
    }

    void brushShapes_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("cells");
        QTest::addRow("1: one cell") << 1 << 1;
        QTest::addRow("2: a 2×2 square") << 2 << 4;
        QTest::addRow("3: a 3×3 square") << 3 << 9;
        QTest::addRow("5: a 21-cell disc") << 5 << 21;
    }

    void brushShapes()
    {
        QFETCH(int, size);
        QFETCH(int, cells);
        cv::Mat image = cv::Mat::zeros(15, 15, CV_32F);
        raster::paintSegment(image, {7, 7}, {7, 7}, size, 1.f);
        QCOMPARE(cv::countNonZero(image), cells);
        QCOMPARE(image.at<float>(7, 7), 1.f);
    }

    void wideBrushIsRoundAndClipped()
    {
        cv::Mat image = cv::Mat::zeros(9, 9, CV_32F);
        raster::paintSegment(image, {0, 0}, {0, 0}, 5, 1.f);
        QCOMPARE(image.at<float>(0, 0), 1.f);
        QCOMPARE(image.at<float>(2, 0), 1.f);
        QCOMPARE(image.at<float>(0, 2), 1.f);
        QCOMPARE(image.at<float>(1, 2), 1.f);
        QCOMPARE(image.at<float>(2, 2), 0.f); // outside the disc of diameter 5
        QCOMPARE(image.at<float>(3, 0), 0.f);
    }

    void rectangleOutlineAndFilled()
    {
        cv::Mat outline = cv::Mat::zeros(10, 10, CV_32F);
        raster::paintRectangle(outline, raster::boxFromCorners({6, 5}, {2, 1}), 1, 1.f, false);
        // A 5-wide, 5-tall box: the border has 2·5 + 2·3 = 16 cells.
        QCOMPARE(cv::countNonZero(outline), 16);
        QCOMPARE(outline.at<float>(1, 2), 1.f);
        QCOMPARE(outline.at<float>(3, 4), 0.f);
        cv::Mat filled = cv::Mat::zeros(10, 10, CV_32F);
        raster::paintRectangle(filled, QRect(2, 1, 5, 5), 1, 0.5f, true);
        QCOMPARE(cv::countNonZero(filled), 25);
        QCOMPARE(cv::sum(filled)[0], 12.5);
    }

    void ellipseStaysInItsBox()
    {
        cv::Mat image = cv::Mat::zeros(20, 20, CV_32F);
        const QRect box(4, 6, 9, 7);
        raster::paintEllipse(image, box, 1, 1.f, true);
        for (int r = 0; r < 20; ++r)
            for (int c = 0; c < 20; ++c)
                if (image.at<float>(r, c) != 0)
                    QVERIFY(box.contains(QPoint(c, r)));
        QCOMPARE(image.at<float>(9, 8), 1.f); // the centre
        QCOMPARE(image.at<float>(6, 4), 0.f); // a corner of the box is outside the ellipse
    }

    void floodFillStopsAtEdges()
    {
        cv::Mat image = cv::Mat::zeros(10, 10, CV_32F);
        raster::paintRectangle(image, QRect(2, 2, 6, 6), 1, 1.f, false);
        const QRect dirty = raster::floodFill(image, {4, 4}, 0.5f);
        QCOMPARE(dirty, QRect(3, 3, 4, 4)); // the inside of the outline
        QCOMPARE(cv::countNonZero(image == 0.5f), 16);
        QCOMPARE(image.at<float>(0, 0), 0.f);
    }

    void textStampBlendsTowardTheValue()
    {
        cv::Mat image = cv::Mat::zeros(60, 60, CV_32F);
        QFont font;
        font.setPixelSize(30);
        const QRect dirty = raster::paintText(image, QStringLiteral("2"), font, {30, 30}, 1.f);
        QVERIFY(!dirty.isEmpty());
        double low = 0, high = 0;
        cv::minMaxLoc(image, &low, &high);
        QCOMPARE(low, 0.0);
        QVERIFY(high > 0.9 && high <= 1.0);
        cv::Mat outside = image.clone();
        outside(cv::Rect(dirty.x(), dirty.y(), dirty.width(), dirty.height())).setTo(0);
        QCOMPARE(cv::countNonZero(outside), 0);
    }

    void invertTwiceIsIdentity()
    {
        std::mt19937 rng(4);
        const cv::Mat original = test::randomMat(rng, 7, 9, 1, 0.f, 1.f);
        cv::Mat image = original.clone();
        raster::invert(image);
        QCOMPARE(image.at<float>(2, 3), 1.f - original.at<float>(2, 3));
        raster::invert(image);
        CONVLAB_COMPARE_MATS(image, original, 1e-6);
        // Outside [0, 1] the image's own range is mirrored: -2..3 -> 3..-2.
        cv::Mat wide = (cv::Mat_<float>(1, 3) << -2.f, 0.f, 3.f);
        raster::invert(wide);
        QCOMPARE(wide.at<float>(0, 0), 3.f);
        QCOMPARE(wide.at<float>(0, 1), 1.f);
        QCOMPARE(wide.at<float>(0, 2), -2.f);
    }
};

QTEST_MAIN(TestRaster)
#include "tst_raster.moc"
