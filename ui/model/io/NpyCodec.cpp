// SPDX-License-Identifier: MIT
#include "io/NpyCodec.h"

#include "Error.h"
#include "io/ArrayIO.h"

#include <string>
#include <string_view>

namespace convlab {

QByteArray NpyCodec::encode(const cv::Mat& m)
{
    CV_Assert(m.type() == CV_32FC1);
    const std::string bytes = encodeNpy(m);
    return QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size()));
}

std::optional<cv::Mat> NpyCodec::decode(const QByteArray& bytes, QString* error)
{
    const auto fail = [error](const QString& message) -> std::optional<cv::Mat> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    cv::Mat m;
    try {
        // Callers say where the bytes came from before the message, which names them so.
        m = decodeNpy(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())),
                      "the data");
    } catch (const Error& e) {
        return fail(QString::fromStdString(e.what()));
    }
    if (m.channels() != 1)
        return fail(tr("the .npy array has %1 channels; a lesson stores one").arg(m.channels()));
    return m;
}

} // namespace convlab
