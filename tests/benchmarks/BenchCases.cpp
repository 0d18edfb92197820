// SPDX-License-Identifier: MIT
#include "BenchCases.h"

#include <opencv2/imgproc.hpp>

namespace convlab::bench {

const std::vector<BenchCase>& benchCases()
{
    static const std::vector<BenchCase> cases = {
        {"r512_k15", Operation::Correlate, {512, 512}, {15, 15}},
        {"r1080_k5", Operation::Correlate, {1920, 1080}, {5, 5}},
        {"r1080_k64", Operation::Correlate, {1920, 1080}, {64, 64}, 1, true},
        {"r1080_k5_s4", Operation::Correlate, {1920, 1080}, {5, 5}, 4},
        {"ncc1080_k64", Operation::MatchCCoeffNormed, {1920, 1080}, {64, 64}},
        {"tconv256_k4_s2", Operation::TransposedConv, {256, 256}, {4, 4}, 2},
        {"r1080_k64_cached", Operation::Correlate, {1920, 1080}, {64, 64}},
    };
    return cases;
}

BenchInputs makeInputs(const BenchCase& benchCase, bool smooth)
{
    cv::RNG rng(20240611);
    BenchInputs inputs;
    cv::Mat noise(benchCase.image, CV_32F);
    rng.fill(noise, cv::RNG::UNIFORM, 0.f, 1.f);
    if (smooth)
        cv::GaussianBlur(noise, inputs.image, cv::Size(0, 0), 3.0);
    else
        inputs.image = noise;
    if (benchCase.operation == Operation::MatchCCoeffNormed) {
        const cv::Point at(benchCase.image.width / 3, benchCase.image.height / 2);
        inputs.kernel = inputs.image(cv::Rect(at, benchCase.kernel)).clone();
    } else {
        inputs.kernel.create(benchCase.kernel, CV_32F);
        rng.fill(inputs.kernel, cv::RNG::UNIFORM, -1.f, 1.f);
    }
    return inputs;
}

void touchKernel(cv::Mat& kernel)
{
    float& tap = kernel.at<float>(0, 0);
    tap = tap > 0.5f ? tap - 0.999f : tap + 0.001f;
}

} // namespace convlab::bench
