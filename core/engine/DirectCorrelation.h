// SPDX-License-Identifier: MIT
#pragma once

#include "engine/CostModel.h"

#include <opencv2/core.hpp>

namespace convlab::engine {

// out[i,j] = Σ_u Σ_v padded[i·sr + u·dr, j·sc + v·dc] · kernel[u,v], computed output row by
// output row on all cores. Work is proportional to the number of outputs: a column stride
// splits each input row read into its phases once, so every tap reads a contiguous row.
// `out` must already have shape.output() size, CV_32FC1.
void correlateDirect(const cv::Mat& padded, const cv::Mat& kernel, const CorrelationShape& shape,
                     cv::Mat& out);

} // namespace convlab::engine
