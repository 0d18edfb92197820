// SPDX-License-Identifier: MIT
#pragma once

#include "lessons/Concealment.h"
#include "lessons/StepFacts.h"

#include <QCoreApplication>

namespace convlab {

// Placeholders in a step's texts and exercise question, filled when the step is shown from
// the step's own computation (StepFacts), in the interface language's number format — the
// numbers the screen shows. Syntax (resources/lessons/FORMAT.md, "Placeholders"):
//   {name}  {name@map}  {name:args}  {name@map:args}      {{ and }} for literal braces
// names: peak, peak.row, peak.col, peak.score, peaks, output_size, output_size.rows,
// output_size.cols, input_size, patch_size, value:ROW,COL, undefined, page_output_size;
// map: response (default), raw, normalised (for peak… and value).
class StepText final {
    Q_DECLARE_TR_FUNCTIONS(StepText)
  public:
    // false with `error` naming the first bad placeholder (unknown name, bad arguments,
    // unbalanced brace).
    static bool validate(const QString& text, QString* error);
    // The text with every placeholder replaced; what `hidden` conceals is written "?".
    static QString fill(const QString& text, const StepFacts& facts,
                        const Concealment& hidden = {});
    // The placeholders' names used in `text` ("peak.score@raw" → "peak.score").
    static QStringList names(const QString& text);
};

} // namespace convlab
