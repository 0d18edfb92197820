// SPDX-License-Identifier: MIT
#include "export/AnimationExporter.h"

#include "export/AnimationExport.h"

#include <QtConcurrent/QtConcurrentRun>

namespace convlab {

AnimationExporter::AnimationExporter(QObject* parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this,
            &AnimationExporter::onWorkerFinished);
}

AnimationExporter::~AnimationExporter()
{
    m_cancelRequested = true;
    m_watcher.disconnect(this);
    if (m_source) // a frame the worker waits for may need this thread, which now waits
        m_source->interrupt();
    m_watcher.waitForFinished(); // the worker emits through this object and removes its files
}

bool AnimationExporter::start(std::shared_ptr<const FrameSource> source,
                              const AnimationOptions& options)
{
    if (m_running)
        return false;
    m_running = true;
    m_cancelRequested = false;
    m_options = options;
    m_source = source;
    m_watcher.setFuture(QtConcurrent::run([this, source = std::move(source), options] {
        Result result;
        // Emitted from the worker: receivers in the GUI thread get it queued.
        result.exported =
            exportAnimation(*source, options, &result.error, [this](int done, int total) {
                emit progress(done, total);
                return !m_cancelRequested.load();
            });
        return result;
    }));
    return true;
}

void AnimationExporter::cancel()
{
    m_cancelRequested = true;
}

void AnimationExporter::onWorkerFinished()
{
    m_running = false;
    const Result result = m_watcher.result();
    if (result.exported)
        emit finished(Outcome::Succeeded, QString());
    else if (m_cancelRequested)
        emit finished(Outcome::Cancelled, result.error);
    else
        emit finished(Outcome::Failed, result.error);
}

} // namespace convlab
