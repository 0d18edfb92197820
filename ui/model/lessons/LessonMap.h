// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <optional>

namespace convlab {

// The maps a lesson's claims and placeholders can name: the response, and the raw (ccorr) and
// normalised (ccoeff_normed) maps that the side-by-side view shows for template matching.
enum class LessonMap { Response, Raw, Normalised };

inline QString lessonMapName(LessonMap map)
{
    switch (map) {
    case LessonMap::Raw:
        return QStringLiteral("raw");
    case LessonMap::Normalised:
        return QStringLiteral("normalised");
    case LessonMap::Response:
        break;
    }
    return QStringLiteral("response");
}

inline std::optional<LessonMap> lessonMapFromName(const QString& name)
{
    for (LessonMap m : {LessonMap::Response, LessonMap::Raw, LessonMap::Normalised})
        if (lessonMapName(m) == name)
            return m;
    return std::nullopt;
}

} // namespace convlab
