// SPDX-License-Identifier: MIT
#pragma once

#include "export/ColorHistogram.h"

#include <QImage>
#include <cstdint>
#include <unordered_map>
#include <vector>

namespace convlab {

// The one palette of a GIF animation (its global colour table) and the mapping of pixels to
// it. An animation with few colours keeps them exactly. Otherwise the colour cloud is cut in
// two, again and again, where the squared error falls most (a variance-minimising median
// cut). No dithering: frames are diagrams with flat areas, where it only adds noise and bytes.
class GifPalette final {
  public:
    // One index stays free: cgif needs it to mark pixels unchanged since the previous frame.
    static constexpr int kMaxColors = 255;

    static GifPalette fromHistogram(const ColorHistogram& histogram);

    const std::vector<QRgb>& colors() const { return m_colors; }
    bool isExact() const { return !m_exactIndex.empty(); }
    // The global colour table as cgif takes it: red, green, blue bytes per entry.
    std::vector<std::uint8_t> rgbBytes() const;

    std::uint8_t indexOf(QRgb color) const;
    // width × height indices, row by row, for an opaque Format_RGB32 frame.
    void indexFrame(const QImage& frame, std::uint8_t* indices) const;

  private:
    std::uint8_t nearest(int red, int green, int blue) const;

    std::vector<QRgb> m_colors;
    std::unordered_map<QRgb, std::uint8_t> m_exactIndex; // when every colour fits
    std::vector<std::uint8_t> m_cellIndex;               // otherwise: per histogram cell
};

} // namespace convlab
