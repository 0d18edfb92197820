// SPDX-License-Identifier: MIT
#pragma once

#include <QPoint>
#include <QRect>
#include <map>
#include <opencv2/core.hpp>
#include <utility>

namespace convlab {

// The before/after pixels of the tiles a stroke touched, so an undo step of a stroke costs
// memory in proportion to what it painted, never a copy of the whole image per mouse move.
class PixelDelta final {
  public:
    static constexpr int kTile = 64;

    // Records the tiles of `dirty` from `before` and `after` (same size, single channel).
    PixelDelta(const cv::Mat& before, const cv::Mat& after, const QRect& dirty);

    // A later part of the same stroke: keeps this delta's "before" of the tiles both touched
    // (the state before the whole stroke) and takes `later`'s "after".
    void absorb(const PixelDelta& later);

    void applyBefore(cv::Mat& target) const;
    void applyAfter(cv::Mat& target) const;
    // The image cells covered by the recorded tiles.
    QRect bounds() const;
    // The cells that can differ between before and after: the dirty rectangles' bounding box,
    // usually much smaller than the tiles (what a live view has to redraw or recompute).
    QRect changed() const { return m_changed; }
    bool changesNothing() const;
    cv::Size layerSize() const { return m_size; }

  private:
    struct Tile {
        cv::Mat before;
        cv::Mat after;
    };
    cv::Rect tileRect(std::pair<int, int> key) const;
    void apply(cv::Mat& target, bool after) const;

    cv::Size m_size;
    QRect m_changed;
    std::map<std::pair<int, int>, Tile> m_tiles; // (tile row, tile col)
};

} // namespace convlab
