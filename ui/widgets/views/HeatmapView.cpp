// SPDX-License-Identifier: MIT
#include "views/HeatmapView.h"

#include "views/Palette.h"

#include <QHash>
#include <QPaintEvent>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace convlab {

namespace {

// The cells as few rectangles: runs along each row, then equal runs on consecutive rows
// stacked. A hovered input pixel feeds a whole block (64 × 64 cells for a 64 × 64 patch), drawn
// as one rectangle instead of thousands of antialiased outlines on every repaint.
QVector<QRect> mergeCells(QVector<QPoint> cells)
{
    const auto rowMajor = [](QPoint a, QPoint b) {
        return a.y() != b.y() ? a.y() < b.y() : a.x() < b.x();
    };
    if (!std::is_sorted(cells.begin(), cells.end(), rowMajor)) // they usually come sorted
        std::sort(cells.begin(), cells.end(), rowMajor);
    cells.erase(std::unique(cells.begin(), cells.end()), cells.end());
    QVector<QRect> runs;
    for (const QPoint& cell : cells) {
        if (!runs.isEmpty() && runs.last().top() == cell.y() && runs.last().right() + 1 == cell.x())
            runs.last().setRight(cell.x());
        else
            runs.append(QRect(cell, QSize(1, 1)));
    }
    QVector<QRect> merged;
    QHash<QPair<int, int>, qsizetype> lastWithColumns; // (left, right) -> index in merged
    for (const QRect& run : runs) {
        const QPair<int, int> columns(run.left(), run.right());
        const auto open = lastWithColumns.constFind(columns);
        if (open != lastWithColumns.cend() && merged[*open].bottom() + 1 == run.top()) {
            merged[*open].setBottom(run.top());
        } else {
            lastWithColumns.insert(columns, merged.size());
            merged.append(run);
        }
    }
    return merged;
}

} // namespace

HeatmapView::HeatmapView(QWidget* parent) : PixelView(parent) {}

void HeatmapView::setMap(const cv::Mat& values, Colormap map, ValueRange range)
{
    bool undefined = false; // a NaN cell (OpenCV's compare does not always see x != x)
    for (int r = 0; r < values.rows && !undefined; ++r) {
        const float* row = values.ptr<float>(r);
        undefined = std::any_of(row, row + values.cols, [](float v) { return std::isnan(v); });
    }
    setMap(values, colormapImage(values, map, range), undefined);
}

void HeatmapView::setMap(const cv::Mat& values, const QImage& colored, bool hasUndefined)
{
    m_values = values;
    m_hasUndefined = hasUndefined;
    setRendered(colored);
}

void HeatmapView::setMap(const cv::Mat& values, const ResponseDisplay& display, bool hasUndefined)
{
    if (display.redrawnFrom == 0 || display.redrawnFrom != rendered().cacheKey()) {
        setMap(values, display.colored, hasUndefined);
        return;
    }
    m_values = values;
    m_hasUndefined = hasUndefined;
    QVector<QRect> cells;
    for (const cv::Rect& c : display.redrawnCells)
        cells.append(QRect(c.x, c.y, c.width, c.height));
    setRendered(display.colored, cells);
}

void HeatmapView::clearMap()
{
    m_values.release();
    m_peaks.clear();
    m_highlighted.clear();
    m_hasUndefined = false;
    setRendered(QImage());
}

void HeatmapView::setMessage(const QString& message)
{
    if (message == m_message)
        return;
    m_message = message;
    update();
}

void HeatmapView::paintEvent(QPaintEvent* event)
{
    PixelView::paintEvent(event);
    if (!m_values.empty() || m_message.isEmpty())
        return;
    QPainter painter(this);
    const int margin = fontMetrics().height() * 2;
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(rect().adjusted(margin, margin, -margin, -margin),
                     Qt::AlignCenter | Qt::TextWordWrap, m_message);
}

void HeatmapView::setPeaks(const std::vector<Peak>& peaks)
{
    const auto same = [](const Peak& a, const Peak& b) {
        return a.row == b.row && a.col == b.col && a.score == b.score;
    };
    if (std::equal(peaks.begin(), peaks.end(), m_peaks.begin(), m_peaks.end(), same))
        return; // most responses of a brush stroke keep them
    m_peaks = peaks;
    update();
}

void HeatmapView::setHighlightedCells(const QVector<QPoint>& cells)
{
    QVector<QRect> merged = mergeCells(cells);
    if (merged == m_highlighted)
        return;
    // The outline's pen reaches a little past the cells.
    const int pen = static_cast<int>(std::ceil(2 * palette::strokeScale(*this))) + 1;
    for (const QVector<QRect>* rects : {&m_highlighted, &merged})
        for (const QRect& r : *rects)
            update(cellsToWidget(QRectF(r)).toAlignedRect().adjusted(-pen, -pen, pen, pen));
    m_highlighted = std::move(merged);
}

void HeatmapView::setHiddenCell(const QPoint& cell)
{
    if (cell == m_hiddenCell)
        return;
    m_hiddenCell = cell;
    update();
}

QString HeatmapView::cellText(int row, int col) const
{
    if (QPoint(col, row) == m_hiddenCell)
        return QStringLiteral("?");
    return formatCellValue(m_values.at<float>(row, col));
}

void HeatmapView::paintOverlay(QPainter& painter)
{
    if (m_values.empty())
        return;
    if (m_hasUndefined)
        paintUndefined(painter);

    painter.setRenderHint(QPainter::Antialiasing, true);
    if (!m_highlighted.isEmpty()) {
        QColor fill = palette::field();
        fill.setAlpha(70);
        painter.setBrush(fill);
        painter.setPen(QPen(palette::field(), 2 * palette::strokeScale(*this)));
        for (const QRect& cells : m_highlighted)
            painter.drawRect(cellsToWidget(QRectF(cells)));
    }

    const double radius = peakRadius();
    const double stroke = palette::strokeScale(*this);
    const auto colorOf = [](std::size_t i) {
        return i == 0 ? palette::peak() : palette::otherPeak();
    };
    for (std::size_t i = m_peaks.size(); i-- > 0;) {
        const Peak& peak = m_peaks[i];
        const bool best = i == 0;
        const QPointF centre = cellToWidget(QPointF(peak.col + 0.5, peak.row + 0.5));
        painter.setBrush(Qt::NoBrush);
        // A light halo keeps the ring visible on every colour of the map.
        painter.setPen(QPen(Qt::white, (best ? 4.5 : 3.5) * stroke));
        painter.drawEllipse(centre, radius, radius);
        painter.setPen(QPen(colorOf(i), (best ? 2.5 : 1.75) * stroke));
        painter.drawEllipse(centre, radius, radius);
    }
    const QList<PlacedLabel> labels = peakLabels();
    for (const PlacedLabel& label : labels) {
        if (!label.leader)
            continue;
        const Peak& peak = m_peaks[static_cast<std::size_t>(label.index)];
        const QPointF centre = cellToWidget(QPointF(peak.col + 0.5, peak.row + 0.5));
        const QPointF end(std::clamp(centre.x(), label.box.left(), label.box.right()),
                          std::clamp(centre.y(), label.box.top(), label.box.bottom()));
        const QLineF line(centre, end);
        if (line.length() <= radius)
            continue;
        const QPointF start = centre + (end - centre) * (radius / line.length());
        painter.setPen(QPen(Qt::white, 3 * stroke));
        painter.drawLine(start, end);
        painter.setPen(QPen(colorOf(static_cast<std::size_t>(label.index)), 1.25 * stroke));
        painter.drawLine(start, end);
    }
    for (const PlacedLabel& label : labels)
        palette::drawLabelIn(painter, peakLabel(label.index), label.box,
                             colorOf(static_cast<std::size_t>(label.index)));
    const QString note = labelNote();
    if (!note.isEmpty()) {
        const QRectF box = noteBox(note);
        painter.setPen(Qt::NoPen);
        QColor back = palette().color(QPalette::Window);
        back.setAlpha(220);
        painter.setBrush(back);
        painter.drawRect(box);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(box, Qt::AlignCenter, note);
    }
}

double HeatmapView::peakRadius() const
{
    const double halo = 4.5 * palette::strokeScale(*this) / 2;
    // Inside its cell when cells are large, never smaller than a readable ring.
    double radius = std::max(fontMetrics().height() * 0.45, zoom() * 0.5 - halo);
    // Never beyond the map: the ring of a 1×2 map stays on it.
    const QRectF map = cellsToWidget(QRectF(QPointF(0, 0), QSizeF(cellCount())));
    radius = std::min(radius, std::min(map.width(), map.height()) / 2 - halo);
    return std::max(radius, 2.0);
}

QString HeatmapView::peakLabel(int index) const
{
    const Peak& peak = m_peaks[static_cast<std::size_t>(index)];
    return QStringLiteral("(%1, %2)").arg(peak.row).arg(peak.col);
}

QList<PlacedLabel> HeatmapView::placeLabels(const QRectF& bounds) const
{
    QList<LabelMark> marks;
    const double radius = peakRadius();
    for (int i = 0; i < static_cast<int>(m_peaks.size()); ++i) {
        const Peak& peak = m_peaks[static_cast<std::size_t>(i)];
        marks.append({cellToWidget(QPointF(peak.col + 0.5, peak.row + 0.5)), radius,
                      palette::labelSize(font(), peakLabel(i))});
    }
    return convlab::placeLabels(marks, bounds);
}

QList<PlacedLabel> HeatmapView::peakLabels() const
{
    if (m_values.empty() || m_peaks.empty())
        return {};
    const QList<PlacedLabel> all = placeLabels(QRectF(rect()));
    if (all.size() == static_cast<int>(m_peaks.size()))
        return all;
    // Room for the note saying how many are shown, at the bottom.
    return placeLabels(QRectF(rect()).adjusted(0, 0, 0, -noteBox(QStringLiteral("0")).height()));
}

QString HeatmapView::labelNote() const
{
    if (m_values.empty() || m_peaks.empty())
        return {};
    const QList<PlacedLabel> all = placeLabels(QRectF(rect()));
    if (all.size() == static_cast<int>(m_peaks.size()))
        return {};
    const int shown = static_cast<int>(peakLabels().size());
    return tr("(row, col) of %1 of the %2 peaks: no room for the others")
        .arg(shown)
        .arg(m_peaks.size());
}

QRectF HeatmapView::noteBox(const QString& note) const
{
    const QFontMetricsF metrics(font());
    const double height = metrics.height() * 1.3;
    return {0, height > 0 ? rect().height() - height : 0.0,
            std::min<double>(rect().width(), metrics.horizontalAdvance(note) + metrics.height()),
            height};
}

void HeatmapView::paintUndefined(QPainter& painter) const
{
    // Only visible cells are hatched, and only when they are large enough to show a hatch.
    if (deviceCellSize() < 6)
        return;
    const QPointF first = widgetToCell(QPointF(0, 0));
    const QPointF last = widgetToCell(QPointF(width(), height()));
    const int r0 = std::max(0, static_cast<int>(std::floor(first.y())));
    const int c0 = std::max(0, static_cast<int>(std::floor(first.x())));
    const int r1 = std::min(m_values.rows - 1, static_cast<int>(std::ceil(last.y())));
    const int c1 = std::min(m_values.cols - 1, static_cast<int>(std::ceil(last.x())));
    painter.save();
    // Undefined cells are light grey in every theme (the map's own colour), so the hatch is
    // dark in every theme too.
    const QBrush hatch = palette::hatch(QColor(90, 90, 90), palette::strokeScale(*this));
    for (int r = r0; r <= r1; ++r)
        for (int c = c0; c <= c1; ++c)
            if (std::isnan(m_values.at<float>(r, c)))
                painter.fillRect(cellsToWidget(QRectF(c, r, 1, 1)), hatch);
    painter.restore();
}

} // namespace convlab
