// SPDX-License-Identifier: MIT
#include "ops/Checkerboard.h"

#include "Error.h"
#include "ops/Conv2d.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <opencv2/imgproc.hpp>

namespace convlab {
namespace {

ConvGeometry2d geometryOf(Pair inputShape, Pair kernelShape, const TransposedParams& params)
{
    return {inputShape,     kernelShape,     params.stride,
            params.padding, params.dilation, params.outputPadding};
}

cv::Rect rectOf(const Range& rows, const Range& cols)
{
    if (rows.size() <= 0 || cols.size() <= 0)
        return {};
    return {cols.begin, rows.begin, cols.size(), rows.size()};
}

} // namespace

std::vector<int> transposedOverlap1d(const AxisGeometry& axis)
{
    const int outputs = transposedOutputSize(axis); // checks the geometry
    std::vector<int> counts(static_cast<std::size_t>(outputs), 0);
    // Every (input n, tap u) stamps cell n·s + u·d − p_before; those off the output are
    // cropped by the padding (or never reached when the output padding extends it).
    for (int n = 0; n < axis.input; ++n)
        for (int u = 0; u < axis.kernel; ++u) {
            const long long j = static_cast<long long>(n) * axis.stride +
                                static_cast<long long>(u) * axis.dilation - axis.padBefore;
            if (j >= 0 && j < outputs)
                ++counts[static_cast<std::size_t>(j)];
        }
    return counts;
}

cv::Mat transposedOverlap(Pair inputShape, Pair kernelShape, const TransposedParams& params)
{
    const ConvGeometry2d geometry = geometryOf(inputShape, kernelShape, params);
    geometry.transposedOutput(); // errors name the axis
    const std::vector<int> rows = transposedOverlap1d(geometry.rows());
    const std::vector<int> cols = transposedOverlap1d(geometry.cols());
    // A pair reaches (r, c) when its row tap reaches r and its column tap reaches c, each
    // axis on its own: the 2D count is the product of the two 1D counts.
    cv::Mat counts(static_cast<int>(rows.size()), static_cast<int>(cols.size()), CV_32F);
    for (int r = 0; r < counts.rows; ++r) {
        float* out = counts.ptr<float>(r);
        for (int c = 0; c < counts.cols; ++c)
            out[c] = static_cast<float>(rows[static_cast<std::size_t>(r)] *
                                        cols[static_cast<std::size_t>(c)]);
    }
    return counts;
}

Range overlapInterior(const AxisGeometry& axis)
{
    const int outputs = transposedOutputSize(axis);
    const long long first =
        static_cast<long long>(axis.dilation) * (axis.kernel - 1) - axis.padBefore;
    const long long last = static_cast<long long>(axis.input - 1) * axis.stride - axis.padBefore;
    const long long begin = std::max(0LL, first);
    const long long end = std::min<long long>(outputs, last + 1);
    if (begin >= end)
        return {0, 0};
    return {static_cast<int>(begin), static_cast<int>(end)};
}

bool overlapIsEven(const AxisGeometry& axis)
{
    // Tap u lands on phase u·d mod s. With gcd(s, d) = g > 1 the phases not divisible by g
    // get nothing; with g = 1 each run of s taps covers every phase once, so the phases are
    // equal exactly when s divides k.
    return std::gcd(axis.stride, axis.dilation) == 1 && axis.kernel % axis.stride == 0;
}

double MapUniformity::interiorContrast() const
{
    if (interior.empty() || interiorMaximum == 0)
        return 0;
    return (interiorMaximum - interiorMinimum) / std::abs(interiorMaximum);
}

MapUniformity mapUniformity(const cv::Mat& map, const cv::Rect& interior)
{
    require(!map.empty() && map.channels() == 1, "uniformity: the map must be single-channel");
    require((interior & cv::Rect(0, 0, map.cols, map.rows)) == interior,
            "uniformity: the interior lies outside the map");
    MapUniformity u;
    cv::minMaxLoc(map, &u.minimum, &u.maximum);
    u.interior = interior;
    if (interior.empty())
        return u;
    cv::minMaxLoc(map(interior), &u.interiorMinimum, &u.interiorMaximum);
    const double scale = std::max(std::abs(u.interiorMinimum), std::abs(u.interiorMaximum));
    u.uniformInterior = u.interiorMaximum - u.interiorMinimum <= 1e-6 * scale;
    return u;
}

OverlapMap transposedOverlapMap(Pair inputShape, Pair kernelShape, const TransposedParams& params)
{
    const ConvGeometry2d geometry = geometryOf(inputShape, kernelShape, params);
    OverlapMap result;
    result.counts = transposedOverlap(inputShape, kernelShape, params);
    result.uniformity = mapUniformity(
        result.counts, rectOf(overlapInterior(geometry.rows()), overlapInterior(geometry.cols())));
    result.evenByRule = overlapIsEven(geometry.rows()) && overlapIsEven(geometry.cols());
    return result;
}

ResizeConv resizeConv(const cv::Mat& input, const cv::Mat& kernel, Pair scale, ResizeMode mode)
{
    require(!input.empty() && input.type() == CV_32FC1,
            "resize-convolution takes a single-channel float32 input");
    require(scale.rows >= 1 && scale.cols >= 1,
            "resize-convolution: scale " + std::to_string(scale.rows) + "×" +
                std::to_string(scale.cols) + " must be at least 1");
    ResizeConv result;
    const cv::Size size(input.cols * scale.cols, input.rows * scale.rows);
    cv::resize(input, result.upsampled, size, 0, 0,
               mode == ResizeMode::Nearest ? cv::INTER_NEAREST : cv::INTER_LINEAR);
    ConvParams params;
    result.padding = resolvePadding(PaddingPreset::Same, {kernel.rows, kernel.cols}, {1, 1});
    params.padding = result.padding;
    result.output = conv2d(result.upsampled, kernel, params); // checks the kernel
    const Padding& p = result.padding;
    result.interior =
        rectOf({p.top, result.output.rows - p.bottom}, {p.left, result.output.cols - p.right});
    return result;
}

CheckerboardFigure checkerboardFigure(Pair inputShape, Pair kernelShape,
                                      const TransposedParams& params, ResizeMode mode,
                                      float inputValue, float kernelValue)
{
    CheckerboardFigure figure;
    figure.overlap = transposedOverlapMap(inputShape, kernelShape, params);
    const cv::Mat input(inputShape.rows, inputShape.cols, CV_32F, cv::Scalar(inputValue));
    const cv::Mat kernel(kernelShape.rows, kernelShape.cols, CV_32F, cv::Scalar(kernelValue));
    figure.transposedOutput = transposedConv2d(input, kernel, params);
    figure.transposedUniformity =
        mapUniformity(figure.transposedOutput, figure.overlap.uniformity.interior);
    figure.resized = resizeConv(input, kernel, params.stride, mode);
    figure.resizedUniformity = mapUniformity(figure.resized.output, figure.resized.interior);
    return figure;
}

cv::Mat phaseMeans(const cv::Mat& map, Pair stride)
{
    require(!map.empty() && map.type() == CV_32FC1,
            "phase means take a single-channel float32 map");
    require(stride.rows >= 1 && stride.cols >= 1 && stride.rows <= map.rows &&
                stride.cols <= map.cols,
            "phase means: stride " + std::to_string(stride.rows) + "×" +
                std::to_string(stride.cols) + " must be at least 1 and fit in the " +
                std::to_string(map.rows) + "×" + std::to_string(map.cols) + " map");
    cv::Mat sums = cv::Mat::zeros(stride.rows, stride.cols, CV_64F);
    cv::Mat counts = cv::Mat::zeros(stride.rows, stride.cols, CV_64F);
    for (int r = 0; r < map.rows; ++r) {
        const float* row = map.ptr<float>(r);
        for (int c = 0; c < map.cols; ++c) {
            sums.at<double>(r % stride.rows, c % stride.cols) += row[c];
            counts.at<double>(r % stride.rows, c % stride.cols) += 1;
        }
    }
    return sums / counts;
}

double checkerboardEnergy(const cv::Mat& map, Pair stride)
{
    const cv::Mat means = phaseMeans(map, stride);
    const double mean = cv::mean(means)[0];
    double sum = 0;
    for (int a = 0; a < means.rows; ++a)
        for (int b = 0; b < means.cols; ++b)
            sum += (means.at<double>(a, b) - mean) * (means.at<double>(a, b) - mean);
    return sum / static_cast<double>(means.total());
}

std::string toString(ResizeMode mode)
{
    return mode == ResizeMode::Nearest ? "nearest" : "bilinear";
}

ResizeMode resizeModeFromString(const std::string& name)
{
    if (name == "nearest")
        return ResizeMode::Nearest;
    if (name == "bilinear")
        return ResizeMode::Bilinear;
    throw Error("unknown resize mode '" + name + "' (expected nearest or bilinear)");
}

} // namespace convlab
