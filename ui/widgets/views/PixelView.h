// SPDX-License-Identifier: MIT
#pragma once

#include "format/CellValue.h"

#include <QFont>
#include <QImage>
#include <QWidget>
#include <optional>

namespace convlab {

// A zoomable, pannable grid of cells (one image pixel or one map value per cell). Zoomed in,
// it draws the pixel grid and, when a cell is large enough for the text, the value in it.
// Subclasses provide the rendered image (one pixel per cell), the values, and overlays.
// Wheel zooms about the cursor, the middle button (or Space + left button) pans.
class PixelView : public QWidget {
    Q_OBJECT
  public:
    explicit PixelView(QWidget* parent = nullptr);

    QSize cellCount() const { return m_cells; } // width = columns, height = rows
    double zoom() const { return m_zoom; }      // logical pixels per cell
    bool isFitting() const { return m_fitting; }
    // One pixel per cell, as drawn: what an exported figure must show for the same values.
    const QImage& rendered() const { return m_rendered; }

    // (x, y) = (col, row) in continuous cell coordinates; cell (r, c) covers [c, c+1)×[r, r+1).
    QPointF widgetToCell(QPointF widgetPos) const;
    QPointF cellToWidget(QPointF cell) const;
    QRectF cellsToWidget(const QRectF& cells) const;
    // The cell under a widget position as QPoint(col, row), if it lies on the content.
    std::optional<QPoint> cellAt(QPointF widgetPos) const;
    // Cell size in device pixels, what decides whether grid and values can be drawn.
    double deviceCellSize() const;
    bool valuesVisible() const;
    // The font the visible cells' values are written in: scaled with the cell, smaller when the
    // widest of them would not fit, none when it would not fit at a readable size (they are
    // then not written: hover shows them).
    std::optional<QFont> cellValueFont() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

  public slots:
    void zoomToFit();
    void zoomActualPixels(); // one cell per device pixel
    void zoomIn();
    void zoomOut();

  signals:
    // The cell under the mouse, or (-1, -1) when the mouse leaves the content.
    void cellHovered(int row, int col);
    void zoomChanged(double zoom);

  protected:
    // `rendered` has one pixel per cell; its size is the cell count. A new size refits.
    void setRendered(const QImage& rendered);
    // Repaints only a changed part of the rendered image (cell coordinates).
    void updateRenderedRegion(const QImage& part, QPoint topLeft);
    // A new image of the same size differing from the one shown only in `changedCells`:
    // only those are painted again (a new size sets it as setRendered does).
    void setRendered(const QImage& rendered, const QVector<QRect>& changedCells);
    // Paints again the part of the view over these cells.
    void updateCells(const QRect& cells);

    // The text written in a cell when zoomed in; empty to write nothing.
    virtual QString cellText(int row, int col) const = 0;
    // Drawn after the image, grid and values, in widget coordinates.
    virtual void paintOverlay(QPainter& painter) { Q_UNUSED(painter) }
    // Extra cells around the content kept in view when fitting (e.g. padding).
    virtual QMargins fitMargins() const { return {}; }

    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void keyReleaseEvent(QKeyEvent* event) override;

    bool isPanning() const { return m_panning; }
    void emitHover(QPointF widgetPos);

  private:
    void setZoomAbout(double zoom, QPointF anchor);
    void paintGrid(QPainter& painter, const QRect& visibleCells) const;
    void paintValues(QPainter& painter, const QRect& visibleCells) const;
    std::optional<QFont> cellValueFont(const QRect& visibleCells) const;
    QRect visibleCellRange() const;

    QImage m_rendered;
    QSize m_cells;
    double m_zoom = 1.0;
    QPointF m_origin; // widget position of the corner of cell (0, 0)
    bool m_fitting = true;
    bool m_panning = false;
    bool m_spaceHeld = false;
    QPointF m_panStart;
    QPoint m_lastHover{-1, -1};
};

} // namespace convlab
