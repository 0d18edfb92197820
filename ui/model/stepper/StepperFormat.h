// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace convlab {

// Numbers as a teacher writes them on the board: the locale's decimal separator, at most
// `significant` significant digits with trailing zeros dropped, a true minus sign (U+2212),
// ∞ for infinities and "—" for NaN (an undefined score).
QString formatNumber(double value, int significant = 4);

// The same, in parentheses when negative: the second factor of a product, "0·(−1)".
QString formatFactor(double value, int significant = 4);

// "x₁₂": `base` followed by `index` in subscript digits.
QString subscripted(const QString& base, int index);

} // namespace convlab
