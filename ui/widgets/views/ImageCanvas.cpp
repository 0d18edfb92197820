// SPDX-License-Identifier: MIT
#include "views/ImageCanvas.h"

#include "views/LabelPlacement.h"
#include "views/Palette.h"
#include "views/Raster.h"
#include "views/ToolSettings.h"
#include "views/ValueDisplay.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <atomic>
#include <cmath>

namespace convlab {

int nextStrokeId()
{
    static std::atomic<int> counter{0};
    return ++counter;
}

namespace {

std::optional<double> parseNumber(const QString& text)
{
    bool ok = false;
    double value = QLocale().toDouble(text.trimmed(), &ok);
    if (!ok)
        value = QLocale::c().toDouble(text.trimmed(), &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

} // namespace

ImageCanvas::ImageCanvas(ToolSettings* tools, QWidget* parent) : PixelView(parent), m_tools(tools)
{
    connect(m_tools, &ToolSettings::changed, this, qOverload<>(&QWidget::update));
}

void ImageCanvas::setImage(const cv::Mat& image)
{
    m_image = image;
    closeCellEditor();
    updateDisplayRange();
    if (!m_selection.isNull() && !QRect(0, 0, image.cols, image.rows).contains(m_selection)) {
        m_selection = {};
        emit selectionChanged(m_selection);
    }
    setRendered(renderRegion(QRect(0, 0, image.cols, image.rows)));
}

void ImageCanvas::updateImage(const cv::Mat& image, const QRect& dirty)
{
    if (image.size() != m_image.size() || image.type() != m_image.type() || rendered().isNull()) {
        setImage(image);
        return;
    }
    m_image = image;
    const QRect cells = dirty.intersected(QRect(0, 0, image.cols, image.rows));
    // The range is [0, 1] exactly when every value lies in [0, 1]; a stroke that keeps its
    // cells there leaves it so, and the whole image need not be scanned on every mouse move.
    const bool staysUnit = m_low == 0 && m_high == 1 && withinUnitRange(cells);
    if (!staysUnit && updateDisplayRange()) {
        setRendered(renderRegion(QRect(0, 0, image.cols, image.rows)));
        return;
    }
    if (!cells.isEmpty())
        updateRenderedRegion(renderRegion(cells), cells.topLeft());
}

bool ImageCanvas::updateDisplayRange()
{
    const auto [low, high] = display::imageRange(m_image);
    const bool changed = low != m_low || high != m_high;
    m_low = low;
    m_high = high;
    return changed;
}

bool ImageCanvas::withinUnitRange(const QRect& cells) const
{
    if (cells.isEmpty())
        return true;
    double low = 0, high = 0;
    const cv::Mat part = m_image(cv::Rect(cells.x(), cells.y(), cells.width(), cells.height()));
    cv::minMaxIdx(part.reshape(1), &low, &high);
    return low >= 0 && high <= 1;
}

QImage ImageCanvas::renderRegion(const QRect& cells) const
{
    return display::imageCells(m_image, {m_low, m_high}, cells);
}

QString ImageCanvas::cellText(int row, int col) const
{
    if (m_image.channels() != 1)
        return {};
    return formatCellValue(m_image.at<float>(row, col));
}

void ImageCanvas::setSelection(const QRect& cells)
{
    const QRect bounded = cells.intersected(QRect(0, 0, m_image.cols, m_image.rows));
    if (bounded == m_selection)
        return;
    m_selection = bounded;
    emit selectionChanged(m_selection);
    update();
}

void ImageCanvas::setResponseOverlay(const QImage& colored, const QRectF& cells)
{
    m_overlay = colored;
    m_overlayCells = cells;
    if (m_overlayVisible)
        update();
}

void ImageCanvas::setOverlayVisible(bool visible)
{
    m_overlayVisible = visible;
    update();
}

void ImageCanvas::setFieldHighlight(const std::optional<FieldHighlight>& field)
{
    m_field = field;
    update();
}

void ImageCanvas::setPeakMarkers(const QVector<PeakMarker>& markers)
{
    if (markers == m_markers)
        return; // most responses of a brush stroke keep them
    m_markers = markers;
    update();
}

void ImageCanvas::setPaddingMargins(const QMargins& cells)
{
    if (cells == m_padding)
        return;
    m_padding = cells;
    if (isFitting())
        zoomToFit();
}

QPoint ImageCanvas::cellUnder(QPointF widgetPos) const
{
    const QPointF cell = widgetToCell(widgetPos);
    return {static_cast<int>(std::floor(cell.x())), static_cast<int>(std::floor(cell.y()))};
}

void ImageCanvas::mousePressEvent(QMouseEvent* event)
{
    PixelView::mousePressEvent(event);
    if (event->isAccepted() && isPanning())
        return;
    if (event->button() != Qt::LeftButton || m_image.empty())
        return;
    const QPoint cell = cellUnder(event->position());
    m_anchor = m_last = cell;
    if (m_tools->tool() == Tool::Select || !m_editable) {
        m_gesture = Gesture::Selecting;
        return;
    }
    beginStroke(cell);
}

void ImageCanvas::beginStroke(QPoint cell)
{
    m_image.copyTo(m_working); // into the last stroke's buffer: no new pages to fault in
    m_strokeId = nextStrokeId();
    const float value = m_tools->paintValue();
    switch (m_tools->tool()) {
    case Tool::Brush:
    case Tool::Eraser:
        m_gesture = Gesture::Stroke;
        emitEdit(raster::paintSegment(m_working, cell, cell, m_tools->brushSize(), value));
        break;
    case Tool::Line:
    case Tool::Rectangle:
    case Tool::Ellipse:
        m_gesture = Gesture::Shape;
        update();
        break;
    case Tool::Text:
        emitEdit(raster::paintText(m_working, m_tools->text(), m_tools->font(), cell, value));
        break;
    case Tool::Fill:
        emitEdit(raster::floodFill(m_working, cell, value));
        break;
    case Tool::Select:
        break;
    }
}

void ImageCanvas::continueStroke(QPoint cell)
{
    if (cell == m_last)
        return;
    const QRect dirty =
        raster::paintSegment(m_working, m_last, cell, m_tools->brushSize(), m_tools->paintValue());
    m_last = cell;
    emitEdit(dirty);
}

void ImageCanvas::finishShape(QPoint cell)
{
    const float value = m_tools->paintValue();
    const int size = m_tools->brushSize();
    const QRect box = raster::boxFromCorners(m_anchor, cell);
    QRect dirty;
    if (m_tools->tool() == Tool::Line)
        dirty = raster::paintSegment(m_working, m_anchor, cell, size, value);
    else if (m_tools->tool() == Tool::Rectangle)
        dirty = raster::paintRectangle(m_working, box, size, value, m_tools->filled());
    else
        dirty = raster::paintEllipse(m_working, box, size, value, m_tools->filled());
    emitEdit(dirty);
}

void ImageCanvas::emitEdit(const QRect& dirty)
{
    if (dirty.isEmpty())
        return;
    // No copy: cloning the whole layer on every mouse move would cost O(image) on the GUI
    // thread; receivers copy the part they keep (see imageEdited).
    emit imageEdited(m_working, dirty, m_strokeId);
}

void ImageCanvas::mouseMoveEvent(QMouseEvent* event)
{
    PixelView::mouseMoveEvent(event);
    const QPoint cell = cellUnder(event->position());
    const bool hoverChanged = m_hoverCell != cell;
    m_hoverCell = cell;
    switch (m_gesture) {
    case Gesture::Stroke:
        continueStroke(cell);
        break;
    case Gesture::Shape:
        m_last = cell;
        update();
        break;
    case Gesture::Selecting:
        if (cell != m_anchor || !m_selection.isNull())
            setSelection(raster::boxFromCorners(m_anchor, cell));
        break;
    case Gesture::None:
        if (hoverChanged && m_tools->tool() != Tool::Select && m_editable)
            update();
        break;
    }
}

void ImageCanvas::leaveEvent(QEvent* event)
{
    PixelView::leaveEvent(event);
    // The tool's preview (the brush ring, the stamp's text) follows the mouse: it leaves the
    // image with it, unless a gesture still holds the mouse.
    if (m_gesture == Gesture::None && m_hoverCell) {
        m_hoverCell.reset();
        update();
    }
}

void ImageCanvas::mouseReleaseEvent(QMouseEvent* event)
{
    PixelView::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || m_gesture == Gesture::None)
        return;
    const QPoint cell = cellUnder(event->position());
    if (m_gesture == Gesture::Shape)
        finishShape(cell);
    if (m_gesture == Gesture::Selecting && cell == m_anchor)
        setSelection(valuesVisible() ? QRect(cell, QSize(1, 1)) : QRect());
    m_gesture = Gesture::None;
    update();
}

void ImageCanvas::mouseDoubleClickEvent(QMouseEvent* event)
{
    const auto cell = cellAt(event->position());
    if (event->button() == Qt::LeftButton && cell && editCell(cell->y(), cell->x()))
        return;
    PixelView::mouseDoubleClickEvent(event);
}

bool ImageCanvas::editCell(int row, int col)
{
    if (!m_editable || m_image.channels() != 1 || !valuesVisible() || row < 0 || col < 0 ||
        row >= m_image.rows || col >= m_image.cols)
        return false;
    m_gesture = Gesture::None;
    closeCellEditor();
    m_editedCell = QPoint(col, row);
    auto* editor = new QLineEdit(this);
    m_cellEditor = editor;
    editor->setAlignment(Qt::AlignCenter);
    editor->setText(formatCellValue(m_image.at<float>(row, col)));
    editor->selectAll();
    const QRect cellRect = cellsToWidget(QRectF(col, row, 1, 1)).toAlignedRect();
    const int width = std::max(
        cellRect.width(), editor->fontMetrics().horizontalAdvance(QStringLiteral("-0.000000")));
    const int height = std::max(cellRect.height(), editor->sizeHint().height());
    editor->setGeometry(
        QRect(0, 0, width, height).translated(cellRect.center() - QPoint(width / 2, height / 2)));
    editor->installEventFilter(this);
    editor->show();
    editor->setFocus();
    return true;
}

void ImageCanvas::closeCellEditor()
{
    if (!m_cellEditor)
        return;
    m_cellEditor->removeEventFilter(this); // its focus-out must not commit a second time
    m_cellEditor->hide();
    m_cellEditor->deleteLater();
    m_cellEditor = nullptr;
}

void ImageCanvas::commitCellEdit()
{
    if (!m_cellEditor)
        return;
    const auto value = parseNumber(m_cellEditor->text());
    closeCellEditor();
    setFocus();
    if (!value || m_image.empty())
        return;
    m_image.copyTo(m_working);
    m_strokeId = nextStrokeId();
    m_working.at<float>(m_editedCell.y(), m_editedCell.x()) = static_cast<float>(*value);
    emitEdit(QRect(m_editedCell, QSize(1, 1)));
}

bool ImageCanvas::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_cellEditor && event->type() == QEvent::KeyPress) {
        // Consumed here: a Return the line edit ignored would reach the canvas and reopen it.
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Escape) {
            closeCellEditor();
            setFocus();
            return true;
        }
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            commitCellEdit();
            return true;
        }
    }
    if (watched == m_cellEditor && event->type() == QEvent::FocusOut) {
        commitCellEdit();
        return false;
    }
    return PixelView::eventFilter(watched, event);
}

void ImageCanvas::keyPressEvent(QKeyEvent* event)
{
    const QString text = event->text();
    const bool startsNumber =
        !text.isEmpty() && (text[0].isDigit() || text == QLatin1String("-") ||
                            text == QLatin1String(".") || text == QLocale().decimalPoint());
    if (startsNumber && m_selection.size() == QSize(1, 1) &&
        editCell(m_selection.top(), m_selection.left())) {
        m_cellEditor->setText(text);
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        m_selection.size() == QSize(1, 1) && editCell(m_selection.top(), m_selection.left()))
        return;
    PixelView::keyPressEvent(event);
}

void ImageCanvas::paintOverlay(QPainter& painter)
{
    if (m_overlayVisible && !m_overlay.isNull()) {
        painter.save();
        painter.setOpacity(0.6);
        painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
        painter.drawImage(cellsToWidget(m_overlayCells), m_overlay);
        painter.restore();
    }
    // Labels at the top left of their rectangle, or the nearest free place: never one over
    // another (the best first).
    QList<LabelMark> labels;
    for (const PeakMarker& marker : m_markers) {
        const QRectF box = cellsToWidget(marker.cells);
        const QColor color = marker.best ? palette::peak() : palette::otherPeak();
        painter.setPen(QPen(color, (marker.best ? 2.5 : 1.5) * palette::strokeScale(*this)));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(box);
        labels.append({box.topLeft(), 0.0, palette::labelSize(font(), marker.label)});
    }
    for (const PlacedLabel& label : placeLabels(labels, QRectF(rect()))) {
        const PeakMarker& marker = m_markers[label.index];
        palette::drawLabelIn(painter, marker.label, label.box,
                             marker.best ? palette::peak() : palette::otherPeak());
    }
    paintFieldHighlight(painter);
    paintSelection(painter);
    paintToolPreview(painter);
}

void ImageCanvas::paintFieldHighlight(QPainter& painter) const
{
    if (!m_field)
        return;
    const FieldHighlight& field = *m_field;
    painter.save();
    const QRect image(0, 0, m_image.cols, m_image.rows);
    // Padding cells read by the window are hatched: they are not part of the image.
    QRegion padding(field.window);
    padding -= QRegion(image);
    for (const QRect& part : padding) {
        const QRectF area = cellsToWidget(QRectF(part));
        painter.fillRect(area, palette::veil(this->palette()));
        painter.fillRect(area, palette::hatch(palette::field(), palette::strokeScale(*this)));
    }
    painter.setPen(Qt::NoPen);
    for (int u = 0; u < field.taps.height(); ++u)
        for (int v = 0; v < field.taps.width(); ++v) {
            QColor tap = field.patch.isNull() ? palette::field() : QColor(field.patch.pixel(v, u));
            tap.setAlpha(150);
            painter.setBrush(tap);
            const QPointF at(field.tapOrigin.x() + v * field.step.x(),
                             field.tapOrigin.y() + u * field.step.y());
            painter.drawRect(cellsToWidget(QRectF(at, QSizeF(1, 1))));
        }
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(QPen(palette::field(), 2.5 * palette::strokeScale(*this)));
    painter.setBrush(Qt::NoBrush);
    const QRectF window = cellsToWidget(QRectF(field.window));
    painter.drawRect(window);
    palette::drawLabel(painter, field.label, window.topLeft(), palette::field(), Qt::AlignBottom);
    painter.restore();
}

void ImageCanvas::paintSelection(QPainter& painter) const
{
    if (m_selection.isNull())
        return;
    painter.save();
    const QRectF box = cellsToWidget(QRectF(m_selection));
    painter.setBrush(Qt::NoBrush);
    const double stroke = 2 * palette::strokeScale(*this);
    painter.setPen(QPen(Qt::white, stroke));
    painter.drawRect(box);
    QPen dashes(palette::selection(), stroke, Qt::DashLine);
    painter.setPen(dashes);
    painter.drawRect(box);
    const QString label = tr("%1×%2 at (row %3, col %4)")
                              .arg(m_selection.height())
                              .arg(m_selection.width())
                              .arg(m_selection.top())
                              .arg(m_selection.left());
    palette::drawLabel(painter, label, box.bottomLeft(), palette::selection(), Qt::AlignTop);
    painter.restore();
}

void ImageCanvas::paintToolPreview(QPainter& painter) const
{
    if (!m_editable || !m_hoverCell || m_tools->tool() == Tool::Select)
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    QColor ink = palette::selection();
    const double width = std::max(1.0, m_tools->brushSize() * zoom());
    const QPointF hover = cellToWidget(QPointF(*m_hoverCell) + QPointF(0.5, 0.5));
    switch (m_tools->tool()) {
    case Tool::Brush:
    case Tool::Eraser:
        painter.setPen(QPen(ink, 1.5));
        painter.drawEllipse(hover, width / 2, width / 2);
        break;
    case Tool::Line:
    case Tool::Rectangle:
    case Tool::Ellipse: {
        if (m_gesture != Gesture::Shape)
            break;
        ink.setAlpha(150);
        const bool filled = m_tools->filled() && m_tools->tool() != Tool::Line;
        painter.setPen(QPen(ink, filled ? 1.0 : width, Qt::SolidLine, Qt::RoundCap));
        painter.setBrush(filled ? QBrush(ink) : QBrush());
        const QRectF box = cellsToWidget(QRectF(raster::boxFromCorners(m_anchor, m_last)))
                               .adjusted(zoom() / 2, zoom() / 2, -zoom() / 2, -zoom() / 2);
        const QPointF a = cellToWidget(QPointF(m_anchor) + QPointF(0.5, 0.5));
        const QPointF b = cellToWidget(QPointF(m_last) + QPointF(0.5, 0.5));
        if (m_tools->tool() == Tool::Line)
            painter.drawLine(a, b);
        else if (m_tools->tool() == Tool::Rectangle)
            painter.drawRect(box);
        else
            painter.drawEllipse(box);
        break;
    }
    case Tool::Text: {
        QFont font = m_tools->font();
        font.setPixelSize(std::max(1, static_cast<int>(font.pixelSize() * zoom())));
        painter.setFont(font);
        ink.setAlpha(170);
        painter.setPen(ink);
        const QRectF around(hover - QPointF(4000, 4000), QSizeF(8000, 8000));
        painter.drawText(around, Qt::AlignCenter, m_tools->text());
        break;
    }
    case Tool::Fill:
        painter.setPen(QPen(ink, 1.5));
        painter.drawRect(cellsToWidget(QRectF(QPointF(*m_hoverCell), QSizeF(1, 1))));
        break;
    case Tool::Select:
        break;
    }
    painter.restore();
}

} // namespace convlab
