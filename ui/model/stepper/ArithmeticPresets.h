// SPDX-License-Identifier: MIT
#pragma once

#include "stepper/StepperSetup.h"

#include <vector>

// The cases of Dumoulin & Visin, "A guide to convolution arithmetic for deep learning" (2016),
// each with its transposed counterpart, on small integer data so every product can be checked
// by hand. Qt-free: titles and captions are made (and translated) by the widgets.
namespace convlab {

enum class GuideCase {
    NoPaddingNoStrides, // i=4, k=3, s=1, p=0
    ArbitraryPadding,   // i=5, k=4, s=1, p=2
    HalfPadding,        // i=5, k=3, s=1, p=1 ("same")
    FullPadding,        // i=5, k=3, s=1, p=2
    NoPaddingStrides,   // i=5, k=3, s=2, p=0
    PaddingStrides,     // i=5, k=3, s=2, p=1
    PaddingStridesOdd,  // i=6, k=3, s=2, p=1
    Dilation,           // i=7, k=3, s=1, p=0, d=2
};

// One case, square, in the guide's notation.
struct ArithmeticPreset {
    GuideCase id;
    int input;    // i
    int kernel;   // k
    int stride;   // s
    int padding;  // p, on every side
    int dilation; // d
};

// The eight cases in the guide's order.
const std::vector<ArithmeticPreset>& arithmeticPresets();
const ArithmeticPreset& arithmeticPreset(GuideCase id);

// o = ⌊(i + 2p − d(k−1) − 1) / s⌋ + 1.
int convOutputOf(const ArithmeticPreset& preset);
// The output padding a = (i + 2p − d(k−1) − 1) mod s that makes the transposed counterpart
// give back an output of size i (the guide's relationship 14).
int counterpartOutputPadding(const ArithmeticPreset& preset);

// The convolution of the case on the guide's data (the input of its Figure 1.1, extended).
StepperSetup convolutionSetup(const ArithmeticPreset& preset);
// Its transposed counterpart: an o×o input, the same k, s, p and d, output padding a; `form` is
// TransposedZeroInsertion or TransposedScatter.
StepperSetup transposedSetup(const ArithmeticPreset& preset,
                             StepOperation form = StepOperation::TransposedZeroInsertion);

} // namespace convlab
