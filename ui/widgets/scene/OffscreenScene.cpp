// SPDX-License-Identifier: MIT
#include "scene/OffscreenScene.h"

#include "document/Document.h"
#include "io/DocumentFile.h"
#include "session/Session.h"
#include "stepper/CheckerboardView.h"
#include "stepper/MatrixView.h"
#include "stepper/StepThroughPanel.h"
#include "stepper/StepperCanvas.h"
#include "stepper/StepperModel.h"
#include "stepper/StepperPage.h"
#include "stepper/TransposedConvView.h"
#include "views/ImageCanvas.h"
#include "views/PatchEditor.h"
#include "views/ResponseAlignment.h"
#include "views/ResponseView.h"
#include "views/ToolSettings.h"
#include "workbench/Workbench.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QLayout>
#include <QMainWindow>
#include <QPainter>
#include <algorithm>

namespace convlab {

namespace {

// The spread and border stages of a transposed convolution move their cells in this many
// frames (the last one the stage itself), as the window's animation does in 0.6 s.
constexpr int kMoveFrames = 6;

const QSize kViewSize(800, 600);    // input, patch, response, overlay
const QSize kStepperSize(960, 540); // a 16:9 slide

struct Names {
    SceneView view;
    const char* name;
};
constexpr Names kNames[] = {
    {SceneView::Input, "input"},
    {SceneView::Patch, "patch"},
    {SceneView::Response, "response"},
    {SceneView::Overlay, "overlay"},
    {SceneView::Stepper, "stepper"},
    {SceneView::Transposed, "transposed"},
    {SceneView::Matrix, "matrix"},
    {SceneView::Figure, "figure"},
    {SceneView::Checkerboard, "checkerboard"},
};

} // namespace

OffscreenScene::OffscreenScene(const DocumentState& state, QObject* parent)
    : QObject(parent), m_host(new QMainWindow),
      m_session(new Session(state, this, Session::Computation::OnDemand)),
      m_tools(new ToolSettings(this)), m_workbench(new Workbench(m_session, m_tools, m_host)),
      m_stepThrough(new StepThroughPanel(m_host))
{
    // "Shown" off screen, as the window's views are on screen: QWidget::render of a hidden
    // widget would first lay out its hidden ancestors, and the step-through panel's layouts
    // would then shrink its canvases to the panel's size instead of the size asked for.
    m_host->setAttribute(Qt::WA_DontShowOnScreen);
    m_host->setAttribute(Qt::WA_QuitOnClose, false);
    m_host->setCentralWidget(m_workbench);
    // Nothing here sizes the host window (the views are drawn at the sizes asked for): no
    // minimum size handed to the platform, which the offscreen one would warn about on stderr.
    m_host->layout()->setSizeConstraint(QLayout::SetNoConstraint);
    m_workbench->patchEditor()->show();
    m_host->show();
    m_stepThrough->bindToDocument(m_session->document());
    QString ignored; // steps that cannot be read leave the file's own state, as the window does
    m_script = LessonScript::fromNotes(state.notes, &ignored);
    if (m_script && m_script->stepCount() == 0)
        m_script.reset();
    refresh();
}

OffscreenScene::~OffscreenScene()
{
    m_stepThrough->bindToDocument(nullptr);
    delete m_host;
}

std::unique_ptr<OffscreenScene> OffscreenScene::open(const QString& path, QString* error)
{
    const std::optional<DocumentState> state = DocumentFile::load(path, error);
    if (!state)
        return nullptr;
    return std::make_unique<OffscreenScene>(*state);
}

QStringList OffscreenScene::viewNames()
{
    QStringList names;
    for (const Names& entry : kNames)
        names << QString::fromLatin1(entry.name);
    return names;
}

std::optional<SceneView> OffscreenScene::viewFromName(const QString& name)
{
    for (const Names& entry : kNames)
        if (name == QLatin1String(entry.name))
            return entry.view;
    return std::nullopt;
}

QString OffscreenScene::viewName(SceneView view)
{
    for (const Names& entry : kNames)
        if (entry.view == view)
            return QString::fromLatin1(entry.name);
    return {};
}

int OffscreenScene::lessonStepCount() const
{
    return m_script ? m_script->stepCount() : 0;
}

bool OffscreenScene::goToLessonStep(int index, QString* error)
{
    if (index < 0 || index >= lessonStepCount()) {
        *error = lessonStepCount() == 0 ? tr("step %1: this lesson has no steps").arg(index + 1)
                                        : tr("step %1 is not a step of this lesson (1 to %2)")
                                              .arg(index + 1)
                                              .arg(lessonStepCount());
        return false;
    }
    const StepLoader loader(m_session->document(), this);
    // Forward from the step on screen, or from step 1: the step-through choices of the steps
    // before `index` stay as the walk left them.
    const int first = index > m_lessonStep ? m_lessonStep + 1 : 0;
    for (int i = first; i <= index; ++i) {
        const std::optional<StepSnapshot> snapshot = m_script->snapshotAt(i, error);
        if (!snapshot)
            return false;
        loader.load(m_script->step(i), i, *snapshot);
    }
    m_lessonStep = index;
    refresh();
    return true;
}

bool OffscreenScene::cropStepperAroundPeak(int timeoutMs)
{
    StepperPage* page = m_stepThrough->stepper();
    if (page->source() != StepperPage::Source::DocumentTooLarge || !page->offersCrop())
        return true;
    page->cropAroundPeak(); // in the background, as the button does: wait for its result
    const QDeadlineTimer deadline(timeoutMs);
    while (page->source() == StepperPage::Source::DocumentTooLarge && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 20);
    return page->source() != StepperPage::Source::DocumentTooLarge;
}

Document* OffscreenScene::document() const
{
    return m_session->document();
}

ImageCanvas* OffscreenScene::inputCanvas() const
{
    return m_workbench->inputCanvas();
}

PatchEditor* OffscreenScene::patchEditor() const
{
    return m_workbench->patchEditor();
}

ResponseView* OffscreenScene::responseView() const
{
    return m_workbench->responseView();
}

const ResponseResult& OffscreenScene::result() const
{
    return *m_workbench->result();
}

// The workbench follows the document as in the window; the response is computed here, now,
// instead of by a worker.
void OffscreenScene::refresh()
{
    m_workbench->showResult(m_session->computeNow());
}

QSize OffscreenScene::naturalSize(SceneView view) const
{
    switch (view) {
    case SceneView::Stepper:
    case SceneView::Transposed:
    case SceneView::Checkerboard:
        return kStepperSize;
    case SceneView::Matrix:
        return matrixSize();
    case SceneView::Figure:
        return figureDrawing({}).logicalSize.toSize();
    case SceneView::Input:
    case SceneView::Patch:
    case SceneView::Response:
    case SceneView::Overlay:
        break;
    }
    return kViewSize;
}

// The matrix view scrolls its figures: drawn for a slide, it is made tall and wide enough
// to show all of them.
QSize OffscreenScene::matrixSize() const
{
    return m_stepThrough->matrix()->unscrolledSizeHint().expandedTo(kStepperSize);
}

Drawing OffscreenScene::figureDrawing(QSize size) const
{
    const Drawing natural =
        FigureExporter::drawingOf(FigureExporter::documentFigure(document()->snapshot(), result()));
    if (size.isEmpty() || size == natural.logicalSize.toSize())
        return natural;
    // Scaled to fit, centred on white: every frame of an animation has the same size.
    const QSizeF target(size);
    return {target, [natural, target](QPainter& painter) {
                painter.fillRect(QRectF(QPointF(0, 0), target), Qt::white);
                const qreal factor = std::min(target.width() / natural.logicalSize.width(),
                                              target.height() / natural.logicalSize.height());
                painter.save();
                painter.translate((target.width() - natural.logicalSize.width() * factor) / 2,
                                  (target.height() - natural.logicalSize.height() * factor) / 2);
                painter.scale(factor, factor);
                natural.paint(painter);
                painter.restore();
            }};
}

Drawing OffscreenScene::drawing(SceneView view, QSize size)
{
    QWidget* widget = nullptr;
    switch (view) {
    case SceneView::Figure:
        return figureDrawing(size);
    case SceneView::Input:
        inputCanvas()->setOverlayVisible(document()->viewSettings().overlay);
        widget = inputCanvas();
        break;
    case SceneView::Overlay:
        inputCanvas()->setOverlayVisible(true);
        widget = inputCanvas();
        break;
    case SceneView::Patch:
        widget = patchEditor();
        break;
    case SceneView::Response:
        widget = responseView();
        break;
    case SceneView::Stepper:
        m_stepThrough->showTab(StepThroughPanel::Tab::Stepper);
        widget = m_stepThrough->stepper()->canvas();
        break;
    case SceneView::Transposed:
        m_stepThrough->showTab(StepThroughPanel::Tab::Transposed);
        widget = m_stepThrough->transposed()->canvas();
        break;
    case SceneView::Matrix:
        m_stepThrough->showTab(StepThroughPanel::Tab::Matrix);
        widget = m_stepThrough->matrix();
        break;
    case SceneView::Checkerboard: // the geometry a lesson step's Transposed page left, or its own
        m_stepThrough->showTab(StepThroughPanel::Tab::Checkerboard);
        widget = m_stepThrough->checkerboard();
        break;
    }
    widget->resize(size);
    return FigureExporter::drawingOf(widget);
}

QImage OffscreenScene::render(const Drawing& drawing, QSize size, qreal scale)
{
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale); // painted in logical coordinates
    image.fill(Qt::white);
    QPainter painter(&image);
    drawing.paint(painter);
    painter.end();
    image.setDevicePixelRatio(1);
    return image;
}

int OffscreenScene::animationFrameCount(SceneView view) const
{
    switch (view) {
    case SceneView::Stepper:
        return static_cast<int>(m_stepThrough->stepper()->model()->total());
    case SceneView::Transposed:
        return transposedFrameCount();
    default:
        return std::max(1, lessonStepCount());
    }
}

int OffscreenScene::transposedFrameCount() const
{
    const TransposedConvView* view = m_stepThrough->transposed();
    const auto steps = static_cast<int>(view->model()->total());
    if (steps == 0)
        return 0;
    if (view->form() == TransposedConvView::Form::Scatter)
        return steps;
    return 1 + 2 * kMoveFrames + steps + 1; // (a), (b), (c), (d) step by step, (e)
}

void OffscreenScene::showTransposedFrame(int index)
{
    using Stage = TransposedConvView::Stage;
    TransposedConvView* view = m_stepThrough->transposed();
    if (view->form() == TransposedConvView::Form::Scatter) {
        view->model()->setStep(index);
        return;
    }
    const auto steps = static_cast<int>(view->model()->total());
    if (index == 0) {
        view->setStage(Stage::Input);
    } else if (index <= 2 * kMoveFrames) {
        const Stage stage = index <= kMoveFrames ? Stage::Spread : Stage::Border;
        const int move = (index - 1) % kMoveFrames + 1;
        view->setStage(stage);
        view->canvas()->setStage(stage, static_cast<double>(move) / kMoveFrames);
    } else if (index <= 2 * kMoveFrames + steps) {
        view->setStage(Stage::Slide);
        view->model()->setStep(index - 1 - 2 * kMoveFrames);
    } else {
        view->setStage(Stage::Output);
    }
}

bool OffscreenScene::showAnimationFrame(SceneView view, int index, QString* error)
{
    switch (view) {
    case SceneView::Stepper:
        m_stepThrough->stepper()->model()->setStep(index);
        return true;
    case SceneView::Transposed:
        showTransposedFrame(index);
        return true;
    default:
        return lessonStepCount() == 0 || index == m_lessonStep || goToLessonStep(index, error);
    }
}

} // namespace convlab
