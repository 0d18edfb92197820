// SPDX-License-Identifier: MIT
#include "TestData.h"
#include "compute/ResponsePipeline.h"
#include "compute/ResponseUpdate.h"
#include "ops/Padding.h"

#include <QTest>
#include <random>

using namespace convlab;

namespace {

using Operation = Parameters::Operation;

struct Case {
    Operation operation = Operation::CrossCorrelation;
    MatchMethod method = MatchMethod::CCoeffNormed;
    Pair stride{1, 1};
    Padding padding;
    PaddingMode mode = PaddingMode::Zeros;
    Pair dilation{1, 1};
    bool pool = false;
    bool sideBySide = false;
};

ResponsePipeline::Input inputFor(const cv::Mat& image, const cv::Mat& patch, const Case& c,
                                 std::uint64_t generation)
{
    ResponsePipeline::Input in;
    in.image = image;
    in.patch = patch;
    in.parameters.operation = c.operation;
    in.parameters.method = c.method;
    in.parameters.conv.stride = c.stride;
    in.parameters.conv.padding = c.padding;
    in.parameters.conv.paddingMode = c.mode;
    in.parameters.conv.dilation = c.dilation;
    in.parameters.poolEnabled = c.pool;
    in.parameters.pool.size = {2, 3};
    in.parameters.pool.stride = {2, 2};
    in.parameters.peaks.topK = 4;
    in.parameters.peaks.minDistance = 3;
    in.sideBySide = c.sideBySide;
    in.generation = generation;
    return in;
}

// `image` with the cells of `rect` (clipped) drawn anew.
cv::Mat repainted(std::mt19937& rng, const cv::Mat& image, const QRect& rect)
{
    cv::Mat out = image.clone();
    const QRect inside = rect.intersected(QRect(0, 0, image.cols, image.rows));
    test::randomMat(rng, inside.height(), inside.width(), 1, 0.f, 1.f)
        .copyTo(out(cv::Rect(inside.x(), inside.y(), inside.width(), inside.height())));
    return out;
}

// By brute force on one axis: the bounding range of the outputs whose window (from the first
// tap to the last, dilation gaps included) meets the changed cells [begin, end).
std::pair<int, int> outputsMeeting(int outputs, int stride, int span, int padBefore, int begin,
                                   int end)
{
    int first = outputs, last = 0;
    for (int o = 0; o < outputs; ++o) {
        const int from = o * stride - padBefore, to = from + span;
        if (from < end && to > begin) {
            first = std::min(first, o);
            last = o + 1;
        }
    }
    return {first, last};
}

} // namespace

Q_DECLARE_METATYPE(Case)

class TestResponseUpdate : public QObject {
    Q_OBJECT
  private slots:
    void updateEqualsAWholeComputation_data()
    {
        QTest::addColumn<Case>("c");
        const auto row = [](const char* name, Case c) { QTest::newRow(name) << c; };
        row("corr plain", {});
        row("true conv stride 2×3 padding 1,2,0,3",
            {Operation::TrueConvolution, MatchMethod::CCorr, {2, 3}, {1, 2, 0, 3}});
        row("corr dilation 2×3 stride 2 padding 3", {Operation::CrossCorrelation,
                                                     MatchMethod::CCorr,
                                                     {2, 2},
                                                     Padding::uniform(3),
                                                     PaddingMode::Zeros,
                                                     {2, 3}});
        row("corr pooled", {Operation::CrossCorrelation,
                            MatchMethod::CCorr,
                            {1, 1},
                            Padding::uniform(2),
                            PaddingMode::Zeros,
                            {1, 1},
                            true});
        row("corr reflect without padding",
            {Operation::CrossCorrelation, MatchMethod::CCorr, {1, 2}, {}, PaddingMode::Reflect});
        for (int m = 0; m < 6; ++m) {
            const std::string name = "match " + toString(MatchMethod(m)) + " stride 2 padding 2";
            row(name.c_str(),
                {Operation::TemplateMatch, MatchMethod(m), {2, 2}, Padding::uniform(2)});
        }
        row("ccoeff_normed side by side pooled", {Operation::TemplateMatch,
                                                  MatchMethod::CCoeffNormed,
                                                  {1, 1},
                                                  {0, 1, 2, 0},
                                                  PaddingMode::Zeros,
                                                  {1, 1},
                                                  true,
                                                  true});
        row("sqdiff side by side stride 3", {Operation::TemplateMatch,
                                             MatchMethod::SqDiff,
                                             {3, 3},
                                             {},
                                             PaddingMode::Zeros,
                                             {1, 1},
                                             false,
                                             true});
    }
    void updateEqualsAWholeComputation()
    {
        QFETCH(Case, c);
        std::mt19937 rng(qHash(QByteArray(QTest::currentDataTag())));
        cv::Mat image = test::randomMat(rng, 61, 83, 1, 0.f, 1.f);
        const cv::Mat patch = test::randomMat(rng, 5, 4, 1, -1.f, 1.f);
        auto base = std::make_shared<const ResponseResult>(
            ResponsePipeline::compute(inputFor(image, patch, c, 1)));
        QVERIFY2(base->ok(), qPrintable(base->error));
        // Every change meets the image; corners and edges included, some stick out of it.
        std::uniform_int_distribution<int> x(-2, 82), y(-2, 60), side(3, 7);
        for (std::uint64_t change = 2; change < 14; ++change) {
            const QRect rect = change == 2   ? QRect(-2, -2, 4, 4)
                               : change == 3 ? QRect(80, 58, 5, 5)
                                             : QRect(x(rng), y(rng), side(rng), side(rng));
            cv::Mat next = repainted(rng, image, rect);
            std::vector<QRect> changed{rect};
            if (change % 3 == 0) { // two places at once, as two quick strokes leave them
                changed.emplace_back(x(rng), y(rng), side(rng), side(rng));
                next = repainted(rng, next, changed.back());
            }
            auto update = ResponseUpdate::plan(base, next, patch, changed);
            QVERIFY(update);
            QVERIFY(!update->parts.empty());
            update->generation = change;
            const ResponseResult updated = ResponsePipeline::update(*update);
            const ResponseResult whole = ResponsePipeline::compute(inputFor(next, patch, c, 0));
            QVERIFY2(updated.ok(), qPrintable(updated.error));
            QCOMPARE(updated.generation, change);
            CONVLAB_COMPARE_MATS(updated.prePool, whole.prePool, 1e-5);
            CONVLAB_COMPARE_MATS(updated.response, whole.response, 1e-5);
            QCOMPARE(updated.rawCorrelation.empty(), !c.sideBySide);
            if (c.sideBySide) {
                CONVLAB_COMPARE_MATS(updated.rawCorrelation, whole.rawCorrelation, 1e-5);
                CONVLAB_COMPARE_MATS(updated.normalisedCorrelation, whole.normalisedCorrelation,
                                     1e-5);
            }
            QCOMPARE(updated.undefinedCells, whole.undefinedCells);
            QCOMPARE(updated.peaks.size(), whole.peaks.size());
            for (std::size_t i = 0; i < whole.peaks.size(); ++i) {
                QCOMPARE(updated.peaks[i].row, whole.peaks[i].row);
                QCOMPARE(updated.peaks[i].col, whole.peaks[i].col);
                QCOMPARE(updated.peaks[i].rect, whole.peaks[i].rect);
            }
            QCOMPARE(updated.rowFormula, whole.rowFormula);
            QCOMPARE(updated.poolColFormula, whole.poolColFormula);
            // Outside the response cells the update names, the response is the base's.
            cv::Mat outside(base->response.size(), CV_8U, cv::Scalar(255));
            for (const cv::Rect& cells : update->responseCells())
                outside(cells).setTo(0);
            QCOMPARE(cv::countNonZero((updated.response != base->response) & outside), 0);
            // and drawing only them gives the picture of the whole map.
            const ViewSettings view;
            const ResponseDisplay before = ResponseDisplay::prepare(base->response, view);
            QVERIFY(ResponseDisplay::prepare(updated.response, view, updated.tiles.get(), &before,
                                             update->responseCells())
                        .colored == ResponseDisplay::prepare(updated.response, view).colored);
            image = next; // the next change builds on this one, as strokes do
            base = std::make_shared<const ResponseResult>(updated);
        }
    }

    void theCellsAreThoseWhoseWindowsMeetTheChange_data()
    {
        QTest::addColumn<int>("stride");
        QTest::addColumn<int>("dilation");
        QTest::addColumn<int>("padding");
        QTest::addRow("plain") << 1 << 1 << 0;
        QTest::addRow("stride 3") << 3 << 1 << 0;
        QTest::addRow("dilation 3 padding 4") << 1 << 3 << 4;
        QTest::addRow("stride 2 dilation 2 padding 5") << 2 << 2 << 5;
    }
    void theCellsAreThoseWhoseWindowsMeetTheChange()
    {
        QFETCH(int, stride);
        QFETCH(int, dilation);
        QFETCH(int, padding);
        std::mt19937 rng(stride * 100 + dilation * 10 + padding);
        const cv::Mat image = test::randomMat(rng, 70, 90, 1, 0.f, 1.f);
        const cv::Mat patch = test::randomMat(rng, 4, 6, 1, 0.f, 1.f);
        Case c;
        c.stride = {stride, stride};
        c.dilation = {dilation, dilation};
        c.padding = Padding::uniform(padding);
        const auto base = std::make_shared<const ResponseResult>(
            ResponsePipeline::compute(inputFor(image, patch, c, 1)));
        const cv::Mat padded = padImage(image, c.padding, PaddingMode::Zeros);
        std::uniform_int_distribution<int> x(0, 85), y(0, 65), side(1, 5);
        for (int trial = 0; trial < 20; ++trial) {
            const QRect rect(x(rng), y(rng), side(rng), side(rng));
            const auto update = ResponseUpdate::plan(base, image, patch, {rect});
            QVERIFY(update);
            const QRect clipped = rect.intersected(QRect(0, 0, 90, 70));
            const auto [firstRow, lastRow] =
                outputsMeeting(base->outputSize.rows, stride, dilation * 3 + 1, padding,
                               clipped.top(), clipped.bottom() + 1);
            const auto [firstCol, lastCol] =
                outputsMeeting(base->outputSize.cols, stride, dilation * 5 + 1, padding,
                               clipped.left(), clipped.right() + 1);
            if (firstRow >= lastRow || firstCol >= lastCol) {
                QVERIFY(update->parts.empty());
                continue;
            }
            QCOMPARE(update->parts.size(), std::size_t(1));
            const ResponseUpdate::Part& part = update->parts.front();
            QCOMPARE(part.cells,
                     cv::Rect(firstCol, firstRow, lastCol - firstCol, lastRow - firstRow));
            // The window is the padded image those cells read, nothing more.
            const cv::Rect read(firstCol * stride, firstRow * stride,
                                (lastCol - firstCol - 1) * stride + dilation * 5 + 1,
                                (lastRow - firstRow - 1) * stride + dilation * 3 + 1);
            CONVLAB_COMPARE_MATS(part.window, padded(read), 0);
        }
    }

    void aChangeNoWindowReadsLeavesTheMapsAsTheyAre()
    {
        std::mt19937 rng(8);
        const cv::Mat image = test::randomMat(rng, 20, 20, 1, 0.f, 1.f);
        const cv::Mat patch = test::randomMat(rng, 1, 1, 1, 0.f, 1.f);
        Case c;
        c.stride = {3, 3}; // reads rows and columns 0, 3, 6, …, 18
        const auto base = std::make_shared<const ResponseResult>(
            ResponsePipeline::compute(inputFor(image, patch, c, 1)));
        const QRect between(1, 4, 2, 2); // columns 1–2, rows 4–5
        const cv::Mat next = repainted(rng, image, between);
        auto update = ResponseUpdate::plan(base, next, patch, {between});
        QVERIFY(update);
        QVERIFY(update->parts.empty());
        update->generation = 2;
        const ResponseResult same = ResponsePipeline::update(*update);
        QCOMPARE(same.generation, 2u);
        CONVLAB_COMPARE_MATS(same.response, base->response, 0);
        CONVLAB_COMPARE_MATS(same.response,
                             ResponsePipeline::compute(inputFor(next, patch, c, 0)).response, 0);
    }

    void aWholeComputationWhenAnUpdateCannotDo()
    {
        std::mt19937 rng(9);
        const cv::Mat image = test::randomMat(rng, 40, 50, 1, 0.f, 1.f);
        const cv::Mat patch = test::randomMat(rng, 3, 3, 1, 0.f, 1.f);
        const QRect dab(20, 20, 2, 2);
        const auto baseFor = [&](const Case& c) {
            return std::make_shared<const ResponseResult>(
                ResponsePipeline::compute(inputFor(image, patch, c, 1)));
        };
        QVERIFY(ResponseUpdate::plan(baseFor({}), image, patch, {dab}));
        for (const PaddingMode mode :
             {PaddingMode::Reflect, PaddingMode::Replicate, PaddingMode::Circular}) {
            // Padding copies image cells: a change near one edge also reaches the other side.
            Case c;
            c.padding = Padding::uniform(1);
            c.mode = mode;
            QVERIFY(!ResponseUpdate::plan(baseFor(c), image, patch, {dab}));
        }
        QVERIFY(!ResponseUpdate::plan(baseFor({}), image, patch, {QRect(0, 0, 30, 30)}));
        // Many small changes add up to most of the map as well.
        std::vector<QRect> scattered;
        for (int i = 0; i < 8; ++i)
            scattered.emplace_back(i * 6, (i % 2) * 20, 4, 12);
        QVERIFY(!ResponseUpdate::plan(baseFor({}), image, patch, scattered));
        QVERIFY(!ResponseUpdate::plan(nullptr, image, patch, {dab}));
        QVERIFY(!ResponseUpdate::plan(baseFor({}), image(cv::Rect(0, 0, 40, 40)), patch, {dab}));
        QVERIFY(!ResponseUpdate::plan(baseFor({}), image, cv::Mat::ones(3, 4, CV_32F), {dab}));
        Case impossible;
        impossible.dilation = {30, 1}; // the patch spans 61 rows of 40
        QVERIFY(!baseFor(impossible)->ok());
        QVERIFY(!ResponseUpdate::plan(baseFor(impossible), image, patch, {dab}));
    }

    void nearbyChangesShareABlockAndDistantOnesDoNot()
    {
        std::mt19937 rng(10);
        const cv::Mat image = test::randomMat(rng, 100, 120, 1, 0.f, 1.f);
        const cv::Mat patch = test::randomMat(rng, 5, 5, 1, 0.f, 1.f);
        const auto base = std::make_shared<const ResponseResult>(
            ResponsePipeline::compute(inputFor(image, patch, {}, 1)));
        // Cells reached: rows and columns from 4 before the change to its last cell.
        const auto apart =
            ResponseUpdate::plan(base, image, patch, {QRect(10, 10, 3, 3), QRect(90, 70, 3, 3)});
        QVERIFY(apart);
        QCOMPARE(apart->parts.size(), std::size_t(2));
        QCOMPARE(apart->parts[0].cells, cv::Rect(6, 6, 7, 7));
        QCOMPARE(apart->parts[1].cells, cv::Rect(86, 66, 7, 7));
        const auto near =
            ResponseUpdate::plan(base, image, patch, {QRect(10, 10, 3, 3), QRect(16, 12, 3, 3)});
        QVERIFY(near);
        QCOMPARE(near->parts.size(), std::size_t(1)); // their blocks overlap: one bounding box
        QCOMPARE(near->parts[0].cells, cv::Rect(6, 6, 13, 9));
        // Outside the image, nothing is reached.
        const auto outside = ResponseUpdate::plan(base, image, patch, {QRect(200, 10, 3, 3)});
        QVERIFY(outside);
        QVERIFY(outside->parts.empty());
    }
};

QTEST_MAIN(TestResponseUpdate)
#include "tst_responseupdate.moc"
