// SPDX-License-Identifier: MIT
#pragma once

#include "document/OwnDigit.h"
#include "document/Parameters.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QString>
#include <opencv2/core.hpp>

namespace convlab {

// The guided-lesson part of a .convlab file (title, rich text, steps). Kept as read so a
// lesson file survives a round trip through the window; ui/lessons/LessonScript gives the steps
// meaning. Title and text are a string or an object of languages ({"en": …, "fr": …}).
struct LessonNotes {
    QJsonValue title;
    QJsonValue text;
    QJsonArray steps;

    bool isEmpty() const
    {
        return title.toString().isEmpty() && !title.isObject() && text.toString().isEmpty() &&
               !text.isObject() && steps.isEmpty();
    }
    friend bool operator==(const LessonNotes&, const LessonNotes&) = default;
};

// Everything a document holds, as a value: what is saved, loaded, autosaved, and
// handed to the background computation.
struct DocumentState {
    cv::Mat image; // CV_32FC1, finite
    cv::Mat patch; // CV_32FC1, finite, 1..kMaxPatchSide per side
    Parameters parameters;
    ViewSettings view;
    LessonNotes notes;
    std::vector<OwnDigit> ownDigits; // the student's, for the learned page's training set

    // Deep copy: the matrices no longer share data with this state.
    DocumentState clone() const;
};

} // namespace convlab
