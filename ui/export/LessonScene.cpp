// SPDX-License-Identifier: MIT
#include "export/LessonScene.h"

#include "compute/ResponsePipeline.h"
#include "document/Lesson.h"
#include "io/LessonFile.h"
#include "lessons/StepLoader.h"
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

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QMainWindow>
#include <QPainter>
#include <QScrollArea>
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
    {SceneView::Input, "input"},       {SceneView::Patch, "patch"},
    {SceneView::Response, "response"}, {SceneView::Overlay, "overlay"},
    {SceneView::Stepper, "stepper"},   {SceneView::Transposed, "transposed"},
    {SceneView::Matrix, "matrix"},     {SceneView::Figure, "figure"},
};

} // namespace

LessonScene::LessonScene(const LessonState& state, QObject* parent)
    : QObject(parent), m_host(new QMainWindow), m_lesson(new Lesson(state, this)),
      m_tools(new ToolSettings(this)), m_input(new ImageCanvas(m_tools, m_host)),
      m_patch(new PatchEditor(m_tools, m_host)), m_response(new ResponseView(m_host)),
      m_stepThrough(new StepThroughPanel(m_host))
{
    // "Shown" off screen, as the window's views are on screen: QWidget::render of a hidden
    // widget would first lay out its hidden ancestors, and the step-through panel's layouts
    // would then shrink its canvases to the panel's size instead of the size asked for.
    m_host->setAttribute(Qt::WA_DontShowOnScreen);
    m_host->setAttribute(Qt::WA_QuitOnClose, false);
    m_host->show();
    m_stepThrough->bindToLesson(m_lesson);
    const int margin = m_host->fontMetrics().height() / 3; // as the window's response pane
    m_response->setContentsMargins(margin, margin, margin, margin);
    QString ignored; // steps that cannot be read leave the file's own state, as the window does
    m_script = LessonScript::fromNotes(state.notes, &ignored);
    if (m_script && m_script->stepCount() == 0)
        m_script.reset();
    refresh();
}

LessonScene::~LessonScene()
{
    m_stepThrough->bindToLesson(nullptr);
    delete m_host;
}

std::unique_ptr<LessonScene> LessonScene::open(const QString& path, QString* error)
{
    const std::optional<LessonState> state = LessonFile::load(path, error);
    if (!state)
        return nullptr;
    return std::make_unique<LessonScene>(*state);
}

QStringList LessonScene::viewNames()
{
    QStringList names;
    for (const Names& entry : kNames)
        names << QString::fromLatin1(entry.name);
    return names;
}

std::optional<SceneView> LessonScene::viewFromName(const QString& name)
{
    for (const Names& entry : kNames)
        if (name == QLatin1String(entry.name))
            return entry.view;
    return std::nullopt;
}

QString LessonScene::viewName(SceneView view)
{
    for (const Names& entry : kNames)
        if (entry.view == view)
            return QString::fromLatin1(entry.name);
    return {};
}

int LessonScene::lessonStepCount() const
{
    return m_script ? m_script->stepCount() : 0;
}

bool LessonScene::goToLessonStep(int index, QString* error)
{
    if (index < 0 || index >= lessonStepCount()) {
        *error = lessonStepCount() == 0 ? tr("step %1: this lesson has no steps").arg(index + 1)
                                        : tr("step %1 is not a step of this lesson (1 to %2)")
                                              .arg(index + 1)
                                              .arg(lessonStepCount());
        return false;
    }
    const StepLoader loader(m_lesson, m_host);
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

bool LessonScene::cropStepperAroundPeak(int timeoutMs)
{
    StepperPage* page = m_stepThrough->stepper();
    if (page->source() != StepperPage::Source::LessonTooLarge || !page->offersCrop())
        return true;
    page->cropAroundPeak(); // in the background, as the button does: wait for its result
    const QDeadlineTimer deadline(timeoutMs);
    while (page->source() == StepperPage::Source::LessonTooLarge && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 20);
    return page->source() != StepperPage::Source::LessonTooLarge;
}

// What MainWindow does with the document and with each result, in the same order.
void LessonScene::refresh()
{
    ResponsePipeline::Input input;
    input.image = m_lesson->image().clone();
    input.patch = m_lesson->patch().clone();
    input.parameters = m_lesson->parameters();
    input.sideBySide = m_lesson->viewSettings().sideBySide;
    m_result = std::make_shared<const ResponseResult>(ResponsePipeline::compute(input));

    m_input->setImage(m_lesson->image());
    m_patch->setPatch(m_lesson->patch());
    m_response->setPeakQuery(m_lesson->parameters().peaks);
    const ViewSettings& view = m_lesson->viewSettings();
    m_response->setViewSettings(view);
    m_input->setOverlayVisible(view.overlay);
    m_response->setResult(m_result);
    showOnInput(*m_input, *m_result, m_response->coloredResponse());
}

QSize LessonScene::naturalSize(SceneView view) const
{
    switch (view) {
    case SceneView::Stepper:
    case SceneView::Transposed:
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
QSize LessonScene::matrixSize() const
{
    const MatrixView* matrix = m_stepThrough->matrix();
    QSize size = matrix->sizeHint();
    if (const auto* scroll = matrix->findChild<QScrollArea*>(); scroll && scroll->widget()) {
        const int frame = 2 * scroll->frameWidth();
        size += scroll->widget()->sizeHint() + QSize(frame, frame) - scroll->sizeHint();
    }
    return size.expandedTo(kStepperSize);
}

Drawing LessonScene::figureDrawing(QSize size) const
{
    const Drawing natural =
        FigureExporter::drawingOf(FigureExporter::lessonFigure(m_lesson->snapshot(), *m_result));
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

Drawing LessonScene::drawing(SceneView view, QSize size)
{
    QWidget* widget = nullptr;
    switch (view) {
    case SceneView::Figure:
        return figureDrawing(size);
    case SceneView::Input:
        m_input->setOverlayVisible(m_lesson->viewSettings().overlay);
        widget = m_input;
        break;
    case SceneView::Overlay:
        m_input->setOverlayVisible(true);
        widget = m_input;
        break;
    case SceneView::Patch:
        widget = m_patch;
        break;
    case SceneView::Response:
        widget = m_response;
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
    }
    widget->resize(size);
    return FigureExporter::drawingOf(widget);
}

QImage LessonScene::render(const Drawing& drawing, QSize size, qreal scale)
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

int LessonScene::animationFrameCount(SceneView view) const
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

int LessonScene::transposedFrameCount() const
{
    const TransposedConvView* view = m_stepThrough->transposed();
    const auto steps = static_cast<int>(view->model()->total());
    if (steps == 0)
        return 0;
    if (view->form() == TransposedConvView::Form::Scatter)
        return steps;
    return 1 + 2 * kMoveFrames + steps + 1; // (a), (b), (c), (d) step by step, (e)
}

void LessonScene::showTransposedFrame(int index)
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

bool LessonScene::showAnimationFrame(SceneView view, int index, QString* error)
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
