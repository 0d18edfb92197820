// SPDX-License-Identifier: MIT
#include "export/WindowAnimation.h"

#include "MainWindow.h"
#include "document/Lesson.h"
#include "export/ExportAnimationDialog.h"
#include "export/SceneFrameSource.h"
#include "lessons/LessonPanel.h"
#include "stepper/StepThroughPanel.h"
#include "stepper/StepperModel.h"
#include "stepper/StepperPage.h"
#include "stepper/TransposedConvView.h"

#include <QStatusBar>

namespace convlab {

SceneView WindowAnimation::load(LessonScene& scene, const MainWindow& window)
{
    const auto* shown = window.findChild<StepThroughPanel*>();
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
            break; // not an animation: the lesson's steps, or the stepper, as below
        }
    }
    if (scene.lessonStepCount() > 1)
        return SceneView::Figure;
    if (scene.stepThrough()->stepper()->source() == StepperPage::Source::Lesson)
        return SceneView::Stepper;
    return SceneView::Figure;
}

ExportAnimationDialog* WindowAnimation::dialogFor(MainWindow* window)
{
    auto scene = std::make_unique<LessonScene>(window->lesson()->snapshot());
    const SceneView view = load(*scene, *window);
    AnimationOptions options;
    options.size = scene->naturalSize(view);
    auto* dialog = new ExportAnimationDialog(std::make_shared<SceneFrameSource>(scene.get(), view),
                                             options, window);
    scene.release()->setParent(dialog); // the frames are drawn from it until the dialog goes
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(
        dialog, &ExportAnimationDialog::exported, window, [window](const QString& path) {
            window->statusBar()->showMessage(tr("Exported the animation to %1").arg(path), 5000);
        });
    return dialog;
}

} // namespace convlab
