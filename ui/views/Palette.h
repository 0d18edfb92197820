// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QPointF>
#include <QString>

class QPainter;

// The few colours every view shares, chosen to stay calm and distinct on a projector, and
// the label "bubble" used to write a value next to what it describes.
namespace convlab::palette {

QColor peak();      // the best match
QColor otherPeak(); // the other top-k matches
QColor field();     // a receptive field / the cells an input pixel feeds
QColor selection(); // rubber band and drawing previews

// Writes `text` in a rounded box of `color`, its left edge at anchor.x(), above the anchor
// (Qt::AlignBottom) or below it (Qt::AlignTop), moved inside the painter's window if needed.
void drawLabel(QPainter& painter, const QString& text, QPointF anchor, const QColor& color,
               Qt::Alignment vertical);

} // namespace convlab::palette
