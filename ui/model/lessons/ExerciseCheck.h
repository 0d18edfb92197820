// SPDX-License-Identifier: MIT
#pragma once

#include "document/DocumentState.h"
#include "lessons/LessonStep.h"

#include <QCoreApplication>
#include <vector>

namespace convlab {

// The answer to an exercise, computed by core from the step's state (the same computation as
// the response view), and the check of what the student typed.
class ExerciseCheck final {
    Q_DECLARE_TR_FUNCTIONS(ExerciseCheck)
  public:
    struct Answer {
        std::vector<double> values; // (rows, cols), (row, col) or one value
        QString explanation;        // translated: the formula or where the value comes from
        QString error;              // the state gives no answer (impossible parameters…)
        bool ok() const { return error.isEmpty(); }
    };
    struct Verdict {
        bool correct = false;
        QString feedback; // translated
    };

    static Answer expected(const Exercise& exercise, const DocumentState& state);
    // How many numbers the student types: 1 for a value, else 2.
    static int fieldCount(const Exercise& exercise);
    // Field labels, translated ("rows", "cols"; "row", "col"; "value").
    static QStringList fieldLabels(const Exercise& exercise);
    static Verdict check(const Exercise& exercise, const Answer& answer,
                         const std::vector<double>& given);
};

} // namespace convlab
