// SPDX-License-Identifier: MIT
#include "views/ValueDisplay.h"

#include <algorithm>
#include <cmath>

namespace convlab::display {

namespace {

uchar toByte(float value, double low, double high)
{
    const double t = (value - low) / (high - low);
    return static_cast<uchar>(std::lround(std::clamp(t, 0.0, 1.0) * 255));
}

} // namespace

ValueRange imageRange(const cv::Mat& image)
{
    double low = 0, high = 1;
    if (!image.empty()) {
        cv::minMaxLoc(image.reshape(1), &low, &high);
        if (low >= 0 && high <= 1) {
            low = 0;
            high = 1;
        } else if (high - low < 1e-12) {
            low -= 0.5;
            high += 0.5;
        }
    }
    return {low, high};
}

QImage imageCells(const cv::Mat& image, ValueRange range, const QRect& cells)
{
    QImage out(cells.size(), QImage::Format_RGB32);
    const int channels = image.channels();
    for (int r = 0; r < cells.height(); ++r) {
        const float* src = image.ptr<float>(cells.top() + r) + cells.left() * channels;
        auto* dst = reinterpret_cast<QRgb*>(out.scanLine(r));
        for (int c = 0; c < cells.width(); ++c, src += channels) {
            if (channels >= 3) {
                dst[c] = qRgb(toByte(src[0], range.low, range.high),
                              toByte(src[1], range.low, range.high),
                              toByte(src[2], range.low, range.high));
            } else {
                const uchar g = toByte(src[0], range.low, range.high);
                dst[c] = qRgb(g, g, g);
            }
        }
    }
    return out;
}

QImage imagePixels(const cv::Mat& image)
{
    if (image.empty())
        return {};
    cv::Mat floats = image;
    if (image.depth() != CV_32F)
        image.convertTo(floats, CV_32F);
    return imageCells(floats, imageRange(floats), QRect(0, 0, floats.cols, floats.rows));
}

double kernelScale(const cv::Mat& kernel)
{
    double low = 0, high = 0;
    if (!kernel.empty())
        cv::minMaxLoc(kernel, &low, &high);
    return std::max({std::abs(low), std::abs(high), 1e-12});
}

QColor kernelColor(double value, double scale, const QColor& zero)
{
    const double t = std::clamp(value / scale, -1.0, 1.0);
    const QColor negative(59, 76, 192), positive(180, 4, 38);
    const QColor& end = t < 0 ? negative : positive;
    const double a = std::abs(t) * 0.85;
    const auto mix = [a](double from, double to) {
        return static_cast<float>(from + (to - from) * a);
    };
    return QColor::fromRgbF(mix(zero.redF(), end.redF()), mix(zero.greenF(), end.greenF()),
                            mix(zero.blueF(), end.blueF()));
}

QImage kernelPixels(const cv::Mat& kernel, const QColor& zero)
{
    if (kernel.empty())
        return {};
    const double scale = kernelScale(kernel);
    QImage out(kernel.cols, kernel.rows, QImage::Format_RGB32);
    for (int r = 0; r < kernel.rows; ++r)
        for (int c = 0; c < kernel.cols; ++c)
            out.setPixel(c, r, kernelColor(kernel.at<float>(r, c), scale, zero).rgb());
    return out;
}

QColor inkOn(const QColor& fill)
{
    const auto linear = [](float v) {
        return v <= 0.03928f ? v / 12.92f : std::pow((v + 0.055f) / 1.055f, 2.4f);
    };
    const float luminance = 0.2126f * linear(fill.redF()) + 0.7152f * linear(fill.greenF()) +
                            0.0722f * linear(fill.blueF());
    return luminance > 0.179f ? QColor(20, 20, 20) : QColor(Qt::white);
}

ValueRange responseRange(const ResponseResult& result, const ViewSettings& view)
{
    if (result.display.prepared) // no pass over the map on the GUI thread
        return result.display.rangeFor(view);
    if (!view.autoRange)
        return {view.rangeLow, view.rangeHigh};
    return automaticRange(result.response, view.colormap);
}

QImage responsePixels(const ResponseResult& result, const ViewSettings& view)
{
    if (result.response.empty())
        return {};
    const ValueRange range = responseRange(result, view);
    if (result.display.matches(view.colormap, range))
        return result.display.colored;
    return colormapImage(result.response, view.colormap, range);
}

} // namespace convlab::display
