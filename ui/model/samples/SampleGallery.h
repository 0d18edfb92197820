// SPDX-License-Identifier: MIT
#pragma once

#include "document/DocumentState.h"

#include <QCoreApplication>
#include <QList>
#include <QRect>
#include <QString>

namespace convlab {

// Built-in images, each with the patch a lesson would start from: drawn with QPainter at run
// time, or (the handwritten digits) the learned filters' training sheet, compiled in.
class SampleGallery final {
    Q_DECLARE_TR_FUNCTIONS(SampleGallery)
  public:
    enum class Id { SimpleShape, RenderedDigits, Photograph, Grid5, Grid7, HandwrittenDigits };

    struct Sample {
        Id id = Id::SimpleShape;
        QString name;          // translated, for the gallery
        QString description;   // translated, one sentence
        cv::Mat image;         // CV_32FC1
        cv::Mat patch;         // CV_32FC1, suggested
        QRect patchSource;     // where the patch was cut from the image, empty if not cut
        Parameters parameters; // suggested operation for this sample
    };

    static QList<Id> all();
    static QString name(Id id);
    static Sample make(Id id);
    static DocumentState stateFor(Id id); // image, patch, parameters, default view
    static QString key(Id id); // stable, untranslated ("digits"), for settings and the CLI
};

} // namespace convlab
