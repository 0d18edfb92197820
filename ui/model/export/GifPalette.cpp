// SPDX-License-Identifier: MIT
#include "export/GifPalette.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace convlab {

namespace {

// A histogram cell as a weighted point: its pixel count and mean colour.
struct WeightedColor {
    double weight;
    std::array<double, 3> rgb;
};

// Running sums over weighted colours, enough for the mean and the squared error.
struct ColorSums {
    double weight = 0;
    std::array<double, 3> sum{};
    std::array<double, 3> sumOfSquares{};

    void add(const WeightedColor& color)
    {
        weight += color.weight;
        for (int c = 0; c < 3; ++c) {
            sum[c] += color.weight * color.rgb[c];
            sumOfSquares[c] += color.weight * color.rgb[c] * color.rgb[c];
        }
    }
    double variance(int channel) const // times the weight: the channel's squared error
    {
        return weight > 0 ? sumOfSquares[channel] - sum[channel] * sum[channel] / weight : 0;
    }
    double squaredError() const { return variance(0) + variance(1) + variance(2); }
    QRgb mean() const
    {
        const auto channel = [&](int c) {
            return std::clamp(static_cast<int>(std::lround(sum[c] / weight)), 0, 255);
        };
        return qRgb(channel(0), channel(1), channel(2));
    }
};

// Points [begin, end) of the cloud, with their sums.
struct Box {
    std::size_t begin;
    std::size_t end;
    ColorSums sums;
};

ColorSums sumsOf(const std::vector<WeightedColor>& points, std::size_t begin, std::size_t end)
{
    ColorSums sums;
    for (std::size_t i = begin; i < end; ++i)
        sums.add(points[i]);
    return sums;
}

// Splits `box` along its widest channel at the cut that leaves the least squared error in the
// two halves; false if all its points share that channel's value.
bool split(std::vector<WeightedColor>& points, const Box& box, Box* low, Box* high)
{
    int axis = 0;
    for (int c = 1; c < 3; ++c)
        if (box.sums.variance(c) > box.sums.variance(axis))
            axis = c;
    const auto first = points.begin() + static_cast<std::ptrdiff_t>(box.begin);
    const auto last = points.begin() + static_cast<std::ptrdiff_t>(box.end);
    std::sort(first, last, [axis](const WeightedColor& a, const WeightedColor& b) {
        return a.rgb[axis] < b.rgb[axis];
    });

    ColorSums below;
    double bestError = std::numeric_limits<double>::infinity();
    std::size_t bestCut = box.begin;
    for (std::size_t i = box.begin; i + 1 < box.end; ++i) {
        below.add(points[i]);
        if (points[i].rgb[axis] == points[i + 1].rgb[axis])
            continue; // cut only between different values
        ColorSums above;
        above.weight = box.sums.weight - below.weight;
        for (int c = 0; c < 3; ++c) {
            above.sum[c] = box.sums.sum[c] - below.sum[c];
            above.sumOfSquares[c] = box.sums.sumOfSquares[c] - below.sumOfSquares[c];
        }
        const double error = below.squaredError() + above.squaredError();
        if (error < bestError) {
            bestError = error;
            bestCut = i + 1;
        }
    }
    if (bestCut == box.begin)
        return false;
    *low = {box.begin, bestCut, sumsOf(points, box.begin, bestCut)};
    *high = {bestCut, box.end, sumsOf(points, bestCut, box.end)};
    return true;
}

std::vector<QRgb> reducedColors(const ColorHistogram& histogram)
{
    std::vector<WeightedColor> points;
    for (const ColorHistogram::Cell& cell : histogram.cells()) {
        if (cell.count == 0)
            continue;
        const double n = static_cast<double>(cell.count);
        points.push_back({n,
                          {static_cast<double>(cell.red) / n, static_cast<double>(cell.green) / n,
                           static_cast<double>(cell.blue) / n}});
    }
    std::vector<Box> boxes{{0, points.size(), sumsOf(points, 0, points.size())}};
    std::vector<Box> unsplittable;
    while (boxes.size() + unsplittable.size() < GifPalette::kMaxColors && !boxes.empty()) {
        const auto worst =
            std::max_element(boxes.begin(), boxes.end(), [](const Box& a, const Box& b) {
                return a.sums.squaredError() < b.sums.squaredError();
            });
        const Box box = *worst;
        boxes.erase(worst);
        Box low{};
        Box high{};
        if (box.sums.squaredError() > 0 && split(points, box, &low, &high)) {
            boxes.push_back(low);
            boxes.push_back(high);
        } else {
            unsplittable.push_back(box);
        }
    }
    std::vector<QRgb> colors;
    for (const std::vector<Box>* group : {&boxes, &unsplittable})
        for (const Box& box : *group)
            colors.push_back(box.sums.mean());
    std::sort(colors.begin(), colors.end());
    colors.erase(std::unique(colors.begin(), colors.end()), colors.end());
    return colors;
}

int squaredDistance(QRgb color, int red, int green, int blue)
{
    const int dr = qRed(color) - red;
    const int dg = qGreen(color) - green;
    const int db = qBlue(color) - blue;
    return dr * dr + dg * dg + db * db;
}

} // namespace

GifPalette GifPalette::fromHistogram(const ColorHistogram& histogram)
{
    GifPalette palette;
    if (histogram.hasExactColors()) {
        palette.m_colors = histogram.exactColors();
        for (std::size_t i = 0; i < palette.m_colors.size(); ++i)
            palette.m_exactIndex.emplace(palette.m_colors[i], static_cast<std::uint8_t>(i));
        if (!palette.m_colors.empty())
            return palette;
    }
    palette.m_colors = reducedColors(histogram);
    if (palette.m_colors.empty())
        palette.m_colors.push_back(qRgb(255, 255, 255)); // no pixel seen: any one colour will do
    // Each cell goes to the entry nearest its mean colour (its centre when no pixel fell in it).
    constexpr int drop = 8 - ColorHistogram::kBits;
    constexpr int centre = (1 << drop) / 2;
    palette.m_cellIndex.resize(ColorHistogram::kCellCount);
    const std::vector<ColorHistogram::Cell>& cells = histogram.cells();
    for (int index = 0; index < ColorHistogram::kCellCount; ++index) {
        const ColorHistogram::Cell& cell = cells[static_cast<std::size_t>(index)];
        constexpr int mask = (1 << ColorHistogram::kBits) - 1;
        int red = (((index >> (2 * ColorHistogram::kBits)) & mask) << drop) + centre;
        int green = (((index >> ColorHistogram::kBits) & mask) << drop) + centre;
        int blue = ((index & mask) << drop) + centre;
        if (cell.count > 0) {
            const auto mean = [&](std::uint64_t sum) {
                return static_cast<int>((sum + cell.count / 2) / cell.count);
            };
            red = mean(cell.red);
            green = mean(cell.green);
            blue = mean(cell.blue);
        }
        palette.m_cellIndex[static_cast<std::size_t>(index)] = palette.nearest(red, green, blue);
    }
    return palette;
}

std::vector<std::uint8_t> GifPalette::rgbBytes() const
{
    std::vector<std::uint8_t> bytes;
    bytes.reserve(3 * m_colors.size());
    for (const QRgb color : m_colors) {
        bytes.push_back(static_cast<std::uint8_t>(qRed(color)));
        bytes.push_back(static_cast<std::uint8_t>(qGreen(color)));
        bytes.push_back(static_cast<std::uint8_t>(qBlue(color)));
    }
    return bytes;
}

std::uint8_t GifPalette::indexOf(QRgb color) const
{
    color |= 0xff000000u;
    if (m_exactIndex.empty())
        return m_cellIndex[static_cast<std::size_t>(ColorHistogram::cellOf(color))];
    const auto found = m_exactIndex.find(color);
    if (found != m_exactIndex.end())
        return found->second;
    // A colour the histogram never saw (a source that draws differently the second time).
    return nearest(qRed(color), qGreen(color), qBlue(color));
}

void GifPalette::indexFrame(const QImage& frame, std::uint8_t* indices) const
{
    Q_ASSERT(frame.format() == QImage::Format_RGB32);
    for (int y = 0; y < frame.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(frame.constScanLine(y));
        QRgb previous = 0; // transparent: never equal to an opaque pixel
        std::uint8_t index = 0;
        for (int x = 0; x < frame.width(); ++x) {
            if (line[x] != previous) {
                previous = line[x];
                index = indexOf(previous);
            }
            *indices++ = index;
        }
    }
}

std::uint8_t GifPalette::nearest(int red, int green, int blue) const
{
    std::size_t best = 0;
    int bestDistance = std::numeric_limits<int>::max();
    for (std::size_t i = 0; i < m_colors.size(); ++i) {
        const int distance = squaredDistance(m_colors[i], red, green, blue);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = i;
        }
    }
    return static_cast<std::uint8_t>(best);
}

} // namespace convlab
