// SPDX-License-Identifier: MIT
#include "compute/ResponseDisplay.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <utility>

namespace convlab {

namespace {

const cv::Vec3b kUndefinedBgr{205, 205, 205};

} // namespace

QImage colormapImage(const cv::Mat& values, Colormap map, ValueRange range)
{
    const cv::Mat bgr = applyColormap(values, map, range, kUndefinedBgr);
    QImage image(bgr.cols, bgr.rows, QImage::Format_RGB32);
    for (int r = 0; r < bgr.rows; ++r) {
        const auto* src = bgr.ptr<cv::Vec3b>(r);
        auto* dst = reinterpret_cast<QRgb*>(image.scanLine(r));
        for (int c = 0; c < bgr.cols; ++c)
            dst[c] = qRgb(src[c][2], src[c][1], src[c][0]);
    }
    return image;
}

ResponseDisplay ResponseDisplay::prepare(const cv::Mat& map, const ViewSettings& view,
                                         const MapTiles* tiles, const ResponseDisplay* previous,
                                         const std::vector<cv::Rect>& changed)
{
    ResponseDisplay display;
    display.prepared = true;
    const auto extent = [&](const MapTiles& summary) {
        return std::pair{summary.finiteLow(), summary.finiteHigh()};
    };
    // The method only orders peaks; the extent does not depend on it.
    const auto [low, high] = tiles ? extent(*tiles) : extent(MapTiles(map, MatchMethod::CCorr));
    display.anyFinite = low <= high;
    display.finiteLow = display.anyFinite ? low : 0.f;
    display.finiteHigh = display.anyFinite ? high : 0.f;
    display.colormap = view.colormap;
    display.range = display.rangeFor(view);
    // A fixed range typed upside down is the view's to explain; it is not drawn here.
    const bool drawable = std::isfinite(display.range.low) && std::isfinite(display.range.high) &&
                          display.range.low < display.range.high;
    if (map.empty() || !drawable)
        return display;
    const bool reusable = previous && previous->matches(display.colormap, display.range) &&
                          previous->colored.size() == QSize(map.cols, map.rows);
    if (!reusable) {
        display.colored = colormapImage(map, display.colormap, display.range);
        return display;
    }
    // Same colours for the same values: only the changed cells are drawn again (the first
    // write detaches the image from the one on screen).
    display.colored = previous->colored;
    display.redrawnFrom = previous->colored.cacheKey();
    display.redrawnCells = changed;
    for (const cv::Rect& cells : changed) {
        const QImage part = colormapImage(map(cells), display.colormap, display.range);
        for (int r = 0; r < cells.height; ++r)
            std::memcpy(display.colored.scanLine(cells.y + r) + cells.x * sizeof(QRgb),
                        part.constScanLine(r), cells.width * sizeof(QRgb));
    }
    return display;
}

SideMapDisplay SideMapDisplay::prepare(const cv::Mat& map, MatchMethod method, cv::Size patchSize,
                                       Colormap colormap, const SideMapDisplay* previous,
                                       const std::vector<cv::Rect>& changed)
{
    SideMapDisplay side;
    side.tiles = previous && previous->tiles
                     ? std::make_shared<const MapTiles>(*previous->tiles, map, changed)
                     : std::make_shared<const MapTiles>(map, method);
    ViewSettings view;
    view.colormap = colormap;
    view.autoRange = true;
    side.display = ResponseDisplay::prepare(map, view, side.tiles.get(),
                                            previous ? &previous->display : nullptr, changed);
    side.peaks = findPeaks(map, *side.tiles, patchSize, {});
    side.undefinedCells = side.tiles->undefinedCells();
    return side;
}

SideMapDisplay SideMapDisplay::sharing(const ResponseDisplay& display,
                                       std::shared_ptr<const MapTiles> tiles, const cv::Mat& map,
                                       cv::Size patchSize)
{
    SideMapDisplay side;
    side.display = display;
    side.peaks = findPeaks(map, *tiles, patchSize, {});
    side.undefinedCells = tiles->undefinedCells();
    side.tiles = std::move(tiles);
    return side;
}

ValueRange SideMapDisplay::rangeFor(Colormap colormap) const
{
    ViewSettings view;
    view.colormap = colormap;
    view.autoRange = true;
    return display.rangeFor(view);
}

ValueRange ResponseDisplay::rangeFor(const ViewSettings& view) const
{
    if (!view.autoRange)
        return {view.rangeLow, view.rangeHigh};
    // automaticRange only looks at the finite extent: a map holding just its two ends (or
    // nothing finite) gets the very same range as the whole map.
    const cv::Mat ends = anyFinite ? cv::Mat(cv::Mat_<float>({finiteLow, finiteHigh}))
                                   : cv::Mat(1, 1, CV_32F, cv::Scalar(std::nanf("")));
    return automaticRange(ends, view.colormap);
}

bool ResponseDisplay::matches(Colormap map, ValueRange valueRange) const
{
    return prepared && !colored.isNull() && colormap == map && range.low == valueRange.low &&
           range.high == valueRange.high;
}

} // namespace convlab
