// SPDX-License-Identifier: MIT
#pragma once

#include <opencv2/core.hpp>

// The data of the Matrix tab's presets, Qt-free: what the tab loads, and what a lesson's claims
// about that tab are checked on (ui/lessons/StepFacts).
namespace convlab {

enum class MatrixPresetId {
    Lecture,     // x of 7, w of 3, stride 2 (the lecture's slide)
    Orthonormal, // kernel [−1, 0, 0, 1]/√2, stride 4: W·Wᵀ = I
    TinyImage,   // a 3×3 image, a 2×2 kernel, stride 1
    Backward,    // the lecture's x and w with padding 1, a target t: ∂L/∂x = Wᵀδ
};

struct MatrixPresetData {
    cv::Mat x;      // 1×n for a signal, or a small image (CV_32F)
    cv::Mat kernel; // CV_32F
    int stride = 1;
    int padding = 0;
    int dilation = 1;
    bool symbolic = true; // drawn with w₁, w₂, … rather than numbers
    cv::Mat target;       // t of the backward pass, 1×(y's length); empty: no backward pass
};

MatrixPresetData matrixPresetData(MatrixPresetId id);

// ‖W Wᵀ − I‖ at most this: the tab's verdict says the rows of W are orthonormal.
constexpr double kMatrixOrthonormalTolerance = 1e-5;

} // namespace convlab
