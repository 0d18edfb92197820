// SPDX-License-Identifier: MIT
#pragma once

#include "compute/ResponseResult.h"

#include <QRect>
#include <cstdint>
#include <memory>
#include <opencv2/core.hpp>
#include <optional>
#include <vector>

namespace convlab {

// The part of a response that changes of the image can reach: the cells of the map (before
// pooling) whose windows meet the changed image cells, and a copy of the padded image those
// windows read. A brush dab on a 1920×1080 image with a 64×64 patch reaches a few thousand
// cells of a two-million-cell map, so a stroke is answered at the cost of its neighbourhood,
// not of the image. Planned on the GUI thread, which copies only those neighbourhoods;
// ResponsePipeline::update computes them on the worker, on top of `base`.
struct ResponseUpdate {
    // One block of cells to compute again, with the padded image under its windows.
    struct Part {
        cv::Rect cells; // map cells, x = column
        cv::Mat window; // padding included (a copy)
    };

    std::shared_ptr<const ResponseResult> base; // the maps the parts are written into
    std::vector<Part> parts;                    // none: no window reads the changes
    cv::Mat patch;                              // a copy
    std::uint64_t generation = 0;

    // `base` must come from the same patch, parameters and side-by-side choice, on an image
    // that differs from `image` only inside the `changed` rectangles (image cells). Blocks
    // of cells that overlap are merged. Nothing when a whole computation is needed instead:
    // base failed; the padding repeats image cells (reflect, replicate, circular), so a change
    // also reaches the far side; or the cells cover so much of the map that computing them
    // costs about as much as the whole.
    // The cells of the map before pooling that the parts change.
    std::vector<cv::Rect> mapCells() const;
    // The cells of the final response (after pooling, when on) that the parts can change.
    std::vector<cv::Rect> responseCells() const;

    static std::optional<ResponseUpdate> plan(std::shared_ptr<const ResponseResult> base,
                                              const cv::Mat& image, const cv::Mat& patch,
                                              const std::vector<QRect>& changed);
};

} // namespace convlab
