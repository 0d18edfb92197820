// SPDX-License-Identifier: MIT
#include "Implementations.h"
#include "ops/Conv2d.h"
#include "ops/TemplateMatch.h"
#include "ops/TransposedConv.h"

namespace convlab::bench {

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

} // namespace convlab::bench
