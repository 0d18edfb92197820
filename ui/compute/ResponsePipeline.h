// SPDX-License-Identifier: MIT
#pragma once

#include "compute/ResponseResult.h"

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
        LessonParameters parameters;
        bool sideBySide = false;
        std::uint64_t generation = 0;
    };

    static ResponseResult compute(const Input& input);
};

} // namespace convlab
