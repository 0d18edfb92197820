// SPDX-License-Identifier: MIT
#include "BruteForce.h"
#include "Error.h"
#include "TestData.h"
#include "ops/Padding.h"

#include <QTest>
#include <opencv2/core.hpp>
#include <random>

using namespace convlab;
using namespace convlab::test;

Q_DECLARE_METATYPE(cv::Mat)
Q_DECLARE_METATYPE(PaddingMode)
Q_DECLARE_METATYPE(Padding)

namespace {

// The largest side of the random images; padding may go as far, so that reflect and circular
// reach PyTorch's own limits (side - 1 and side).
constexpr int kMaxSide = 8;

} // namespace

class TestPadding : public QObject {
    Q_OBJECT

  private slots:
    void padsARowByHand_data();
    void padsARowByHand();
    void reflectsRowsAndColumnsByHand();
    void circularMayWrapTheWholeImage();
    void matchesBruteForceAndCopyMakeBorderOnRandomCases();
    void keepsTheImageUntouched();
    void padsAViewFromItsOwnCells();
    void sourceIndexMatchesBruteForce();
    void sourceIndexAgreesWithOpenCvBeyondTheLimits();
    void mapsModesToOpenCvBorders();
    void refusesBadPadding_data();
    void refusesBadPadding();
    void refusesEmptyInputs();
};

void TestPadding::padsARowByHand_data()
{
    QTest::addColumn<PaddingMode>("mode");
    QTest::addColumn<cv::Mat>("expected");
    QTest::addRow("zeros") << PaddingMode::Zeros << row({0, 0, 1, 2, 3, 4, 0});
    QTest::addRow("reflect") << PaddingMode::Reflect << row({3, 2, 1, 2, 3, 4, 3});
    QTest::addRow("replicate") << PaddingMode::Replicate << row({1, 1, 1, 2, 3, 4, 4});
    QTest::addRow("circular") << PaddingMode::Circular << row({3, 4, 1, 2, 3, 4, 1});
}

void TestPadding::padsARowByHand()
{
    QFETCH(PaddingMode, mode);
    QFETCH(cv::Mat, expected);
    CONVLAB_COMPARE_MATS(padImage(row({1, 2, 3, 4}), {0, 0, 2, 1}, mode), expected, 0);
}

void TestPadding::reflectsRowsAndColumnsByHand()
{
    const cv::Mat image = (cv::Mat_<float>(2, 3) << 1, 2, 3, 4, 5, 6);
    const cv::Mat expected = (cv::Mat_<float>(4, 4) << 5, 4, 5, 6, //
                              2, 1, 2, 3,                          //
                              5, 4, 5, 6,                          //
                              2, 1, 2, 3);
    CONVLAB_COMPARE_MATS(padImage(image, {1, 1, 1, 0}, PaddingMode::Reflect), expected, 0);
}

void TestPadding::circularMayWrapTheWholeImage()
{
    CONVLAB_COMPARE_MATS(padImage(row({1, 2, 3}), {0, 0, 3, 3}, PaddingMode::Circular),
                         row({1, 2, 3, 1, 2, 3, 1, 2, 3}), 0);
    CONVLAB_COMPARE_MATS(padImage(row({7}), {1, 1, 1, 1}, PaddingMode::Circular),
                         cv::Mat(3, 3, CV_32F, cv::Scalar(7)), 0);
}

void TestPadding::matchesBruteForceAndCopyMakeBorderOnRandomCases()
{
    std::mt19937 rng(21);
    RandomInt pick(rng);
    for (int trial = 0; trial < 200; ++trial) {
        const PaddingMode mode = kPaddingModes[trial % 4];
        const cv::Mat image = randomMat(rng, pick(1, kMaxSide), pick(1, kMaxSide), pick(1, 3));
        const Padding p = randomPadding(pick, image.rows, image.cols, mode, kMaxSide);
        const cv::Mat padded = padImage(image, p, mode);
        QCOMPARE(padded.type(), image.type());
        CONVLAB_COMPARE_MATS(padded, bruteForcePad(image, p, mode), 0);

        cv::Mat opencv;
        cv::copyMakeBorder(image, opencv, p.top, p.bottom, p.left, p.right, toOpenCvBorder(mode),
                           cv::Scalar::all(0));
        CONVLAB_COMPARE_MATS(padded, opencv, 0);
    }
}

void TestPadding::keepsTheImageUntouched()
{
    std::mt19937 rng(22);
    const cv::Mat image = test::randomMat(rng, 4, 5);
    const cv::Mat copy = image.clone();
    cv::Mat padded = padImage(image, {}, PaddingMode::Reflect);
    padded.setTo(0);
    CONVLAB_COMPARE_MATS(image, copy, 0);
}

// A view into a larger image must not borrow its neighbours as padding.
void TestPadding::padsAViewFromItsOwnCells()
{
    std::mt19937 rng(23);
    const cv::Mat whole = test::randomMat(rng, 9, 9, 2);
    const cv::Mat view = whole(cv::Rect(3, 2, 4, 5));
    for (PaddingMode mode : kPaddingModes)
        CONVLAB_COMPARE_MATS(padImage(view, {2, 3, 1, 2}, mode),
                             bruteForcePad(view.clone(), {2, 3, 1, 2}, mode), 0);
}

void TestPadding::sourceIndexMatchesBruteForce()
{
    for (PaddingMode mode : kPaddingModes)
        for (int size = 1; size <= 6; ++size)
            for (int before = 0; before <= maxPad(size, mode, kMaxSide); ++before)
                for (int index = 0; index < before + size + maxPad(size, mode, kMaxSide); ++index)
                    QCOMPARE(sourceIndex(index, before, size, mode),
                             paddedSource(index - before, size, mode));
}

// Beyond PyTorch's limits padImage refuses, but one cell can still be read: the rule then is
// OpenCV's (reflect and wrap repeat periodically).
void TestPadding::sourceIndexAgreesWithOpenCvBeyondTheLimits()
{
    for (PaddingMode mode : kPaddingModes)
        for (int size = 1; size <= 5; ++size)
            for (int index = 0; index < 40; ++index)
                QCOMPARE(sourceIndex(index, 17, size, mode),
                         cv::borderInterpolate(index - 17, size, toOpenCvBorder(mode)));
}

void TestPadding::mapsModesToOpenCvBorders()
{
    QCOMPARE(toOpenCvBorder(PaddingMode::Zeros), int(cv::BORDER_CONSTANT));
    QCOMPARE(toOpenCvBorder(PaddingMode::Reflect), int(cv::BORDER_REFLECT_101));
    QCOMPARE(toOpenCvBorder(PaddingMode::Replicate), int(cv::BORDER_REPLICATE));
    QCOMPARE(toOpenCvBorder(PaddingMode::Circular), int(cv::BORDER_WRAP));
}

void TestPadding::refusesBadPadding_data()
{
    QTest::addColumn<PaddingMode>("mode");
    QTest::addColumn<Padding>("padding");
    QTest::addColumn<QString>("message");
    QTest::addRow("reflect as wide as the image")
        << PaddingMode::Reflect << Padding{0, 0, 5, 0}
        << "reflect padding left 5 must be smaller than the image width 5";
    QTest::addRow("reflect taller than the image")
        << PaddingMode::Reflect << Padding{0, 4, 0, 0}
        << "reflect padding bottom 4 must be smaller than the image height 3";
    QTest::addRow("circular wrapping twice")
        << PaddingMode::Circular << Padding{4, 0, 0, 0}
        << "circular padding top 4 must not exceed the image height 3";
    QTest::addRow("circular right") << PaddingMode::Circular << Padding{0, 0, 0, 6}
                                    << "circular padding right 6 must not exceed the image width 5";
    QTest::addRow("negative") << PaddingMode::Zeros << Padding{0, -2, 0, 0}
                              << "padding bottom -2 must not be negative";
    QTest::addRow("negative before reflect limits")
        << PaddingMode::Reflect << Padding{9, 0, -1, 0} << "padding left -1 must not be negative";
}

void TestPadding::refusesBadPadding()
{
    QFETCH(PaddingMode, mode);
    QFETCH(Padding, padding);
    QFETCH(QString, message);
    const cv::Mat image = cv::Mat::ones(3, 5, CV_32F);
    QCOMPARE(messageOf([&] { padImage(image, padding, mode); }), message);
    QCOMPARE(messageOf([&] { requirePaddable(image.size(), padding, mode); }), message);
}

void TestPadding::refusesEmptyInputs()
{
    QCOMPARE(messageOf([] {
                 padImage(cv::Mat(), {1, 1, 1, 1}, PaddingMode::Zeros);
             }),
             QStringLiteral("cannot pad an empty image"));
    QCOMPARE(messageOf([] { sourceIndex(2, 1, 0, PaddingMode::Replicate); }),
             QStringLiteral("cannot read padding of an empty axis (size 0)"));
    QCOMPARE(messageOf([] { sourceIndex(0, 1, 3, static_cast<PaddingMode>(6)); }),
             QStringLiteral("unknown padding mode 6"));
    QCOMPARE(messageOf([] { toOpenCvBorder(static_cast<PaddingMode>(6)); }),
             QStringLiteral("unknown padding mode 6"));
}

QTEST_APPLESS_MAIN(TestPadding)
#include "tst_padding.moc"
