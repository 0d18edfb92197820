// SPDX-License-Identifier: MIT
#include "format/CellValue.h"

#include "format/ScaleLabels.h"

#include <QLocale>
#include <cmath>

namespace convlab {

QString formatCellValue(double value)
{
    if (std::isnan(value))
        return QStringLiteral("—");
    const QLocale locale;
    const double magnitude = std::abs(value);
    if (value == std::round(value) && magnitude < 1e5)
        return locale.toString(static_cast<qlonglong>(value));
    if (magnitude >= 1e4 || (magnitude > 0 && magnitude < 1e-3)) {
        // Two significant digits and the power of ten written out: "1.4×10⁻⁵", not "1.4E-05".
        int exponent = static_cast<int>(std::floor(std::log10(magnitude)));
        double mantissa = value / std::pow(10.0, exponent);
        if (std::abs(std::round(mantissa * 10) / 10) >= 10) {
            mantissa /= 10;
            ++exponent;
        }
        return locale.toString(mantissa, 'f', 1) + ScaleLabels::powerOfTen(exponent);
    }
    const int decimals = magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : 2;
    return locale.toString(value, 'f', decimals);
}

} // namespace convlab
