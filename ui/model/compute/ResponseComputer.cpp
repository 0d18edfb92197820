// SPDX-License-Identifier: MIT
#include "compute/ResponseComputer.h"

#include "document/Document.h"
#include "engine/Stripes.h"

#include <QtConcurrent/QtConcurrentRun>
#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif
#include <algorithm>
#include <cerrno>
#include <functional>
#include <numeric>

namespace convlab {

namespace {

#ifdef Q_OS_LINUX
constexpr int kBackgroundNice = 5;
#endif

// Changes kept apart for an update, beyond which they are taken as one block.
constexpr std::size_t kMostChangedRects = 64;

// The worker thread yields to the GUI thread: on a machine with two cores, the computation and
// its helper threads would otherwise take turns with painting and input, which then wait.
// Linux keeps a nice value per thread; it is raised once for each pool thread (OpenCV's own
// helper threads keep theirs: one of them and the GUI thread still each have a core).
void yieldToTheGuiThread()
{
#ifdef Q_OS_LINUX
    thread_local const bool lowered = [] {
        const auto thread = static_cast<id_t>(gettid());
        errno = 0;
        const int current = getpriority(PRIO_PROCESS, thread);
        return errno == 0 &&
               setpriority(PRIO_PROCESS, thread, std::min(current + kBackgroundNice, 19)) == 0;
    }();
    Q_UNUSED(lowered);
#endif
}

// Colours and measures on the worker what the views show of `result`: the response and, side
// by side, its two other maps. After an update, only what it changed is drawn again.
void prepareDisplays(ResponseResult& result, const ViewSettings& view, const ResponseUpdate* update)
{
    result.display = ResponseDisplay::prepare(
        result.response, view, result.tiles.get(), update ? &update->base->display : nullptr,
        update ? update->responseCells() : std::vector<cv::Rect>{});
    const std::vector<cv::Rect> changed = update ? update->mapCells() : std::vector<cv::Rect>{};
    const auto side = [&](const cv::Mat& map, MatchMethod method,
                          SideMapDisplay ResponseResult::*which) {
        if (map.empty())
            return;
        if (map.data == result.response.data && view.autoRange) // the response, drawn above
            result.*which =
                SideMapDisplay::sharing(result.display, result.tiles, map, result.patchSize);
        else
            result.*which =
                SideMapDisplay::prepare(map, method, result.patchSize, view.colormap,
                                        update ? &(update->base.get()->*which) : nullptr, changed);
    };
    side(result.rawCorrelation, MatchMethod::CCorr, &ResponseResult::rawSide);
    side(result.normalisedCorrelation, MatchMethod::CCoeffNormed, &ResponseResult::normalisedSide);
}

} // namespace

std::uint64_t ResponseComputer::Job::generation() const
{
    return std::visit([](const auto& w) { return w.generation; }, work);
}

ResponseResult ResponseComputer::Job::run() const
{
    if (const auto* update = std::get_if<ResponseUpdate>(&work)) {
        // A stroke's update is small: on this thread alone, the other core stays with the GUI.
        const engine::SingleThreadScope oneThread;
        return ResponsePipeline::update(*update);
    }
    return ResponsePipeline::compute(std::get<ResponsePipeline::Input>(work));
}

ResponseComputer::ResponseComputer(Document* document, QObject* parent)
    : ResponseComputer(document, &Job::run, parent)
{
}

ResponseComputer::ResponseComputer(Document* document, Compute compute, QObject* parent)
    : QObject(parent), m_document(document), m_compute(std::move(compute)),
      m_sideBySide(document->viewSettings().sideBySide)
{
    connect(&m_watcher, &QFutureWatcher<ResponseResult>::finished, this,
            &ResponseComputer::finished);
    connect(document, &Document::imageChanged, this, &ResponseComputer::onImageChanged);
    connect(document, &Document::patchChanged, this, &ResponseComputer::onWholeChange);
    connect(document, &Document::parametersChanged, this, &ResponseComputer::onWholeChange);
    connect(document, &Document::viewSettingsChanged, this,
            &ResponseComputer::onViewSettingsChanged);
    schedule();
}

ResponseComputer::~ResponseComputer()
{
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

void ResponseComputer::onImageChanged(const QRect& dirty)
{
    // The moves of a stroke overlap one another: one rectangle each would only be merged later.
    if (!m_changedCells.empty() && m_changedCells.back().intersects(dirty))
        m_changedCells.back() |= dirty;
    else
        m_changedCells.push_back(dirty);
    if (m_changedCells.size() > kMostChangedRects) // scribbles all over: one block
        m_changedCells = {std::accumulate(m_changedCells.begin(), m_changedCells.end(), QRect(),
                                          std::bit_or<>())};
    schedule();
}

void ResponseComputer::onWholeChange()
{
    m_wholeChange = true;
    schedule();
}

void ResponseComputer::onViewSettingsChanged()
{
    if (m_document->viewSettings().sideBySide != m_sideBySide)
        onWholeChange();
}

void ResponseComputer::schedule()
{
    ++m_generation;
    if (m_running) {
        m_pending = true; // computed as soon as the running one is done, whatever came before
        return;
    }
    start();
}

ResponseComputer::Job ResponseComputer::nextJob() const
{
    // An update builds on the result of the last computation, so that one must be on screen.
    if (!m_wholeChange && m_latest && m_latest->generation == m_startedGeneration) {
        auto update = ResponseUpdate::plan(m_latest, m_document->image(), m_document->patch(),
                                           m_changedCells);
        if (update) {
            update->generation = m_generation;
            return {std::move(*update)};
        }
    }
    // A copy: the GUI thread keeps painting into the document's matrices while the job runs.
    return {ResponsePipeline::inputFor(m_document->snapshot(), m_generation)};
}

void ResponseComputer::start()
{
    m_pending = false;
    Job job = nextJob();
    m_sideBySide = m_document->viewSettings().sideBySide;
    m_startedGeneration = m_generation;
    m_changedCells.clear();
    m_wholeChange = false;
    const bool wasRunning = m_running;
    m_running = true;
    // The map is also measured and coloured on the worker: the GUI thread only draws it.
    const auto run = [compute = m_compute, view = m_document->viewSettings()](const Job& job) {
        yieldToTheGuiThread();
        ResponseResult result = compute(job);
        if (!result.ok())
            return result;
        prepareDisplays(result, view, std::get_if<ResponseUpdate>(&job.work));
        return result;
    };
    m_watcher.setFuture(QtConcurrent::run(run, std::move(job)));
    if (!wasRunning)
        emit busyChanged(true);
}

void ResponseComputer::finished()
{
    // One computation at a time, started in generation order: nothing older than the screen
    // can come back, so every result is shown.
    auto result = std::make_shared<const ResponseResult>(m_watcher.result());
    Q_ASSERT(!m_latest || result->generation > m_latest->generation);
    m_latest = std::move(result);
    // The next computation starts before the views draw this result, so the worker and the
    // GUI thread overlap instead of taking turns.
    if (m_pending) {
        start();
    } else {
        m_running = false;
        emit busyChanged(false);
    }
    emit resultReady(m_latest);
}

} // namespace convlab
