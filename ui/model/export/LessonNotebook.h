// SPDX-License-Identifier: MIT
#pragma once

#include "lessons/LessonScript.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <array>
#include <opencv2/core.hpp>
#include <optional>
#include <vector>

namespace convlab {

// A guided lesson as a Jupyter notebook (nbformat 4, kernel python3) that proves itself when
// run: a first cell with the imports and ConvLab's conventions; then for each step its title
// and text as the Lesson panel shows them (placeholders filled, what its exercise asks held
// back), a cell computing its response with the code generator's snippet from the step's image
// and patch (.npy files in a folder beside the notebook), and a cell restating the step's
// "expect" claims as Python asserts on the numbers the notebook computed. A claim Python cannot
// restate from those numbers is left out with a note saying why — never a fake assert.
class LessonNotebook final {
    Q_DECLARE_TR_FUNCTIONS(LessonNotebook)
  public:
    struct File {
        QString name; // in the folder: "step03_image.npy"
        cv::Mat values;
    };
    struct Notebook {
        QJsonObject json;
        std::vector<File> files;
        int claims = 0;  // in the lesson's expect lists
        int asserts = 0; // of them, restated as asserts
    };

    // `language` ("fr") chooses the lesson's texts and how their numbers are written; the
    // notebook's own words follow the installed translation. `folder` is the files' folder as
    // the code names it, relative to the notebook. nullopt with `error` naming the step when a
    // step's state cannot be made.
    static std::optional<Notebook> build(const LessonScript& script, const QString& language,
                                         const QString& folder, QString* error);

    // The lecture's digit network as the notebook builds it in PyTorch for the learned page's
    // claims: Architecture::lecture(), which this library does not link (libtorch);
    // tst_learnedclaims checks that the two agree.
    struct LectureStage {
        int inChannels, channels, kernel, stride, padding, pool;
        int inSize; // the side of the maps the conv reads
    };
    static const std::array<LectureStage, 2>& lectureStages();

    // The folder beside a notebook: "lab.ipynb" → "lab_files".
    static QString folderFor(const QString& notebookPath);

    // The notebook and its folder, each staged beside its target and renamed into place once
    // both are whole: on failure nothing is left behind and the targets are as they were.
    // false with `error` naming the path.
    static bool write(const LessonScript& script, const QString& language,
                      const QString& notebookPath, QString* error);
};

} // namespace convlab
