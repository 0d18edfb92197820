// SPDX-License-Identifier: MIT
#pragma once

#include "export/LessonScene.h"

#include <QCoreApplication>

namespace convlab {

class ExportAnimationDialog;
class MainWindow;

// File ▸ Export Animation…: what "the current animation" of the window is, and the dialog
// that exports it. The window's state is copied into a LessonScene of the dialog's own, so
// the export draws with the window's view classes while the student goes on working.
class WindowAnimation final {
    Q_DECLARE_TR_FUNCTIONS(WindowAnimation)
  public:
    // Loads into `scene` (made from the window's document) the animation the window shows:
    // the stepper or the transposed convolution when the step-through panel is on screen at
    // one of them, else the guided lesson's steps as figures, else the stepper of the document.
    static SceneView load(LessonScene& scene, const MainWindow& window);
    // The export dialog for it, not yet shown, deleted when closed.
    static ExportAnimationDialog* dialogFor(MainWindow* window);
};

} // namespace convlab
