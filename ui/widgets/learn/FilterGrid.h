// SPDX-License-Identifier: MIT
#pragma once

#include <QImage>
#include <QWidget>
#include <opencv2/core.hpp>
#include <vector>

namespace convlab {

// Small kernels as a grid of heatmaps in the diverging colormap centred on 0 (blue negative,
// white 0, red positive; core's Colormap::Diverging, as the response view draws it), all on one
// range, ±max |w| of the grid, so that strong and weak filters compare. Rows and columns are
// numbered from 1 (a CNN's filters and channels, as the lecture counts them). Clicking a cell
// says which; hovering outlines it.
class FilterGrid final : public QWidget {
    Q_OBJECT
  public:
    explicit FilterGrid(QWidget* parent = nullptr);

    // Single-channel float kernels, row after row, `columns` to a row.
    void setCells(const std::vector<cv::Mat>& cells, int columns);
    // The largest cell edge, in pixels (grids of many cells stay small).
    void setMaximumCellSize(int pixels);

    int count() const { return static_cast<int>(m_cells.size()); }
    int columns() const { return m_columns; }
    const cv::Mat& cell(int index) const { return m_cells.at(static_cast<std::size_t>(index)); }
    double range() const { return m_range; } // the colours span [-range, range]
    // Where cell `index` is drawn, in widget coordinates.
    QRect cellRect(int index) const;
    int cellAt(const QPoint& position) const; // -1 outside every cell

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

  signals:
    void cellClicked(int index);

  protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;

  private:
    int rows() const;
    int margin() const; // room for the numbers along the top and the left
    int cellSize(int width) const;
    int gap() const;

    std::vector<cv::Mat> m_cells;
    std::vector<QImage> m_images;
    int m_columns = 1;
    double m_range = 1;
    int m_maxCell = 48;
    int m_hovered = -1;
};

} // namespace convlab
