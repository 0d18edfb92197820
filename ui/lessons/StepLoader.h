// SPDX-License-Identifier: MIT
#pragma once

#include "lessons/LessonScript.h"

#include <QCoreApplication>

class QDockWidget;
class QMainWindow;

namespace convlab {

class Lesson;

// Puts a lesson step on screen: its state into the document as ONE undoable step ("Lesson
// step n", nothing pushed when the document already holds it), then the panels it shows,
// hides or focuses and the StepThroughPanel tab and preset it names, when the window has one.
class StepLoader final {
    Q_DECLARE_TR_FUNCTIONS(StepLoader)
  public:
    StepLoader(Lesson* lesson, QMainWindow* window) : m_lesson(lesson), m_window(window) {}

    void load(const LessonStep& step, int index, const StepSnapshot& snapshot) const;
    // The dock of a panel name of the format ("patch", "step_through"…), nullptr if absent.
    QDockWidget* dockFor(const QString& panel) const;

  private:
    void loadState(int index, const LessonStep& step, const LessonState& state) const;
    void arrangePanels(const LessonStep& step) const;
    void chooseStepThrough(const StepThroughChoice& choice) const;

    Lesson* m_lesson;
    QMainWindow* m_window;
};

} // namespace convlab
