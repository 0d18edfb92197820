// SPDX-License-Identifier: MIT
#pragma once

namespace convlab {

struct LessonStep;

// The views presentation mode puts on screen; everything else is hidden.
struct PresentationViews {
    bool input = true;
    bool patch = true;
    bool response = true;
    bool parameters = false;
    bool stepThrough = false;
    bool lessonText = false;

    bool operator==(const PresentationViews&) const = default;
};

// Which views a lesson step needs, read from what the step changes and names:
// - no lesson: input, patch and response;
// - a step that names a step-through tab, in a window that has that panel: the panel alone
//   (its grids carry the whole step), beside the lesson's text;
// - otherwise input and response, plus the patch when the step sets it or names the patch
//   panel, plus the parameters (and their output-size formula) when the step focuses them or
//   changes stride, padding, dilation or pooling — unless its exercise asks for the output
//   size, which the formula would give away.
// Every step of a lesson also shows the lesson's text.
class PresentationLayout final {
  public:
    static PresentationViews forStep(const LessonStep* step, int index, bool hasStepThrough);
};

} // namespace convlab
