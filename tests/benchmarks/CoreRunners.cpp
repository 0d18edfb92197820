// SPDX-License-Identifier: MIT
#include "Implementations.h"

#include "engine/CorrelationEngine.h"
#include "engine/WindowSums.h"
#include "ops/Conv2d.h"
#include "ops/TemplateMatch.h"
#include "ops/TransposedConv.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace convlab::bench {
namespace {

// ccoeff_normed from one engine correlation with the centred patch and the window sums:
// Σ I·(T - mean) / sqrt((Σ I² - (Σ I)²/n) · Σ (T - mean)²), NaN where a window is flat.
cv::Mat engineCCoeffNormed(const cv::Mat& image, const cv::Mat& patch)
{
    const double count = static_cast<double>(patch.total());
    cv::Mat centred;
    cv::subtract(patch, cv::mean(patch), centred);
    const double residualMean = cv::mean(centred)[0]; // float rounding of the centring
    const double patchEnergy = cv::norm(centred, cv::NORM_L2SQR) - residualMean * residualMean * count;

    cv::Mat response = correlateValid(image, centred);
    forEachWindowRow(image, patch.size(), [&](int row, const double* sum, const double* squares) {
        float* out = response.ptr<float>(row);
        for (int j = 0; j < response.cols; ++j) {
            const double windowEnergy = squares[j] - sum[j] * sum[j] / count;
            const double cross = out[j] - residualMean * sum[j];
            out[j] = windowEnergy > 1e-9 * squares[j]
                         ? static_cast<float>(std::clamp(
                               cross / std::sqrt(windowEnergy * patchEnergy), -1.0, 1.0))
                         : std::numeric_limits<float>::quiet_NaN();
        }
    });
    return response;
}

// conv_transpose2d as zero insertion, a border of k-1 zeros and one engine correlation with
// the flipped kernel.
cv::Mat engineTransposed(const cv::Mat& input, const cv::Mat& kernel, int stride)
{
    cv::Mat padded = cv::Mat::zeros((input.rows - 1) * stride + 2 * kernel.rows - 1,
                                    (input.cols - 1) * stride + 2 * kernel.cols - 1, CV_32F);
    for (int r = 0; r < input.rows; ++r) {
        const float* src = input.ptr<float>(r);
        float* dst = padded.ptr<float>(r * stride + kernel.rows - 1) + kernel.cols - 1;
        for (int c = 0; c < input.cols; ++c)
            dst[c * stride] = src[c];
    }
    cv::Mat flipped;
    cv::flip(kernel, flipped, -1);
    return correlateValid(padded, flipped);
}

} // namespace

cv::Mat runCore(const BenchCase& benchCase, const cv::Mat& image, const cv::Mat& kernel)
{
    switch (benchCase.operation) {
    case Operation::Correlate: {
        ConvParams params;
        params.stride = {benchCase.stride, benchCase.stride};
        return conv2d(image, kernel, params);
    }
    case Operation::MatchCCoeffNormed:
        return matchTemplate(image, kernel, MatchMethod::CCoeffNormed);
    case Operation::TransposedConv: {
        TransposedParams params;
        params.stride = {benchCase.stride, benchCase.stride};
        return transposedConv2d(image, kernel, params);
    }
    }
    return {};
}

cv::Mat runEngine(const BenchCase& benchCase, const cv::Mat& image, const cv::Mat& kernel)
{
    switch (benchCase.operation) {
    case Operation::Correlate:
        return correlateValid(image, kernel, {{benchCase.stride, benchCase.stride}, {1, 1}});
    case Operation::MatchCCoeffNormed:
        return engineCCoeffNormed(image, kernel);
    case Operation::TransposedConv:
        return engineTransposed(image, kernel, benchCase.stride);
    }
    return {};
}

} // namespace convlab::bench
