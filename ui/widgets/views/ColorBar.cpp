// SPDX-License-Identifier: MIT
#include "views/ColorBar.h"

#include "format/ScaleLabels.h"
#include "views/HeatmapView.h"
#include "views/Palette.h"

#include <QEvent>
#include <QPainter>
#include <cmath>

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
    if (m_set && map == m_map && range.low == m_range.low && range.high == m_range.high)
        return; // every response of a brush stroke sets it again
    const QSize before = sizeHint();
    m_map = map;
    m_range = range;
    m_set = true;
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

int ColorBar::scaleWidth(const QFont& font, ValueRange range)
{
    const QFontMetrics metrics(font);
    const ScaleLabels labels = ScaleLabels::of(range, kTicks);
    int widest = metrics.horizontalAdvance(labels.factor) - metrics.height();
    for (const QString& tick : labels.ticks)
        widest = std::max(widest, metrics.horizontalAdvance(tick));
    const int undefinedLabel = metrics.horizontalAdvance(tr("undefined"));
    return std::max(metrics.height() + widest, undefinedLabel) + metrics.height();
}

QSize ColorBar::sizeHint() const
{
    return {scaleWidth(font(), m_range), fontMetrics().height() * 10};
}

QSize ColorBar::minimumSizeHint() const
{
    return {sizeHint().width(), fontMetrics().height() * 5};
}

void ColorBar::changeEvent(QEvent* event)
{
    // The numbers are written in the interface's locale ("0.68", "0,68"): their width, and so
    // the bar's, changes with the language.
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange) {
        updateGeometry();
        update();
    }
    QWidget::changeEvent(event);
}

void ColorBar::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    paintScale(painter, rect(), m_map, m_range, m_undefined,
               {font(), palette().color(QPalette::Text), palette().color(QPalette::Mid),
                palette::strokeScale(*this)});
}

void ColorBar::paintScale(QPainter& painter, const QRect& area, Colormap map, ValueRange range,
                          int undefinedCells, const Look& look)
{
    painter.save();
    painter.setFont(look.font);
    const QFontMetrics metrics(look.font);
    const ScaleLabels labels = ScaleLabels::of(range, kTicks);
    const int line = metrics.height();
    const int barWidth = line * 2 / 3;
    const int swatch = undefinedCells > 0 ? 2 * line : 0;
    const int factor = labels.factor.isEmpty() ? 0 : line;
    const QRect bar(area.left() + line / 3, area.top() + line / 2 + factor, barWidth,
                    area.height() - line - swatch - factor);
    if (bar.height() <= 0) {
        painter.restore();
        return;
    }
    // Top = high: the ramp runs from the top row down.
    cv::Mat ramp(256, 1, CV_32F);
    for (int i = 0; i < 256; ++i)
        ramp.at<float>(i) = static_cast<float>(range.high - (range.high - range.low) * i / 255.0);
    const bool drawable =
        std::isfinite(range.low) && std::isfinite(range.high) && range.low < range.high;
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    if (drawable)
        painter.drawImage(bar, colormapImage(ramp, map, range));
    painter.setPen(look.frame);
    painter.drawRect(bar.adjusted(0, 0, -1, -1));

    painter.setPen(look.text);
    if (factor > 0)
        painter.drawText(QRect(area.left(), area.top(), area.width(), line),
                         Qt::AlignLeft | Qt::AlignVCenter, labels.factor);
    for (int i = 0; i < labels.ticks.size(); ++i) {
        const double t = static_cast<double>(i) / (labels.ticks.size() - 1);
        const int y = bar.top() + static_cast<int>(t * (bar.height() - 1));
        painter.drawLine(bar.right(), y, bar.right() + line / 4, y);
        const QRect text(bar.right() + line / 3, y - line / 2, area.width(), line);
        painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter, labels.ticks[i]);
    }
    if (undefinedCells > 0) {
        const QRect cell(bar.left(), bar.bottom() + line / 2, barWidth, barWidth);
        painter.fillRect(cell, QColor(205, 205, 205));
        painter.setBrushOrigin(cell.topLeft());
        painter.fillRect(cell, palette::hatch(QColor(90, 90, 90), look.stroke));
        painter.drawText(QRect(bar.left(), cell.bottom(), area.width(), line),
                         Qt::AlignLeft | Qt::AlignVCenter, tr("undefined"));
    }
    painter.restore();
}

} // namespace convlab
