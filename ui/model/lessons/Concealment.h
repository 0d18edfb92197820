// SPDX-License-Identifier: MIT
#pragma once

#include "geometry/Types.h"

#include <QRegularExpression>
#include <QString>
#include <optional>

namespace convlab {

// What the screen holds back while a step's exercise is unanswered ("predict, then reveal"):
// the Lesson panel owns it and publishes it; each view that could give the answer away obeys
// it through a setter. Default: nothing hidden.
struct Concealment {
    bool peak = false;           // peak labels, best-match marker and line, peak placeholders
    bool outputSize = false;     // the output-size formulas' results, the response's size
    bool transposedSize = false; // the Transposed page's formula result and output size
    std::optional<Pair> cell;    // the response's value at this cell (and its hover readout)

    bool any() const { return peak || outputSize || transposedSize || cell.has_value(); }
    friend bool operator==(const Concealment&, const Concealment&) = default;
};

// A formula with its result held back: "o = floor((7 - 2 - 1) / 1) + 1 = 5" becomes
// "… + 1 = ?", on every line.
inline QString withoutResult(const QString& formula)
{
    static const QRegularExpression result(QStringLiteral("= *[-0-9]+ *$"),
                                           QRegularExpression::MultilineOption);
    QString out = formula;
    return out.replace(result, QStringLiteral("= ?"));
}

// A caption "… → o = 5 × 5" with its output held back: "… → o = ?".
inline QString withoutOutput(const QString& caption)
{
    const qsizetype arrow = caption.lastIndexOf(QChar(0x2192));
    if (arrow < 0)
        return caption;
    const qsizetype equals = caption.indexOf(QLatin1Char('='), arrow);
    return caption.left(equals < 0 ? arrow + 1 : equals + 1) + QStringLiteral(" ?");
}

} // namespace convlab
