// SPDX-License-Identifier: MIT
#pragma once

#include "color/Colormap.h"

#include <QWidget>

namespace convlab {

// The colour scale of a heatmap: a vertical gradient with its values written beside it, and
// a swatch for undefined cells when the map has any.
class ColorBar final : public QWidget {
    Q_OBJECT
  public:
    explicit ColorBar(QWidget* parent = nullptr);

    void setScale(Colormap map, ValueRange range);
    void setUndefinedCount(int cells);
    ValueRange range() const { return m_range; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

  protected:
    void paintEvent(QPaintEvent* event) override;

  private:
    QImage m_gradient;
    Colormap m_map = Colormap::Viridis;
    ValueRange m_range;
    int m_undefined = 0;
};

} // namespace convlab
