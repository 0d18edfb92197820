// SPDX-License-Identifier: MIT
#include "ops/ConvGradient.h"

#include "Error.h"
#include "geometry/ConvGeometry.h"
#include "ops/TransposedConv.h"

#include <limits>
#include <string>

namespace convlab {
namespace {

std::string shape(int rows, int cols, int channels)
{
    return std::to_string(rows) + "×" + std::to_string(cols) + "×" + std::to_string(channels);
}

cv::Mat plane(const cv::Mat& m, int channel)
{
    if (m.channels() == 1)
        return m;
    cv::Mat p;
    cv::extractChannel(m, p, channel);
    return p;
}

// The layer's geometry; δ must have the conv's output size.
ConvGeometry2d layerGeometry(Pair inputShape, Pair kernelShape, const cv::Mat& delta,
                             const ConvParams& layer)
{
    require(layer.paddingMode == PaddingMode::Zeros && !layer.trueConvolution,
            "the gradient is worked out for zero-padded cross-correlation only");
    const ConvGeometry2d geometry{inputShape, kernelShape, layer.stride, layer.padding,
                                  layer.dilation};
    const Pair out = geometry.convOutput(); // throws Error naming the numbers
    require(!delta.empty() && delta.depth() == CV_32F && delta.rows == out.rows &&
                delta.cols == out.cols,
            "δ must be the layer's output, " + std::to_string(out.rows) + "×" +
                std::to_string(out.cols) + " float32; it is " + std::to_string(delta.rows) + "×" +
                std::to_string(delta.cols) + " " + cv::typeToString(delta.type()));
    return geometry;
}

// The output padding a that makes the transposed convolution give back `input` cells:
// the conv ignored the last (i + p − d(k−1) − 1) mod s cells of the padded input.
int outputPaddingFor(const AxisGeometry& axis, int outputs)
{
    return axis.input - ((outputs - 1) * axis.stride - axis.padBefore - axis.padAfter +
                         axis.dilation * (axis.kernel - 1) + 1);
}

} // namespace

cv::Mat convInputGradient(const cv::Mat& delta, const std::vector<cv::Mat>& filters,
                          Pair inputShape, const ConvParams& layer)
{
    require(!filters.empty(), "the layer has no filters");
    const cv::Mat& first = filters.front();
    const ConvGeometry2d geometry =
        layerGeometry(inputShape, {first.rows, first.cols}, delta, layer);
    const int inChannels = first.channels();
    require(delta.channels() == static_cast<int>(filters.size()),
            "δ has " + std::to_string(delta.channels()) + " channels for " +
                std::to_string(int(filters.size())) + " filters");
    for (const cv::Mat& w : filters)
        require(w.type() == first.type() && w.size() == first.size(),
                "every filter must be " + shape(first.rows, first.cols, inChannels) + " float32");

    TransposedParams params;
    params.stride = layer.stride;
    params.padding = layer.padding;
    params.dilation = layer.dilation;
    params.outputPadding = {outputPaddingFor(geometry.rows(), delta.rows),
                            outputPaddingFor(geometry.cols(), delta.cols)};

    std::vector<cv::Mat> planes;
    for (int c = 0; c < inChannels; ++c) {
        cv::Mat sum = cv::Mat::zeros(inputShape.rows, inputShape.cols, CV_32F);
        for (int o = 0; o < delta.channels(); ++o)
            sum += transposedConv2d(plane(delta, o), plane(filters[std::size_t(o)], c), params);
        planes.push_back(sum);
    }
    cv::Mat gradient;
    cv::merge(planes, gradient);
    return gradient;
}

std::vector<cv::Mat> convWeightGradient(const cv::Mat& input, const cv::Mat& delta,
                                        Pair kernelShape, const ConvParams& layer)
{
    require(!input.empty() && input.depth() == CV_32F, "the layer's input must be float32");
    layerGeometry({input.rows, input.cols}, kernelShape, delta, layer);
    // Tap (u, v) of filter o reads x_pad[i·s + u·d, j·s + v·d] at every output (i, j), times
    // δ_o[i, j]: a correlation of x with δ_o dilated by s, sliding by d. It may give a few
    // more than k positions per axis (the cells a stride skips); the first k are the taps.
    ConvParams params;
    params.stride = layer.dilation;
    params.dilation = layer.stride;
    params.padding = layer.padding;
    const cv::Rect taps(0, 0, kernelShape.cols, kernelShape.rows);
    std::vector<cv::Mat> gradients;
    for (int o = 0; o < delta.channels(); ++o)
        gradients.push_back(conv2d(input, plane(delta, o), params)(taps).clone());
    return gradients;
}

std::vector<float> convBiasGradient(const cv::Mat& delta)
{
    require(!delta.empty() && delta.depth() == CV_32F, "δ must be float32");
    std::vector<float> sums;
    for (int o = 0; o < delta.channels(); ++o) {
        double sum = 0;
        const cv::Mat p = plane(delta, o);
        for (int r = 0; r < p.rows; ++r)
            for (int c = 0; c < p.cols; ++c)
                sum += p.at<float>(r, c);
        sums.push_back(static_cast<float>(sum));
    }
    return sums;
}

PoolSwitches maxPoolWithSwitches(const cv::Mat& input, const PoolParams& params)
{
    require(params.mode == PoolMode::Max, "switches are recorded by max pooling only");
    PoolSwitches result;
    result.pooled = pool2d(input, params); // validates
    const int channels = input.channels();
    result.switches.create(result.pooled.rows, result.pooled.cols, CV_32SC(channels));
    for (int i = 0; i < result.pooled.rows; ++i)
        for (int j = 0; j < result.pooled.cols; ++j)
            for (int ch = 0; ch < channels; ++ch) {
                float best = -std::numeric_limits<float>::infinity();
                int where = -1;
                for (int u = 0; u < params.size.rows; ++u) {
                    const int r = i * params.stride.rows + u - params.padding.top;
                    if (r < 0 || r >= input.rows)
                        continue;
                    for (int v = 0; v < params.size.cols; ++v) {
                        const int c = j * params.stride.cols + v - params.padding.left;
                        if (c < 0 || c >= input.cols)
                            continue;
                        const float value = input.ptr<float>(r)[c * channels + ch];
                        if (where < 0 || value > best) { // strictly: the first maximum stays
                            best = value;
                            where = r * input.cols + c;
                        }
                    }
                }
                result.switches.ptr<int>(i)[j * channels + ch] = where;
            }
    return result;
}

cv::Mat maxUnpool(const cv::Mat& values, const cv::Mat& switches, cv::Size inputSize)
{
    const int channels = values.channels();
    require(values.depth() == CV_32F && switches.type() == CV_32SC(channels) &&
                switches.size() == values.size(),
            "unpooling needs float32 values and int32 switches of the same shape");
    cv::Mat output = cv::Mat::zeros(inputSize, CV_32FC(channels));
    const int cells = inputSize.area();
    for (int i = 0; i < values.rows; ++i)
        for (int j = 0; j < values.cols; ++j)
            for (int ch = 0; ch < channels; ++ch) {
                const int where = switches.ptr<int>(i)[j * channels + ch];
                require(where >= 0 && where < cells, "switch " + std::to_string(where) +
                                                         " is outside the " +
                                                         std::to_string(inputSize.height) + "×" +
                                                         std::to_string(inputSize.width) + " map");
                output.ptr<float>(where /
                                  inputSize.width)[(where % inputSize.width) * channels + ch] +=
                    values.ptr<float>(i)[j * channels + ch];
            }
    return output;
}

} // namespace convlab
