// SPDX-License-Identifier: MIT
#pragma once

#include "color/Colormap.h"
#include "views/PixelView.h"

#include <QRect>
#include <opencv2/core.hpp>

namespace convlab {

// One map of the "Back to pixels" page (a gradient, a projection, the digit): colormapped
// cells, their values on hover and zoom as every PixelView, and optionally a rectangle of cells
// outlined (a unit's receptive field, or the unit itself).
class PixelMapView final : public PixelView {
    Q_OBJECT
  public:
    explicit PixelMapView(QWidget* parent = nullptr);

    void setMap(const cv::Mat& values, Colormap map, ValueRange range);
    void clear();
    void setOutline(const QRect& cells); // (x, y) = (col, row); empty: none
    const cv::Mat& map() const { return m_values; }
    QRect outline() const { return m_outline; }

  protected:
    QString cellText(int row, int col) const override;
    void paintOverlay(QPainter& painter) override;

  private:
    cv::Mat m_values;
    QRect m_outline;
};

} // namespace convlab
