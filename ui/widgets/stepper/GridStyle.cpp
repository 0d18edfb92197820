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

QColor mix(const QColor& a, const QColor& b, double f)
{
    return QColor::fromRgbF(static_cast<float>(a.redF() + (b.redF() - a.redF()) * f),
                            static_cast<float>(a.greenF() + (b.greenF() - a.greenF()) * f),
                            static_cast<float>(a.blueF() + (b.blueF() - a.blueF()) * f));
}

// WCAG 2 relative luminance.
double luminance(const QColor& c)
{
    const auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

Colors::Colors(const QPalette& palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor ink = palette.color(QPalette::Text);
    // Shades between the fields' background and their text: in the light palette they give
    // the figure's original greys.
    const auto shade = [&](double f) { return mix(base, ink, f); };
    dark = base.lightness() < 128;
    background = mix(base, palette.color(QPalette::Window), 0.2);
    text = ink;
    faintText = shade(0.58);
    error = dark ? QColor(240, 120, 128) : QColor(150, 40, 50);
    emptyCell = base;
    emptyBorder = shade(0.25);
    padding = shade(0.04);
    paddingBorder = shade(0.45);
    hatching = ink;
    hatching.setAlpha(dark ? 44 : 34);
    window = dark ? QColor(178, 200, 255) : QColor(22, 38, 78);
}

QColor Colors::textOn(const QColor& fill) const
{
    return contrast(text, fill) >= contrast(emptyCell, fill) ? text : emptyCell;
}

QColor Colors::overBackground(const QColor& fill) const
{
    return mix(background, QColor(fill.red(), fill.green(), fill.blue()), fill.alphaF());
}

QColor Colors::emphasis(const QColor& hue, int factor) const
{
    return dark ? hue.lighter(factor) : hue.darker(factor);
}

QColor input()
{
    return {47, 111, 196};
}

QColor output()
{
    return {0, 166, 180};
}

QColor unreached()
{
    return {206, 44, 60};
}

QString cellText(double value)
{
    return formatNumber(value, 3);
}

bool cellIsReadable(double cellSize)
{
    return cellSize >= kReadableCell;
}

void paintCell(QPainter& painter, const Colors& colors, const QRectF& rect, CellRole role,
               double opacity)
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
        painter.setPen(QPen(withOpacity(colors.paddingBorder, opacity), line, Qt::DashLine));
        painter.setBrush(withOpacity(colors.padding, opacity));
        break;
    case CellRole::InsertedZero:
        painter.setPen(QPen(withOpacity(QColor(120, 150, 200), opacity), line, Qt::DotLine));
        painter.setBrush(withOpacity(colors.emptyCell, opacity));
        break;
    }
    painter.drawRect(rect.adjusted(line / 2, line / 2, -line / 2, -line / 2));
    painter.restore();
}

void paintHatching(QPainter& painter, const Colors& colors, const QPainterPath& area,
                   double spacing)
{
    if (area.isEmpty())
        return;
    painter.save();
    painter.setClipPath(area, Qt::IntersectClip);
    painter.setPen(QPen(colors.hatching, 1.0));
    const QRectF box = area.boundingRect();
    for (double x = box.left() - box.height(); x < box.right(); x += spacing)
        painter.drawLine(QPointF(x, box.bottom()), QPointF(x + box.height(), box.top()));
    painter.restore();
}

void paintCellText(QPainter& painter, const QRectF& rect, const QString& text, const QColor& color,
                   double relativeSize)
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

namespace {

QColor outputFill(const Colors& colors, bool filled, bool current)
{
    // The current cell less opaque on dark, where strong cyan would take the palette's text.
    return current  ? blend(output(), colors.dark ? 0.55 : 0.75)
           : filled ? blend(output(), 0.32)
                    : colors.emptyCell;
}

} // namespace

void paintOutputCell(QPainter& painter, const Colors& colors, const QRectF& rect, bool filled,
                     bool current)
{
    painter.save();
    const double line = std::clamp(rect.width() / 40.0, 0.8, 1.6);
    painter.setPen(QPen(filled ? output().darker(125) : colors.emptyBorder, line));
    painter.setBrush(outputFill(colors, filled, current));
    painter.drawRect(rect.adjusted(line / 2, line / 2, -line / 2, -line / 2));
    painter.restore();
}

QColor outputCellText(const Colors& colors, bool current)
{
    return colors.textOn(colors.overBackground(outputFill(colors, true, current)));
}

void paintCaption(QPainter& painter, const Colors& colors, const QRectF& box, const QString& text,
                  const QColor& color)
{
    painter.save();
    QFont font = painter.font();
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(colors.emphasis(color, 130));
    painter.drawText(box, Qt::AlignLeft | Qt::AlignBottom | Qt::TextSingleLine,
                     QFontMetricsF(font).elidedText(text, Qt::ElideRight, box.width()));
    painter.restore();
}

double paintLegendEntry(QPainter& painter, const Colors& colors, QPointF topLeft, double height,
                        const QString& text, const QColor& fill, bool hatched, Qt::PenStyle border)
{
    painter.save();
    const QRectF swatch(topLeft + QPointF(0, height * 0.15), QSizeF(height * 0.7, height * 0.7));
    painter.setPen(QPen(fill.alpha() < 255 ? fill.darker(200) : fill.darker(140), 1.0, border));
    painter.setBrush(fill);
    painter.drawRect(swatch);
    if (hatched) {
        QPainterPath path;
        path.addRect(swatch);
        paintHatching(painter, colors, path, 4.0);
    }
    painter.setPen(colors.text);
    const double x = swatch.right() + height * 0.3;
    const QRectF box(QPointF(x, topLeft.y()), QSizeF(1e4, height));
    QRectF used;
    painter.drawText(box, Qt::AlignLeft | Qt::AlignVCenter, text, &used);
    painter.restore();
    return used.right() - topLeft.x();
}

} // namespace convlab::gridstyle
