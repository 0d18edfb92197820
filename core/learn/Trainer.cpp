// SPDX-License-Identifier: MIT
#include "learn/Trainer.h"

#include "Error.h"
#include "learn/Evaluation.h"
#include "learn/Network.h"
#include "learn/NetworkModule.h"
#include "learn/SeededShuffle.h"

#include <cmath>
#include <numbers>
#include <numeric>
#include <set>
#include <torch/nn/functional/loss.h>
#include <torch/optim/adam.h>
#include <torch/optim/sgd.h>

namespace convlab {
namespace {

std::string number(double value)
{
    char text[32];
    std::snprintf(text, sizeof text, "%g", value);
    return text;
}

// Made with a rate of 0: run() sets the scheduled rate before every step. (libtorch refuses
// a NaN rate here, where Python's optimisers accept it; the loss check handles it instead.)
std::unique_ptr<torch::optim::Optimizer> makeOptimiser(NetworkModuleImpl& module,
                                                       const TrainingOptions& options)
{
    if (options.optimiser == Optimiser::Adam)
        return std::make_unique<torch::optim::Adam>(module.parameters(),
                                                    torch::optim::AdamOptions(0.0));
    return std::make_unique<torch::optim::SGD>(
        module.parameters(), torch::optim::SGDOptions(0.0).momentum(0.9).nesterov(true));
}

// libtorch's own words, first line only: its messages carry a C++ backtrace after it.
std::string firstLine(const char* message)
{
    std::string text(message);
    return text.substr(0, text.find('\n'));
}

} // namespace

struct Trainer::State {
    std::unique_ptr<torch::optim::Optimizer> optimiser;
    torch::Tensor images; // the training digits, N×1×20×20, and their labels
    torch::Tensor labels;
    std::mt19937_64 rng;
    std::vector<std::int64_t> order;
    int epoch = 0; // 0-based, the epoch under way
    int batch = 0; // the next batch of that epoch
    long long step = 0;
    double lossSum = 0;
    long long seen = 0;
    long long correct = 0;
    std::vector<torch::Tensor> lastGood; // weights whose loss was finite
    bool finished = false;
    std::optional<double> heldOutAccuracy;
};

Trainer::Trainer(Network& network, const DigitDataset& data, DatasetSplit split,
                 TrainingOptions options)
    : m_network(network), m_data(data), m_split(std::move(split)), m_options(options)
{
    check(network.architecture(), data.labels(), m_split, m_options);
    m_state = std::make_unique<State>();
    m_state->images = data.images(m_split.train);
    m_state->labels = data.labels(m_split.train);
    m_state->optimiser = makeOptimiser(network.module(), m_options);
    m_state->rng.seed(m_options.seed);
    m_state->order.resize(m_split.train.size());
    std::iota(m_state->order.begin(), m_state->order.end(), 0);
}

Trainer::~Trainer() = default;

bool Trainer::finished() const
{
    return m_state->finished;
}

void Trainer::check(const Architecture& architecture, std::span<const int> labels,
                    const DatasetSplit& split, const TrainingOptions& options)
{
    requireWithin("epochs", options.epochs, 1, TrainingOptions::kMaxEpochs);
    requireWithin("batch size", options.batchSize, 1, TrainingOptions::kMaxBatchSize);
    requireWithin("threads", options.threads, 1, TrainingOptions::kMaxThreads);
    // A NaN (or too large) rate is let through: the loss check stops training, as it would for
    // any rate that makes the weights explode.
    require(options.labelSmoothing >= 0 && options.labelSmoothing < 1,
            "label smoothing " + number(options.labelSmoothing) + " must be in [0, 1)");
    require(!(options.learningRate <= 0),
            "learning rate " + number(options.learningRate) + " must be positive");
    require(architecture.inputSize == DigitDataset::kSide,
            "the network reads " + std::to_string(architecture.inputSize) +
                " pixel digits; the dataset's are " + std::to_string(DigitDataset::kSide));
    require(!split.train.empty(), "the training set is empty: add digits to train on");
    const auto size = static_cast<int>(labels.size());
    std::set<int> classes;
    for (const std::vector<int>* indices : {&split.train, &split.heldOut})
        for (const int index : *indices) {
            require(index >= 0 && index < size, "digit " + std::to_string(index) +
                                                    " is outside the dataset (" +
                                                    std::to_string(size) + " digits)");
            const int label = labels[static_cast<std::size_t>(index)];
            require(label < architecture.classes,
                    "digit label " + std::to_string(label) + " is not a class of the network (" +
                        std::to_string(architecture.classes) + " classes)");
            if (indices == &split.train)
                classes.insert(label);
        }
    require(classes.size() >= 2, "the training set has digits of class " +
                                     std::to_string(*classes.begin()) +
                                     " only: training needs at least two classes");
}

int Trainer::batchesPerEpoch(int trainingDigits, int batchSize)
{
    return (trainingDigits + batchSize - 1) / batchSize;
}

int Trainer::batchesPerEpoch() const
{
    return batchesPerEpoch(static_cast<int>(m_split.train.size()), m_options.batchSize);
}

TrainingResult Trainer::run(const ProgressCallback& progress, const ControlCallback& control)
{
    try {
        return train(progress, control);
    } catch (const c10::Error& e) {
        m_network.module().eval();
        throw Error("training failed: " + firstLine(e.what_without_backtrace()));
    }
}

TrainingResult Trainer::train(const ProgressCallback& progress, const ControlCallback& control)
{
    State& s = *m_state;
    NetworkModuleImpl& module = m_network.module();
    const auto result = [&](TrainingOutcome outcome, std::string message = {}) {
        return TrainingResult{outcome, std::move(message), s.epoch, s.heldOutAccuracy};
    };
    if (s.finished)
        return result(TrainingOutcome::Finished);

    torch::set_num_threads(m_options.threads);
    const int batches = batchesPerEpoch();
    const long long totalSteps = static_cast<long long>(batches) * m_options.epochs;
    const auto keepLastGood = [&] {
        const torch::NoGradGuard noGrad;
        const auto parameters = module.parameters();
        s.lastGood.resize(parameters.size());
        for (std::size_t i = 0; i < parameters.size(); ++i)
            s.lastGood[i] = parameters[i].detach().clone();
    };
    const auto diverge = [&](const std::string& loss) {
        const torch::NoGradGuard noGrad;
        auto parameters = module.parameters();
        for (std::size_t i = 0; i < s.lastGood.size(); ++i)
            parameters[i].copy_(s.lastGood[i]);
        module.eval();
        s.finished = true;
        return result(TrainingOutcome::Diverged,
                      "the loss became " + loss + " at epoch " + std::to_string(s.epoch + 1) +
                          ", batch " + std::to_string(s.batch + 1) +
                          ": training stopped and kept the last good weights; try a smaller "
                          "learning rate");
    };
    if (s.lastGood.empty())
        keepLastGood();

    module.train();
    while (s.epoch < m_options.epochs) {
        if (s.batch == 0) {
            seededShuffle(s.order, s.rng);
            s.lossSum = 0;
            s.seen = s.correct = 0;
        }
        while (s.batch < batches) {
            const TrainingRequest request = control ? control() : TrainingRequest::Continue;
            if (request != TrainingRequest::Continue) {
                module.eval();
                s.finished = request == TrainingRequest::Stop;
                return result(s.finished ? TrainingOutcome::Stopped : TrainingOutcome::Paused);
            }
            const std::size_t begin = static_cast<std::size_t>(s.batch) * m_options.batchSize;
            const std::size_t end =
                std::min(s.order.size(), begin + static_cast<std::size_t>(m_options.batchSize));
            const torch::Tensor picked = torch::from_blob(
                s.order.data() + begin, {static_cast<long>(end - begin)}, torch::kInt64);
            const torch::Tensor x = s.images.index_select(0, picked);
            const torch::Tensor y = s.labels.index_select(0, picked);

            const double schedule =
                0.5 * (1 + std::cos(std::numbers::pi * static_cast<double>(s.step) /
                                    static_cast<double>(totalSteps)));
            for (auto& group : s.optimiser->param_groups())
                group.options().set_lr(m_options.learningRate * schedule);
            s.optimiser->zero_grad();
            const torch::Tensor logits = module.forward(x);
            const torch::Tensor loss = torch::nn::functional::cross_entropy(
                logits, y,
                torch::nn::functional::CrossEntropyFuncOptions().label_smoothing(
                    m_options.labelSmoothing));
            const double value = loss.item<double>();
            if (!std::isfinite(value))
                return diverge(std::isnan(value) ? "NaN" : "infinite");
            keepLastGood(); // these weights gave a finite loss
            loss.backward();
            s.optimiser->step();

            s.lossSum += value * static_cast<double>(end - begin);
            s.seen += static_cast<long long>(end - begin);
            s.correct += logits.argmax(1).eq(y).sum().item<std::int64_t>();
            ++s.batch;
            ++s.step;
            if (progress)
                progress({s.epoch + 1,
                          m_options.epochs,
                          s.batch,
                          batches,
                          s.lossSum / static_cast<double>(s.seen),
                          static_cast<double>(s.correct) / static_cast<double>(s.seen),
                          {},
                          false});
        }
        // The last step's weights have not met a loss yet.
        if (!m_network.isFinite()) {
            --s.batch;
            return diverge("NaN");
        }
        module.eval();
        if (!m_split.heldOut.empty())
            s.heldOutAccuracy = Evaluation::of(m_network, m_data, m_split.heldOut).accuracy();
        module.train();
        ++s.epoch;
        s.batch = 0;
        if (progress)
            progress({s.epoch, m_options.epochs, batches, batches,
                      s.lossSum / static_cast<double>(s.seen),
                      static_cast<double>(s.correct) / static_cast<double>(s.seen),
                      s.heldOutAccuracy, true});
    }
    module.eval();
    s.finished = true;
    return result(TrainingOutcome::Finished);
}

} // namespace convlab
