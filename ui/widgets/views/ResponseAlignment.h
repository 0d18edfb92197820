// SPDX-License-Identifier: MIT
#pragma once

#include "compute/ResponseResult.h"
#include "views/ImageCanvas.h"

#include <QMargins>
#include <QPoint>
#include <QRect>
#include <QRectF>
#include <QVector>
#include <optional>

namespace convlab {

// Where the cells of a response map sit on the input, for the overlay and the hover links,
// from core's geometry (receptiveField, outputsFedBy) — padding, stride, dilation and the
// optional pooling after the convolution all taken into account.
class ResponseAlignment final {
  public:
    explicit ResponseAlignment(const ResponseResult& result);

    // The input cells read by a response cell. `window` may reach into the padding (negative
    // or beyond the image); the kernel's taps start at `tapOrigin`, `step` apart. For a pooled
    // cell the window is the union of its pooling window's receptive fields, and the taps are
    // those of the convolution cell that max pooling picked (none for average pooling).
    struct Field {
        QRect window;     // (x, y) = (col, row), input coordinates
        QPoint tapOrigin; // input coordinates of tap (0, 0)
        QSize taps;       // kernel cols × rows; empty when no single window applies
        QPoint step;      // dilation (x = cols, y = rows)
        QPoint convCell;  // the convolution cell whose taps are shown, (x, y) = (col, row)
    };
    // `prePool`: the cell is one of the map before pooling (the side-by-side maps).
    std::optional<Field> field(int row, int col, bool prePool = false) const;

    // The response cells (of the pooled map unless prePool) whose windows read an input cell.
    QVector<QPoint> cellsFedBy(int row, int col, bool prePool = false) const;

    // Where the map, one cell per value, is drawn over the input: each cell centred on the
    // centre of its window, stride (× pooling stride) cells wide.
    QRectF overlayCells(bool prePool = false) const;

    // The convolution's padding, in input cells, for the views to keep in sight.
    QMargins padding() const;

    // The peaks as the input canvas marks them: each window, labelled (row, col), best first.
    QVector<PeakMarker> peakMarkers() const;

  private:
    AxisGeometry poolAxis(bool rows) const;
    Range convCellsOfPooled(bool rows, int pooled) const;

    const ResponseResult& m_result;
    AxisGeometry m_rows, m_cols;
    bool m_pooled = false;
};

// Shows `result` on the input as the window does: its peaks' windows, the padding its windows
// read, and `colored` (the response view's map) over the cells it covers; no overlay for a
// result without a map.
void showOnInput(ImageCanvas& input, const ResponseResult& result, const QImage& colored);

} // namespace convlab
