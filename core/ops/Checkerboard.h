// SPDX-License-Identifier: MIT
#pragma once

#include "geometry/ConvGeometry.h"
#include "geometry/Types.h"
#include "ops/TransposedConv.h"

#include <opencv2/core.hpp>
#include <string>
#include <vector>

namespace convlab {

// Checkerboard artefacts of transposed convolutions (Odena, Dumoulin & Olah, Distill 2016):
// output cell j receives one stamp from every (input n, tap u) with n·s + u·d − p = j. How
// many is the overlap; it repeats with period s away from the borders, and is the same
// everywhere there only when s divides k and gcd(s, d) = 1. Otherwise a constant input with a
// constant kernel already comes out striped (1D) or checkered (2D).

// One axis: the overlap count of each of the transposedOutputSize(axis) output cells.
// Throws Error for an impossible geometry, as transposedOutputSize does.
std::vector<int> transposedOverlap1d(const AxisGeometry& axis);

// 2D (a 1D signal is inputShape {1, n}, kernelShape {1, k}): CV_32FC1 of transposedOutput
// size, each cell the number of (input cell, kernel tap) pairs that reach it. It equals
// transposedConv2d(ones, ones) and is the product of the two axes' 1D counts.
cv::Mat transposedOverlap(Pair inputShape, Pair kernelShape, const TransposedParams& params);

// Output cells (half-open, output coordinates) whose every tap would land on an input cell:
// from d(k−1) − p_before to (i−1)s − p_before, clipped to the output. The overlap there is
// the periodic pattern alone, without the borders' fall-off. May be empty (small inputs).
Range overlapInterior(const AxisGeometry& axis);
// Whether the interior pattern is flat on this axis: s divides k and gcd(s, d) = 1.
bool overlapIsEven(const AxisGeometry& axis);

// What a view prints beside a map: its range over every cell and over the interior.
struct MapUniformity {
    double minimum = 0; // over the whole map
    double maximum = 0;
    cv::Rect interior; // empty when no cell is away from the borders
    double interiorMinimum = 0;
    double interiorMaximum = 0;
    // The interior's cells all equal (within 1e-6 of its largest magnitude); false when empty.
    bool uniformInterior = false;
    // (max − min) / max over the interior: 0 flat, 1 when some cells get nothing (holes).
    double interiorContrast() const;
};
MapUniformity mapUniformity(const cv::Mat& map, const cv::Rect& interior);

// transposedOverlap with its summary; the interior is overlapInterior on both axes.
struct OverlapMap {
    cv::Mat counts;
    MapUniformity uniformity;
    bool evenByRule = false; // overlapIsEven on both axes: what uniformity should find
};
OverlapMap transposedOverlapMap(Pair inputShape, Pair kernelShape, const TransposedParams& params);

enum class ResizeMode { Nearest, Bilinear };
std::string toString(ResizeMode mode);                    // "nearest", "bilinear"
ResizeMode resizeModeFromString(const std::string& name); // throws Error naming the value

// Odena et al.'s alternative: resize by the stride (cv::resize, INTER_NEAREST or
// INTER_LINEAR, fx = stride.cols, fy = stride.rows), then an ordinary convolution with "same"
// zero padding (PyTorch's split, the odd cell after). No overlap pattern: every output cell
// reads k_h × k_w cells, so a constant input gives a constant output away from the borders.
struct ResizeConv {
    cv::Mat upsampled; // (i·s) per axis
    Padding padding;   // the "same" padding used
    cv::Mat output;    // upsampled's size
    cv::Rect interior; // cells whose window holds no padding
};
ResizeConv resizeConv(const cv::Mat& input, const cv::Mat& kernel, Pair scale, ResizeMode mode);

// The figure of the transposed page: for a given geometry, the overlap counts, a constant
// input (`inputValue`) through a constant kernel (`kernelValue`) by ConvLab's transposed
// convolution, and the same input and kernel through resize-then-convolution by the stride.
struct CheckerboardFigure {
    OverlapMap overlap;
    cv::Mat transposedOutput; // transposedConv2d(constant, constant): inputValue·kernelValue·counts
    MapUniformity transposedUniformity;
    ResizeConv resized;
    MapUniformity resizedUniformity;
};
CheckerboardFigure checkerboardFigure(Pair inputShape, Pair kernelShape,
                                      const TransposedParams& params, ResizeMode mode,
                                      float inputValue = 1.f, float kernelValue = 1.f);

// A learned output's checkerboard. The means of a map's cells by phase (i mod s_r, j mod s_c):
// an s_r × s_c CV_64F grid, all equal when nothing in the map repeats with the stride's period.
cv::Mat phaseMeans(const cv::Mat& map, Pair stride);
// Their variance: the map's energy at the frequencies an upsampling by s aliases to, the s² − 1
// harmonics of the stride (for s = 2 the (−1)^i, (−1)^j and (−1)^(i+j) patterns; sides that are
// multiples of s make it exactly Σ |DFT|² / N² there). 0 for a flat map, A² for A·(−1)^(i+j).
double checkerboardEnergy(const cv::Mat& map, Pair stride);

} // namespace convlab
