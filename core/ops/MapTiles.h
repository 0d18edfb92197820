// SPDX-License-Identifier: MIT
#pragma once

#include "ops/TemplateMatch.h"

#include <opencv2/core.hpp>
#include <vector>

namespace convlab {

// A response map summarised per tile of 16×16 cells: the best score of each tile (the largest,
// or the smallest for sqdiff methods), how many of its cells are undefined (NaN), and the
// extent of its finite values. One vectorised pass over the map builds it; after a brush
// stroke, only the tiles its changed cells lie in are summarised again. The peak search then
// reads tiles instead of cells, so a two-million-cell map is searched at the cost of its
// changes and of a few tiles.
class MapTiles final {
  public:
    static constexpr int kSide = 16;

    MapTiles(const cv::Mat& map, MatchMethod method);
    // The tiles of `map`, which equals the map `base` summarises outside the `changed` cells
    // (x = column); same size and method.
    MapTiles(const MapTiles& base, const cv::Mat& map, const std::vector<cv::Rect>& changed);

    // findPeaks on the summarised `map`: the same peaks, cell for cell.
    std::vector<Peak> peaks(const cv::Mat& map, cv::Size patchSize, const PeakQuery& query) const;

    int undefinedCells() const;
    // The smallest and largest finite values; low > high when none is finite.
    float finiteLow() const;
    float finiteHigh() const;

  private:
    struct Tile {
        float best;    // the largest key (sign · score) of the tile's defined cells
        int undefined; // NaN cells
        float low, high;
    };
    struct Candidate; // a tile's best cell during the peak search

    // Summarises the tiles [firstTile, lastTile) of tile row `tileRow`.
    void summarise(const cv::Mat& map, int tileRow, int firstTile, int lastTile);
    cv::Rect cellsOf(int tile) const;
    Candidate located(const cv::Mat& map, int tile) const;

    cv::Size m_size;
    float m_sign; // -1 where lower scores are better: the search always looks for the largest key
    int m_across = 0, m_down = 0;
    std::vector<Tile> m_tiles;
};

} // namespace convlab
