// SPDX-License-Identifier: MIT
#include "ops/Conv2d.h"

#include "Error.h"
#include "engine/FiniteCheck.h"
#include "geometry/ConvGeometry.h"
#include "ops/Padding.h"

#include <cmath>
#include <opencv2/core.hpp>
#include <opencv2/core/utility.hpp>
#include <string>

namespace convlab {
namespace {

std::string typeName(const cv::Mat& m)
{
    return cv::typeToString(m.type());
}

ConvGeometry2d geometryOf(const cv::Mat& input, const cv::Mat& kernel, const ConvParams& params)
{
    return {{input.rows, input.cols},
            {kernel.rows, kernel.cols},
            params.stride,
            params.padding,
            params.dilation};
}

// Output channels: one map, unless a single-channel kernel is applied to each input channel.
int outputChannels(const cv::Mat& input, const cv::Mat& kernel)
{
    return kernel.channels() == 1 ? input.channels() : 1;
}

// The reference engine: one pass over the outputs of `padded` (already bordered), each output
// row accumulated in float tap by tap, so the cost is outputs × taps whatever the stride.
cv::Mat directConv2d(const cv::Mat& padded, const cv::Mat& kernel, Pair stride, Pair dilation,
                     Pair outputSize)
{
    const int channels = padded.channels();
    const int outChannels = outputChannels(padded, kernel);
    const bool kernelPerChannel = kernel.channels() == channels; // else one weight for all
    cv::Mat output = cv::Mat::zeros(outputSize.rows, outputSize.cols, CV_32FC(outChannels));
    const cv::Mat taps = kernel.isContinuous() ? kernel : kernel.clone();
    const float* weights = taps.ptr<float>();

    const int cols = outputSize.cols;
    const int sourceStep = stride.cols * channels; // floats between two outputs' first reads
    cv::parallel_for_(cv::Range(0, outputSize.rows), [&](const cv::Range& rows) {
        for (int i = rows.start; i < rows.end; ++i) {
            float* out = output.ptr<float>(i);
            for (int u = 0; u < kernel.rows; ++u) {
                const float* inRow = padded.ptr<float>(i * stride.rows + u * dilation.rows);
                for (int v = 0; v < kernel.cols; ++v) {
                    const float* tap = weights + (u * kernel.cols + v) * kernel.channels();
                    for (int c = 0; c < channels; ++c) {
                        const float w = tap[kernelPerChannel ? c : 0];
                        const float* src = inRow + v * dilation.cols * channels + c;
                        float* dst = out + (outChannels == 1 ? 0 : c);
                        if (sourceStep == 1 && outChannels == 1) {
                            for (int j = 0; j < cols; ++j) // contiguous: vectorised
                                dst[j] += src[j] * w;
                        } else {
                            for (int j = 0; j < cols; ++j)
                                dst[j * outChannels] += src[j * sourceStep] * w;
                        }
                    }
                }
            }
        }
    });
    return output;
}

} // namespace

void requireFinite(const cv::Mat& m, const char* what)
{
    if (m.empty() || (m.depth() != CV_32F && m.depth() != CV_64F))
        return; // integers are always finite
    if (m.depth() == CV_32F && allFinite(m))
        return; // the usual case: one fast pass; the slow one below only finds the cell
    const int channels = m.channels();
    for (int r = 0; r < m.rows; ++r)
        for (int i = 0; i < m.cols * channels; ++i) {
            const double value = m.depth() == CV_32F ? m.ptr<float>(r)[i] : m.ptr<double>(r)[i];
            if (std::isfinite(value))
                continue;
            const std::string kind = std::isnan(value) ? "a NaN" : "an infinite value";
            const std::string channel =
                channels == 1 ? std::string() : ", channel " + std::to_string(i % channels);
            throw Error(std::string(what) + " has " + kind + " at (row " + std::to_string(r) +
                        ", col " + std::to_string(i / channels) + channel + ")");
        }
}

void validateConv(const cv::Mat& input, const cv::Mat& kernel, const ConvParams& params)
{
    require(!input.empty(), "the input is empty");
    require(!kernel.empty(), "the kernel is empty");
    require(input.depth() == CV_32F,
            "convolution takes float32 data; the input is " + typeName(input));
    require(kernel.depth() == CV_32F,
            "convolution takes float32 data; the kernel is " + typeName(kernel));
    require(kernel.channels() == 1 || kernel.channels() == input.channels(),
            "the kernel has " + std::to_string(kernel.channels()) + " channels but the input has " +
                std::to_string(input.channels()) + "; give it 1 or " +
                std::to_string(input.channels()));
    geometryOf(input, kernel, params).convOutput();
    requirePaddable(input.size(), params.padding, params.paddingMode);
    requireFinite(input, "input");
    requireFinite(kernel, "kernel");
}

cv::Mat conv2d(const cv::Mat& input, const cv::Mat& kernel, const ConvParams& params)
{
    validateConv(input, kernel, params);
    const Pair outputSize = geometryOf(input, kernel, params).convOutput();
    cv::Mat weights; // never flipped in place: the caller's kernel stays as it was
    if (params.trueConvolution)
        cv::flip(kernel, weights, -1);
    else
        weights = kernel;
    const cv::Mat padded = padImage(input, params.padding, params.paddingMode);
    return directConv2d(padded, weights, params.stride, params.dilation, outputSize);
}

} // namespace convlab
