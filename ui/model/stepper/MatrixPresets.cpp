// SPDX-License-Identifier: MIT
#include "stepper/MatrixPresets.h"

#include <cmath>
#include <initializer_list>

namespace convlab {

namespace {

cv::Mat rowOf(std::initializer_list<float> values)
{
    cv::Mat m(1, static_cast<int>(values.size()), CV_32F);
    int i = 0;
    for (float v : values)
        m.at<float>(0, i++) = v;
    return m;
}

} // namespace

MatrixPresetData matrixPresetData(MatrixPresetId id)
{
    MatrixPresetData data;
    switch (id) {
    case MatrixPresetId::Lecture:
        data.x = rowOf({3, 1, 4, 1, 5, 9, 2});
        data.kernel = rowOf({1, 2, -1});
        data.stride = 2;
        data.symbolic = true;
        break;
    case MatrixPresetId::Orthonormal:
        data.x = rowOf({1, 2, 3, 4, 4, 3, 2, 1});
        data.kernel = rowOf({-1, 0, 0, 1}) / std::sqrt(2.0f);
        data.stride = 4;
        data.symbolic = false;
        break;
    case MatrixPresetId::TinyImage:
        data.x = (cv::Mat_<float>(3, 3) << 1, 2, 0, 3, 1, 2, 0, 1, 3);
        data.kernel = (cv::Mat_<float>(2, 2) << 1, 2, 0, -1);
        data.stride = 1;
        data.symbolic = true;
        break;
    case MatrixPresetId::Backward:
        // y = (5, 8, 2, 13) and t = (4, 6, 3, 10): δ = (1, 2, −1, 3), Wᵀδ = (2, 1, 4, −3, −2, 4,
        // 6).
        data.x = rowOf({3, 1, 4, 1, 5, 9, 2});
        data.kernel = rowOf({1, 2, -1});
        data.stride = 2;
        data.padding = 1;
        data.symbolic = false;
        data.target = rowOf({4, 6, 3, 10});
        break;
    }
    return data;
}

} // namespace convlab
