// SPDX-License-Identifier: MIT
#pragma once

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <opencv2/core.hpp>

namespace convlab::test {

// The `patch.values` of step `step` (1-based) of a shipped lesson, as the file writes them:
// for tests that say where a lesson's numbers come from. Empty if the step has none.
inline cv::Mat lessonPatchValues(const char* lessonFile, int step)
{
    QFile file(QStringLiteral(CONVLAB_SOURCE_DIR "/resources/lessons/") +
               QLatin1String(lessonFile));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonArray steps = QJsonDocument::fromJson(file.readAll())
                                 .object()[QStringLiteral("lesson")]
                                 .toObject()[QStringLiteral("steps")]
                                 .toArray();
    const QJsonArray rows = steps[step - 1]
                                .toObject()[QStringLiteral("patch")]
                                .toObject()[QStringLiteral("values")]
                                .toArray();
    if (rows.isEmpty())
        return {};
    cv::Mat values(rows.size(), rows[0].toArray().size(), CV_32F);
    for (int r = 0; r < values.rows; ++r)
        for (int c = 0; c < values.cols; ++c)
            values.at<float>(r, c) = static_cast<float>(rows[r].toArray()[c].toDouble());
    return values;
}

} // namespace convlab::test
