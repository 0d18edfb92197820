// SPDX-License-Identifier: MIT
#include "views/LabelPlacement.h"

#include <cmath>
#include <numbers>

namespace convlab {

namespace {

QRectF squareAbout(const LabelMark& mark)
{
    return {mark.centre - QPointF(mark.radius, mark.radius),
            QSizeF(2 * mark.radius, 2 * mark.radius)};
}

// The places tried for a label, nearest first: its four corners against the mark, then on
// rings farther out in eight directions.
QList<QRectF> candidates(const LabelMark& mark)
{
    const QSizeF s = mark.label;
    const QPointF c = mark.centre;
    const double r = mark.radius * 0.75; // the corners of the label touch the ring
    QList<QRectF> places{
        QRectF(QPointF(c.x() + r, c.y() - r - s.height()), s),             // above right
        QRectF(QPointF(c.x() - r - s.width(), c.y() - r - s.height()), s), // above left
        QRectF(QPointF(c.x() + r, c.y() + r), s),                          // below right
        QRectF(QPointF(c.x() - r - s.width(), c.y() + r), s),              // below left
    };
    for (int ring = 1; ring <= 4; ++ring) {
        const double d = mark.radius + ring * s.height() * 1.2;
        for (int k = 0; k < 8; ++k) {
            const double angle = (1 + k) * std::numbers::pi / 4; // from above right, anticlockwise
            const QPointF towards(std::cos(angle), -std::sin(angle));
            QPointF corner = c + towards * d;
            // The label extends away from the mark.
            corner.rx() -= towards.x() < -0.1 ? s.width() : towards.x() > 0.1 ? 0 : s.width() / 2;
            corner.ry() -= towards.y() < -0.1 ? s.height() : towards.y() > 0.1 ? 0 : s.height() / 2;
            places << QRectF(corner, s);
        }
    }
    return places;
}

} // namespace

QList<PlacedLabel> placeLabels(const QList<LabelMark>& marks, const QRectF& bounds)
{
    QList<QRectF> taken;
    for (const LabelMark& mark : marks)
        taken << squareAbout(mark);
    QList<PlacedLabel> placed;
    for (int i = 0; i < marks.size(); ++i) {
        const QList<QRectF> places = candidates(marks[i]);
        for (int p = 0; p < places.size(); ++p) {
            const QRectF& box = places[p];
            if (!bounds.contains(box))
                continue;
            // Its own mark it may touch (the corner against the ring); nothing else.
            bool free = true;
            for (int t = 0; t < taken.size() && free; ++t)
                free = t == i || !taken[t].intersects(box);
            if (!free)
                continue;
            placed.append({i, box, p >= 4});
            taken << box;
            break;
        }
    }
    return placed;
}

} // namespace convlab
