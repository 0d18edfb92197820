// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

namespace convlab {

// Where the labels of marked points go so that none covers another or another's mark: each
// label, in order (the most important first), takes the first free place around its mark —
// beside it, then farther out with a leader line back to it. A label with no free place left
// is left out, and the view says how many are shown.
struct PlacedLabel {
    int index = 0;       // of the mark
    QRectF box;          // where the label is drawn
    bool leader = false; // drawn away from its mark: a line joins them
};

struct LabelMark {
    QPointF centre;
    double radius = 0; // the mark is the disc of this radius about its centre
    QSizeF label;      // the size of its label
};

QList<PlacedLabel> placeLabels(const QList<LabelMark>& marks, const QRectF& bounds);

} // namespace convlab
