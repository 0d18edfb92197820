// SPDX-License-Identifier: MIT
#pragma once

#include "document/DocumentState.h"
#include "geometry/ConvGeometry.h"
#include "kernels/KernelPresets.h"
#include "lessons/Concealment.h"
#include "lessons/Expectation.h"
#include "lessons/LocalizedText.h"

#include <QJsonObject>
#include <QStringList>
#include <optional>
#include <vector>

namespace convlab {

// One glossary operation applied to a step's image (core/ops/ImageOps.h), in file order.
struct ImageOperation {
    enum class Kind { Pad, Scale, Shear, Crop, Rotate, Flip, Translate };
    Kind kind = Kind::Pad;
    Padding padding;                           // pad
    PaddingMode mode = PaddingMode::Zeros;     // pad
    double x = 1, y = 1;                       // scale fx, fy; shear shx, shy
    double degrees = 0;                        // rotate
    cv::Rect rect;                             // crop (x = left, y = top)
    bool horizontal = false, vertical = false; // flip
    int rows = 0, cols = 0;                    // translate (down, right), as pad + crop
};

// Where a step's image comes from: a generated sample by its key, or values written in the
// file; then the operations, in order.
struct ImageSource {
    QString sample; // SampleGallery key ("digits"); empty when `values` is used
    cv::Mat values;
    std::vector<ImageOperation> operations;
};

// Where a step's patch comes from: a sample's own patch, a rectangle cut from the step's
// image, a kernel preset, or values written in the file.
struct PatchSource {
    enum class Kind { Sample, Cut, Preset, Values };
    Kind kind = Kind::Values;
    QString sample;
    cv::Rect cut;
    KernelSpec preset;
    bool normalise = false;
    cv::Mat values;
};

// What the StepThroughPanel should show, when the window has one.
struct StepThroughChoice {
    enum class Tab { Stepper, Transposed, Matrix, Checkerboard };
    Tab tab = Tab::Stepper;
    QString preset; // a guide case ("padding_strides") or a matrix preset ("lecture"); may be empty
    // The Checkerboard tab's geometry (square input and kernel, no padding), its defaults when
    // the step names none: a step owns what the tab shows.
    struct Checkerboard {
        int input = 5;
        int kernel = 3;
        int stride = 2;
        int dilation = 1;
        bool bilinear = false; // the resize beside it: nearest, or bilinear
        friend bool operator==(const Checkerboard&, const Checkerboard&) = default;
    };
    Checkerboard checkerboard;
};

// What View ▸ Learned Filters should show (the page and its tabs), when the window has it.
// Every field has a default, applied when the step does not name it: entering the step puts the
// tab in exactly this state, whatever the student chose on it before.
struct LearnedChoice {
    enum class Tab { Filters, BackToPixels, Decoder };
    enum class Unit { Strongest, WholeMap, At };
    enum class Part { Both, Gradient, Unit }; // which of Back to pixels' two halves is shown
    Tab tab = Tab::Filters;
    Part part = Part::Both;
    int heldOut = 1;                         // the held-out digit on the pad, counted from 1
    QString stage = QStringLiteral("conv1"); // Back to pixels: the conv stage differentiated
    QString layer = QStringLiteral("relu2"); // … the layer whose unit is projected back
    int map = 1;                             // … its feature map, counted from 1
    Unit unit = Unit::Strongest;
    Pair cell{0, 0}; // … the unit's (row, col) when unit is At
};

// The lab: a question whose answer core computes from the step's state, never written in
// the file.
struct Exercise {
    enum class Kind {
        OutputSize,           // rows and cols of the response (after pooling, if on)
        Value,                // the response at `cell`
        Peak,                 // (row, col) of the best peak, numpy's argmax convention
        TransposedOutputSize, // o = (i−1)s − 2p + d(k−1) + a + 1 for `transposed`
    };
    Kind kind = Kind::OutputSize;
    LocalizedText question;
    Pair cell{0, 0};
    double tolerance = 0.01;
    AxisGeometry transposed;
};

// One step of a guided lesson. Every state field is optional: a step changes only what it
// names and inherits the rest from the step before it (step 1 from the starting state), so
// the state of step n is always the same, whatever the student did in between.
struct LessonStep {
    LocalizedText title;
    LocalizedText text;
    std::optional<ImageSource> image;
    std::optional<PatchSource> patch;
    QJsonObject parameters; // partial, validated: the keys of "parameters" it changes
    QJsonObject view;       // partial, validated
    QStringList showPanels; // "patch", "parameters", "code", "step_through"
    QStringList hidePanels;
    QString focusPanel;
    std::optional<StepThroughChoice> stepThrough;
    std::optional<LearnedChoice> learned;
    std::optional<Exercise> exercise;
    std::vector<Expectation> expectations; // the claims of "expect", checked by the tests
};

// What the screen holds back while the step's exercise is unanswered (predict, then reveal).
inline Concealment concealmentOf(const LessonStep& step)
{
    Concealment hidden;
    if (!step.exercise)
        return hidden;
    switch (step.exercise->kind) {
    case Exercise::Kind::Peak:
        hidden.peak = true;
        break;
    case Exercise::Kind::OutputSize:
        hidden.outputSize = true;
        break;
    case Exercise::Kind::Value:
        hidden.cell = step.exercise->cell;
        break;
    case Exercise::Kind::TransposedOutputSize:
        hidden.transposedSize = true;
        break;
    }
    return hidden;
}

} // namespace convlab
