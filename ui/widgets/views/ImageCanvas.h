// SPDX-License-Identifier: MIT
#pragma once

#include "views/PixelView.h"

#include <QPointer>
#include <QVector>
#include <opencv2/core.hpp>
#include <optional>

class QLineEdit;

namespace convlab {

class ToolSettings;

// Where a response cell reads the input: its window (which may reach into the padding), the
// kernel taps spaced by the dilation, the patch drawn on them and the value written beside.
struct FieldHighlight {
    QRect window;     // cells of the input, (x, y) = (col, row)
    QPoint tapOrigin; // input cell of tap (0, 0)
    QSize taps;       // kernel columns × rows; empty to draw no patch
    QPoint step;      // dilation (x = cols, y = rows)
    QImage patch;     // one pixel per tap
    QString label;
};

// A detected pattern drawn on the input: its rectangle and (row, col) label.
struct PeakMarker {
    QRectF cells;
    QString label;
    bool best = false;
    bool operator==(const PeakMarker&) const = default;
};

// The input image (float, one or three channels) with the drawing tools of ToolSettings.
// It never changes the image it shows: an edit is offered through imageEdited() as a new
// image, and shown once the owner hands it back (setImage / updateImage).
class ImageCanvas final : public PixelView {
    Q_OBJECT
  public:
    explicit ImageCanvas(ToolSettings* tools, QWidget* parent = nullptr);

    void setImage(const cv::Mat& image);
    // Same image size, only `dirty` changed (a live stroke): re-renders just that part.
    void updateImage(const cv::Mat& image, const QRect& dirty);
    const cv::Mat& image() const { return m_image; }

    void setEditable(bool editable) { m_editable = editable; }
    QRect selection() const { return m_selection; }
    void setSelection(const QRect& cells);

    void setResponseOverlay(const QImage& colored, const QRectF& cells);
    void setOverlayVisible(bool visible);
    bool overlayVisible() const { return m_overlayVisible; }
    void setFieldHighlight(const std::optional<FieldHighlight>& field);
    void setPeakMarkers(const QVector<PeakMarker>& markers);
    // Extra cells (padding) kept in view when fitting and drawn hatched when highlighted.
    void setPaddingMargins(const QMargins& cells);

    // Opens the inline editor on a cell (as a double-click does); false if cells are too small.
    bool editCell(int row, int col);

  signals:
    // `image` is the gesture's working layer, valid during the call only: the canvas goes on
    // drawing into it, so a receiver copies what it keeps.
    void imageEdited(const cv::Mat& image, const QRect& dirty, int strokeId);
    void selectionChanged(const QRect& cells);

  protected:
    QString cellText(int row, int col) const override;
    void paintOverlay(QPainter& painter) override;
    QMargins fitMargins() const override { return m_padding; }
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    QImage renderRegion(const QRect& cells) const;
    bool updateDisplayRange();
    bool withinUnitRange(const QRect& cells) const; // every value of these cells in [0, 1]
    QPoint cellUnder(QPointF widgetPos) const;      // clamped to the image
    void beginStroke(QPoint cell);
    void continueStroke(QPoint cell);
    void finishShape(QPoint cell);
    void emitEdit(const QRect& dirty);
    void commitCellEdit();
    void closeCellEditor();
    void paintFieldHighlight(QPainter& painter) const;
    void paintToolPreview(QPainter& painter) const;
    void paintSelection(QPainter& painter) const;

    ToolSettings* m_tools;
    cv::Mat m_image;
    double m_low = 0, m_high = 1; // display range
    bool m_editable = true;

    enum class Gesture { None, Stroke, Shape, Selecting };
    Gesture m_gesture = Gesture::None;
    // The image being edited by the current gesture; its buffer is kept from one gesture to
    // the next, so that starting a stroke copies the image without allocating it again.
    cv::Mat m_working;
    int m_strokeId = 0;
    QPoint m_anchor, m_last;
    std::optional<QPoint> m_hoverCell;

    QRect m_selection;
    QImage m_overlay;
    QRectF m_overlayCells;
    bool m_overlayVisible = false;
    std::optional<FieldHighlight> m_field;
    QVector<PeakMarker> m_markers;
    QMargins m_padding;

    QPointer<QLineEdit> m_cellEditor;
    QPoint m_editedCell;
};

// A process-wide counter: strokes on any view never share an undo-merge id.
int nextStrokeId();

} // namespace convlab
