// SPDX-License-Identifier: MIT
#pragma once

#include "engine/CostModel.h"

#include <opencv2/core.hpp>

namespace convlab::engine {

// Overlap-save FFT correlation: the image is cut into tiles (FftTiling) overlapping by the
// kernel's extent minus one; each tile is transformed (FFTW r2c), multiplied by the kernel's
// cached spectrum, transformed back (c2r), and its valid outputs — those whose window lies
// inside the tile, hence free of circular wrap-around — are copied out, keeping only every
// stride-th one. Tiles run in parallel on all cores, each worker on its own reused buffers.
// Tiles small enough to stay in cache make this faster than one image-sized transform, and
// bound the memory to a few tiles. `out` has shape.output() size, CV_32FC1.
void correlateFft(const cv::Mat& padded, const cv::Mat& kernel, const CorrelationShape& shape,
                  const FftTiling& tiling, cv::Mat& out);

} // namespace convlab::engine
