// SPDX-License-Identifier: MIT
#pragma once

#include "stepper/StepperCanvas.h"

namespace convlab {

// The stepper canvas of a transposed convolution by zero insertion, with the stages that build
// its grid: (a) the input, (b) its cells moving apart with s−1 zeros appearing between them,
// (c) the border of d(k−1)−p zeros appearing (+ a at the bottom and right; a negative border
// crops), (d) the flipped kernel sliding over the grid, (e) the output. Stages (a) to (c) are
// drawn in the coordinates of (d), so the grid the kernel slides over is the one just built.
// For the scatter form it is the plain stepper canvas.
class TransposedCanvas final : public StepperCanvas {
    Q_OBJECT
  public:
    enum class Stage { Input, Spread, Border, Slide, Output };

    explicit TransposedCanvas(const StepperModel* model, QWidget* parent = nullptr);

    // `progress` (0..1) is how far the move into `stage` has gone (animated by the view).
    void setStage(Stage stage, double progress = 1.0);
    Stage stage() const { return m_stage; }
    double progress() const { return m_progress; }

  protected:
    QMargins gridMargins() const override;
    QString gridCaption() const override;
    void paintEvent(QPaintEvent* event) override;

  private:
    bool drawsStages() const;
    void paintBuildUp(QPainter& painter) const;
    void paintBlankOutput(QPainter& painter) const;

    Stage m_stage = Stage::Slide;
    double m_progress = 1.0;
};

} // namespace convlab
