// SPDX-License-Identifier: MIT
#pragma once

#include "learn/DigitDataset.h"
#include "learn/UpsamplingDecoder.h"

#include <QFuture>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QThreadPool>
#include <atomic>
#include <memory>
#include <vector>

namespace convlab {

// The two upsampling decoders (transposed convolutions, resize-convolutions) learning side by
// side on a worker thread, without a widget: an epoch of one, then of the other, each measured
// (UpsamplingDecoder::trainEpoch) and published through a queued signal, from epoch 0 (before
// any training) to options().epochs, or until stop(). The GUI thread reads only the copies
// published.
class DecoderSession final : public QObject {
    Q_OBJECT
  public:
    static constexpr DecoderKind kKinds[] = {DecoderKind::Transposed, DecoderKind::ResizeConv};

    DecoderSession(std::shared_ptr<const DigitDataset> data, DatasetSplit split,
                   QObject* parent = nullptr);
    ~DecoderSession() override; // stops the worker and waits for its epoch

    // Both decoders' options but the kind; they take effect at the next start().
    const DecoderOptions& options() const { return m_options; }
    void setOptions(const DecoderOptions& options) { m_options = options; }

    bool isRunning() const { return m_running; }
    // The epochs published since the last start(), in order, for one decoder.
    const std::vector<DecoderEpoch>& history(DecoderKind kind) const;
    double targetEnergy() const { return m_targetEnergy; } // the monitored digits' own
    std::vector<cv::Mat> sampleInputs() const { return m_inputs; }
    std::vector<cv::Mat> sampleTargets() const { return m_targets; }
    QString message() const { return m_message; } // why the last run failed, translated

    // A fresh run of both decoders from the seed's weights (a running one is stopped first).
    void start();
    void stop(); // after the epoch under way
    void waitForWorker();

  signals:
    void started();
    void measured(convlab::DecoderKind kind, const convlab::DecoderEpoch& epoch);
    void finished(); // every epoch done, stopped, or failed (message())

  private:
    struct Run;
    void publish(const std::shared_ptr<Run>& run, DecoderKind kind, const DecoderEpoch& epoch);
    void end(const std::shared_ptr<Run>& run, const QString& error);

    std::shared_ptr<const DigitDataset> m_data;
    DatasetSplit m_split;
    DecoderOptions m_options;
    QThreadPool m_pool;
    QFuture<void> m_future;
    std::shared_ptr<Run> m_run;
    bool m_running = false;
    std::vector<DecoderEpoch> m_history[2];
    double m_targetEnergy = 0;
    std::vector<cv::Mat> m_inputs;
    std::vector<cv::Mat> m_targets;
    QString m_message;
};

} // namespace convlab

Q_DECLARE_METATYPE(convlab::DecoderEpoch)
Q_DECLARE_METATYPE(convlab::DecoderKind)
