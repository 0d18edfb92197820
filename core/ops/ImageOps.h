// SPDX-License-Identifier: MIT
#pragma once

#include "geometry/Types.h"

#include <opencv2/core.hpp>

namespace convlab {

// The lecture's glossary as operations. Each returns the image and the 2×3 affine matrix
// that maps input (x, y) = (col, row) to output coordinates, so a view can show it.
struct Transformed {
    cv::Mat image;
    cv::Matx23d affine;
};

Transformed padOp(const cv::Mat& image, const Padding& padding, PaddingMode mode);
// Scale by (fx, fy) > 0, bilinear; the output is round(W·fx) × round(H·fy).
Transformed scaleOp(const cv::Mat& image, double fx, double fy);
// x' = x + shx·y, y' = y + shy·x; the canvas grows to hold the whole sheared image.
Transformed shearOp(const cv::Mat& image, double shx, double shy);
// Crops to the rectangle, which must lie inside the image.
Transformed cropOp(const cv::Mat& image, const cv::Rect& rect);
// Rotates counter-clockwise by `degrees` about the centre, same canvas size, zeros outside.
Transformed rotateOp(const cv::Mat& image, double degrees);
Transformed flipOp(const cv::Mat& image, bool horizontal, bool vertical);

} // namespace convlab
