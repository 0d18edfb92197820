// SPDX-License-Identifier: MIT
#pragma once

#include "geometry/Types.h"

#include <cstddef>
#include <opencv2/core.hpp>
#include <string>

namespace convlab {

// How a correlation is computed. Every engine gives the same numbers to float rounding.
enum class Engine {
    Auto,      // the cheapest for the case, by the cost model below
    Direct,    // multiply-adds over every window, vectorised rows, both cores
    Separable, // two 1D passes; only for rank-1 kernels (throws Error otherwise)
    Fft        // overlap-save FFT tiles (FFTW), the kernel's spectrum cached
};
std::string toString(Engine engine); // "auto", "direct", "separable", "fft"

struct CorrelationOptions {
    Pair stride{1, 1};
    Pair dilation{1, 1};
    Engine engine = Engine::Auto; // tests force each engine
};

// "Valid" cross-correlation of an already padded image with a kernel, PyTorch's conv2d on the
// padded input: out[i,j] = Σ_u Σ_v padded[i·sr + u·dr, j·sc + v·dc] · kernel[u,v], of size
// floor((i - d(k-1) - 1) / s) + 1 per axis. Single-channel CV_32F image and kernel (any
// layout, ROIs included); the result is a new CV_32FC1 matrix. With the default options it is
// cv::matchTemplate's TM_CCORR map: the raw correlation the normalised methods start from.
// Throws Error naming the numbers when the dilated kernel is larger than the image or a
// stride/dilation is below 1. NaN/Inf are not checked here: the callers validate their inputs.
//
// Engine::Auto picks, by a cost model (engine/CostModel.h) fitted on this machine, the path of
// least estimated time:
//   direct    ∝ outputs · kernel taps (+ one pass over the rows read when strided);
//   separable ∝ outputs · (kernel width + height), when the kernel is rank 1;
//   fft       ∝ tiles · N log N, N the tile area, with the tile size chosen by the same model;
//             it ignores the stride (stride-1 outputs, then subsampled).
// Small kernels go direct (or separable); FFT wins from about 11×11 taps at stride 1; a large
// stride brings the direct path back, since its cost falls with the number of outputs.
//
// Who uses it: conv2d (ops/Conv2d.h) pads the input, flips the kernel for true convolution and
// correlates each channel plane here; matchTemplate (ops/TemplateMatch.h) makes every method
// from one correlation here plus running window sums (engine/WindowSums.h); transposedConv2d
// runs its stride phases here (engine/TransposedCorrelation.h). The FFT path keeps the kernel's
// spectrum (engine/KernelSpectrumCache.h), so that while only the image changes — a teacher
// painting it — no call transforms the kernel again; callers need do nothing for it.
cv::Mat correlateValid(const cv::Mat& padded, const cv::Mat& kernel,
                       const CorrelationOptions& options = {});

// The engine Auto would use for this case (never Auto).
Engine chooseEngine(const cv::Mat& padded, const cv::Mat& kernel,
                    const CorrelationOptions& options);

// What the float rounding of the path Auto picks is relative to. Direct and separable sums
// round relative to each window's own Σ|x|·|w|: 0 here. The FFT mixes every output with a
// whole tile: its rounding is relative to ‖tile‖₂·‖kernel‖₂, estimated as
// sqrt(tile area · mean x²)·‖kernel‖₂ (the mean over the whole padded image), and stays below
// kFftRoundoff times that (tst_correlationengine checks it on random cases). A caller that
// divides the correlation by a small norm (normalised template matching) uses it to tell the
// cells the FFT cannot resolve.
double fftRoundoffScale(const cv::Mat& padded, const cv::Mat& kernel,
                        const CorrelationOptions& options = {});
inline constexpr double kFftRoundoff = 1e-6; // about 16 float ulps

// Counters of the FFT path's caches, for tests and benchmarks.
struct FftCacheStatistics {
    std::size_t spectrumHits = 0;   // kernel spectra found in the cache
    std::size_t spectrumMisses = 0; // kernel spectra computed
    std::size_t plans = 0;          // FFTW plan pairs created (one per tile size)
};
FftCacheStatistics fftCacheStatistics();

} // namespace convlab
