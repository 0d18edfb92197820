// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace convlab {

// A cell's value as the views and the lessons write it: few digits, the locale's decimal
// separator, NaN as "—", tiny and huge values with their power of ten written out.
QString formatCellValue(double value);

} // namespace convlab
