// SPDX-License-Identifier: MIT
#pragma once

#include "geometry/Types.h"

#include <string>
#include <vector>

namespace convlab {

// One axis of a convolution, in Dumoulin & Visin's notation.
struct AxisGeometry {
    int input = 1;         // i
    int kernel = 1;        // k
    int stride = 1;        // s
    int padBefore = 0;     // p (top or left)
    int padAfter = 0;      // p (bottom or right)
    int dilation = 1;      // d
    int outputPadding = 0; // a, transposed convolution only
};

// Half-open index range [begin, end).
struct Range {
    int begin = 0;
    int end = 0;
    int size() const { return end - begin; }
    friend bool operator==(const Range&, const Range&) = default;
};

int dilatedKernelSize(int kernel, int dilation); // d(k-1)+1

// o = floor((i + p_before + p_after - d(k-1) - 1) / s) + 1.
// Throws Error naming the numbers when the combination is impossible.
int convOutputSize(const AxisGeometry& axis);

// PyTorch conv_transpose: o = (i-1)s - p_before - p_after + d(k-1) + a + 1.
// Requires a < s or a < d, as PyTorch does.
int transposedOutputSize(const AxisGeometry& axis);

// The formula with the numbers filled in, e.g. "o = floor((7 + 0 + 0 - 1·(3-1) - 1) / 2) + 1 = 3".
std::string convFormula(const AxisGeometry& axis);
std::string transposedFormula(const AxisGeometry& axis);

// Input cells (in padded coordinates, 0 = first padding cell) read by output cell `out`;
// the range spans the dilated kernel.
Range receptiveField(const AxisGeometry& axis, int out);

// Output cells whose window reads input cell `in` (unpadded coordinate), taking dilation gaps
// into account: only outputs that multiply `in` by a kernel tap are listed.
std::vector<int> outputsFedBy(const AxisGeometry& axis, int in);

// Input rows/cols (unpadded) that no window ever reaches, because the stride does not divide.
std::vector<int> unreachedInputs(const AxisGeometry& axis);

// For a transposed convolution with stride s: the s conv input sizes i (a = 0..s-1) whose
// convolution gives `convOutput` cells; i = (o-1)s + d(k-1) + 1 - p_total + a.
std::vector<int> convInputSizesFor(int convOutput, const AxisGeometry& axis);

// valid -> 0; same -> total d(k-1), before = total/2, the odd cell after (PyTorch);
// full -> d(k-1) each side.
Padding resolvePadding(PaddingPreset preset, Pair kernel, Pair dilation);
// Same for a single axis: {before, after}.
Range resolveAxisPadding(PaddingPreset preset, int kernel, int dilation);

// Splits a 2D problem into its two axes.
struct ConvGeometry2d {
    Pair input;
    Pair kernel;
    Pair stride;
    Padding padding;
    Pair dilation;
    Pair outputPadding{0, 0};

    AxisGeometry rows() const;
    AxisGeometry cols() const;
    Pair convOutput() const;       // throws Error
    Pair transposedOutput() const; // throws Error
};

} // namespace convlab
