// SPDX-License-Identifier: MIT
#pragma once

#include "lessons/LessonScript.h"

#include <QCoreApplication>

class QDockWidget;
class QMainWindow;

namespace convlab {

class Lesson;

// Puts a lesson step on screen: its state into the document as ONE undoable step ("Lesson
// step n", nothing pushed when the document already holds it); then either the step-through
// mode with the tab and preset the step names (when the window has it), or the views with the
// panels the step shows, hides or focuses.
class StepLoader final {
    Q_DECLARE_TR_FUNCTIONS(StepLoader)
  public:
    StepLoader(Lesson* lesson, QMainWindow* window) : m_lesson(lesson), m_window(window) {}

    void load(const LessonStep& step, int index, const StepSnapshot& snapshot) const;
    // Only the on-screen part: the step-through page or the panels (the document holds the
    // step's state already, e.g. just opened from the lesson file).
    void arrange(const LessonStep& step) const;
    // The dock of a panel name of the format ("patch", "parameters", "code"), nullptr if absent.
    QDockWidget* dockFor(const QString& panel) const;
    // The step-through case the step names, on the window's (new) pages, mode left as it is:
    // after the window rebuilt its views for a new language or theme.
    void restorePage(const LessonStep& step) const;

  private:
    void loadState(int index, const LessonStep& step, const LessonState& state) const;
    void arrangePanels(const LessonStep& step) const;
    void chooseStepThrough(const StepThroughChoice& choice) const;
    void showStepThrough(bool on) const;

    Lesson* m_lesson;
    QMainWindow* m_window;
};

} // namespace convlab
