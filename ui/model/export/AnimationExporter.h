// SPDX-License-Identifier: MIT
#pragma once

#include "export/AnimationOptions.h"
#include "export/FrameSource.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <atomic>
#include <memory>

namespace convlab {

// Runs exportAnimation() off the GUI thread: progress as signals, cancel() honoured before the
// next frame, the outcome delivered in the GUI thread. The source is shared with the worker,
// which calls its frame() from there.
class AnimationExporter final : public QObject {
    Q_OBJECT
  public:
    enum class Outcome { Succeeded, Cancelled, Failed };
    Q_ENUM(Outcome)

    explicit AnimationExporter(QObject* parent = nullptr);
    ~AnimationExporter() override; // cancels a running export and waits for its clean-up

    // False, and nothing started, while an export is running.
    bool start(std::shared_ptr<const FrameSource> source, const AnimationOptions& options);
    bool isRunning() const { return m_running; }
    const AnimationOptions& options() const { return m_options; }

  public slots:
    void cancel();

  signals:
    void progress(int done, int total);
    // `message` is empty on success; otherwise why, naming the path.
    void finished(convlab::AnimationExporter::Outcome outcome, const QString& message);

  private:
    struct Result {
        bool exported = false;
        QString error;
    };
    void onWorkerFinished();

    QFutureWatcher<Result> m_watcher;
    std::atomic_bool m_cancelRequested = false;
    std::shared_ptr<const FrameSource> m_source; // of the running or last export
    AnimationOptions m_options;
    bool m_running = false;
};

} // namespace convlab
