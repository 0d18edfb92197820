// SPDX-License-Identifier: MIT
#pragma once

#include "color/Colormap.h"
#include "ops/Conv2d.h"
#include "ops/Pool.h"
#include "ops/TemplateMatch.h"

namespace convlab {

// Bounds shared by the parameter widgets, the file validation and the undo merging, so a
// spin box can never offer a value that a saved lesson would refuse.
namespace limits {
inline constexpr int kMaxPatchSide = 64;
inline constexpr int kMaxStride = 64;
inline constexpr int kMaxPadding = 256;
inline constexpr int kMaxDilation = 32;
inline constexpr int kMaxPoolSize = 32;
inline constexpr int kMaxPoolStride = 32;
inline constexpr int kMaxTopK = 100;
inline constexpr int kMaxMinDistance = 4096;
} // namespace limits

// What is computed from the image and the patch. `conv.trueConvolution` is not an independent
// setting: it follows `operation` (see effectiveConv()).
struct Parameters {
    enum class Operation { CrossCorrelation, TrueConvolution, TemplateMatch };

    Operation operation = Operation::TemplateMatch;
    MatchMethod method = MatchMethod::CCoeffNormed; // template matching only
    ConvParams conv;                                // stride, padding per side, mode, dilation
    bool poolEnabled = false;
    PoolParams pool;
    PeakQuery peaks;

    // `conv` with trueConvolution set from `operation`.
    ConvParams effectiveConv() const;
    bool isTemplateMatch() const { return operation == Operation::TemplateMatch; }
    // The method whose peak convention applies: the match method, or ccorr (maxima) for conv.
    MatchMethod peakMethod() const;

    friend bool operator==(const Parameters& a, const Parameters& b);
};

// Which parts of the parameters differ, one bit per field a single control edits: used to merge
// consecutive changes of the same control into one undo step.
enum ParameterField : unsigned {
    FieldOperation = 1u << 0,
    FieldMethod = 1u << 1,
    FieldStride = 1u << 2,
    FieldPadding = 1u << 3,
    FieldPaddingMode = 1u << 4,
    FieldDilation = 1u << 5,
    FieldPoolEnabled = 1u << 6,
    FieldPoolSize = 1u << 7,
    FieldPoolStride = 1u << 8,
    FieldPoolPadding = 1u << 9,
    FieldPoolMode = 1u << 10,
    FieldPeakTopK = 1u << 11,
    FieldPeakMinDistance = 1u << 12,
    FieldPeakThreshold = 1u << 13,
};
unsigned changedFields(const Parameters& a, const Parameters& b);

// How the response is shown. Part of the document (saved, undoable) but never recomputed
// from, except sideBySide which asks for the raw and normalised correlation maps.
struct ViewSettings {
    Colormap colormap = Colormap::Viridis;
    bool autoRange = true;
    double rangeLow = 0.0; // used when !autoRange
    double rangeHigh = 1.0;
    bool overlay = false;    // response drawn over the input
    bool sideBySide = false; // raw ccorr next to ccoeff_normed

    friend bool operator==(const ViewSettings&, const ViewSettings&) = default;
};

enum ViewField : unsigned {
    FieldColormap = 1u << 0,
    FieldRange = 1u << 1, // autoRange, rangeLow, rangeHigh
    FieldOverlay = 1u << 2,
    FieldSideBySide = 1u << 3,
};
unsigned changedFields(const ViewSettings& a, const ViewSettings& b);

} // namespace convlab
