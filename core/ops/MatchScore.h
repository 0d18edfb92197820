// SPDX-License-Identifier: MIT
#pragma once

#include "ops/TemplateMatch.h"

namespace convlab {

// Internal to core: the sums one template-matching score is computed from, in double, for a
// window of the image (I) and the patch (T). matchTemplate reads the window's sums from
// integral images and matchStep adds them up directly; both score them here, so that the two
// cannot disagree on a formula or on when a score is undefined.
struct MatchSums {
    double patchEnergy = 0;         // Σ T²
    double patchCentredEnergy = 0;  // Σ (T - mean T)²
    double windowEnergy = 0;        // Σ I²
    double windowCentredEnergy = 0; // Σ (I - mean I)²
    double windowRoundoff = 0;      // bound on the error of the two above; 0 when exact
    double cross = 0;               // Σ I·T
    double centredCross = 0;        // Σ I·(T - mean T)
    double squaredDifference = 0;   // Σ (I - T)²
};

// OpenCV's formula for `method`. A normalised score that is 0/0 is NaN: a patch or a window
// with no energy (sqdiff_normed, ccorr_normed), or one that is flat (ccoeff_normed), flat
// meaning a centred energy under 1e-10 of the energy, plus the round-off allowance.
double matchScore(const MatchSums& sums, MatchMethod method);

} // namespace convlab
