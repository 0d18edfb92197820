// SPDX-License-Identifier: MIT
#include "Error.h"
#include "TestData.h"
#include "learn/DigitDataset.h"
#include "learn/DigitImage.h"

#include <QTest>
#include <opencv2/imgproc.hpp>

using namespace convlab;
using namespace convlab::test;

namespace {

const DigitDataset& digits()
{
    static const DigitDataset data =
        DigitDataset::load(CONVLAB_SOURCE_DIR "/resources/data/digits.png");
    return data;
}

cv::Point2d centreOfMass(const cv::Mat& m)
{
    const cv::Moments moments = cv::moments(m);
    return {moments.m10 / moments.m00, moments.m01 / moments.m00};
}

int inkSide(const cv::Mat& m)
{
    cv::Mat ink;
    cv::threshold(m, ink, 0.3, 255, cv::THRESH_BINARY);
    ink.convertTo(ink, CV_8U);
    const cv::Rect box = cv::boundingRect(ink);
    return std::max(box.width, box.height);
}

} // namespace

class TestDigitImage : public QObject {
    Q_OBJECT

  private slots:
    void sheetDigitStaysItself();
    void darkInkOnPaperIsInverted();
    void largeDrawingIsScaledAndCentredAsTheSheets();
    void refusesBlankAndColour();
};

void TestDigitImage::sheetDigitStaysItself()
{
    const cv::Mat digit = digits().image(3210);

    QCOMPARE(maxRelativeError(prepareDigit(digit), digit), 0.0);
}

void TestDigitImage::darkInkOnPaperIsInverted()
{
    const cv::Mat digit = digits().image(3210);

    QVERIFY(maxRelativeError(prepareDigit(1.0 - digit), digit) < 1e-6);
}

void TestDigitImage::largeDrawingIsScaledAndCentredAsTheSheets()
{
    // A digit of the sheet, 10 times larger, off-centre on a large white page, in black ink.
    cv::Mat large;
    cv::resize(digits().image(4444), large, {200, 200}, 0, 0, cv::INTER_LINEAR);
    cv::Mat page(400, 300, CV_32F, cv::Scalar(1));
    page(cv::Rect(20, 150, 200, 200)) -= large;

    const cv::Mat digit = prepareDigit(page);

    QCOMPARE(digit.rows, 20);
    QCOMPARE(digit.cols, 20);
    const cv::Point2d c = centreOfMass(digit);
    QVERIFY2(std::abs(c.x - 9.85) < 0.5 && std::abs(c.y - 9.85) < 0.5,
             qPrintable(QStringLiteral("(%1, %2)").arg(c.x).arg(c.y)));
    QVERIFY(inkSide(digit) >= 13 && inkSide(digit) <= 15);
    QVERIFY(maxRelativeError(digit, digits().image(4444)) < 0.6); // the same shape, roughly
}

void TestDigitImage::refusesBlankAndColour()
{
    QCOMPARE(messageOf([] { prepareDigit(cv::Mat(50, 40, CV_32F, cv::Scalar(1))); }),
             QStringLiteral("the image is blank: there is no digit to read"));
    QCOMPARE(messageOf([] { prepareDigit(cv::Mat(50, 40, CV_32FC3)); }),
             QStringLiteral("a digit must be a grayscale image"));
    QCOMPARE(messageOf([] { prepareDigit(cv::Mat()); }), QStringLiteral("the image is empty"));
}

QTEST_APPLESS_MAIN(TestDigitImage)
#include "tst_digitimage.moc"
