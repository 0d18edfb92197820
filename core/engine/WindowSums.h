// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <opencv2/core.hpp>

namespace convlab {

// For template matching's normalised methods: the sum and the sum of squares of the image
// under every window position (the "valid" positions, as matchTemplate's response map has
// them), in double precision.
//
// Running sums, as integral images give them, but streamed: each worker keeps the column
// sums of its current window rows and slides them down, then slides the window across the row.
// O(width) memory per worker instead of two image-sized double tables (268 MB for a
// 4096×4096 image). The running sums are compensated (each carries its rounding error along),
// so every value is within a few double ulps of the exact sum however far it slid: a flat
// window's Σx² − (Σx)²/n is at rounding level of Σx², about 1e-15 of it.
//
// `visit(row, sum, sumOfSquares)` is called once per response row with arrays of
// (image.cols - window.width + 1) values; rows are spread over all cores and visited in any
// order, each from one thread. Single-channel CV_32F image; the window must fit in it.
using WindowRowVisitor =
    std::function<void(int row, const double* sum, const double* sumOfSquares)>;
void forEachWindowRow(const cv::Mat& image, cv::Size window, const WindowRowVisitor& visit);

} // namespace convlab
