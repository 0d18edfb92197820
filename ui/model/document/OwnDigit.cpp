// SPDX-License-Identifier: MIT
#include "document/OwnDigit.h"

#include <QLocale>
#include <cmath>

namespace convlab {

namespace {

QString valueText(float value)
{
    if (std::isnan(value))
        return QStringLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("+Inf") : QStringLiteral("-Inf");
    return QLocale().toString(static_cast<double>(value), 'g', 6);
}

} // namespace

QString OwnDigits::labelProblem(int label)
{
    if (label >= 0 && label < kClasses)
        return {};
    return tr("the label is %1; a digit's label is 0 to 9").arg(label);
}

QString OwnDigits::pixelsProblem(const cv::Mat& pixels)
{
    if (pixels.channels() != 1 || pixels.depth() != CV_32F)
        return tr("the digit is not a grayscale image of float32 values");
    if (pixels.rows != kSide || pixels.cols != kSide)
        return tr("the digit is %1 × %2 pixels; the network reads digits of %3 × %3")
            .arg(pixels.rows)
            .arg(pixels.cols)
            .arg(kSide);
    for (int r = 0; r < pixels.rows; ++r)
        for (int c = 0; c < pixels.cols; ++c) {
            const float v = pixels.at<float>(r, c);
            if (!(v >= 0.f && v <= 1.f)) // NaN fails both
                return tr("the digit's pixel (row %1, col %2) is %3; pixels are 0 to 1")
                    .arg(r)
                    .arg(c)
                    .arg(valueText(v));
        }
    return {};
}

QString OwnDigits::problemWith(const cv::Mat& pixels, int label)
{
    const QString problem = labelProblem(label);
    return problem.isEmpty() ? pixelsProblem(pixels) : problem;
}

QString OwnDigits::countProblem(qsizetype count)
{
    if (count <= kMaxCount)
        return {};
    return tr("%1 own digits; a document keeps at most %2").arg(count).arg(kMaxCount);
}

std::array<int, OwnDigits::kClasses> OwnDigits::perClass(const std::vector<OwnDigit>& digits)
{
    std::array<int, kClasses> counts{};
    for (const OwnDigit& d : digits)
        if (d.label >= 0 && d.label < kClasses)
            ++counts[static_cast<std::size_t>(d.label)];
    return counts;
}

std::vector<OwnDigit> OwnDigits::clone(const std::vector<OwnDigit>& digits)
{
    std::vector<OwnDigit> copy;
    copy.reserve(digits.size());
    for (const OwnDigit& d : digits)
        copy.push_back({d.pixels.clone(), d.label});
    return copy;
}

} // namespace convlab
