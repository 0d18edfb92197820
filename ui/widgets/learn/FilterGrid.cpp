// SPDX-License-Identifier: MIT
#include "learn/FilterGrid.h"

#include "compute/ResponseDisplay.h"
#include "views/Palette.h"

#include <QMouseEvent>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace convlab {

FilterGrid::FilterGrid(QWidget* parent) : QWidget(parent)
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void FilterGrid::setCells(const std::vector<cv::Mat>& cells, int columns)
{
    const int rowsBefore = rows();
    m_cells = cells;
    m_columns = std::max(1, columns);
    double largest = 0;
    for (const cv::Mat& cell : m_cells) {
        double low = 0, high = 0;
        cv::minMaxLoc(cell, &low, &high);
        largest = std::max({largest, std::abs(low), std::abs(high)});
    }
    m_range = largest > 0 ? largest : 1;
    m_images.clear();
    for (const cv::Mat& cell : m_cells)
        m_images.push_back(colormapImage(cell, Colormap::Diverging, {-m_range, m_range}));
    if (rows() != rowsBefore)
        updateGeometry();
    update();
}

void FilterGrid::setMaximumCellSize(int pixels)
{
    m_maxCell = std::max(8, pixels);
    updateGeometry();
}

int FilterGrid::rows() const
{
    return (count() + m_columns - 1) / m_columns;
}

int FilterGrid::margin() const
{
    return fontMetrics().height() + 2;
}

int FilterGrid::gap() const
{
    return std::max(2, fontMetrics().height() / 6);
}

int FilterGrid::cellSize(int width) const
{
    const int room = (width - margin() - gap() * (m_columns - 1)) / m_columns;
    return std::clamp(room, 6, m_maxCell * fontMetrics().height() / 16);
}

QRect FilterGrid::cellRect(int index) const
{
    const int size = cellSize(width());
    const int row = index / m_columns;
    const int col = index % m_columns;
    return {margin() + col * (size + gap()), margin() + row * (size + gap()), size, size};
}

int FilterGrid::cellAt(const QPoint& position) const
{
    for (int i = 0; i < count(); ++i)
        if (cellRect(i).contains(position))
            return i;
    return -1;
}

int FilterGrid::heightForWidth(int width) const
{
    const int size = cellSize(width);
    return margin() + std::max(1, rows()) * (size + gap());
}

QSize FilterGrid::sizeHint() const
{
    const int size = m_maxCell * fontMetrics().height() / 16;
    const int width = margin() + m_columns * (size + gap());
    return {width, heightForWidth(width)};
}

QSize FilterGrid::minimumSizeHint() const
{
    const int width = margin() + m_columns * (6 + gap());
    return {width, heightForWidth(width)};
}

void FilterGrid::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    // Nearest neighbour: a kernel's cells stay sharp squares at any size and any scale.
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    const QColor text = palette().color(QPalette::WindowText);
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.8);
    painter.setFont(small);
    painter.setPen(text);
    for (int i = 0; i < count(); ++i) {
        const QRect rect = cellRect(i);
        painter.drawImage(rect, m_images[static_cast<std::size_t>(i)]);
        const int row = i / m_columns;
        const int col = i % m_columns;
        if (col == 0)
            painter.drawText(QRect(0, rect.top(), margin() - 2, rect.height()),
                             Qt::AlignRight | Qt::AlignVCenter, QString::number(row + 1));
        if (row == 0)
            painter.drawText(QRect(rect.left(), 0, rect.width(), margin()), Qt::AlignCenter,
                             QString::number(col + 1));
    }
    if (m_hovered >= 0 && m_hovered < count()) {
        const double stroke = 2 * palette::strokeScale(*this);
        painter.setPen(QPen(palette::selection(), stroke));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(
            QRectF(cellRect(m_hovered)).adjusted(-stroke / 2, -stroke / 2, stroke / 2, stroke / 2));
    }
}

void FilterGrid::mouseMoveEvent(QMouseEvent* event)
{
    const int hovered = cellAt(event->position().toPoint());
    if (hovered != m_hovered) {
        m_hovered = hovered;
        setCursor(hovered >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
        update();
    }
    QWidget::mouseMoveEvent(event);
}

void FilterGrid::mousePressEvent(QMouseEvent* event)
{
    const int index = cellAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && index >= 0)
        emit cellClicked(index);
    QWidget::mousePressEvent(event);
}

void FilterGrid::leaveEvent(QEvent* event)
{
    m_hovered = -1;
    update();
    QWidget::leaveEvent(event);
}

} // namespace convlab
