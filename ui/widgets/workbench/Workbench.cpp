// SPDX-License-Identifier: MIT
#include "workbench/Workbench.h"

#include "compute/ResponseComputer.h"
#include "document/Document.h"
#include "image/ImageConversion.h"
#include "session/Session.h"
#include "views/ImageCanvas.h"
#include "views/PatchEditor.h"
#include "views/ResponseAlignment.h"

#include <QEvent>
#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>
#include <opencv2/core.hpp>

namespace convlab {

namespace {

// The patch as a small image, for drawing it on the input where a window reads.
QImage patchImage(const cv::Mat& patch)
{
    if (patch.empty())
        return {};
    double low = 0, high = 0;
    cv::minMaxLoc(patch, &low, &high);
    return grayImage(patch, {low, high > low ? high : low + 1});
}

} // namespace

Workbench::Workbench(Session* session, ToolSettings* tools, QWidget* parent)
    : QWidget(parent), m_session(session), m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_inputPane(new QWidget(m_splitter)), m_inputTitle(new QLabel(m_inputPane)),
      m_input(new ImageCanvas(tools, m_inputPane)), m_response(new ResponseView(m_splitter)),
      m_patch(new PatchEditor(tools, this))
{
    setObjectName(QStringLiteral("workbench"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
    m_splitter->setObjectName(QStringLiteral("viewsSplitter"));
    m_splitter->setChildrenCollapsible(false);
    const int margin = fontMetrics().height() / 3;

    auto* inputLayout = new QVBoxLayout(m_inputPane);
    inputLayout->setContentsMargins(margin, margin, margin, margin);
    QFont bold = m_inputTitle->font();
    bold.setBold(true);
    m_inputTitle->setFont(bold);
    m_input->setObjectName(QStringLiteral("inputCanvas"));
    inputLayout->addWidget(m_inputTitle);
    inputLayout->addWidget(m_input, 1);

    m_response->setObjectName(QStringLiteral("responseView"));
    m_response->setContentsMargins(margin, margin, margin, margin);
    m_splitter->addWidget(m_inputPane);
    m_splitter->addWidget(m_response);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({1000, 1000}); // equal halves, whatever the width
    m_patch->setObjectName(QStringLiteral("patchEditor"));
    m_patch->hide(); // until its owner places it

    Document* document = m_session->document();
    connect(document, &Document::imageChanged, this, &Workbench::onImageChanged);
    connect(document, &Document::patchChanged, this, &Workbench::onPatchChanged);
    connect(document, &Document::parametersChanged, this, &Workbench::onParametersChanged);
    connect(document, &Document::viewSettingsChanged, this, &Workbench::onViewSettingsChanged);
    if (ResponseComputer* computer = m_session->computer()) {
        connect(computer, &ResponseComputer::resultReady, this, &Workbench::showResult);
        connect(computer, &ResponseComputer::busyChanged, this, &Workbench::onBusyChanged);
    }

    connect(m_input, &ImageCanvas::imageEdited, document, &Document::paintImage);
    connect(m_input, &PixelView::cellHovered, this, &Workbench::onInputHovered);
    connect(m_patch, &PatchEditor::patchEdited, document, &Document::paintPatch);
    connect(m_patch, &PatchEditor::patchReplaced, document, &Document::setPatch);
    connect(m_patch, &PatchEditor::cellHovered, this, &Workbench::onPatchHovered);
    connect(m_response, &ResponseView::viewSettingsEdited, document, &Document::setViewSettings);
    connect(m_response, &ResponseView::peakQueryEdited, this, [document](const PeakQuery& query) {
        Parameters parameters = document->parameters();
        parameters.peaks = query;
        document->setParameters(parameters);
    });
    connect(m_response, &ResponseView::cellHovered, this, &Workbench::onResponseHovered);

    retranslateUi();
    onImageChanged(QRect());
    onPatchChanged();
    onParametersChanged();
    onViewSettingsChanged();
    if (ResponseComputer* computer = m_session->computer(); computer && computer->latest())
        showResult(computer->latest());
}

Workbench::~Workbench() = default;

std::shared_ptr<const ResponseResult> Workbench::result() const
{
    return m_response->result();
}

QStringList Workbench::computeTextSamples() const
{
    return {computeTimeText(88888.8), tr("No response"), tr("Computing…")};
}

void Workbench::zoomIn()
{
    m_input->zoomIn();
    m_response->zoomIn();
}

void Workbench::zoomOut()
{
    m_input->zoomOut();
    m_response->zoomOut();
}

void Workbench::zoomToFit()
{
    m_input->zoomToFit();
    m_response->zoomToFit();
}

void Workbench::zoomActualPixels()
{
    m_input->zoomActualPixels();
    m_response->zoomActualPixels();
}

void Workbench::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void Workbench::retranslateUi()
{
    const cv::Mat& image = m_session->document()->image();
    m_inputTitle->setText(tr("Input, %1 × %2").arg(image.rows).arg(image.cols));
    if (const auto shown = result())
        setComputeText(shown->ok() ? computeTimeText(shown->elapsedMs) : tr("No response"));
    setCursorText({});
}

// ----------------------------------------------------------------------- document → views

void Workbench::onImageChanged(const QRect& dirty)
{
    const cv::Mat& image = m_session->document()->image();
    if (dirty.isNull() || image.size() != m_input->image().size())
        m_input->setImage(image);
    else
        m_input->updateImage(image, dirty);
    m_inputTitle->setText(tr("Input, %1 × %2").arg(image.rows).arg(image.cols));
}

void Workbench::onPatchChanged()
{
    m_patch->setPatch(m_session->document()->patch());
}

void Workbench::onParametersChanged()
{
    m_response->setPeakQuery(m_session->document()->parameters().peaks);
}

void Workbench::onViewSettingsChanged()
{
    const ViewSettings& view = m_session->document()->viewSettings();
    m_response->setViewSettings(view);
    m_input->setOverlayVisible(view.overlay);
    showResultOnInput(); // in the new colours
}

void Workbench::showResult(const std::shared_ptr<const ResponseResult>& result)
{
    m_response->setResult(result);
    setComputeText(result->ok() ? computeTimeText(result->elapsedMs) : tr("No response"));
    showResultOnInput();
    // Whatever the mouse points at is now described by the new result.
    if (m_hoverInput != QPoint(-1, -1))
        onInputHovered(m_hoverInput.y(), m_hoverInput.x());
    emit resultShown(*result);
}

void Workbench::onBusyChanged(bool busy)
{
    if (busy)
        setComputeText(tr("Computing…"));
}

QString Workbench::computeTimeText(double milliseconds) const
{
    return tr("Response in %L1 ms").arg(milliseconds, 0, 'f', 1);
}

void Workbench::setConcealment(const Concealment& hidden)
{
    m_hidden = hidden;
    m_response->setConcealment(hidden);
    showResultOnInput();
}

void Workbench::showResultOnInput()
{
    const auto shown = result();
    if (!shown)
        return;
    if (m_hidden.peak) { // the exercise asks where the best match is
        ResponseResult withoutPeaks = *shown;
        withoutPeaks.peaks.clear();
        showOnInput(*m_input, withoutPeaks, m_response->coloredResponse());
        return;
    }
    showOnInput(*m_input, *shown, m_response->coloredResponse());
}

// ------------------------------------------------------------------------------ hovering

void Workbench::onInputHovered(int row, int col)
{
    m_hoverInput = QPoint(col, row);
    const auto shown = result();
    if (row < 0) {
        setCursorText({});
        m_response->setHighlightedCells({});
        return;
    }
    const cv::Mat& image = m_session->document()->image();
    setCursorText(tr("Input (row %1, col %2) = %3")
                      .arg(row)
                      .arg(col)
                      .arg(formatCellValue(image.at<float>(row, col))));
    if (shown && shown->ok())
        m_response->setHighlightedCells(ResponseAlignment(*shown).cellsFedBy(row, col));
}

void Workbench::onResponseHovered(int row, int col, ResponseView::MapKind kind)
{
    const auto shown = result();
    if (row < 0 || !shown || !shown->ok()) {
        m_input->setFieldHighlight(std::nullopt);
        setCursorText({});
        return;
    }
    const bool prePool = kind != ResponseView::MapKind::Response;
    const cv::Mat& map = kind == ResponseView::MapKind::Raw          ? shown->rawCorrelation
                         : kind == ResponseView::MapKind::Normalised ? shown->normalisedCorrelation
                                                                     : shown->response;
    if (row >= map.rows || col >= map.cols)
        return;
    const bool hidden = !prePool && m_hidden.cell && *m_hidden.cell == Pair{row, col};
    const QString value = hidden ? QStringLiteral("?") : formatCellValue(map.at<float>(row, col));
    const QString name = kind == ResponseView::MapKind::Raw          ? tr("Raw correlation")
                         : kind == ResponseView::MapKind::Normalised ? tr("Normalised")
                                                                     : tr("Response");
    setCursorText(tr("%1 (row %2, col %3) = %4").arg(name).arg(row).arg(col).arg(value));
    const auto field = ResponseAlignment(*shown).field(row, col, prePool);
    if (!field) {
        m_input->setFieldHighlight(std::nullopt);
        return;
    }
    FieldHighlight highlight;
    highlight.window = field->window;
    highlight.taps = field->taps;
    highlight.step = field->step;
    highlight.patch = patchImage(m_session->document()->patch());
    highlight.label = tr("out(%1, %2) = %3").arg(row).arg(col).arg(value);
    highlight.tapOrigin = field->tapOrigin;
    m_input->setFieldHighlight(highlight);
}

void Workbench::onPatchHovered(int row, int col)
{
    const cv::Mat& patch = m_session->document()->patch();
    if (row < 0 || row >= patch.rows || col < 0 || col >= patch.cols) {
        setCursorText({});
        return;
    }
    setCursorText(tr("Patch w[%1, %2] = %3")
                      .arg(row)
                      .arg(col)
                      .arg(formatCellValue(patch.at<float>(row, col))));
}

void Workbench::setCursorText(const QString& text)
{
    if (text == m_cursorText)
        return;
    m_cursorText = text;
    emit cursorTextChanged(text);
}

void Workbench::setComputeText(const QString& text)
{
    if (text == m_computeText)
        return;
    m_computeText = text;
    emit computeTextChanged(text);
}

} // namespace convlab
