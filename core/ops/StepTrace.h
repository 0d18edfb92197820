// SPDX-License-Identifier: MIT
#pragma once

#include "ops/Conv2d.h"
#include "ops/Pool.h"
#include "ops/TemplateMatch.h"
#include "ops/TransposedConv.h"

#include <opencv2/core.hpp>
#include <vector>

namespace convlab {

// One kernel tap of one step: where it reads (padded coordinates), what it reads, its weight.
struct Tap {
    int row = 0; // padded coordinates: 0 = first padding row
    int col = 0;
    float input = 0;   // value read (the padding value for a padding cell)
    float weight = 0;  // kernel weight (1 for pooling)
    float product = 0; // input · weight
    bool inPadding = false;
};

// Step n (row-major over the output) of an operation, computed from n alone.
struct StepTrace {
    long long index = 0; // n, 0-based
    long long total = 0; // N = outRows · outCols
    int outRow = 0;
    int outCol = 0;
    cv::Rect window; // the dilated window in padded coordinates
    std::vector<Tap> taps;
    float value = 0; // the output cell: sum, max, average or match score
};

// Conv step: taps over the padded input (padding read through the padding mode).
StepTrace convStep(const cv::Mat& input, const cv::Mat& kernel, const ConvParams& params,
                   long long n);
// Pool step: taps are the window's cells (weights 1); the value is its max or average.
StepTrace poolStep(const cv::Mat& input, const PoolParams& params, long long n);
// Template-matching step: taps are patch × window products; value is the method's score.
StepTrace matchStep(const cv::Mat& image, const cv::Mat& patch, MatchMethod method, long long n);
// Transposed conv step: the stride-1 cross-correlation of the zero-inserted, padded input
// (ZeroInsertion::padded) with the flipped kernel; padded coordinates are those of that grid.
StepTrace transposedStep(const cv::Mat& input, const cv::Mat& kernel,
                         const TransposedParams& params, long long n);

} // namespace convlab
