// SPDX-License-Identifier: MIT
#include "ops/MatchScore.h"

#include "Error.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

namespace convlab {

namespace {

// A window (or patch) whose variance is below this fraction of its energy is constant: its
// relative spread is under 1e-5 (some 80 float32 ulps): round-off of one value, not texture.
constexpr double kFlatRelativeTolerance = 1e-10;

constexpr double kUndefined = std::numeric_limits<double>::quiet_NaN();

bool isFlat(double centredEnergy, double energy, double roundoff)
{
    return centredEnergy <= kFlatRelativeTolerance * energy + roundoff;
}

} // namespace

double matchScore(const MatchSums& s, MatchMethod method)
{
    const bool normsVanish = s.patchEnergy <= 0 || s.windowEnergy <= s.windowRoundoff;
    switch (method) {
    case MatchMethod::SqDiff:
        return s.squaredDifference;
    case MatchMethod::SqDiffNormed:
        if (normsVanish)
            return kUndefined;
        // OpenCV saturates at 1, a distance as large as the norms themselves.
        return std::min(s.squaredDifference / std::sqrt(s.windowEnergy * s.patchEnergy), 1.0);
    case MatchMethod::CCorr:
        return s.cross;
    case MatchMethod::CCorrNormed:
        if (normsVanish)
            return kUndefined;
        return std::clamp(s.cross / std::sqrt(s.windowEnergy * s.patchEnergy), -1.0, 1.0);
    case MatchMethod::CCoeff:
        return s.centredCross;
    case MatchMethod::CCoeffNormed:
        if (isFlat(s.patchCentredEnergy, s.patchEnergy, 0) ||
            isFlat(s.windowCentredEnergy, s.windowEnergy, s.windowRoundoff))
            return kUndefined;
        return std::clamp(s.centredCross / std::sqrt(s.windowCentredEnergy * s.patchCentredEnergy),
                          -1.0, 1.0);
    }
    throw Error("unknown match method " + std::to_string(static_cast<int>(method)));
}

} // namespace convlab
