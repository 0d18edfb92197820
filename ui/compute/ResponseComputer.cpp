// SPDX-License-Identifier: MIT
#include "compute/ResponseComputer.h"

#include "document/Lesson.h"

#include <QtConcurrent/QtConcurrentRun>

namespace convlab {

ResponseComputer::ResponseComputer(Lesson* lesson, QObject* parent)
    : QObject(parent), m_lesson(lesson), m_sideBySide(lesson->viewSettings().sideBySide)
{
    connect(&m_watcher, &QFutureWatcher<ResponseResult>::finished, this,
            &ResponseComputer::finished);
    connect(lesson, &Lesson::imageChanged, this, &ResponseComputer::schedule);
    connect(lesson, &Lesson::patchChanged, this, &ResponseComputer::schedule);
    connect(lesson, &Lesson::parametersChanged, this, &ResponseComputer::schedule);
    connect(lesson, &Lesson::viewSettingsChanged, this, &ResponseComputer::onViewSettingsChanged);
    schedule();
}

ResponseComputer::~ResponseComputer()
{
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

void ResponseComputer::onViewSettingsChanged()
{
    if (m_lesson->viewSettings().sideBySide != m_sideBySide)
        schedule();
}

void ResponseComputer::schedule()
{
    ++m_generation;
    if (m_running) {
        m_pending = true; // the running job's result will be stale; compute again after it
        return;
    }
    start();
}

void ResponseComputer::start()
{
    m_pending = false;
    ResponsePipeline::Input input;
    // Copies: the GUI thread keeps painting into the lesson's matrices while the job runs.
    input.image = m_lesson->image().clone();
    input.patch = m_lesson->patch().clone();
    input.parameters = m_lesson->parameters();
    input.sideBySide = m_sideBySide = m_lesson->viewSettings().sideBySide;
    input.generation = m_generation;
    const bool wasRunning = m_running;
    m_running = true;
    m_watcher.setFuture(QtConcurrent::run(&ResponsePipeline::compute, std::move(input)));
    if (!wasRunning)
        emit busyChanged(true);
}

void ResponseComputer::finished()
{
    auto result = std::make_shared<const ResponseResult>(m_watcher.result());
    if (m_pending || result->generation != m_generation) {
        start(); // stale: dropped, the latest state is computed instead
        return;
    }
    m_running = false;
    m_latest = std::move(result);
    emit busyChanged(false);
    emit resultReady(m_latest);
}

} // namespace convlab
