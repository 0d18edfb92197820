// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <opencv2/core.hpp>
#include <optional>

namespace convlab {

// .npy in memory, for the matrices embedded in a .convlab file: core's encodeNpy/decodeNpy
// (the format writeNpy/readNpy use), with one channel required and failures as messages.
class NpyCodec final {
    Q_DECLARE_TR_FUNCTIONS(NpyCodec)
  public:
    static QByteArray encode(const cv::Mat& m); // CV_32FC1
    // A CV_32FC1 matrix, or nullopt with `error` set to core's message (bad magic, header,
    // dtype, order, a size that disagrees with the header, NaN or Inf) or to the channel count.
    static std::optional<cv::Mat> decode(const QByteArray& bytes, QString* error);
};

} // namespace convlab
