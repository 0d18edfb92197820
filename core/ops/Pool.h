// SPDX-License-Identifier: MIT
#pragma once

#include "geometry/Types.h"

#include <opencv2/core.hpp>

namespace convlab {

enum class PoolMode { Max, Average };

// PyTorch max_pool2d / avg_pool2d defaults: floor mode, implicit -inf (max) or 0 (average)
// padding, average counts padded cells (count_include_pad=True). Stride defaults to the size.
struct PoolParams {
    Pair size{2, 2};
    Pair stride{2, 2};
    Padding padding{};
    PoolMode mode = PoolMode::Max;
};

// Single or multi-channel float input; each channel pooled on its own.
// Throws Error as PyTorch refuses: padding larger than half the window, a window larger than
// the padded input, a size or stride below 1.
cv::Mat pool2d(const cv::Mat& input, const PoolParams& params);

// Checks the geometry and the data without pooling; pool2d calls it first.
void validatePool(const cv::Mat& input, const PoolParams& params);

std::string toString(PoolMode mode);
PoolMode poolModeFromString(const std::string& name);

} // namespace convlab
