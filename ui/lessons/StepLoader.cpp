// SPDX-License-Identifier: MIT
#include "lessons/StepLoader.h"

#include "document/Lesson.h"
#include "stepper/MatrixView.h"
#include "stepper/StepThroughPanel.h"
#include "stepper/StepperPage.h"
#include "stepper/TransposedConvView.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QUndoStack>

namespace convlab {

namespace {

bool same(const cv::Mat& a, const cv::Mat& b)
{
    return a.size() == b.size() && a.type() == b.type() &&
           (a.empty() || cv::norm(a, b, cv::NORM_INF) == 0);
}

// The names of resources/lessons/FORMAT.md, in the order of GuideCase and MatrixView::Preset.
const QStringList kGuideCases{
    QStringLiteral("no_padding_no_strides"), QStringLiteral("arbitrary_padding"),
    QStringLiteral("half_padding"),          QStringLiteral("full_padding"),
    QStringLiteral("no_padding_strides"),    QStringLiteral("padding_strides"),
    QStringLiteral("padding_strides_odd"),   QStringLiteral("dilation")};
const QString kStepThrough = QStringLiteral("step_through");
const QStringList kMatrixPresets{QStringLiteral("lecture"), QStringLiteral("orthonormal"),
                                 QStringLiteral("tiny_image")};

} // namespace

void StepLoader::load(const LessonStep& step, int index, const StepSnapshot& snapshot) const
{
    loadState(index, step, snapshot.state);
    arrange(step);
}

void StepLoader::arrange(const LessonStep& step) const
{
    const bool stepsThrough = step.stepThrough || step.showPanels.contains(kStepThrough) ||
                              step.focusPanel == kStepThrough;
    if (stepsThrough) {
        if (step.stepThrough)
            chooseStepThrough(*step.stepThrough);
        showStepThrough(true);
    } else {
        showStepThrough(false);
        arrangePanels(step);
    }
}

void StepLoader::loadState(int index, const LessonStep& step, const LessonState& state) const
{
    const bool image = !same(m_lesson->image(), state.image);
    const bool patch = !same(m_lesson->patch(), state.patch);
    const bool parameters = !(m_lesson->parameters() == state.parameters);
    const bool view = !(m_lesson->viewSettings() == state.view);
    if (!image && !patch && !parameters && !view)
        return;
    QUndoStack* undo = m_lesson->undoStack();
    const bool wasModified = m_lesson->isModified();
    undo->beginMacro(tr("Lesson step %1: %2").arg(index + 1).arg(step.title.current()));
    if (image)
        m_lesson->setImage(state.image, tr("Lesson image"));
    if (patch)
        m_lesson->setPatch(state.patch, tr("Lesson patch"));
    if (parameters)
        m_lesson->setParameters(state.parameters);
    if (view)
        m_lesson->setViewSettings(state.view);
    undo->endMacro();
    if (!wasModified) // walking a lesson's steps is not the student's unsaved work
        undo->setClean();
}

void StepLoader::restorePage(const LessonStep& step) const
{
    if (step.stepThrough)
        chooseStepThrough(*step.stepThrough);
}

QDockWidget* StepLoader::dockFor(const QString& panel) const
{
    return m_window->findChild<QDockWidget*>(panel + QStringLiteral("Dock"));
}

// Through the window's own View ▸ Step Through command, so that the side panels step aside
// and come back exactly as when the student presses F6.
void StepLoader::showStepThrough(bool on) const
{
    auto* toggle = m_window->findChild<QAction*>(QStringLiteral("actionStepThrough"));
    if (toggle && toggle->isChecked() != on)
        toggle->trigger();
}

void StepLoader::arrangePanels(const LessonStep& step) const
{
    for (const QString& name : step.showPanels)
        if (QDockWidget* dock = dockFor(name))
            dock->show();
    for (const QString& name : step.hidePanels)
        if (QDockWidget* dock = dockFor(name))
            dock->hide();
    if (QDockWidget* dock = step.focusPanel.isEmpty() ? nullptr : dockFor(step.focusPanel)) {
        dock->show();
        dock->raise();
        if (dock->widget())
            dock->widget()->setFocus(Qt::OtherFocusReason);
    }
}

void StepLoader::chooseStepThrough(const StepThroughChoice& choice) const
{
    auto* panel = m_window->findChild<StepThroughPanel*>();
    if (!panel)
        return; // a window without the step-through panel still shows the step's text
    switch (choice.tab) {
    case StepThroughChoice::Tab::Stepper:
        panel->showTab(StepThroughPanel::Tab::Stepper);
        if (!choice.preset.isEmpty())
            panel->stepper()->loadPreset(
                static_cast<GuideCase>(kGuideCases.indexOf(choice.preset)));
        else // no case named: the step's own image and parameters, not the last one shown
            panel->stepper()->followLesson();
        break;
    case StepThroughChoice::Tab::Transposed:
        panel->showTab(StepThroughPanel::Tab::Transposed);
        panel->transposed()->setForm(TransposedConvView::Form::ZeroInsertion); // the default
        if (!choice.preset.isEmpty())
            panel->transposed()->loadPreset(
                static_cast<GuideCase>(kGuideCases.indexOf(choice.preset)));
        break;
    case StepThroughChoice::Tab::Matrix:
        panel->showTab(StepThroughPanel::Tab::Matrix);
        if (!choice.preset.isEmpty())
            panel->matrix()->loadPreset(
                static_cast<MatrixView::Preset>(kMatrixPresets.indexOf(choice.preset)));
        break;
    }
}

} // namespace convlab
