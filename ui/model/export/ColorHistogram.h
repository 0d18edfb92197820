// SPDX-License-Identifier: MIT
#pragma once

#include <QImage>
#include <cstdint>
#include <unordered_set>
#include <vector>

namespace convlab {

// The colours of every frame of an animation, gathered before its one GIF palette is chosen:
// the exact colours while there are at most `exactLimit` of them (diagrams usually have few),
// and always the pixel counts on a 5-bit-per-channel grid, with each cell's mean colour.
class ColorHistogram final {
  public:
    static constexpr int kBits = 5;
    static constexpr int kCellCount = 1 << (3 * kBits);

    struct Cell {
        std::uint64_t count = 0;
        std::uint64_t red = 0; // sums of the pixels' channels, for the cell's mean colour
        std::uint64_t green = 0;
        std::uint64_t blue = 0;
    };

    explicit ColorHistogram(int exactLimit);

    // Counts the pixels of an opaque Format_RGB32 frame.
    void add(const QImage& frame);

    bool hasExactColors() const { return !m_exactOverflowed; }
    // Every distinct colour seen, sorted; only meaningful while hasExactColors().
    std::vector<QRgb> exactColors() const;
    const std::vector<Cell>& cells() const { return m_cells; }

    static int cellOf(QRgb color)
    {
        constexpr int drop = 8 - kBits;
        return ((qRed(color) >> drop) << (2 * kBits)) | ((qGreen(color) >> drop) << kBits) |
               (qBlue(color) >> drop);
    }

  private:
    void addExact(QRgb color);

    std::size_t m_exactLimit;
    std::unordered_set<QRgb> m_exact;
    bool m_exactOverflowed = false;
    std::vector<Cell> m_cells;
};

} // namespace convlab
