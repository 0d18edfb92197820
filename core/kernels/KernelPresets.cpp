// SPDX-License-Identifier: MIT
#include "kernels/KernelPresets.h"

#include "Error.h"

#include <array>
#include <cmath>
#include <limits>
#include <numbers>
#include <opencv2/imgproc.hpp>
#include <random>

namespace convlab {

namespace {

constexpr std::array<std::pair<KernelPreset, const char*>, 10> kNames{{
    {KernelPreset::Identity, "identity"},
    {KernelPreset::Box, "box"},
    {KernelPreset::Gaussian, "gaussian"},
    {KernelPreset::SobelX, "sobel_x"},
    {KernelPreset::SobelY, "sobel_y"},
    {KernelPreset::Laplacian, "laplacian"},
    {KernelPreset::Sharpen, "sharpen"},
    {KernelPreset::Emboss, "emboss"},
    {KernelPreset::Gabor, "gabor"},
    {KernelPreset::Random, "random"},
}};

constexpr int kMaxDerivativeSize = 31; // OpenCV's getDerivKernels limit

bool oddSquare(Pair size, int maxSide)
{
    return size.rows == size.cols && size.rows % 2 == 1 && size.rows >= 3 && size.rows <= maxSide;
}

std::string sizeText(Pair size)
{
    return std::to_string(size.rows) + "x" + std::to_string(size.cols);
}

cv::Mat identity(Pair size)
{
    cv::Mat k = cv::Mat::zeros(size.rows, size.cols, CV_32F);
    k.at<float>((size.rows - 1) / 2, (size.cols - 1) / 2) = 1.f;
    return k;
}

// Sigma from the size as OpenCV does (sigma <= 0): binomial weights up to 7 taps, then
// sigma = 0.3((k-1)/2 - 1) + 0.8, so the preset blurs exactly as GaussianBlur(ksize, 0).
cv::Mat gaussian(Pair size)
{
    const cv::Mat gy = cv::getGaussianKernel(size.rows, 0, CV_32F);
    const cv::Mat gx = cv::getGaussianKernel(size.cols, 0, CV_32F);
    cv::Mat k = gy * gx.t();
    return k / cv::sum(k)[0];
}

// d^dx/dx^dx d^dy/dy^dy with OpenCV's (unnormalised) Sobel kernels of odd size k.
cv::Mat derivative(int dx, int dy, int k)
{
    cv::Mat kx, ky;
    cv::getDerivKernels(kx, ky, dx, dy, k, false, CV_32F);
    return ky * kx.t(); // rows vary with y, columns with x
}

cv::Mat laplacian(int k)
{
    if (k == 3)
        return (cv::Mat_<float>(3, 3) << 0, 1, 0, 1, -4, 1, 0, 1, 0);
    return derivative(2, 0, k) + derivative(0, 2, k);
}

cv::Mat sharpen(int k)
{
    if (k == 3)
        return identity({3, 3}) - laplacian(3);
    return 2 * identity({k, k}) - gaussian({k, k});
}

cv::Mat emboss(int k)
{
    cv::Mat e(k, k, CV_32F);
    for (int r = 0; r < k; ++r)
        for (int c = 0; c < k; ++c)
            e.at<float>(r, c) = static_cast<float>(r + c - (k - 1));
    return e + identity({k, k});
}

// A cosine carrier across `angle` under a Gaussian envelope, mean removed so that a flat
// region gives 0, as an oriented-edge filter of a first CNN layer does.
cv::Mat gabor(Pair size, double angleDegrees)
{
    const double shortest = std::min(size.rows, size.cols);
    const double sigma = std::max(0.5, shortest / 4.0);
    const double wavelength = std::max(2.0, shortest / 2.0);
    const double theta = angleDegrees * std::numbers::pi / 180.0;
    cv::Mat g(size.rows, size.cols, CV_32F);
    const double cy = (size.rows - 1) / 2.0, cx = (size.cols - 1) / 2.0;
    for (int r = 0; r < size.rows; ++r)
        for (int c = 0; c < size.cols; ++c) {
            const double x = c - cx, y = r - cy;
            const double along = x * std::cos(theta) + y * std::sin(theta);
            const double envelope = std::exp(-(x * x + y * y) / (2 * sigma * sigma));
            g.at<float>(r, c) =
                static_cast<float>(envelope * std::cos(2 * std::numbers::pi * along / wavelength));
        }
    g -= cv::mean(g)[0];
    double maxAbs = 0;
    cv::minMaxLoc(cv::abs(g), nullptr, &maxAbs);
    return maxAbs > 0 ? cv::Mat(g / maxAbs) : g;
}

cv::Mat random(Pair size, std::uint32_t seed)
{
    std::mt19937 rng(seed);
    std::uniform_real_distribution<float> dist(-1.f, 1.f);
    cv::Mat k(size.rows, size.cols, CV_32F);
    for (int r = 0; r < size.rows; ++r)
        for (int c = 0; c < size.cols; ++c)
            k.at<float>(r, c) = dist(rng);
    return k;
}

} // namespace

std::vector<KernelPreset> allKernelPresets()
{
    std::vector<KernelPreset> presets;
    for (const auto& entry : kNames)
        presets.push_back(entry.first);
    return presets;
}

std::string toString(KernelPreset preset)
{
    for (const auto& [value, name] : kNames)
        if (value == preset)
            return name;
    throw Error("unknown kernel preset " + std::to_string(static_cast<int>(preset)));
}

KernelPreset kernelPresetFromString(const std::string& name)
{
    for (const auto& [value, text] : kNames)
        if (name == text)
            return value;
    std::string known;
    for (const auto& entry : kNames)
        known += (known.empty() ? "" : ", ") + std::string(entry.second);
    throw Error("unknown kernel preset '" + name + "' (known: " + known + ")");
}

bool supportsSize(KernelPreset preset, Pair size)
{
    if (size.rows < 1 || size.cols < 1)
        return false;
    switch (preset) {
    case KernelPreset::SobelX:
    case KernelPreset::SobelY:
    case KernelPreset::Laplacian:
    case KernelPreset::Sharpen:
        return oddSquare(size, kMaxDerivativeSize);
    case KernelPreset::Emboss:
        return oddSquare(size, std::numeric_limits<int>::max());
    case KernelPreset::Identity:
    case KernelPreset::Box:
    case KernelPreset::Gaussian:
    case KernelPreset::Gabor:
    case KernelPreset::Random:
        return true;
    }
    return false;
}

cv::Mat makeKernel(const KernelSpec& spec)
{
    if (!supportsSize(spec.preset, spec.size)) {
        const std::string needs = spec.preset == KernelPreset::Emboss
                                      ? "an odd square size of at least 3x3"
                                      : "an odd square size from 3x3 to 31x31";
        throw Error("the " + toString(spec.preset) + " kernel has no size " + sizeText(spec.size) +
                    " (it needs " + needs + ")");
    }
    const int k = spec.size.rows;
    switch (spec.preset) {
    case KernelPreset::Identity:
        return identity(spec.size);
    case KernelPreset::Box:
        return cv::Mat(spec.size.rows, spec.size.cols, CV_32F,
                       cv::Scalar(1.0 / (spec.size.rows * spec.size.cols)));
    case KernelPreset::Gaussian:
        return gaussian(spec.size);
    case KernelPreset::SobelX:
        return derivative(1, 0, k);
    case KernelPreset::SobelY:
        return derivative(0, 1, k);
    case KernelPreset::Laplacian:
        return laplacian(k);
    case KernelPreset::Sharpen:
        return sharpen(k);
    case KernelPreset::Emboss:
        return emboss(k);
    case KernelPreset::Gabor:
        return gabor(spec.size, spec.angleDegrees);
    case KernelPreset::Random:
        return random(spec.size, spec.seed);
    }
    throw Error("unknown kernel preset");
}

cv::Mat normaliseKernel(const cv::Mat& kernel)
{
    require(!kernel.empty() && kernel.channels() == 1, "normalise needs a single-channel kernel");
    cv::Mat k;
    kernel.convertTo(k, CV_32F);
    const double sum = cv::sum(k)[0];
    const double l1 = cv::norm(k, cv::NORM_L1);
    require(l1 > 0, "cannot normalise an all-zero kernel");
    // A zero-sum kernel (edges, Laplacian) cannot sum to 1: give it unit energy instead.
    if (std::abs(sum) > 1e-6 * l1)
        return k / sum;
    return k / cv::norm(k, cv::NORM_L2);
}

cv::Mat flipKernel(const cv::Mat& kernel)
{
    cv::Mat flipped;
    cv::flip(kernel, flipped, -1);
    return flipped;
}

} // namespace convlab
