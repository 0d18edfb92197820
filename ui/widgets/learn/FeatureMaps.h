// SPDX-License-Identifier: MIT
#pragma once

#include "learn/ShapeTable.h"

#include <QImage>
#include <QWidget>
#include <opencv2/core.hpp>
#include <optional>
#include <vector>

namespace convlab {

// What each layer makes of one digit: the digit as the network reads it (20×20), then every
// conv layer's maps (before the ReLU, diverging colours centred on 0) and every pooling's (after
// the ReLU, so ≥ 0, in magma), each block titled with the layer, its maps' size and the
// receptive field of one of its units. Hovering a unit outlines the pixels of the input it sees:
// its receptive field, which grows layer by layer.
class FeatureMaps final : public QWidget {
    Q_OBJECT
  public:
    explicit FeatureMaps(QWidget* parent = nullptr);

    // `activations` as Network::activations gives them for `input` (one per row of `shapes`).
    void setMaps(const ShapeTable& shapes, const cv::Mat& input,
                 const std::vector<cv::Mat>& activations);
    void clear();

    // The layers drawn (rows of the shape table), and the channel `c` of layer `i`'s map.
    const std::vector<int>& shownLayers() const { return m_shown; }
    cv::Mat map(int layer, int channel) const;
    // The unit under the mouse: its layer (row of the table), channel, row and column.
    struct Unit {
        int layer = -1;
        int channel = 0;
        int row = 0;
        int col = 0;
    };
    std::optional<Unit> unitAt(const QPoint& position) const;
    // The input pixels a unit sees (x = col, y = row), clipped to the input.
    QRect receptiveField(const Unit& unit) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

  protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void changeEvent(QEvent* event) override;

  private:
    struct Block {
        int layer = -1; // row of the table; -1: the input
        QRect title;
        std::vector<QRect> cells;
    };
    std::vector<Block> layout(int width) const;
    QString title(int layer) const;
    int cellSize(int width) const;

    std::optional<ShapeTable> m_shapes;
    cv::Mat m_input;
    QImage m_inputImage;
    std::vector<cv::Mat> m_activations;
    std::vector<int> m_shown;
    std::vector<std::vector<QImage>> m_images; // per shown layer, per channel
    std::optional<Unit> m_hovered;
};

} // namespace convlab
