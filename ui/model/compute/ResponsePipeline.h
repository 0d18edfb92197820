// SPDX-License-Identifier: MIT
#pragma once

#include "compute/ResponseResult.h"
#include "compute/ResponseUpdate.h"
#include "document/DocumentState.h"

#include <QCoreApplication>

namespace convlab {

// The computation behind the response view, a pure function of its inputs so it can run on
// any thread and be tested directly. It only calls core (conv2d, matchTemplate, padImage,
// pool2d, findPeaks); impossible parameters come back as a translated message, never a throw.
//
// Template matching with stride and padding: the image is padded (with the padding mode),
// matched as OpenCV does, and every stride-th window kept, so the map has the size the
// convolution formula gives. Dilation has no meaning for matchTemplate and must be 1.
class ResponsePipeline final {
    Q_DECLARE_TR_FUNCTIONS(ResponsePipeline)
  public:
    struct Input {
        cv::Mat image; // CV_32FC1, not shared with a thread that writes to it
        cv::Mat patch; // CV_32FC1
        Parameters parameters;
        bool sideBySide = false;
        std::uint64_t generation = 0;
    };

    // The request for a document's state: the one way every caller (the background
    // computation, the stepper's crop, the exercises, the off-screen scene) asks for a
    // response. Shares the state's matrices: pass a snapshot when the worker runs while the
    // document changes.
    static Input inputFor(const DocumentState& state, std::uint64_t generation = 0);

    static ResponseResult compute(const Input& input);

    // The response after the image changed inside a small region (see ResponseUpdate): the
    // base result's maps with only the cells the change reaches computed again, then pooling,
    // undefined cells and peaks as compute() derives them. Equal to compute() of the changed
    // image to float32 precision.
    static ResponseResult update(const ResponseUpdate& update);

    // OpenCV's matchTemplate on an already padded image, every stride-th window kept: the same
    // windows as a convolution with this stride and padding (dilation 1).
    static cv::Mat matchWindows(const cv::Mat& padded, const cv::Mat& patch, MatchMethod method,
                                Pair stride);
    // Everything that follows from r.prePool, r.parameters, r.geometry and r.patchSize: the
    // pooled response with its formulas, its tiles, the undefined cells, the peaks and their
    // rectangles. With `base`, r.response differs from base's only in the `changed` cells:
    // only the tiles they lie in are summarised again.
    static void completeMaps(ResponseResult& r, const ResponseResult* base = nullptr,
                             const std::vector<cv::Rect>& changed = {});
};

} // namespace convlab
