// SPDX-License-Identifier: MIT
#pragma once

#include "compute/ResponseResult.h"
#include "lessons/LessonMap.h"
#include "lessons/LessonScript.h"
#include "ops/Checkerboard.h"
#include "stepper/MatrixFigures.h"
#include "stepper/StepperSetup.h"

#include <optional>

namespace convlab {

// Everything a lesson step shows that its text can name or claim, computed headless and
// exactly as the Lesson panel loads the step: the state from LessonScript::snapshotAt, the
// response from ResponsePipeline (the response view's computation, with the raw and normalised
// maps of template matching and their peaks as the side-by-side view marks them), and the
// step-through page the step opens (a guide case of the Stepper or Transposed tab, a Matrix
// preset) from the same presets and core functions as those tabs. No widgets.
struct StepFacts {
    using Map = LessonMap;

    int index = 0;
    StepSnapshot snapshot;
    ResponseResult response;
    std::vector<Peak> rawPeaks;        // best first, as the side-by-side view marks them
    std::vector<Peak> normalisedPeaks; // (empty unless template matching)

    // The step-through page the step opens, when it names a case.
    std::optional<StepperSetup> stepperCase;        // Stepper tab: the guide case's convolution
    std::optional<StepperSetup> transposedCase;     // Transposed tab: the counterpart, a given
    std::optional<MatrixFigures> matrix;            // Matrix tab: the preset's figures
    std::optional<CheckerboardFigure> checkerboard; // Checkerboard tab: its geometry's figure
    std::optional<StepThroughChoice::Checkerboard> checkerboardCase; // and its controls

    // nullopt with `error` (naming the step) when the step's state cannot be made.
    static std::optional<StepFacts> compute(const LessonScript& script, int index, QString* error);

    const DocumentState& state() const { return snapshot.state; }
    // nullptr when the map is not there (raw and normalised exist for template matching).
    const cv::Mat* map(Map which) const;
    const std::vector<Peak>& peaks(Map which) const;
    // Whether better means lower on that map (sqdiff methods).
    bool lowerIsBetter(Map which) const;
    static QString mapName(Map which) { return lessonMapName(which); }
    static std::optional<Map> mapFromName(const QString& name) { return lessonMapFromName(name); }
};

} // namespace convlab
