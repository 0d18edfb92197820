// SPDX-License-Identifier: MIT
#include "stepper/TransposedCanvas.h"

#include "stepper/GridStyle.h"
#include "stepper/StepperFormat.h"
#include "stepper/StepperModel.h"

#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace convlab {
namespace {

// Smooth start and stop for the cells moving apart.
double ease(double t)
{
    t = std::clamp(t, 0.0, 1.0);
    return t * t * (3 - 2 * t);
}

// The zero-inserted grid: (i−1)s+1 cells per axis.
cv::Size spreadSize(const StepperSetup& s)
{
    return {(s.input.cols - 1) * s.transposed.stride.cols + 1,
            (s.input.rows - 1) * s.transposed.stride.rows + 1};
}

} // namespace

TransposedCanvas::TransposedCanvas(const StepperModel* model, QWidget* parent)
    : StepperCanvas(model, parent)
{
}

void TransposedCanvas::setStage(Stage stage, double progress)
{
    m_stage = stage;
    m_progress = std::clamp(progress, 0.0, 1.0);
    setShowWholeOutput(stage == Stage::Output);
    update();
}

bool TransposedCanvas::drawsStages() const
{
    return model()->isValid() &&
           model()->setup().operation == StepOperation::TransposedZeroInsertion &&
           m_stage < Stage::Slide;
}

QMargins TransposedCanvas::gridMargins() const
{
    if (!model()->isValid() || model()->setup().operation != StepOperation::TransposedZeroInsertion)
        return {};
    // A negative border crops the zero-inserted grid: keep the cropped cells in view while
    // the stages show them going.
    const SteppedGrid& grid = model()->grid();
    const cv::Size spread = spreadSize(model()->setup());
    const int bottom = grid.values.rows - grid.inputOrigin.y - spread.height;
    const int right = grid.values.cols - grid.inputOrigin.x - spread.width;
    return {std::max(0, -grid.inputOrigin.x), std::max(0, -grid.inputOrigin.y), std::max(0, -right),
            std::max(0, -bottom)};
}

QString TransposedCanvas::gridCaption() const
{
    if (!model()->isValid() || model()->setup().operation != StepOperation::TransposedZeroInsertion)
        return StepperCanvas::gridCaption();
    const StepperSetup& s = model()->setup();
    const SteppedGrid& grid = model()->grid();
    const cv::Size spread = spreadSize(s);
    const Pair stride = s.transposed.stride;
    const int reach = s.transposed.dilation.rows * (s.kernel.rows - 1);
    switch (m_stage) {
    case Stage::Input:
        return tr("(a) the input, %1×%2").arg(s.input.rows).arg(s.input.cols);
    case Stage::Spread:
        return tr("(b) s − 1 = %n zero(s) between input cells: %1×%2", nullptr, stride.rows - 1)
            .arg(spread.height)
            .arg(spread.width);
    case Stage::Border: {
        const int p = s.transposed.padding.top, a = s.transposed.outputPadding.rows;
        if (reach < p)
            return tr("(c) d(k−1) − p = %1 − %2 = %3: a negative border crops %n cell(s) per "
                      "side (+ a = %4 bottom and right): %5×%6",
                      nullptr, p - reach)
                .arg(reach)
                .arg(p)
                .arg(formatNumber(reach - p))
                .arg(a)
                .arg(grid.values.rows)
                .arg(grid.values.cols);
        return tr("(c) a border of d(k−1) − p = %1 − %2 = %3 (+ a = %4 bottom and right): %5×%6")
            .arg(reach)
            .arg(p)
            .arg(reach - p)
            .arg(a)
            .arg(grid.values.rows)
            .arg(grid.values.cols);
    }
    case Stage::Slide:
        return tr("(d) the flipped kernel slides with stride 1 over the %1×%2 grid")
            .arg(grid.values.rows)
            .arg(grid.values.cols);
    case Stage::Output:
        return tr("(e) every window done");
    }
    return {};
}

void TransposedCanvas::paintEvent(QPaintEvent* event)
{
    if (!drawsStages()) {
        StepperCanvas::paintEvent(event);
        return;
    }
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, true);
    paintFrame(painter);
    paintBlankOutput(painter);
    paintBuildUp(painter);
}

void TransposedCanvas::paintBlankOutput(QPainter& painter) const
{
    if (isOutputHidden()) {
        paintHiddenOutput(painter);
        return;
    }
    const Pair out = model()->outputSize();
    const gridstyle::Colors colors = this->colors();
    painter.save();
    painter.setOpacity(0.55);
    for (int r = 0; r < out.rows; ++r)
        for (int c = 0; c < out.cols; ++c)
            gridstyle::paintOutputCell(painter, colors, outputCellRect(r, c), false, false);
    painter.restore();
}

void TransposedCanvas::paintBuildUp(QPainter& painter) const
{
    const StepperSetup& s = model()->setup();
    const SteppedGrid& grid = model()->grid();
    const cv::Size spread = spreadSize(s);
    const Pair stride = s.transposed.stride;
    const double t = ease(m_progress);
    const gridstyle::Colors colors = this->colors();
    // How far each part has appeared: zeros during (b), the border during (c).
    const double zeros = m_stage == Stage::Input ? 0.0 : m_stage == Stage::Spread ? t : 1.0;
    const double border = m_stage == Stage::Border ? t : 0.0;
    const double spreadOut = m_stage == Stage::Input ? 0.0 : m_stage == Stage::Spread ? t : 1.0;

    const auto inPadded = [&grid](int row, int col) {
        return row >= 0 && row < grid.values.rows && col >= 0 && col < grid.values.cols;
    };
    // Border cells (including the output padding) fade in.
    QPainterPath borderArea;
    for (int r = 0; r < grid.values.rows; ++r)
        for (int c = 0; c < grid.values.cols; ++c)
            if (static_cast<CellRole>(grid.roles.at<uchar>(r, c)) == CellRole::Padding) {
                const QRectF cell = gridCellRect(r, c);
                gridstyle::paintCell(painter, colors, cell, CellRole::Padding, border);
                if (border > 0) {
                    borderArea.addRect(cell);
                    painter.setOpacity(border);
                    gridstyle::paintCellText(painter, cell, gridstyle::cellText(0),
                                             colors.faintText);
                    painter.setOpacity(1.0);
                }
            }
    painter.setOpacity(border);
    gridstyle::paintHatching(painter, colors, borderArea, std::max(5.0, cellSize() / 5));
    painter.setOpacity(1.0);

    // Inserted zeros fade in between the input cells; where the border is negative they fade
    // out again in (c), cropped with the input cells there.
    for (int r = 0; r < spread.height; ++r)
        for (int c = 0; c < spread.width; ++c) {
            if (r % stride.rows == 0 && c % stride.cols == 0)
                continue;
            const int row = grid.inputOrigin.y + r, col = grid.inputOrigin.x + c;
            const double opacity = zeros * (inPadded(row, col) ? 1.0 : 1.0 - border);
            const QRectF cell = gridCellRect(row, col);
            gridstyle::paintCell(painter, colors, cell, CellRole::InsertedZero, opacity);
            painter.setOpacity(opacity);
            gridstyle::paintCellText(painter, cell, gridstyle::cellText(0), colors.faintText);
            painter.setOpacity(1.0);
        }

    // Input cells move from a compact block, centred on the zero-inserted grid, to every s-th cell.
    const double compactTop = (spread.height - s.input.rows) / 2.0;
    const double compactLeft = (spread.width - s.input.cols) / 2.0;
    for (int r = 0; r < s.input.rows; ++r)
        for (int c = 0; c < s.input.cols; ++c) {
            const double row = grid.inputOrigin.y + (compactTop + r) * (1 - spreadOut) +
                               r * stride.rows * spreadOut;
            const double col = grid.inputOrigin.x + (compactLeft + c) * (1 - spreadOut) +
                               c * stride.cols * spreadOut;
            const bool kept = inPadded(grid.inputOrigin.y + r * stride.rows,
                                       grid.inputOrigin.x + c * stride.cols);
            const double opacity = kept ? 1.0 : 1.0 - border;
            const QRectF cell = gridCellRect(row, col);
            gridstyle::paintCell(painter, colors, cell, CellRole::Input, opacity);
            painter.setOpacity(opacity);
            gridstyle::paintCellText(painter, cell, gridstyle::cellText(s.input.at<float>(r, c)),
                                     colors.text);
            painter.setOpacity(1.0);
        }
}

} // namespace convlab
