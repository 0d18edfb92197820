// SPDX-License-Identifier: MIT
#pragma once

#include "compute/ResponseResult.h"
#include "document/DocumentState.h"
#include "figures/FigureExporter.h"
#include "lessons/LessonScript.h"
#include "lessons/StepLoader.h"

#include <QCoreApplication>
#include <QImage>
#include <QObject>
#include <QSize>
#include <QStringList>
#include <memory>
#include <optional>

class QMainWindow;

namespace convlab {

class Document;
class ImageCanvas;
class PatchEditor;
class ResponseView;
class Session;
class StepThroughPanel;
class ToolSettings;
class Workbench;

// What a slide shows: one of the window's views, or the input | patch | response figure.
enum class SceneView {
    Input,
    Patch,
    Response,
    Overlay,
    Stepper,
    Transposed,
    Matrix,
    Figure,
    Checkerboard
};

// A lesson drawn by the window's own view classes, off screen: the input canvas, the patch
// editor, the response view and the step-through panel, fed as the window feeds them, in a
// hidden host window. The command line renders and animates lessons with it, and the window
// exports animations from a copy of its state in one, so both draw exactly the same pixels.
// Lives in the GUI thread; SceneFrameSource hands its frames to an export worker.
class OffscreenScene final : public QObject, private StepStage {
    Q_OBJECT
  public:
    explicit OffscreenScene(const DocumentState& state, QObject* parent = nullptr);
    ~OffscreenScene() override;

    // A .convlab file as File ▸ Open shows it; nullptr with `error` naming the file.
    static std::unique_ptr<OffscreenScene> open(const QString& path, QString* error);

    static QStringList viewNames(); // "input", "patch", … as the command line spells them
    static std::optional<SceneView> viewFromName(const QString& name);
    static QString viewName(SceneView view);
    static bool isStepperView(SceneView view)
    {
        return view == SceneView::Stepper || view == SceneView::Transposed;
    }

    // The guided lesson's steps (0 when the file has none).
    int lessonStepCount() const;
    // Loads step `index` (0-based) as the lesson panel does when the student walks to it from
    // step 1: every step's state and step-through choice in turn. False with `error` naming
    // the step when it cannot be built.
    bool goToLessonStep(int index, QString* error);
    int lessonStep() const { return m_lessonStep; } // -1: the file's own state
    // What the step shown opens of View ▸ Learned Filters (its "learned" key), nullptr when
    // none: the scene has no such page; the learned views are drawn by LearnedScene from it.
    const LearnedChoice* learnedChoice() const { return m_learned ? &*m_learned : nullptr; }

    // When the lesson's image is too large for the stepper to walk cell by cell, the crop
    // around the best match that the stepper offers (its "crop" button), found now. False if
    // the peak was not found within `timeoutMs`.
    bool cropStepperAroundPeak(int timeoutMs);

    Document* document() const;
    StepThroughPanel* stepThrough() const { return m_stepThrough; }
    Workbench* workbench() const { return m_workbench; }
    ImageCanvas* inputCanvas() const;
    PatchEditor* patchEditor() const;
    ResponseView* responseView() const;
    const ResponseResult& result() const;

    // The size a view is drawn at unless another is asked for (logical pixels).
    QSize naturalSize(SceneView view) const;
    // The view drawn at the logical `size` (a widget is resized to it; the figure is scaled
    // to fit, centred). The drawing paints this scene's widgets: use it while they stand.
    Drawing drawing(SceneView view, QSize size);
    // The drawing painted into an image of size × scale device pixels, over white.
    static QImage render(const Drawing& drawing, QSize size, qreal scale);

    // An animation of the view: the steps of the stepper, or the stages and steps of the
    // transposed convolution, for the current state; for any other view, the lesson's steps
    // (one frame when it has none).
    int animationFrameCount(SceneView view) const;
    // Puts frame `index` on the view; false with `error` (a lesson step that cannot be built).
    bool showAnimationFrame(SceneView view, int index, QString* error);

  private:
    // StepStage: the scene has the step-through panel, never shown in place of views, and no
    // docks.
    StepThroughPanel* stepThroughPanel() const override { return m_stepThrough; }
    void setSteppingThrough(bool) override {}
    QDockWidget* panelDock(const QString&) const override { return nullptr; }
    void showLearned(const LearnedChoice* choice) override
    {
        m_learned = choice ? std::optional<LearnedChoice>(*choice) : std::nullopt;
    }

    void refresh();
    int transposedFrameCount() const;
    void showTransposedFrame(int index);
    Drawing figureDrawing(QSize size) const;
    QSize matrixSize() const;

    QMainWindow* m_host;
    Session* m_session;
    ToolSettings* m_tools;
    Workbench* m_workbench;
    StepThroughPanel* m_stepThrough;
    std::optional<LessonScript> m_script;
    int m_lessonStep = -1;
    std::optional<LearnedChoice> m_learned;
};

} // namespace convlab
