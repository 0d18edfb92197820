// SPDX-License-Identifier: MIT
#pragma once

#include "compute/ResponsePipeline.h"

#include <QFutureWatcher>
#include <QObject>
#include <memory>

namespace convlab {

class Lesson;

// Keeps a lesson's response up to date off the GUI thread. Every change of the lesson bumps a
// generation and asks for one computation; while one runs, further changes only mark that
// another is needed, and when it ends the latest state is computed. A result whose generation
// is no longer current is dropped, so resultReady() only ever carries the newest state.
class ResponseComputer final : public QObject {
    Q_OBJECT
  public:
    explicit ResponseComputer(Lesson* lesson, QObject* parent = nullptr);
    ~ResponseComputer() override; // waits for a running computation (it owns its inputs)

    std::shared_ptr<const ResponseResult> latest() const { return m_latest; }
    bool isBusy() const { return m_running; }
    std::uint64_t generation() const { return m_generation; }

    // Asks for a computation of the lesson's current state (the lesson's signals call it).
    void schedule();

  signals:
    void resultReady(std::shared_ptr<const ResponseResult> result);
    void busyChanged(bool busy);

  private:
    void start();
    void finished();
    void onViewSettingsChanged();

    Lesson* m_lesson;
    QFutureWatcher<ResponseResult> m_watcher;
    std::shared_ptr<const ResponseResult> m_latest;
    std::uint64_t m_generation = 0;
    bool m_running = false;
    bool m_pending = false;
    bool m_sideBySide = false; // as last scheduled: only that view setting changes the result
};

} // namespace convlab
