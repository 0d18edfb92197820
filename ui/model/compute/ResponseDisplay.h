// SPDX-License-Identifier: MIT
#pragma once

#include "color/Colormap.h"
#include "document/Parameters.h"
#include "ops/MapTiles.h"
#include "ops/TemplateMatch.h"

#include <QImage>
#include <memory>
#include <opencv2/core.hpp>
#include <vector>

namespace convlab {

// What the response view needs from a whole map, worked out on the thread that computed it,
// so that showing a 1920×1080 response costs the GUI thread no pass over its cells: the
// extent of the finite values (for the automatic range and the threshold slider) and the map
// already drawn through the colormap the view settings asked for.
struct ResponseDisplay {
    bool prepared = false; // false: made without a display (the view works it out itself)
    bool anyFinite = false;
    float finiteLow = 0; // valid when anyFinite
    float finiteHigh = 0;
    Colormap colormap = Colormap::Viridis;
    ValueRange range;
    QImage colored; // Format_RGB32, one pixel per cell; null for an empty map
    // When not 0: `colored` is the image of this cacheKey (the previous display's) with only
    // `redrawnCells` drawn again, so that a view showing that image repaints just those.
    qint64 redrawnFrom = 0;
    std::vector<cv::Rect> redrawnCells;

    // The extent comes from `tiles` when given (they summarise `map`), else from a pass over
    // the map. With `previous`, the display of the same map before only its `changed` cells
    // changed: when colormap and range stay the same, its colours are kept and just those
    // cells drawn.
    static ResponseDisplay prepare(const cv::Mat& map, const ViewSettings& view,
                                   const MapTiles* tiles = nullptr,
                                   const ResponseDisplay* previous = nullptr,
                                   const std::vector<cv::Rect>& changed = {});

    // The colour range `view` gives this map: automaticRange's, from the extent alone.
    ValueRange rangeFor(const ViewSettings& view) const;
    // `colored` is exactly what colormapImage(map, colormap, range) would draw.
    bool matches(Colormap map, ValueRange range) const;
};

// A map shown beside the response (raw and normalised side by side), always on its own
// automatic range, as the view needs it: coloured, its peaks found, its undefined cells counted,
// on the thread that computed it.
struct SideMapDisplay {
    ResponseDisplay display; // not prepared when made by other means
    std::shared_ptr<const MapTiles> tiles;
    std::vector<Peak> peaks;
    int undefinedCells = 0;

    // With `previous`, the display of the same map before only its `changed` cells changed:
    // its tiles are summarised again and its colours drawn again only there.
    static SideMapDisplay prepare(const cv::Mat& map, MatchMethod method, cv::Size patchSize,
                                  Colormap colormap, const SideMapDisplay* previous = nullptr,
                                  const std::vector<cv::Rect>& changed = {});
    // The response itself when it is this map, its display made on the automatic range:
    // shared, not made again.
    static SideMapDisplay sharing(const ResponseDisplay& display,
                                  std::shared_ptr<const MapTiles> tiles, const cv::Mat& map,
                                  cv::Size patchSize);
    // automaticRange(map, colormap), from the extent alone.
    ValueRange rangeFor(Colormap colormap) const;
};

// A float map through the colormap, one RGB32 pixel per cell; NaN (undefined) cells light grey.
QImage colormapImage(const cv::Mat& values, Colormap map, ValueRange range);

} // namespace convlab
