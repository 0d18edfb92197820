// SPDX-License-Identifier: MIT
#include "TestData.h"
#include "compute/ResponsePipeline.h"
#include "ops/Conv2d.h"
#include "ops/Pool.h"
#include "views/ResponseAlignment.h"

#include <QTest>
#include <random>
#include <set>

using namespace convlab;

namespace {

struct Case {
    int rows, cols, kernelRows, kernelCols;
    ConvParams conv;
    bool pool = false;
    PoolParams poolParams;
};

ResponseResult compute(const cv::Mat& image, const cv::Mat& patch, const Case& c)
{
    ResponsePipeline::Input input;
    input.image = image;
    input.patch = patch;
    input.parameters.operation = Parameters::Operation::CrossCorrelation;
    input.parameters.conv = c.conv;
    input.parameters.poolEnabled = c.pool;
    input.parameters.pool = c.poolParams;
    return ResponsePipeline::compute(input);
}

// The response cells whose value moves when one input cell moves: what "fed by" means, found
// by brute force with core's own conv2d (and pooling).
std::set<std::pair<int, int>> changedCells(const cv::Mat& image, const cv::Mat& patch,
                                           const Case& c, int row, int col)
{
    const auto run = [&](const cv::Mat& input) {
        cv::Mat out = conv2d(input, patch, c.conv);
        return c.pool ? pool2d(out, c.poolParams) : out;
    };
    const cv::Mat before = run(image);
    cv::Mat bumped = image.clone();
    bumped.at<float>(row, col) += 10.f;
    const cv::Mat after = run(bumped);
    std::set<std::pair<int, int>> cells;
    for (int r = 0; r < before.rows; ++r)
        for (int k = 0; k < before.cols; ++k)
            if (std::abs(before.at<float>(r, k) - after.at<float>(r, k)) > 1e-3f)
                cells.insert({r, k});
    return cells;
}

Case randomCase(std::mt19937& rng, bool pooled)
{
    std::uniform_int_distribution<int> size(9, 16), kernel(1, 4), stride(1, 3), pad(0, 2),
        dilation(1, 2);
    Case c{size(rng), size(rng), kernel(rng), kernel(rng), {}, pooled, {}};
    c.conv.stride = {stride(rng), stride(rng)};
    c.conv.padding = {pad(rng), pad(rng), pad(rng), pad(rng)};
    c.conv.dilation = {dilation(rng), dilation(rng)};
    if (pooled) {
        c.poolParams.size = {2, 2};
        c.poolParams.stride = {2, 2};
        c.poolParams.mode = PoolMode::Average; // every cell of the window counts
    }
    return c;
}

} // namespace

class TestResponseAlignment : public QObject {
    Q_OBJECT
  private slots:
    void cellsFedByMatchBruteForce_data()
    {
        QTest::addColumn<bool>("pooled");
        QTest::addRow("conv") << false;
        QTest::addRow("conv then average pooling") << true;
    }

    void cellsFedByMatchBruteForce()
    {
        QFETCH(bool, pooled);
        std::mt19937 rng(pooled ? 21 : 20);
        for (int trial = 0; trial < 12; ++trial) {
            const Case c = randomCase(rng, pooled);
            // Strictly positive weights and image: every tap changes its output.
            const cv::Mat image = test::randomMat(rng, c.rows, c.cols, 1, 0.1f, 1.f);
            const cv::Mat patch = test::randomMat(rng, c.kernelRows, c.kernelCols, 1, 0.5f, 1.f);
            const ResponseResult result = compute(image, patch, c);
            if (!result.ok())
                continue; // an impossible random geometry has nothing to align
            const ResponseAlignment alignment(result);
            for (int r = 0; r < c.rows; r += 2)
                for (int k = 0; k < c.cols; k += 3) {
                    std::set<std::pair<int, int>> listed;
                    for (const QPoint& cell : alignment.cellsFedBy(r, k))
                        listed.insert({cell.y(), cell.x()});
                    QCOMPARE(listed, changedCells(image, patch, c, r, k));
                }
        }
    }

    void fieldTapsAreTheCellsAnOutputReads()
    {
        std::mt19937 rng(30);
        for (int trial = 0; trial < 5; ++trial) {
            const Case c = randomCase(rng, false);
            const cv::Mat image = test::randomMat(rng, c.rows, c.cols, 1, 0.1f, 1.f);
            const cv::Mat patch = test::randomMat(rng, c.kernelRows, c.kernelCols, 1, 0.5f, 1.f);
            const ResponseResult result = compute(image, patch, c);
            if (!result.ok())
                continue;
            const ResponseAlignment alignment(result);
            std::vector<std::set<std::pair<int, int>>> changes(c.rows * c.cols);
            for (int r = 0; r < c.rows; ++r)
                for (int k = 0; k < c.cols; ++k)
                    changes[r * c.cols + k] = changedCells(image, patch, c, r, k);
            for (int i = 0; i < result.response.rows; ++i)
                for (int j = 0; j < result.response.cols; ++j) {
                    const auto field = alignment.field(i, j);
                    QVERIFY(field);
                    // Every input cell that changes out(i, j) is one of the drawn taps.
                    for (int r = 0; r < c.rows; ++r)
                        for (int k = 0; k < c.cols; ++k) {
                            const int u = r - field->tapOrigin.y(), v = k - field->tapOrigin.x();
                            const bool tap = u >= 0 && v >= 0 && u % field->step.y() == 0 &&
                                             v % field->step.x() == 0 &&
                                             u / field->step.y() < field->taps.height() &&
                                             v / field->step.x() < field->taps.width();
                            const bool reads = changes[r * c.cols + k].count({i, j}) > 0;
                            if (tap != reads)
                                QFAIL(qPrintable(QStringLiteral("out(%1,%2), input (%3,%4)")
                                                     .arg(i)
                                                     .arg(j)
                                                     .arg(r)
                                                     .arg(k)));
                        }
                    QVERIFY(field->window.contains(field->tapOrigin));
                }
        }
    }

    void handComputedFieldWithPaddingStrideAndDilation()
    {
        // 7×7 input, 3×3 kernel, stride 2, padding 1, dilation 2: out(1, 0) reads padded rows
        // 2, 4, 6 (input rows 1, 3, 5) and padded cols 0, 2, 4 (input cols -1, 1, 3).
        Case c{7, 7, 3, 3, {}, false, {}};
        c.conv.stride = {2, 2};
        c.conv.padding = Padding::uniform(1);
        c.conv.dilation = {2, 2};
        const ResponseResult result =
            compute(cv::Mat::ones(7, 7, CV_32F), cv::Mat::ones(3, 3, CV_32F), c);
        QVERIFY(result.ok());
        QCOMPARE(result.response.rows, 3); // floor((7 + 2 - 4 - 1) / 2) + 1
        const auto field = ResponseAlignment(result).field(1, 0);
        QVERIFY(field);
        QCOMPARE(field->window, QRect(QPoint(-1, 1), QPoint(3, 5)));
        QCOMPARE(field->tapOrigin, QPoint(-1, 1));
        QCOMPARE(field->step, QPoint(2, 2));
        QCOMPARE(ResponseAlignment(result).padding(), QMargins(1, 1, 1, 1));
    }

    void overlaySitsOnWindowCentres()
    {
        // 10 columns, kernel 3, stride 2, no padding: out(0) is centred on input cell 1
        // (continuous centre 1.5), each cell 2 wide: the overlay starts at 0.5 and spans 4×2.
        Case c{10, 10, 3, 3, {}, false, {}};
        c.conv.stride = {2, 2};
        const ResponseResult result =
            compute(cv::Mat::ones(10, 10, CV_32F), cv::Mat::ones(3, 3, CV_32F), c);
        QVERIFY(result.ok());
        QCOMPARE(ResponseAlignment(result).overlayCells(), QRectF(0.5, 0.5, 8, 8));
        // With 'same' padding at stride 1, the map lies exactly on the image.
        c.conv.stride = {1, 1};
        c.conv.padding = Padding::uniform(1);
        const ResponseResult same =
            compute(cv::Mat::ones(10, 10, CV_32F), cv::Mat::ones(3, 3, CV_32F), c);
        QCOMPARE(ResponseAlignment(same).overlayCells(), QRectF(0, 0, 10, 10));
    }

    void maxPoolingShowsTheWinningWindow()
    {
        Case c{8, 8, 2, 2, {}, true, {}};
        c.poolParams.size = {2, 2};
        c.poolParams.stride = {2, 2};
        c.poolParams.mode = PoolMode::Max;
        cv::Mat image = cv::Mat::zeros(8, 8, CV_32F);
        image.at<float>(3, 2) = 1.f; // conv cells (2..3, 1..2) see it; pooled cell (1, 0)/(1, 1)
        const ResponseResult result = compute(image, cv::Mat::ones(2, 2, CV_32F), c);
        QVERIFY(result.ok());
        const auto field = ResponseAlignment(result).field(1, 0);
        QVERIFY(field);
        // Pooled (1, 0) covers conv rows 2–3, cols 0–1: input rows 2–4, cols 0–2.
        QCOMPARE(field->window, QRect(QPoint(0, 2), QPoint(2, 4)));
        // The first maximum in row-major order is conv cell (2, 1).
        QCOMPARE(field->convCell, QPoint(1, 2));
        QCOMPARE(field->tapOrigin, QPoint(1, 2));
    }
};

QTEST_MAIN(TestResponseAlignment)
#include "tst_responsealignment.moc"
