// SPDX-License-Identifier: MIT
#include "learn/PixelMapView.h"

#include "compute/ResponseDisplay.h"
#include "format/CellValue.h"
#include "views/Palette.h"

#include <QPainter>

namespace convlab {

PixelMapView::PixelMapView(QWidget* parent) : PixelView(parent)
{
    setMinimumSize(96, 96);
}

void PixelMapView::setMap(const cv::Mat& values, Colormap map, ValueRange range)
{
    m_values = values.clone();
    setRendered(colormapImage(m_values, map, range));
    update();
}

void PixelMapView::clear()
{
    m_values.release();
    m_outline = {};
    QImage blank(1, 1, QImage::Format_RGB32);
    blank.fill(palette().color(QPalette::Window));
    setRendered(blank);
    update();
}

void PixelMapView::setOutline(const QRect& cells)
{
    m_outline = cells;
    update();
}

QString PixelMapView::cellText(int row, int col) const
{
    if (m_values.empty() || row >= m_values.rows || col >= m_values.cols)
        return {};
    return formatCellValue(m_values.at<float>(row, col));
}

void PixelMapView::paintOverlay(QPainter& painter)
{
    if (m_outline.isEmpty() || m_values.empty())
        return;
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(QPen(palette::field(), 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(cellsToWidget(QRectF(m_outline)));
}

} // namespace convlab
