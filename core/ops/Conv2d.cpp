// SPDX-License-Identifier: MIT
#include "ops/Conv2d.h"

#include "Error.h"
#include "engine/CorrelationEngine.h"
#include "engine/FiniteCheck.h"
#include "geometry/ConvGeometry.h"
#include "ops/Padding.h"

#include <algorithm>
#include <cmath>
#include <opencv2/core.hpp>
#include <opencv2/core/utility.hpp>
#include <optional>
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

namespace {

// Everything validateConv checks except the input's values.
void validateShapes(const cv::Mat& input, const cv::Mat& kernel, const ConvParams& params)
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
    requireFinite(kernel, "kernel");
}

// The runs [start, end) of input rows (or columns) that no window reads, the windows reading
// i·stride + u·dilation for output i and kernel row u.
std::vector<cv::Range> unreadRuns(int length, int kernel, int outputs, int stride, int dilation)
{
    const int lastRead = (outputs - 1) * stride + (kernel - 1) * dilation;
    if (dilation == 1 && stride <= kernel) // windows touching or overlapping: only a tail
        return lastRead + 1 < length ? std::vector<cv::Range>{{lastRead + 1, length}}
                                     : std::vector<cv::Range>{};
    std::vector<bool> read(static_cast<std::size_t>(length), false);
    for (int i = 0; i < outputs; ++i)
        for (int u = 0; u < kernel; ++u)
            read[static_cast<std::size_t>(i * stride + u * dilation)] = true;
    std::vector<cv::Range> runs;
    for (int start = 0; start < length; ++start) {
        if (read[static_cast<std::size_t>(start)])
            continue;
        int end = start + 1;
        while (end < length && !read[static_cast<std::size_t>(end)])
            ++end;
        runs.emplace_back(start, end);
        start = end;
    }
    return runs;
}

// Whether every value of `input` that the correlation does not read with a nonzero weight is
// finite, or nullopt when checking them alone would not save much: padding (a copy of the
// input anyway), zero weights (products not computed), windows leaving many gaps.
std::optional<bool> unreadValuesFinite(const cv::Mat& input, const cv::Mat& weights,
                                       const ConvParams& params, Pair output)
{
    const Padding& p = params.padding;
    if (p.top != 0 || p.bottom != 0 || p.left != 0 || p.right != 0)
        return std::nullopt;
    if (cv::countNonZero(weights.reshape(1)) !=
        static_cast<int>(weights.total()) * weights.channels())
        return std::nullopt;
    const std::vector<cv::Range> rows =
        unreadRuns(input.rows, weights.rows, output.rows, params.stride.rows, params.dilation.rows);
    const std::vector<cv::Range> columns =
        unreadRuns(input.cols, weights.cols, output.cols, params.stride.cols, params.dilation.cols);
    constexpr std::size_t kFewRuns = 4; // the edges past the last window, a dilation gap
    if (rows.size() > kFewRuns || columns.size() > kFewRuns)
        return std::nullopt;
    // With every weight nonzero, a value is read unless its row or its column is not.
    for (const cv::Range& r : rows)
        if (!allFinite(input.rowRange(r)))
            return false;
    for (const cv::Range& c : columns)
        if (!allFinite(input.colRange(c)))
            return false;
    return true;
}

} // namespace

void validateConv(const cv::Mat& input, const cv::Mat& kernel, const ConvParams& params)
{
    validateShapes(input, kernel, params);
    requireFinite(input, "input");
}

cv::Mat conv2d(const cv::Mat& input, const cv::Mat& kernel, const ConvParams& params)
{
    validateShapes(input, kernel, params);
    cv::Mat weights; // never flipped in place: the caller's kernel stays as it was
    if (params.trueConvolution)
        cv::flip(kernel, weights, -1);
    else
        weights = kernel;
    // A NaN or Inf read with a nonzero weight makes its outputs NaN or Inf, whichever path
    // computes them (an FFT spreads it over its whole tile). So the values read with nonzero
    // weights are checked through the output, a stride² times smaller, and only the others
    // directly; the slow search for the faulty cell runs only when the output is not finite.
    const std::optional<bool> unreadFinite =
        unreadValuesFinite(input, weights, params, geometryOf(input, kernel, params).convOutput());
    if (!unreadFinite.value_or(false))
        requireFinite(input, "input");
    cv::Mat out = correlatePlanes(paddedInput(input, params), weights, params);
    if (unreadFinite && !allFinite(out))
        requireFinite(input, "input"); // finite inputs may still overflow to Inf: kept as is
    return out;
}

} // namespace convlab
