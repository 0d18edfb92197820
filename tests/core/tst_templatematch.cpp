// SPDX-License-Identifier: MIT
#include "Error.h"
#include "TestData.h"
#include "engine/CorrelationEngine.h"
#include "ops/MapTiles.h"
#include "ops/TemplateMatch.h"

#include <QTest>
#include <array>
#include <cfloat>
#include <cmath>
#include <functional>
#include <limits>
#include <opencv2/imgproc.hpp>
#include <random>

using namespace convlab;

Q_DECLARE_METATYPE(convlab::MatchMethod)
Q_DECLARE_METATYPE(cv::Mat)

namespace {

constexpr std::array kAllMethods{MatchMethod::SqDiff, MatchMethod::SqDiffNormed,
                                 MatchMethod::CCorr,  MatchMethod::CCorrNormed,
                                 MatchMethod::CCoeff, MatchMethod::CCoeffNormed};

// Differences allowed against OpenCV and the double reference, as a multiple of the scale of
// the terms that float32 rounding cancels in that cell (see ReferenceCell::scale).
constexpr double kFloatTolerance = 1e-6;

constexpr float kNaN = std::numeric_limits<float>::quiet_NaN();

int openCvMethod(MatchMethod method)
{
    switch (method) {
    case MatchMethod::SqDiff:
        return cv::TM_SQDIFF;
    case MatchMethod::SqDiffNormed:
        return cv::TM_SQDIFF_NORMED;
    case MatchMethod::CCorr:
        return cv::TM_CCORR;
    case MatchMethod::CCorrNormed:
        return cv::TM_CCORR_NORMED;
    case MatchMethod::CCoeff:
        return cv::TM_CCOEFF;
    case MatchMethod::CCoeffNormed:
        return cv::TM_CCOEFF_NORMED;
    }
    return -1;
}

cv::Mat fromRows(int rows, int cols, std::initializer_list<float> values)
{
    if (static_cast<int>(values.size()) != rows * cols)
        qFatal("fromRows: %d values for a %dx%d matrix", int(values.size()), rows, cols);
    return cv::Mat(std::vector<float>(values), true).reshape(1, rows);
}

// One cell of the response by the textbook formulas, in double, straight from the pixels.
struct ReferenceCell {
    double score = 0;
    bool undefined = false;        // 0/0 for a normalised method
    bool openCvDegenerate = false; // OpenCV's own denominator test fires (it then returns 0 or 1)
    double scale = 1;              // size of the terms that rounding cancels in this cell
};

ReferenceCell referenceCell(const cv::Mat& image, const cv::Mat& patch, int row, int col,
                            MatchMethod method)
{
    const double n = static_cast<double>(patch.total());
    double windowSum = 0, patchSum = 0;
    for (int u = 0; u < patch.rows; ++u)
        for (int v = 0; v < patch.cols; ++v) {
            windowSum += image.at<float>(row + u, col + v);
            patchSum += patch.at<float>(u, v);
        }
    const double windowMean = windowSum / n, patchMean = patchSum / n;
    double cross = 0, distance = 0, windowEnergy = 0, patchEnergy = 0;
    double centredCross = 0, windowVariance = 0, patchVariance = 0;
    for (int u = 0; u < patch.rows; ++u)
        for (int v = 0; v < patch.cols; ++v) {
            const double i = image.at<float>(row + u, col + v), t = patch.at<float>(u, v);
            cross += i * t;
            distance += (i - t) * (i - t);
            windowEnergy += i * i;
            patchEnergy += t * t;
            centredCross += (i - windowMean) * (t - patchMean);
            windowVariance += (i - windowMean) * (i - windowMean);
            patchVariance += (t - patchMean) * (t - patchMean);
        }
    const double norms = std::sqrt(windowEnergy * patchEnergy);
    ReferenceCell cell;
    switch (method) {
    case MatchMethod::SqDiff:
        cell.score = distance;
        cell.scale = std::max(1.0, windowEnergy + patchEnergy);
        break;
    case MatchMethod::SqDiffNormed:
        cell.undefined = windowEnergy == 0 || patchEnergy == 0;
        cell.score = std::min(distance / norms, 1.0); // OpenCV saturates at 1
        cell.scale = (windowEnergy + patchEnergy) / norms;
        cell.openCvDegenerate = cell.undefined;
        break;
    case MatchMethod::CCorr:
        cell.score = cross;
        cell.scale = std::max(1.0, norms);
        break;
    case MatchMethod::CCorrNormed:
        cell.undefined = windowEnergy == 0 || patchEnergy == 0;
        cell.score = cross / norms;
        cell.openCvDegenerate = cell.undefined;
        break;
    case MatchMethod::CCoeff:
        cell.score = centredCross;
        cell.scale = std::max(1.0, norms);
        break;
    case MatchMethod::CCoeffNormed:
        cell.undefined = windowVariance == 0 || patchVariance == 0;
        cell.score = centredCross / std::sqrt(windowVariance * patchVariance);
        cell.scale = norms / std::sqrt(windowVariance * patchVariance);
        cell.openCvDegenerate =
            cell.undefined || windowVariance <= std::min(0.5, 10 * FLT_EPSILON * windowEnergy);
        break;
    }
    return cell;
}

// Greedy NMS written the slow, obvious way: scan for the best free cell, keep it, blank its
// neighbourhood, repeat.
std::vector<Peak> bruteForcePeaks(const cv::Mat& map, MatchMethod method, cv::Size patchSize,
                                  const PeakQuery& query)
{
    const bool lower = lowerIsBetter(method);
    cv::Mat blocked(map.size(), CV_8U, cv::Scalar(0));
    std::vector<Peak> peaks;
    while (static_cast<int>(peaks.size()) < query.topK) {
        int bestRow = -1, bestCol = -1;
        for (int r = 0; r < map.rows; ++r)
            for (int c = 0; c < map.cols; ++c) {
                const float v = map.at<float>(r, c);
                if (std::isnan(v) || blocked.at<uchar>(r, c))
                    continue;
                const float best = bestRow < 0 ? 0.f : map.at<float>(bestRow, bestCol);
                if (bestRow < 0 || (lower ? v < best : v > best)) {
                    bestRow = r;
                    bestCol = c;
                }
            }
        if (bestRow < 0)
            break;
        const float score = map.at<float>(bestRow, bestCol);
        if (query.useThreshold && (lower ? score > query.threshold : score < query.threshold))
            break;
        peaks.push_back({bestRow, bestCol, score,
                         cv::Rect(bestCol, bestRow, patchSize.width, patchSize.height)});
        for (int r = bestRow - query.minDistance; r <= bestRow + query.minDistance; ++r)
            for (int c = bestCol - query.minDistance; c <= bestCol + query.minDistance; ++c)
                if (r >= 0 && c >= 0 && r < map.rows && c < map.cols)
                    blocked.at<uchar>(r, c) = 1;
    }
    return peaks;
}

QString describe(const std::vector<Peak>& peaks)
{
    QStringList parts;
    for (const Peak& p : peaks)
        parts << QStringLiteral("(%1,%2)=%3 [%4,%5 %6x%7]")
                     .arg(p.row)
                     .arg(p.col)
                     .arg(double(p.score))
                     .arg(p.rect.x)
                     .arg(p.rect.y)
                     .arg(p.rect.width)
                     .arg(p.rect.height);
    return parts.join(QStringLiteral(" "));
}

// The message of the Error that `action` throws, or "" when it throws nothing.
QString errorMessage(const std::function<void()>& action)
{
    try {
        action();
    } catch (const Error& e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

enum class Values { Unit, Signed, SparseEighths, Bytes };

cv::Mat randomValues(std::mt19937& rng, int rows, int cols, Values kind)
{
    switch (kind) {
    case Values::Unit:
        return test::randomMat(rng, rows, cols, 1, 0.f, 1.f);
    case Values::Signed:
        return test::randomMat(rng, rows, cols, 1, -1.f, 1.f);
    case Values::Bytes: {
        std::uniform_int_distribution<int> level(0, 255);
        cv::Mat m(rows, cols, CV_32F);
        for (float& v : cv::Mat_<float>(m))
            v = float(level(rng));
        return m;
    }
    case Values::SparseEighths: {
        // Mostly zeros, else a few exact levels: flat and all-zero windows and patches happen.
        std::uniform_int_distribution<int> level(-8, 3);
        cv::Mat m(rows, cols, CV_32F);
        for (float& v : cv::Mat_<float>(m))
            v = float(std::max(level(rng), 0)) / 8.f;
        return m;
    }
    }
    return {};
}

// A digit canvas: black, with `digits` drawn side by side and a "2" whose top-left ink pixel
// sits at `twoTopLeft` (x = col, y = row). Returns the canvas and the box of the "2".
std::pair<cv::Mat, cv::Rect> digitCanvas(cv::Point twoTopLeft)
{
    const auto draw = [](cv::Mat& canvas, const std::string& text, cv::Point origin) {
        cv::putText(canvas, text, origin, cv::FONT_HERSHEY_SIMPLEX, 1.6, cv::Scalar(1.0), 3,
                    cv::LINE_AA);
    };
    // Where the ink of a "2" drawn at origin (0, 100) lands, to place it exactly.
    cv::Mat probe(200, 200, CV_32F, cv::Scalar(0));
    draw(probe, "2", cv::Point(0, 100));
    cv::Mat ink;
    cv::compare(probe, 0, ink, cv::CMP_GT);
    const cv::Rect probeBox = cv::boundingRect(ink);
    const cv::Point origin(twoTopLeft.x - probeBox.x, twoTopLeft.y - probeBox.y + 100);

    cv::Mat canvas(300, 420, CV_32F, cv::Scalar(0));
    draw(canvas, "7 3 8", cv::Point(20, 60));
    draw(canvas, "5 9", cv::Point(250, 280));
    draw(canvas, "6", cv::Point(330, 150));
    draw(canvas, "2", origin);
    return {canvas, cv::Rect(twoTopLeft, probeBox.size())};
}

} // namespace

class TestTemplateMatch : public QObject {
    Q_OBJECT

  private slots:
    void methodNamesRoundTrip_data();
    void methodNamesRoundTrip();
    void unknownMethodNameIsRefused();

    void handComputedCases_data();
    void handComputedCases();
    void agreesWithOpenCvOnRandomCases_data();
    void agreesWithOpenCvOnRandomCases();

    void fftPathAgreesWithTheDoubleReference();
    void flatPatchIsUndefinedForCCoeffNormed();
    void zeroPatchIsUndefinedForNormalisedMethods();
    void flatWindowIsUndefinedForCCoeffNormed();
    void roundOffOfAConstantWindowCountsAsFlat();
    void zeroWindowIsUndefined();
    void darkFlatWindowInLargeBrightImageIsUndefined();
    void faintTextureFarFromTheOriginMatchesWithinBounds();
    void brightFlatWindowInLargeDarkImageIsUndefined();
    void texturedWindowOnBrightPedestalIsDefined();
    void exactMatchesScoreAtTheBoundsNotBeyond();
    void countUndefinedCountsNaNCells();
    void mapTilesFollowChangedBlocks();

    void digitTwoIsFoundWhereItWasCut();
    void peakFollowsTheShiftedDigit_data();
    void peakFollowsTheShiftedDigit();

    void peaksMatchBruteForceNms_data();
    void peaksMatchBruteForceNms();
    void tiesGoToTheFirstCellInRowMajorOrder();
    void sqdiffPeaksAreMinima();
    void thresholdKeepsPeaksEqualToIt();
    void nanCellsAreNeverPeaks();
    void peakRectIsWhereThePatchLies();

    void refusesBadInputsNamingThem();
    void refusesBadPeakQueries();
};

void TestTemplateMatch::methodNamesRoundTrip_data()
{
    QTest::addColumn<MatchMethod>("method");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("lower");
    QTest::addColumn<bool>("normalised");
    QTest::addRow("sqdiff") << MatchMethod::SqDiff << "sqdiff" << true << false;
    QTest::addRow("sqdiff_normed") << MatchMethod::SqDiffNormed << "sqdiff_normed" << true << true;
    QTest::addRow("ccorr") << MatchMethod::CCorr << "ccorr" << false << false;
    QTest::addRow("ccorr_normed") << MatchMethod::CCorrNormed << "ccorr_normed" << false << true;
    QTest::addRow("ccoeff") << MatchMethod::CCoeff << "ccoeff" << false << false;
    QTest::addRow("ccoeff_normed") << MatchMethod::CCoeffNormed << "ccoeff_normed" << false << true;
}

void TestTemplateMatch::methodNamesRoundTrip()
{
    QFETCH(MatchMethod, method);
    QFETCH(QString, name);
    QFETCH(bool, lower);
    QFETCH(bool, normalised);
    QCOMPARE(QString::fromStdString(toString(method)), name);
    QVERIFY(matchMethodFromString(name.toStdString()) == method);
    QCOMPARE(lowerIsBetter(method), lower);
    QCOMPARE(isNormalised(method), normalised);
}

void TestTemplateMatch::unknownMethodNameIsRefused()
{
    QCOMPARE(errorMessage([] { matchMethodFromString("foo"); }),
             QStringLiteral("unknown method 'foo' (expected one of sqdiff, sqdiff_normed, ccorr, "
                            "ccorr_normed, ccoeff, ccoeff_normed)"));
    // Names are exact: no case folding, no abbreviations.
    QVERIFY(
        errorMessage([] { matchMethodFromString("CCOEFF_NORMED"); }).contains("'CCOEFF_NORMED'"));
    QVERIFY(!errorMessage([] { matchMethodFromString("ccoeff_norm"); }).isEmpty());
}

void TestTemplateMatch::handComputedCases_data()
{
    QTest::addColumn<cv::Mat>("image");
    QTest::addColumn<cv::Mat>("patch");
    QTest::addColumn<MatchMethod>("method");
    QTest::addColumn<cv::Mat>("expected");

    // Ramp image, patch [0 1; 2 3]. Windows: [1 2;4 5] [2 3;5 6] / [4 5;7 8] [5 6;8 9].
    // Σ I² per window: 46 74 / 154 206; Σ T² = 14. Every window is the first plus a constant,
    // so its centred energy is that of [1 2;4 5]: 4+1+1+4 = 10; the patch's is 2.25·2+0.25·2 = 5.
    const cv::Mat ramp = fromRows(3, 3, {1, 2, 3, 4, 5, 6, 7, 8, 9});
    const cv::Mat patch = fromRows(2, 2, {0, 1, 2, 3});
    const auto map = [](float a, float b, float c, float d) {
        return fromRows(2, 2, {a, b, c, d});
    };
    // Σ (I-T)²: 1+1+4+4, 4+4+9+9, 16+16+25+25, 25+25+36+36.
    QTest::addRow("ramp sqdiff") << ramp << patch << MatchMethod::SqDiff << map(10, 26, 82, 122);
    // Divided by sqrt(ΣI²·ΣT²); 82/sqrt(2156) and 122/sqrt(2884) exceed 1: OpenCV saturates.
    QTest::addRow("ramp sqdiff_normed")
        << ramp << patch << MatchMethod::SqDiffNormed
        << map(float(10 / std::sqrt(46.0 * 14)), float(26 / std::sqrt(74.0 * 14)), 1, 1);
    // Σ I·T: 2+8+15, 3+10+18, 5+14+24, 6+16+27.
    QTest::addRow("ramp ccorr") << ramp << patch << MatchMethod::CCorr << map(25, 31, 43, 49);
    QTest::addRow("ramp ccorr_normed")
        << ramp << patch << MatchMethod::CCorrNormed
        << map(float(25 / std::sqrt(46.0 * 14)), float(31 / std::sqrt(74.0 * 14)),
               float(43 / std::sqrt(154.0 * 14)), float(49 / std::sqrt(206.0 * 14)));
    // Centred patch [-1.5 -0.5; 0.5 1.5]: -1.5 - 1 + 2 + 7.5 = 7 in every window.
    QTest::addRow("ramp ccoeff") << ramp << patch << MatchMethod::CCoeff << map(7, 7, 7, 7);
    const float ncc = float(7 / std::sqrt(10.0 * 5));
    QTest::addRow("ramp ccoeff_normed")
        << ramp << patch << MatchMethod::CCoeffNormed << map(ncc, ncc, ncc, ncc);

    // Image [1 2 2], patch [1 2]: the second window [2 2] is flat.
    const cv::Mat row = fromRows(1, 3, {1, 2, 2});
    const cv::Mat pair = fromRows(1, 2, {1, 2});
    const auto two = [](float a, float b) { return fromRows(1, 2, {a, b}); };
    QTest::addRow("row sqdiff") << row << pair << MatchMethod::SqDiff << two(0, 1);
    QTest::addRow("row sqdiff_normed")
        << row << pair << MatchMethod::SqDiffNormed << two(0, float(1 / std::sqrt(40.0)));
    QTest::addRow("row ccorr") << row << pair << MatchMethod::CCorr << two(5, 6);
    QTest::addRow("row ccorr_normed")
        << row << pair << MatchMethod::CCorrNormed << two(1, float(6 / std::sqrt(40.0)));
    // Centred patch [-0.5 0.5]: 0.5 and 0.
    QTest::addRow("row ccoeff") << row << pair << MatchMethod::CCoeff << two(0.5f, 0);
    QTest::addRow("row ccoeff_normed flat window")
        << row << pair << MatchMethod::CCoeffNormed << two(1, kNaN);

    // Patch == image: a single cell. Image [3 -1; 0 2], patch [1 1; -1 0].
    const cv::Mat square = fromRows(2, 2, {3, -1, 0, 2});
    const cv::Mat tile = fromRows(2, 2, {1, 1, -1, 0});
    const auto one = [](float a) { return fromRows(1, 1, {a}); };
    // (3-1)² + (-1-1)² + (0+1)² + (2-0)² = 4+4+1+4.
    QTest::addRow("whole sqdiff") << square << tile << MatchMethod::SqDiff << one(13);
    // 3 - 1 + 0 + 0 = 2; ΣI² = 14, ΣT² = 3.
    QTest::addRow("whole ccorr_normed")
        << square << tile << MatchMethod::CCorrNormed << one(float(2 / std::sqrt(42.0)));
    // Means 1 and 0.25: centred I [2 -2; -1 1] (energy 10), centred T [.75 .75; -1.25 -.25]
    // (energy 2.75); Σ = 1.5 - 1.5 + 1.25 - 0.25 = 1.
    QTest::addRow("whole ccoeff_normed")
        << square << tile << MatchMethod::CCoeffNormed << one(float(1 / std::sqrt(27.5)));
    // 1×1 patch: ccorr is the image scaled, ccoeff_normed is 0/0 everywhere.
    QTest::addRow("1x1 ccorr") << square << one(2) << MatchMethod::CCorr
                               << fromRows(2, 2, {6, -2, 0, 4});
    QTest::addRow("1x1 ccoeff_normed") << square << one(2) << MatchMethod::CCoeffNormed
                                       << fromRows(2, 2, {kNaN, kNaN, kNaN, kNaN});
}

void TestTemplateMatch::handComputedCases()
{
    QFETCH(cv::Mat, image);
    QFETCH(cv::Mat, patch);
    QFETCH(MatchMethod, method);
    QFETCH(cv::Mat, expected);
    const cv::Mat response = matchTemplate(image, patch, method);
    QCOMPARE(response.type(), CV_32FC1);
    QCOMPARE(response.rows, expected.rows);
    QCOMPARE(response.cols, expected.cols);
    for (int r = 0; r < expected.rows; ++r)
        for (int c = 0; c < expected.cols; ++c) {
            const float got = response.at<float>(r, c), want = expected.at<float>(r, c);
            const bool ok = std::isnan(want)
                                ? std::isnan(got)
                                : std::abs(got - want) <= 1e-6f * std::max(1.f, std::abs(want));
            QVERIFY2(ok, qPrintable(QStringLiteral("cell (%1, %2): got %3, expected %4")
                                        .arg(r)
                                        .arg(c)
                                        .arg(double(got))
                                        .arg(double(want))));
        }
}

void TestTemplateMatch::agreesWithOpenCvOnRandomCases_data()
{
    QTest::addColumn<int>("seed");
    QTest::addColumn<int>("imageRows");
    QTest::addColumn<int>("imageCols");
    QTest::addColumn<int>("patchRows");
    QTest::addColumn<int>("patchCols");
    QTest::addColumn<int>("values");
    QTest::addColumn<bool>("roi");

    std::mt19937 rng(20240517);
    const auto pick = [&rng](int low, int high) {
        return std::uniform_int_distribution<int>(low, high)(rng);
    };
    for (int i = 0; i < 60; ++i) {
        const bool large = i % 12 == 11;
        const int rows = large ? pick(60, 90) : pick(1, 20);
        const int cols = large ? pick(60, 90) : pick(1, 20);
        int patchRows = pick(1, large ? 25 : rows), patchCols = pick(1, large ? 25 : cols);
        if (i % 10 == 3) { // patch as large as the image: a single cell
            patchRows = rows;
            patchCols = cols;
        }
        if (i % 7 == 5)
            patchRows = patchCols = 1;
        const int values = i % 4;
        const bool roi = i % 5 == 2;
        QTest::addRow("case %d: image %dx%d patch %dx%d values %d%s", i, rows, cols, patchRows,
                      patchCols, values, roi ? " roi" : "")
            << 1000 + i << rows << cols << patchRows << patchCols << values << roi;
    }
}

void TestTemplateMatch::agreesWithOpenCvOnRandomCases()
{
    QFETCH(int, seed);
    QFETCH(int, imageRows);
    QFETCH(int, imageCols);
    QFETCH(int, patchRows);
    QFETCH(int, patchCols);
    QFETCH(int, values);
    QFETCH(bool, roi);

    std::mt19937 rng(static_cast<unsigned>(seed));
    const Values kind = static_cast<Values>(values);
    cv::Mat image = randomValues(rng, imageRows, imageCols, kind);
    const cv::Mat patch = randomValues(rng, patchRows, patchCols, kind);
    if (roi) { // a view into a larger matrix: rows are not contiguous
        cv::Mat frame = randomValues(rng, imageRows + 3, imageCols + 5, kind);
        image.copyTo(frame(cv::Rect(2, 1, imageCols, imageRows)));
        image = frame(cv::Rect(2, 1, imageCols, imageRows));
    }

    for (MatchMethod method : kAllMethods) {
        const QString name = QString::fromStdString(toString(method));
        const cv::Mat ours = matchTemplate(image, patch, method);
        cv::Mat opencv;
        cv::matchTemplate(image, patch, opencv, openCvMethod(method));
        QCOMPARE(ours.type(), CV_32FC1);
        QCOMPARE(ours.rows, imageRows - patchRows + 1);
        QCOMPARE(ours.cols, imageCols - patchCols + 1);
        if (!isNormalised(method))
            QVERIFY2(countUndefined(ours) == 0, qPrintable(name + " has undefined cells"));

        for (int r = 0; r < ours.rows; ++r)
            for (int c = 0; c < ours.cols; ++c) {
                const ReferenceCell ref = referenceCell(image, patch, r, c, method);
                const float got = ours.at<float>(r, c);
                const QString where = QStringLiteral("%1 cell (%2, %3): ours %4, reference %5, "
                                                     "OpenCV %6")
                                          .arg(name)
                                          .arg(r)
                                          .arg(c)
                                          .arg(double(got))
                                          .arg(ref.score)
                                          .arg(double(opencv.at<float>(r, c)));
                QVERIFY2(std::isnan(got) == ref.undefined, qPrintable("NaN mismatch: " + where));
                if (ref.undefined)
                    continue;
                const double allowed = kFloatTolerance * ref.scale;
                QVERIFY2(std::abs(got - ref.score) <= allowed, qPrintable("vs double: " + where));
                if (!ref.openCvDegenerate)
                    QVERIFY2(std::abs(got - opencv.at<float>(r, c)) <= allowed,
                             qPrintable("vs OpenCV: " + where));
                if (method == MatchMethod::CCorrNormed || method == MatchMethod::CCoeffNormed)
                    QVERIFY2(got >= -1.f && got <= 1.f, qPrintable("out of [-1, 1]: " + where));
                if (method == MatchMethod::SqDiffNormed)
                    QVERIFY2(got >= 0.f && got <= 1.f, qPrintable("out of [0, 1]: " + where));
            }
    }
}

void TestTemplateMatch::fftPathAgreesWithTheDoubleReference()
{
    // Patches large enough that the engine correlates by FFT (checked), on a plain image, on a
    // bright level, and with flat and near-flat blocks whose normalised scores the FFT's
    // rounding cannot resolve, so that they are summed again exactly. The tolerance is the
    // random cases' one, relative to the terms that rounding cancels in each cell.
    std::mt19937 rng(19);
    for (int trial = 0; trial < 2; ++trial) {
        cv::Mat image = test::randomMat(rng, 60, 76, 1, 0.f, 1.f);
        if (trial == 1) {
            image += 50;
            image(cv::Rect(10, 20, 40, 30)).setTo(image.at<float>(0, 0));
            image.at<float>(35, 30) += 0.05f; // relative variance 2e-9 in its windows: defined
        }
        const cv::Mat patch = test::randomMat(rng, 20, 20, 1, 0.f, 1.f);
        QVERIFY(chooseEngine(image, patch, {}) == Engine::Fft);
        for (MatchMethod method : kAllMethods) {
            const cv::Mat ours = matchTemplate(image, patch, method);
            for (int r = 0; r < ours.rows; ++r)
                for (int c = 0; c < ours.cols; ++c) {
                    const ReferenceCell ref = referenceCell(image, patch, r, c, method);
                    const float got = ours.at<float>(r, c);
                    const QString where = QStringLiteral("trial %1, %2, cell (%3, %4): %5 "
                                                         "instead of %6")
                                              .arg(trial)
                                              .arg(QString::fromStdString(toString(method)))
                                              .arg(r)
                                              .arg(c)
                                              .arg(double(got))
                                              .arg(ref.score);
                    QVERIFY2(std::isnan(got) == ref.undefined, qPrintable(where));
                    if (!ref.undefined)
                        QVERIFY2(std::abs(got - ref.score) <= kFloatTolerance * ref.scale,
                                 qPrintable(where));
                }
        }
    }
}

void TestTemplateMatch::flatPatchIsUndefinedForCCoeffNormed()
{
    std::mt19937 rng(7);
    const cv::Mat image = test::randomMat(rng, 20, 30, 1, 0.f, 1.f);
    const cv::Mat constant(5, 6, CV_32F, cv::Scalar(0.4));
    // The same constant off by a few ulps, as arithmetic on a flat image leaves it.
    cv::Mat roundOff = constant.clone();
    std::uniform_int_distribution<int> ulps(-3, 3);
    for (float& v : cv::Mat_<float>(roundOff)) {
        const int steps = ulps(rng);
        for (int k = 0; k < std::abs(steps); ++k)
            v = std::nextafter(v, steps > 0 ? 1.f : 0.f);
    }
    QVERIFY(cv::norm(roundOff, constant, cv::NORM_INF) > 0);

    for (const cv::Mat& patch : {constant, roundOff}) {
        const cv::Mat ncc = matchTemplate(image, patch, MatchMethod::CCoeffNormed);
        QCOMPARE(countUndefined(ncc), 16 * 25);
        // The other methods are defined; ccoeff of a flat patch is zero up to round-off.
        const cv::Mat ccoeff = matchTemplate(image, patch, MatchMethod::CCoeff);
        QCOMPARE(countUndefined(ccoeff), 0);
        QVERIFY(cv::norm(ccoeff, cv::NORM_INF) < 1e-5);
        for (MatchMethod method : {MatchMethod::SqDiff, MatchMethod::SqDiffNormed,
                                   MatchMethod::CCorr, MatchMethod::CCorrNormed})
            QCOMPARE(countUndefined(matchTemplate(image, patch, method)), 0);
    }
}

void TestTemplateMatch::zeroPatchIsUndefinedForNormalisedMethods()
{
    std::mt19937 rng(8);
    const cv::Mat image = test::randomMat(rng, 12, 9, 1, -1.f, 1.f);
    const cv::Mat zero(3, 4, CV_32F, cv::Scalar(0));
    const int cells = 10 * 6;
    QCOMPARE(countUndefined(matchTemplate(image, zero, MatchMethod::CCorrNormed)), cells);
    QCOMPARE(countUndefined(matchTemplate(image, zero, MatchMethod::SqDiffNormed)), cells);
    QCOMPARE(countUndefined(matchTemplate(image, zero, MatchMethod::CCoeffNormed)), cells);
    QCOMPARE(cv::norm(matchTemplate(image, zero, MatchMethod::CCorr), cv::NORM_INF), 0.0);
    // sqdiff against zero is the window's energy.
    const cv::Mat sqdiff = matchTemplate(image, zero, MatchMethod::SqDiff);
    QCOMPARE(countUndefined(sqdiff), 0);
    QVERIFY(std::abs(sqdiff.at<float>(4, 2) -
                     cv::norm(image(cv::Rect(2, 4, 4, 3)), cv::NORM_L2SQR)) < 1e-5);
}

void TestTemplateMatch::flatWindowIsUndefinedForCCoeffNormed()
{
    std::mt19937 rng(9);
    cv::Mat image = test::randomMat(rng, 40, 50, 1, 0.f, 1.f);
    image(cv::Rect(20, 10, 12, 10)).setTo(0.25); // rows 10..19, cols 20..31
    const cv::Mat patch = test::randomMat(rng, 4, 5, 1, 0.f, 1.f);

    const cv::Mat ncc = matchTemplate(image, patch, MatchMethod::CCoeffNormed);
    // Windows entirely inside the flat block: top rows 10..16, left cols 20..27.
    QCOMPARE(countUndefined(ncc), 7 * 8);
    for (int r = 0; r < ncc.rows; ++r)
        for (int c = 0; c < ncc.cols; ++c) {
            const bool inside = r >= 10 && r <= 16 && c >= 20 && c <= 27;
            QVERIFY2(std::isnan(ncc.at<float>(r, c)) == inside,
                     qPrintable(QStringLiteral("cell (%1, %2)").arg(r).arg(c)));
        }
    // A flat window that is not zero still has a defined cosine and distance.
    QCOMPARE(countUndefined(matchTemplate(image, patch, MatchMethod::CCorrNormed)), 0);
    QCOMPARE(countUndefined(matchTemplate(image, patch, MatchMethod::SqDiffNormed)), 0);
}

void TestTemplateMatch::roundOffOfAConstantWindowCountsAsFlat()
{
    // Blocks of 0.7 off by up to 6 ulps, as arithmetic on a flat image leaves it: one in the
    // middle, one at the origin where the integral images hold nothing but the block itself.
    std::mt19937 rng(10);
    cv::Mat image = test::randomMat(rng, 30, 30, 1, 0.f, 1.f);
    std::uniform_int_distribution<int> ulps(-6, 6);
    for (const cv::Rect& rect : {cv::Rect(5, 8, 9, 6), cv::Rect(0, 0, 9, 6)}) {
        for (float& v : cv::Mat_<float>(image(rect))) {
            v = 0.7f;
            const int steps = ulps(rng);
            for (int k = 0; k < std::abs(steps); ++k)
                v = std::nextafter(v, steps > 0 ? 1.f : 0.f);
        }
    }
    const cv::Mat patch = test::randomMat(rng, 3, 3, 1, 0.f, 1.f);
    // The blocks are not exactly constant: an exact-zero test would score them.
    QVERIFY(!referenceCell(image, patch, 9, 7, MatchMethod::CCoeffNormed).undefined);
    QVERIFY(!referenceCell(image, patch, 0, 0, MatchMethod::CCoeffNormed).undefined);

    const cv::Mat ncc = matchTemplate(image, patch, MatchMethod::CCoeffNormed);
    // Per block, windows with top rows and left cols in 4 x 7 positions.
    QCOMPARE(countUndefined(ncc), 2 * 4 * 7);
    QVERIFY(std::isnan(ncc.at<float>(9, 7)));
    QVERIFY(std::isnan(ncc.at<float>(0, 0)));
    QVERIFY(!std::isnan(ncc.at<float>(7, 7)));
}

void TestTemplateMatch::zeroWindowIsUndefined()
{
    std::mt19937 rng(11);
    cv::Mat image = test::randomMat(rng, 25, 35, 1, -1.f, 1.f);
    image(cv::Rect(3, 15, 6, 5)).setTo(0); // rows 15..19, cols 3..8
    const cv::Mat patch = test::randomMat(rng, 2, 3, 1, -1.f, 1.f);
    const int zeroWindows = 4 * 4; // top rows 15..18, left cols 3..6
    for (MatchMethod method : kAllMethods) {
        const cv::Mat response = matchTemplate(image, patch, method);
        QCOMPARE(countUndefined(response), isNormalised(method) ? zeroWindows : 0);
        QCOMPARE(std::isnan(response.at<float>(16, 4)), isNormalised(method));
    }
}

void TestTemplateMatch::darkFlatWindowInLargeBrightImageIsUndefined()
{
    // Integral images accumulate the whole bright image: a dark constant block far down and
    // right must still be recognised as flat, and a dark block with one brighter pixel not.
    std::mt19937 rng(12);
    cv::Mat image = test::randomMat(rng, 600, 800, 1, 0.f, 1.f);
    const cv::Rect dark(740, 550, 40, 40);
    image(dark).setTo(1e-3);
    const cv::Mat patch = test::randomMat(rng, 16, 16, 1, 0.f, 1.f);
    const cv::Point bump(700, 520); // inside a second dark block, one pixel brighter
    image(cv::Rect(690, 510, 20, 20)).setTo(1e-3);
    image.at<float>(bump) = 2e-3f;

    const cv::Mat ncc = matchTemplate(image, patch, MatchMethod::CCoeffNormed);
    QCOMPARE(countUndefined(ncc), 25 * 25);
    for (int r = dark.y; r <= dark.y + dark.height - 16; ++r)
        for (int c = dark.x; c <= dark.x + dark.width - 16; ++c)
            QVERIFY(std::isnan(ncc.at<float>(r, c)));
    // Windows of the second block holding the bright pixel are defined and right.
    for (const cv::Point topLeft :
         {cv::Point(690, 510), cv::Point(694, 514), cv::Point(692, 511)}) {
        const ReferenceCell ref =
            referenceCell(image, patch, topLeft.y, topLeft.x, MatchMethod::CCoeffNormed);
        const float got = ncc.at<float>(topLeft);
        QVERIFY2(std::abs(got - ref.score) < 1e-4,
                 qPrintable(QStringLiteral("got %1, expected %2").arg(double(got)).arg(ref.score)));
    }
    const cv::Mat cosine = matchTemplate(image, patch, MatchMethod::CCorrNormed);
    QCOMPARE(countUndefined(cosine), 0);
}

void TestTemplateMatch::faintTextureFarFromTheOriginMatchesWithinBounds()
{
    // Faint 16x16 textures (values near 1e-4) placed far down and right in a bright image,
    // each matched by a scaled copy: the cosine is 1 to the precision that the integral
    // images leave, and never above it.
    std::mt19937 rng(17);
    cv::Mat image = test::randomMat(rng, 600, 800, 1, 0.f, 1.f);
    for (int k = 0; k < 12; ++k) {
        const cv::Rect block(500 + 24 * k, 560 - 3 * k, 16, 16);
        cv::Mat texture = test::randomMat(rng, 16, 16, 1, 1e-4f, 2e-4f);
        texture.copyTo(image(block));
        const cv::Mat cosine = matchTemplate(image, texture * 7.f, MatchMethod::CCorrNormed);
        const float atBlock = cosine.at<float>(block.y, block.x);
        QVERIFY2(atBlock <= 1.f && atBlock > 1 - 1e-3f,
                 qPrintable(QStringLiteral("block %1: %2").arg(k).arg(double(atBlock), 0, 'g', 9)));
    }
}

void TestTemplateMatch::brightFlatWindowInLargeDarkImageIsUndefined()
{
    // The mirror case: what the integral images leave of bright constant windows in a dim
    // image must still read as flat.
    // Bright 8x8 blocks, each exactly one flat window, in a dim image.
    std::mt19937 rng(18);
    cv::Mat image = test::randomMat(rng, 600, 800, 1, 0.f, 0.02f);
    std::vector<cv::Point> blocks;
    for (int k = 0; k < 20; ++k) {
        blocks.emplace_back(400 + 19 * k, 590 - 17 * k);
        image(cv::Rect(blocks.back(), cv::Size(8, 8))).setTo(0.3 + 0.07 * k);
    }
    const cv::Mat patch = test::randomMat(rng, 8, 8, 1, 0.f, 1.f);
    const cv::Mat ncc = matchTemplate(image, patch, MatchMethod::CCoeffNormed);
    for (const cv::Point& topLeft : blocks)
        QVERIFY2(std::isnan(ncc.at<float>(topLeft)),
                 qPrintable(QStringLiteral("block at (row %1, col %2): %3")
                                .arg(topLeft.y)
                                .arg(topLeft.x)
                                .arg(double(ncc.at<float>(topLeft)))));
    QCOMPARE(countUndefined(ncc), int(blocks.size()));
}

void TestTemplateMatch::texturedWindowOnBrightPedestalIsDefined()
{
    // Texture of ±0.1 on a level of 100: relative variance near 1e-7, which OpenCV's
    // 10·FLT_EPSILON test takes for flat (it returns 0), but the score is well defined.
    std::mt19937 rng(15);
    cv::Mat image = test::randomMat(rng, 20, 20, 1, -0.1f, 0.1f) + 100;
    const cv::Mat patch = test::randomMat(rng, 5, 5, 1, 0.f, 1.f);
    for (MatchMethod method : {MatchMethod::CCoeff, MatchMethod::CCoeffNormed}) {
        const cv::Mat response = matchTemplate(image, patch, method);
        QCOMPARE(countUndefined(response), 0);
        for (int r = 0; r < response.rows; ++r)
            for (int c = 0; c < response.cols; ++c) {
                const double want = referenceCell(image, patch, r, c, method).score;
                const float got = response.at<float>(r, c);
                QVERIFY2(std::abs(got - want) <= 1e-6 * std::max(1.0, std::abs(want)),
                         qPrintable(QStringLiteral("%1 cell (%2, %3): got %4, expected %5")
                                        .arg(QString::fromStdString(toString(method)))
                                        .arg(r)
                                        .arg(c)
                                        .arg(double(got))
                                        .arg(want)));
            }
    }
}

void TestTemplateMatch::exactMatchesScoreAtTheBoundsNotBeyond()
{
    // A patch cut from the image, or a brighter / contrast-stretched copy of it, matches
    // perfectly: round-off may not push the score past 1 (or below 0 for the distances), even
    // where faint texture sits on a bright level and large terms cancel.
    std::mt19937 rng(16);
    const auto pick = [&rng](int low, int high) {
        return std::uniform_int_distribution<int>(low, high)(rng);
    };
    int perfectCells = 0;
    for (int trial = 0; trial < 40; ++trial) {
        const bool pedestal = trial % 2 == 1;
        const cv::Mat image =
            pedestal ? test::randomMat(rng, pick(8, 30), pick(8, 30), 1, 99.99f, 100.01f)
                     : test::randomMat(rng, pick(8, 30), pick(8, 30), 1, 0.f, 1.f);
        const cv::Rect cut(pick(0, image.cols - 2), pick(0, image.rows - 2), 0, 0);
        const cv::Mat piece =
            image(cv::Rect(cut.x, cut.y, pick(2, image.cols - cut.x), pick(2, image.rows - cut.y)));
        const float gain = std::uniform_real_distribution<float>(0.3f, 3.f)(rng);
        const cv::Mat scaled = piece * gain, stretched = piece * gain + 0.37f;
        for (const auto& [method, patch] : {std::pair{MatchMethod::SqDiff, piece.clone()},
                                            std::pair{MatchMethod::SqDiffNormed, piece.clone()},
                                            std::pair{MatchMethod::CCorrNormed, scaled},
                                            std::pair{MatchMethod::CCoeffNormed, stretched}}) {
            const cv::Mat response = matchTemplate(image, patch, method);
            double low = 0, high = 0;
            cv::minMaxIdx(response, &low, &high);
            const float atCut = response.at<float>(cut.y, cut.x);
            const QString what = QStringLiteral("%1 trial %2: range [%3, %4], at the cut %5")
                                     .arg(QString::fromStdString(toString(method)))
                                     .arg(trial)
                                     .arg(low, 0, 'g', 9)
                                     .arg(high, 0, 'g', 9)
                                     .arg(double(atCut), 0, 'g', 9);
            if (lowerIsBetter(method)) {
                QVERIFY2(low >= 0 && atCut < 1e-5f, qPrintable(what));
            } else {
                QVERIFY2(high <= 1 && low >= -1 && atCut > 1 - 1e-5f, qPrintable(what));
                perfectCells += atCut == 1.f;
            }
        }
    }
    QVERIFY(perfectCells > 0); // round-off did reach the bound, so the clamp was exercised
}

void TestTemplateMatch::countUndefinedCountsNaNCells()
{
    QCOMPARE(countUndefined(cv::Mat()), 0);
    cv::Mat map(3, 4, CV_32F, cv::Scalar(0.5));
    QCOMPARE(countUndefined(map), 0);
    map.at<float>(0, 0) = kNaN;
    map.at<float>(2, 3) = kNaN;
    map.at<float>(1, 1) = std::numeric_limits<float>::infinity(); // infinite is not undefined
    QCOMPARE(countUndefined(map), 2);
    QCOMPARE(countUndefined(map(cv::Rect(1, 1, 3, 2))), 1);
}

void TestTemplateMatch::digitTwoIsFoundWhereItWasCut()
{
    // The lecture's numbers: np.unravel_index(np.argmax(result), result.shape) == (174, 68).
    const auto [canvas, box] = digitCanvas(cv::Point(68, 174));
    const cv::Mat patch = canvas(box).clone();
    const cv::Mat response = matchTemplate(canvas, patch, MatchMethod::CCoeffNormed);
    const std::vector<Peak> peaks = findPeaks(response, MatchMethod::CCoeffNormed, patch.size());
    QCOMPARE(peaks.size(), size_t(1));
    QCOMPARE(peaks[0].row, 174);
    QCOMPARE(peaks[0].col, 68);
    QVERIFY(peaks[0].score > 0.999f);
    QCOMPARE(peaks[0].rect, box);
    // The other digits are poorer matches, and the black background is undefined, not 0 or 1.
    const std::vector<Peak> top =
        findPeaks(response, MatchMethod::CCoeffNormed, patch.size(), {3, 10, false, 0});
    QCOMPARE(top.size(), size_t(3));
    QVERIFY(top[1].score < 0.9f);
    QVERIFY(countUndefined(response) > 0);
}

void TestTemplateMatch::peakFollowsTheShiftedDigit_data()
{
    QTest::addColumn<int>("dy");
    QTest::addColumn<int>("dx");
    QTest::addRow("down 7") << 7 << 0;
    QTest::addRow("left 31") << 0 << -31;
    QTest::addRow("up 50 right 90") << -50 << 90;
    QTest::addRow("down 1 left 1") << 1 << -1;
}

void TestTemplateMatch::peakFollowsTheShiftedDigit()
{
    QFETCH(int, dy);
    QFETCH(int, dx);
    const auto [original, box] = digitCanvas(cv::Point(68, 174));
    const cv::Mat patch = original(box).clone();
    const auto [shifted, movedBox] = digitCanvas(cv::Point(68 + dx, 174 + dy));
    QCOMPARE(movedBox.size(), box.size());
    for (MatchMethod method : {MatchMethod::CCoeffNormed, MatchMethod::SqDiff,
                               MatchMethod::SqDiffNormed, MatchMethod::CCorrNormed}) {
        const cv::Mat response = matchTemplate(shifted, patch, method);
        const std::vector<Peak> peaks = findPeaks(response, method, patch.size());
        QCOMPARE(peaks.size(), size_t(1));
        QCOMPARE(peaks[0].row, 174 + dy);
        QCOMPARE(peaks[0].col, 68 + dx);
    }
}

void TestTemplateMatch::peaksMatchBruteForceNms_data()
{
    QTest::addColumn<int>("seed");
    for (int i = 0; i < 60; ++i)
        QTest::addRow("map %d", i) << 500 + i;
}

void TestTemplateMatch::peaksMatchBruteForceNms()
{
    QFETCH(int, seed);
    std::mt19937 rng(static_cast<unsigned>(seed));
    const auto pick = [&rng](int low, int high) {
        return std::uniform_int_distribution<int>(low, high)(rng);
    };
    // Small maps, and maps of several 16×16 tiles with partial tiles at their edges.
    const int largest = seed % 2 == 0 ? 30 : 75;
    const int rows = pick(1, largest), cols = pick(1, largest);
    // Few levels give ties; NaN cells at various densities, sometimes everywhere.
    const int levels = pick(0, 2) == 0 ? 4 : 1000;
    const double nanShare = std::array{0.0, 0.1, 0.5, 1.0}[static_cast<size_t>(pick(0, 3))];
    std::uniform_real_distribution<double> unit(0, 1);
    cv::Mat map(rows, cols, CV_32F);
    for (float& v : cv::Mat_<float>(map))
        v = unit(rng) < nanShare ? kNaN : float(pick(0, levels)) / float(levels) * 2 - 1;

    const MatchMethod method = kAllMethods[static_cast<size_t>(pick(0, 5))];
    PeakQuery query;
    query.topK = pick(1, 12);
    query.minDistance = pick(0, 5);
    query.useThreshold = pick(0, 1) == 1;
    query.threshold = float(unit(rng) * 1.6 - 0.8);
    const cv::Size patchSize(pick(1, 9), pick(1, 9));

    const std::vector<Peak> got = findPeaks(map, method, patchSize, query);
    const std::vector<Peak> want = bruteForcePeaks(map, method, patchSize, query);
    const QString context = QStringLiteral("%1 k=%2 d=%3 threshold=%4:%5\n got  %6\n want %7")
                                .arg(QString::fromStdString(toString(method)))
                                .arg(query.topK)
                                .arg(query.minDistance)
                                .arg(double(query.threshold))
                                .arg(query.useThreshold ? "on" : "off")
                                .arg(describe(got), describe(want));
    QVERIFY2(got.size() == want.size(), qPrintable(context));
    for (size_t i = 0; i < got.size(); ++i) {
        const bool same = got[i].row == want[i].row && got[i].col == want[i].col &&
                          got[i].score == want[i].score && got[i].rect == want[i].rect;
        QVERIFY2(same, qPrintable(context));
    }
}

// The tiles of a map after a change of a few blocks are those of the changed map made afresh:
// same peaks, undefined count and finite extent as a scan of every cell.
void TestTemplateMatch::mapTilesFollowChangedBlocks()
{
    std::mt19937 rng(41);
    const auto pick = [&rng](int low, int high) {
        return std::uniform_int_distribution<int>(low, high)(rng);
    };
    std::uniform_real_distribution<float> unit(-1.f, 1.f);
    const auto fill = [&](cv::Mat region) {
        for (float& v : cv::Mat_<float>(region)) {
            const int kind = pick(0, 19);
            v = kind == 0 ? kNaN : kind == 1 ? (pick(0, 1) ? INFINITY : -INFINITY) : unit(rng);
        }
    };
    for (int round = 0; round < 40; ++round) {
        cv::Mat map(pick(1, 90), pick(1, 90), CV_32F);
        fill(map);
        const MatchMethod method = kAllMethods[static_cast<size_t>(pick(0, 5))];
        MapTiles tiles(map, method);
        for (int stroke = 0; stroke < 4; ++stroke) {
            std::vector<cv::Rect> changed;
            for (int n = pick(1, 3); n > 0; --n) {
                const cv::Point at(pick(0, map.cols - 1), pick(0, map.rows - 1));
                const cv::Rect block = cv::Rect(at, cv::Size(pick(1, 20), pick(1, 20))) &
                                       cv::Rect(0, 0, map.cols, map.rows);
                fill(map(block));
                changed.push_back(block);
            }
            tiles = MapTiles(tiles, map, changed);

            int undefined = 0;
            float low = INFINITY, high = -INFINITY;
            for (float v : cv::Mat_<float>(map)) {
                undefined += std::isnan(v) ? 1 : 0;
                if (std::isfinite(v)) {
                    low = std::min(low, v);
                    high = std::max(high, v);
                }
            }
            QCOMPARE(tiles.undefinedCells(), undefined);
            QCOMPARE(tiles.finiteLow(), low);
            QCOMPARE(tiles.finiteHigh(), high);
            PeakQuery query;
            query.topK = pick(1, 8);
            query.minDistance = pick(0, 20);
            const std::vector<Peak> got = findPeaks(map, tiles, {3, 3}, query);
            const std::vector<Peak> want = bruteForcePeaks(map, method, {3, 3}, query);
            QVERIFY2(describe(got) == describe(want),
                     qPrintable(QStringLiteral("round %1, stroke %2:\n got  %3\n want %4")
                                    .arg(round)
                                    .arg(stroke)
                                    .arg(describe(got), describe(want))));
        }
    }
}

void TestTemplateMatch::tiesGoToTheFirstCellInRowMajorOrder()
{
    // numpy: np.argmax([[1, 3, 3], [3, 0, 2]]) == 1, i.e. (row 0, col 1).
    const cv::Mat map = fromRows(2, 3, {1, 3, 3, 3, 0, 2});
    const std::vector<Peak> best = findPeaks(map, MatchMethod::CCorr, {1, 1});
    QCOMPARE(best.size(), size_t(1));
    QCOMPARE(best[0].row, 0);
    QCOMPARE(best[0].col, 1);
    const std::vector<Peak> all = findPeaks(map, MatchMethod::CCorr, {1, 1}, {6, 0, false, 0});
    QCOMPARE(describe(all), describe({{0, 1, 3, {1, 0, 1, 1}},
                                      {0, 2, 3, {2, 0, 1, 1}},
                                      {1, 0, 3, {0, 1, 1, 1}},
                                      {1, 2, 2, {2, 1, 1, 1}},
                                      {0, 0, 1, {0, 0, 1, 1}},
                                      {1, 1, 0, {1, 1, 1, 1}}}));
    // With suppression at distance 1, every other cell neighbours (0, 1) and goes.
    const std::vector<Peak> apart = findPeaks(map, MatchMethod::CCorr, {1, 1}, {6, 1, false, 0});
    QCOMPARE(apart.size(), size_t(1));
    // Negative zero ties with zero.
    const cv::Mat zeros = fromRows(1, 3, {-1, -0.f, 0});
    QCOMPARE(findPeaks(zeros, MatchMethod::CCoeff, {1, 1})[0].col, 1);
}

void TestTemplateMatch::sqdiffPeaksAreMinima()
{
    const cv::Mat map = fromRows(3, 3, {4, 2, 9, 0.5f, 7, 0.5f, 3, 8, 1});
    for (MatchMethod method : {MatchMethod::SqDiff, MatchMethod::SqDiffNormed}) {
        const std::vector<Peak> peaks = findPeaks(map, method, {2, 2}, {3, 0, false, 0});
        QCOMPARE(describe(peaks), describe({{1, 0, 0.5f, {0, 1, 2, 2}},
                                            {1, 2, 0.5f, {2, 1, 2, 2}},
                                            {2, 2, 1, {2, 2, 2, 2}}}));
    }
    const std::vector<Peak> maxima = findPeaks(map, MatchMethod::CCoeffNormed, {2, 2});
    QCOMPARE(maxima[0].row, 0);
    QCOMPARE(maxima[0].col, 2);
}

void TestTemplateMatch::thresholdKeepsPeaksEqualToIt()
{
    const cv::Mat map = fromRows(1, 5, {0.2f, 0.9f, 0.5f, 0.7f, 0.1f});
    const std::vector<Peak> above =
        findPeaks(map, MatchMethod::CCoeffNormed, {1, 1}, {5, 0, true, 0.5f});
    QCOMPARE(describe(above), describe({{0, 1, 0.9f, {1, 0, 1, 1}},
                                        {0, 3, 0.7f, {3, 0, 1, 1}},
                                        {0, 2, 0.5f, {2, 0, 1, 1}}}));
    const std::vector<Peak> below = findPeaks(map, MatchMethod::SqDiff, {1, 1}, {5, 0, true, 0.2f});
    QCOMPARE(describe(below), describe({{0, 4, 0.1f, {4, 0, 1, 1}}, {0, 0, 0.2f, {0, 0, 1, 1}}}));
    QVERIFY(findPeaks(map, MatchMethod::CCorr, {1, 1}, {5, 0, true, 0.95f}).empty());
}

void TestTemplateMatch::nanCellsAreNeverPeaks()
{
    const cv::Mat map = fromRows(2, 2, {kNaN, -5, kNaN, -7});
    const std::vector<Peak> peaks =
        findPeaks(map, MatchMethod::CCoeffNormed, {1, 1}, {4, 0, false, 0});
    QCOMPARE(describe(peaks), describe({{0, 1, -5, {1, 0, 1, 1}}, {1, 1, -7, {1, 1, 1, 1}}}));
    const cv::Mat undefined(4, 5, CV_32F, cv::Scalar(kNaN));
    for (MatchMethod method : kAllMethods)
        QVERIFY(findPeaks(undefined, method, {2, 2}, {3, 0, false, 0}).empty());
    QVERIFY(findPeaks(cv::Mat(), MatchMethod::CCorr, {2, 2}).empty());
}

void TestTemplateMatch::peakRectIsWhereThePatchLies()
{
    std::mt19937 rng(13);
    const cv::Mat image = test::randomMat(rng, 30, 40, 1, 0.f, 1.f);
    const cv::Rect cut(23, 11, 7, 5); // x = col, y = row, width, height
    const cv::Mat patch = image(cut).clone();
    for (MatchMethod method : {MatchMethod::SqDiff, MatchMethod::SqDiffNormed,
                               MatchMethod::CCorrNormed, MatchMethod::CCoeffNormed}) {
        const cv::Mat response = matchTemplate(image, patch, method);
        const std::vector<Peak> peaks = findPeaks(response, method, patch.size());
        QCOMPARE(peaks.size(), size_t(1));
        QCOMPARE(peaks[0].rect, cut);
        QCOMPARE(peaks[0].row, 11);
        QCOMPARE(peaks[0].col, 23);
        QCOMPARE(peaks[0].score, response.at<float>(11, 23));
    }
}

void TestTemplateMatch::refusesBadInputsNamingThem()
{
    std::mt19937 rng(14);
    const cv::Mat image = test::randomMat(rng, 4, 10);
    const auto match = [](const cv::Mat& i, const cv::Mat& p) {
        return errorMessage([&] { matchTemplate(i, p, MatchMethod::CCoeffNormed); });
    };
    QCOMPARE(match(image, test::randomMat(rng, 5, 7)),
             QStringLiteral("patch 5x7 is larger than image 4x10 (rows x cols)"));
    QCOMPARE(match(image, test::randomMat(rng, 2, 11)),
             QStringLiteral("patch 2x11 is larger than image 4x10 (rows x cols)"));
    QCOMPARE(match(cv::Mat(), test::randomMat(rng, 2, 2)), QStringLiteral("image is empty"));
    QCOMPARE(match(image, cv::Mat()), QStringLiteral("patch is empty"));
    QVERIFY(match(test::randomMat(rng, 6, 6, 3), test::randomMat(rng, 2, 2))
                .startsWith("image has 3 channels"));
    QVERIFY(match(image, test::randomMat(rng, 2, 2, 2)).startsWith("patch has 2 channels"));
    QVERIFY(
        match(cv::Mat(6, 6, CV_8U, cv::Scalar(3)), test::randomMat(rng, 2, 2)).contains("CV_8UC1"));

    cv::Mat withNaN = image.clone();
    withNaN.at<float>(2, 3) = kNaN;
    const QString nanMessage = match(withNaN, test::randomMat(rng, 2, 2));
    QVERIFY2(nanMessage.startsWith("image") && nanMessage.contains("row 2") &&
                 nanMessage.contains("col 3"),
             qPrintable(nanMessage));
    cv::Mat withInf = test::randomMat(rng, 3, 3);
    withInf.at<float>(1, 0) = -std::numeric_limits<float>::infinity();
    const QString infMessage = match(image, withInf);
    QVERIFY2(infMessage.startsWith("patch") && infMessage.contains("row 1") &&
                 infMessage.contains("col 0"),
             qPrintable(infMessage));
}

void TestTemplateMatch::refusesBadPeakQueries()
{
    const cv::Mat map(3, 3, CV_32F, cv::Scalar(0));
    const auto peaks = [&map](const cv::Mat& m, cv::Size size, PeakQuery query) {
        return errorMessage([&] { findPeaks(m, MatchMethod::CCorr, size, query); });
    };
    QCOMPARE(peaks(map, {1, 1}, {0, 0, false, 0}),
             QStringLiteral("top-k must be at least 1, got 0"));
    QCOMPARE(peaks(map, {1, 1}, {1, -2, false, 0}),
             QStringLiteral("minimum distance must be 0 or more, got -2"));
    QCOMPARE(peaks(map, {1, 1}, {1, 0, true, kNaN}), QStringLiteral("threshold is NaN"));
    QCOMPARE(peaks(map, {3, 0}, {}),
             QStringLiteral("patch size 0x3 (rows x cols) must be at least 1x1"));
    QCOMPARE(peaks(cv::Mat(3, 3, CV_64F, cv::Scalar(0)), {1, 1}, {}),
             QStringLiteral("response map is CV_64FC1; expected CV_32FC1"));
    QCOMPARE(errorMessage([] { countUndefined(cv::Mat(2, 2, CV_8U)); }),
             QStringLiteral("response map is CV_8UC1; expected CV_32F"));
}

QTEST_APPLESS_MAIN(TestTemplateMatch)

#include "tst_templatematch.moc"
