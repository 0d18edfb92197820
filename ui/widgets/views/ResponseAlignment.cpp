// SPDX-License-Identifier: MIT
#include "views/ResponseAlignment.h"

#include <algorithm>
#include <limits>

namespace convlab {

ResponseAlignment::ResponseAlignment(const ResponseResult& result)
    : m_result(result), m_rows(result.geometry.rows()), m_cols(result.geometry.cols()),
      m_pooled(result.parameters.poolEnabled && result.ok())
{
}

AxisGeometry ResponseAlignment::poolAxis(bool rows) const
{
    const PoolParams& pool = m_result.parameters.pool;
    AxisGeometry axis;
    axis.input = rows ? m_result.outputSize.rows : m_result.outputSize.cols;
    axis.kernel = rows ? pool.size.rows : pool.size.cols;
    axis.stride = rows ? pool.stride.rows : pool.stride.cols;
    axis.padBefore = rows ? pool.padding.top : pool.padding.left;
    axis.padAfter = rows ? pool.padding.bottom : pool.padding.right;
    return axis;
}

Range ResponseAlignment::convCellsOfPooled(bool rows, int pooled) const
{
    const AxisGeometry axis = poolAxis(rows);
    const Range padded = receptiveField(axis, pooled);
    return {std::max(0, padded.begin - axis.padBefore),
            std::min(axis.input, padded.end - axis.padBefore)};
}

std::optional<ResponseAlignment::Field> ResponseAlignment::field(int row, int col,
                                                                 bool prePool) const
{
    if (!m_result.ok())
        return std::nullopt;
    const bool pooled = m_pooled && !prePool;
    const cv::Mat& map = pooled ? m_result.response : m_result.prePool;
    if (row < 0 || col < 0 || row >= map.rows || col >= map.cols)
        return std::nullopt;

    Range convRows{row, row + 1}, convCols{col, col + 1};
    if (pooled) {
        convRows = convCellsOfPooled(true, row);
        convCols = convCellsOfPooled(false, col);
        if (convRows.size() <= 0 || convCols.size() <= 0)
            return std::nullopt;
    }
    const Range firstRows = receptiveField(m_rows, convRows.begin);
    const Range lastRows = receptiveField(m_rows, convRows.end - 1);
    const Range firstCols = receptiveField(m_cols, convCols.begin);
    const Range lastCols = receptiveField(m_cols, convCols.end - 1);

    Field field;
    field.window =
        QRect(QPoint(firstCols.begin - m_cols.padBefore, firstRows.begin - m_rows.padBefore),
              QPoint(lastCols.end - 1 - m_cols.padBefore, lastRows.end - 1 - m_rows.padBefore));
    field.step = QPoint(m_cols.dilation, m_rows.dilation);

    // The window whose taps are drawn: the cell itself, or the maximum under max pooling.
    QPoint shown(convCols.begin, convRows.begin);
    if (pooled) {
        if (m_result.parameters.pool.mode != PoolMode::Max)
            return field; // average pooling reads every window alike: no single patch
        float best = -std::numeric_limits<float>::infinity();
        for (int r = convRows.begin; r < convRows.end; ++r)
            for (int c = convCols.begin; c < convCols.end; ++c)
                if (const float v = m_result.prePool.at<float>(r, c); v > best) {
                    best = v;
                    shown = QPoint(c, r);
                }
    }
    field.convCell = shown;
    field.tapOrigin = QPoint(receptiveField(m_cols, shown.x()).begin - m_cols.padBefore,
                             receptiveField(m_rows, shown.y()).begin - m_rows.padBefore);
    field.taps = QSize(m_cols.kernel, m_rows.kernel);
    return field;
}

QVector<QPoint> ResponseAlignment::cellsFedBy(int row, int col, bool prePool) const
{
    QVector<QPoint> cells;
    if (!m_result.ok() || row < 0 || col < 0 || row >= m_rows.input || col >= m_cols.input)
        return cells;
    const std::vector<int> rows = outputsFedBy(m_rows, row);
    const std::vector<int> cols = outputsFedBy(m_cols, col);
    if (!m_pooled || prePool) {
        for (int r : rows)
            for (int c : cols)
                cells.append(QPoint(c, r));
        return cells;
    }
    // A pooled cell is fed when its pooling window holds a convolution cell that is fed.
    const auto pooledOf = [this](bool axisRows, const std::vector<int>& conv) {
        std::vector<int> out;
        const AxisGeometry axis = poolAxis(axisRows);
        for (int cell : conv)
            for (int p : outputsFedBy(axis, cell))
                out.push_back(p);
        std::sort(out.begin(), out.end());
        out.erase(std::unique(out.begin(), out.end()), out.end());
        return out;
    };
    for (int r : pooledOf(true, rows))
        for (int c : pooledOf(false, cols))
            cells.append(QPoint(c, r));
    return cells;
}

QRectF ResponseAlignment::overlayCells(bool prePool) const
{
    if (!m_result.ok())
        return {};
    const bool pooled = m_pooled && !prePool;
    const auto axisSpan = [&](const AxisGeometry& conv, bool rows, int cells) {
        // Centre of conv cell i on the input: i·s − p + (d(k−1))/2 + ½ (cell centres at +½).
        const double half = (dilatedKernelSize(conv.kernel, conv.dilation) - 1) / 2.0 + 0.5;
        double first = -conv.padBefore + half;
        double footprint = conv.stride;
        if (pooled) {
            const AxisGeometry pool = poolAxis(rows);
            first += (-pool.padBefore + (pool.kernel - 1) / 2.0) * conv.stride;
            footprint *= pool.stride;
        }
        return std::pair{first - footprint / 2, footprint * cells};
    };
    const cv::Mat& map = pooled ? m_result.response : m_result.prePool;
    const auto [top, height] = axisSpan(m_rows, true, map.rows);
    const auto [left, width] = axisSpan(m_cols, false, map.cols);
    return {left, top, width, height};
}

QMargins ResponseAlignment::padding() const
{
    return {m_cols.padBefore, m_rows.padBefore, m_cols.padAfter, m_rows.padAfter};
}

QVector<PeakMarker> ResponseAlignment::peakMarkers() const
{
    QVector<PeakMarker> markers;
    for (std::size_t i = 0; i < m_result.peaks.size(); ++i) {
        const Peak& peak = m_result.peaks[i];
        markers.append({QRectF(peak.rect.x, peak.rect.y, peak.rect.width, peak.rect.height),
                        QStringLiteral("(%1, %2)").arg(peak.row).arg(peak.col), i == 0});
    }
    return markers;
}

void showOnInput(ImageCanvas& input, const ResponseResult& result, const QImage& colored)
{
    const ResponseAlignment alignment(result);
    input.setPeakMarkers(alignment.peakMarkers());
    input.setPaddingMargins(alignment.padding());
    if (result.ok())
        input.setResponseOverlay(colored, alignment.overlayCells());
    else
        input.setResponseOverlay(QImage(), QRectF());
}

} // namespace convlab
