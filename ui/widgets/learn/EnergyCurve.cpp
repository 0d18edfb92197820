// SPDX-License-Identifier: MIT
#include "learn/EnergyCurve.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace convlab {

EnergyCurve::EnergyCurve(QWidget* parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void EnergyCurve::setSeries(std::vector<Series> series, double reference,
                            const QString& referenceName, int epochs)
{
    m_series = std::move(series);
    m_reference = reference;
    m_referenceName = referenceName;
    m_epochs = std::max(1, epochs);
    update();
}

QSize EnergyCurve::sizeHint() const
{
    return {fontMetrics().height() * 24, fontMetrics().height() * 12};
}

QSize EnergyCurve::minimumSizeHint() const
{
    return {fontMetrics().height() * 12, fontMetrics().height() * 8};
}

void EnergyCurve::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const int line = fontMetrics().height();
    const QRect plot = rect().adjusted(line * 4, line / 2, -line, -line * 3);
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawRect(plot);

    // Whole decades around every value and the reference.
    double low = m_reference > 0 ? m_reference : 1, high = low;
    for (const Series& s : m_series)
        for (double v : s.values)
            if (v > 0) {
                low = std::min(low, v);
                high = std::max(high, v);
            }
    const double top = std::ceil(std::log10(high));
    const double bottom = std::min(std::floor(std::log10(low)), top - 1);
    const auto x = [&](int epoch) { return plot.left() + plot.width() * epoch / double(m_epochs); };
    const auto y = [&](double v) {
        return plot.bottom() - plot.height() * (std::log10(v) - bottom) / (top - bottom);
    };
    painter.setPen(palette().color(QPalette::WindowText));
    for (double d = bottom; d <= top; ++d) {
        const QString label = QStringLiteral("1e%1").arg(static_cast<int>(d));
        painter.drawText(QRectF(0, y(std::pow(10, d)) - line / 2.0, plot.left() - line / 3.0, line),
                         Qt::AlignRight | Qt::AlignVCenter, label);
    }
    for (int e = 0; e <= m_epochs; e += std::max(1, m_epochs / 8))
        painter.drawText(QRectF(x(e) - line * 2, plot.bottom() + 2, line * 4, line),
                         Qt::AlignHCenter | Qt::AlignTop, QLocale().toString(e));
    painter.drawText(QRect(plot.left(), plot.bottom() + line, plot.width(), line),
                     Qt::AlignHCenter | Qt::AlignTop, tr("epoch"));

    // The legend under the axis: each series' colour and name, then the reference.
    int legendX = plot.left();
    const int legendY = plot.bottom() + line * 2;
    const auto legend = [&](const QString& name, const QPen& pen) {
        painter.setPen(pen);
        painter.drawLine(legendX, legendY + line / 2, legendX + line, legendY + line / 2);
        painter.setPen(palette().color(QPalette::WindowText));
        const int width = fontMetrics().horizontalAdvance(name);
        painter.drawText(QRect(legendX + line * 1.3, legendY, width + 2, line),
                         Qt::AlignLeft | Qt::AlignVCenter, name);
        legendX += line * 2.5 + width;
    };
    if (m_reference > 0) {
        const QPen dashed(palette().color(QPalette::WindowText), 1, Qt::DashLine);
        painter.setPen(dashed);
        painter.drawLine(QPointF(plot.left(), y(m_reference)),
                         QPointF(plot.right(), y(m_reference)));
        legend(m_referenceName, dashed);
    }
    for (const Series& s : m_series) {
        const QPen pen(s.color, 2);
        QPainterPath path;
        bool started = false;
        for (std::size_t e = 0; e < s.values.size(); ++e) {
            if (!(s.values[e] > 0))
                continue;
            const QPointF p(x(static_cast<int>(e)), y(s.values[e]));
            started ? path.lineTo(p) : path.moveTo(p);
            started = true;
            painter.setPen(Qt::NoPen);
            painter.setBrush(s.color);
            painter.drawEllipse(p, 2.5, 2.5);
        }
        painter.setBrush(Qt::NoBrush);
        painter.setPen(pen);
        painter.drawPath(path);
        legend(s.name, pen);
    }
}

} // namespace convlab
