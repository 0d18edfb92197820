// SPDX-License-Identifier: MIT
#include "stepper/MatrixWidget.h"

#include "stepper/GridStyle.h"

#include <QFontMetricsF>
#include <QMouseEvent>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace convlab {
namespace {

constexpr double kBracket = 10.0; // room for a bracket on each side

// Highlights half as strong on dark, where a light tint would take the text's contrast.
QColor highlight(const gridstyle::Colors& colors, int red, int green, int blue, int alpha)
{
    return {red, green, blue, colors.dark ? alpha / 2 : alpha};
}

QColor rowHighlight(const gridstyle::Colors& colors)
{
    return highlight(colors, 255, 196, 120, 150);
}

QColor columnHighlight(const gridstyle::Colors& colors)
{
    return highlight(colors, 120, 180, 255, 110);
}

QColor entryHighlight(const gridstyle::Colors& colors)
{
    return highlight(colors, 232, 116, 59, 150);
}

// Text with a combining circumflex (x̂) drawn reliably: some fonts drop the mark, so the
// circumflex is drawn as a small chevron over the letter it follows.
void paintText(QPainter& painter, const QRectF& box, Qt::Alignment alignment, QString text)
{
    const qsizetype hat = text.indexOf(QChar(0x0302));
    if (hat < 1) {
        painter.drawText(box, alignment, text);
        return;
    }
    text.remove(hat, 1);
    QRectF used;
    painter.drawText(box, alignment, text, &used);
    const QFontMetricsF metrics(painter.font());
    const double left = used.left() + metrics.horizontalAdvance(text.left(hat - 1));
    const double width = metrics.horizontalAdvance(text.mid(hat - 1, 1));
    const double top =
        used.top() + (metrics.ascent() - metrics.xHeight()) - metrics.xHeight() * 0.45;
    const double half = width * 0.32;
    const double centre = left + width / 2;
    painter.save();
    painter.setPen(QPen(painter.pen().color(), std::max(1.0, metrics.lineWidth() * 0.9)));
    painter.drawPolyline(
        QPolygonF({QPointF(centre - half, top + metrics.xHeight() * 0.3), QPointF(centre, top),
                   QPointF(centre + half, top + metrics.xHeight() * 0.3)}));
    painter.restore();
}

} // namespace

MatrixWidget::MatrixWidget(const QString& title, Look look, QWidget* parent)
    : QWidget(parent), m_title(title), m_look(look)
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    // Subscripts must stay readable from the back of a classroom.
    QFont larger = font();
    larger.setPointSizeF(larger.pointSizeF() * 1.25);
    setFont(larger);
}

void MatrixWidget::setTitle(const QString& title)
{
    m_title = title;
    updateGeometry();
    update();
}

void MatrixWidget::setScale(double scale)
{
    if (scale == m_scale)
        return;
    m_scale = scale;
    updateGeometry();
    update();
}

QFont MatrixWidget::shownFont() const
{
    QFont shown = font();
    if (m_scale != 1)
        shown.setPointSizeF(shown.pointSizeF() * m_scale);
    return shown;
}

void MatrixWidget::setCells(const MatrixCells& cells)
{
    m_cells = cells;
    m_cells.faint.resize(static_cast<size_t>(cells.rows * cells.cols), false);
    while (m_cells.text.size() < cells.rows * cells.cols)
        m_cells.text << QString();
    clearHighlight();
    updateGeometry();
    update();
}

void MatrixWidget::setHighlight(const QSet<int>& rows, const QSet<int>& cols,
                                const QSet<int>& entries)
{
    m_rows = rows;
    m_cols = cols;
    m_entries = entries;
    update();
}

void MatrixWidget::clearHighlight()
{
    setHighlight({}, {}, {});
}

QString MatrixWidget::textAt(int row, int col) const
{
    if (row < 0 || col < 0 || row >= m_cells.rows || col >= m_cells.cols)
        return {};
    return m_cells.text[row * m_cells.cols + col];
}

bool MatrixWidget::isHighlighted(int row, int col) const
{
    return m_rows.contains(row) || m_cols.contains(col) ||
           m_entries.contains(row * m_cells.cols + col);
}

QSizeF MatrixWidget::entrySize() const
{
    const QFontMetricsF metrics(shownFont());
    double widest = metrics.horizontalAdvance(QStringLiteral("0"));
    for (const QString& text : m_cells.text)
        widest = std::max(widest, metrics.horizontalAdvance(text));
    // Scaled down, the cells close up too: a narrow screen needs the room more than the air.
    const double height = metrics.height() * (m_scale < 1 ? 1.3 : 1.45);
    const double width = widest + metrics.averageCharWidth() * (m_scale < 1 ? 1.0 : 1.6);
    // Image cells are square and large enough to be seen as pixels.
    const double side = std::max({width, height, metrics.height() * 2.0});
    return m_look == Look::Grid ? QSizeF(side, side) : QSizeF(width, height);
}

double MatrixWidget::titleHeight() const
{
    return QFontMetricsF(shownFont()).height() * 1.5;
}

QPointF MatrixWidget::origin() const
{
    return {kBracket + 2, titleHeight() + 2};
}

QRectF MatrixWidget::entryRect(int row, int col) const
{
    const QSizeF entry = entrySize();
    return {origin() + QPointF(col * entry.width(), row * entry.height()), entry};
}

QSize MatrixWidget::sizeHint() const
{
    const QSizeF entry = entrySize();
    QFont bold = shownFont();
    bold.setBold(true);
    const double titleWidth = QFontMetricsF(bold).horizontalAdvance(m_title) + 8;
    const double width = std::max(2 * (kBracket + 2) + m_cells.cols * entry.width(), titleWidth);
    const double height = titleHeight() + 4 + m_cells.rows * entry.height();
    return {static_cast<int>(std::ceil(width)), static_cast<int>(std::ceil(height))};
}

void MatrixWidget::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, true);
    QFont bold = shownFont();
    bold.setBold(true);
    painter.setFont(bold);
    const gridstyle::Colors colors(palette());
    painter.setPen(colors.text);
    paintText(painter, QRectF(0, 0, width(), titleHeight()), Qt::AlignLeft | Qt::AlignVCenter,
              m_title);
    painter.setFont(shownFont());
    if (m_cells.rows == 0 || m_cells.cols == 0)
        return;

    const QRectF all = entryRect(0, 0).united(entryRect(m_cells.rows - 1, m_cells.cols - 1));
    for (int r : m_rows)
        painter.fillRect(entryRect(r, 0).united(entryRect(r, m_cells.cols - 1)),
                         rowHighlight(colors));
    for (int c : m_cols)
        painter.fillRect(entryRect(0, c).united(entryRect(m_cells.rows - 1, c)),
                         columnHighlight(colors));
    for (int r = 0; r < m_cells.rows; ++r)
        for (int c = 0; c < m_cells.cols; ++c) {
            const int index = r * m_cells.cols + c;
            const QRectF rect = entryRect(r, c);
            if (m_entries.contains(index))
                painter.fillRect(rect, entryHighlight(colors));
            if (m_look == Look::Grid) {
                painter.setPen(QPen(colors.emptyBorder, 1.0));
                painter.setBrush(Qt::NoBrush);
                painter.drawRect(rect);
            }
            painter.setPen(m_cells.faint[static_cast<size_t>(index)] ? colors.emptyBorder
                                                                     : colors.text);
            paintText(painter, rect, Qt::AlignCenter, m_cells.text[index]);
        }
    if (m_look == Look::Matrix) {
        // Square brackets, as on the lecture's slides.
        painter.setPen(QPen(colors.text, 1.4));
        const double tick = kBracket * 0.6;
        const QPointF tl = all.topLeft() - QPointF(3, 0), bl = all.bottomLeft() - QPointF(3, 0);
        const QPointF tr = all.topRight() + QPointF(3, 0), br = all.bottomRight() + QPointF(3, 0);
        painter.drawPolyline(QPolygonF({tl + QPointF(tick, 0), tl, bl, bl + QPointF(tick, 0)}));
        painter.drawPolyline(QPolygonF({tr - QPointF(tick, 0), tr, br, br - QPointF(tick, 0)}));
    }
}

void MatrixWidget::mouseMoveEvent(QMouseEvent* event)
{
    const QSizeF entry = entrySize();
    const QPointF at = event->position() - origin();
    QPoint cell(-1, -1);
    if (at.x() >= 0 && at.y() >= 0) {
        const int col = static_cast<int>(at.x() / entry.width());
        const int row = static_cast<int>(at.y() / entry.height());
        if (row < m_cells.rows && col < m_cells.cols)
            cell = {col, row};
    }
    if (cell != m_hover) {
        m_hover = cell;
        emit entryHovered(cell.y(), cell.x());
    }
}

void MatrixWidget::leaveEvent(QEvent*)
{
    if (m_hover != QPoint(-1, -1)) {
        m_hover = {-1, -1};
        emit entryHovered(-1, -1);
    }
}

} // namespace convlab
