// SPDX-License-Identifier: MIT
#include "views/Raster.h"

#include <QFontMetrics>
#include <QImage>
#include <QPainter>
#include <algorithm>
#include <cmath>
#include <opencv2/imgproc.hpp>
#include <vector>

namespace convlab::raster {

namespace {

cv::Scalar fillValue(float value)
{
    return cv::Scalar::all(value);
}

QRect clipped(const cv::Mat& image, const QRect& rect)
{
    return rect.intersected(QRect(0, 0, image.cols, image.rows));
}

cv::Point toCv(QPoint p)
{
    return {p.x(), p.y()};
}

// OpenCV's thickness is a diameter; 1 is a one-cell line, a filled shape is cv::FILLED.
int thicknessFor(int size, bool filled)
{
    return filled ? cv::FILLED : std::max(1, size);
}

} // namespace

QRect boxFromCorners(QPoint a, QPoint b)
{
    return QRect(QPoint(std::min(a.x(), b.x()), std::min(a.y(), b.y())),
                 QPoint(std::max(a.x(), b.x()), std::max(a.y(), b.y())));
}

QRect paintSegment(cv::Mat& image, QPoint from, QPoint to, int size, float value)
{
    size = std::max(1, size);
    // The brush: the cells of a size×size box whose centres lie in the disc of diameter size
    // (1 = one cell, 2 = a 2×2 square, 5 = a 21-cell disc), stamped on every cell of the line.
    const double centre = (size - 1) / 2.0, radius2 = size * size / 4.0;
    std::vector<QPoint> brush;
    for (int i = 0; i < size; ++i)
        for (int j = 0; j < size; ++j)
            if ((i - centre) * (i - centre) + (j - centre) * (j - centre) <= radius2)
                brush.emplace_back(j - size / 2, i - size / 2);
    const QRect bounds(0, 0, image.cols, image.rows);
    const int channels = image.channels();
    const auto stamp = [&](QPoint at) {
        for (const QPoint& offset : brush) {
            const QPoint cell = at + offset;
            if (!bounds.contains(cell))
                continue;
            float* pixel = image.ptr<float>(cell.y()) + cell.x() * channels;
            std::fill(pixel, pixel + channels, value);
        }
    };
    // One stamp per step along the longer axis; cells outside the image are skipped.
    const int steps = std::max(std::abs(to.x() - from.x()), std::abs(to.y() - from.y()));
    for (int k = 0; k <= steps; ++k) {
        const double t = steps == 0 ? 0.0 : static_cast<double>(k) / steps;
        stamp(QPoint(static_cast<int>(std::lround(from.x() + t * (to.x() - from.x()))),
                     static_cast<int>(std::lround(from.y() + t * (to.y() - from.y())))));
    }
    const int reach = size / 2 + 1;
    return clipped(image, boxFromCorners(from, to).adjusted(-reach, -reach, reach, reach));
}

QRect paintRectangle(cv::Mat& image, const QRect& box, int size, float value, bool filled)
{
    cv::rectangle(image, toCv(box.topLeft()), toCv(box.bottomRight()), fillValue(value),
                  thicknessFor(size, filled), cv::LINE_8);
    const int reach = filled ? 0 : size / 2 + 1;
    return clipped(image, box.adjusted(-reach, -reach, reach, reach));
}

QRect paintEllipse(cv::Mat& image, const QRect& box, int size, float value, bool filled)
{
    // cv::ellipse works in 1/16 cells so that even-sized boxes stay centred.
    constexpr int shift = 4;
    const cv::Point centre((box.left() + box.right()) * (1 << shift) / 2,
                           (box.top() + box.bottom()) * (1 << shift) / 2);
    const cv::Size axes((box.width() - 1) * (1 << shift) / 2,
                        (box.height() - 1) * (1 << shift) / 2);
    cv::ellipse(image, centre, axes, 0, 0, 360, fillValue(value), thicknessFor(size, filled),
                cv::LINE_8, shift);
    const int reach = filled ? 1 : size / 2 + 1;
    return clipped(image, box.adjusted(-reach, -reach, reach, reach));
}

QRect paintText(cv::Mat& image, const QString& text, const QFont& font, QPoint centre, float value)
{
    if (text.isEmpty())
        return {};
    const QFontMetrics metrics(font);
    const QRect bounds = metrics.boundingRect(text).adjusted(-2, -2, 2, 2);
    QImage mask(bounds.size(), QImage::Format_Grayscale8);
    mask.fill(0);
    {
        QPainter painter(&mask);
        painter.setRenderHint(QPainter::TextAntialiasing, true);
        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(-bounds.topLeft(), text);
    }
    const QPoint maskOrigin = centre - QPoint(bounds.width() / 2, bounds.height() / 2);
    const QRect target = clipped(image, QRect(maskOrigin, bounds.size()));
    const int channels = image.channels();
    for (int r = target.top(); r <= target.bottom(); ++r) {
        const uchar* coverage = mask.constScanLine(r - maskOrigin.y());
        float* row = image.ptr<float>(r);
        for (int c = target.left(); c <= target.right(); ++c) {
            const float alpha = coverage[c - maskOrigin.x()] / 255.f;
            if (alpha <= 0)
                continue;
            for (int k = 0; k < channels; ++k) {
                float& cell = row[c * channels + k];
                cell += (value - cell) * alpha;
            }
        }
    }
    return target;
}

QRect floodFill(cv::Mat& image, QPoint seed, float value)
{
    if (!QRect(0, 0, image.cols, image.rows).contains(seed))
        return {};
    cv::Rect changed;
    cv::floodFill(image, toCv(seed), fillValue(value), &changed, cv::Scalar::all(0),
                  cv::Scalar::all(0), 4);
    return QRect(changed.x, changed.y, changed.width, changed.height);
}

void invert(cv::Mat& image)
{
    double low = 0, high = 0;
    cv::minMaxLoc(image.reshape(1), &low, &high);
    if (low >= 0 && high <= 1) {
        low = 0;
        high = 1;
    }
    image = cv::Scalar::all(low + high) - image;
}

} // namespace convlab::raster
