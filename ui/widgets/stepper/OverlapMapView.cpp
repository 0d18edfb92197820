// SPDX-License-Identifier: MIT
#include "stepper/OverlapMapView.h"

#include "compute/ResponseDisplay.h"
#include "views/Palette.h"

#include <QPainter>
#include <algorithm>

namespace convlab {

OverlapMapView::OverlapMapView(QWidget* parent) : PixelView(parent) {}

void OverlapMapView::setMap(const cv::Mat& values, Colormap map, ValueRange range,
                            const cv::Rect& interior)
{
    m_values = values.clone();
    m_interior = interior;
    setRendered(colormapImage(m_values, map, range));
    update();
}

// PixelView writes a cell's value once "-0.00" fits; counts are short integers, written here
// as soon as the map's widest one fits its cells.
QString OverlapMapView::cellText(int, int) const
{
    return {};
}

QFont OverlapMapView::numberFont() const
{
    QFont small = font();
    small.setPixelSize(std::clamp(static_cast<int>(zoom() * 0.5), 7, 16));
    return small;
}

bool OverlapMapView::numbersFit() const
{
    if (m_values.empty())
        return false;
    const QFontMetrics metrics(numberFont());
    int widest = 0;
    for (int r = 0; r < m_values.rows; ++r)
        for (int c = 0; c < m_values.cols; ++c)
            widest = std::max(widest,
                              metrics.horizontalAdvance(formatCellValue(m_values.at<float>(r, c))));
    return zoom() >= widest + 4 && zoom() >= metrics.height() + 2;
}

QString OverlapMapView::numberAt(int row, int col) const
{
    return formatCellValue(m_values.at<float>(row, col));
}

void OverlapMapView::paintOverlay(QPainter& painter)
{
    if (m_values.empty())
        return;
    if (numbersFit()) {
        painter.save();
        painter.setFont(numberFont());
        const QImage& colours = rendered();
        for (int r = 0; r < m_values.rows; ++r)
            for (int c = 0; c < m_values.cols; ++c) {
                const QColor under = QColor::fromRgb(colours.pixel(c, r));
                painter.setPen(under.lightnessF() < 0.5 ? QColor(245, 245, 245)
                                                        : QColor(20, 20, 20));
                painter.drawText(cellsToWidget(QRectF(c, r, 1, 1)), Qt::AlignCenter,
                                 numberAt(r, c));
            }
        painter.restore();
    }
    if (m_interior.empty())
        return;
    const QRectF frame =
        cellsToWidget(QRectF(m_interior.x, m_interior.y, m_interior.width, m_interior.height));
    const double stroke = palette::strokeScale(*this);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setBrush(Qt::NoBrush);
    // White under a dashed dark line: visible on every colour of the map, in both themes.
    painter.setPen(QPen(Qt::white, 3.5 * stroke));
    painter.drawRect(frame);
    QPen dashes(QColor(0x20, 0x20, 0x20), 1.75 * stroke, Qt::DashLine);
    painter.setPen(dashes);
    painter.drawRect(frame);
}

} // namespace convlab
