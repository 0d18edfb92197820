// SPDX-License-Identifier: MIT
#pragma once

#include "color/Colormap.h"
#include "compute/ResponseResult.h"
#include "document/Parameters.h"

#include <QColor>
#include <QImage>
#include <QRect>
#include <opencv2/core.hpp>

// How the window turns values into grey and colours, in one place: the views draw with it
// and so do the exported figures (File ▸ Export, `convlab render`), so that a figure shows
// exactly what the window shows, constant and nearly constant images and maps included.
namespace convlab::display {

// The grey scale of an image (the input, a patch drawn as an image): [0, 1] when every value
// lies in it (an image of ones is white, of zeros black), else its min..max; an image constant
// outside [0, 1] sits in the middle of a unit span.
ValueRange imageRange(const cv::Mat& image);
// Cells of a float image (one or three channels) through `range`, low black and high white,
// one RGB32 pixel per cell.
QImage imageCells(const cv::Mat& image, ValueRange range, const QRect& cells);
// The whole image through imageRange: what the input view shows.
QImage imagePixels(const cv::Mat& image);

// A kernel small enough to be edited as numbers, coloured as its grid colours it: blue below
// 0, red above, scaled by the largest magnitude, 0 in `zero` (the view's background).
double kernelScale(const cv::Mat& kernel);
QColor kernelColor(double value, double scale, const QColor& zero);
QImage kernelPixels(const cv::Mat& kernel, const QColor& zero);
// White or near-black, whichever reads better on `fill` (WCAG relative luminance).
QColor inkOn(const QColor& fill);

// The colour range the response view gives a result's response under `view`.
ValueRange responseRange(const ResponseResult& result, const ViewSettings& view);
// The response coloured as the response view colours it (undefined cells light grey): the
// colours prepared off the GUI thread when they are these, else drawn now.
QImage responsePixels(const ResponseResult& result, const ViewSettings& view);

} // namespace convlab::display
