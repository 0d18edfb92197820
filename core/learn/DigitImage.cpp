// SPDX-License-Identifier: MIT
#include "learn/DigitImage.h"

#include "Error.h"

#include <algorithm>
#include <cmath>
#include <opencv2/imgproc.hpp>

namespace convlab {
namespace {

constexpr int kSide = 20;
constexpr double kLongerSide = 14;
constexpr double kCentreOfMass = 9.85;
constexpr double kInkLevel = 0.3;    // of the brightest pixel: the digit's extent
constexpr double kBlankLevel = 0.05; // brightest pixel below this: nothing drawn

double borderMean(const cv::Mat& m)
{
    double sum = cv::sum(m.row(0))[0] + cv::sum(m.col(0))[0];
    int count = m.cols + m.rows;
    if (m.rows > 1) {
        sum += cv::sum(m.row(m.rows - 1))[0];
        count += m.cols;
    }
    if (m.cols > 1) {
        sum += cv::sum(m.col(m.cols - 1))[0];
        count += m.rows;
    }
    return sum / count;
}

} // namespace

cv::Mat prepareDigit(const cv::Mat& image)
{
    require(!image.empty(), "the image is empty");
    require(image.type() == CV_32FC1, "a digit must be a grayscale image");
    cv::Mat digit = image.clone();
    if (borderMean(digit) > 0.5)
        digit = 1.0 - digit;
    double low = 0, high = 0;
    cv::minMaxLoc(digit, &low, &high);
    require(std::isfinite(low) && std::isfinite(high), "the image holds NaN or infinite values");
    if (digit.rows == kSide && digit.cols == kSide)
        return digit;
    require(high >= kBlankLevel, "the image is blank: there is no digit to read");

    cv::Mat ink;
    cv::threshold(digit, ink, kInkLevel * high, 255, cv::THRESH_BINARY);
    ink.convertTo(ink, CV_8U);
    const cv::Rect box = cv::boundingRect(ink);
    const double scale = kLongerSide / std::max(box.width, box.height);
    const cv::Size size(std::max(1, static_cast<int>(std::lround(box.width * scale))),
                        std::max(1, static_cast<int>(std::lround(box.height * scale))));
    cv::Mat scaled;
    cv::resize(digit(box), scaled, size, 0, 0, scale < 1 ? cv::INTER_AREA : cv::INTER_LINEAR);
    cv::max(scaled, 0.0, scaled);

    const cv::Moments m = cv::moments(scaled);
    const double cx = m.m00 > 0 ? m.m10 / m.m00 : (size.width - 1) / 2.0;
    const double cy = m.m00 > 0 ? m.m01 / m.m00 : (size.height - 1) / 2.0;
    // Shifted so the centre of mass lands where the sheet's are, but never off the 20×20.
    const double dx = std::clamp(kCentreOfMass - cx, 0.0, double(kSide - size.width));
    const double dy = std::clamp(kCentreOfMass - cy, 0.0, double(kSide - size.height));
    const cv::Mat shift = (cv::Mat_<double>(2, 3) << 1, 0, dx, 0, 1, dy);
    cv::Mat placed;
    cv::warpAffine(scaled, placed, shift, cv::Size(kSide, kSide), cv::INTER_LINEAR,
                   cv::BORDER_CONSTANT, 0);
    return cv::min(cv::max(placed, 0.0), 1.0);
}

} // namespace convlab
