// SPDX-License-Identifier: MIT
#include "stepper/StepperCrop.h"

#include <algorithm>

namespace convlab::steppercrop {
namespace {

// The crop's extent and first cell along one axis.
std::pair<int, int> axisCrop(int image, int centre, int patch)
{
    const int side = std::min({std::max(kCropSide, patch + 2 * kPatchMargin), kMaxSide, image});
    const int first = std::clamp(centre - side / 2, 0, image - side);
    return {first, side};
}

} // namespace

bool fitsStepper(cv::Size image)
{
    return image.width <= kMaxSide && image.height <= kMaxSide;
}

cv::Rect cropAround(cv::Size image, cv::Point centre, cv::Size patch)
{
    const auto [top, rows] = axisCrop(image.height, centre.y, patch.height);
    const auto [left, cols] = axisCrop(image.width, centre.x, patch.width);
    return {left, top, cols, rows};
}

} // namespace convlab::steppercrop
