// SPDX-License-Identifier: MIT
#pragma once

#include "stepper/StepperSetup.h"

#include <QObject>
#include <QTimer>

namespace convlab {

// The state of a stepper: what is stepped through, the current step n of N, and playback.
// Step n is asked of core from n alone; the output shown so far comes from core's one-call
// result. Any new setup restarts cleanly at step 0 with its own N (playing goes on from there).
class StepperModel final : public QObject {
    Q_OBJECT
  public:
    static constexpr double kMinSpeed = 0.25; // steps per second
    static constexpr double kMaxSpeed = 32.0;

    explicit StepperModel(QObject* parent = nullptr);

    void setSetup(const StepperSetup& setup);
    const StepperSetup& setup() const { return m_setup; }

    // False when the setup is impossible: error() says why, total() is 0.
    bool isValid() const { return m_total > 0; }
    QString error() const { return m_error; }

    long long total() const { return m_total; }     // N
    long long current() const { return m_current; } // n, 0-based
    bool isAtEnd() const { return m_current + 1 >= m_total; }
    const StepTrace& step() const { return m_step; }
    const SteppedGrid& grid() const { return m_grid; }
    Pair outputSize() const { return m_outputSize; }
    const cv::Mat& finalOutput() const { return m_final; }
    // Cells of steps 0..n, NaN after (scatter: stamps 0..n summed).
    const cv::Mat& outputSoFar() const { return m_soFar; }

    bool isPlaying() const { return m_timer.isActive(); }
    double speed() const { return m_speed; }

  public slots:
    void setStep(long long n); // clamped to 0..N-1
    void first();
    void previous();
    void next();
    void last();
    void play(); // from the start again when at the last step
    void pause();
    void togglePlay();
    void setSpeed(double stepsPerSecond); // clamped to kMinSpeed..kMaxSpeed

  signals:
    void setupChanged(); // new data and N; stepChanged(0) follows
    void stepChanged(long long n);
    void playingChanged(bool playing);
    void finished(); // playback reached the last step

  private:
    void advance();
    void loadStep(long long n);

    StepperSetup m_setup;
    QString m_error;
    long long m_total = 0;
    long long m_current = 0;
    StepTrace m_step;
    SteppedGrid m_grid;
    Pair m_outputSize{0, 0};
    cv::Mat m_final;
    cv::Mat m_soFar;
    QTimer m_timer;
    double m_speed = 2.0;
};

} // namespace convlab
