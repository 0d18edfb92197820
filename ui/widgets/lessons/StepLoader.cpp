// SPDX-License-Identifier: MIT
#include "lessons/StepLoader.h"

#include "document/Document.h"
#include "stepper/CheckerboardView.h"
#include "stepper/MatrixView.h"
#include "stepper/StepThroughPanel.h"
#include "stepper/StepperModel.h"
#include "stepper/StepperPage.h"
#include "stepper/TransposedConvView.h"

#include <QDockWidget>
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
                                 QStringLiteral("tiny_image"), QStringLiteral("backward")};

} // namespace

void StepLoader::load(const LessonStep& step, int index, const StepSnapshot& snapshot) const
{
    loadState(index, step, snapshot.state);
    arrange(step);
}

void StepLoader::arrange(const LessonStep& step) const
{
    if (step.learned) { // the page takes the views' place, as the step-through mode does
        m_stage->showLearned(&*step.learned);
        return;
    }
    m_stage->showLearned(nullptr);
    const bool stepsThrough = step.stepThrough || step.showPanels.contains(kStepThrough) ||
                              step.focusPanel == kStepThrough;
    if (stepsThrough) {
        if (step.stepThrough)
            chooseStepThrough(*step.stepThrough);
        m_stage->setSteppingThrough(true);
    } else {
        m_stage->setSteppingThrough(false);
        arrangePanels(step);
    }
}

void StepLoader::loadState(int index, const LessonStep& step, const DocumentState& state) const
{
    const bool image = !same(m_document->image(), state.image);
    const bool patch = !same(m_document->patch(), state.patch);
    const bool parameters = !(m_document->parameters() == state.parameters);
    const bool view = !(m_document->viewSettings() == state.view);
    if (!image && !patch && !parameters && !view)
        return;
    QUndoStack* undo = m_document->undoStack();
    const bool wasModified = m_document->isModified();
    undo->beginMacro(tr("Lesson step %1: %2").arg(index + 1).arg(step.title.current()));
    if (image)
        m_document->setImage(state.image, tr("Lesson image"));
    if (patch)
        m_document->setPatch(state.patch, tr("Lesson patch"));
    if (parameters)
        m_document->setParameters(state.parameters);
    if (view)
        m_document->setViewSettings(state.view);
    undo->endMacro();
    if (!wasModified) // walking a lesson's steps is not the student's unsaved work
        undo->setClean();
}

void StepLoader::arrangePanels(const LessonStep& step) const
{
    for (const QString& name : step.showPanels)
        if (QDockWidget* dock = m_stage->panelDock(name))
            dock->show();
    for (const QString& name : step.hidePanels)
        if (QDockWidget* dock = m_stage->panelDock(name))
            dock->hide();
    if (QDockWidget* dock =
            step.focusPanel.isEmpty() ? nullptr : m_stage->panelDock(step.focusPanel)) {
        dock->show();
        dock->raise();
        if (dock->widget())
            dock->widget()->setFocus(Qt::OtherFocusReason);
    }
}

void StepLoader::chooseStepThrough(const StepThroughChoice& choice) const
{
    StepThroughPanel* panel = m_stage->stepThroughPanel();
    if (!panel)
        return; // a window without the step-through panel still shows the step's text
    switch (choice.tab) {
    case StepThroughChoice::Tab::Stepper:
        panel->showTab(StepThroughPanel::Tab::Stepper);
        if (!choice.preset.isEmpty())
            panel->stepper()->loadPreset(
                static_cast<GuideCase>(kGuideCases.indexOf(choice.preset)));
        else // no case named: the step's own image and parameters, not the last one shown
            panel->stepper()->followDocument();
        break;
    case StepThroughChoice::Tab::Transposed:
        panel->showTab(StepThroughPanel::Tab::Transposed);
        panel->transposed()->setForm(TransposedConvView::Form::ZeroInsertion); // the default
        if (!choice.preset.isEmpty()) {
            panel->transposed()->loadPreset(
                static_cast<GuideCase>(kGuideCases.indexOf(choice.preset)));
            // The Checkerboard page draws the overlap of this geometry's stamps.
            panel->checkerboard()->followTransposed(panel->transposed()->model()->setup());
        }
        break;
    case StepThroughChoice::Tab::Matrix:
        panel->showTab(StepThroughPanel::Tab::Matrix);
        if (!choice.preset.isEmpty())
            panel->matrix()->loadPreset(
                static_cast<MatrixView::Preset>(kMatrixPresets.indexOf(choice.preset)));
        break;
    case StepThroughChoice::Tab::Checkerboard: {
        panel->showTab(StepThroughPanel::Tab::Checkerboard);
        const StepThroughChoice::Checkerboard& c = choice.checkerboard;
        CheckerboardView::Settings settings;
        settings.input = c.input;
        settings.kernel = c.kernel;
        settings.stride = c.stride;
        settings.dilation = c.dilation;
        settings.resize = c.bilinear ? ResizeMode::Bilinear : ResizeMode::Nearest;
        panel->checkerboard()->setSettings(settings);
        break;
    }
    }
}

} // namespace convlab
