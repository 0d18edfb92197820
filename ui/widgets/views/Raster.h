// SPDX-License-Identifier: MIT
#pragma once

#include <QFont>
#include <QPoint>
#include <QRect>
#include <QString>
#include <opencv2/core.hpp>

// Drawing on float images (CV_32FC1 or CV_32FC3), cell-exact: a tool writes its value as it
// is, so a student reads back exactly the number they painted. Each function returns the
// rectangle of cells it may have changed, clipped to the image (empty if none).
namespace convlab::raster {

// A round brush of diameter `size` cells swept from `from` to `to` (cell coordinates).
QRect paintSegment(cv::Mat& image, QPoint from, QPoint to, int size, float value);
// Outline `size` cells wide, or filled; the rectangle and the ellipse's bounding box are `box`.
QRect paintRectangle(cv::Mat& image, const QRect& box, int size, float value, bool filled);
QRect paintEllipse(cv::Mat& image, const QRect& box, int size, float value, bool filled);
// Text centred on `centre`, anti-aliased: cells are blended toward `value` by glyph coverage.
// The font's pixel size is taken in cells.
QRect paintText(cv::Mat& image, const QString& text, const QFont& font, QPoint centre, float value);
// The 4-connected region of cells equal to the seed's value, set to `value`.
QRect floodFill(cv::Mat& image, QPoint seed, float value);
// v -> low + high - v, with [low, high] = [0, 1] for images within it, else the image's range.
void invert(cv::Mat& image);

// The box from one corner cell to another, both included.
QRect boxFromCorners(QPoint a, QPoint b);

} // namespace convlab::raster
