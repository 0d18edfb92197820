// SPDX-License-Identifier: MIT
#include "presentation/PresentationLayout.h"

#include "lessons/LessonStep.h"

namespace convlab {

namespace {

bool names(const LessonStep& step, const QString& panel)
{
    return step.showPanels.contains(panel) || step.focusPanel == panel;
}

bool changesGeometry(const LessonStep& step)
{
    for (const char* key : {"stride", "padding", "dilation", "pooling"})
        if (step.parameters.contains(QLatin1String(key)))
            return true;
    return false;
}

} // namespace

PresentationViews PresentationLayout::forStep(const LessonStep* step, int index,
                                              bool hasStepThrough)
{
    PresentationViews views;
    if (!step)
        return views;
    views.lessonText = true;
    // A page in place of the views: the step-through panel, or the learned filters' page.
    if ((step->stepThrough && hasStepThrough) || step->learned) {
        views.input = views.patch = views.response = false;
        views.stepThrough = true;
        return views;
    }
    views.patch = step->patch.has_value() || names(*step, QStringLiteral("patch"));
    // Step 1 of a lesson sets every parameter to start from a known state: that is no sign
    // that the step is about them.
    const bool aboutParameters =
        step->focusPanel == QLatin1String("parameters") || (index > 0 && changesGeometry(*step));
    const bool asksOutputSize =
        step->exercise && step->exercise->kind == Exercise::Kind::OutputSize;
    views.parameters = aboutParameters && !asksOutputSize;
    return views;
}

} // namespace convlab
