// SPDX-License-Identifier: MIT
#pragma once

#include "color/Colormap.h"
#include "compute/ResponseDisplay.h" // colormapImage
#include "ops/TemplateMatch.h"
#include "views/LabelPlacement.h"
#include "views/PixelView.h"

#include <QVector>
#include <opencv2/core.hpp>
#include <vector>

namespace convlab {

// A response map as a heatmap: colormapped cells, values written when zoomed in, undefined
// (NaN) cells hatched, the peaks circled with their (row, col), and the cells that the hovered
// input pixel feeds outlined.
class HeatmapView final : public PixelView {
    Q_OBJECT
  public:
    explicit HeatmapView(QWidget* parent = nullptr);

    void setMap(const cv::Mat& values, Colormap map, ValueRange range);
    // `colored` is `values` already through the colormap (see ResponseDisplay), made off the
    // GUI thread; nothing here passes over the cells.
    void setMap(const cv::Mat& values, const QImage& colored, bool hasUndefined);
    // The same with `display`'s colours; when they redrew only some cells of the image shown
    // (a brush stroke's response), just those are repainted.
    void setMap(const cv::Mat& values, const ResponseDisplay& display, bool hasUndefined);
    const QImage& coloredMap() const { return rendered(); }
    void clearMap();
    const cv::Mat& map() const { return m_values; }
    // Best first; the first one is marked as the best.
    void setPeaks(const std::vector<Peak>& peaks);
    void setHighlightedCells(const QVector<QPoint>& cells); // (x, y) = (col, row)
    // A cell whose value is written "?" (an exercise asks for it); (-1, -1) for none.
    void setHiddenCell(const QPoint& cell); // (x, y) = (col, row)
    // Written in the middle of the view when there is no map (why there is none).
    void setMessage(const QString& message);
    QString message() const { return m_message; }

    // The radius of the peaks' rings, sized to the cells and never larger than the map.
    double peakRadius() const;
    // Where the peaks' (row, col) labels go, none over another or over another's ring; the
    // peaks left out are said in labelNote(), empty when every peak has its label.
    QList<PlacedLabel> peakLabels() const;
    QString labelNote() const;

  protected:
    QString cellText(int row, int col) const override;
    void paintOverlay(QPainter& painter) override;
    void paintEvent(QPaintEvent* event) override;

  private:
    void paintUndefined(QPainter& painter) const;
    QString peakLabel(int index) const;
    QRectF noteBox(const QString& note) const;
    QList<PlacedLabel> placeLabels(const QRectF& bounds) const;

    cv::Mat m_values;
    bool m_hasUndefined = false;
    std::vector<Peak> m_peaks;
    QVector<QRect> m_highlighted; // the highlighted cells merged into rectangles
    QString m_message;
    QPoint m_hiddenCell{-1, -1};
};

} // namespace convlab
