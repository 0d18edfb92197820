// SPDX-License-Identifier: MIT
#include "learn/Backward.h"

#include "Error.h"
#include "geometry/ConvGeometry.h"
#include "learn/Network.h"
#include "learn/NetworkModule.h"
#include "ops/ConvGradient.h"
#include "ops/ConvMatrix.h"

#include <cstring>
#include <torch/autograd.h>

namespace convlab {
namespace {

// 1×C×H×W from H×W CV_32FC(C), a copy.
torch::Tensor toTensor(const cv::Mat& hwc)
{
    const cv::Mat m = hwc.clone(); // continuous
    return torch::from_blob(m.data, {1, m.rows, m.cols, m.channels()}, torch::kFloat32)
        .permute({0, 3, 1, 2})
        .clone();
}

// H×W CV_32FC(C) from C×H×W.
cv::Mat toMat(const torch::Tensor& chw)
{
    const torch::Tensor hwc = chw.detach().permute({1, 2, 0}).contiguous();
    const int channels = static_cast<int>(hwc.size(2));
    cv::Mat m(static_cast<int>(hwc.size(0)), static_cast<int>(hwc.size(1)), CV_32FC(channels));
    std::memcpy(m.data, hwc.data_ptr<float>(), m.total() * m.elemSize());
    return m;
}

std::vector<float> toVector(const torch::Tensor& t)
{
    const torch::Tensor flat = t.detach().contiguous().view(-1);
    return {flat.data_ptr<float>(), flat.data_ptr<float>() + flat.numel()};
}

double largestDifference(const cv::Mat& a, const cv::Mat& b)
{
    return cv::norm(a.reshape(1), b.reshape(1), cv::NORM_INF);
}

double largestMagnitude(const cv::Mat& a)
{
    return cv::norm(a.reshape(1), cv::NORM_INF);
}

void requireDigit(const Network& network, const cv::Mat& digit)
{
    const int side = network.architecture().inputSize;
    require(digit.type() == CV_32FC1 && digit.rows == side && digit.cols == side,
            "the network reads " + std::to_string(side) + "×" + std::to_string(side) +
                " grayscale digits, not " + std::to_string(digit.cols) + "×" +
                std::to_string(digit.rows) + (digit.channels() > 1 ? " in colour" : ""));
    requireFinite(digit, "the digit");
}

// libtorch's own words, first line only: its messages carry a C++ backtrace after it.
template <typename Compute> auto translatingTorchErrors(Compute compute)
{
    try {
        const torch::AutoGradMode gradients(true);
        return compute();
    } catch (const c10::Error& e) {
        const std::string text = e.what_without_backtrace();
        throw Error("the gradient failed: " + text.substr(0, text.find('\n')));
    }
}

} // namespace

int selectedLayer(const ShapeTable& shapes, const UnitSelection& selection)
{
    const std::vector<LayerShape>& layers = shapes.layers();
    int index = 0;
    while (index < int(layers.size()) && layers[std::size_t(index)].name != selection.layer)
        ++index;
    require(index < int(layers.size()), "the network has no layer " + selection.layer);
    const LayerShape& layer = layers[std::size_t(index)];
    require(layer.kind != LayerKind::Linear,
            "layer " + layer.name + " has no feature maps: choose a conv, relu or pool layer");
    require(selection.channel >= 0 && selection.channel < layer.channels,
            "layer " + layer.name + " has " + std::to_string(layer.channels) +
                " feature maps: " + std::to_string(selection.channel) + " is not one of 0 to " +
                std::to_string(layer.channels - 1));
    if (selection.unit) {
        const cv::Point u = *selection.unit;
        require(u.x >= 0 && u.y >= 0 && u.x < layer.size && u.y < layer.size,
                "unit (row " + std::to_string(u.y) + ", col " + std::to_string(u.x) +
                    ") is outside layer " + layer.name + "'s " + std::to_string(layer.size) + "×" +
                    std::to_string(layer.size) + " maps");
    }
    return index;
}

LayerGradient layerGradient(const Network& network, const cv::Mat& digit, int label, int stage)
{
    const Architecture& architecture = network.architecture();
    require(stage >= 0 && stage < int(architecture.stages.size()),
            "the network has no conv stage " + std::to_string(stage + 1));
    require(label >= 0 && label < architecture.classes,
            "label " + std::to_string(label) + " is not a class of the network (0 to " +
                std::to_string(architecture.classes - 1) + ")");
    requireDigit(network, digit);
    NetworkModuleImpl& module = network.module();

    LayerGradient result;
    result.stage = stage;
    result.label = label;
    const ConvStage& conv = architecture.stages[std::size_t(stage)];
    result.layer.stride = {conv.stride, conv.stride};
    result.layer.padding = Padding::uniform(conv.padding);

    translatingTorchErrors([&] {
        // The network's forward pass (NetworkModuleImpl::forward), with the stage's input made
        // a leaf of its own and its output kept, so that autograd reports the gradient there.
        torch::Tensor x = toTensor(digit);
        torch::Tensor stageInput, stageOutput;
        for (int s = 0; s < int(architecture.stages.size()); ++s) {
            if (s == stage)
                stageInput = x = x.detach().requires_grad_(true);
            const torch::Tensor y = module.conv(s)->forward(x);
            if (s == stage)
                stageOutput = y;
            x = torch::relu(y);
            if (const int pool = architecture.stages[std::size_t(s)].pool; pool > 1)
                x = torch::max_pool2d(x, pool);
        }
        const torch::Tensor scores = module.linear()->forward(x.flatten(1));
        const torch::Tensor loss = -torch::log_softmax(scores, 1)[0][label];
        torch::nn::Conv2d& layer = module.conv(stage);
        // autograd::grad, not backward(): the parameters' .grad, which training uses, stay.
        const std::vector<torch::Tensor> grads =
            torch::autograd::grad({loss}, {stageInput, stageOutput, layer->weight, layer->bias});

        result.loss = loss.item<double>();
        result.input = toMat(stageInput[0]);
        result.output = toMat(stageOutput[0]);
        result.delta = toMat(grads[1][0]);
        result.inputGradient = toMat(grads[0][0]);
        for (std::int64_t o = 0; o < grads[2].size(0); ++o)
            result.weightGradient.push_back(toMat(grads[2][o]));
        result.biasGradient = toVector(grads[3]);
        return 0;
    });

    // ConvLab's side: no autograd, the transposed convolution and the correlation.
    result.transposedDelta = convInputGradient(
        result.delta, network.filters(stage), {result.input.rows, result.input.cols}, result.layer);
    result.inputDifference = largestDifference(result.inputGradient, result.transposedDelta);
    result.inputGradientScale = largestMagnitude(result.inputGradient);
    result.inputCorrelation =
        convWeightGradient(result.input, result.delta, {conv.kernel, conv.kernel}, result.layer);
    for (std::size_t o = 0; o < result.weightGradient.size(); ++o) {
        result.filterDifference.push_back(
            largestDifference(result.weightGradient[o], result.inputCorrelation[o]));
        result.weightDifference = std::max(result.weightDifference, result.filterDifference.back());
        result.weightGradientScale =
            std::max(result.weightGradientScale, largestMagnitude(result.weightGradient[o]));
    }
    return result;
}

Backward1d backward1d(const std::vector<float>& x, const std::vector<float>& kernel, int stride,
                      int padding, int dilation, const std::vector<float>& target)
{
    require(!x.empty(), "the signal x is empty");
    require(!kernel.empty(), "the kernel w is empty");
    const AxisGeometry axis{int(x.size()), int(kernel.size()), stride, padding,
                            padding,       dilation,           0};
    const int outputs = convOutputSize(axis); // throws Error naming the numbers
    require(target.empty() || int(target.size()) == outputs,
            "the target has " + std::to_string(long(target.size())) + " values; y has " +
                std::to_string(outputs));
    const cv::Mat xMat(x, true), wMat(kernel, true);
    require(cv::checkRange(xMat) && cv::checkRange(wMat) && cv::checkRange(cv::Mat(target, true)),
            "x, w and the target must be finite");

    // ConvLab's side, the numbers the Matrix page shows: W, y = Wx, δ = y − t, L and Wᵀδ.
    Backward1d result;
    result.W = convMatrix(wMat.reshape(1, 1), {1, int(x.size())}, {1, stride},
                          Padding{0, 0, padding, padding}, {1, dilation});
    const SquaredErrorBackward matrix =
        squaredErrorBackward(result.W, xMat, target.empty() ? cv::Mat() : cv::Mat(target, true));
    result.y.assign(matrix.y.begin<float>(), matrix.y.end<float>());
    result.delta.assign(matrix.delta.begin<float>(), matrix.delta.end<float>());
    result.loss = matrix.loss;
    result.wTdelta.assign(matrix.gradient.begin<float>(), matrix.gradient.end<float>());

    // Autograd's side: the same loss through libtorch's conv1d, differentiated.
    translatingTorchErrors([&] {
        const torch::Tensor xt =
            torch::from_blob(xMat.data, {1, 1, long(x.size())}, torch::kFloat32)
                .clone()
                .requires_grad_(true);
        const torch::Tensor wt =
            torch::from_blob(wMat.data, {1, 1, long(kernel.size())}, torch::kFloat32).clone();
        const torch::Tensor y = torch::conv1d(xt, wt, {}, stride, padding, dilation);
        torch::Tensor t = torch::zeros_like(y);
        if (!target.empty())
            t = torch::tensor(target).view({1, 1, -1});
        const torch::Tensor loss = 0.5 * (y - t).pow(2).sum();
        result.gradient = toVector(torch::autograd::grad({loss}, {xt})[0]);
        result.autogradY = toVector(y);
        result.autogradLoss = loss.item<double>();
        return 0;
    });
    for (std::size_t i = 0; i < x.size(); ++i)
        result.difference =
            std::max(result.difference, double(std::abs(result.gradient[i] - result.wTdelta[i])));
    return result;
}

cv::Mat gradientSaliency(const Network& network, const cv::Mat& digit,
                         const UnitSelection& selection)
{
    const int selected = selectedLayer(network.shapes(), selection);
    requireDigit(network, digit);
    return translatingTorchErrors([&] {
        const torch::Tensor x = toTensor(digit).requires_grad_(true);
        const torch::Tensor a = network.module().forwardAll(x)[std::size_t(selected)];
        // The seed: the selected activations themselves, zero everywhere else.
        torch::Tensor seed = torch::zeros_like(a);
        const torch::Tensor map = a.detach()[0][selection.channel];
        if (selection.unit)
            seed[0][selection.channel][selection.unit->y][selection.unit->x] =
                map[selection.unit->y][selection.unit->x];
        else
            seed[0][selection.channel] = map;
        return toMat(torch::autograd::grad({a}, {x}, {seed})[0][0]);
    });
}

} // namespace convlab
