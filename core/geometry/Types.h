// SPDX-License-Identifier: MIT
#pragma once

#include <string>

namespace convlab {

// A (rows, cols) pair: stride, dilation, output padding, kernel and image sizes.
struct Pair {
    int rows = 1;
    int cols = 1;
    friend bool operator==(const Pair&, const Pair&) = default;
};

// Padding per side, PyTorch's F.pad order aside: top, bottom, left, right.
struct Padding {
    int top = 0;
    int bottom = 0;
    int left = 0;
    int right = 0;
    friend bool operator==(const Padding&, const Padding&) = default;
    static Padding uniform(int p) { return {p, p, p, p}; }
    static Padding symmetric(int rows, int cols) { return {rows, rows, cols, cols}; }
};

// PyTorch's padding_mode names; reflect excludes the edge (OpenCV's BORDER_REFLECT_101).
enum class PaddingMode { Zeros, Reflect, Replicate, Circular };

// The shortcuts "valid", "same" and "full", resolved to numbers by resolvePadding().
enum class PaddingPreset { Valid, Same, Full };

std::string toString(PaddingMode mode);
PaddingMode paddingModeFromString(const std::string& name); // throws Error naming the value

} // namespace convlab
