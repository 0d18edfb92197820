// SPDX-License-Identifier: MIT
#pragma once

#include <QBrush>
#include <QColor>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>

class QFont;
class QPainter;
class QPalette;
class QWidget;

// The few colours every view shares, chosen to stay calm and distinct on a projector, and
// the label "bubble" used to write a value next to what it describes.
namespace convlab::palette {

QColor peak();      // the best match
QColor otherPeak(); // the other top-k matches
QColor field();     // a receptive field / the cells an input pixel feeds
QColor selection(); // rubber band and drawing previews

// Text reporting a problem, and text telling a right answer, readable on the window of the
// palette's look (light or dark).
QColor errorText(const QPalette& palette);
QColor successText(const QPalette& palette);

// The colours of a box calling attention to a notice or to a problem, in the palette's look.
struct Callout {
    QColor background;
    QColor accent; // its border
    QColor text;
};
Callout noticeCallout(const QPalette& palette);
Callout problemCallout(const QPalette& palette);

// How many times thicker than usual a widget's lines are drawn: its text size over the
// application's. Presentation mode enlarges the window's font, and every stroke grows with it.
double strokeScale(const QWidget& widget);
// Grid lines over image cells: a mid grey that shows on black and white cells alike, more
// opaque in the high-contrast themes.
QColor grid();
// A film over cells that are not part of the image (padding read by a window): the view's
// background, half transparent, so that it lightens in the light theme and darkens in the dark.
QColor veil(const QPalette& palette);
// Diagonal hatching in `color`, its lines `scale` pixels wide, anchored to the widget so that
// neighbouring cells join up.
QBrush hatch(const QColor& color, double scale);

// Writes `text` in a rounded box of `color`, its left edge at anchor.x(), above the anchor
// (Qt::AlignBottom) or below it (Qt::AlignTop), moved inside the painter's window if needed.
void drawLabel(QPainter& painter, const QString& text, QPointF anchor, const QColor& color,
               Qt::Alignment vertical);
// The size of that box for `text` in `font`, and the box drawn where a layout placed it.
QSizeF labelSize(const QFont& font, const QString& text);
void drawLabelIn(QPainter& painter, const QString& text, const QRectF& box, const QColor& color);

} // namespace convlab::palette
