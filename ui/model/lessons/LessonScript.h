// SPDX-License-Identifier: MIT
#pragma once

#include "document/DocumentState.h"
#include "lessons/LessonStep.h"

#include <QCoreApplication>
#include <optional>
#include <vector>

namespace convlab {

// A glossary operation as it was applied to a step's image, with core's affine matrix.
struct AppliedOperation {
    QString description; // translated, with its numbers: "shear (0.3, 0)"
    cv::Matx23d affine;
};

// What a step loads: the document state and how its image was made.
struct StepSnapshot {
    DocumentState state;
    std::vector<AppliedOperation> operations;
};

// The guided lesson of a .convlab file: its title, introduction and steps, read from the
// "lesson" block (resources/lessons/FORMAT.md, "Steps"). Reading checks every step and names
// the first bad one; building a step's state asks core (image operations, kernel presets).
class LessonScript final {
    Q_DECLARE_TR_FUNCTIONS(LessonScript)
  public:
    // nullopt with `error` naming the step and the key when a step is malformed.
    static std::optional<LessonScript> fromNotes(const LessonNotes& notes, QString* error);
    // Only the steps (title and text may be anything); what DocumentFile checks on load.
    static bool validateSteps(const QJsonArray& steps, QString* error);

    const LocalizedText& title() const { return m_title; }
    const LocalizedText& text() const { return m_text; }
    int stepCount() const { return static_cast<int>(m_steps.size()); }
    const LessonStep& step(int index) const { return m_steps.at(static_cast<std::size_t>(index)); }

    // Steps 0..index applied in order to startingState(). nullopt with `error` when the state
    // cannot be made (a cut outside the image, a preset without that size…), naming the step.
    std::optional<StepSnapshot> snapshotAt(int index, QString* error) const;
    // What step 1 builds on: the digits sample with its 2, default parameters and view.
    static DocumentState startingState();

  private:
    LocalizedText m_title;
    LocalizedText m_text;
    std::vector<LessonStep> m_steps;
};

} // namespace convlab
