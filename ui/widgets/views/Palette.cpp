// SPDX-License-Identifier: MIT
#include "views/Palette.h"

#include "theme/Theme.h"

#include <QApplication>
#include <QFontInfo>
#include <QFontMetricsF>
#include <QPainter>
#include <QPixmap>
#include <QWidget>
#include <algorithm>
#include <cmath>

namespace convlab::palette {

QColor peak()
{
    return {214, 40, 57};
}

QColor otherPeak()
{
    return {247, 159, 31};
}

QColor field()
{
    return {232, 116, 59};
}

QColor selection()
{
    return {38, 139, 210};
}

QColor errorText(const QPalette& palette)
{
    return Theme::isDark(palette) ? QColor(255, 138, 128) : QColor(179, 38, 30);
}

QColor successText(const QPalette& palette)
{
    return Theme::isDark(palette) ? QColor(125, 217, 154) : QColor(22, 112, 52);
}

Callout noticeCallout(const QPalette& palette)
{
    if (Theme::isDark(palette))
        return {{28, 48, 71}, {61, 106, 153}, {214, 230, 247}};
    return {{232, 241, 251}, {156, 195, 232}, {23, 50, 77}};
}

Callout problemCallout(const QPalette& palette)
{
    if (Theme::isDark(palette))
        return {{66, 31, 33}, {229, 83, 75}, {248, 205, 202}};
    return {{253, 236, 234}, {214, 40, 57}, {127, 29, 29}};
}

double strokeScale(const QWidget& widget)
{
    const double own = QFontInfo(widget.font()).pixelSize();
    const double usual = QFontInfo(QApplication::font()).pixelSize();
    return usual > 0 ? std::max(1.0, own / usual) : 1.0;
}

QColor grid()
{
    return {128, 128, 128, Theme::currentContrast() == Theme::Contrast::High ? 200 : 110};
}

QColor veil(const QPalette& palette)
{
    QColor color = palette.color(QPalette::Base);
    color.setAlpha(140);
    return color;
}

QBrush hatch(const QColor& color, double scale)
{
    const int width = std::max(1, static_cast<int>(std::lround(scale)));
    const int tile = 8 * width;
    QPixmap pixmap(tile, tile);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(QPen(color, width, Qt::SolidLine, Qt::FlatCap));
    // "/" lines as Qt::BDiagPattern draws them, through the tile and its corners so that tiles
    // join without seams.
    for (int offset : {-tile, 0, tile})
        painter.drawLine(QPointF(offset, tile), QPointF(offset + tile, 0));
    painter.end();
    return QBrush(pixmap);
}

QSizeF labelSize(const QFont& font, const QString& text)
{
    QFont bold = font;
    bold.setBold(true);
    const QFontMetricsF metrics(bold);
    const double pad = metrics.height() * 0.25;
    return {metrics.horizontalAdvance(text) + 2 * pad, metrics.height() + pad};
}

void drawLabelIn(QPainter& painter, const QString& text, const QRectF& box, const QColor& color)
{
    if (text.isEmpty())
        return;
    painter.save();
    QFont font = painter.font();
    font.setBold(true);
    painter.setFont(font);
    const double pad = QFontMetricsF(font).height() * 0.25;
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawRoundedRect(box, pad, pad);
    painter.setPen(qGray(color.rgb()) > 170 ? QColor(20, 20, 20) : QColor(Qt::white));
    painter.drawText(box, Qt::AlignCenter, text);
    painter.restore();
}

void drawLabel(QPainter& painter, const QString& text, QPointF anchor, const QColor& color,
               Qt::Alignment vertical)
{
    if (text.isEmpty())
        return;
    QRectF box(QPointF(0, 0), labelSize(painter.font(), text));
    const double pad = (box.height() / 1.25) * 0.25; // the font's height over 4
    box.moveLeft(anchor.x());
    if (vertical & Qt::AlignBottom)
        box.moveBottom(anchor.y() - pad * 0.5);
    else
        box.moveTop(anchor.y() + pad * 0.5);
    const QRectF window = painter.window();
    box.moveLeft(std::clamp(box.left(), window.left(),
                            std::max(window.left(), window.right() - box.width())));
    box.moveTop(std::clamp(box.top(), window.top(),
                           std::max(window.top(), window.bottom() - box.height())));
    drawLabelIn(painter, text, box, color);
}

} // namespace convlab::palette
