// SPDX-License-Identifier: MIT
#pragma once

#include "geometry/Types.h"

#include <opencv2/core.hpp>

namespace convlab {

struct ConvParams {
    Pair stride{1, 1};
    Padding padding{};
    PaddingMode paddingMode = PaddingMode::Zeros;
    Pair dilation{1, 1};
    bool trueConvolution = false; // flip the kernel 180° (mathematical convolution)
};

// PyTorch conv2d (cross-correlation): out[i,j] = Σ x_pad[i·s + u·d, j·s + v·d] · w[u,v], float32.
// - input CV_32FC1, kernel CV_32FC1: one map.
// - input CV_32FC(C), kernel CV_32FC(C): one map, summed over channels (one CNN filter).
// - input CV_32FC(C), kernel CV_32FC1: the kernel applied per channel, a CV_32FC(C) result.
// Throws Error for empty inputs, NaN/Inf, or an impossible geometry (naming the numbers).
cv::Mat conv2d(const cv::Mat& input, const cv::Mat& kernel, const ConvParams& params);

// Checks the geometry and the data without computing anything; conv2d calls it first.
void validateConv(const cv::Mat& input, const cv::Mat& kernel, const ConvParams& params);

// Throws Error ("<what> has a NaN at (row r, col c)") if the matrix holds NaN or Inf.
void requireFinite(const cv::Mat& m, const char* what);

} // namespace convlab
