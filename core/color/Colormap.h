// SPDX-License-Identifier: MIT
#pragma once

#include <opencv2/core.hpp>
#include <string>

namespace convlab {

enum class Colormap { Viridis, Gray, Magma, Diverging };

std::string toString(Colormap map);
Colormap colormapFromString(const std::string& name); // throws Error naming the value

// Value range mapped onto the colormap. For Diverging, centred on 0: [-m, m], m = max |v|.
struct ValueRange {
    double low = 0;
    double high = 1;
};
ValueRange automaticRange(const cv::Mat& values, Colormap map); // NaN ignored

// A single-channel float map to 8-bit BGR through the colormap; NaN cells get `undefinedColor`.
cv::Mat applyColormap(const cv::Mat& values, Colormap map, ValueRange range,
                      cv::Vec3b undefinedColor = {128, 128, 128});
// Min–max normalised to 8-bit grayscale (constant maps become mid-gray); NaN -> 0.
cv::Mat normaliseToGray8(const cv::Mat& values);

} // namespace convlab
