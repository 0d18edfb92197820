// SPDX-License-Identifier: MIT
#pragma once

#include "engine/CostModel.h"

#include <opencv2/core.hpp>

namespace convlab::engine {

// How a column stride keeps the work proportional to the number of outputs:
// - SplitPhases: each input row read is split once into its column phases, so that every tap
//   reads a contiguous row;
// - WeightByPhase: the input rows are read where they lie, each column weighted by its phase,
//   and every group of `stride` columns summed into its output (no copy of the input);
// - WeightByPhaseInRegisters: the same for strides 2 and 4 with windows at most two strides
//   wide, the groups summed in registers, block by block.
// The cheaper way is taken, counting vector operations.
enum class ColumnStrideMethod { None, SplitPhases, WeightByPhase, WeightByPhaseInRegisters };
ColumnStrideMethod columnStrideMethod(const cv::Mat& kernel, const CorrelationShape& shape);

// out[i,j] = Σ_u Σ_v padded[i·sr + u·dr, j·sc + v·dc] · kernel[u,v], computed output row by
// output row on all cores, with the column stride handled by columnStrideMethod().
// `out` must already have shape.output() size, CV_32FC1.
void correlateDirect(const cv::Mat& padded, const cv::Mat& kernel, const CorrelationShape& shape,
                     cv::Mat& out);

} // namespace convlab::engine
