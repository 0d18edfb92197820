// SPDX-License-Identifier: MIT
#include "export/WindowAnimation.h"

#include "export/ExportAnimationDialog.h"
#include "scene/SceneFrameSource.h"
#include "stepper/StepThroughPanel.h"
#include "stepper/StepperModel.h"
#include "stepper/StepperPage.h"
#include "stepper/TransposedConvView.h"

namespace convlab {

SceneView WindowAnimation::load(OffscreenScene& scene, const StepThroughPanel* shown)
{
    if (shown && shown->isVisible()) {
        const StepperSetup& setup = shown->currentTab() == StepThroughPanel::Tab::Transposed
                                        ? shown->transposed()->model()->setup()
                                        : shown->stepper()->model()->setup();
        switch (shown->currentTab()) {
        case StepThroughPanel::Tab::Stepper:
            scene.stepThrough()->stepper()->loadExample(setup);
            return SceneView::Stepper;
        case StepThroughPanel::Tab::Transposed:
            scene.stepThrough()->transposed()->load(setup.input, setup.kernel, setup.transposed);
            scene.stepThrough()->transposed()->setForm(shown->transposed()->form());
            return SceneView::Transposed;
        case StepThroughPanel::Tab::Matrix:
        case StepThroughPanel::Tab::Checkerboard:
            break; // not an animation: the lesson's steps, or the stepper, as below
        }
    }
    if (scene.lessonStepCount() > 1)
        return SceneView::Figure;
    if (scene.stepThrough()->stepper()->source() == StepperPage::Source::Document)
        return SceneView::Stepper;
    return SceneView::Figure;
}

ExportAnimationDialog* WindowAnimation::dialogFor(const DocumentState& state,
                                                  const StepThroughPanel* shown, QWidget* parent)
{
    auto scene = std::make_unique<OffscreenScene>(state);
    const SceneView view = load(*scene, shown);
    AnimationOptions options;
    options.size = scene->naturalSize(view);
    auto* dialog = new ExportAnimationDialog(std::make_shared<SceneFrameSource>(scene.get(), view),
                                             options, parent);
    scene.release()->setParent(dialog); // the frames are drawn from it until the dialog goes
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    return dialog;
}

} // namespace convlab
