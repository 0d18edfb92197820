// SPDX-License-Identifier: MIT
#pragma once

#include "Error.h"

#include <QString>
#include <QTest>
#include <cmath>
#include <functional>
#include <initializer_list>
#include <opencv2/core.hpp>
#include <random>
#include <vector>

// Shared helpers for the suites: small and reproducible random matrices, error messages and
// float32 comparisons.
namespace convlab::test {

// A single-channel float32 matrix from its values, row by row.
inline cv::Mat grid(int rows, std::initializer_list<float> values)
{
    return cv::Mat(std::vector<float>(values), true).reshape(1, rows);
}

inline cv::Mat row(std::initializer_list<float> values)
{
    return grid(1, values);
}

inline cv::Mat randomMat(std::mt19937& rng, int rows, int cols, int channels = 1, float low = -1.f,
                         float high = 1.f)
{
    std::uniform_real_distribution<float> dist(low, high);
    cv::Mat m(rows, cols, CV_32FC(channels));
    for (int r = 0; r < rows; ++r) {
        float* row = m.ptr<float>(r);
        for (int i = 0; i < cols * channels; ++i)
            row[i] = dist(rng);
    }
    return m;
}

// The message of the Error that `action` throws, "(no error)" when it throws none.
inline QString messageOf(const std::function<void()>& action)
{
    try {
        action();
    } catch (const Error& e) {
        return QString::fromStdString(e.what());
    }
    return QStringLiteral("(no error)");
}

// Largest |a - b| relative to max(1, |b|); NaN in exactly one of them counts as infinite.
inline double maxRelativeError(const cv::Mat& a, const cv::Mat& b)
{
    if (a.size() != b.size() || a.channels() != b.channels())
        return INFINITY;
    // reshape() needs continuous memory: views (ROIs) are copied first.
    const cv::Mat ca = a.isContinuous() ? a : a.clone();
    const cv::Mat cb = b.isContinuous() ? b : b.clone();
    cv::Mat fa, fb;
    ca.reshape(1, static_cast<int>(ca.total())).convertTo(fa, CV_64F);
    cb.reshape(1, static_cast<int>(cb.total())).convertTo(fb, CV_64F);
    double worst = 0;
    for (int i = 0; i < fa.rows; ++i)
        for (int j = 0; j < fa.cols; ++j) {
            const double x = fa.at<double>(i, j), y = fb.at<double>(i, j);
            if (std::isnan(x) || std::isnan(y)) {
                if (std::isnan(x) != std::isnan(y))
                    return INFINITY;
                continue;
            }
            worst = std::max(worst, std::abs(x - y) / std::max(1.0, std::abs(y)));
        }
    return worst;
}

} // namespace convlab::test

// Fails with the sizes and the error when two float maps differ by more than `tol`.
#define CONVLAB_COMPARE_MATS(actual, expected, tol)                                                \
    do {                                                                                           \
        const double err_ = convlab::test::maxRelativeError((actual), (expected));                 \
        if (!(err_ <= (tol)))                                                                      \
            QFAIL(qPrintable(QStringLiteral("maps differ: %1x%2 vs %3x%4, max rel. error %5")      \
                                 .arg((actual).rows)                                               \
                                 .arg((actual).cols)                                               \
                                 .arg((expected).rows)                                             \
                                 .arg((expected).cols)                                             \
                                 .arg(err_)));                                                     \
    } while (false)
