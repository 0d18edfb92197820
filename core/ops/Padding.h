// SPDX-License-Identifier: MIT
#pragma once

#include "geometry/Types.h"

#include <opencv2/core.hpp>

namespace convlab {

// Pads a float image (any channel count) as PyTorch's F.pad does for these modes:
// zeros (constant 0), reflect (edge excluded), replicate, circular.
// Throws Error when reflect/circular padding exceeds what the image can provide
// (reflect: pad < size; circular: pad <= size), naming the numbers.
cv::Mat padImage(const cv::Mat& image, const Padding& padding, PaddingMode mode);

// The checks of padImage for an image of `size`, without padding anything.
void requirePaddable(cv::Size size, const Padding& padding, PaddingMode mode);

// Index into the unpadded axis of length `size` that padded index `index`
// (0 = first padding cell, `before` cells of padding) reads; -1 for a zero-padding cell.
// Lets a stepper read one padded cell without padding the whole image.
int sourceIndex(int index, int before, int size, PaddingMode mode);

// The OpenCV border type that reproduces `mode` (for copyMakeBorder).
int toOpenCvBorder(PaddingMode mode);

} // namespace convlab
