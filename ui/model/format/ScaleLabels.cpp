// SPDX-License-Identifier: MIT
#include "format/ScaleLabels.h"

#include <QLocale>
#include <algorithm>
#include <cmath>

namespace convlab {

QString ScaleLabels::powerOfTen(int exponent)
{
    static const char16_t digits[] = u"⁰¹²³⁴⁵⁶⁷⁸⁹";
    QString power;
    for (const QChar c : QString::number(std::abs(exponent)))
        power += QChar(digits[c.digitValue()]);
    return QStringLiteral("×10") + (exponent < 0 ? QStringLiteral("⁻") : QString()) + power;
}

ScaleLabels ScaleLabels::of(ValueRange range, int count)
{
    ScaleLabels labels;
    count = std::max(count, 2);
    const double low = std::isfinite(range.low) ? range.low : 0.0;
    const double high = std::isfinite(range.high) ? range.high : 0.0;
    const double magnitude = std::max(std::abs(low), std::abs(high));
    // Beyond 5 digits on either side of the point, the ticks count a power of ten.
    int exponent = 0;
    if (magnitude >= 1e5 || (magnitude > 0 && magnitude < 1e-3))
        exponent = static_cast<int>(std::floor(std::log10(magnitude)));
    const double unit = std::pow(10.0, exponent);
    double step = (high - low) / (count - 1) / unit;
    if (!(step > 0))
        step = magnitude > 0 ? magnitude / unit : 1.0;
    // Two significant digits of the spacing, so that neighbouring ticks always differ.
    const int decimals = std::clamp(1 - static_cast<int>(std::floor(std::log10(step))), 0, 10);
    const QLocale locale;
    const double smallest = 0.5 * std::pow(10.0, -decimals);
    for (int i = 0; i < count; ++i) {
        const double t = static_cast<double>(i) / (count - 1);
        double value = (high - t * (high - low)) / unit;
        if (std::abs(value) < smallest)
            value = 0; // no "-0.00": zero at this precision is zero
        labels.ticks << locale.toString(value, 'f', decimals);
    }
    if (exponent != 0)
        labels.factor = powerOfTen(exponent);
    return labels;
}

} // namespace convlab
