// SPDX-License-Identifier: MIT
#pragma once

#include "BenchCases.h"

#include <opencv2/core.hpp>
#include <string>
#include <vector>

// The implementations convlab_bench compares. Each computes a case's full result (the valid
// map, the ccoeff_normed response, the transposed output) from the case's inputs.
namespace convlab::bench {

using Runner = cv::Mat (*)(const BenchCase&, const cv::Mat& image, const cv::Mat& kernel);

// Core: ConvLab's public API (conv2d, matchTemplate, transposedConv2d).
cv::Mat runCore(const BenchCase& benchCase, const cv::Mat& image, const cv::Mat& kernel);

// Direct: the textbook loops, one thread, no tricks: the cost a student's first version has.
cv::Mat runDirect(const BenchCase& benchCase, const cv::Mat& image, const cv::Mat& kernel);

// OpenCV: every way OpenCV computes the case (filter2D, matchTemplate, followed by a
// subsampling for strides); the benchmark keeps the fastest.
struct OpenCvCandidate {
    std::string name;
    Runner run;
};
std::vector<OpenCvCandidate> openCvCandidates(const BenchCase& benchCase);

} // namespace convlab::bench
