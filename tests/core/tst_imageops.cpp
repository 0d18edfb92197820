// SPDX-License-Identifier: MIT
#include "Error.h"
#include "TestData.h"
#include "ops/ImageOps.h"

#include <QTest>
#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <opencv2/imgproc.hpp>
#include <random>

using namespace convlab;
using convlab::test::messageOf;

using ImageOp = std::function<Transformed(const cv::Mat&)>;
Q_DECLARE_METATYPE(ImageOp)
Q_DECLARE_METATYPE(cv::Mat)
Q_DECLARE_METATYPE(cv::Matx23d)
Q_DECLARE_METATYPE(cv::Size)
Q_DECLARE_METATYPE(cv::Point)
Q_DECLARE_METATYPE(convlab::PaddingMode)

namespace {

constexpr double notANumber = std::numeric_limits<double>::quiet_NaN();
constexpr double infinity = std::numeric_limits<double>::infinity();

cv::Mat mat(int rows, int cols, std::initializer_list<float> values)
{
    Q_ASSERT(static_cast<int>(values.size()) == rows * cols);
    return cv::Mat(std::vector<float>(values), true).reshape(1, rows);
}

cv::Point2d apply(const cv::Matx23d& m, cv::Point2d p)
{
    return {m(0, 0) * p.x + m(0, 1) * p.y + m(0, 2), m(1, 0) * p.x + m(1, 1) * p.y + m(1, 2)};
}

// Bilinear sampling at the point the inverse affine sends each output pixel to, edges
// replicated: what cv::resize computes, written out.
cv::Mat bruteForceWarp(const cv::Mat& image, const cv::Matx23d& affine, cv::Size size)
{
    cv::Matx23d inverse;
    cv::invertAffineTransform(affine, inverse);
    cv::Mat out(size, CV_32F);
    for (int r = 0; r < size.height; ++r)
        for (int c = 0; c < size.width; ++c) {
            const cv::Point2d p = apply(inverse, {double(c), double(r)});
            const double x = std::clamp(p.x, 0.0, image.cols - 1.0);
            const double y = std::clamp(p.y, 0.0, image.rows - 1.0);
            const int x0 = std::min(int(x), image.cols - 1), y0 = std::min(int(y), image.rows - 1);
            const int x1 = std::min(x0 + 1, image.cols - 1), y1 = std::min(y0 + 1, image.rows - 1);
            const double fx = x - x0, fy = y - y0;
            const auto at = [&](int yy, int xx) { return double(image.at<float>(yy, xx)); };
            out.at<float>(r, c) = float((1 - fy) * ((1 - fx) * at(y0, x0) + fx * at(y0, x1)) +
                                        fy * ((1 - fx) * at(y1, x0) + fx * at(y1, x1)));
        }
    return out;
}

} // namespace

class TestImageOps : public QObject {
    Q_OBJECT

  private slots:
    void padHandCases_data();
    void padHandCases();
    void padIsWarpAffineWithTheSameBorder_data();
    void padIsWarpAffineWithTheSameBorder();
    void scaleHandCase();
    void scaleUsesTheRoundedSizeAsItsFactor();
    void scaleIsBilinearWithPixelCentresAligned();
    void scaleWorksPerChannel();
    void shearHandCases_data();
    void shearHandCases();
    void shearCanvasHoldsTheWholeImage();
    void cropHandCase();
    void rotateQuarterTurnHandCase();
    void rotateMatchesOpenCvRotationMatrix();
    void flipHandCases_data();
    void flipHandCases();
    void affineMapsAMarkedPixelToWhereItLands_data();
    void affineMapsAMarkedPixelToWhereItLands();
    void refusesBadParameters_data();
    void refusesBadParameters();
};

void TestImageOps::padHandCases_data()
{
    QTest::addColumn<PaddingMode>("mode");
    QTest::addColumn<cv::Mat>("expected");
    // [1 2 3; 4 5 6] padded top 1, bottom 0, left 2, right 1.
    QTest::addRow("zeros") << PaddingMode::Zeros
                           << mat(3, 6, {0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 0, 0, 0, 4, 5, 6, 0});
    QTest::addRow("replicate") << PaddingMode::Replicate
                               << mat(3, 6, {1, 1, 1, 2, 3, 3, 1, 1, 1, 2, 3, 3, 4, 4, 4, 5, 6, 6});
    QTest::addRow("reflect") << PaddingMode::Reflect
                             << mat(3, 6, {6, 5, 4, 5, 6, 5, 3, 2, 1, 2, 3, 2, 6, 5, 4, 5, 6, 5});
    QTest::addRow("circular") << PaddingMode::Circular
                              << mat(3, 6, {5, 6, 4, 5, 6, 4, 2, 3, 1, 2, 3, 1, 5, 6, 4, 5, 6, 4});
}

void TestImageOps::padHandCases()
{
    QFETCH(PaddingMode, mode);
    QFETCH(cv::Mat, expected);
    const Transformed t = padOp(mat(2, 3, {1, 2, 3, 4, 5, 6}), Padding{1, 0, 2, 1}, mode);
    CONVLAB_COMPARE_MATS(t.image, expected, 0);
    QCOMPARE(t.affine, cv::Matx23d(1, 0, 2, 0, 1, 1));
}

void TestImageOps::padIsWarpAffineWithTheSameBorder_data()
{
    QTest::addColumn<PaddingMode>("mode");
    QTest::addColumn<int>("border");
    QTest::addRow("zeros") << PaddingMode::Zeros << int(cv::BORDER_CONSTANT);
    QTest::addRow("replicate") << PaddingMode::Replicate << int(cv::BORDER_REPLICATE);
    QTest::addRow("reflect") << PaddingMode::Reflect << int(cv::BORDER_REFLECT_101);
    QTest::addRow("circular") << PaddingMode::Circular << int(cv::BORDER_WRAP);
}

void TestImageOps::padIsWarpAffineWithTheSameBorder()
{
    QFETCH(PaddingMode, mode);
    QFETCH(int, border);
    std::mt19937 rng(21);
    const cv::Mat image = test::randomMat(rng, 6, 7);
    const Transformed t = padOp(image, Padding{3, 1, 0, 5}, mode);
    QCOMPARE(t.image.size(), cv::Size(12, 10));
    cv::Mat warped;
    cv::warpAffine(image, warped, t.affine, t.image.size(), cv::INTER_LINEAR, border);
    CONVLAB_COMPARE_MATS(t.image, warped, 0);
}

// [0 1; 2 3] doubled: pixel centres of the output sample the input at (d + 0.5)/2 − 0.5,
// clamped at the edges: the image is x + 2y, so each value is a(col) + b(row).
void TestImageOps::scaleHandCase()
{
    const Transformed t = scaleOp(mat(2, 2, {0, 1, 2, 3}), 2, 2);
    const cv::Mat expected = mat(4, 4,
                                 {0, 0.25, 0.75, 1,     //
                                  0.5, 0.75, 1.25, 1.5, //
                                  1.5, 1.75, 2.25, 2.5, //
                                  2, 2.25, 2.75, 3});
    CONVLAB_COMPARE_MATS(t.image, expected, 1e-6);
    QCOMPARE(t.affine, cv::Matx23d(2, 0, 0.5, 0, 2, 0.5));
}

// 5×3 by 0.5 rounds to 3×2 (round half away from zero): the true factors are 3/5 and 2/3.
void TestImageOps::scaleUsesTheRoundedSizeAsItsFactor()
{
    const Transformed t = scaleOp(cv::Mat::ones(3, 5, CV_32F), 0.5, 0.5);
    QCOMPARE(t.image.size(), cv::Size(3, 2));
    QCOMPARE(t.affine(0, 0), 3.0 / 5);
    QCOMPARE(t.affine(1, 1), 2.0 / 3);
    // The image's outer edges (x = −0.5 and x = 4.5) land on the new outer edges.
    QCOMPARE(apply(t.affine, {-0.5, -0.5}), cv::Point2d(-0.5, -0.5));
    const cv::Point2d corner = apply(t.affine, {4.5, 2.5});
    QVERIFY(std::abs(corner.x - 2.5) < 1e-12 && std::abs(corner.y - 1.5) < 1e-12);
}

void TestImageOps::scaleIsBilinearWithPixelCentresAligned()
{
    std::mt19937 rng(22);
    const cv::Mat image = test::randomMat(rng, 6, 5, 1, 0.f, 1.f);
    for (const auto& [fx, fy] : {std::pair{1.7, 1.3}, {0.6, 2.5}, {3.0, 0.5}}) {
        const Transformed t = scaleOp(image, fx, fy);
        QCOMPARE(t.image.size(), cv::Size(int(std::round(5 * fx)), int(std::round(6 * fy))));
        CONVLAB_COMPARE_MATS(t.image, bruteForceWarp(image, t.affine, t.image.size()), 1e-5);
        // cv::warpAffine with the same matrix agrees up to its 1/32-pixel fixed-point grid.
        cv::Mat warped;
        cv::warpAffine(image, warped, t.affine, t.image.size(), cv::INTER_LINEAR,
                       cv::BORDER_REPLICATE);
        CONVLAB_COMPARE_MATS(t.image, warped, 1.0 / 32);
    }
}

void TestImageOps::scaleWorksPerChannel()
{
    std::mt19937 rng(23);
    const cv::Mat image = test::randomMat(rng, 4, 5, 3);
    const Transformed t = scaleOp(image, 1.5, 0.75);
    std::vector<cv::Mat> channels;
    cv::split(image, channels);
    std::vector<cv::Mat> outChannels;
    cv::split(t.image, outChannels);
    QCOMPARE(outChannels.size(), size_t(3));
    for (int c = 0; c < 3; ++c)
        CONVLAB_COMPARE_MATS(outChannels[c], scaleOp(channels[c], 1.5, 0.75).image, 1e-6);
}

void TestImageOps::shearHandCases_data()
{
    QTest::addColumn<double>("shx");
    QTest::addColumn<double>("shy");
    QTest::addColumn<cv::Mat>("expected");
    QTest::addColumn<cv::Matx23d>("affine");
    // [1 2; 3 4], x' = x + shx·y, y' = y + shy·x, then translated onto the canvas.
    QTest::addRow("shx 1") << 1.0 << 0.0 << mat(2, 3, {1, 2, 0, 0, 3, 4})
                           << cv::Matx23d(1, 1, 0, 0, 1, 0);
    QTest::addRow("shx -1") << -1.0 << 0.0 << mat(2, 3, {0, 1, 2, 3, 4, 0})
                            << cv::Matx23d(1, -1, 1, 0, 1, 0);
    QTest::addRow("shy 1") << 0.0 << 1.0 << mat(3, 2, {1, 0, 3, 2, 0, 4})
                           << cv::Matx23d(1, 0, 0, 1, 1, 0);
    QTest::addRow("none") << 0.0 << 0.0 << mat(2, 2, {1, 2, 3, 4}) << cv::Matx23d(1, 0, 0, 0, 1, 0);
}

void TestImageOps::shearHandCases()
{
    QFETCH(double, shx);
    QFETCH(double, shy);
    QFETCH(cv::Mat, expected);
    QFETCH(cv::Matx23d, affine);
    const Transformed t = shearOp(mat(2, 2, {1, 2, 3, 4}), shx, shy);
    CONVLAB_COMPARE_MATS(t.image, expected, 0);
    QCOMPARE(t.affine, affine);
}

// Every pixel centre lands inside the canvas, and a one-axis shear by half pixels only
// interpolates between neighbours: nothing is cut off, so the sum is kept.
void TestImageOps::shearCanvasHoldsTheWholeImage()
{
    std::mt19937 rng(24);
    const cv::Mat image = test::randomMat(rng, 4, 5, 1, 0.f, 1.f);
    for (const auto& [shx, shy] : {std::pair{0.5, 0.0}, {-0.5, 0.0}, {0.0, 1.5}, {0.3, -0.4}}) {
        const Transformed t = shearOp(image, shx, shy);
        QCOMPARE(t.affine(0, 1), shx);
        QCOMPARE(t.affine(1, 0), shy);
        for (const cv::Point2d corner :
             {cv::Point2d(0, 0), cv::Point2d(4, 0), cv::Point2d(0, 3), cv::Point2d(4, 3)}) {
            const cv::Point2d p = apply(t.affine, corner);
            QVERIFY(p.x > -1e-9 && p.x < t.image.cols - 1 + 1e-9);
            QVERIFY(p.y > -1e-9 && p.y < t.image.rows - 1 + 1e-9);
        }
        if (shx * shy == 0)
            QVERIFY(std::abs(cv::sum(t.image)[0] - cv::sum(image)[0]) < 1e-4);
    }
    // x' spans 0 … 4 + 0.5·3 = 5.5: seven columns to reach 5.5; y' spans 0 … 3: four rows.
    QCOMPARE(shearOp(image, 0.5, 0).image.size(), cv::Size(7, 4));
}

void TestImageOps::cropHandCase()
{
    const cv::Mat image = mat(3, 4, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11});
    Transformed t = cropOp(image, cv::Rect(1, 1, 2, 2));
    CONVLAB_COMPARE_MATS(t.image, mat(2, 2, {5, 6, 9, 10}), 0);
    QCOMPARE(t.affine, cv::Matx23d(1, 0, -1, 0, 1, -1));
    // The crop is a copy: editing it leaves the image alone.
    t.image.setTo(-1);
    QCOMPARE(image.at<float>(1, 1), 5.f);
}

void TestImageOps::rotateQuarterTurnHandCase()
{
    const cv::Mat image = mat(3, 3, {1, 2, 3, 4, 5, 6, 7, 8, 9});
    const Transformed t = rotateOp(image, 90);
    CONVLAB_COMPARE_MATS(t.image, mat(3, 3, {3, 6, 9, 2, 5, 8, 1, 4, 7}), 0);
    cv::Mat openCv;
    cv::rotate(image, openCv, cv::ROTATE_90_COUNTERCLOCKWISE);
    CONVLAB_COMPARE_MATS(t.image, openCv, 0);
    CONVLAB_COMPARE_MATS(rotateOp(image, 180).image, mat(3, 3, {9, 8, 7, 6, 5, 4, 3, 2, 1}), 0);
    CONVLAB_COMPARE_MATS(rotateOp(image, -90).image, mat(3, 3, {7, 4, 1, 8, 5, 2, 9, 6, 3}), 0);
    CONVLAB_COMPARE_MATS(rotateOp(image, 720).image, image, 0);
}

void TestImageOps::rotateMatchesOpenCvRotationMatrix()
{
    std::mt19937 rng(25);
    const cv::Mat image = test::randomMat(rng, 7, 10);
    for (const double degrees : {30.0, -45.0, 123.4}) {
        const Transformed t = rotateOp(image, degrees);
        QCOMPARE(t.image.size(), image.size());
        const cv::Mat expected = cv::getRotationMatrix2D(cv::Point2f(4.5f, 3.f), degrees, 1);
        for (int r = 0; r < 2; ++r)
            for (int c = 0; c < 3; ++c)
                QVERIFY(std::abs(t.affine(r, c) - expected.at<double>(r, c)) < 1e-9);
        cv::Mat warped;
        cv::warpAffine(image, warped, expected, image.size());
        CONVLAB_COMPARE_MATS(t.image, warped, 1e-5);
    }
}

void TestImageOps::flipHandCases_data()
{
    QTest::addColumn<bool>("horizontal");
    QTest::addColumn<bool>("vertical");
    QTest::addColumn<cv::Mat>("expected");
    QTest::addColumn<cv::Matx23d>("affine");
    // [1 2 3; 4 5 6]
    QTest::addRow("horizontal") << true << false << mat(2, 3, {3, 2, 1, 6, 5, 4})
                                << cv::Matx23d(-1, 0, 2, 0, 1, 0);
    QTest::addRow("vertical") << false << true << mat(2, 3, {4, 5, 6, 1, 2, 3})
                              << cv::Matx23d(1, 0, 0, 0, -1, 1);
    QTest::addRow("both") << true << true << mat(2, 3, {6, 5, 4, 3, 2, 1})
                          << cv::Matx23d(-1, 0, 2, 0, -1, 1);
    QTest::addRow("neither") << false << false << mat(2, 3, {1, 2, 3, 4, 5, 6})
                             << cv::Matx23d(1, 0, 0, 0, 1, 0);
}

void TestImageOps::flipHandCases()
{
    QFETCH(bool, horizontal);
    QFETCH(bool, vertical);
    QFETCH(cv::Mat, expected);
    QFETCH(cv::Matx23d, affine);
    const cv::Mat image = mat(2, 3, {1, 2, 3, 4, 5, 6});
    const Transformed t = flipOp(image, horizontal, vertical);
    CONVLAB_COMPARE_MATS(t.image, expected, 0);
    QCOMPARE(t.affine, affine);
    cv::Mat warped;
    cv::warpAffine(image, warped, t.affine, image.size());
    CONVLAB_COMPARE_MATS(t.image, warped, 0);
}

// One bright pixel in a dark image: the affine matrix sends it to a pixel centre where the
// output holds the full value, and nowhere else is brighter.
void TestImageOps::affineMapsAMarkedPixelToWhereItLands_data()
{
    QTest::addColumn<ImageOp>("op");
    QTest::addColumn<cv::Size>("size");
    QTest::addColumn<cv::Point>("marked");

    QTest::addRow("pad") << ImageOp([](const cv::Mat& m) {
        return padOp(m, Padding{2, 1, 3, 0}, PaddingMode::Zeros);
    }) << cv::Size(6, 5) << cv::Point(4, 1);
    QTest::addRow("scale x3") << ImageOp([](const cv::Mat& m) { return scaleOp(m, 3, 3); })
                              << cv::Size(6, 5) << cv::Point(2, 1);
    QTest::addRow("scale /3") << ImageOp([](const cv::Mat& m) {
        return scaleOp(m, 1.0 / 3, 1.0 / 3);
    }) << cv::Size(9, 9) << cv::Point(4, 7);
    QTest::addRow("scale x3, /3") << ImageOp([](const cv::Mat& m) {
        return scaleOp(m, 3, 1.0 / 3);
    }) << cv::Size(5, 6) << cv::Point(3, 4);
    QTest::addRow("shear x 2") << ImageOp([](const cv::Mat& m) { return shearOp(m, 2, 0); })
                               << cv::Size(6, 5) << cv::Point(1, 3);
    QTest::addRow("shear x -1") << ImageOp([](const cv::Mat& m) { return shearOp(m, -1, 0); })
                                << cv::Size(6, 5) << cv::Point(5, 0);
    QTest::addRow("shear y -2") << ImageOp([](const cv::Mat& m) { return shearOp(m, 0, -2); })
                                << cv::Size(6, 5) << cv::Point(2, 2);
    QTest::addRow("crop") << ImageOp([](const cv::Mat& m) {
        return cropOp(m, {2, 1, 3, 3});
    }) << cv::Size(6, 5) << cv::Point(3, 3);
    QTest::addRow("rotate 90") << ImageOp([](const cv::Mat& m) { return rotateOp(m, 90); })
                               << cv::Size(5, 5) << cv::Point(4, 1);
    QTest::addRow("rotate 180, odd size")
        << ImageOp([](const cv::Mat& m) { return rotateOp(m, 180); }) << cv::Size(6, 5)
        << cv::Point(1, 3);
    QTest::addRow("rotate -270") << ImageOp([](const cv::Mat& m) { return rotateOp(m, -270); })
                                 << cv::Size(7, 7) << cv::Point(0, 6);
    QTest::addRow("flip h") << ImageOp([](const cv::Mat& m) { return flipOp(m, true, false); })
                            << cv::Size(6, 5) << cv::Point(1, 3);
    QTest::addRow("flip v") << ImageOp([](const cv::Mat& m) { return flipOp(m, false, true); })
                            << cv::Size(6, 5) << cv::Point(1, 3);
    QTest::addRow("flip both") << ImageOp([](const cv::Mat& m) { return flipOp(m, true, true); })
                               << cv::Size(6, 5) << cv::Point(1, 3);
}

void TestImageOps::affineMapsAMarkedPixelToWhereItLands()
{
    QFETCH(ImageOp, op);
    QFETCH(cv::Size, size);
    QFETCH(cv::Point, marked);
    cv::Mat image = cv::Mat::zeros(size, CV_32F);
    image.at<float>(marked) = 1;

    const Transformed t = op(image);
    const cv::Point2d landing = apply(t.affine, cv::Point2d(marked));
    const cv::Point pixel(int(std::lround(landing.x)), int(std::lround(landing.y)));
    QVERIFY2(std::abs(landing.x - pixel.x) < 1e-9 && std::abs(landing.y - pixel.y) < 1e-9,
             qPrintable(
                 QStringLiteral("lands between pixels at (%1, %2)").arg(landing.x).arg(landing.y)));
    QVERIFY(cv::Rect(cv::Point(), t.image.size()).contains(pixel));
    double maxValue = 0;
    cv::minMaxLoc(t.image, nullptr, &maxValue);
    QCOMPARE(t.image.at<float>(pixel), 1.f);
    QCOMPARE(maxValue, 1.0);
}

void TestImageOps::refusesBadParameters_data()
{
    QTest::addColumn<ImageOp>("op");
    QTest::addColumn<QString>("named");

    QTest::addRow("scale 0") << ImageOp([](const cv::Mat& m) { return scaleOp(m, 0, 1); })
                             << "fx = 0";
    QTest::addRow("scale -1") << ImageOp([](const cv::Mat& m) { return scaleOp(m, 1, -1); })
                              << "fy = -1";
    QTest::addRow("scale NaN") << ImageOp([](const cv::Mat& m) {
        return scaleOp(m, notANumber, 1);
    }) << "fx = nan";
    QTest::addRow("scale inf") << ImageOp([](const cv::Mat& m) { return scaleOp(m, 1, infinity); })
                               << "fy = inf";
    QTest::addRow("scale to nothing")
        << ImageOp([](const cv::Mat& m) { return scaleOp(m, 0.01, 1); }) << "0.01";
    QTest::addRow("scale too large")
        << ImageOp([](const cv::Mat& m) { return scaleOp(m, 1e4, 1e4); }) << "megapixels";
    QTest::addRow("shear NaN") << ImageOp([](const cv::Mat& m) {
        return shearOp(m, 0, notANumber);
    }) << "shy = nan";
    QTest::addRow("shear flat") << ImageOp([](const cv::Mat& m) { return shearOp(m, 2, 0.5); })
                                << "(2, 0.5)";
    QTest::addRow("crop outside") << ImageOp([](const cv::Mat& m) {
        return cropOp(m, {8, 2, 3, 3});
    }) << "x 8";
    QTest::addRow("crop empty") << ImageOp([](const cv::Mat& m) {
        return cropOp(m, {1, 1, 0, 3});
    }) << "is empty";
    QTest::addRow("rotate NaN") << ImageOp([](const cv::Mat& m) { return rotateOp(m, notANumber); })
                                << "angle = nan";
    QTest::addRow("pad negative") << ImageOp([](const cv::Mat& m) {
        return padOp(m, Padding{0, -2, 0, 0}, PaddingMode::Zeros);
    }) << "bottom -2";
    QTest::addRow("empty image") << ImageOp([](const cv::Mat&) {
        return flipOp(cv::Mat(), true, false);
    }) << "empty";
}

void TestImageOps::refusesBadParameters()
{
    QFETCH(ImageOp, op);
    QFETCH(QString, named);
    const cv::Mat image = cv::Mat::ones(10, 10, CV_32F);
    const QString message = messageOf([&] { op(image); });
    QVERIFY2(message.contains(named), qPrintable("got \"" + message + '"'));
}

QTEST_APPLESS_MAIN(TestImageOps)
#include "tst_imageops.moc"
