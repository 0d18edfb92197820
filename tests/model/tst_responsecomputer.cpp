// SPDX-License-Identifier: MIT
#include "TestData.h"
#include "compute/ResponseComputer.h"
#include "document/Document.h"
#include "ops/Padding.h"

#include <QElapsedTimer>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <algorithm>
#include <atomic>
#include <mutex>
#include <opencv2/imgproc.hpp>
#include <random>

using namespace convlab;

Q_DECLARE_METATYPE(std::shared_ptr<const convlab::ResponseResult>)

namespace {

using Operation = Parameters::Operation;

DocumentState randomState(std::mt19937& rng, int rows, int cols, int kRows, int kCols)
{
    DocumentState state;
    state.image = test::randomMat(rng, rows, cols, 1, 0.f, 1.f);
    state.patch = test::randomMat(rng, kRows, kCols, 1, 0.f, 1.f);
    return state;
}

// Template matching brute force: every kept window of the padded image scored on its own by
// OpenCV, so the strided layout and the padding are checked independently of the pipeline.
cv::Mat windowByWindow(const cv::Mat& image, const cv::Mat& patch, const Parameters& p)
{
    const cv::Mat padded = padImage(image, p.conv.padding, p.conv.paddingMode);
    const int rows = (padded.rows - patch.rows) / p.conv.stride.rows + 1;
    const int cols = (padded.cols - patch.cols) / p.conv.stride.cols + 1;
    cv::Mat out(rows, cols, CV_32F);
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c) {
            const cv::Rect window(c * p.conv.stride.cols, r * p.conv.stride.rows, patch.cols,
                                  patch.rows);
            out.at<float>(r, c) =
                matchTemplate(padded(window).clone(), patch, p.method).at<float>(0, 0);
        }
    return out;
}

// Conv brute force, PyTorch's definition written out.
cv::Mat convByLoops(const cv::Mat& image, const cv::Mat& kernel, const ConvParams& p)
{
    const cv::Mat x = padImage(image, p.padding, p.paddingMode);
    cv::Mat w;
    if (p.trueConvolution)
        cv::flip(kernel, w, -1); // into a new buffer: the test's kernel stays as it was
    else
        w = kernel;
    const int spanR = p.dilation.rows * (w.rows - 1) + 1,
              spanC = p.dilation.cols * (w.cols - 1) + 1;
    const int rows = (x.rows - spanR) / p.stride.rows + 1,
              cols = (x.cols - spanC) / p.stride.cols + 1;
    cv::Mat out(rows, cols, CV_32F);
    for (int i = 0; i < rows; ++i)
        for (int j = 0; j < cols; ++j) {
            double sum = 0;
            for (int u = 0; u < w.rows; ++u)
                for (int v = 0; v < w.cols; ++v)
                    sum += double(x.at<float>(i * p.stride.rows + u * p.dilation.rows,
                                              j * p.stride.cols + v * p.dilation.cols)) *
                           w.at<float>(u, v);
            out.at<float>(i, j) = static_cast<float>(sum);
        }
    return out;
}

} // namespace

class TestResponseComputer : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() { qRegisterMetaType<std::shared_ptr<const ResponseResult>>(); }

    void pipelineEqualsDirectComputation_data()
    {
        QTest::addColumn<int>("operation");
        QTest::addColumn<int>("method");
        QTest::addColumn<int>("stride");
        QTest::addColumn<int>("padding");
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("dilation");
        QTest::addColumn<bool>("pool");
        const int match = int(Operation::TemplateMatch);
        const int corr = int(Operation::CrossCorrelation);
        const int conv = int(Operation::TrueConvolution);
        for (int m = 0; m < 6; ++m)
            QTest::addRow("match %s", toString(MatchMethod(m)).c_str())
                << match << m << 1 << 0 << 0 << 1 << false;
        QTest::addRow("ccoeff_normed stride 3 reflect 2")
            << match << 5 << 3 << 2 << 1 << 1 << false;
        QTest::addRow("sqdiff stride 2 replicate 1 pooled")
            << match << 0 << 2 << 1 << 2 << 1 << true;
        QTest::addRow("corr plain") << corr << 0 << 1 << 0 << 0 << 1 << false;
        QTest::addRow("corr stride 2 pad 1 dil 2") << corr << 0 << 2 << 1 << 0 << 2 << false;
        QTest::addRow("corr circular 2 pooled") << corr << 0 << 1 << 2 << 3 << 1 << true;
        QTest::addRow("conv stride 3 reflect 1 dil 3") << conv << 0 << 3 << 1 << 1 << 3 << true;
    }
    void pipelineEqualsDirectComputation()
    {
        QFETCH(int, operation);
        QFETCH(int, method);
        QFETCH(int, stride);
        QFETCH(int, padding);
        QFETCH(int, mode);
        QFETCH(int, dilation);
        QFETCH(bool, pool);
        std::mt19937 rng(operation * 100 + method * 10 + stride + padding);
        ResponsePipeline::Input in;
        const DocumentState state = randomState(rng, 23, 31, 4, 5);
        in.image = state.image;
        in.patch = state.patch;
        Parameters& p = in.parameters;
        p.operation = Operation(operation);
        p.method = MatchMethod(method);
        p.conv.stride = {stride, stride};
        p.conv.padding = Padding::uniform(padding);
        p.conv.paddingMode = PaddingMode(mode);
        p.conv.dilation = {dilation, dilation};
        p.poolEnabled = pool;
        p.pool.mode = PoolMode::Average;
        p.peaks.topK = 3;
        in.generation = 17;

        const ResponseResult r = ResponsePipeline::compute(in);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.generation, 17u);
        const cv::Mat expected = p.isTemplateMatch()
                                     ? windowByWindow(in.image, in.patch, p)
                                     : convByLoops(in.image, in.patch, p.effectiveConv());
        CONVLAB_COMPARE_MATS(r.prePool, expected, 1e-4);
        if (!p.isTemplateMatch())
            CONVLAB_COMPARE_MATS(r.prePool, conv2d(in.image, in.patch, p.effectiveConv()), 1e-6);
        QCOMPARE(r.outputSize.rows, expected.rows);
        QCOMPARE(r.outputSize.cols, expected.cols);
        const cv::Mat response = pool ? pool2d(expected, p.pool) : expected;
        CONVLAB_COMPARE_MATS(r.response, response, 1e-4);
        QCOMPARE(r.pooledSize.rows, response.rows);
        QVERIFY(r.rowFormula.endsWith(QStringLiteral("= %1").arg(expected.rows)));
        QVERIFY(r.colFormula.endsWith(QStringLiteral("= %1").arg(expected.cols)));
        QCOMPARE(r.poolRowFormula.isEmpty(), !pool);

        const std::vector<Peak> peaks =
            findPeaks(r.response, p.peakMethod(), in.patch.size(), p.peaks);
        QCOMPARE(r.peaks.size(), peaks.size());
        for (std::size_t i = 0; i < peaks.size(); ++i) {
            QCOMPARE(r.peaks[i].row, peaks[i].row);
            QCOMPARE(r.peaks[i].col, peaks[i].col);
            if (!pool) { // the window in image coordinates: stride, padding and dilation applied
                QCOMPARE(r.peaks[i].rect.x, peaks[i].col * stride - padding);
                QCOMPARE(r.peaks[i].rect.y, peaks[i].row * stride - padding);
                QCOMPARE(r.peaks[i].rect.width, dilation * (in.patch.cols - 1) + 1);
                QCOMPARE(r.peaks[i].rect.height, dilation * (in.patch.rows - 1) + 1);
            }
        }
    }

    void thePatchCutFromTheImageIsFoundWhereItWasCut()
    {
        std::mt19937 rng(11);
        ResponsePipeline::Input in;
        in.image = test::randomMat(rng, 60, 80, 1, 0.f, 1.f);
        in.patch = in.image(cv::Rect(51, 17, 9, 7)).clone(); // (row 17, col 51)
        const ResponseResult r = ResponsePipeline::compute(in);
        QVERIFY(r.ok());
        QCOMPARE(r.peaks.front().row, 17);
        QCOMPARE(r.peaks.front().col, 51);
        QCOMPARE(r.peaks.front().rect, cv::Rect(51, 17, 9, 7));
    }

    void impossibleParametersAreExplained_data()
    {
        QTest::addColumn<int>("problem");
        QTest::addColumn<QString>("mentions");
        QTest::addRow("patch larger than padded input")
            << int(ResponseResult::Problem::Patch) << QStringLiteral("13");
        QTest::addRow("dilated patch too wide")
            << int(ResponseResult::Problem::Dilation) << QStringLiteral("25");
        QTest::addRow("zero stride") << int(ResponseResult::Problem::Stride) << QStringLiteral("0");
        QTest::addRow("reflect too wide")
            << int(ResponseResult::Problem::PaddingMode) << QStringLiteral("10");
        QTest::addRow("dilated matching")
            << int(ResponseResult::Problem::Dilation) << QStringLiteral("2");
        QTest::addRow("pool window too large")
            << int(ResponseResult::Problem::Pooling) << QStringLiteral("9");
        QTest::addRow("NaN in the image")
            << int(ResponseResult::Problem::None) << QStringLiteral("NaN");
    }
    void impossibleParametersAreExplained()
    {
        QFETCH(int, problem);
        QFETCH(QString, mentions);
        std::mt19937 rng(12);
        ResponsePipeline::Input in;
        in.image = test::randomMat(rng, 10, 12, 1, 0.f, 1.f);
        in.patch = test::randomMat(rng, 3, 3);
        Parameters& p = in.parameters;
        p.operation = Operation::CrossCorrelation;
        const QString tag = QString::fromLatin1(QTest::currentDataTag());
        if (tag.startsWith(QLatin1String("patch larger")))
            in.patch = test::randomMat(rng, 13, 3);
        else if (tag.startsWith(QLatin1String("dilated patch")))
            p.conv.dilation = {1, 12}; // 12·2 + 1 = 25 > 12
        else if (tag.startsWith(QLatin1String("zero stride")))
            p.conv.stride = {0, 1};
        else if (tag.startsWith(QLatin1String("reflect"))) {
            p.conv.padding = Padding::uniform(10);
            p.conv.paddingMode = PaddingMode::Reflect;
        } else if (tag.startsWith(QLatin1String("dilated matching"))) {
            p.operation = Operation::TemplateMatch;
            p.conv.dilation = {2, 2};
        } else if (tag.startsWith(QLatin1String("pool"))) {
            p.poolEnabled = true;
            p.pool.size = {9, 9}; // response 8 × 10
        } else {
            in.image.at<float>(4, 5) = std::nanf("");
        }
        const ResponseResult r = ResponsePipeline::compute(in);
        QVERIFY(!r.ok());
        QCOMPARE(int(r.problem), problem);
        QVERIFY2(r.error.contains(mentions), qPrintable(r.error));
        QVERIFY(r.response.empty());
        QVERIFY(r.peaks.empty());
    }

    void computesOffTheGuiThreadAndDeliversOnce()
    {
        std::mt19937 rng(13);
        Document lesson(randomState(rng, 200, 300, 16, 16));
        ResponseComputer computer(&lesson);
        QSignalSpy ready(&computer, &ResponseComputer::resultReady);
        QSignalSpy busy(&computer, &ResponseComputer::busyChanged);
        QVERIFY(computer.isBusy()); // started by the constructor, not finished synchronously
        QTRY_COMPARE(ready.count(), 1);
        QVERIFY(!computer.isBusy());
        QCOMPARE(busy.count(), 1);
        QCOMPARE(busy.last().at(0).toBool(), false);
        const auto result = ready.last().at(0).value<std::shared_ptr<const ResponseResult>>();
        QCOMPARE(result, computer.latest());
        ResponsePipeline::Input in{lesson.image(), lesson.patch(), lesson.parameters(), false, 0};
        CONVLAB_COMPARE_MATS(result->response, ResponsePipeline::compute(in).response, 0);

        Parameters p = lesson.parameters();
        p.conv.stride = {2, 2};
        lesson.setParameters(p);
        QVERIFY(computer.isBusy());
        QCOMPARE(ready.count(), 1); // the GUI thread returned before the result exists
        QTRY_COMPARE(ready.count(), 2);
        QCOMPARE(busy.count(), 3);
        QVERIFY(computer.latest()->parameters == p);
    }

    // Fifty changes in a row: results come back in generation order, none older than the one
    // on screen, and the last one is the lesson's final state.
    void rapidChangesEndOnTheLastStateAndNeverGoBackInTime()
    {
        std::mt19937 rng(14);
        Document lesson(randomState(rng, 240, 320, 24, 24));
        ResponseComputer computer(&lesson);
        std::vector<std::uint64_t> shown;
        connect(&computer, &ResponseComputer::resultReady, this,
                [&](const std::shared_ptr<const ResponseResult>& result) {
                    shown.push_back(result->generation);
                });
        cv::Mat working = lesson.image().clone();
        for (int change = 0; change < 50; ++change) {
            if (change % 2 == 0) {
                Parameters p = lesson.parameters();
                p.conv.stride = {1 + change % 3, 1 + change % 4};
                p.method = MatchMethod(change % 6);
                lesson.setParameters(p);
            } else {
                working(cv::Rect(change * 5, change * 3, 8, 8)).setTo(1.f);
                lesson.paintImage(working, QRect(change * 5, change * 3, 8, 8), 77);
            }
            if (change % 2 == 1) // pairs arrive back to back; between pairs, a job may finish
                QTest::qWait(change % 5);
        }
        QTRY_VERIFY_WITH_TIMEOUT(!computer.isBusy() && !shown.empty(), 10000);
        QVERIFY(std::adjacent_find(shown.begin(), shown.end(),
                                   [](auto a, auto b) { return b <= a; }) == shown.end());
        QCOMPARE(shown.back(), computer.generation());
        const auto last = computer.latest();
        QVERIFY(last->parameters == lesson.parameters());
        ResponsePipeline::Input in{lesson.image(), lesson.patch(), lesson.parameters(), false, 0};
        CONVLAB_COMPARE_MATS(last->response, ResponsePipeline::compute(in).response, 1e-5);
    }

    // The computation is held at a gate: while it runs, changes only queue one more. When it
    // ends, its (older) result is shown, then exactly one computation of the latest state runs.
    void oneInFlightThenExactlyOneForTheLatestState()
    {
        std::mt19937 rng(17);
        Document lesson(randomState(rng, 30, 40, 5, 5));
        QSemaphore gate;
        std::atomic<int> running{0}, mostAtOnce{0};
        std::mutex seenMutex;
        std::vector<std::uint64_t> computed; // generations handed to the worker, in order
        std::vector<bool> updates;           // whether each was an update of the last result
        const auto gated = [&](const ResponseComputer::Job& job) {
            mostAtOnce = std::max(mostAtOnce.load(), ++running);
            {
                const std::lock_guard lock(seenMutex);
                computed.push_back(job.generation());
                updates.push_back(job.isUpdate());
            }
            gate.acquire();
            ResponseResult r = job.run();
            --running;
            return r;
        };
        const auto seen = [&] {
            const std::lock_guard lock(seenMutex);
            return computed;
        };
        ResponseComputer computer(&lesson, gated);
        const auto openGate = qScopeGuard([&] { gate.release(100); }); // even if a check fails
        QSignalSpy ready(&computer, &ResponseComputer::resultReady);
        QTRY_COMPARE(seen().size(), std::size_t(1));

        cv::Mat working = lesson.image().clone();
        for (int change = 0; change < 10; ++change) {
            working.at<float>(change, change) = 5.f;
            lesson.paintImage(working, QRect(change, change, 1, 1), 78);
            QTest::qWait(2);
        }
        QCOMPARE(seen().size(), std::size_t(1)); // nothing started beside the running one
        QCOMPARE(ready.count(), 0);
        QVERIFY(computer.isBusy());

        gate.release();
        QTRY_COMPARE(ready.count(), 1); // the first state's result is shown, not dropped
        const auto first = ready.at(0).at(0).value<std::shared_ptr<const ResponseResult>>();
        QCOMPARE(first->generation, seen().front());
        QVERIFY(first->generation < computer.generation());
        QTRY_COMPARE(seen().size(), std::size_t(2));
        QCOMPARE(seen().back(), computer.generation()); // one for all ten changes, the last one

        gate.release();
        QTRY_COMPARE(ready.count(), 2);
        QTRY_VERIFY(!computer.isBusy());
        QCOMPARE(seen().size(), std::size_t(2));
        QCOMPARE(mostAtOnce.load(), 1);
        QCOMPARE(updates, std::vector<bool>({false, true})); // ten dabs: the cells they reach
        QCOMPARE(computer.latest()->generation, computer.generation());
        ResponsePipeline::Input in{lesson.image(), lesson.patch(), lesson.parameters(), false, 0};
        CONVLAB_COMPARE_MATS(computer.latest()->response, ResponsePipeline::compute(in).response,
                             1e-5);
    }

    // The reported bug: changes coming faster than one computation used to hold every result
    // back until they stopped. Now results keep arriving while the changes go on, and the
    // final one is the last state.
    void resultsKeepArrivingWhileChangesOutpaceTheComputation()
    {
        std::mt19937 rng(18);
        Document lesson(randomState(rng, 40, 60, 7, 7));
        std::atomic<int> computations{0};
        const auto slow = [&](const ResponseComputer::Job& job) {
            ++computations;
            QThread::msleep(25); // far slower than the changes below
            return job.run();
        };
        ResponseComputer computer(&lesson, slow);
        QSignalSpy ready(&computer, &ResponseComputer::resultReady);
        QTRY_COMPARE(ready.count(), 1);
        QTRY_VERIFY(!computer.isBusy());

        cv::Mat working = lesson.image().clone();
        QElapsedTimer clock;
        clock.start();
        int changes = 0;
        QList<int> countsDuringChanges;
        while (ready.count() < 5 && clock.elapsed() < 8000) {
            const QRect dab(changes % 50, (changes * 7) % 30, 3, 3);
            working(cv::Rect(dab.x(), dab.y(), dab.width(), dab.height())).setTo(changes % 2);
            lesson.paintImage(working, dab, 79);
            ++changes;
            countsDuringChanges << int(ready.count());
            QTest::qWait(3);
        }
        QVERIFY2(
            ready.count() >= 5,
            qPrintable(
                QStringLiteral("%1 results after %2 changes").arg(ready.count()).arg(changes)));
        // The count grew in steps while the changes kept coming, not all at the end.
        QVERIFY(std::is_sorted(countsDuringChanges.begin(), countsDuringChanges.end()));
        QVERIFY(countsDuringChanges.last() >= 4);
        QVERIFY(computations.load() < changes); // coalesced: many changes per computation

        QTRY_VERIFY(!computer.isBusy());
        const auto last = computer.latest();
        QCOMPARE(last->generation, computer.generation());
        ResponsePipeline::Input in{lesson.image(), lesson.patch(), lesson.parameters(), false, 0};
        CONVLAB_COMPARE_MATS(last->response, ResponsePipeline::compute(in).response, 1e-5);
    }

    void sideBySideAsksForBothCorrelations()
    {
        std::mt19937 rng(15);
        Document lesson(randomState(rng, 30, 40, 5, 5));
        ResponseComputer computer(&lesson);
        QSignalSpy ready(&computer, &ResponseComputer::resultReady);
        QTRY_COMPARE(ready.count(), 1);
        QVERIFY(computer.latest()->rawCorrelation.empty());
        ViewSettings v = lesson.viewSettings();
        v.colormap = Colormap::Gray; // not a recomputation
        lesson.setViewSettings(v);
        QVERIFY(!computer.isBusy());
        v.sideBySide = true;
        lesson.setViewSettings(v);
        QTRY_COMPARE(ready.count(), 2);
        const auto r = computer.latest();
        CONVLAB_COMPARE_MATS(r->rawCorrelation,
                             matchTemplate(lesson.image(), lesson.patch(), MatchMethod::CCorr),
                             1e-5);
        CONVLAB_COMPARE_MATS(
            r->normalisedCorrelation,
            matchTemplate(lesson.image(), lesson.patch(), MatchMethod::CCoeffNormed), 1e-5);

        // Both also coloured (on their own automatic ranges), searched and counted on the
        // worker, so that the view only draws them.
        const auto verifyPrepared = [&](const SideMapDisplay& side, const cv::Mat& map,
                                        MatchMethod method) {
            const ValueRange range = automaticRange(map, Colormap::Gray);
            QVERIFY(side.display.prepared);
            QVERIFY(side.display.matches(Colormap::Gray, range));
            QVERIFY(side.display.colored == colormapImage(map, Colormap::Gray, range));
            const std::vector<Peak> peaks = findPeaks(map, method, lesson.patch().size());
            QCOMPARE(side.peaks.size(), peaks.size());
            for (std::size_t i = 0; i < peaks.size(); ++i) {
                QCOMPARE(side.peaks[i].row, peaks[i].row);
                QCOMPARE(side.peaks[i].col, peaks[i].col);
                QCOMPARE(side.peaks[i].score, peaks[i].score);
            }
            QCOMPARE(side.undefinedCells, countUndefined(map));
        };
        verifyPrepared(r->rawSide, r->rawCorrelation, MatchMethod::CCorr);
        verifyPrepared(r->normalisedSide, r->normalisedCorrelation, MatchMethod::CCoeffNormed);
    }

    // The worker also colours the map for the view settings it was asked with, so the view
    // only has to draw it.
    void theDisplayIsPreparedOffTheGuiThread()
    {
        std::mt19937 rng(19);
        DocumentState state = randomState(rng, 30, 40, 5, 5);
        state.view.colormap = Colormap::Diverging;
        Document lesson(state);
        ResponseComputer computer(&lesson);
        QSignalSpy ready(&computer, &ResponseComputer::resultReady);
        QTRY_COMPARE(ready.count(), 1);
        const ResponseResult& r = *computer.latest();
        QVERIFY(r.display.prepared);
        QVERIFY(r.display.colormap == Colormap::Diverging);
        const ValueRange range = automaticRange(r.response, Colormap::Diverging);
        QVERIFY(r.display.matches(Colormap::Diverging, range));
        QVERIFY(r.display.colored == colormapImage(r.response, Colormap::Diverging, range));

        lesson.setPatch(test::randomMat(rng, 31, 3), QStringLiteral("too tall"));
        QTRY_COMPARE(ready.count(), 2);
        QVERIFY(!computer.latest()->display.prepared); // an error has nothing to draw
    }

    void anErrorIsAResultToo()
    {
        std::mt19937 rng(16);
        Document lesson(randomState(rng, 20, 20, 5, 5));
        ResponseComputer computer(&lesson);
        QSignalSpy ready(&computer, &ResponseComputer::resultReady);
        QTRY_COMPARE(ready.count(), 1);
        lesson.setPatch(test::randomMat(rng, 30, 3), QStringLiteral("too tall"));
        QTRY_COMPARE(ready.count(), 2);
        QVERIFY(!computer.latest()->ok());
        QCOMPARE(computer.latest()->problem, ResponseResult::Problem::Patch);
        lesson.undoStack()->undo();
        QTRY_COMPARE(ready.count(), 3);
        QVERIFY(computer.latest()->ok());
    }
};

QTEST_MAIN(TestResponseComputer)
#include "tst_responsecomputer.moc"
