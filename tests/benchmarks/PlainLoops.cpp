// SPDX-License-Identifier: MIT
#include "Implementations.h"

#include <cmath>
#include <limits>

namespace convlab::bench {
namespace {

cv::Mat correlate(const cv::Mat& image, const cv::Mat& kernel, int stride)
{
    const int rows = (image.rows - kernel.rows) / stride + 1;
    const int cols = (image.cols - kernel.cols) / stride + 1;
    cv::Mat out(rows, cols, CV_32F);
    for (int i = 0; i < rows; ++i)
        for (int j = 0; j < cols; ++j) {
            float sum = 0;
            for (int u = 0; u < kernel.rows; ++u)
                for (int v = 0; v < kernel.cols; ++v)
                    sum += image.at<float>(i * stride + u, j * stride + v) * kernel.at<float>(u, v);
            out.at<float>(i, j) = sum;
        }
    return out;
}

// OpenCV's TM_CCOEFF_NORMED per window: Σ I'·T' / sqrt(Σ I'² · Σ T'²), primes centred.
cv::Mat ccoeffNormed(const cv::Mat& image, const cv::Mat& patch)
{
    const double count = static_cast<double>(patch.total());
    const double patchMean = cv::mean(patch)[0];
    double patchEnergy = 0;
    for (int u = 0; u < patch.rows; ++u)
        for (int v = 0; v < patch.cols; ++v)
            patchEnergy += std::pow(patch.at<float>(u, v) - patchMean, 2);

    cv::Mat out(image.rows - patch.rows + 1, image.cols - patch.cols + 1, CV_32F);
    for (int i = 0; i < out.rows; ++i)
        for (int j = 0; j < out.cols; ++j) {
            double sum = 0, squares = 0, cross = 0;
            for (int u = 0; u < patch.rows; ++u)
                for (int v = 0; v < patch.cols; ++v) {
                    const double x = image.at<float>(i + u, j + v);
                    sum += x;
                    squares += x * x;
                    cross += x * (patch.at<float>(u, v) - patchMean);
                }
            const double windowEnergy = squares - sum * sum / count;
            out.at<float>(i, j) =
                windowEnergy > 0 && patchEnergy > 0
                    ? static_cast<float>(cross / std::sqrt(windowEnergy * patchEnergy))
                    : std::numeric_limits<float>::quiet_NaN();
        }
    return out;
}

// Each input cell stamps value × kernel into the output.
cv::Mat scatter(const cv::Mat& input, const cv::Mat& kernel, int stride)
{
    cv::Mat out = cv::Mat::zeros((input.rows - 1) * stride + kernel.rows,
                                 (input.cols - 1) * stride + kernel.cols, CV_32F);
    for (int r = 0; r < input.rows; ++r)
        for (int c = 0; c < input.cols; ++c)
            for (int u = 0; u < kernel.rows; ++u)
                for (int v = 0; v < kernel.cols; ++v)
                    out.at<float>(r * stride + u, c * stride + v) +=
                        input.at<float>(r, c) * kernel.at<float>(u, v);
    return out;
}

} // namespace

cv::Mat runDirect(const BenchCase& benchCase, const cv::Mat& image, const cv::Mat& kernel)
{
    switch (benchCase.operation) {
    case Operation::Correlate:
        return correlate(image, kernel, benchCase.stride);
    case Operation::MatchCCoeffNormed:
        return ccoeffNormed(image, kernel);
    case Operation::TransposedConv:
        return scatter(image, kernel, benchCase.stride);
    }
    return {};
}

} // namespace convlab::bench
