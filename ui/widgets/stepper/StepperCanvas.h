// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

namespace convlab {

class StepperModel;
namespace gridstyle {
struct Colors;
}

// Draws a StepperModel: on the left the grid the window slides over (input cells in the guide's
// blue, padding hatched with the values the padding mode reads, inserted zeros dotted), the
// window of step n with the kernel's weights written small in its cells, and rows/columns no
// window ever reaches marked in red; on the right the output, filled up to step n (cyan) and
// blank after. For the scatter form the current input cell stamps its region of the output.
// Sizes scale with the widget; everything is drawn with QPainter in logical coordinates, so it
// stays sharp at any device pixel ratio.
class StepperCanvas : public QWidget {
    Q_OBJECT
  public:
    explicit StepperCanvas(const StepperModel* model, QWidget* parent = nullptr);

    // Hides the window and shows the whole output (the last stage of the transposed animation).
    void setShowWholeOutput(bool whole);
    bool showsWholeOutput() const { return m_wholeOutput; }
    // While a lesson's exercise asks for the output size: the output is one cell marked "?",
    // its caption says "?×?", and the grid takes the room (nothing drawn tells the size).
    void setOutputHidden(bool hidden);
    bool isOutputHidden() const { return m_outputHidden; }

    // Where a grid cell and an output cell are drawn (widget coordinates); fractional cells
    // are allowed, for cells moving during an animation.
    QRectF gridCellRect(double row, double col) const;
    QRectF outputCellRect(int row, int col) const;
    double cellSize() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

  protected:
    const StepperModel* model() const { return m_model; }
    // Grid cells kept in view around the stepped grid (cells a transposed border crops away).
    virtual QMargins gridMargins() const { return {}; }
    virtual QString gridCaption() const;
    // The grid colours for the widget's palette, so the figure follows the theme.
    gridstyle::Colors colors() const;

    void paintEvent(QPaintEvent* event) override;

    // The pieces of paintEvent, for canvases that draw some stages themselves.
    void paintFrame(QPainter& painter) const; // background, captions, legend
    void paintGridCells(QPainter& painter) const;
    void paintUnreached(QPainter& painter) const;
    void paintWindow(QPainter& painter) const;
    void paintOutput(QPainter& painter) const;
    // The output held back: one "?" cell level with the grid.
    void paintHiddenOutput(QPainter& painter) const;
    QRectF hiddenOutputRect() const;

  private:
    struct Layout {
        double cell = 0;
        QPointF grid;   // top-left of grid cell (0, 0)
        QPointF output; // top-left of output cell (0, 0)
        QRectF legend;
        double captionHeight = 0;
    };
    Layout layout() const;
    QString outputCaption() const;
    void paintMessage(QPainter& painter, const QString& text) const;
    void paintLegend(QPainter& painter, const QRectF& area) const;
    void paintScatterStamp(QPainter& painter) const;
    void paintConnector(QPainter& painter, const QRectF& from, const QRectF& to) const;

    const StepperModel* m_model;
    bool m_wholeOutput = false;
    bool m_outputHidden = false;
};

} // namespace convlab
