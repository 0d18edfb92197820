// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>
#include <array>
#include <opencv2/core.hpp>
#include <vector>

namespace convlab {

// A digit the student drew and labelled, added to the training set of the learned page and
// kept in the document: the 20×20 digit exactly as the network reads it (prepareDigit, the
// preparation `convlab predict` and the page's prediction use), so that training sees what
// the student saw predicted.
struct OwnDigit {
    cv::Mat pixels; // 20×20 CV_32FC1, every value in [0, 1]
    int label = 0;  // 0–9

    friend bool operator==(const OwnDigit& a, const OwnDigit& b)
    {
        return a.label == b.label && a.pixels.size == b.pixels.size &&
               a.pixels.type() == b.pixels.type() &&
               (a.pixels.empty() || cv::norm(a.pixels, b.pixels, cv::NORM_INF) == 0);
    }
};

// The rules an own digit and the list of them follow, in the window, in .convlab files and
// on the command line alike; every refusal names the bad value.
class OwnDigits final {
    Q_DECLARE_TR_FUNCTIONS(OwnDigits)
  public:
    static constexpr int kSide = 20;
    static constexpr int kClasses = 10;
    // A tenth of the 5,000 digits of the sheet: enough for a class of a student's own writing
    // to count in training, small enough that a document stays a few megabytes (2.3 kB each).
    static constexpr int kMaxCount = 500;

    // Empty when `pixels` and `label` make an own digit; else why not, naming the value.
    static QString problemWith(const cv::Mat& pixels, int label);
    static QString labelProblem(int label);
    static QString pixelsProblem(const cv::Mat& pixels);
    // Why a list of `count` digits is too long; empty when it is not.
    static QString countProblem(qsizetype count);

    // How many digits of each class the list holds.
    static std::array<int, kClasses> perClass(const std::vector<OwnDigit>& digits);
    // Deep copies: the pixels no longer shared.
    static std::vector<OwnDigit> clone(const std::vector<OwnDigit>& digits);
};

} // namespace convlab
