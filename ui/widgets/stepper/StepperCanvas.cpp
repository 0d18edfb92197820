// SPDX-License-Identifier: MIT
#include "stepper/StepperCanvas.h"

#include "stepper/GridStyle.h"
#include "stepper/StepperModel.h"

#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace convlab {
namespace {

constexpr double kMargin = 14.0;
constexpr double kGapCells = 1.6;  // between the grid and the output, in cells
constexpr double kMaxCell = 84.0;  // logical pixels: a 2×2 input must not fill a projector
constexpr double kTickCells = 0.5; // below the grid: the marks of unreached columns

QString paddingModeName(PaddingMode mode)
{
    switch (mode) {
    case PaddingMode::Zeros:
        return StepperCanvas::tr("zeros");
    case PaddingMode::Reflect:
        return StepperCanvas::tr("reflect");
    case PaddingMode::Replicate:
        return StepperCanvas::tr("replicate");
    case PaddingMode::Circular:
        return StepperCanvas::tr("circular");
    }
    return {};
}

QString paddingText(const Padding& p)
{
    if (p == Padding{})
        return StepperCanvas::tr("no padding");
    if (p == Padding::uniform(p.top))
        return StepperCanvas::tr("padding %1").arg(p.top);
    return StepperCanvas::tr("padding %1, %2, %3, %4 (top, bottom, left, right)")
        .arg(p.top)
        .arg(p.bottom)
        .arg(p.left)
        .arg(p.right);
}

bool hasRole(const cv::Mat& roles, CellRole role)
{
    return cv::countNonZero(roles == static_cast<int>(role)) > 0;
}

} // namespace

StepperCanvas::StepperCanvas(const StepperModel* model, QWidget* parent)
    : QWidget(parent), m_model(model)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::ClickFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    const auto repaint = [this] { update(); };
    connect(model, &StepperModel::setupChanged, this, repaint);
    connect(model, &StepperModel::stepChanged, this, repaint);
}

void StepperCanvas::setShowWholeOutput(bool whole)
{
    if (m_wholeOutput == whole)
        return;
    m_wholeOutput = whole;
    update();
}

void StepperCanvas::setOutputHidden(bool hidden)
{
    if (m_outputHidden == hidden)
        return;
    m_outputHidden = hidden;
    update();
}

QSize StepperCanvas::sizeHint() const
{
    const int line = fontMetrics().height();
    return {line * 44, line * 24};
}

QSize StepperCanvas::minimumSizeHint() const
{
    const int line = fontMetrics().height();
    return {line * 20, line * 12};
}

StepperCanvas::Layout StepperCanvas::layout() const
{
    Layout l;
    const QFontMetricsF metrics(font());
    l.captionHeight = metrics.height() * 1.7;
    const double legendHeight = metrics.height() * 1.6;
    const QRectF all = QRectF(rect()).adjusted(kMargin, kMargin, -kMargin, -kMargin);
    l.legend = QRectF(all.left(), all.bottom() - legendHeight, all.width(), legendHeight);
    const QRectF area(all.left(), all.top() + l.captionHeight, all.width(),
                      all.height() - l.captionHeight - legendHeight * 1.4);
    if (!m_model->isValid() || area.width() <= 0 || area.height() <= 0)
        return l;

    const QMargins extra = gridMargins();
    const cv::Size grid = m_model->grid().values.size();
    const double gridCols = grid.width + extra.left() + extra.right();
    const double gridRows = grid.height + extra.top() + extra.bottom();
    // A hidden output takes one cell: its room would tell its size.
    const Pair out = m_outputHidden ? Pair{1, 1} : m_model->outputSize();
    const double wide = gridCols + kGapCells + out.cols;
    // Room below the grid for the ticks of unreached columns.
    const double tall = std::max<double>(gridRows + kTickCells, out.rows);
    l.cell = std::min({area.width() / wide, area.height() / tall, kMaxCell});

    const double left = area.left() + (area.width() - wide * l.cell) / 2;
    const double gridTop = area.top() + (area.height() - (gridRows + kTickCells) * l.cell) / 2;
    const double outTop = area.top() + (area.height() - out.rows * l.cell) / 2;
    l.grid = QPointF(left + extra.left() * l.cell, gridTop + extra.top() * l.cell);
    l.output = QPointF(left + (gridCols + kGapCells) * l.cell, outTop);
    return l;
}

double StepperCanvas::cellSize() const
{
    return layout().cell;
}

QRectF StepperCanvas::gridCellRect(double row, double col) const
{
    const Layout l = layout();
    return {l.grid.x() + col * l.cell, l.grid.y() + row * l.cell, l.cell, l.cell};
}

QRectF StepperCanvas::outputCellRect(int row, int col) const
{
    const Layout l = layout();
    return {l.output.x() + col * l.cell, l.output.y() + row * l.cell, l.cell, l.cell};
}

QString StepperCanvas::gridCaption() const
{
    const StepperSetup& s = m_model->setup();
    const QString size = QStringLiteral("%1×%2").arg(s.input.rows).arg(s.input.cols);
    switch (s.operation) {
    case StepOperation::Convolution:
        return tr("input %1 · %2 (%3)")
            .arg(size, paddingText(s.conv.padding), paddingModeName(s.conv.paddingMode));
    case StepOperation::TemplateMatch:
        return tr("image %1 · %2 (%3)")
            .arg(size, paddingText(s.conv.padding), paddingModeName(s.conv.paddingMode));
    case StepOperation::Pooling:
        return s.pool.mode == PoolMode::Max ? tr("input %1 · %2 (−∞: never the maximum)")
                                                  .arg(size, paddingText(s.pool.padding))
                                            : tr("input %1 · %2 (zeros, counted in the mean)")
                                                  .arg(size, paddingText(s.pool.padding));
    case StepOperation::TransposedZeroInsertion:
        return tr("input %1 spread by the stride, with its border: %2×%3")
            .arg(size)
            .arg(m_model->grid().values.rows)
            .arg(m_model->grid().values.cols);
    case StepOperation::TransposedScatter:
        return tr("input %1").arg(size);
    }
    return {};
}

QString StepperCanvas::outputCaption() const
{
    const Pair out = m_model->outputSize();
    const QString rows = m_outputHidden ? QStringLiteral("?") : QString::number(out.rows);
    const QString cols = m_outputHidden ? QStringLiteral("?") : QString::number(out.cols);
    if (m_model->setup().operation == StepOperation::TransposedScatter)
        return tr("output %1×%2: the stamps add up").arg(rows, cols);
    return tr("output %1×%2").arg(rows, cols);
}

gridstyle::Colors StepperCanvas::colors() const
{
    return gridstyle::Colors(palette());
}

void StepperCanvas::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, true);
    paintFrame(painter);
    if (!m_model->isValid())
        return;
    paintGridCells(painter);
    paintUnreached(painter);
    paintOutput(painter);
    if (!m_wholeOutput)
        paintWindow(painter);
}

void StepperCanvas::paintFrame(QPainter& painter) const
{
    const gridstyle::Colors colors = this->colors();
    painter.fillRect(rect(), colors.background);
    if (!m_model->isValid()) {
        paintMessage(painter, m_model->error().isEmpty()
                                  ? tr("Nothing to step through yet.")
                                  : tr("Cannot step through this: %1").arg(m_model->error()));
        return;
    }
    const Layout l = layout();
    const QMargins extra = gridMargins();
    const double gridTop = l.grid.y() - extra.top() * l.cell;
    const double captionTop = std::min(gridTop, l.output.y()) - l.captionHeight;
    // The grid's caption starts over the grid, or further left when it needs the room.
    const double captionEnd = l.output.x() - l.cell * 0.4;
    QFont bold = painter.font();
    bold.setBold(true);
    const double wanted = QFontMetricsF(bold).horizontalAdvance(gridCaption()) + 4;
    const double gridLeft =
        std::max(kMargin, std::min(l.grid.x() - extra.left() * l.cell, captionEnd - wanted));
    const QRectF gridBox(gridLeft, captionTop, captionEnd - gridLeft, l.captionHeight * 0.85);
    const QRectF outputBox(l.output.x(), captionTop, width() - kMargin - l.output.x(),
                           l.captionHeight * 0.85);
    gridstyle::paintCaption(painter, colors, gridBox, gridCaption(), gridstyle::input());
    gridstyle::paintCaption(painter, colors, outputBox, outputCaption(), gridstyle::output());
    paintLegend(painter, l.legend);
}

void StepperCanvas::paintMessage(QPainter& painter, const QString& text) const
{
    painter.save();
    painter.setPen(colors().error);
    painter.drawText(QRectF(rect()).adjusted(kMargin * 3, kMargin * 3, -kMargin * 3, -kMargin * 3),
                     Qt::AlignCenter | Qt::TextWordWrap, text);
    painter.restore();
}

void StepperCanvas::paintGridCells(QPainter& painter) const
{
    const SteppedGrid& grid = m_model->grid();
    const gridstyle::Colors colors = this->colors();
    const bool shaded = !gridstyle::cellIsReadable(cellSize());
    const auto [low, high] = gridstyle::finiteRange(grid.values);
    QPainterPath padding;
    for (int r = 0; r < grid.values.rows; ++r)
        for (int c = 0; c < grid.values.cols; ++c) {
            const auto role = static_cast<CellRole>(grid.roles.at<uchar>(r, c));
            const QRectF cell = gridCellRect(r, c);
            gridstyle::paintCell(painter, colors, cell, role);
            if (shaded && role != CellRole::InsertedZero)
                gridstyle::paintValueShade(painter, cell, grid.values.at<float>(r, c), low, high,
                                           role == CellRole::Input ? gridstyle::input()
                                                                   : QColor(128, 132, 140));
            if (role == CellRole::Padding)
                padding.addRect(cell);
        }
    gridstyle::paintHatching(painter, colors, padding, std::max(5.0, cellSize() / 5));
    for (int r = 0; r < grid.values.rows; ++r)
        for (int c = 0; c < grid.values.cols; ++c) {
            const auto role = static_cast<CellRole>(grid.roles.at<uchar>(r, c));
            gridstyle::paintCellText(painter, gridCellRect(r, c),
                                     gridstyle::cellText(grid.values.at<float>(r, c)),
                                     role == CellRole::Input ? colors.text : colors.faintText);
        }
}

void StepperCanvas::paintUnreached(QPainter& painter) const
{
    const SteppedGrid& grid = m_model->grid();
    if (grid.unreachedRows.empty() && grid.unreachedCols.empty())
        return;
    painter.save();
    QColor tint = gridstyle::unreached();
    tint.setAlpha(60);
    const double cell = cellSize();
    const auto isInput = [&grid](int r, int c) {
        return static_cast<CellRole>(grid.roles.at<uchar>(r, c)) == CellRole::Input;
    };
    for (int r : grid.unreachedRows)
        for (int c = 0; c < grid.values.cols; ++c)
            if (isInput(r, c))
                painter.fillRect(gridCellRect(r, c), tint);
    for (int c : grid.unreachedCols)
        for (int r = 0; r < grid.values.rows; ++r)
            if (isInput(r, c) && std::find(grid.unreachedRows.begin(), grid.unreachedRows.end(),
                                           r) == grid.unreachedRows.end())
                painter.fillRect(gridCellRect(r, c), tint);
    // A red tick outside the grid at the end of each unreached row and column.
    painter.setPen(
        QPen(gridstyle::unreached(), std::max(2.0, cell / 14), Qt::SolidLine, Qt::RoundCap));
    const double tick = std::max(4.0, cell * 0.35);
    for (int r : grid.unreachedRows) {
        const QRectF end = gridCellRect(r, grid.values.cols - 1);
        painter.drawLine(QPointF(end.right() + tick * 0.4, end.center().y()),
                         QPointF(end.right() + tick * 1.2, end.center().y()));
    }
    for (int c : grid.unreachedCols) {
        const QRectF end = gridCellRect(grid.values.rows - 1, c);
        painter.drawLine(QPointF(end.center().x(), end.bottom() + tick * 0.4),
                         QPointF(end.center().x(), end.bottom() + tick * 1.2));
    }
    painter.restore();
}

void StepperCanvas::paintWindow(QPainter& painter) const
{
    const StepTrace& step = m_model->step();
    const StepperSetup& setup = m_model->setup();
    if (setup.operation == StepOperation::TransposedScatter) {
        paintScatterStamp(painter);
        return;
    }
    painter.save();
    const gridstyle::Colors colors = this->colors();
    QColor shade = colors.window;
    // Lighter over cells shaded by value, so the values stay visible under the window.
    shade.setAlpha(gridstyle::cellIsReadable(cellSize()) ? 92 : 48);
    const bool weighted = setup.operation != StepOperation::Pooling;
    for (const Tap& tap : step.taps) {
        const QRectF cell = gridCellRect(tap.row, tap.col);
        painter.fillRect(cell, shade);
        if (weighted)
            gridstyle::paintWeight(painter, cell,
                                   QStringLiteral("×") + gridstyle::cellText(tap.weight));
    }
    const QRectF first = gridCellRect(step.window.y, step.window.x);
    const QRectF frame(first.topLeft(), QSizeF(step.window.width * first.width(),
                                               step.window.height * first.height()));
    // A rim of the background under the frame keeps it visible over shaded cells.
    const double line = std::clamp(cellSize() / 12, 2.0, 4.0);
    QColor rim = colors.dark ? colors.background : QColor(Qt::white);
    rim.setAlpha(220);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(rim, line + 3));
    painter.drawRect(frame);
    painter.setPen(QPen(colors.window, line));
    painter.drawRect(frame);
    paintConnector(painter, frame,
                   m_outputHidden ? hiddenOutputRect() : outputCellRect(step.outRow, step.outCol));
    painter.restore();
}

void StepperCanvas::paintScatterStamp(QPainter& painter) const
{
    const StepTrace& step = m_model->step();
    const Pair out = m_model->outputSize();
    painter.save();
    const double line = std::clamp(cellSize() / 12, 2.0, 4.0);
    const QRectF source = gridCellRect(step.outRow, step.outCol);
    const gridstyle::Colors colors = this->colors();
    QColor shade = colors.window;
    shade.setAlpha(70);
    QRectF stamp;
    for (const Tap& tap : step.taps) {
        if (tap.inPadding || m_outputHidden) // where the stamp lands would tell the size
            continue;
        const QRectF cell = outputCellRect(tap.row, tap.col);
        stamp = stamp.isNull() ? cell : stamp.united(cell);
        painter.fillRect(cell, shade);
        gridstyle::paintWeight(painter, cell,
                               QStringLiteral("+") + gridstyle::cellText(tap.product));
    }
    painter.setPen(QPen(colors.window, line));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(source);
    if (m_outputHidden)
        paintConnector(painter, source, hiddenOutputRect());
    if (!stamp.isNull()) {
        // The stamp's frame, clipped to the output where the padding crops it.
        const QRectF outputArea =
            outputCellRect(0, 0).united(outputCellRect(out.rows - 1, out.cols - 1));
        painter.setPen(QPen(colors.window, line, Qt::DashLine));
        painter.drawRect(stamp.intersected(outputArea));
        paintConnector(painter, source, stamp);
    }
    painter.restore();
}

void StepperCanvas::paintConnector(QPainter& painter, const QRectF& from, const QRectF& to) const
{
    // From the grid's right edge to the output's left edge, level with the window and the cell
    // it fills, so the line never crosses a cell.
    const Pair out = m_model->outputSize();
    const double gridRight = gridCellRect(0, m_model->grid().values.cols - 1).right();
    const double outputLeft = outputCellRect(0, 0).left();
    if (outputLeft <= gridRight || out.rows == 0)
        return;
    painter.save();
    QColor color = colors().window;
    color.setAlpha(110);
    painter.setPen(QPen(color, 1.5, Qt::SolidLine, Qt::RoundCap));
    const QPointF start(gridRight, from.center().y());
    const QPointF end(outputLeft, to.center().y());
    QPainterPath path(start);
    const double bend = (end.x() - start.x()) * 0.5;
    path.cubicTo(start + QPointF(bend, 0), end - QPointF(bend, 0), end);
    painter.drawPath(path);
    painter.setBrush(color);
    painter.drawEllipse(end, 3.0, 3.0);
    painter.restore();
}

QRectF StepperCanvas::hiddenOutputRect() const
{
    const Layout l = layout();
    const cv::Size grid = m_model->grid().values.size();
    const double middle = gridCellRect(0, 0).top() + grid.height * l.cell / 2;
    return {l.output.x(), middle - l.cell / 2, l.cell, l.cell};
}

void StepperCanvas::paintHiddenOutput(QPainter& painter) const
{
    const gridstyle::Colors colors = this->colors();
    const QRectF cell = hiddenOutputRect();
    gridstyle::paintOutputCell(painter, colors, cell, false, false);
    gridstyle::paintCellText(painter, cell, QStringLiteral("?"),
                             gridstyle::outputCellText(colors, false));
}

void StepperCanvas::paintOutput(QPainter& painter) const
{
    if (m_outputHidden) {
        paintHiddenOutput(painter);
        return;
    }
    const Pair out = m_model->outputSize();
    const bool scatter = m_model->setup().operation == StepOperation::TransposedScatter;
    const cv::Mat& shown = m_wholeOutput ? m_model->finalOutput() : m_model->outputSoFar();
    const StepTrace& step = m_model->step();
    const long long n = m_model->current();
    const bool shaded = !gridstyle::cellIsReadable(cellSize());
    const gridstyle::Colors colors = this->colors();
    const auto [low, high] = gridstyle::finiteRange(m_model->finalOutput());
    for (int r = 0; r < out.rows; ++r)
        for (int c = 0; c < out.cols; ++c) {
            const long long index = static_cast<long long>(r) * out.cols + c;
            const float value = shown.at<float>(r, c);
            // Undefined scores (NaN) are filled cells too: written "—".
            const bool filled = m_wholeOutput || (scatter ? !std::isnan(value) : index <= n);
            const bool current = !m_wholeOutput && !scatter && r == step.outRow && c == step.outCol;
            const QRectF cell = outputCellRect(r, c);
            gridstyle::paintOutputCell(painter, colors, cell, filled, current);
            if (filled && shaded)
                gridstyle::paintValueShade(painter, cell, value, low, high, gridstyle::output());
            if (filled)
                gridstyle::paintCellText(painter, cell, gridstyle::cellText(value),
                                         gridstyle::outputCellText(colors, current));
        }
    if (!m_wholeOutput && !scatter) {
        painter.save();
        painter.setPen(
            QPen(colors.emphasis(gridstyle::output(), 160), std::clamp(cellSize() / 12, 2.0, 4.0)));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(outputCellRect(step.outRow, step.outCol));
        painter.restore();
    }
}

void StepperCanvas::paintLegend(QPainter& painter, const QRectF& area) const
{
    const SteppedGrid& grid = m_model->grid();
    const StepperSetup& setup = m_model->setup();
    const double h = area.height();
    QPointF at = area.topLeft();
    const double spacing = h * 0.9;
    const gridstyle::Colors colors = this->colors();
    QColor inputFill = gridstyle::input();
    inputFill.setAlphaF(0.30f);
    QColor outputFill = gridstyle::output();
    outputFill.setAlphaF(0.32f);
    QColor windowFill = colors.window;
    windowFill.setAlpha(92);
    QColor unreachedFill = gridstyle::unreached();
    unreachedFill.setAlpha(60);

    const auto entry = [&](const QString& text, const QColor& fill, bool hatched,
                           Qt::PenStyle border) {
        at.rx() +=
            gridstyle::paintLegendEntry(painter, colors, at, h, text, fill, hatched, border) +
            spacing;
    };
    entry(setup.operation == StepOperation::TemplateMatch ? tr("image") : tr("input"), inputFill,
          false, Qt::SolidLine);
    if (hasRole(grid.roles, CellRole::Padding))
        entry(setup.isTransposed() ? tr("border") : tr("padding"), colors.padding, true,
              Qt::DashLine);
    if (hasRole(grid.roles, CellRole::InsertedZero))
        entry(tr("inserted zero"), colors.emptyCell, false, Qt::DotLine);
    if (!m_wholeOutput)
        entry(setup.operation == StepOperation::Pooling                   ? tr("window")
              : setup.operation == StepOperation::TransposedZeroInsertion ? tr("flipped kernel")
              : setup.operation == StepOperation::TemplateMatch           ? tr("patch")
                                                                          : tr("kernel"),
              windowFill, false, Qt::SolidLine);
    entry(tr("output"), outputFill, false, Qt::SolidLine);
    if (!gridstyle::cellIsReadable(cellSize()))
        entry(tr("cells too small for their value: darker is larger"),
              gridstyle::input().darker(200), false, Qt::SolidLine);
    if (!grid.unreachedRows.empty() || !grid.unreachedCols.empty())
        entry(tr("never reached: the stride does not divide"), unreachedFill, false, Qt::SolidLine);
}

} // namespace convlab
