// SPDX-License-Identifier: MIT
#pragma once

#include "stepper/ArithmeticPresets.h"

#include <QCoreApplication>
#include <QString>

namespace convlab {

// Words for what the stepper shows, made from the actual parameters so that a caption can
// never disagree with the figure: "Convolution: i = 5, k = 3, s = 2, p = 1 → o = 3".
class StepperCaption final {
    Q_DECLARE_TR_FUNCTIONS(StepperCaption)
  public:
    // The guide's name of a case: "No padding, no strides", …
    static QString guideTitle(GuideCase id);
    // One line naming the operation and its numbers, in the guide's notation.
    static QString of(const StepperSetup& setup);
    // The output-size formula with the numbers filled in, one line per axis (one when both
    // axes agree); empty when the setup is impossible.
    static QString formula(const StepperSetup& setup);
};

} // namespace convlab
