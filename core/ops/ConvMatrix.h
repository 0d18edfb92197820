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

// The backward pass through y = W x for the loss L = ½ Σ (y − t)²: δ = ∂L/∂y = y − t and, by
// the chain rule, ∂L/∂x = Wᵀδ — the same Wᵀ as x̂ = Wᵀy, applied to δ. What autograd computes
// for a convolution (learn/Backward.h checks it), without autograd.
struct SquaredErrorBackward {
    cv::Mat y;        // W x, a column (CV_32F)
    cv::Mat target;   // t, a column
    cv::Mat delta;    // δ = y − t, a column
    double loss = 0;  // ½ Σ (y − t)²
    cv::Mat gradient; // ∂L/∂x = Wᵀδ, a column of x's length
};

// x and the target are read row-major, any shape with W's columns, resp. rows, of entries; an
// empty target is zeros (δ = y). Throws Error naming the sizes that do not match.
SquaredErrorBackward squaredErrorBackward(const cv::Mat& W, const cv::Mat& x,
                                          const cv::Mat& target);

} // namespace convlab
