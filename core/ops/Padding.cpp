// SPDX-License-Identifier: MIT
#include "ops/Padding.h"

#include "Error.h"

#include <opencv2/core.hpp>

namespace convlab {
namespace {

struct Side {
    const char* name;
    int pad;
    int size;           // the image extent along that side's axis
    const char* extent; // "height" or "width"
};

// PyTorch refuses reflect padding that would reflect twice and circular padding that would
// wrap more than once; OpenCV would silently go on.
void requireSideFits(const Side& side, PaddingMode mode)
{
    const std::string what =
        toString(mode) + " padding " + side.name + " " + std::to_string(side.pad);
    const std::string image =
        " the image " + std::string(side.extent) + " " + std::to_string(side.size);
    if (mode == PaddingMode::Reflect)
        require(side.pad < side.size, what + " must be smaller than" + image);
    else if (mode == PaddingMode::Circular)
        require(side.pad <= side.size, what + " must not exceed" + image);
}

} // namespace

void requirePaddable(cv::Size size, const Padding& padding, PaddingMode mode)
{
    const Side sides[] = {{"top", padding.top, size.height, "height"},
                          {"bottom", padding.bottom, size.height, "height"},
                          {"left", padding.left, size.width, "width"},
                          {"right", padding.right, size.width, "width"}};
    for (const Side& side : sides)
        require(side.pad >= 0, std::string("padding ") + side.name + " " +
                                   std::to_string(side.pad) + " must not be negative");
    for (const Side& side : sides)
        requireSideFits(side, mode);
}

cv::Mat padImage(const cv::Mat& image, const Padding& padding, PaddingMode mode)
{
    require(!image.empty(), "cannot pad an empty image");
    requirePaddable(image.size(), padding, mode);
    cv::Mat padded;
    // Isolated: a view into a larger image is padded from its own cells, not its neighbours'.
    cv::copyMakeBorder(image, padded, padding.top, padding.bottom, padding.left, padding.right,
                       toOpenCvBorder(mode) | cv::BORDER_ISOLATED, cv::Scalar::all(0));
    return padded;
}

int sourceIndex(int index, int before, int size, PaddingMode mode)
{
    require(size >= 1, "cannot read padding of an empty axis (size " + std::to_string(size) + ")");
    const long long cell = static_cast<long long>(index) - before;
    if (cell >= 0 && cell < size)
        return static_cast<int>(cell);
    switch (mode) {
    case PaddingMode::Zeros:
        return -1;
    case PaddingMode::Replicate:
        return cell < 0 ? 0 : size - 1;
    case PaddingMode::Circular:
        return static_cast<int>((cell % size + size) % size);
    case PaddingMode::Reflect: {
        if (size == 1)
            return 0;
        // Reflection without repeating the edge is periodic with period 2(size-1).
        const long long period = 2LL * (size - 1);
        const long long folded = (cell % period + period) % period;
        return static_cast<int>(folded < size ? folded : period - folded);
    }
    }
    throw Error("unknown padding mode " + std::to_string(static_cast<int>(mode)));
}

int toOpenCvBorder(PaddingMode mode)
{
    switch (mode) {
    case PaddingMode::Zeros:
        return cv::BORDER_CONSTANT;
    case PaddingMode::Reflect:
        return cv::BORDER_REFLECT_101;
    case PaddingMode::Replicate:
        return cv::BORDER_REPLICATE;
    case PaddingMode::Circular:
        return cv::BORDER_WRAP;
    }
    throw Error("unknown padding mode " + std::to_string(static_cast<int>(mode)));
}

} // namespace convlab
