// SPDX-License-Identifier: MIT
#pragma once

#include "lessons/LessonScript.h"

#include <QCoreApplication>

class QDockWidget;

namespace convlab {

class Document;
class StepThroughPanel;

// Where a lesson step is put on screen besides the document: the window (its step-through
// mode and its side panels) or the off-screen scene (its step-through panel only).
class StepStage {
  public:
    virtual ~StepStage() = default;
    // The panel a step's stepper, transposed or matrix choice goes to; nullptr if none.
    virtual StepThroughPanel* stepThroughPanel() const = 0;
    // The step-through panel in place of the views, or the views again, as View ▸ Step Through
    // does it (the side panels step aside and come back).
    virtual void setSteppingThrough(bool on) = 0;
    // The dock of a panel name of the format ("patch", "parameters", "code"), nullptr if none.
    virtual QDockWidget* panelDock(const QString& name) const = 0;
    // View ▸ Learned Filters in place of the views, on the tab and in the state `choice` names;
    // nullptr: the page set aside (a step without "learned"). A stage without the page ignores
    // it.
    virtual void showLearned(const LearnedChoice* choice) = 0;
};

// Puts a lesson step on screen: its state into the document as ONE undoable step ("Lesson
// step n", nothing pushed when the document already holds it); then either the step-through
// mode with the tab and preset the step names, or the views with the panels the step shows,
// hides or focuses; or the learned-filters page on the tab and in the state the step names.
class StepLoader final {
    Q_DECLARE_TR_FUNCTIONS(StepLoader)
  public:
    StepLoader(Document* document, StepStage* stage) : m_document(document), m_stage(stage) {}

    void load(const LessonStep& step, int index, const StepSnapshot& snapshot) const;
    // Only the on-screen part: the step-through page or the panels (the document holds the
    // step's state already, e.g. just opened from the lesson file).
    void arrange(const LessonStep& step) const;

  private:
    void loadState(int index, const LessonStep& step, const DocumentState& state) const;
    void arrangePanels(const LessonStep& step) const;
    void chooseStepThrough(const StepThroughChoice& choice) const;

    Document* m_document;
    StepStage* m_stage;
};

} // namespace convlab
