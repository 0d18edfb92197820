// SPDX-License-Identifier: MIT
#include "views/PixelView.h"

#include "views/Palette.h"

#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

namespace convlab {

namespace {

constexpr double kMaxZoom = 256.0; // logical pixels per cell
constexpr double kZoomStep = 1.25;
constexpr double kGridMinDevicePx = 8; // below this the grid would hide the image

// The smallest pixel size a value is written in.
int readableValuePixels(const QFont& base)
{
    return std::max(7, QFontMetrics(base).height() * 3 / 5);
}

// Values are written in a font scaled with the cell, never smaller than a readable size.
QFont valueFont(const QFont& base, double cellPx)
{
    QFont font = base;
    const int readable = readableValuePixels(base);
    font.setPixelSize(std::clamp(static_cast<int>(cellPx * 0.26), readable, 4 * readable));
    return font;
}

// The room a value has in a cell of `cellPx`: two pixels on either side.
double valueRoom(double cellPx)
{
    return cellPx - 4;
}

bool isDark(QRgb color)
{
    return qGray(color) < 120;
}

} // namespace

PixelView::PixelView(QWidget* parent) : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

QSize PixelView::sizeHint() const
{
    const int line = fontMetrics().height();
    return {line * 24, line * 20};
}

QSize PixelView::minimumSizeHint() const
{
    const int line = fontMetrics().height();
    return {line * 8, line * 6};
}

QPointF PixelView::widgetToCell(QPointF widgetPos) const
{
    return (widgetPos - m_origin) / m_zoom;
}

QPointF PixelView::cellToWidget(QPointF cell) const
{
    return m_origin + cell * m_zoom;
}

QRectF PixelView::cellsToWidget(const QRectF& cells) const
{
    return {cellToWidget(cells.topLeft()), cells.size() * m_zoom};
}

std::optional<QPoint> PixelView::cellAt(QPointF widgetPos) const
{
    const QPointF cell = widgetToCell(widgetPos);
    const int col = static_cast<int>(std::floor(cell.x()));
    const int row = static_cast<int>(std::floor(cell.y()));
    if (col < 0 || row < 0 || col >= m_cells.width() || row >= m_cells.height())
        return std::nullopt;
    return QPoint(col, row);
}

double PixelView::deviceCellSize() const
{
    return m_zoom * devicePixelRatioF();
}

bool PixelView::valuesVisible() const
{
    const QFontMetrics metrics(valueFont(font(), m_zoom));
    return m_zoom >= metrics.horizontalAdvance(QStringLiteral("-0.00")) + 4 &&
           m_zoom >= metrics.height() + 2;
}

void PixelView::setRendered(const QImage& rendered)
{
    const bool resized = rendered.size() != m_cells;
    m_rendered = rendered;
    m_cells = rendered.size();
    if (resized || m_fitting)
        zoomToFit();
    update();
}

void PixelView::setRendered(const QImage& rendered, const QVector<QRect>& changedCells)
{
    if (rendered.size() != m_cells || m_rendered.isNull()) {
        setRendered(rendered);
        return;
    }
    m_rendered = rendered;
    for (const QRect& cells : changedCells)
        updateCells(cells);
}

void PixelView::updateCells(const QRect& cells)
{
    if (!cells.isEmpty())
        update(cellsToWidget(QRectF(cells)).toAlignedRect().adjusted(-1, -1, 1, 1));
}

void PixelView::updateRenderedRegion(const QImage& part, QPoint topLeft)
{
    if (m_rendered.isNull())
        return;
    QPainter painter(&m_rendered);
    painter.setCompositionMode(QPainter::CompositionMode_Source);
    painter.drawImage(topLeft, part);
    painter.end();
    updateCells(QRect(topLeft, part.size()));
}

void PixelView::zoomToFit()
{
    m_fitting = true;
    if (m_cells.isEmpty() || width() <= 0 || height() <= 0)
        return;
    const QMargins extra = fitMargins();
    const double cols = m_cells.width() + extra.left() + extra.right();
    const double rows = m_cells.height() + extra.top() + extra.bottom();
    const double border = fontMetrics().height() * 0.5;
    const double zoom = std::min((width() - 2 * border) / cols, (height() - 2 * border) / rows);
    m_zoom = std::clamp(zoom, 1e-3, kMaxZoom);
    const QPointF contentCentre((m_cells.width() + extra.right() - extra.left()) / 2.0,
                                (m_cells.height() + extra.bottom() - extra.top()) / 2.0);
    m_origin = QPointF(width() / 2.0, height() / 2.0) - contentCentre * m_zoom;
    emit zoomChanged(m_zoom);
    update();
}

void PixelView::zoomActualPixels()
{
    setZoomAbout(1.0 / devicePixelRatioF(), rect().center());
}

void PixelView::zoomIn()
{
    setZoomAbout(m_zoom * kZoomStep, rect().center());
}

void PixelView::zoomOut()
{
    setZoomAbout(m_zoom / kZoomStep, rect().center());
}

void PixelView::setZoomAbout(double zoom, QPointF anchor)
{
    const double smallest = m_cells.isEmpty() ? 1e-3
                                              : std::min(0.25 * width() / m_cells.width(),
                                                         0.25 * height() / m_cells.height());
    zoom = std::clamp(zoom, std::min(smallest, 1.0), kMaxZoom);
    const QPointF cell = widgetToCell(anchor);
    m_zoom = zoom;
    m_origin = anchor - cell * m_zoom;
    m_fitting = false;
    emit zoomChanged(m_zoom);
    update();
}

QRect PixelView::visibleCellRange() const
{
    const QPointF first = widgetToCell(QPointF(0, 0));
    const QPointF last = widgetToCell(QPointF(width(), height()));
    const int c0 = std::max(0, static_cast<int>(std::floor(first.x())));
    const int r0 = std::max(0, static_cast<int>(std::floor(first.y())));
    const int c1 = std::min(m_cells.width(), static_cast<int>(std::ceil(last.x())));
    const int r1 = std::min(m_cells.height(), static_cast<int>(std::ceil(last.y())));
    if (c1 <= c0 || r1 <= r0)
        return {};
    return QRect(QPoint(c0, r0), QPoint(c1 - 1, r1 - 1));
}

void PixelView::paintEvent(QPaintEvent* event)
{
    QPainter painter(this);
    painter.setClipRegion(event->region());
    painter.fillRect(rect(), palette().color(QPalette::Base).darker(104));
    if (m_rendered.isNull())
        return;

    const QRect visible = visibleCellRange();
    if (visible.isValid()) {
        painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
        painter.drawImage(cellsToWidget(QRectF(visible)), m_rendered, QRectF(visible));
        // Thick presentation lines need larger cells before they stop hiding the image.
        const double gridMin = kGridMinDevicePx * palette::strokeScale(*this);
        if (deviceCellSize() >= gridMin)
            paintGrid(painter, visible);
        if (valuesVisible())
            paintValues(painter, visible);
    }
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(QPen(palette().color(QPalette::Mid), palette::strokeScale(*this)));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(cellsToWidget(QRectF(QPointF(0, 0), QSizeF(m_cells))));
    paintOverlay(painter);
}

void PixelView::paintGrid(QPainter& painter, const QRect& visibleCells) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    QPen pen(palette::grid(), std::round(palette::strokeScale(*this)));
    pen.setCosmetic(true);
    painter.setPen(pen);
    const QRectF area = cellsToWidget(QRectF(visibleCells));
    for (int c = visibleCells.left(); c <= visibleCells.right() + 1; ++c) {
        const double x = cellToWidget(QPointF(c, 0)).x();
        painter.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()));
    }
    for (int r = visibleCells.top(); r <= visibleCells.bottom() + 1; ++r) {
        const double y = cellToWidget(QPointF(0, r)).y();
        painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
    }
    painter.restore();
}

std::optional<QFont> PixelView::cellValueFont() const
{
    return cellValueFont(visibleCellRange());
}

std::optional<QFont> PixelView::cellValueFont(const QRect& visibleCells) const
{
    if (!visibleCells.isValid() || !valuesVisible())
        return std::nullopt;
    QFont font = valueFont(this->font(), m_zoom);
    int widest = 0;
    const QFontMetrics metrics(font);
    for (int r = visibleCells.top(); r <= visibleCells.bottom(); ++r)
        for (int c = visibleCells.left(); c <= visibleCells.right(); ++c)
            widest = std::max(widest, metrics.horizontalAdvance(cellText(r, c)));
    if (widest <= valueRoom(m_zoom))
        return font;
    // A long value (1.3×10⁻⁴ among 0.00s): all in a smaller font, or none rather than clipped.
    const int pixels = static_cast<int>(font.pixelSize() * valueRoom(m_zoom) / widest);
    if (pixels < readableValuePixels(this->font()))
        return std::nullopt;
    font.setPixelSize(pixels);
    return font;
}

void PixelView::paintValues(QPainter& painter, const QRect& visibleCells) const
{
    const std::optional<QFont> font = cellValueFont(visibleCells);
    if (!font)
        return;
    painter.save();
    painter.setFont(*font);
    for (int r = visibleCells.top(); r <= visibleCells.bottom(); ++r)
        for (int c = visibleCells.left(); c <= visibleCells.right(); ++c) {
            const QString text = cellText(r, c);
            if (text.isEmpty())
                continue;
            painter.setPen(isDark(m_rendered.pixel(c, r)) ? QColor(245, 245, 245)
                                                          : QColor(20, 20, 20));
            painter.drawText(cellsToWidget(QRectF(c, r, 1, 1)), Qt::AlignCenter, text);
        }
    painter.restore();
}

void PixelView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    if (m_fitting)
        zoomToFit();
}

void PixelView::wheelEvent(QWheelEvent* event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0)
        return;
    setZoomAbout(m_zoom * std::pow(kZoomStep, steps), event->position());
    event->accept();
}

void PixelView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld)) {
        m_panning = true;
        m_panStart = event->position();
        setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QWidget::mousePressEvent(event);
}

void PixelView::mouseMoveEvent(QMouseEvent* event)
{
    if (m_panning) {
        m_origin += event->position() - m_panStart;
        m_panStart = event->position();
        m_fitting = false;
        update();
    }
    emitHover(event->position());
}

void PixelView::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_panning && (event->button() == Qt::MiddleButton || event->button() == Qt::LeftButton)) {
        m_panning = false;
        unsetCursor();
        event->accept();
        return;
    }
    QWidget::mouseReleaseEvent(event);
}

void PixelView::emitHover(QPointF widgetPos)
{
    const QPoint cell = cellAt(widgetPos).value_or(QPoint(-1, -1));
    if (cell == m_lastHover)
        return;
    m_lastHover = cell;
    emit cellHovered(cell.y(), cell.x());
}

void PixelView::leaveEvent(QEvent* event)
{
    QWidget::leaveEvent(event);
    if (m_lastHover != QPoint(-1, -1)) {
        m_lastHover = QPoint(-1, -1);
        emit cellHovered(-1, -1);
    }
}

void PixelView::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = true;
        setCursor(Qt::OpenHandCursor);
        return;
    }
    QWidget::keyPressEvent(event);
}

void PixelView::keyReleaseEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        if (!m_panning)
            unsetCursor();
        return;
    }
    QWidget::keyReleaseEvent(event);
}

} // namespace convlab
