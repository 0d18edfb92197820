// SPDX-License-Identifier: MIT
#pragma once

#include "color/Colormap.h"

#include <QColor>
#include <QFont>
#include <QWidget>

namespace convlab {

// The colour scale of a heatmap: a vertical gradient with its values written beside it (see
// ScaleLabels), and a swatch for undefined cells when the map has any. The exported figures
// paint the very same scale through paintScale().
class ColorBar final : public QWidget {
    Q_OBJECT
  public:
    // What a scale is painted with: the widget's font and palette, or a figure's.
    struct Look {
        QFont font;
        QColor text;
        QColor frame;
        double stroke = 1; // see palette::strokeScale
    };

    explicit ColorBar(QWidget* parent = nullptr);

    void setScale(Colormap map, ValueRange range);
    void setUndefinedCount(int cells);
    ValueRange range() const { return m_range; }
    Colormap colormap() const { return m_map; }
    int undefinedCount() const { return m_undefined; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // Paints a scale in `area` (its full height, from its left edge); scaleWidth() is the
    // width it needs.
    static void paintScale(QPainter& painter, const QRect& area, Colormap map, ValueRange range,
                           int undefinedCells, const Look& look);
    static int scaleWidth(const QFont& font, ValueRange range);

  protected:
    void changeEvent(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

  private:
    Colormap m_map = Colormap::Viridis;
    ValueRange m_range;
    bool m_set = false;
    int m_undefined = 0;
};

} // namespace convlab
