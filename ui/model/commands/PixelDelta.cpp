// SPDX-License-Identifier: MIT
#include "commands/PixelDelta.h"

#include <algorithm>

namespace convlab {

PixelDelta::PixelDelta(const cv::Mat& before, const cv::Mat& after, const QRect& dirty)
    : m_size(before.size())
{
    CV_Assert(before.size() == after.size() && before.type() == after.type());
    const QRect area = dirty.intersected(QRect(0, 0, m_size.width, m_size.height));
    if (area.isEmpty())
        return;
    m_changed = area;
    for (int tr = area.top() / kTile; tr <= area.bottom() / kTile; ++tr)
        for (int tc = area.left() / kTile; tc <= area.right() / kTile; ++tc) {
            const cv::Rect rect = tileRect({tr, tc});
            m_tiles.emplace(std::pair{tr, tc}, Tile{before(rect).clone(), after(rect).clone()});
        }
}

cv::Rect PixelDelta::tileRect(std::pair<int, int> key) const
{
    const int x = key.second * kTile, y = key.first * kTile;
    return {x, y, std::min(kTile, m_size.width - x), std::min(kTile, m_size.height - y)};
}

void PixelDelta::absorb(const PixelDelta& later)
{
    CV_Assert(later.m_size == m_size);
    m_changed |= later.m_changed;
    for (const auto& [key, tile] : later.m_tiles) {
        auto it = m_tiles.find(key);
        if (it == m_tiles.end())
            m_tiles.emplace(key, tile);
        else
            it->second.after = tile.after;
    }
}

void PixelDelta::apply(cv::Mat& target, bool after) const
{
    CV_Assert(target.size() == m_size);
    for (const auto& [key, tile] : m_tiles)
        (after ? tile.after : tile.before).copyTo(target(tileRect(key)));
}

void PixelDelta::applyBefore(cv::Mat& target) const
{
    apply(target, false);
}

void PixelDelta::applyAfter(cv::Mat& target) const
{
    apply(target, true);
}

QRect PixelDelta::bounds() const
{
    QRect united;
    for (const auto& entry : m_tiles) {
        const cv::Rect r = tileRect(entry.first);
        united = united.united(QRect(r.x, r.y, r.width, r.height));
    }
    return united;
}

bool PixelDelta::changesNothing() const
{
    return std::all_of(m_tiles.begin(), m_tiles.end(), [](const auto& entry) {
        const Tile& tile = entry.second;
        // Bitwise, so NaN-free float layers compare exactly and -0/+0 count as a change.
        return std::equal(tile.before.datastart, tile.before.dataend, tile.after.datastart) &&
               tile.before.isContinuous() && tile.after.isContinuous();
    });
}

} // namespace convlab
