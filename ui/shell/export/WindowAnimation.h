// SPDX-License-Identifier: MIT
#pragma once

#include "document/DocumentState.h"
#include "scene/OffscreenScene.h"

#include <QCoreApplication>

class QWidget;

namespace convlab {

class ExportAnimationDialog;
class StepThroughPanel;

// File ▸ Export Animation…: what "the current animation" of the window is, and the dialog
// that exports it. The window's state is copied into an OffscreenScene of the dialog's own, so
// the export draws with the window's view classes while the student goes on working.
class WindowAnimation final {
    Q_DECLARE_TR_FUNCTIONS(WindowAnimation)
  public:
    // Loads into `scene` (made from the window's document) the animation the window shows:
    // the stepper or the transposed convolution when `shown` (the window's step-through panel,
    // if on screen) is at one of them, else the guided lesson's steps as figures, else the
    // stepper of the document.
    static SceneView load(OffscreenScene& scene, const StepThroughPanel* shown);
    // The export dialog for `state` as the window shows it, not yet shown, deleted when closed.
    static ExportAnimationDialog* dialogFor(const DocumentState& state,
                                            const StepThroughPanel* shown, QWidget* parent);
};

} // namespace convlab
