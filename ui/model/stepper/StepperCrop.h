// SPDX-License-Identifier: MIT
#pragma once

#include <opencv2/core.hpp>

// How much of a lesson's image the stepper can walk through cell by cell, and which part of a
// larger image it offers instead. Qt-free.
namespace convlab::steppercrop {

inline constexpr int kMaxSide = 64;    // an image up to 64×64 is stepped through whole
inline constexpr int kCropSide = 16;   // the crop offered around the peak of a larger one
inline constexpr int kPatchMargin = 4; // cells of image kept around a patch larger than the crop

bool fitsStepper(cv::Size image);

// A crop of `image` centred on `centre` (x = col, y = row), kCropSide wide, or wider so that
// the patch fits with kPatchMargin cells around it, never more than kMaxSide nor than the image;
// moved inside the image when the centre is near an edge.
cv::Rect cropAround(cv::Size image, cv::Point centre, cv::Size patch);

} // namespace convlab::steppercrop
