// SPDX-License-Identifier: MIT
#pragma once

#include "geometry/Types.h"

#include <opencv2/core.hpp>

namespace convlab {

// The matrix W of a zero-padded cross-correlation: y = W x with x the input flattened
// row-major (unpadded cells only; zero padding contributes nothing) and y the output flattened
// row-major. W has (outRows·outCols) rows and (inRows·inCols) columns, CV_32F.
// A 1D signal is the case inputShape = {1, n}, kernel 1×k.
// Refuses matrices over 4096×4096 entries (this is for teaching, not for computing).
cv::Mat convMatrix(const cv::Mat& kernel, Pair inputShape, Pair stride, const Padding& padding,
                   Pair dilation);

// For each entry of W: the kernel tap it holds, as a flat index u·kw + v, or -1 for a 0 that is
// structural (no tap). Lets a view write w₁, w₂, … symbolically.
cv::Mat convMatrixTaps(Pair kernelShape, Pair inputShape, Pair stride, const Padding& padding,
                       Pair dilation);

struct Reconstruction {
    cv::Mat WWt;                // W·Wᵀ
    double orthonormalityError; // ‖W·Wᵀ − I‖_F: 0 exactly when W's rows are orthonormal
    cv::Mat y;                  // W x
    cv::Mat xHat;               // Wᵀ W x
    double reconstructionError; // ‖x̂ − x‖₂ / ‖x‖₂ (‖x̂ − x‖₂ when x = 0)
};

// x is a column (n×1) or any matrix with n entries, read row-major.
Reconstruction reconstruct(const cv::Mat& W, const cv::Mat& x);

} // namespace convlab
