// SPDX-License-Identifier: MIT
#pragma once

#include "TestData.h"
#include "geometry/Types.h"
#include "ops/Conv2d.h"
#include "ops/Pool.h"
#include "ops/TransposedConv.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <opencv2/core.hpp>
#include <random>

// References for the random-case tests, written from PyTorch's definitions (padding, conv2d,
// pooling, conv_transpose2d) as plain loops in double. They share no code with core: core's
// types only carry the parameters. Then the random cases the suites feed to core and to them.
namespace convlab::test {

inline constexpr PaddingMode kPaddingModes[] = {PaddingMode::Zeros, PaddingMode::Reflect,
                                                PaddingMode::Replicate, PaddingMode::Circular};

// ---------------------------------------------------------------------------- output sizes

// o = ⌊(i + p_before + p_after − d(k−1) − 1) / s⌋ + 1; meaningful when the dilated kernel fits.
inline int convOutputSide(int input, int kernel, int stride, int before, int after, int dilation)
{
    return (input + before + after - dilation * (kernel - 1) - 1) / stride + 1;
}

// o = (i−1)s − p_before − p_after + d(k−1) + a + 1; below 1 when the padding crops everything.
inline int transposedOutputSide(int input, int kernel, int stride, int before, int after,
                                int dilation, int outputPadding)
{
    return (input - 1) * stride - before - after + dilation * (kernel - 1) + outputPadding + 1;
}

// ------------------------------------------------------------------------------ references

// Which cell an offset `q` from the first real cell reads (q < 0 before, q >= n after), within
// PyTorch's limits (one reflection, one wrap); -1 for a zero.
inline int paddedSource(int q, int n, PaddingMode mode)
{
    if (q >= 0 && q < n)
        return q;
    switch (mode) {
    case PaddingMode::Zeros:
        return -1;
    case PaddingMode::Reflect: // mirror around the edge cell, which is not repeated
        return q < 0 ? -q : 2 * (n - 1) - q;
    case PaddingMode::Replicate:
        return std::clamp(q, 0, n - 1);
    case PaddingMode::Circular:
        return q < 0 ? q + n : q - n;
    }
    return -2;
}

inline cv::Mat bruteForcePad(const cv::Mat& image, const Padding& p, PaddingMode mode)
{
    const int channels = image.channels();
    cv::Mat out(image.rows + p.top + p.bottom, image.cols + p.left + p.right, image.type());
    for (int r = 0; r < out.rows; ++r)
        for (int c = 0; c < out.cols; ++c) {
            const int sr = paddedSource(r - p.top, image.rows, mode);
            const int sc = paddedSource(c - p.left, image.cols, mode);
            for (int ch = 0; ch < channels; ++ch)
                out.ptr<float>(r)[c * channels + ch] =
                    sr < 0 || sc < 0 ? 0.f : image.ptr<float>(sr)[sc * channels + ch];
        }
    return out;
}

// out[i,j] = Σ x_pad[i·s + u·d, j·s + v·d] · w[u,v]: one map summed over the channels, or a
// single-channel kernel applied to each channel.
inline cv::Mat bruteForceConv(const cv::Mat& x, const cv::Mat& kernel, const ConvParams& p)
{
    cv::Mat w = kernel.clone();
    if (p.trueConvolution)
        cv::flip(kernel, w, -1);
    const int C = x.channels();
    const bool perChannel = w.channels() == 1 && C > 1;
    const int outChannels = perChannel ? C : 1;
    const int rows = convOutputSide(x.rows, w.rows, p.stride.rows, p.padding.top, p.padding.bottom,
                                    p.dilation.rows);
    const int cols = convOutputSide(x.cols, w.cols, p.stride.cols, p.padding.left, p.padding.right,
                                    p.dilation.cols);
    cv::Mat out(rows, cols, CV_32FC(outChannels));
    for (int i = 0; i < rows; ++i)
        for (int j = 0; j < cols; ++j)
            for (int oc = 0; oc < outChannels; ++oc) {
                double sum = 0;
                for (int u = 0; u < w.rows; ++u)
                    for (int v = 0; v < w.cols; ++v) {
                        const int r =
                            paddedSource(i * p.stride.rows + u * p.dilation.rows - p.padding.top,
                                         x.rows, p.paddingMode);
                        const int c =
                            paddedSource(j * p.stride.cols + v * p.dilation.cols - p.padding.left,
                                         x.cols, p.paddingMode);
                        if (r < 0 || c < 0)
                            continue;
                        for (int ch = 0; ch < C; ++ch) {
                            if (perChannel && ch != oc)
                                continue;
                            const float weight =
                                w.ptr<float>(u)[v * w.channels() + (perChannel ? 0 : ch)];
                            sum += double(x.ptr<float>(r)[c * C + ch]) * weight;
                        }
                    }
                out.ptr<float>(i)[j * outChannels + oc] = float(sum);
            }
    return out;
}

// The padding made explicit: -inf cells for max, zeros for the average, whose divisor is
// always the whole window (count_include_pad=True, floor mode). Each channel on its own.
inline cv::Mat bruteForcePool(const cv::Mat& x, const PoolParams& p)
{
    const float padValue = p.mode == PoolMode::Max ? -std::numeric_limits<float>::infinity() : 0.f;
    cv::Mat padded;
    cv::copyMakeBorder(x, padded, p.padding.top, p.padding.bottom, p.padding.left, p.padding.right,
                       cv::BORDER_CONSTANT, cv::Scalar::all(padValue));
    const int rows = (padded.rows - p.size.rows) / p.stride.rows + 1;
    const int cols = (padded.cols - p.size.cols) / p.stride.cols + 1;
    const int C = x.channels();
    cv::Mat out(rows, cols, x.type());
    for (int i = 0; i < rows; ++i)
        for (int j = 0; j < cols; ++j)
            for (int c = 0; c < C; ++c) {
                double best = -INFINITY, sum = 0;
                for (int u = 0; u < p.size.rows; ++u)
                    for (int v = 0; v < p.size.cols; ++v) {
                        const float value = padded.ptr<float>(i * p.stride.rows +
                                                              u)[(j * p.stride.cols + v) * C + c];
                        best = std::max(best, double(value));
                        sum += value;
                    }
                out.ptr<float>(i)[j * C + c] =
                    float(p.mode == PoolMode::Max ? best : sum / (p.size.rows * p.size.cols));
            }
    return out;
}

// The definition read as a gather: out[j] = Σ_{u, n : n·s + u·d − p_before = j} x[n]·w[u], per
// axis. Core scatters from the inputs or slides over a zero-inserted grid instead: different
// loop orders catch each other's slips. Single channel.
inline cv::Mat bruteForceTransposed(const cv::Mat& x, const cv::Mat& w, const TransposedParams& p)
{
    const int rows = transposedOutputSide(x.rows, w.rows, p.stride.rows, p.padding.top,
                                          p.padding.bottom, p.dilation.rows, p.outputPadding.rows);
    const int cols = transposedOutputSide(x.cols, w.cols, p.stride.cols, p.padding.left,
                                          p.padding.right, p.dilation.cols, p.outputPadding.cols);
    cv::Mat out(rows, cols, CV_32F);
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c) {
            double sum = 0;
            for (int u = 0; u < w.rows; ++u)
                for (int v = 0; v < w.cols; ++v) {
                    const int nr = r + p.padding.top - u * p.dilation.rows;
                    const int nc = c + p.padding.left - v * p.dilation.cols;
                    if (nr < 0 || nc < 0 || nr % p.stride.rows || nc % p.stride.cols)
                        continue;
                    if (nr / p.stride.rows >= x.rows || nc / p.stride.cols >= x.cols)
                        continue;
                    sum += double(x.at<float>(nr / p.stride.rows, nc / p.stride.cols)) *
                           w.at<float>(u, v);
                }
            out.at<float>(r, c) = float(sum);
        }
    return out;
}

// ---------------------------------------------------------------------------- random cases

// Uniform integers in [low, high] from a seeded generator.
class RandomInt {
  public:
    explicit RandomInt(std::mt19937& rng) : m_rng(rng) {}
    int operator()(int low, int high) { return std::uniform_int_distribution(low, high)(m_rng); }

  private:
    std::mt19937& m_rng;
};

// The largest padding PyTorch accepts for `mode` on an axis of `size`, at most `cap`.
inline int maxPad(int size, PaddingMode mode, int cap)
{
    switch (mode) {
    case PaddingMode::Reflect:
        return std::min(size - 1, cap);
    case PaddingMode::Circular:
        return std::min(size, cap);
    default:
        return cap;
    }
}

// Top, bottom, left, right, each up to what `mode` accepts on a rows × cols input.
inline Padding randomPadding(RandomInt& pick, int rows, int cols, PaddingMode mode, int cap)
{
    return {pick(0, maxPad(rows, mode, cap)), pick(0, maxPad(rows, mode, cap)),
            pick(0, maxPad(cols, mode, cap)), pick(0, maxPad(cols, mode, cap))};
}

// What a random convolution case is drawn from: sides from 1, channels from 1, padding from 0.
struct ConvRanges {
    int maxSide = 12;  // of the input
    int maxKernel = 5; // side of the kernel
    int maxStride = 4;
    int maxDilation = 3;
    int maxPadding = 3;  // and what the padding mode accepts
    int maxChannels = 3; // of the input; the kernel has as many, or one
};

struct ConvCase {
    cv::Mat input;
    cv::Mat kernel;
    ConvParams params;

    // Whether the dilated kernel fits in the padded input; conv2d refuses the case otherwise.
    bool fits() const
    {
        const ConvParams& p = params;
        return input.rows + p.padding.top + p.padding.bottom >=
                   p.dilation.rows * (kernel.rows - 1) + 1 &&
               input.cols + p.padding.left + p.padding.right >=
                   p.dilation.cols * (kernel.cols - 1) + 1;
    }
};

// Any padding mode, stride, dilation, flip; the case may not fit (see ConvCase::fits).
inline ConvCase randomConvCase(std::mt19937& rng, const ConvRanges& ranges)
{
    RandomInt pick(rng);
    ConvCase c;
    ConvParams& p = c.params;
    p.paddingMode = kPaddingModes[pick(0, 3)];
    const int channels = pick(1, ranges.maxChannels);
    c.input = randomMat(rng, pick(1, ranges.maxSide), pick(1, ranges.maxSide), channels);
    const int kernelChannels = pick(0, 1) ? channels : 1;
    c.kernel = randomMat(rng, pick(1, ranges.maxKernel), pick(1, ranges.maxKernel), kernelChannels);
    p.stride = {pick(1, ranges.maxStride), pick(1, ranges.maxStride)};
    p.dilation = {pick(1, ranges.maxDilation), pick(1, ranges.maxDilation)};
    p.padding = randomPadding(pick, c.input.rows, c.input.cols, p.paddingMode, ranges.maxPadding);
    p.trueConvolution = pick(0, 1);
    return c;
}

struct PoolRanges {
    int maxSide = 12;  // of the input
    int maxWindow = 5; // side of the pooling window
    int maxStride = 4;
    int maxChannels = 3;
};

struct PoolCase {
    cv::Mat input;
    PoolParams params;

    // Whether the window fits in the padded input; pool2d refuses the case otherwise.
    bool fits() const
    {
        const PoolParams& p = params;
        return input.rows + p.padding.top + p.padding.bottom >= p.size.rows &&
               input.cols + p.padding.left + p.padding.right >= p.size.cols;
    }
};

// Max or average, padding up to half the window (PyTorch's limit); the case may not fit.
inline PoolCase randomPoolCase(std::mt19937& rng, const PoolRanges& ranges)
{
    RandomInt pick(rng);
    PoolCase c;
    PoolParams& p = c.params;
    p.mode = pick(0, 1) ? PoolMode::Max : PoolMode::Average;
    p.size = {pick(1, ranges.maxWindow), pick(1, ranges.maxWindow)};
    p.stride = {pick(1, ranges.maxStride), pick(1, ranges.maxStride)};
    p.padding = {pick(0, p.size.rows / 2), pick(0, p.size.rows / 2), pick(0, p.size.cols / 2),
                 pick(0, p.size.cols / 2)};
    c.input = randomMat(rng, pick(1, ranges.maxSide), pick(1, ranges.maxSide),
                        pick(1, ranges.maxChannels));
    return c;
}

struct TransposedRanges {
    int maxSide = 5;   // of the input
    int maxKernel = 4; // side of the kernel
    int maxStride = 3;
    int maxDilation = 3;
    int maxPadding = 3;
};

struct TransposedCase {
    cv::Mat input;
    cv::Mat kernel;
    TransposedParams params;

    // PyTorch's output size; empty or negative when the padding crops everything.
    cv::Size outputSize() const
    {
        const TransposedParams& p = params;
        return {transposedOutputSide(input.cols, kernel.cols, p.stride.cols, p.padding.left,
                                     p.padding.right, p.dilation.cols, p.outputPadding.cols),
                transposedOutputSide(input.rows, kernel.rows, p.stride.rows, p.padding.top,
                                     p.padding.bottom, p.dilation.rows, p.outputPadding.rows)};
    }
};

// Single channel; the output padding below the stride or the dilation, as PyTorch requires.
inline TransposedCase randomTransposedCase(std::mt19937& rng, const TransposedRanges& ranges)
{
    RandomInt pick(rng);
    TransposedCase c;
    TransposedParams& p = c.params;
    p.stride = {pick(1, ranges.maxStride), pick(1, ranges.maxStride)};
    p.dilation = {pick(1, ranges.maxDilation), pick(1, ranges.maxDilation)};
    p.padding = {pick(0, ranges.maxPadding), pick(0, ranges.maxPadding), pick(0, ranges.maxPadding),
                 pick(0, ranges.maxPadding)};
    p.outputPadding = {pick(0, std::max(p.stride.rows, p.dilation.rows) - 1),
                       pick(0, std::max(p.stride.cols, p.dilation.cols) - 1)};
    c.input = randomMat(rng, pick(1, ranges.maxSide), pick(1, ranges.maxSide));
    c.kernel = randomMat(rng, pick(1, ranges.maxKernel), pick(1, ranges.maxKernel));
    return c;
}

} // namespace convlab::test
