// SPDX-License-Identifier: MIT
#pragma once

#include "compute/ResponseResult.h"
#include "document/LessonState.h"
#include "figures/FigureExporter.h"
#include "lessons/LessonScript.h"

#include <QCoreApplication>
#include <QImage>
#include <QObject>
#include <QSize>
#include <QStringList>
#include <memory>
#include <optional>

class QMainWindow;

namespace convlab {

class ImageCanvas;
class Lesson;
class PatchEditor;
class ResponseView;
class StepThroughPanel;
class ToolSettings;

// What a slide shows: one of the window's views, or the input | patch | response figure.
enum class SceneView { Input, Patch, Response, Overlay, Stepper, Transposed, Matrix, Figure };

// A lesson drawn by the window's own view classes, off screen: the input canvas, the patch
// editor, the response view and the step-through panel, fed as the window feeds them, in a
// hidden host window. The command line renders and animates lessons with it, and the window
// exports animations from a copy of its state in one, so both draw exactly the same pixels.
// Lives in the GUI thread; SceneFrameSource hands its frames to an export worker.
class LessonScene final : public QObject {
    Q_OBJECT
  public:
    explicit LessonScene(const LessonState& state, QObject* parent = nullptr);
    ~LessonScene() override;

    // A .convlab file as File ▸ Open shows it; nullptr with `error` naming the file.
    static std::unique_ptr<LessonScene> open(const QString& path, QString* error);

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

    // When the lesson's image is too large for the stepper to walk cell by cell, the crop
    // around the best match that the stepper offers (its "crop" button), found now. False if
    // the peak was not found within `timeoutMs`.
    bool cropStepperAroundPeak(int timeoutMs);

    Lesson* lesson() const { return m_lesson; }
    StepThroughPanel* stepThrough() const { return m_stepThrough; }
    ImageCanvas* inputCanvas() const { return m_input; }
    PatchEditor* patchEditor() const { return m_patch; }
    ResponseView* responseView() const { return m_response; }
    const ResponseResult& result() const { return *m_result; }

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
    void refresh();
    int transposedFrameCount() const;
    void showTransposedFrame(int index);
    Drawing figureDrawing(QSize size) const;
    QSize matrixSize() const;

    QMainWindow* m_host;
    Lesson* m_lesson;
    ToolSettings* m_tools;
    ImageCanvas* m_input;
    PatchEditor* m_patch;
    ResponseView* m_response;
    StepThroughPanel* m_stepThrough;
    std::optional<LessonScript> m_script;
    std::shared_ptr<const ResponseResult> m_result;
    int m_lessonStep = -1;
};

} // namespace convlab
