// SPDX-License-Identifier: MIT
#pragma once

#include "stepper/StepperSetup.h"

#include <QCoreApplication>
#include <QString>

namespace convlab {

// The arithmetic of one step written out as on the board: "out(0, 1) = 0.5·1 + 0·(−1) + … = 2.25"
// (input·weight, in the kernel's row-major order). Windows of up to 5×5 taps are written in
// full; larger ones are summarised (how many products, how many read the padding, the result).
class StepperArithmetic final {
    Q_DECLARE_TR_FUNCTIONS(StepperArithmetic)
  public:
    static constexpr int kMaxWrittenSide = 5;

    static QString describe(const StepperSetup& setup, const StepTrace& step);

  private:
    static QString convolution(const StepperSetup& setup, const StepTrace& step);
    static QString pooling(const StepperSetup& setup, const StepTrace& step);
    static QString matching(const StepperSetup& setup, const StepTrace& step);
    static QString scatter(const StepperSetup& setup, const StepTrace& step);
    static bool writtenInFull(const StepperSetup& setup);
};

} // namespace convlab
