// SPDX-License-Identifier: MIT
#include "ops/StepTrace.h"

#include "Error.h"
#include "geometry/ConvGeometry.h"
#include "ops/MatchScore.h"
#include "ops/Padding.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

namespace convlab {
namespace {

// Step n of a row-major walk over `output`: its position, refused outside 0..N-1.
StepTrace locate(Pair output, long long n)
{
    StepTrace step;
    step.index = n;
    step.total = static_cast<long long>(output.rows) * output.cols;
    require(n >= 0 && n < step.total, "step " + std::to_string(n) + " is out of range: there are " +
                                          std::to_string(step.total) + " steps (0 to " +
                                          std::to_string(step.total - 1) + ")");
    step.outRow = static_cast<int>(n / output.cols);
    step.outCol = static_cast<int>(n % output.cols);
    return step;
}

// A stepper follows one output map: several maps (per-channel kernels, per-channel pooling)
// are stepped one channel at a time.
void requireOneMap(const cv::Mat& input, const char* operation)
{
    require(input.channels() == 1,
            std::string(operation) + " of a " + std::to_string(input.channels()) +
                "-channel input gives one map per channel; step one channel at a time");
}

void requireFiniteFloatMap(const cv::Mat& m, const std::string& what)
{
    require(!m.empty(), "the " + what + " is empty");
    require(m.type() == CV_32FC1, "the " + what +
                                      " must be single-channel float32 (CV_32FC1); it is " +
                                      cv::typeToString(m.type()));
    requireFinite(m, what.c_str());
}

Tap makeTap(int row, int col, float input, float weight, bool inPadding)
{
    return {row, col, input, weight, input * weight, inPadding};
}

// The sums of matchScore over one window, added up directly in double.
MatchSums matchSums(const std::vector<Tap>& taps)
{
    double patchSum = 0, windowSum = 0;
    MatchSums s;
    for (const Tap& tap : taps) {
        const double t = tap.weight, i = tap.input;
        patchSum += t;
        s.patchEnergy += t * t;
        windowSum += i;
        s.windowEnergy += i * i;
        s.cross += t * i;
        s.squaredDifference += (t - i) * (t - i);
    }
    // Centred sums in a second pass, so that a constant window gives (almost exactly) zero.
    const double count = static_cast<double>(taps.size());
    const double patchMean = patchSum / count, windowMean = windowSum / count;
    for (const Tap& tap : taps) {
        const double t = tap.weight - patchMean, i = tap.input - windowMean;
        s.patchCentredEnergy += t * t;
        s.windowCentredEnergy += i * i;
        s.centredCross += t * i;
    }
    return s;
}

} // namespace

StepTrace convStep(const cv::Mat& input, const cv::Mat& kernel, const ConvParams& params,
                   long long n)
{
    validateConv(input, kernel, params);
    if (kernel.channels() == 1)
        requireOneMap(input, "a convolution with a single-channel kernel");
    const ConvGeometry2d geometry{{input.rows, input.cols},
                                  {kernel.rows, kernel.cols},
                                  params.stride,
                                  params.padding,
                                  params.dilation};
    StepTrace step = locate(geometry.convOutput(), n);
    const Pair d = params.dilation;
    const Padding& pad = params.padding;
    step.window =
        cv::Rect(step.outCol * params.stride.cols, step.outRow * params.stride.rows,
                 dilatedKernelSize(kernel.cols, d.cols), dilatedKernelSize(kernel.rows, d.rows));

    const int channels = input.channels();
    step.taps.reserve(kernel.total() * static_cast<size_t>(channels));
    float sum = 0; // accumulated in conv2d's order (taps row-major, channels innermost)
    for (int u = 0; u < kernel.rows; ++u) {
        const int row = step.window.y + u * d.rows;
        const int sourceRow = sourceIndex(row, pad.top, input.rows, params.paddingMode);
        const int kernelRow = params.trueConvolution ? kernel.rows - 1 - u : u;
        for (int v = 0; v < kernel.cols; ++v) {
            const int col = step.window.x + v * d.cols;
            const int sourceCol = sourceIndex(col, pad.left, input.cols, params.paddingMode);
            const int kernelCol = params.trueConvolution ? kernel.cols - 1 - v : v;
            const bool inPadding = row < pad.top || row >= pad.top + input.rows || col < pad.left ||
                                   col >= pad.left + input.cols;
            const float* weights = kernel.ptr<float>(kernelRow) + kernelCol * channels;
            for (int c = 0; c < channels; ++c) {
                const float value = sourceRow < 0 || sourceCol < 0
                                        ? 0.f
                                        : input.ptr<float>(sourceRow)[sourceCol * channels + c];
                step.taps.push_back(makeTap(row, col, value, weights[c], inPadding));
                sum += step.taps.back().product;
            }
        }
    }
    step.value = sum;
    return step;
}

StepTrace poolStep(const cv::Mat& input, const PoolParams& params, long long n)
{
    validatePool(input, params);
    requireOneMap(input, "pooling");
    const ConvGeometry2d geometry{
        {input.rows, input.cols}, params.size, params.stride, params.padding, {1, 1}};
    StepTrace step = locate(geometry.convOutput(), n);
    const Padding& pad = params.padding;
    step.window = cv::Rect(step.outCol * params.stride.cols, step.outRow * params.stride.rows,
                           params.size.cols, params.size.rows);

    // PyTorch's implicit padding: -inf for max (never the maximum), 0 for the average.
    const bool isMax = params.mode == PoolMode::Max;
    const float paddingValue = isMax ? -std::numeric_limits<float>::infinity() : 0.f;
    float best = -std::numeric_limits<float>::infinity();
    double sum = 0;
    for (int row = step.window.y; row < step.window.y + step.window.height; ++row)
        for (int col = step.window.x; col < step.window.x + step.window.width; ++col) {
            const int r = row - pad.top, c = col - pad.left;
            const bool inPadding = r < 0 || r >= input.rows || c < 0 || c >= input.cols;
            const float value = inPadding ? paddingValue : input.at<float>(r, c);
            step.taps.push_back(makeTap(row, col, value, 1.f, inPadding));
            best = std::max(best, value);
            sum += value;
        }
    step.value =
        isMax
            ? best
            : static_cast<float>(sum / (static_cast<double>(params.size.rows) * params.size.cols));
    return step;
}

StepTrace matchStep(const cv::Mat& image, const cv::Mat& patch, MatchMethod method, long long n)
{
    requireFiniteFloatMap(image, "image");
    requireFiniteFloatMap(patch, "patch");
    require(patch.rows <= image.rows && patch.cols <= image.cols,
            "patch " + std::to_string(patch.rows) + "x" + std::to_string(patch.cols) +
                " is larger than image " + std::to_string(image.rows) + "x" +
                std::to_string(image.cols) + " (rows x cols)");
    StepTrace step = locate({image.rows - patch.rows + 1, image.cols - patch.cols + 1}, n);
    step.window = cv::Rect(step.outCol, step.outRow, patch.cols, patch.rows);
    step.taps.reserve(patch.total());
    for (int u = 0; u < patch.rows; ++u)
        for (int v = 0; v < patch.cols; ++v) {
            const int row = step.outRow + u, col = step.outCol + v;
            step.taps.push_back(
                makeTap(row, col, image.at<float>(row, col), patch.at<float>(u, v), false));
        }
    step.value = static_cast<float>(matchScore(matchSums(step.taps), method));
    return step;
}

StepTrace transposedStep(const cv::Mat& input, const cv::Mat& kernel,
                         const TransposedParams& params, long long n)
{
    requireFiniteFloatMap(input, "input");
    requireFiniteFloatMap(kernel, "kernel");
    const ConvGeometry2d geometry{
        {input.rows, input.cols}, {kernel.rows, kernel.cols}, params.stride, params.padding,
        params.dilation,          params.outputPadding};
    StepTrace step = locate(geometry.transposedOutput(), n);
    const Pair s = params.stride;
    const Pair d = params.dilation;
    // The zero-inserted grid starts d(k-1)-p cells into the bordered grid (before it, when the
    // padding crops).
    const int gridTop = d.rows * (kernel.rows - 1) - params.padding.top;
    const int gridLeft = d.cols * (kernel.cols - 1) - params.padding.left;
    const int gridRows = (input.rows - 1) * s.rows + 1;
    const int gridCols = (input.cols - 1) * s.cols + 1;
    step.window = cv::Rect(step.outCol, step.outRow, dilatedKernelSize(kernel.cols, d.cols),
                           dilatedKernelSize(kernel.rows, d.rows));

    step.taps.reserve(kernel.total());
    float sum = 0;
    for (int u = 0; u < kernel.rows; ++u) {
        const int row = step.outRow + u * d.rows;
        const int r = row - gridTop;
        for (int v = 0; v < kernel.cols; ++v) {
            const int col = step.outCol + v * d.cols;
            const int c = col - gridLeft;
            const bool inPadding = r < 0 || r >= gridRows || c < 0 || c >= gridCols;
            const bool isInputCell = !inPadding && r % s.rows == 0 && c % s.cols == 0;
            const float value = isInputCell ? input.at<float>(r / s.rows, c / s.cols) : 0.f;
            const float weight = kernel.at<float>(kernel.rows - 1 - u, kernel.cols - 1 - v);
            step.taps.push_back(makeTap(row, col, value, weight, inPadding));
            sum += step.taps.back().product;
        }
    }
    step.value = sum;
    return step;
}

} // namespace convlab
