// SPDX-License-Identifier: MIT
#pragma once

#include "learn/Architecture.h"
#include "learn/DigitDataset.h"
#include "learn/Evaluation.h"
#include "learn/Trainer.h"

#include <QCoreApplication>
#include <QFuture>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QThreadPool>
#include <cstdint>
#include <memory>
#include <opencv2/core.hpp>
#include <vector>

namespace convlab {

class Network;
struct Outcome;
struct RunEnd;

// The learned filters at one moment of training: conv1's and conv2's kernels as
// Network::filters gives them (kernel × kernel, CV_32FC(input channels)), copies.
struct FilterSnapshot {
    std::vector<cv::Mat> first;
    std::vector<cv::Mat> second;
    long long step = 0; // batches trained when they were taken
};

// What a run of training is set to do; the architecture and the seed make the initial
// weights, the seed also the order of the digits.
struct TrainingSettings {
    Architecture architecture = Architecture::lecture();
    std::uint64_t seed = 1;
    double learningRate = TrainingOptions{}.learningRate;
    int epochs = TrainingOptions{}.epochs;
    int batchSize = TrainingOptions{}.batchSize;

    friend bool operator==(const TrainingSettings&, const TrainingSettings&) = default;
};

// One network a student trains on the digits, without a widget: convlab_learn's Trainer run on
// a worker thread, never the GUI thread, with start, pause, resume, stop and reset. What the
// worker learns arrives through queued signals: progress at most ~30 times a second (and at
// every epoch's end), the filters and a copy of the network for predictions at most 10 times a
// second, and once more when a run pauses or ends. The GUI thread only ever reads copies
// (network(), filters()), so it never waits for a batch.
class TrainingSession final : public QObject {
    Q_OBJECT
  public:
    enum class State {
        Untrained, // the initial weights of the seed: noise
        Running,
        Paused,   // start() resumes at the next batch
        Finished, // every epoch done
        Stopped,  // on request, with the weights of the last batch
        Diverged, // the loss became NaN or infinite: the last good weights are kept
        Opened,   // a network read from a model file (openModel)
    };
    Q_ENUM(State)

    // The digits compiled into the program (:/convlab/data/digits.png) and the fixed split.
    explicit TrainingSession(QObject* parent = nullptr);
    // Any digits and split (tests train on a few batches). Bad data is reported by start().
    TrainingSession(std::shared_ptr<const DigitDataset> data, DatasetSplit split,
                    QObject* parent = nullptr);
    ~TrainingSession() override; // stops the worker and waits for its batch (milliseconds)

    // The compiled-in sheet, decoded once; throws Error if the resource cannot be read.
    static std::shared_ptr<const DigitDataset> digitSheet();

    State state() const { return m_state; }
    bool isRunning() const { return m_state == State::Running; }
    const TrainingSettings& settings() const { return m_settings; }
    // Takes effect at the next fresh run (start() when not paused) or reset(); a new
    // architecture or seed resets the weights shown now when nothing is running or paused.
    void setSettings(const TrainingSettings& settings);

    const DigitDataset& data() const { return *m_data; }
    const DatasetSplit& split() const { return m_split; }
    // A copy of the network as it was last published: safe to use on the GUI thread.
    std::shared_ptr<const Network> network() const { return m_network; }
    const FilterSnapshot& filters() const { return m_filters; }
    // The last progress reported, and the held-out evaluation after the last run (empty
    // before the first run ends).
    const TrainingProgress& progress() const { return m_progress; }
    const Evaluation& heldOut() const { return m_heldOut; }
    // Why the last run stopped by itself or could not start, translated; empty otherwise.
    QString message() const { return m_message; }

    // Starts a fresh run from the seed's weights, or resumes a paused one. Refused (false,
    // message() and failed() say why) when the settings or the data cannot train.
    bool start();
    void pause();
    void stop();
    // Stops any run and goes back to the seed's initial weights.
    void reset();
    // The network shown now to a model file (ModelFile: atomically, a TorchScript archive
    // PyTorch reads too), or a model file's network in its place: it stops any run, becomes
    // network() with its architecture, and is evaluated on the held-out digits. A file that
    // cannot be read, or whose network cannot read these digits, is refused with a message
    // naming the file and the problem; nothing changes then.
    Outcome saveModel(const QString& path);
    Outcome openModel(const QString& path);
    // The file the network was opened from or last saved to; empty for a trained one.
    QString modelPath() const { return m_modelPath; }

    // For tests and closing: returns when no worker runs (the event loop is not run).
    void waitForWorker();

  signals:
    void stateChanged(convlab::TrainingSession::State state);
    void progressed(const convlab::TrainingProgress& progress);
    void filtersChanged(const convlab::FilterSnapshot& filters);
    void networkChanged(); // network() is a new copy
    void heldOutChanged(); // heldOut() evaluated again, or emptied with new weights
    void failed(const QString& message);

  private:
    struct Run; // the network being trained, its Trainer and the worker's flags
    void setState(State state);
    void publishInitialWeights();
    void publishInitialWeightsOf(const Run& run);
    void updateProgress(const TrainingProgress& progress);
    void updateNetwork(const FilterSnapshot& filters, std::shared_ptr<const Network> network);
    void onWorkerFinished(const RunEnd& end);
    QString describeDivergence(const TrainingResult& result) const;

    std::shared_ptr<const DigitDataset> m_data;
    DatasetSplit m_split;
    TrainingSettings m_settings;
    State m_state = State::Untrained;
    QThreadPool m_pool; // one thread: the training never waits behind other work
    QFuture<void> m_future;
    std::shared_ptr<Run> m_run;
    bool m_stopAfterPause = false;
    std::shared_ptr<const Network> m_network;
    FilterSnapshot m_filters;
    TrainingProgress m_progress;
    Evaluation m_heldOut;
    QString m_message;
    QString m_modelPath;
};

} // namespace convlab

Q_DECLARE_METATYPE(convlab::TrainingProgress)
Q_DECLARE_METATYPE(convlab::FilterSnapshot)
