// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <opencv2/core.hpp>
#include <optional>

namespace convlab {

// .npy in memory, for the images embedded in a .convlab file: version 1.0, '<f4', C order,
// 2-D. Decoding refuses anything else with a translated message naming the problem.
class NpyCodec final {
    Q_DECLARE_TR_FUNCTIONS(NpyCodec)
  public:
    static QByteArray encode(const cv::Mat& m); // CV_32FC1
    // A CV_32FC1 matrix, or nullopt with `error` set (bad magic, header, dtype, order, a size
    // that disagrees with the header, NaN or Inf).
    static std::optional<cv::Mat> decode(const QByteArray& bytes, QString* error);
};

} // namespace convlab
