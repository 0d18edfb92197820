// SPDX-License-Identifier: MIT
#include "export/ColorHistogram.h"

#include <algorithm>

namespace convlab {

ColorHistogram::ColorHistogram(int exactLimit)
    : m_exactLimit(static_cast<std::size_t>(std::max(exactLimit, 0))), m_cells(kCellCount)
{
}

void ColorHistogram::add(const QImage& frame)
{
    Q_ASSERT(frame.format() == QImage::Format_RGB32);
    for (int y = 0; y < frame.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(frame.constScanLine(y));
        QRgb previous = 0; // transparent: never equal to an opaque pixel
        for (int x = 0; x < frame.width(); ++x) {
            const QRgb color = line[x] | 0xff000000u;
            Cell& cell = m_cells[static_cast<std::size_t>(cellOf(color))];
            ++cell.count;
            cell.red += static_cast<std::uint64_t>(qRed(color));
            cell.green += static_cast<std::uint64_t>(qGreen(color));
            cell.blue += static_cast<std::uint64_t>(qBlue(color));
            if (color != previous) // runs of one colour are the rule in diagrams
                addExact(color);
            previous = color;
        }
    }
}

void ColorHistogram::addExact(QRgb color)
{
    if (m_exactOverflowed)
        return;
    m_exact.insert(color);
    if (m_exact.size() > m_exactLimit) {
        m_exactOverflowed = true;
        m_exact.clear();
    }
}

std::vector<QRgb> ColorHistogram::exactColors() const
{
    std::vector<QRgb> colors(m_exact.begin(), m_exact.end());
    std::sort(colors.begin(), colors.end());
    return colors;
}

} // namespace convlab
