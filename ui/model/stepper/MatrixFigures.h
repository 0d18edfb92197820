// SPDX-License-Identifier: MIT
#pragma once

#include "ops/ConvMatrix.h"
#include "ops/TransposedConv.h"
#include "stepper/MatrixPresets.h"

#include <opencv2/core.hpp>
#include <optional>

// Everything the matrix view draws for a zero-padded convolution of a small signal or image,
// each piece from core: y = Wx, Wᵀ, x̂ = Wᵀy = WᵀWx, W·Wᵀ, and the rearrangement of Wᵀy into
// a convolution, x̂ = C z, where z is y with s−1 zeros inserted and a border of d(k−1)−p zeros
// (+ a after) and C the stride-1 convolution matrix of the flipped kernel over z. Qt-free.
namespace convlab {

struct MatrixFigures {
    cv::Mat x;      // the input, inputShape (1×n for a signal), CV_32F
    cv::Mat kernel; // CV_32F
    Pair stride{1, 1};
    Padding padding;
    Pair dilation{1, 1};

    Pair outputShape;              // y's shape
    cv::Mat W;                     // convMatrix: (outputs) × (inputs)
    cv::Mat taps;                  // convMatrixTaps: flat kernel tap of each entry, −1 for a 0
    Reconstruction reconstruction; // y = Wx (a column), W·Wᵀ, x̂ = WᵀWx, the errors

    TransposedParams transposed; // stride, padding and the output padding a giving x's shape
    ZeroInsertion rearranged;    // z = rearranged.padded, C z = rearranged.output
    cv::Mat C;                   // stride-1 convMatrix of the flipped kernel over z
    cv::Mat Ctaps;   // the *original* kernel's flat tap of each entry of C, −1 for a 0
    cv::Mat zSource; // per entry of z (row-major, CV_32S): y's flat index, −1 for a 0
    cv::Mat WtY;     // Wᵀy, as transposedConvByMatrix gives it (x's shape)
    double rearrangementDifference = 0; // max |C z − Wᵀy|

    // With a target t: the backward pass of L = ½ Σ (y − t)² through the same W, δ = y − t
    // and ∂L/∂x = Wᵀδ (squaredErrorBackward).
    std::optional<SquaredErrorBackward> backward;
};

// Throws Error (naming the numbers) for an impossible geometry, a matrix too large to teach or
// a target (if any) that is not as long as y.
MatrixFigures computeMatrixFigures(const cv::Mat& x, const cv::Mat& kernel, Pair stride,
                                   const Padding& padding, Pair dilation,
                                   const cv::Mat& target = {});
// A preset's figures: a signal (x of one row) strides, pads and dilates along its columns only.
MatrixFigures computeMatrixFigures(const MatrixPresetData& data);

// The output padding a, per axis, for which the transposed convolution of y gives x's shape:
// a = (n + p_before + p_after − d(k−1) − 1) mod s.
Pair outputPaddingFor(Pair inputShape, Pair kernelShape, Pair stride, const Padding& padding,
                      Pair dilation);

} // namespace convlab
