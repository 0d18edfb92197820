// SPDX-License-Identifier: MIT
#pragma once

#include "color/Colormap.h"

#include <QImage>
#include <opencv2/core.hpp>

namespace convlab {

// cv::Mat <-> QImage. The QImages returned share the buffer OpenCV wrote (kept alive by the
// image itself), so converting costs one pass over the pixels, not an extra copy.

// CV_8UC1 -> Grayscale8, CV_8UC3 (BGR, as OpenCV's functions give it) -> BGR888.
QImage toQImage(const cv::Mat& bytes);
// A float map through the colormap; NaN cells drawn in `undefined`.
QImage colormapped(const cv::Mat& values, Colormap map, ValueRange range,
                   QColor undefined = QColor(128, 128, 128));
// A float image as gray: `range` mapped to black..white, clamped; NaN black.
QImage grayImage(const cv::Mat& values, ValueRange range = {0.0, 1.0});
// Any QImage -> CV_32FC1 in [0, 1] (luminance).
cv::Mat toGrayFloat(const QImage& image);
// A cv::Mat header over the pixels of `image` (Grayscale8 -> CV_8UC1, formats with 4 bytes per
// pixel -> CV_8UC4); writes through it change the image. `image` must outlive the header.
cv::Mat matView(QImage& image);

} // namespace convlab
