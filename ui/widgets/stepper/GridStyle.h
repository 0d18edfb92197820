// SPDX-License-Identifier: MIT
#pragma once

#include "stepper/StepperSetup.h"

#include <QColor>
#include <QPalette>
#include <QRectF>
#include <QString>
#include <utility>

class QPainter;
class QPainterPath;

// How the stepper's grids look, shared by every canvas so that a cell reads the same in the
// stepper, the transposed animation and the presets: the convolution arithmetic guide's blue
// input and cyan output, hatched padding, dotted inserted zeros, a dark window with the kernel
// weights written small in its cells.
namespace convlab::gridstyle {

QColor input();     // the guide's blue
QColor output();    // the guide's cyan
QColor unreached(); // input cells no window reads

// The neutral colours of a grid, taken from the widget's palette so that the figure sits in a
// light or a dark window alike; the labelled hues above stay, only the kernel's shade turns
// light on dark, where darkening a cell would not show.
struct Colors {
    explicit Colors(const QPalette& palette);

    bool dark;
    QColor background; // behind the grids
    QColor text, faintText, error;
    QColor emptyCell, emptyBorder; // output cells not yet reached, inserted zeros
    QColor padding, paddingBorder, hatching;
    QColor window; // the kernel over the input

    // The palette's text or background, whichever reads better on `fill` (opaque).
    QColor textOn(const QColor& fill) const;
    // `fill`, maybe translucent, as it shows over the background.
    QColor overBackground(const QColor& fill) const;
    // `hue` made to stand out from the background: darker on light, lighter on dark.
    QColor emphasis(const QColor& hue, int factor) const;
};

// Text of a cell value: 3 significant digits.
QString cellText(double value);

// The cell with its fill and border; `opacity` fades it in or out during an animation.
void paintCell(QPainter& painter, const Colors& colors, const QRectF& rect, CellRole role,
               double opacity = 1.0);
// Diagonal hatching over `area` (the union of padding cells), crisp at any scale.
void paintHatching(QPainter& painter, const Colors& colors, const QPainterPath& area,
                   double spacing);
// Centred text shrunk to fit the cell; nothing when the cell is too small to read.
void paintCellText(QPainter& painter, const QRectF& rect, const QString& text, const QColor& color,
                   double relativeSize = 0.36);
// A kernel weight written small in the bottom-right corner, as in the guide's figures.
void paintWeight(QPainter& painter, const QRectF& rect, const QString& text);
// An output cell: blank until reached, tinted once filled, strong for the current one.
void paintOutputCell(QPainter& painter, const Colors& colors, const QRectF& rect, bool filled,
                     bool current);
// The text colour of an output cell painted by paintOutputCell.
QColor outputCellText(const Colors& colors, bool current);
// A caption over a grid, bold, in the grid's colour made readable on the background.
void paintCaption(QPainter& painter, const Colors& colors, const QRectF& box, const QString& text,
                  const QColor& color);
// A legend entry: a small swatch painted by `role`-like rules, then the text; returns its width.
double paintLegendEntry(QPainter& painter, const Colors& colors, QPointF topLeft, double height,
                        const QString& text, const QColor& fill, bool hatched, Qt::PenStyle border);

bool cellIsReadable(double cellSize); // big enough for a value

// Cells too small for their value show it as a shade instead, light for `low` and dark for
// `high`, in the hue of what they are (input blue, output cyan, padding grey), so that the
// digit of a crop can be seen in the grid.
void paintValueShade(QPainter& painter, const QRectF& rect, double value, double low, double high,
                     const QColor& hue);
// The finite range of `values` where `mask` (CV_8U, or empty for all) is set; {0, 1} if none.
std::pair<double, double> finiteRange(const cv::Mat& values, const cv::Mat& mask = {});

} // namespace convlab::gridstyle
