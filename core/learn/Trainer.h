// SPDX-License-Identifier: MIT
#pragma once

#include "learn/DigitDataset.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace convlab {

struct Architecture;
class Network;

enum class Optimiser {
    Sgd,  // with momentum 0.9 (Nesterov)
    Adam, // PyTorch's defaults besides the learning rate
};

// The learning rate is the peak of a cosine schedule that decays it to 0 over the run:
// large steps while the filters take shape, small ones to settle. The defaults reach 97 %
// held out on the fixed split (README, "Learned filters").
struct TrainingOptions {
    int epochs = 8;
    double learningRate = 0.05;
    int batchSize = 32;
    // Cross-entropy against 0.9 on the label and 0.01 elsewhere: the network stops pushing
    // scores of digits it already gets right, which generalises better on 4,000 digits.
    double labelSmoothing = 0.1;
    std::uint64_t seed = 1; // the order of the digits in each epoch
    int threads = 1;        // torch::set_num_threads; 1 gives the same weights on every run
    Optimiser optimiser = Optimiser::Sgd;

    static constexpr int kMaxEpochs = 1000;
    static constexpr int kMaxBatchSize = 4096;
    static constexpr int kMaxThreads = 64;
};

// Reported after every batch; at the end of an epoch with the held-out accuracy.
struct TrainingProgress {
    int epoch = 1; // 1-based, the epoch under way
    int epochs = 1;
    int batch = 0; // batches done in this epoch
    int batches = 0;
    double loss = 0;                       // mean cross-entropy over this epoch's batches so far
    double trainAccuracy = 0;              // over this epoch's batches so far, as they were trained
    std::optional<double> heldOutAccuracy; // at the end of an epoch (none without held-out set)
    bool epochEnd = false;
};

enum class TrainingRequest { Continue, Pause, Stop };

enum class TrainingOutcome {
    Finished, // every epoch done
    Paused,   // run() again resumes at the next batch
    Stopped,  // on request; the weights are those of the last batch
    Diverged, // the loss became NaN or infinite: the last good weights are kept, see message
};

struct TrainingResult {
    TrainingOutcome outcome = TrainingOutcome::Finished;
    std::string message; // why training diverged, empty otherwise
    int epochsDone = 0;
    std::optional<double> heldOutAccuracy; // after the last finished epoch
};

// Trains a Network on a DigitDataset's split, synchronously, so that the caller chooses the
// thread: the window runs it on a worker. Between batches it reports progress and asks
// `control` whether to go on, pause or stop. With one thread, the same network seed and
// options give the same weights, bit for bit.
class Trainer final {
  public:
    using ProgressCallback = std::function<void(const TrainingProgress&)>;
    using ControlCallback = std::function<TrainingRequest()>;

    // Refuses (Error naming the problem) an empty or one-class training set, indices outside
    // the dataset, a network for another input size, options out of range and a learning rate
    // that is not positive. `network` and `data` must outlive the trainer.
    Trainer(Network& network, const DigitDataset& data, DatasetSplit split,
            TrainingOptions options = {});
    // The constructor's refusals without its work (no tensors, no optimiser), for a caller that
    // builds the trainer on another thread: a network of `architecture` on the digits labelled
    // `labels` (by dataset index).
    static void check(const Architecture& architecture, std::span<const int> labels,
                      const DatasetSplit& split, const TrainingOptions& options);
    static int batchesPerEpoch(int trainingDigits, int batchSize);
    ~Trainer();
    Trainer(const Trainer&) = delete;
    Trainer& operator=(const Trainer&) = delete;

    // Throws Error only if libtorch fails (memory): a diverging loss is an outcome.
    TrainingResult run(const ProgressCallback& progress = {}, const ControlCallback& control = {});

    bool finished() const;
    const TrainingOptions& options() const { return m_options; }
    const DatasetSplit& split() const { return m_split; }
    int batchesPerEpoch() const;

  private:
    TrainingResult train(const ProgressCallback& progress, const ControlCallback& control);

    struct State; // libtorch's optimiser and the position in the run
    Network& m_network;
    const DigitDataset& m_data;
    DatasetSplit m_split;
    TrainingOptions m_options;
    std::unique_ptr<State> m_state;
};

} // namespace convlab
