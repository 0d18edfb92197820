// SPDX-License-Identifier: MIT
#pragma once

#include <opencv2/core.hpp>
#include <string>
#include <vector>

// The cases of convlab_bench, exactly as issue 2 §5 names them. float32, single channel,
// seeded data: every run times the same numbers.
namespace convlab::bench {

enum class Operation {
    Correlate,         // valid cross-correlation (conv2d, no padding)
    MatchCCoeffNormed, // template matching, ccoeff_normed
    TransposedConv     // conv_transpose2d, no padding
};

struct BenchCase {
    std::string name;
    Operation operation;
    cv::Size image;
    cv::Size kernel;
    int stride = 1;
    // r1080_k64 edits the patch before every call (a teacher painting it), defeating any
    // cache; r1080_k64_cached repeats the same patch (a teacher painting the image).
    bool kernelChangesEveryCall = false;
};

const std::vector<BenchCase>& benchCases();

struct BenchInputs {
    cv::Mat image;  // a smooth random picture in [0, 1] (plain noise when not `smooth`)
    cv::Mat kernel; // random in [-1, 1]; for matching, a patch cut from the image
};
// `smooth` = false skips the blur and its temporary image: the memory probe measures the
// computation, not the making of its data.
BenchInputs makeInputs(const BenchCase& benchCase, bool smooth = true);

// A new value for one tap, different at every call: the kernel is a new kernel.
void touchKernel(cv::Mat& kernel);

} // namespace convlab::bench
