// SPDX-License-Identifier: MIT
#pragma once

#include "compute/ResponseDisplay.h"
#include "document/Parameters.h"
#include "geometry/ConvGeometry.h"

#include <QString>
#include <cstdint>
#include <memory>
#include <opencv2/core.hpp>
#include <vector>

namespace convlab {

// One finished computation, immutable once made and shared between the views through
// std::shared_ptr<const ResponseResult>. When `error` is set the maps are empty and the
// geometry fields hold what could be worked out.
struct ResponseResult {
    // The control to blame when the parameters are impossible, for the window to point at.
    enum class Problem { None, Image, Patch, Stride, Padding, PaddingMode, Dilation, Pooling };

    std::uint64_t generation = 0;
    Parameters parameters; // what was computed
    cv::Size imageSize;
    cv::Size patchSize;
    ConvGeometry2d geometry; // input, kernel, stride, padding, dilation of the main map

    cv::Mat prePool;         // the convolution / matching map (CV_32F), before pooling
    cv::Mat response;        // after the optional pooling (== prePool when pooling is off)
    Pair outputSize;         // prePool size (rows, cols)
    Pair pooledSize;         // response size
    std::vector<Peak> peaks; // on `response`; rect = the image cells its receptive field covers
    int undefinedCells = 0;  // NaN cells of `response` (0/0 normalised scores)
    // `response` summarised per tile (peaks, undefined cells, extent): an update of a few
    // cells summarises again only the tiles they lie in.
    std::shared_ptr<const MapTiles> tiles;

    QString rowFormula; // convFormula for the rows, numbers filled in
    QString colFormula;
    QString poolRowFormula; // empty without pooling
    QString poolColFormula;

    // Side by side (ViewSettings::sideBySide, template matching): the same windows scored by
    // raw ccorr and by ccoeff_normed, before pooling.
    cv::Mat rawCorrelation;
    cv::Mat normalisedCorrelation;
    // Both ready to draw, made off the GUI thread by ResponseComputer like `display`.
    SideMapDisplay rawSide;
    SideMapDisplay normalisedSide;

    // `response` ready to draw, made off the GUI thread by ResponseComputer for the view
    // settings of its request; not prepared when computed by other means or on error.
    ResponseDisplay display;

    QString error; // translated, naming the values; empty when ok
    Problem problem = Problem::None;
    double elapsedMs = 0;

    bool ok() const { return error.isEmpty(); }
};

} // namespace convlab
