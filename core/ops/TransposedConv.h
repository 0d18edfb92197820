// SPDX-License-Identifier: MIT
#pragma once

#include "geometry/Types.h"

#include <opencv2/core.hpp>

namespace convlab {

// PyTorch conv_transpose2d for one channel: stride, padding (per side; PyTorch's p is both
// sides), output padding a (added bottom/right), dilation.
struct TransposedParams {
    Pair stride{1, 1};
    Padding padding{};
    Pair outputPadding{0, 0};
    Pair dilation{1, 1};
};

// The zero-insertion form keeps its intermediate grids: the animation draws them.
struct ZeroInsertion {
    cv::Mat zeroInserted;  // s-1 zeros between input cells: ((i-1)s+1) per axis
    Padding border;        // d(k-1)-p before, d(k-1)-p+a after; negative = cropped
    cv::Mat padded;        // zeroInserted with that border
    cv::Mat flippedKernel; // kernel rotated 180°
    cv::Mat output;        // padded ⋆ flippedKernel, dilation d, stride 1
};

// (1) insert s-1 zeros, pad d(k-1)-p (+a bottom/right), cross-correlate with the flipped kernel.
ZeroInsertion transposedConvByZeroInsertion(const cv::Mat& input, const cv::Mat& kernel,
                                            const TransposedParams& params);
// (2) each input value stamps value × kernel into the output; overlaps add up.
cv::Mat transposedConvByScatter(const cv::Mat& input, const cv::Mat& kernel,
                                const TransposedParams& params);
// (3) Wᵀy with W the matrix of the matching conv (see ConvMatrix.h); for small sizes only.
cv::Mat transposedConvByMatrix(const cv::Mat& input, const cv::Mat& kernel,
                               const TransposedParams& params);

// The default: the scatter form. Throws Error for impossible geometry, naming the numbers.
cv::Mat transposedConv2d(const cv::Mat& input, const cv::Mat& kernel,
                         const TransposedParams& params);

} // namespace convlab
