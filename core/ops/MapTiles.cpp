// SPDX-License-Identifier: MIT
#include "ops/MapTiles.h"

#include "Error.h"
#include "engine/RowKernels.h"
#include "engine/Stripes.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace convlab {
namespace {

constexpr float kInf = std::numeric_limits<float>::infinity();

std::string sizeText(cv::Size size)
{
    return std::to_string(size.height) + "x" + std::to_string(size.width);
}

} // namespace

struct MapTiles::Candidate {
    float key = 0;
    int index = -1;   // row-major position in the map; -1 while not looked for
    bool any = false; // whether the tile still holds a candidate
};

MapTiles::MapTiles(const cv::Mat& map, MatchMethod method)
    : m_size(map.size()), m_sign(lowerIsBetter(method) ? -1.f : 1.f),
      m_across((map.cols + kSide - 1) / kSide), m_down((map.rows + kSide - 1) / kSide),
      m_tiles(static_cast<std::size_t>(m_across) * static_cast<std::size_t>(m_down))
{
    require(map.empty() || map.type() == CV_32FC1,
            "response map is " + cv::typeToString(map.type()) + "; expected CV_32FC1");
    cv::parallel_for_(
        cv::Range(0, m_down),
        [&](const cv::Range& tileRows) {
            for (int t = tileRows.start; t < tileRows.end; ++t)
                summarise(map, t, 0, m_across);
        },
        engine::stripeCount(m_down));
}

MapTiles::MapTiles(const MapTiles& base, const cv::Mat& map, const std::vector<cv::Rect>& changed)
    : MapTiles(base)
{
    require(map.size() == m_size && (map.empty() || map.type() == CV_32FC1),
            "the updated map is " + sizeText(map.size()) + " " + cv::typeToString(map.type()) +
                "; its tiles were made for a " + sizeText(m_size) + " CV_32FC1 map");
    for (const cv::Rect& cells : changed) {
        const cv::Rect inside = cells & cv::Rect(cv::Point(), m_size);
        if (inside.empty())
            continue;
        const int firstTile = inside.x / kSide;
        const int lastTile = (inside.x + inside.width - 1) / kSide + 1;
        for (int t = inside.y / kSide; t <= (inside.y + inside.height - 1) / kSide; ++t)
            summarise(map, t, firstTile, lastTile);
    }
}

void MapTiles::summarise(const cv::Mat& map, int tileRow, int firstTile, int lastTile)
{
    const int firstCol = firstTile * kSide;
    const int width = std::min(lastTile * kSide, m_size.width) - firstCol;
    const int firstRow = tileRow * kSide;
    const int lastRow = std::min(firstRow + kSide, m_size.height);
    const auto length = static_cast<std::size_t>(width);
    std::vector<float> best(length, -kInf), low(length, kInf), high(length, -kInf);
    std::vector<int> undefined(length, 0);
    const engine::ColumnSummary columns{best.data(), undefined.data(), low.data(), high.data()};
    for (int r = firstRow; r < lastRow; ++r)
        engine::summariseRow(map.ptr<float>(r) + firstCol, width, m_sign, columns);

    for (int t = firstTile; t < lastTile; ++t) {
        Tile tile{-kInf, 0, kInf, -kInf};
        const int begin = (t - firstTile) * kSide;
        for (int c = begin; c < std::min(begin + kSide, width); ++c) {
            const auto i = static_cast<std::size_t>(c);
            tile.best = std::max(tile.best, best[i]);
            tile.undefined += undefined[i];
            tile.low = std::min(tile.low, low[i]);
            tile.high = std::max(tile.high, high[i]);
        }
        m_tiles[static_cast<std::size_t>(tileRow * m_across + t)] = tile;
    }
}

cv::Rect MapTiles::cellsOf(int tile) const
{
    const cv::Rect square((tile % m_across) * kSide, (tile / m_across) * kSide, kSide, kSide);
    return square & cv::Rect(cv::Point(), m_size);
}

// The first cell, in row-major order, holding the tile's best key: the tile's candidate as
// long as no peak suppresses any of its cells.
MapTiles::Candidate MapTiles::located(const cv::Mat& map, int tile) const
{
    const Tile& summary = m_tiles[static_cast<std::size_t>(tile)];
    const cv::Rect cells = cellsOf(tile);
    for (int r = cells.y; r < cells.y + cells.height; ++r) {
        const float* row = map.ptr<float>(r);
        for (int c = cells.x; c < cells.x + cells.width; ++c)
            if (m_sign * row[c] == summary.best)
                return {summary.best, r * m_size.width + c, true};
    }
    return {}; // only NaN cells
}

std::vector<Peak> MapTiles::peaks(const cv::Mat& map, cv::Size patchSize,
                                  const PeakQuery& query) const
{
    require(map.size() == m_size && (map.empty() || map.type() == CV_32FC1),
            "peaks asked of a " + sizeText(map.size()) + " map whose tiles summarise a " +
                sizeText(m_size) + " one");
    const float thresholdKey = m_sign * query.threshold;
    const auto passes = [&](float key) { return !query.useThreshold || key >= thresholdKey; };

    std::vector<Candidate> candidates(m_tiles.size());
    for (std::size_t t = 0; t < m_tiles.size(); ++t) {
        const Tile& summary = m_tiles[t];
        const bool defined = summary.undefined < cellsOf(static_cast<int>(t)).area();
        candidates[t] = {summary.best, -1, defined && passes(summary.best)};
    }
    const auto indexOf = [&](int t) {
        Candidate& candidate = candidates[static_cast<std::size_t>(t)];
        if (candidate.index < 0)
            candidate.index = located(map, t).index;
        return candidate.index;
    };

    std::vector<Peak> peaks;
    const int d = query.minDistance;
    const auto suppressed = [&](int row, int col) {
        return std::any_of(peaks.begin(), peaks.end(), [&](const Peak& kept) {
            return std::max(std::abs(kept.row - row), std::abs(kept.col - col)) <= d;
        });
    };
    // The best cell of a tile no kept peak suppresses, looked for among all its cells.
    const auto searched = [&](int tile) {
        Candidate best;
        const cv::Rect cells = cellsOf(tile);
        for (int r = cells.y; r < cells.y + cells.height; ++r) {
            const float* row = map.ptr<float>(r);
            for (int c = cells.x; c < cells.x + cells.width; ++c) {
                const float key = m_sign * row[c];
                if (std::isnan(key) || !passes(key) || (best.any && !(key > best.key)) ||
                    suppressed(r, c))
                    continue;
                best = {key, r * m_size.width + c, true};
            }
        }
        return best;
    };

    while (static_cast<int>(peaks.size()) < query.topK) {
        // Best first, then the first in row-major order on ties, as numpy's argmax.
        int chosen = -1;
        for (int t = 0; t < static_cast<int>(candidates.size()); ++t) {
            const Candidate& c = candidates[static_cast<std::size_t>(t)];
            if (!c.any)
                continue;
            const Candidate* best =
                chosen < 0 ? nullptr : &candidates[static_cast<std::size_t>(chosen)];
            if (!best || c.key > best->key || (c.key == best->key && indexOf(t) < indexOf(chosen)))
                chosen = t;
        }
        if (chosen < 0)
            break;
        const int index = indexOf(chosen);
        const int row = index / m_size.width, col = index % m_size.width;
        peaks.push_back({row, col, map.at<float>(row, col),
                         cv::Rect(col, row, patchSize.width, patchSize.height)});
        // Tiles whose candidate the new peak suppresses look again among their other cells.
        const cv::Rect square =
            cv::Rect(col - d, row - d, 2 * d + 1, 2 * d + 1) & cv::Rect(cv::Point(), m_size);
        for (int tr = square.y / kSide; tr <= (square.y + square.height - 1) / kSide; ++tr)
            for (int tc = square.x / kSide; tc <= (square.x + square.width - 1) / kSide; ++tc) {
                const int t = tr * m_across + tc;
                if (!candidates[static_cast<std::size_t>(t)].any)
                    continue;
                const int held = indexOf(t);
                if (suppressed(held / m_size.width, held % m_size.width))
                    candidates[static_cast<std::size_t>(t)] = searched(t);
            }
    }
    return peaks;
}

int MapTiles::undefinedCells() const
{
    int count = 0;
    for (const Tile& tile : m_tiles)
        count += tile.undefined;
    return count;
}

float MapTiles::finiteLow() const
{
    float low = kInf;
    for (const Tile& tile : m_tiles)
        low = std::min(low, tile.low);
    return low;
}

float MapTiles::finiteHigh() const
{
    float high = -kInf;
    for (const Tile& tile : m_tiles)
        high = std::max(high, tile.high);
    return high;
}

} // namespace convlab
