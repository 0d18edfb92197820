// SPDX-License-Identifier: MIT
#pragma once

#include "compute/ResponsePipeline.h"

#include <QFutureWatcher>
#include <QObject>
#include <QRect>
#include <functional>
#include <memory>
#include <variant>
#include <vector>

namespace convlab {

class Document;

// Keeps a document's response up to date off the GUI thread. Every change of the document bumps a
// generation. At most one computation is in flight and at most one is pending: a change while
// one runs only marks that the latest state must be computed next. The running computation is
// never thrown away: when it ends its result is shown if it is newer than the one on screen
// (an answer for a slightly older state beats none while the mouse keeps moving), and then
// exactly one computation of the latest state follows. Results therefore arrive in generation
// order and none is ever older than the one on screen.
//
// When only image cells changed since the last computation took its input (a brush stroke),
// the next one is an update: only the response cells those changes reach are computed again,
// on top of the last result (ResponseUpdate). The worker also prepares the result's display
// (ResponseDisplay) for the view settings of the request.
class ResponseComputer final : public QObject {
    Q_OBJECT
  public:
    // One computation handed to the worker: the whole response, or an update of the last one.
    struct Job {
        std::variant<ResponsePipeline::Input, ResponseUpdate> work;

        bool isUpdate() const { return std::holds_alternative<ResponseUpdate>(work); }
        std::uint64_t generation() const;
        ResponseResult run() const;
    };
    // What runs on the worker: Job::run unless a test injects another.
    using Compute = std::function<ResponseResult(const Job&)>;

    explicit ResponseComputer(Document* document, QObject* parent = nullptr);
    ResponseComputer(Document* document, Compute compute, QObject* parent = nullptr);
    ~ResponseComputer() override; // waits for a running computation (it owns its inputs)

    // The result on screen: the newest one delivered so far.
    std::shared_ptr<const ResponseResult> latest() const { return m_latest; }
    bool isBusy() const { return m_running; }
    // The generation of the document's current state; latest() is current when they match.
    std::uint64_t generation() const { return m_generation; }

    // Asks for a computation of the document's current state (the document's signals call it).
    void schedule();

  signals:
    void resultReady(std::shared_ptr<const ResponseResult> result);
    void busyChanged(bool busy);

  private:
    void start();
    void finished();
    void onImageChanged(const QRect& dirty);
    void onWholeChange();
    void onViewSettingsChanged();
    Job nextJob() const;

    Document* m_document;
    Compute m_compute;
    QFutureWatcher<ResponseResult> m_watcher;
    std::shared_ptr<const ResponseResult> m_latest;
    std::uint64_t m_generation = 0;
    std::uint64_t m_startedGeneration = 0; // of the last computation handed to the worker
    bool m_running = false;
    bool m_pending = false;    // the document changed after the running computation took its input
    bool m_sideBySide = false; // as last scheduled: only that view setting changes the result
    // Since the last computation took its input: the image cells changed, and whether anything
    // else did (patch, parameters, side by side, the image replaced), which needs a whole one.
    std::vector<QRect> m_changedCells;
    bool m_wholeChange = true;
};

} // namespace convlab
