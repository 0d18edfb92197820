// SPDX-License-Identifier: MIT
#pragma once

#include "lessons/LocalizedText.h"

#include <QList>
#include <QString>

namespace convlab {

// The lessons shipped with ConvLab (resources/lessons/*.convlab, compiled in), in the order of
// the lecture: their file names start with the lesson number.
class LessonCatalog final {
  public:
    struct Entry {
        QString path; // ":/convlab/lessons/01_pattern_detector.convlab"
        LocalizedText title;
    };
    static QList<Entry> builtIn();
};

} // namespace convlab
