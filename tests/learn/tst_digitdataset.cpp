// SPDX-License-Identifier: MIT
#include "Error.h"
#include "TestData.h"
#include "io/ArrayIO.h"
#include "learn/DigitDataset.h"

#include <QFile>
#include <QTest>
#include <opencv2/imgproc.hpp>
#include <set>

using namespace convlab;
using namespace convlab::test;

namespace {

const char* const kSheet = CONVLAB_SOURCE_DIR "/resources/data/digits.png";

} // namespace

class TestDigitDataset : public QObject {
    Q_OBJECT

  private slots:
    void readsTheSheetRowByRow();
    void decodesTheSameFromMemory();
    void splitIsStratifiedAndSeeded();
    void appendedDigitsTrain();
    void refusesWhatIsNotADigitSheet();
    void refusesBadDigits();
    void withDigitsTrainsThemAndKeepsTheHeldOutSet();
    void withDigitsRefusesABadDigitByItsPosition();
};

void TestDigitDataset::readsTheSheetRowByRow()
{
    const DigitDataset data = DigitDataset::load(kSheet);
    const cv::Mat sheet = readImage(kSheet);

    QCOMPARE(data.size(), 5000);
    QCOMPARE(data.sheetSize(), 5000);
    for (int label = 0; label < 10; ++label)
        QCOMPARE(int(std::count(data.labels().begin(), data.labels().end(), label)), 500);
    // Digit 1234: row 12 (the digit 2's rows are 10 to 14), column 34.
    QCOMPARE(data.label(1234), 2);
    QCOMPARE(maxRelativeError(data.image(1234), sheet(cv::Rect(34 * 20, 12 * 20, 20, 20))), 0.0);
    double low = 0, high = 0;
    cv::minMaxLoc(data.image(4999), &low, &high);
    QVERIFY(low >= 0 && high <= 1 && high > 0.5);
    QCOMPARE(data.label(4999), 9);
}

void TestDigitDataset::decodesTheSameFromMemory()
{
    QFile file(QString::fromLatin1(kSheet));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();

    const DigitDataset data = DigitDataset::decode(
        {reinterpret_cast<const std::uint8_t*>(bytes.constData()), std::size_t(bytes.size())},
        "digits.png");

    QCOMPARE(data.size(), 5000);
    QCOMPARE(maxRelativeError(data.image(777), DigitDataset::load(kSheet).image(777)), 0.0);
}

void TestDigitDataset::splitIsStratifiedAndSeeded()
{
    const DigitDataset data = DigitDataset::load(kSheet);

    const DatasetSplit split = data.split();

    QCOMPARE(int(split.train.size()), 4000);
    QCOMPARE(int(split.heldOut.size()), 1000);
    std::set<int> all(split.train.begin(), split.train.end());
    all.insert(split.heldOut.begin(), split.heldOut.end());
    QCOMPARE(int(all.size()), 5000);
    for (int label = 0; label < 10; ++label)
        QCOMPARE(int(std::count_if(split.heldOut.begin(), split.heldOut.end(),
                                   [&](int i) { return data.label(i) == label; })),
                 100);
    QVERIFY(data.split().heldOut == split.heldOut);
    QVERIFY(data.split(2).heldOut != split.heldOut);
    // The fixed split, on every machine: mt19937_64 is the same everywhere.
    QCOMPARE(std::vector<int>(split.heldOut.begin(), split.heldOut.begin() + 3),
             (std::vector<int>{5, 13, 18}));
    QCOMPARE(int(data.split(1, 0).train.size()), 5000);
}

void TestDigitDataset::appendedDigitsTrain()
{
    DigitDataset data = DigitDataset::load(kSheet);
    cv::Mat seven = cv::Mat::zeros(20, 20, CV_32F);
    cv::line(seven, {4, 4}, {15, 4}, 1.0, 2);
    cv::line(seven, {15, 4}, {8, 16}, 1.0, 2);

    data.append(seven, 7);

    QCOMPARE(data.size(), 5001);
    QCOMPARE(data.sheetSize(), 5000);
    QCOMPARE(data.label(5000), 7);
    QCOMPARE(maxRelativeError(data.image(5000), seven), 0.0);
    const DatasetSplit split = data.split();
    QCOMPARE(split.train.back(), 5000);
    QCOMPARE(int(split.heldOut.size()), 1000);
}

void TestDigitDataset::refusesWhatIsNotADigitSheet()
{
    QCOMPARE(
        messageOf([] { DigitDataset::fromSheet(cv::Mat::zeros(100, 100, CV_32F), "small.png"); }),
        QStringLiteral("small.png is 100×100 pixels; a digit sheet is 2000×1000 grayscale (50 "
                       "rows of 100 digits of 20×20)"));
    QCOMPARE(messageOf([] { DigitDataset::load("/nonexistent/digits.png"); }),
             QStringLiteral("cannot open /nonexistent/digits.png: No such file or directory"));
}

void TestDigitDataset::refusesBadDigits()
{
    DigitDataset data;

    QCOMPARE(messageOf([&] { data.append(cv::Mat::zeros(20, 20, CV_32F), 10); }),
             QStringLiteral("digit label 10 must be 0 to 9"));
    QCOMPARE(messageOf([&] { data.append(cv::Mat::zeros(28, 28, CV_32F), 3); }),
             QStringLiteral("a drawn digit is 28×28 pixels; the network reads 20×20 grayscale "
                            "digits"));
    QCOMPARE(messageOf([&] { data.append(cv::Mat(20, 20, CV_32F, cv::Scalar(2)), 3); }),
             QStringLiteral("a drawn digit's pixels must be within 0 to 1"));
    QCOMPARE(data.size(), 0);
}

void TestDigitDataset::withDigitsTrainsThemAndKeepsTheHeldOutSet()
{
    const DigitDataset sheet = DigitDataset::load(kSheet);
    std::vector<cv::Mat> own;
    for (int i = 0; i < 3; ++i) {
        cv::Mat digit = cv::Mat::zeros(20, 20, CV_32F);
        cv::line(digit, {4 + i, 4}, {15, 4 + i}, 1.0, 2);
        own.push_back(digit);
    }
    const std::vector<int> labels{7, 1, 7};

    const DigitDataset more = sheet.withDigits(own, labels);

    QCOMPARE(more.size(), 5003);
    QCOMPARE(more.sheetSize(), 5000);
    QCOMPARE(sheet.size(), 5000); // the sheet's dataset is unchanged
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(more.label(5000 + i), labels[static_cast<std::size_t>(i)]);
        QCOMPARE(maxRelativeError(more.image(5000 + i), own[static_cast<std::size_t>(i)]), 0.0);
    }
    QCOMPARE(maxRelativeError(more.image(4321), sheet.image(4321)), 0.0);
    for (const std::uint64_t seed : {std::uint64_t{1}, std::uint64_t{2}, std::uint64_t{9}}) {
        const DatasetSplit without = sheet.split(seed);
        const DatasetSplit with = more.split(seed);
        QVERIFY(with.heldOut == without.heldOut); // never an own digit, the same 1,000
        std::vector<int> train = without.train;
        train.insert(train.end(), {5000, 5001, 5002});
        QVERIFY(with.train == train);
    }
    // The same digits give the same dataset: a seeded run trains on the same batches.
    const DigitDataset again = sheet.withDigits(own, labels);
    QVERIFY(again.labels() == more.labels());
    for (const int i : {0, 4999, 5000, 5001, 5002})
        QCOMPARE(maxRelativeError(again.image(i), more.image(i)), 0.0);
}

void TestDigitDataset::withDigitsRefusesABadDigitByItsPosition()
{
    const DigitDataset sheet = DigitDataset::load(kSheet);
    const std::vector<cv::Mat> own{cv::Mat::zeros(20, 20, CV_32F), cv::Mat::zeros(28, 28, CV_32F)};

    QCOMPARE(messageOf([&] {
                 sheet.withDigits(own, std::vector<int>{3, 4});
             }),
             QStringLiteral("added digit 2: a drawn digit is 28×28 pixels; the network reads "
                            "20×20 grayscale digits"));
    QCOMPARE(messageOf([&] { sheet.withDigits(own, std::vector<int>{3}); }),
             QStringLiteral("2 digits but 1 labels"));
    QCOMPARE(sheet.size(), 5000);
}

QTEST_APPLESS_MAIN(TestDigitDataset)
#include "tst_digitdataset.moc"
