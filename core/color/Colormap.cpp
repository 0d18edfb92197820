// SPDX-License-Identifier: MIT
#include "color/Colormap.h"

#include "Error.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <limits>
#include <opencv2/imgproc.hpp>

namespace convlab {

namespace {

constexpr std::array<std::pair<Colormap, const char*>, 4> kNames{{
    {Colormap::Viridis, "viridis"},
    {Colormap::Gray, "gray"},
    {Colormap::Magma, "magma"},
    {Colormap::Diverging, "diverging"},
}};

// The single-channel float map as CV_32F, or an Error saying what it is instead.
cv::Mat singleChannelFloat(const cv::Mat& values, const char* caller)
{
    require(values.channels() == 1, std::string(caller) + " needs a single-channel map, got " +
                                        std::to_string(values.channels()) + " channels");
    if (values.depth() == CV_32F)
        return values;
    cv::Mat converted;
    values.convertTo(converted, CV_32F);
    return converted;
}

struct FiniteExtent {
    double low = std::numeric_limits<double>::infinity();
    double high = -std::numeric_limits<double>::infinity();
    bool empty() const { return low > high; }
};

// Minimum and maximum of the finite values: NaN marks an undefined cell, ±Inf would leave
// nothing to see of the rest.
FiniteExtent finiteExtent(const cv::Mat& values)
{
    FiniteExtent extent;
    for (int r = 0; r < values.rows; ++r) {
        const float* row = values.ptr<float>(r);
        for (int c = 0; c < values.cols; ++c)
            if (std::isfinite(row[c])) {
                extent.low = std::min<double>(extent.low, row[c]);
                extent.high = std::max<double>(extent.high, row[c]);
            }
    }
    return extent;
}

// Blue (negative) through white (zero) to red (positive), interpolated in CIE L*a*b* so that
// lightness falls evenly on both sides; the ends are those of Moreland's "cool to warm".
cv::Mat divergingLut()
{
    const auto toLab = [](cv::Vec3f bgr) {
        cv::Mat pixel(1, 1, CV_32FC3, cv::Scalar(bgr[0], bgr[1], bgr[2]));
        cv::cvtColor(pixel, pixel, cv::COLOR_BGR2Lab);
        return pixel.at<cv::Vec3f>(0, 0);
    };
    const cv::Vec3f blue = toLab(cv::Vec3f(192, 76, 59) / 255.f);
    const cv::Vec3f white = toLab(cv::Vec3f(1, 1, 1));
    const cv::Vec3f red = toLab(cv::Vec3f(38, 4, 180) / 255.f);

    cv::Mat lab(256, 1, CV_32FC3);
    for (int i = 0; i < 256; ++i) {
        const float t = static_cast<float>(i) / 255.f;
        lab.at<cv::Vec3f>(i) =
            t < 0.5f ? blue + (white - blue) * (2 * t) : white + (red - white) * (2 * t - 1);
    }
    cv::Mat bgr;
    cv::cvtColor(lab, bgr, cv::COLOR_Lab2BGR);
    cv::Mat lut;
    bgr.convertTo(lut, CV_8UC3, 255.0);
    return lut;
}

// 256 BGR colours, entry i for the quantised value i.
cv::Mat lookupTable(Colormap map)
{
    cv::Mat ramp(256, 1, CV_8UC1);
    for (int i = 0; i < 256; ++i)
        ramp.at<std::uint8_t>(i) = static_cast<std::uint8_t>(i);
    cv::Mat lut;
    switch (map) {
    case Colormap::Gray:
        cv::cvtColor(ramp, lut, cv::COLOR_GRAY2BGR);
        break;
    case Colormap::Viridis:
        cv::applyColorMap(ramp, lut, cv::COLORMAP_VIRIDIS);
        break;
    case Colormap::Magma:
        cv::applyColorMap(ramp, lut, cv::COLORMAP_MAGMA);
        break;
    case Colormap::Diverging: {
        // Built once: OpenCV 4.6 fills its Lab tables on first use without a lock, so views
        // and response workers converting at once each built them and lost all but one copy.
        static const cv::Mat diverging = divergingLut();
        lut = diverging;
        break;
    }
    }
    return lut;
}

} // namespace

std::string toString(Colormap map)
{
    for (const auto& [value, name] : kNames)
        if (value == map)
            return name;
    throw Error("unknown colormap " + std::to_string(static_cast<int>(map)));
}

Colormap colormapFromString(const std::string& name)
{
    std::string lower = name;
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    for (const auto& [value, known] : kNames)
        if (lower == known)
            return value;
    throw Error("unknown colormap '" + name + "' (choose viridis, gray, magma or diverging)");
}

ValueRange automaticRange(const cv::Mat& values, Colormap map)
{
    const FiniteExtent extent = finiteExtent(singleChannelFloat(values, "automaticRange"));
    if (extent.empty())
        return map == Colormap::Diverging ? ValueRange{-1, 1} : ValueRange{0, 1};
    if (map == Colormap::Diverging) {
        const double m = std::max(std::abs(extent.low), std::abs(extent.high));
        return m > 0 ? ValueRange{-m, m} : ValueRange{-1, 1};
    }
    if (extent.low < extent.high)
        return {extent.low, extent.high};
    // A constant map sits in the middle of the colormap rather than at one end.
    const double halfWidth = std::max(1.0, std::abs(extent.low)) * 0.5;
    return {extent.low - halfWidth, extent.high + halfWidth};
}

cv::Mat applyColormap(const cv::Mat& values, Colormap map, ValueRange range,
                      cv::Vec3b undefinedColor)
{
    const cv::Mat input = singleChannelFloat(values, "applyColormap");
    require(std::isfinite(range.low) && std::isfinite(range.high) && range.low < range.high,
            "colormap range [" + std::to_string(range.low) + ", " + std::to_string(range.high) +
                "] is empty: low must be below high");
    const cv::Mat lut = lookupTable(map);
    const double scale = 255.0 / (range.high - range.low);
    cv::Mat out(input.size(), CV_8UC3);
    for (int r = 0; r < input.rows; ++r) {
        const float* in = input.ptr<float>(r);
        auto* pixel = out.ptr<cv::Vec3b>(r);
        for (int c = 0; c < input.cols; ++c) {
            if (std::isnan(in[c])) {
                pixel[c] = undefinedColor;
                continue;
            }
            const double level = std::clamp((in[c] - range.low) * scale, 0.0, 255.0);
            pixel[c] = lut.at<cv::Vec3b>(static_cast<int>(std::lround(level)));
        }
    }
    return out;
}

cv::Mat normaliseToGray8(const cv::Mat& values)
{
    const cv::Mat input = singleChannelFloat(values, "normaliseToGray8");
    const FiniteExtent extent = finiteExtent(input);
    const bool constant = extent.empty() || extent.low == extent.high;
    const double scale = constant ? 0 : 255.0 / (extent.high - extent.low);
    cv::Mat out(input.size(), CV_8UC1);
    for (int r = 0; r < input.rows; ++r) {
        const float* in = input.ptr<float>(r);
        auto* gray = out.ptr<std::uint8_t>(r);
        for (int c = 0; c < input.cols; ++c) {
            if (std::isnan(in[c]))
                gray[c] = 0;
            else if (constant)
                gray[c] = 128;
            else
                gray[c] = static_cast<std::uint8_t>(
                    std::lround(std::clamp((in[c] - extent.low) * scale, 0.0, 255.0)));
        }
    }
    return out;
}

} // namespace convlab
