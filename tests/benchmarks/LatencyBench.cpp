// SPDX-License-Identifier: MIT
// convlab_latency_bench (issue 6 §4): the real window, offscreen, a 1920×1080 image and a
// 64×64 patch; synthetic brush strokes replayed at a hand's pace. Reports how long a mouse
// event waits until a response including it is painted on screen, and the longest time the
// GUI thread was blocked. A benchmark, not a test: it prints numbers and always exits 0 unless
// the window cannot be set up.
#include "MainWindow.h"
#include "compute/ResponseComputer.h"
#include "document/Document.h"
#include "learn/LearnPage.h"
#include "learn/TrainingSession.h"
#include "views/HeatmapView.h"
#include "views/ImageCanvas.h"
#include "views/ToolSettings.h"
#include "window/LearnedFiltersMode.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <map>
#include <numbers>
#include <opencv2/imgproc.hpp>
#include <random>
#include <vector>

using namespace convlab;

namespace {

using Clock = QElapsedTimer;

// CPU time the calling thread has used, in ms: a dispatch that took long on the wall clock
// but little CPU was waiting for a core, not working.
double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

// The slowest event dispatches of the GUI thread, by receiver class and event type: where a
// long block comes from.
class SlowEvents final {
  public:
    void add(const char* receiver, QEvent::Type type, double wallMs, double cpuMs)
    {
        Entry& e = m_entries[{QByteArray(receiver), type}];
        e.worstMs = std::max(e.worstMs, wallMs);
        e.worstCpuMs = std::max(e.worstCpuMs, cpuMs);
        e.totalMs += wallMs;
        ++e.count;
        m_worstCpuMs = std::max(m_worstCpuMs, cpuMs);
    }
    // The most CPU one event dispatch took on the GUI thread.
    double worstCpuMs() const { return m_worstCpuMs; }
    void print(int rows) const
    {
        std::vector<std::pair<Key, Entry>> sorted(m_entries.begin(), m_entries.end());
        std::sort(sorted.begin(), sorted.end(),
                  [](const auto& a, const auto& b) { return a.second.worstMs > b.second.worstMs; });
        std::printf("  slowest GUI dispatches: receiver, event type, worst ms (wall, CPU), "
                    "total wall ms, count\n");
        for (int i = 0; i < rows && i < int(sorted.size()); ++i)
            std::printf("    %-28s %5d %8.1f %6.1f %9.1f %6d\n", sorted[i].first.first.constData(),
                        int(sorted[i].first.second), sorted[i].second.worstMs,
                        sorted[i].second.worstCpuMs, sorted[i].second.totalMs,
                        sorted[i].second.count);
    }
    void clear()
    {
        m_entries.clear();
        m_worstCpuMs = 0;
    }

  private:
    using Key = std::pair<QByteArray, QEvent::Type>;
    struct Entry {
        double worstMs = 0, worstCpuMs = 0, totalMs = 0;
        int count = 0;
    };
    std::map<Key, Entry> m_entries;
    double m_worstCpuMs = 0;
};

// Calls `painted` right after a watched widget has finished a paint event: "shown" means
// drawn into the window's backing store, not merely handed to the view. Times every outermost
// event dispatch for the breakdown.
class InstrumentedApplication final : public QApplication {
  public:
    using QApplication::QApplication;
    QWidget* watched = nullptr;
    std::function<void()> painted;
    SlowEvents slow;

    bool notify(QObject* receiver, QEvent* event) override
    {
        const bool isWatchedPaint = receiver == watched && event->type() == QEvent::Paint;
        const bool outermost = m_depth++ == 0;
        const QEvent::Type type = event->type();
        const char* name = receiver->metaObject()->className();
        QElapsedTimer timer;
        timer.start();
        const double cpu = threadCpuMs();
        const bool handled = QApplication::notify(receiver, event);
        --m_depth;
        if (outermost)
            slow.add(name, type, double(timer.nsecsElapsed()) / 1e6, threadCpuMs() - cpu);
        if (isWatchedPaint && painted)
            painted();
        return handled;
    }

  private:
    int m_depth = 0;
};

// A 1 ms timer on the GUI thread: the longest gap between two ticks is the longest time the
// thread could not run its event loop.
class Heartbeat final {
  public:
    Heartbeat()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { beat(); });
    }
    void start()
    {
        m_longestNs = 0;
        m_over16 = 0;
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double longestMs() const { return static_cast<double>(m_longestNs) / 1e6; }
    int gapsOver16Ms() const { return m_over16; }

  private:
    void beat()
    {
        const qint64 now = m_clock.nsecsElapsed();
        const qint64 gap = now - m_last;
        m_longestNs = std::max(m_longestNs, gap);
        m_over16 += gap > 16'000'000 ? 1 : 0;
        m_last = now;
    }
    QTimer m_timer;
    Clock m_clock;
    qint64 m_last = 0;
    qint64 m_longestNs = 0;
    int m_over16 = 0;
};

// Nearest-rank percentile of samples in ms.
double percentile(std::vector<double> samples, double p)
{
    if (samples.empty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const auto rank = static_cast<std::size_t>(std::ceil(p / 100.0 * samples.size()));
    return samples[std::clamp<std::size_t>(rank, 1, samples.size()) - 1];
}

// One mouse event of the replay, in image cells.
struct MouseStep {
    enum class Kind { Press, Move, Release } kind;
    QPoint cell; // (x, y) = (col, row)
    bool endsStroke = false;
};

// Strokes of a few moves each, 12–40 cells apart, anywhere on the image: what a hand does
// scribbling over a photo. Fixed seed, so every run replays the same strokes.
std::vector<MouseStep> makeStrokes(int strokes, int moves, cv::Size image, unsigned seed)
{
    std::mt19937 rng(seed);
    std::uniform_int_distribution<int> col(40, image.width - 41), row(40, image.height - 41);
    std::uniform_real_distribution<double> angle(0, 2 * std::numbers::pi), length(12, 40);
    std::vector<MouseStep> steps;
    for (int s = 0; s < strokes; ++s) {
        QPoint at(col(rng), row(rng));
        steps.push_back({MouseStep::Kind::Press, at});
        double heading = angle(rng);
        for (int m = 0; m < moves; ++m) {
            heading += angle(rng) / 8 - std::numbers::pi / 8;
            const double step = length(rng);
            at = QPoint(
                std::clamp(at.x() + int(std::lround(step * std::cos(heading))), 0, image.width - 1),
                std::clamp(at.y() + int(std::lround(step * std::sin(heading))), 0,
                           image.height - 1));
            steps.push_back({MouseStep::Kind::Move, at});
        }
        steps.push_back({MouseStep::Kind::Release, at, true});
    }
    return steps;
}

// A smooth photograph-like image in [0, 1]: blurred noise plus gradients.
cv::Mat photoLike(cv::Size size, unsigned seed)
{
    cv::Mat noise(size, CV_32F);
    cv::RNG rng(seed);
    rng.fill(noise, cv::RNG::UNIFORM, 0.f, 1.f);
    cv::Mat smooth;
    cv::GaussianBlur(noise, smooth, cv::Size(0, 0), 6);
    cv::normalize(smooth, smooth, 0, 1, cv::NORM_MINMAX);
    for (int r = 0; r < size.height; ++r) {
        float* p = smooth.ptr<float>(r);
        for (int c = 0; c < size.width; ++c)
            p[c] = 0.6f * p[c] + 0.4f * float(r + c) / float(size.height + size.width);
    }
    return smooth;
}

struct Scenario {
    const char* name;
    Parameters::Operation operation;
    MatchMethod method;
    bool sideBySide = false; // raw ccorr and ccoeff_normed maps shown too
};

struct Measurement {
    std::vector<double> eventLatencies;   // painting mouse event → response including it shown
    std::vector<double> releaseLatencies; // end of stroke → response of the whole stroke shown
    std::vector<double> computeMs;        // ResponseResult::elapsedMs of every result shown
    double longestBlockMs = 0;
    int blocksOver16 = 0;
    int shown = 0;
};

struct Options {
    int strokes = 200;
    int moves = 6;
    int intervalMs = 8;
    int brush = 9;
    bool breakdown = false;
    QString only; // run just the case of this name
};

// Replays the strokes on the window's input canvas and matches every painting event with the
// first painted response whose generation includes it.
class Replay final {
  public:
    Replay(InstrumentedApplication& app, MainWindow& window, const Options& options)
        : m_app(app), m_window(window), m_options(options)
    {
    }

    // `map`: the view whose paint shows a response (the normalised map side by side).
    Measurement run(const std::vector<MouseStep>& steps, HeatmapView* map)
    {
        Measurement out;
        ResponseComputer* computer = m_window.computer();
        ImageCanvas* canvas = m_window.inputCanvas();
        struct Waiting {
            std::uint64_t generation;
            qint64 sentNs;
            bool release;
        };
        std::vector<Waiting> waiting;
        std::uint64_t awaitingPaint = 0; // generation delivered but not painted yet
        std::uint64_t onScreen = 0;      // generation last painted
        Clock clock;
        clock.start();

        m_app.watched = map;
        m_app.painted = [&] {
            if (awaitingPaint == 0)
                return;
            const qint64 now = clock.nsecsElapsed();
            auto done = std::partition(waiting.begin(), waiting.end(), [&](const Waiting& w) {
                return w.generation > awaitingPaint;
            });
            for (auto it = done; it != waiting.end(); ++it)
                (it->release ? out.releaseLatencies : out.eventLatencies)
                    .push_back(double(now - it->sentNs) / 1e6);
            waiting.erase(done, waiting.end());
            onScreen = awaitingPaint;
            awaitingPaint = 0;
            ++out.shown;
        };
        const auto connection =
            QObject::connect(computer, &ResponseComputer::resultReady,
                             [&](const std::shared_ptr<const ResponseResult>& result) {
                                 awaitingPaint = result->generation;
                                 out.computeMs.push_back(result->elapsedMs);
                             });

        Heartbeat heartbeat;
        heartbeat.start();
        std::size_t next = 0;
        std::uint64_t strokeGeneration = 0;
        QTimer pace;
        pace.setTimerType(Qt::PreciseTimer);
        pace.setInterval(m_options.intervalMs);
        QObject::connect(&pace, &QTimer::timeout, [&] {
            if (next == steps.size()) {
                pace.stop();
                return;
            }
            const MouseStep& step = steps[next++];
            const QPoint at =
                canvas->cellToWidget(QPointF(step.cell) + QPointF(0.5, 0.5)).toPoint();
            const std::uint64_t before = computer->generation();
            const qint64 sent = clock.nsecsElapsed();
            switch (step.kind) {
            case MouseStep::Kind::Press:
                QTest::mousePress(canvas, Qt::LeftButton, Qt::NoModifier, at);
                break;
            case MouseStep::Kind::Move:
                QTest::mouseMove(canvas, at);
                break;
            case MouseStep::Kind::Release:
                QTest::mouseRelease(canvas, Qt::LeftButton, Qt::NoModifier, at);
                break;
            }
            const std::uint64_t after = computer->generation();
            if (after != before) {
                waiting.push_back({after, sent, false});
                strokeGeneration = after;
            }
            if (step.endsStroke && strokeGeneration > onScreen)
                waiting.push_back({strokeGeneration, sent, true});
            else if (step.endsStroke)
                out.releaseLatencies.push_back(0); // the whole stroke is on screen already
        });
        // The window's own event loop, as in the application: QTest::qWaitFor would sleep 10 ms
        // between its passes over the events, and those sleeps would be measured as latency.
        QEventLoop loop;
        bool finished = false;
        QTimer done;
        QObject::connect(&done, &QTimer::timeout, [&] {
            finished = next == steps.size() && waiting.empty() && !computer->isBusy();
            if (finished)
                loop.quit();
        });
        done.start(5);
        QTimer::singleShot(600'000, &loop, &QEventLoop::quit);
        pace.start();
        loop.exec();
        heartbeat.stop();
        out.longestBlockMs = heartbeat.longestMs();
        out.blocksOver16 = heartbeat.gapsOver16Ms();
        QObject::disconnect(connection);
        m_app.painted = nullptr;
        if (!finished)
            std::fprintf(stderr, "latency bench: %zu events never saw their response\n",
                         waiting.size());
        return out;
    }

  private:
    InstrumentedApplication& m_app;
    MainWindow& m_window;
    Options m_options;
};

void printHeader()
{
    std::printf("%-18s %6s %7s %7s %7s %8s %9s %8s %8s %6s\n", "case", "events", "median", "p95",
                "max", "release", "GUI block", "GUI CPU", "compute", "shown");
}

void printRow(const char* name, const Measurement& m, double worstDispatchCpuMs)
{
    std::printf("%-18s %6zu %7.1f %7.1f %7.1f %8.1f %9.1f %8.1f %8.1f %6d\n", name,
                m.eventLatencies.size(), percentile(m.eventLatencies, 50),
                percentile(m.eventLatencies, 95), percentile(m.eventLatencies, 100),
                percentile(m.releaseLatencies, 95), m.longestBlockMs, worstDispatchCpuMs,
                percentile(m.computeMs, 50), m.shown);
}

Options parseOptions(const QApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Stroke-to-response latency of the ConvLab window (1920x1080 image, 64x64 patch)."));
    parser.addHelpOption();
    const QCommandLineOption strokes(QStringLiteral("strokes"), QStringLiteral("strokes (200)"),
                                     QStringLiteral("n"), QStringLiteral("200"));
    const QCommandLineOption moves(QStringLiteral("moves"), QStringLiteral("moves per stroke (6)"),
                                   QStringLiteral("n"), QStringLiteral("6"));
    const QCommandLineOption interval(QStringLiteral("interval"),
                                      QStringLiteral("ms between mouse events (8)"),
                                      QStringLiteral("ms"), QStringLiteral("8"));
    const QCommandLineOption brush(QStringLiteral("brush"),
                                   QStringLiteral("brush diameter in cells (9)"),
                                   QStringLiteral("cells"), QStringLiteral("9"));
    const QCommandLineOption breakdown(QStringLiteral("breakdown"),
                                       QStringLiteral("print the slowest GUI event dispatches"));
    const QCommandLineOption only(QStringLiteral("case"),
                                  QStringLiteral("run only this case (ccoeff_normed, "
                                                 "cross-correlation, side by side, training)"),
                                  QStringLiteral("name"));
    parser.addOptions({strokes, moves, interval, brush, breakdown, only});
    parser.process(app);
    Options options;
    options.strokes = std::max(1, parser.value(strokes).toInt());
    options.moves = std::max(1, parser.value(moves).toInt());
    options.intervalMs = std::max(1, parser.value(interval).toInt());
    options.brush = std::max(1, parser.value(brush).toInt());
    options.breakdown = parser.isSet(breakdown);
    options.only = parser.value(only);
    return options;
}

// The learned-filters page while the lecture's network trains for `epochs` on its worker: the
// page follows every published copy of the network (curves, filters, prediction and feature
// maps of the held-out digit on the pad). Prints the longest heartbeat gap, the gaps over
// 16 ms and the most CPU one dispatch took.
bool measureTraining(InstrumentedApplication& app, int epochs, bool breakdown)
{
    MainWindow window;
    window.resize(1920, 1080);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        std::fprintf(stderr, "latency bench: the window was never exposed\n");
        return false;
    }
    LearnPage* page = window.learnedFilters()->page();
    window.learnedFilters()->setShown(true);
    page->epochsBox()->setValue(epochs);
    page->pickHeldOut(0); // a digit on the pad: every new network is read and drawn again
    QTest::qWait(200);

    Heartbeat heartbeat;
    app.slow.clear();
    Clock clock;
    clock.start();
    heartbeat.start();
    QTest::mouseClick(page->trainButton(), Qt::LeftButton);
    const bool finished = QTest::qWaitFor(
        [&] { return page->session()->state() == TrainingSession::State::Finished; }, 600'000);
    heartbeat.stop();
    if (!finished) {
        std::fprintf(stderr, "latency bench: training did not finish\n");
        return false;
    }
    std::printf("training %d epoch(s) on the learned-filters page: %.1f s; GUI block %.1f ms "
                "(%d gaps over 16 ms), GUI CPU %.1f ms\n",
                epochs, double(clock.elapsed()) / 1e3, heartbeat.longestMs(),
                heartbeat.gapsOver16Ms(), app.slow.worstCpuMs());
    if (breakdown)
        app.slow.print(8);
    return heartbeat.longestMs() <= 16;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QT_SCALE_FACTOR", "1");
    QStandardPaths::setTestModeEnabled(true); // settings and autosave away from the user's
    InstrumentedApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ConvLabBench"));
    QCoreApplication::setApplicationName(QStringLiteral("convlab_latency_bench"));
    const Options options = parseOptions(app);

    const cv::Size size(1920, 1080);
    const cv::Mat image = photoLike(size, 2024);
    const cv::Mat patch = image(cv::Rect(900, 500, 64, 64)).clone();
    const std::vector<MouseStep> steps = makeStrokes(options.strokes, options.moves, size, 6);

    const Scenario scenarios[] = {
        {"ccoeff_normed", Parameters::Operation::TemplateMatch, MatchMethod::CCoeffNormed},
        {"cross-correlation", Parameters::Operation::CrossCorrelation, MatchMethod::CCorr},
        {"side by side", Parameters::Operation::TemplateMatch, MatchMethod::CCoeffNormed, true},
    };
    std::printf("ConvLab interactive latency: %d×%d image, %d×%d patch, %d strokes × %d moves, "
                "one mouse event every %d ms, brush %d cells (offscreen window)\n",
                size.width, size.height, patch.cols, patch.rows, options.strokes, options.moves,
                options.intervalMs, options.brush);
    printHeader();
    bool met = true;
    for (const Scenario& scenario : scenarios) {
        if (!options.only.isEmpty() && options.only != QLatin1String(scenario.name))
            continue;
        MainWindow window;
        window.resize(1920, 1080);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window)) {
            std::fprintf(stderr, "latency bench: the window was never exposed\n");
            return 1;
        }
        DocumentState state;
        state.image = image;
        state.patch = patch;
        state.parameters.operation = scenario.operation;
        state.parameters.method = scenario.method;
        state.view.sideBySide = scenario.sideBySide;
        window.document()->replaceAll(state);
        window.toolSettings()->setTool(Tool::Brush);
        window.toolSettings()->setBrushSize(options.brush);
        ResponseComputer* computer = window.computer();
        const bool settled = QTest::qWaitFor(
            [&] {
                return !computer->isBusy() && computer->latest() &&
                       computer->latest()->generation == computer->generation();
            },
            60'000);
        if (!settled) {
            std::fprintf(stderr, "latency bench: the first response never came\n");
            return 1;
        }
        QTest::qWait(200); // the first paint and layout settle before the clock runs

        Replay replay(app, window, options);
        app.slow.clear();
        HeatmapView* shown = scenario.sideBySide
                                 ? window.findChild<HeatmapView*>(QStringLiteral("normalisedMap"))
                                 : window.responseView()->heatmap();
        const Measurement m = replay.run(steps, shown);
        printRow(scenario.name, m, app.slow.worstCpuMs());
        if (options.breakdown)
            app.slow.print(8);
        met = met && percentile(m.eventLatencies, 95) <= 50 && m.longestBlockMs <= 16;
        window.document()->undoStack()->setClean(); // no "unsaved changes" question on close
    }
    std::printf(
        "in ms. median, p95, max: a painting mouse event → the first response including it\n"
        "painted on screen; release: end of a stroke → its whole stroke shown (p95); GUI block:\n"
        "longest gap between two ticks of a 1 ms heartbeat on the GUI thread (wall clock);\n"
        "GUI CPU: most CPU time one event dispatch took on the GUI thread; compute: median\n"
        "time of the response pipeline on the worker; shown: responses painted.\n");
    if (options.only.isEmpty() || options.only == QLatin1String("training"))
        met = measureTraining(app, 1, options.breakdown) && met;
    std::printf("targets: p95 ≤ 50 ms, GUI block ≤ 16 ms: %s\n", met ? "met" : "NOT met");
    return 0;
}
