// SPDX-License-Identifier: MIT
#include "stepper/GridStyle.h"

#include "stepper/StepperFormat.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <limits>

namespace convlab::gridstyle {
namespace {

constexpr double kReadableCell = 18.0; // logical pixels

QColor blend(const QColor& color, double alpha)
{
    QColor c = color;
    c.setAlphaF(static_cast<float>(std::clamp(alpha, 0.0, 1.0)));
    return c;
}

QColor withOpacity(QColor color, double opacity)
{
    color.setAlphaF(static_cast<float>(color.alphaF() * std::clamp(opacity, 0.0, 1.0)));
    return color;
}

} // namespace

QColor input()
{
    return {47, 111, 196};
}

QColor output()
{
    return {0, 166, 180};
}

QColor window()
{
    return {22, 38, 78};
}

QColor unreached()
{
    return {206, 44, 60};
}

QColor text()
{
    return {28, 30, 36};
}

QColor faintText()
{
    return {120, 124, 132};
}

QString cellText(double value)
{
    return formatNumber(value, 3);
}

bool cellIsReadable(double cellSize)
{
    return cellSize >= kReadableCell;
}

void paintCell(QPainter& painter, const QRectF& rect, CellRole role, double opacity)
{
    if (opacity <= 0)
        return;
    painter.save();
    const double line = std::clamp(rect.width() / 40.0, 0.8, 1.6);
    switch (role) {
    case CellRole::Input:
        painter.setPen(QPen(withOpacity(input().darker(115), opacity), line));
        painter.setBrush(withOpacity(blend(input(), 0.30), opacity));
        break;
    case CellRole::Padding:
        painter.setPen(QPen(withOpacity(QColor(150, 154, 162), opacity), line, Qt::DashLine));
        painter.setBrush(withOpacity(QColor(246, 246, 248), opacity));
        break;
    case CellRole::InsertedZero:
        painter.setPen(QPen(withOpacity(QColor(120, 150, 200), opacity), line, Qt::DotLine));
        painter.setBrush(withOpacity(QColor(255, 255, 255), opacity));
        break;
    }
    painter.drawRect(rect.adjusted(line / 2, line / 2, -line / 2, -line / 2));
    painter.restore();
}

void paintHatching(QPainter& painter, const QPainterPath& area, double spacing)
{
    if (area.isEmpty())
        return;
    painter.save();
    painter.setClipPath(area, Qt::IntersectClip);
    painter.setPen(QPen(QColor(0, 0, 0, 34), 1.0));
    const QRectF box = area.boundingRect();
    for (double x = box.left() - box.height(); x < box.right(); x += spacing)
        painter.drawLine(QPointF(x, box.bottom()), QPointF(x + box.height(), box.top()));
    painter.restore();
}

void paintCellText(QPainter& painter, const QRectF& rect, const QString& text,
                   const QColor& color, double relativeSize)
{
    if (text.isEmpty() || !cellIsReadable(rect.width()))
        return;
    painter.save();
    QFont font = painter.font();
    double pixels = std::clamp(rect.height() * relativeSize, 7.0, 26.0);
    font.setPixelSize(static_cast<int>(std::lround(pixels)));
    const double room = rect.width() * 0.8;
    const double width = QFontMetricsF(font).horizontalAdvance(text);
    if (width > room) {
        pixels = std::max(6.0, pixels * room / width);
        font.setPixelSize(static_cast<int>(std::floor(pixels)));
    }
    painter.setFont(font);
    painter.setPen(color);
    painter.drawText(rect, Qt::AlignCenter, text);
    painter.restore();
}

void paintWeight(QPainter& painter, const QRectF& rect, const QString& text)
{
    if (rect.width() < 30)
        return;
    painter.save();
    QFont font = painter.font();
    font.setPixelSize(static_cast<int>(std::lround(std::clamp(rect.height() * 0.22, 7.0, 15.0))));
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(QColor(255, 255, 255, 235));
    const double inset = rect.width() * 0.07;
    painter.drawText(rect.adjusted(inset, inset, -inset, -inset * 0.6),
                     Qt::AlignRight | Qt::AlignBottom, text);
    painter.restore();
}

void paintValueShade(QPainter& painter, const QRectF& rect, double value, double low, double high,
                     const QColor& hue)
{
    if (!std::isfinite(value))
        return;
    const double t = high > low ? std::clamp((value - low) / (high - low), 0.0, 1.0) : 0.5;
    // From near white to the hue darkened, through the hue itself.
    const QColor light(246, 248, 252), dark = hue.darker(260);
    const auto mix = [](const QColor& a, const QColor& b, double f) {
        return QColor::fromRgbF(static_cast<float>(a.redF() + (b.redF() - a.redF()) * f),
                                static_cast<float>(a.greenF() + (b.greenF() - a.greenF()) * f),
                                static_cast<float>(a.blueF() + (b.blueF() - a.blueF()) * f));
    };
    const QColor shade = t < 0.5 ? mix(light, hue, t * 2) : mix(hue, dark, (t - 0.5) * 2);
    const double inset = std::clamp(rect.width() / 40.0, 0.8, 1.6);
    painter.fillRect(rect.adjusted(inset, inset, -inset, -inset), shade);
}

std::pair<double, double> finiteRange(const cv::Mat& values, const cv::Mat& mask)
{
    double low = std::numeric_limits<double>::infinity(), high = -low;
    for (int r = 0; r < values.rows; ++r)
        for (int c = 0; c < values.cols; ++c) {
            const float v = values.at<float>(r, c);
            if (std::isfinite(v) && (mask.empty() || mask.at<uchar>(r, c))) {
                low = std::min<double>(low, v);
                high = std::max<double>(high, v);
            }
        }
    return low <= high ? std::pair{low, high} : std::pair{0.0, 1.0};
}

void paintOutputCell(QPainter& painter, const QRectF& rect, bool filled, bool current)
{
    painter.save();
    const double line = std::clamp(rect.width() / 40.0, 0.8, 1.6);
    painter.setPen(QPen(filled ? output().darker(125) : QColor(196, 200, 206), line));
    painter.setBrush(current ? blend(output(), 0.75)
                             : filled ? blend(output(), 0.32) : QColor(255, 255, 255));
    painter.drawRect(rect.adjusted(line / 2, line / 2, -line / 2, -line / 2));
    painter.restore();
}

void paintCaption(QPainter& painter, const QRectF& box, const QString& text, const QColor& color)
{
    painter.save();
    QFont font = painter.font();
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(color.darker(130));
    painter.drawText(box, Qt::AlignLeft | Qt::AlignBottom | Qt::TextSingleLine,
                     QFontMetricsF(font).elidedText(text, Qt::ElideRight, box.width()));
    painter.restore();
}

double paintLegendEntry(QPainter& painter, QPointF topLeft, double height, const QString& text,
                        const QColor& fill, bool hatched, Qt::PenStyle border)
{
    painter.save();
    const QRectF swatch(topLeft + QPointF(0, height * 0.15), QSizeF(height * 0.7, height * 0.7));
    painter.setPen(QPen(fill.alpha() < 255 ? fill.darker(200) : fill.darker(140), 1.0, border));
    painter.setBrush(fill);
    painter.drawRect(swatch);
    if (hatched) {
        QPainterPath path;
        path.addRect(swatch);
        paintHatching(painter, path, 4.0);
    }
    painter.setPen(gridstyle::text());
    const double x = swatch.right() + height * 0.3;
    const QRectF box(QPointF(x, topLeft.y()), QSizeF(1e4, height));
    QRectF used;
    painter.drawText(box, Qt::AlignLeft | Qt::AlignVCenter, text, &used);
    painter.restore();
    return used.right() - topLeft.x();
}

} // namespace convlab::gridstyle
