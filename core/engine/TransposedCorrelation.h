// SPDX-License-Identifier: MIT
#pragma once

#include "engine/CorrelationEngine.h"
#include "geometry/Types.h"

#include <opencv2/core.hpp>

namespace convlab {

// PyTorch conv_transpose2d for one channel, through the correlation engine, without
// multiplying by the zeros that zero insertion would put in. Along an axis, output cell
// o = n·s + u·d - p_before receives input n times tap u; the cells o ≡ φ (mod s) of one phase
// φ only receive the taps with u·d ≡ φ + p_before (mod s), and those form a plain
// (flipped, dilated) correlation of the zero-bordered input. So the output splits into
// s_rows × s_cols phase maps, each one engine correlation with a sub-kernel of about
// (k/s)² taps, interleaved back: input cells × kernel taps multiply-adds in all, like the
// scatter form, but on contiguous rows and both cores.
//
// Output size per axis: (i-1)s - p_before - p_after + d(k-1) + a + 1, a (output padding) added
// at the bottom/right; cells no input reaches are 0. Single-channel CV_32F input and kernel.
// Throws Error naming the numbers when the output would be empty or a parameter is out of
// range. NaN/Inf are not checked: callers validate their inputs.
cv::Mat transposedCorrelate(const cv::Mat& input, const cv::Mat& kernel, Pair stride, Pair dilation,
                            const Padding& padding, Pair outputPadding,
                            Engine engine = Engine::Auto);

} // namespace convlab
