// SPDX-License-Identifier: MIT
#pragma once

#include "document/OwnDigit.h"
#include "learn/Architecture.h"
#include "learn/DigitDataset.h"
#include "learn/Evaluation.h"
#include "learn/Trainer.h"
#include "session/Outcome.h"

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
struct ModelRead;
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
// (network(), filters()), so it never waits for a batch. A model file is read and evaluated on
// the same worker (beginOpenModel).
// The student's own digits (setOwnDigits) join the training digits of the next fresh run,
// after the split's: the held-out digits stay the split's, so accuracies still compare.
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
    // The student's digits for the next fresh run (start() when not paused); a run under way
    // keeps those it started with. Each must satisfy OwnDigits::problemWith (start() refuses
    // otherwise, naming the digit).
    void setOwnDigits(std::vector<OwnDigit> digits);
    const std::vector<OwnDigit>& ownDigits() const { return m_ownDigits; }
    // How many own digits the current or last run trains on (0 before any run, and for a model
    // opened from a file), and how many digits it trains on in all.
    int ownDigitsInRun() const { return m_ownInRun; }
    int trainingDigitsInRun() const { return m_trainingInRun; }
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
    // PyTorch reads too).
    Outcome saveModel(const QString& path);
    // A model file's network in place of this one: read and evaluated on the held-out digits
    // on the worker, so the window stays responsive; modelOpened() reports how it went. On
    // success it stops any paused run, becomes network() with its architecture and the state
    // is Opened. A file that cannot be read, or whose network cannot read these digits, is
    // refused with a message naming the file and the problem; nothing changes then. Refused
    // at once while a run trains (pause or stop it first). A later open, start() or reset()
    // makes an open still under way come to nothing (modelOpened is not emitted for it).
    void beginOpenModel(const QString& path);
    bool isOpening() const { return m_opening; }
    // The same, waiting for the worker (the command line and tests), without emitting
    // modelOpened.
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
    void openingChanged(bool opening);
    void modelOpened(const convlab::Outcome& outcome);

  private:
    struct Run; // the network being trained, its Trainer and the worker's flags
    void setState(State state);
    void publishInitialWeights();
    // A new run from the settings and the own digits, refused here in words (false, failed())
    // if its Trainer would refuse it; the worker builds it.
    bool plan();
    void updateProgress(const TrainingProgress& progress);
    void updateNetwork(const FilterSnapshot& filters, std::shared_ptr<const Network> network);
    void onWorkerFinished(const RunEnd& end);
    // Makes any open under way come to nothing.
    void cancelOpening();
    void setOpening(bool opening);
    Outcome applyModel(const QString& path, ModelRead read);
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
    std::vector<OwnDigit> m_ownDigits;
    int m_ownInRun = 0;
    int m_trainingInRun = 0;
    bool m_opening = false;   // while a beginOpenModel's file is being read
    quint64 m_openTicket = 0; // the open whose result counts
};

} // namespace convlab

Q_DECLARE_METATYPE(convlab::TrainingProgress)
Q_DECLARE_METATYPE(convlab::FilterSnapshot)
