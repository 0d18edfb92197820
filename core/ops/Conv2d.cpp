// SPDX-License-Identifier: MIT
#include "ops/Conv2d.h"

#include "Error.h"
#include "engine/CorrelationEngine.h"
#include "engine/FiniteCheck.h"
#include "geometry/ConvGeometry.h"
#include "ops/Padding.h"

#include <cmath>
#include <opencv2/core.hpp>
#include <opencv2/core/utility.hpp>
#include <string>
#include <vector>

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

// Padding with nothing to add is a copy: the engine reads the input where it lies instead.
cv::Mat paddedInput(const cv::Mat& input, const ConvParams& params)
{
    const Padding& p = params.padding;
    if (p.top == 0 && p.bottom == 0 && p.left == 0 && p.right == 0)
        return input;
    return padImage(input, p, params.paddingMode);
}

cv::Mat channel(const cv::Mat& m, int index)
{
    if (m.channels() == 1)
        return m;
    cv::Mat plane;
    cv::extractChannel(m, plane, index);
    return plane;
}

// Every case goes through the correlation engine (engine/CorrelationEngine.h), which picks
// direct, separable or FFT correlation for each plane: one correlation for a single channel,
// one per channel merged for a kernel applied per channel, one per channel summed (float) for a
// C-channel kernel giving one map.
cv::Mat correlatePlanes(const cv::Mat& padded, const cv::Mat& weights, const ConvParams& params)
{
    const CorrelationOptions options{params.stride, params.dilation, Engine::Auto};
    const int channels = padded.channels();
    if (channels == 1)
        return correlateValid(padded, weights, options);
    if (weights.channels() == 1) {
        std::vector<cv::Mat> maps;
        maps.reserve(static_cast<std::size_t>(channels));
        for (int c = 0; c < channels; ++c)
            maps.push_back(correlateValid(channel(padded, c), weights, options));
        cv::Mat merged;
        cv::merge(maps, merged);
        return merged;
    }
    cv::Mat sum = correlateValid(channel(padded, 0), channel(weights, 0), options);
    for (int c = 1; c < channels; ++c)
        sum += correlateValid(channel(padded, c), channel(weights, c), options);
    return sum;
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
    cv::Mat weights; // never flipped in place: the caller's kernel stays as it was
    if (params.trueConvolution)
        cv::flip(kernel, weights, -1);
    else
        weights = kernel;
    return correlatePlanes(paddedInput(input, params), weights, params);
}

} // namespace convlab
