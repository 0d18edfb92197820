// SPDX-License-Identifier: MIT
#pragma once

#include "geometry/Types.h"

#include <cstdint>
#include <opencv2/core.hpp>
#include <string>
#include <vector>

namespace convlab {

// Classic kernels, the "learned filters look like this" side of the lecture.
enum class KernelPreset {
    Identity, // any size: 1 at ((h-1)/2, (w-1)/2), where 'same' padding puts the centre
    Box,      // any size: 1/(h·w)
    Gaussian, // any size: separable, as GaussianBlur(ksize, sigma 0): sigma from the size
    SobelX,   // odd square 3..31: d/dx (columns), OpenCV's Sobel kernels
    SobelY,   // odd square 3..31: d/dy (rows)
    Laplacian, // odd square 3..31: 3×3 the 4-neighbour [0 1 0; 1 -4 1; 0 1 0], larger d²/dx²+d²/dy²
    Sharpen, // odd square: 3×3 δ − Laplacian, larger unsharp masking 2δ − Gaussian
    Emboss,  // odd square: (r + c − (k−1)) + δ, 3×3 = [-2 -1 0; -1 1 1; 0 1 2]
    Gabor,   // any size: cos carrier at `angleDegrees` under a Gaussian, zero mean
    Random,  // any size: uniform in [-1, 1] from `seed`
};

struct KernelSpec {
    KernelPreset preset = KernelPreset::Identity;
    Pair size{3, 3};
    double angleDegrees = 0; // Gabor
    std::uint32_t seed = 0;  // Random
};

std::vector<KernelPreset> allKernelPresets();
std::string toString(KernelPreset preset);                    // "identity", "sobel_x", …
KernelPreset kernelPresetFromString(const std::string& name); // throws Error naming the value
// Whether the preset is defined for this size (see the list above).
bool supportsSize(KernelPreset preset, Pair size);

// CV_32FC1 of spec.size. Throws Error naming the size when the preset has none of that size.
cv::Mat makeKernel(const KernelSpec& spec);

// Sums to 1; a kernel that sums to (nearly) 0, like an edge detector, is scaled to unit L2 norm
// instead. Throws Error for an all-zero kernel.
cv::Mat normaliseKernel(const cv::Mat& kernel);
// Rotated 180°: cross-correlation with the flipped kernel is true convolution.
cv::Mat flipKernel(const cv::Mat& kernel);

} // namespace convlab
