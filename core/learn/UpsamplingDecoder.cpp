// SPDX-License-Identifier: MIT
#include "learn/UpsamplingDecoder.h"

#include "Error.h"
#include "learn/SeededShuffle.h"
#include "ops/Checkerboard.h"

#include <cmath>
#include <cstring>
#include <mutex>
#include <numeric>
#include <opencv2/imgproc.hpp>
#include <torch/nn/module.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/pimpl.h>
#include <torch/optim/adam.h>
#include <torch/types.h>

namespace convlab {
namespace {

class DecoderModuleImpl final : public torch::nn::Module {
  public:
    explicit DecoderModuleImpl(const DecoderOptions& o) : m_kind(o.kind)
    {
        using torch::nn::Conv2dOptions;
        using torch::nn::ConvTranspose2dOptions;
        const int c = o.channels;
        m_encode1 =
            register_module("encode1", torch::nn::Conv2d(Conv2dOptions(1, c, 3).padding(1)));
        m_encode2 = register_module(
            "encode2", torch::nn::Conv2d(Conv2dOptions(c, 2 * c, 3).stride(2).padding(1)));
        if (m_kind == DecoderKind::Transposed) {
            // (i−1)·2 − 2p + k + a = 2i with p = (k−1)/2 and a = k mod 2.
            const int p = (o.kernel - 1) / 2, a = o.kernel % 2;
            m_transposed1 = register_module(
                "decode1", torch::nn::ConvTranspose2d(ConvTranspose2dOptions(2 * c, c, o.kernel)
                                                          .stride(2)
                                                          .padding(p)
                                                          .output_padding(a)));
            m_transposed2 = register_module(
                "decode2",
                torch::nn::ConvTranspose2d(
                    ConvTranspose2dOptions(c, 1, o.kernel).stride(2).padding(p).output_padding(a)));
        } else {
            m_conv1 = register_module("decode1",
                                      torch::nn::Conv2d(Conv2dOptions(2 * c, c, 3).padding(1)));
            m_conv2 =
                register_module("decode2", torch::nn::Conv2d(Conv2dOptions(c, 1, 3).padding(1)));
        }
    }

    // N×1×10×10 → N×1×20×20.
    torch::Tensor forward(torch::Tensor x)
    {
        x = torch::relu(m_encode1->forward(x));
        x = torch::relu(m_encode2->forward(x));
        if (m_kind == DecoderKind::Transposed)
            return m_transposed2->forward(torch::relu(m_transposed1->forward(x)));
        x = torch::relu(m_conv1->forward(nearest2(x)));
        return m_conv2->forward(nearest2(x));
    }

  private:
    static torch::Tensor nearest2(const torch::Tensor& x)
    {
        return x.repeat_interleave(2, 2).repeat_interleave(2, 3);
    }

    DecoderKind m_kind;
    torch::nn::Conv2d m_encode1{nullptr}, m_encode2{nullptr}, m_conv1{nullptr}, m_conv2{nullptr};
    torch::nn::ConvTranspose2d m_transposed1{nullptr}, m_transposed2{nullptr};
};
TORCH_MODULE(DecoderModule);

// torch::manual_seed sets the global generator the weights are drawn from.
std::mutex& initialisationMutex()
{
    static std::mutex mutex;
    return mutex;
}

// N×1×H×W from single-channel maps of one size.
torch::Tensor stack(const std::vector<cv::Mat>& maps)
{
    const int rows = maps.front().rows, cols = maps.front().cols;
    torch::Tensor t = torch::empty({long(maps.size()), 1, rows, cols}, torch::kFloat32);
    for (std::size_t i = 0; i < maps.size(); ++i) {
        const cv::Mat m = maps[i].isContinuous() ? maps[i] : maps[i].clone();
        std::memcpy(t[long(i)].data_ptr<float>(), m.data, m.total() * sizeof(float));
    }
    return t;
}

cv::Mat toMat(const torch::Tensor& map) // H×W
{
    const torch::Tensor c = map.detach().contiguous();
    cv::Mat m(int(c.size(0)), int(c.size(1)), CV_32F);
    std::memcpy(m.data, c.data_ptr<float>(), m.total() * sizeof(float));
    return m;
}

double meanSquaredError(const cv::Mat& a, const cv::Mat& b)
{
    const double norm = cv::norm(a, b, cv::NORM_L2);
    return norm * norm / double(a.total());
}

} // namespace

struct UpsamplingDecoder::State {
    DecoderModule module{nullptr};
    std::unique_ptr<torch::optim::Adam> optimiser;
    torch::Tensor trainInputs, trainTargets; // N×1×10×10, N×1×20×20
    std::vector<cv::Mat> monitorInputs, monitorTargets;
    torch::Tensor monitorBatch;
    std::vector<std::int64_t> order;
    std::mt19937_64 rng;
    int epoch = 0;
};

std::string toString(DecoderKind kind)
{
    return kind == DecoderKind::Transposed ? "transposed" : "resize-conv";
}

DecoderKind decoderKindFromString(const std::string& name)
{
    if (name == "transposed")
        return DecoderKind::Transposed;
    if (name == "resize-conv")
        return DecoderKind::ResizeConv;
    throw Error("unknown decoder '" + name + "' (expected transposed or resize-conv)");
}

UpsamplingDecoder::UpsamplingDecoder(const DigitDataset& data, const DatasetSplit& split,
                                     DecoderOptions options)
    : m_options(options)
{
    const DecoderOptions& o = m_options;
    requireWithin("channels", o.channels, 1, DecoderOptions::kMaxChannels);
    requireWithin("kernel", o.kernel, 1, DecoderOptions::kMaxKernel);
    requireWithin("epochs", o.epochs, 1, DecoderOptions::kMaxEpochs);
    requireWithin("batch size", o.batchSize, 1, DecoderOptions::kMaxBatchSize);
    requireWithin("threads", o.threads, 1, DecoderOptions::kMaxThreads);
    requireWithin("training digits", o.trainDigits, 0, long(split.train.size()));
    requireWithin("monitored digits", o.monitorDigits, 1, long(split.heldOut.size()));
    requireWithin("samples", o.samples, 0, o.monitorDigits);
    require(o.learningRate > 0 && std::isfinite(o.learningRate),
            "learning rate " + std::to_string(o.learningRate) + " must be positive");
    for (const std::vector<int>* indices : {&split.train, &split.heldOut})
        for (const int index : *indices)
            require(index >= 0 && index < data.size(),
                    "digit " + std::to_string(index) + " is outside the dataset (" +
                        std::to_string(data.size()) + " digits)");

    m_state = std::make_unique<State>();
    State& s = *m_state;
    {
        const std::lock_guard lock(initialisationMutex());
        torch::manual_seed(o.seed);
        s.module = DecoderModule(o);
    }
    s.module->eval();
    s.optimiser = std::make_unique<torch::optim::Adam>(s.module->parameters(),
                                                       torch::optim::AdamOptions(o.learningRate));
    s.rng.seed(o.seed);

    // The training digits: a seeded draw from the split's, all of them when trainDigits is 0.
    std::vector<int> train = split.train;
    seededShuffle(train, s.rng);
    if (o.trainDigits > 0)
        train.resize(std::size_t(o.trainDigits));
    std::vector<cv::Mat> inputs, targets;
    for (const int index : train) {
        targets.push_back(data.image(index));
        inputs.push_back(downscale(targets.back()));
    }
    s.trainInputs = stack(inputs);
    s.trainTargets = stack(targets);
    s.order.resize(train.size());
    std::iota(s.order.begin(), s.order.end(), 0);

    for (int i = 0; i < o.monitorDigits; ++i) {
        s.monitorTargets.push_back(data.image(split.heldOut[std::size_t(i)]));
        s.monitorInputs.push_back(downscale(s.monitorTargets.back()));
    }
    s.monitorBatch = stack(s.monitorInputs);
}

UpsamplingDecoder::~UpsamplingDecoder() = default;

cv::Mat UpsamplingDecoder::downscale(const cv::Mat& digit)
{
    require(digit.type() == CV_32FC1 && digit.rows == DigitDataset::kSide &&
                digit.cols == DigitDataset::kSide,
            "the decoder reads 20×20 grayscale digits, not " + std::to_string(digit.cols) + "×" +
                std::to_string(digit.rows));
    cv::Mat small;
    cv::resize(digit, small, cv::Size(kSmallSide, kSmallSide), 0, 0, cv::INTER_AREA);
    return small;
}

cv::Mat UpsamplingDecoder::upsample(const cv::Mat& small) const
{
    require(small.type() == CV_32FC1 && small.rows == kSmallSide && small.cols == kSmallSide,
            "the decoder upsamples 10×10 grayscale images, not " + std::to_string(small.cols) +
                "×" + std::to_string(small.rows));
    const torch::NoGradGuard noGrad;
    return toMat(m_state->module->forward(stack({small}))[0][0]);
}

int UpsamplingDecoder::epoch() const
{
    return m_state->epoch;
}

DecoderEpoch UpsamplingDecoder::trainEpoch()
{
    State& s = *m_state;
    torch::set_num_threads(m_options.threads);
    seededShuffle(s.order, s.rng);
    s.module->train();
    double lossSum = 0;
    const std::size_t size = s.order.size(), batch = std::size_t(m_options.batchSize);
    for (std::size_t begin = 0; begin < size; begin += batch) {
        const std::size_t end = std::min(size, begin + batch);
        const torch::Tensor picked =
            torch::from_blob(s.order.data() + begin, {long(end - begin)}, torch::kInt64);
        const torch::Tensor output = s.module->forward(s.trainInputs.index_select(0, picked));
        const torch::Tensor loss = (output - s.trainTargets.index_select(0, picked)).pow(2).mean();
        const double value = loss.item<double>();
        require(std::isfinite(value), "the decoder's loss became " + std::to_string(value) +
                                          " at epoch " + std::to_string(s.epoch + 1) +
                                          ": try a smaller learning rate");
        s.optimiser->zero_grad();
        loss.backward();
        s.optimiser->step();
        lossSum += value * double(end - begin);
    }
    s.module->eval();
    ++s.epoch;
    DecoderEpoch result = measure();
    result.trainLoss = lossSum / double(size);
    return result;
}

DecoderEpoch UpsamplingDecoder::measure() const
{
    State& s = *m_state; // forward() is not const, though it changes nothing here
    const torch::NoGradGuard noGrad;
    const torch::Tensor outputs = s.module->forward(s.monitorBatch);
    DecoderEpoch result;
    result.epoch = s.epoch;
    for (std::size_t i = 0; i < s.monitorTargets.size(); ++i) {
        const cv::Mat output = toMat(outputs[long(i)][0]);
        result.heldOutLoss += meanSquaredError(output, s.monitorTargets[i]);
        result.checkerboardEnergy += checkerboardEnergy(output, {2, 2});
        if (int(i) < m_options.samples)
            result.samples.push_back(output);
    }
    result.heldOutLoss /= double(s.monitorTargets.size());
    result.checkerboardEnergy /= double(s.monitorTargets.size());
    return result;
}

long long UpsamplingDecoder::parameters() const
{
    long long count = 0;
    for (const torch::Tensor& p : m_state->module->parameters())
        count += p.numel();
    return count;
}

double UpsamplingDecoder::targetEnergy() const
{
    double sum = 0;
    for (const cv::Mat& target : m_state->monitorTargets)
        sum += checkerboardEnergy(target, {2, 2});
    return sum / double(m_state->monitorTargets.size());
}

double UpsamplingDecoder::bilinearLoss() const
{
    double sum = 0;
    for (std::size_t i = 0; i < m_state->monitorInputs.size(); ++i) {
        cv::Mat up;
        cv::resize(m_state->monitorInputs[i], up,
                   cv::Size(DigitDataset::kSide, DigitDataset::kSide), 0, 0, cv::INTER_LINEAR);
        sum += meanSquaredError(up, m_state->monitorTargets[i]);
    }
    return sum / double(m_state->monitorInputs.size());
}

std::vector<cv::Mat> UpsamplingDecoder::sampleInputs() const
{
    return {m_state->monitorInputs.begin(), m_state->monitorInputs.begin() + m_options.samples};
}

std::vector<cv::Mat> UpsamplingDecoder::sampleTargets() const
{
    return {m_state->monitorTargets.begin(), m_state->monitorTargets.begin() + m_options.samples};
}

} // namespace convlab
