// SPDX-License-Identifier: MIT
#include "TestData.h"
#include "image/ImageConversion.h"

#include <QTest>
#include <random>

using namespace convlab;

class TestImageConversion : public QObject {
    Q_OBJECT
  private slots:
    void bytesBecomeImagesWithoutACopy()
    {
        cv::Mat gray(5, 7, CV_8UC1);
        cv::randu(gray, 0, 256);
        const QImage g = toQImage(gray);
        QCOMPARE(g.format(), QImage::Format_Grayscale8);
        QCOMPARE(g.constBits(), gray.data); // shares OpenCV's buffer
        for (int r = 0; r < 5; ++r)
            for (int c = 0; c < 7; ++c)
                QCOMPARE(qGray(g.pixel(c, r)), int(gray.at<uchar>(r, c)));

        cv::Mat bgr(4, 3, CV_8UC3, cv::Scalar(10, 20, 30)); // B, G, R
        const QImage color = toQImage(bgr);
        QCOMPARE(QColor(color.pixel(2, 3)), QColor(30, 20, 10));
    }

    void theImageKeepsItsPixelsAlive()
    {
        QImage image;
        {
            cv::Mat local(3, 3, CV_8UC1, cv::Scalar(77));
            image = toQImage(local);
        }
        QCOMPARE(qGray(image.pixel(1, 1)), 77);
    }

    void colormappedMatchesCoreAndMarksUndefinedCells()
    {
        std::mt19937 rng(1);
        cv::Mat values = test::randomMat(rng, 6, 9, 1, -2.f, 2.f);
        values.at<float>(2, 3) = std::nanf("");
        const ValueRange range{-2, 2};
        const QImage image = colormapped(values, Colormap::Magma, range, QColor(1, 2, 3));
        const cv::Mat expected = applyColormap(values, Colormap::Magma, range, {3, 2, 1});
        for (int r = 0; r < values.rows; ++r)
            for (int c = 0; c < values.cols; ++c) {
                const cv::Vec3b bgr = expected.at<cv::Vec3b>(r, c);
                QCOMPARE(QColor(image.pixel(c, r)), QColor(bgr[2], bgr[1], bgr[0]));
            }
        QCOMPARE(QColor(image.pixel(3, 2)), QColor(1, 2, 3));
    }

    void grayMapsTheRangeAndClamps()
    {
        const cv::Mat values = (cv::Mat_<float>(1, 5) << -1.f, 0.f, 0.5f, 1.f, 3.f);
        const QImage image = grayImage(values, {0, 1});
        const int expected[] = {0, 0, 128, 255, 255};
        for (int c = 0; c < 5; ++c)
            QVERIFY(std::abs(qGray(image.pixel(c, 0)) - expected[c]) <= 1);
        cv::Mat nan(1, 1, CV_32F, cv::Scalar(std::nan("")));
        QCOMPARE(qGray(grayImage(nan).pixel(0, 0)), 0);
    }

    void qimagesBecomeFloatsInZeroOne()
    {
        QImage gray(4, 2, QImage::Format_Grayscale8);
        gray.fill(51);
        const cv::Mat f = toGrayFloat(gray);
        QCOMPARE(f.type(), CV_32FC1);
        QCOMPARE(f.at<float>(1, 3), 0.2f);
        QImage color(2, 2, QImage::Format_RGB32);
        color.fill(QColor(255, 255, 255));
        QCOMPARE(toGrayFloat(color).at<float>(0, 0), 1.f);
        color.fill(Qt::black);
        QCOMPARE(toGrayFloat(color).at<float>(1, 1), 0.f);
    }

    void matViewWritesThroughToTheImage()
    {
        QImage image(6, 4, QImage::Format_Grayscale8);
        image.fill(0);
        cv::Mat view = matView(image);
        view(cv::Rect(1, 2, 3, 1)).setTo(200);
        QCOMPARE(qGray(image.pixel(2, 2)), 200);
        QCOMPARE(qGray(image.pixel(0, 2)), 0);
    }
};

QTEST_MAIN(TestImageConversion)
#include "tst_imageconversion.moc"
