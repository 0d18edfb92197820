// SPDX-License-Identifier: MIT
#include "image/ImageConversion.h"

#include <QColor>
#include <cmath>
#include <opencv2/imgproc.hpp>

namespace convlab {

namespace {

// The QImage keeps the cv::Mat (and so its buffer) alive until the image data is released.
void releaseMat(void* mat)
{
    delete static_cast<cv::Mat*>(mat);
}

QImage wrap(const cv::Mat& bytes, QImage::Format format)
{
    auto* owner = new cv::Mat(bytes);
    return QImage(owner->data, owner->cols, owner->rows, static_cast<qsizetype>(owner->step),
                  format, releaseMat, owner);
}

} // namespace

QImage toQImage(const cv::Mat& bytes)
{
    if (bytes.empty())
        return {};
    CV_Assert(bytes.depth() == CV_8U && (bytes.channels() == 1 || bytes.channels() == 3));
    return wrap(bytes, bytes.channels() == 1 ? QImage::Format_Grayscale8 : QImage::Format_BGR888);
}

QImage colormapped(const cv::Mat& values, Colormap map, ValueRange range, QColor undefined)
{
    if (values.empty())
        return {};
    const cv::Vec3b undefinedBgr(static_cast<uchar>(undefined.blue()),
                                 static_cast<uchar>(undefined.green()),
                                 static_cast<uchar>(undefined.red()));
    return toQImage(applyColormap(values, map, range, undefinedBgr));
}

QImage grayImage(const cv::Mat& values, ValueRange range)
{
    if (values.empty())
        return {};
    CV_Assert(values.channels() == 1);
    const double span = range.high - range.low;
    const double scale = span > 0 ? 255.0 / span : 0.0;
    cv::Mat bytes(values.size(), CV_8UC1);
    cv::Mat floats;
    values.convertTo(floats, CV_32F);
    for (int r = 0; r < floats.rows; ++r) {
        const float* in = floats.ptr<float>(r);
        uchar* out = bytes.ptr<uchar>(r);
        for (int c = 0; c < floats.cols; ++c) {
            const double v = in[c];
            out[c] = std::isnan(v) ? 0
                                   : (span > 0 ? cv::saturate_cast<uchar>((v - range.low) * scale)
                                               : uchar(v >= range.high ? 255 : 0));
        }
    }
    return toQImage(bytes);
}

cv::Mat toGrayFloat(const QImage& image)
{
    if (image.isNull())
        return {};
    QImage gray = image.format() == QImage::Format_Grayscale8
                      ? image
                      : image.convertToFormat(QImage::Format_Grayscale8);
    const cv::Mat view(gray.height(), gray.width(), CV_8UC1, const_cast<uchar*>(gray.constBits()),
                       static_cast<size_t>(gray.bytesPerLine()));
    cv::Mat floats;
    view.convertTo(floats, CV_32F, 1.0 / 255.0); // a new buffer: independent of `gray`
    return floats;
}

cv::Mat matView(QImage& image)
{
    switch (image.format()) {
    case QImage::Format_Grayscale8:
        return cv::Mat(image.height(), image.width(), CV_8UC1, image.bits(),
                       static_cast<size_t>(image.bytesPerLine()));
    case QImage::Format_RGB32:
    case QImage::Format_ARGB32:
    case QImage::Format_ARGB32_Premultiplied:
    case QImage::Format_RGBA8888:
    case QImage::Format_RGBX8888:
        return cv::Mat(image.height(), image.width(), CV_8UC4, image.bits(),
                       static_cast<size_t>(image.bytesPerLine()));
    default:
        CV_Error(cv::Error::StsUnsupportedFormat, "matView: unsupported QImage format");
    }
}

} // namespace convlab
