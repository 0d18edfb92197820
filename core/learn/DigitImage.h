// SPDX-License-Identifier: MIT
#pragma once

#include <opencv2/core.hpp>

namespace convlab {

// Any grayscale image of one digit (core's readImage: CV_32FC1 in [0, 1]) made into a 20×20
// digit as the sheet's are, which are MNIST's digits at 20×20:
//  1. dark ink on a light background (border brighter than 0.5 on average) is inverted, so
//     that the digit is white on black;
//  2. a 20×20 image is then taken as it is (a digit of the sheet stays exactly itself);
//  3. any other size is cropped to the ink (pixels above 0.3 of the brightest), scaled with
//     area averaging so that its longer side is 14 pixels (the sheet's digits: 14–15), and
//     placed so that its centre of mass is at (9.85, 9.85), where the sheet's are on average.
// Throws Error for an empty, blank or multi-channel image.
cv::Mat prepareDigit(const cv::Mat& image);

} // namespace convlab
