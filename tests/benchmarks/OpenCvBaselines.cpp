// SPDX-License-Identifier: MIT
#include "Implementations.h"

#include <opencv2/imgproc.hpp>

namespace convlab::bench {
namespace {

// Every stride-th row and column of a stride-1 map.
cv::Mat subsample(const cv::Mat& map, int stride, cv::Size kept)
{
    if (stride == 1)
        return map(cv::Rect(cv::Point(), kept));
    cv::Mat out(kept, CV_32F);
    for (int i = 0; i < kept.height; ++i) {
        const float* src = map.ptr<float>(i * stride);
        float* dst = out.ptr<float>(i);
        for (int j = 0; j < kept.width; ++j)
            dst[j] = src[j * stride];
    }
    return out;
}

cv::Size validSize(const cv::Mat& image, const cv::Mat& kernel, int stride)
{
    return {(image.cols - kernel.cols) / stride + 1, (image.rows - kernel.rows) / stride + 1};
}

// filter2D correlates (it does not flip); anchored at the kernel's top-left corner its first
// (H-h+1)×(W-w+1) cells are the valid map.
cv::Mat viaFilter2D(const BenchCase& c, const cv::Mat& image, const cv::Mat& kernel)
{
    cv::Mat full;
    cv::filter2D(image, full, CV_32F, kernel, cv::Point(0, 0), 0, cv::BORDER_CONSTANT);
    return subsample(full, c.stride, validSize(image, kernel, c.stride));
}

cv::Mat viaMatchTemplate(const BenchCase& c, const cv::Mat& image, const cv::Mat& kernel)
{
    cv::Mat map;
    cv::matchTemplate(image, kernel, map, cv::TM_CCORR);
    return subsample(map, c.stride, validSize(image, kernel, c.stride));
}

cv::Mat ccoeffNormed(const BenchCase&, const cv::Mat& image, const cv::Mat& patch)
{
    cv::Mat map;
    cv::matchTemplate(image, patch, map, cv::TM_CCOEFF_NORMED);
    return map;
}

// conv_transpose2d as OpenCV can do it: zero insertion, a border of k-1 zeros, then a
// correlation with the flipped kernel.
cv::Mat zeroInsertedAndPadded(const BenchCase& c, const cv::Mat& input, const cv::Mat& kernel)
{
    const int s = c.stride;
    cv::Mat spread = cv::Mat::zeros((input.rows - 1) * s + 1, (input.cols - 1) * s + 1, CV_32F);
    for (int r = 0; r < input.rows; ++r)
        for (int col = 0; col < input.cols; ++col)
            spread.at<float>(r * s, col * s) = input.at<float>(r, col);
    cv::Mat padded;
    cv::copyMakeBorder(spread, padded, kernel.rows - 1, kernel.rows - 1, kernel.cols - 1,
                       kernel.cols - 1, cv::BORDER_CONSTANT, 0);
    return padded;
}

cv::Mat transposedViaFilter2D(const BenchCase& c, const cv::Mat& input, const cv::Mat& kernel)
{
    const cv::Mat padded = zeroInsertedAndPadded(c, input, kernel);
    cv::Mat flipped, full;
    cv::flip(kernel, flipped, -1);
    cv::filter2D(padded, full, CV_32F, flipped, cv::Point(0, 0), 0, cv::BORDER_CONSTANT);
    return full(cv::Rect(0, 0, padded.cols - kernel.cols + 1, padded.rows - kernel.rows + 1));
}

cv::Mat transposedViaMatchTemplate(const BenchCase& c, const cv::Mat& input, const cv::Mat& kernel)
{
    const cv::Mat padded = zeroInsertedAndPadded(c, input, kernel);
    cv::Mat flipped, map;
    cv::flip(kernel, flipped, -1);
    cv::matchTemplate(padded, flipped, map, cv::TM_CCORR);
    return map;
}

} // namespace

std::vector<OpenCvCandidate> openCvCandidates(const BenchCase& benchCase)
{
    switch (benchCase.operation) {
    case Operation::Correlate:
        return {{"filter2D", viaFilter2D}, {"matchTemplate", viaMatchTemplate}};
    case Operation::MatchCCoeffNormed:
        return {{"matchTemplate", ccoeffNormed}};
    case Operation::TransposedConv:
        return {{"filter2D", transposedViaFilter2D}, {"matchTemplate", transposedViaMatchTemplate}};
    }
    return {};
}

} // namespace convlab::bench
