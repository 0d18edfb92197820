// SPDX-License-Identifier: MIT
#include "learn/Network.h"

#include "Error.h"
#include "learn/DigitDataset.h"
#include "learn/NetworkModule.h"

#include <cmath>
#include <cstring>
#include <mutex>

namespace convlab {
namespace {

// torch::manual_seed sets the global generator that initialises the weights: two networks
// made at once on two threads would otherwise draw from each other's sequence.
std::mutex& initialisationMutex()
{
    static std::mutex mutex;
    return mutex;
}

std::shared_ptr<NetworkModuleImpl> seededModule(const Architecture& architecture,
                                                std::uint64_t seed)
{
    const std::lock_guard lock(initialisationMutex());
    torch::manual_seed(seed);
    return std::make_shared<NetworkModuleImpl>(architecture);
}

// One digit is read by the calling thread alone: under libtorch's OpenMP it would otherwise lead
// a team whose threads spin against a training worker (a GUI thread blocked for 200 ms on two
// loaded cores, seen in CI), for work far too small to share.
void readOnTheCallingThreadAlone()
{
    torch::set_num_threads(1);
}

// H×W CV_32FC(C) from a C×H×W tensor.
cv::Mat toMat(const torch::Tensor& chw)
{
    const torch::Tensor hwc = chw.permute({1, 2, 0}).contiguous();
    const int channels = static_cast<int>(hwc.size(2));
    cv::Mat m(static_cast<int>(hwc.size(0)), static_cast<int>(hwc.size(1)), CV_32FC(channels));
    std::memcpy(m.data, hwc.data_ptr<float>(), m.total() * m.elemSize());
    return m;
}

Prediction toPrediction(const torch::Tensor& probabilities)
{
    const torch::Tensor p = probabilities.contiguous();
    Prediction prediction;
    prediction.probabilities.assign(p.data_ptr<float>(), p.data_ptr<float>() + p.numel());
    prediction.digit = static_cast<int>(p.argmax().item<std::int64_t>());
    return prediction;
}

} // namespace

Network::Network(const Architecture& architecture, std::uint64_t seed)
    : Network(architecture, seededModule(architecture, seed))
{
}

Network::Network(const Architecture& architecture, std::shared_ptr<NetworkModuleImpl> module)
    : m_architecture(architecture), m_shapes(architecture), m_module(std::move(module))
{
    m_module->eval(); // no layer differs, but say so: training switches it on and off
}

Network::~Network() = default;
Network::Network(Network&&) noexcept = default;
Network& Network::operator=(Network&&) noexcept = default;

Network Network::clone() const
{
    auto copy = std::make_shared<NetworkModuleImpl>(m_architecture);
    const torch::NoGradGuard noGrad;
    const auto from = m_module->parameters();
    auto to = copy->parameters();
    for (std::size_t i = 0; i < from.size(); ++i)
        to[i].copy_(from[i]);
    return Network(m_architecture, std::move(copy));
}

void Network::requireDigit(const cv::Mat& digit) const
{
    const int side = m_architecture.inputSize;
    require(digit.type() == CV_32FC1 && digit.rows == side && digit.cols == side,
            "the network reads " + std::to_string(side) + "×" + std::to_string(side) +
                " grayscale digits, not " + std::to_string(digit.cols) + "×" +
                std::to_string(digit.rows) + (digit.channels() > 1 ? " in colour" : ""));
}

Prediction Network::predict(const cv::Mat& digit) const
{
    requireDigit(digit);
    readOnTheCallingThreadAlone();
    const torch::NoGradGuard noGrad;
    const cv::Mat pixels = digit.clone(); // continuous
    const torch::Tensor x =
        torch::from_blob(pixels.data, {1, 1, pixels.rows, pixels.cols}, torch::kFloat32);
    return toPrediction(m_module->predict(x)[0]);
}

std::vector<Prediction> Network::predict(const DigitDataset& data,
                                         std::span<const int> indices) const
{
    require(m_architecture.inputSize == DigitDataset::kSide,
            "the network reads " + std::to_string(m_architecture.inputSize) +
                " pixel digits; the dataset's are " + std::to_string(DigitDataset::kSide));
    const torch::NoGradGuard noGrad;
    std::vector<Prediction> predictions;
    predictions.reserve(indices.size());
    constexpr std::size_t kChunk = 500; // bounded memory for any number of digits
    for (std::size_t begin = 0; begin < indices.size(); begin += kChunk) {
        const auto chunk = indices.subspan(begin, std::min(kChunk, indices.size() - begin));
        const torch::Tensor p = m_module->predict(data.images(chunk));
        for (std::int64_t i = 0; i < p.size(0); ++i)
            predictions.push_back(toPrediction(p[i]));
    }
    return predictions;
}

std::vector<cv::Mat> Network::activations(const cv::Mat& digit) const
{
    requireDigit(digit);
    readOnTheCallingThreadAlone();
    const torch::NoGradGuard noGrad;
    const cv::Mat pixels = digit.clone();
    const torch::Tensor x =
        torch::from_blob(pixels.data, {1, 1, pixels.rows, pixels.cols}, torch::kFloat32);
    std::vector<cv::Mat> maps;
    for (const torch::Tensor& output : m_module->forwardAll(x))
        maps.push_back(output.dim() == 4 ? toMat(output[0]) : toMat(output[0].view({-1, 1, 1})));
    return maps;
}

std::vector<cv::Mat> Network::filters(int stage) const
{
    require(stage >= 0 && stage < static_cast<int>(m_architecture.stages.size()),
            "the network has no conv stage " + std::to_string(stage + 1));
    const torch::NoGradGuard noGrad;
    const torch::Tensor weight = m_module->conv(stage)->weight.detach();
    std::vector<cv::Mat> kernels;
    for (std::int64_t out = 0; out < weight.size(0); ++out)
        kernels.push_back(toMat(weight[out]));
    return kernels;
}

std::vector<float> Network::biases(int stage) const
{
    require(stage >= 0 && stage < static_cast<int>(m_architecture.stages.size()),
            "the network has no conv stage " + std::to_string(stage + 1));
    const torch::Tensor bias = m_module->conv(stage)->bias.detach().contiguous();
    return {bias.data_ptr<float>(), bias.data_ptr<float>() + bias.numel()};
}

std::vector<float> Network::parameters() const
{
    std::vector<float> values;
    for (const torch::Tensor& p : m_module->parameters()) {
        const torch::Tensor flat = p.detach().contiguous().view(-1);
        values.insert(values.end(), flat.data_ptr<float>(), flat.data_ptr<float>() + flat.numel());
    }
    return values;
}

bool Network::isFinite() const
{
    const torch::NoGradGuard noGrad;
    for (const torch::Tensor& p : m_module->parameters())
        if (!torch::isfinite(p).all().item<bool>())
            return false;
    return true;
}

} // namespace convlab
