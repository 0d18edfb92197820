// SPDX-License-Identifier: MIT
#pragma once

#include "color/Colormap.h"

#include <QString>
#include <QStringList>

namespace convlab {

// The numbers written beside a colour scale: ticks evenly spaced from the top (high) to the
// bottom (low), all at one precision fitted to their spacing, so that each shows only digits
// that mean something. A value that is 0 at that precision reads "0" (never "-0.00" or
// "-1.3E-05"), and a tiny or huge range is written in units of a power of ten said once
// ("×10⁻⁵") rather than in scientific notation on every tick.
struct ScaleLabels {
    QStringList ticks; // top (high) to bottom (low)
    QString factor;    // "×10⁻⁵" when the ticks are in units of it, else empty

    static ScaleLabels of(ValueRange range, int count);
    // "×10⁻⁵": the power written with superscript digits.
    static QString powerOfTen(int exponent);
};

} // namespace convlab
