// SPDX-License-Identifier: MIT
#include "views/ColorBar.h"

#include "views/HeatmapView.h"
#include "views/Palette.h"
#include "views/PixelView.h"

#include <QPainter>

namespace convlab {

namespace {

constexpr int kTicks = 5;

} // namespace

ColorBar::ColorBar(QWidget* parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    setScale(Colormap::Viridis, {0, 1});
}

void ColorBar::setScale(Colormap map, ValueRange range)
{
    if (!m_gradient.isNull() && map == m_map && range.low == m_range.low &&
        range.high == m_range.high)
        return; // every response of a brush stroke sets it again
    const QSize before = sizeHint();
    m_map = map;
    m_range = range;
    // Top = high: the ramp runs from the top row down.
    cv::Mat ramp(256, 1, CV_32F);
    for (int i = 0; i < 256; ++i)
        ramp.at<float>(i) = static_cast<float>(range.high - (range.high - range.low) * i / 255.0);
    m_gradient = colormapImage(ramp, map, range);
    // A new layout measures every dock again: only when the labels' width changes.
    if (sizeHint() != before)
        updateGeometry();
    update();
}

void ColorBar::setUndefinedCount(int cells)
{
    if (cells == m_undefined)
        return;
    m_undefined = cells;
    update();
}

QSize ColorBar::sizeHint() const
{
    const QFontMetrics metrics = fontMetrics();
    const int labels = std::max(metrics.horizontalAdvance(formatCellValue(m_range.low)),
                                metrics.horizontalAdvance(formatCellValue(m_range.high)));
    const int undefinedLabel = metrics.horizontalAdvance(tr("undefined"));
    return {std::max(metrics.height() + labels, undefinedLabel) + metrics.height(),
            metrics.height() * 10};
}

QSize ColorBar::minimumSizeHint() const
{
    return {sizeHint().width(), fontMetrics().height() * 5};
}

void ColorBar::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const QFontMetrics metrics = fontMetrics();
    const int line = metrics.height();
    const int barWidth = line * 2 / 3;
    const int swatch = m_undefined > 0 ? 2 * line : 0;
    const QRect bar(line / 3, line / 2, barWidth, height() - line - swatch);
    if (bar.height() <= 0)
        return;
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    painter.drawImage(bar, m_gradient);
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawRect(bar.adjusted(0, 0, -1, -1));

    painter.setPen(palette().color(QPalette::Text));
    for (int i = 0; i < kTicks; ++i) {
        const double t = static_cast<double>(i) / (kTicks - 1);
        const int y = bar.top() + static_cast<int>(t * (bar.height() - 1));
        const double value = m_range.high - t * (m_range.high - m_range.low);
        painter.drawLine(bar.right(), y, bar.right() + line / 4, y);
        const QRect text(bar.right() + line / 3, y - line / 2, width(), line);
        painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter, formatCellValue(value));
    }
    if (m_undefined > 0) {
        const QRect cell(bar.left(), bar.bottom() + line / 2, barWidth, barWidth);
        painter.fillRect(cell, QColor(205, 205, 205));
        painter.setBrushOrigin(cell.topLeft());
        painter.fillRect(cell, palette::hatch(QColor(90, 90, 90), palette::strokeScale(*this)));
        painter.drawText(QRect(bar.left(), cell.bottom(), width(), line),
                         Qt::AlignLeft | Qt::AlignVCenter, tr("undefined"));
    }
}

} // namespace convlab
