// SPDX-License-Identifier: MIT
#pragma once

#include "engine/CostModel.h"

#include <opencv2/core.hpp>
#include <optional>

namespace convlab::engine {

// kernel[u,v] = column[u] · row[v]: a rank-1 kernel (box, Gaussian, Sobel, …) as two 1D passes.
struct SeparableFactors {
    cv::Mat column; // kernel.rows × 1, CV_32F
    cv::Mat row;    // 1 × kernel.cols, CV_32F
};

// The factors when the kernel is rank 1 to float precision: ‖kernel − column·row‖_F at most
// 1e-6·‖kernel‖_F (a few float ulps; the two-pass result then differs from the direct one by
// rounding only). Exact check in double from the row and column of the largest entry.
// A 1×k or k×1 kernel is trivially separable; an all-zero kernel is not worth the two passes.
std::optional<SeparableFactors> separableFactors(const cv::Mat& kernel);

// The correlation as a row pass (kernel width) then a column pass (kernel height), on all
// cores, output row bands each caching the row-pass results they share. `out` has
// shape.output() size, CV_32FC1.
void correlateSeparable(const cv::Mat& padded, const SeparableFactors& factors,
                        const CorrelationShape& shape, cv::Mat& out);

} // namespace convlab::engine
