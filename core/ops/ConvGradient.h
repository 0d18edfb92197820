// SPDX-License-Identifier: MIT
#pragma once

#include "geometry/Types.h"
#include "ops/Conv2d.h"
#include "ops/Pool.h"

#include <opencv2/core.hpp>
#include <vector>

namespace convlab {

// The backward pass of a CNN layer with ConvLab's own operations, no autograd: what a
// framework computes for y = conv(x, W) + b (zero padding, PyTorch's conv2d), given
// δ = ∂L/∂y. x is H×W CV_32FC(Cin); δ is CV_32FC(Cout); `filters` are Cout kernels of
// k×k CV_32FC(Cin), the layout of Network::filters and of core's conv2d for one CNN filter.

// ∂L/∂x = Wᵀδ: for each input channel c, Σ_o transposedConv2d(δ_o, W_o,c) with the layer's
// stride, padding and dilation, and the output padding that gives back `inputShape` (the
// cells a stride skips at the end). CV_32FC(Cin). Throws Error if the shapes do not match.
cv::Mat convInputGradient(const cv::Mat& delta, const std::vector<cv::Mat>& filters,
                          Pair inputShape, const ConvParams& layer);

// ∂L/∂W_o = x ⋆ δ_o: the input correlated with δ_o as a kernel, stride and dilation swapped
// (δ's cells are s apart in x, the taps d apart), cropped to k×k. One k×k CV_32FC(Cin) per
// output channel, like `filters`.
std::vector<cv::Mat> convWeightGradient(const cv::Mat& input, const cv::Mat& delta,
                                        Pair kernelShape, const ConvParams& layer);

// ∂L/∂b_o = Σ δ_o.
std::vector<float> convBiasGradient(const cv::Mat& delta);

// Max pooling that records where each maximum came from (Zeiler & Fergus's "switches").
struct PoolSwitches {
    cv::Mat pooled;   // pool2d(input, params) with PoolMode::Max
    cv::Mat switches; // CV_32SC(C), pooled's size: the flat index r·W + c of the maximum in
                      // its channel of the input, PyTorch's max_pool2d indices (the first
                      // maximum in row-major order when several cells tie)
};
PoolSwitches maxPoolWithSwitches(const cv::Mat& input, const PoolParams& params);

// Each value placed back where its switch says, zeros elsewhere; values whose windows share a
// cell add up (the gradient of max pooling; PyTorch's max_unpool2d, which keeps one, agrees
// when the windows do not overlap, as in the network). `inputSize` is the pooled map's input.
cv::Mat maxUnpool(const cv::Mat& values, const cv::Mat& switches, cv::Size inputSize);

} // namespace convlab
