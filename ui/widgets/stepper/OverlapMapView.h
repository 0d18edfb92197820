// SPDX-License-Identifier: MIT
#pragma once

#include "color/Colormap.h"
#include "views/PixelView.h"

#include <opencv2/core.hpp>

namespace convlab {

// A map of the Checkerboard page (overlap counts, a constant input's output): colormapped
// cells, their values written where they fit, and a dashed frame around the interior, the
// cells away from the borders where the periodic pattern shows alone.
class OverlapMapView final : public PixelView {
    Q_OBJECT
  public:
    explicit OverlapMapView(QWidget* parent = nullptr);

    void setMap(const cv::Mat& values, Colormap map, ValueRange range, const cv::Rect& interior);
    const cv::Mat& map() const { return m_values; }
    cv::Rect interior() const { return m_interior; }
    // Whether the cells are large enough for every value, and the text written in a cell.
    bool numbersFit() const;
    QString numberAt(int row, int col) const;

  protected:
    QString cellText(int row, int col) const override;
    void paintOverlay(QPainter& painter) override;

  private:
    QFont numberFont() const;

    cv::Mat m_values;
    cv::Rect m_interior;
};

} // namespace convlab
