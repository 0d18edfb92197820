// SPDX-License-Identifier: MIT
#pragma once

#include "geometry/Types.h"

#include <opencv2/core.hpp>

namespace convlab::engine {

// A "valid" correlation of an already padded image with a kernel, stride and dilation.
struct CorrelationShape {
    cv::Size input;  // padded image
    cv::Size kernel; // taps, before dilation
    Pair stride{1, 1};
    Pair dilation{1, 1};

    cv::Size extent() const; // the dilated kernel: d(k-1)+1 per axis
    cv::Size output() const; // floor((i - extent) / s) + 1 per axis; extent <= input
};

// How the FFT path cuts the image: overlap-save tiles of `tile` cells, each giving `step`
// stride-1 outputs per axis, `tilesDown` × `tilesAcross` of them.
struct FftTiling {
    cv::Size tile;
    cv::Size step;
    int tilesDown = 0;
    int tilesAcross = 0;
    int count() const { return tilesDown * tilesAcross; }
};

// Estimated wall time of each path, in nanoseconds on this project's reference machine (2
// cores), for the given shape and `threads` workers. The constants were fitted on convlab_bench
// runs; only their ratios matter, since they only serve to compare the paths.
//
// - direct:    outputs · taps · MAC, plus, for a column stride s > 1, one split of each input
//              row it reads into s phases (so that every tap reads a contiguous row). The
//              direct path weights columns by phase instead when that is cheaper
//              (engine/DirectCorrelation.h), so this is its upper bound.
// - separable: the 1D row pass on the rows read (outputs per row · kernel width) plus the 1D
//              column pass (outputs · kernel height): kw + kh MACs per output instead of kw·kh.
// - fft:       per tile, a forward and an inverse real FFT (∝ N log2 N, N = tile area) and the
//              pointwise product and copies (∝ N), tiles shared among the workers, plus one
//              tile-sized FFT for the kernel's spectrum. The cost does not shrink with the
//              stride: every stride-1 output is computed, then subsampled.
double directCost(const CorrelationShape& shape, int threads);
double separableCost(const CorrelationShape& shape, int threads);
double fftCost(const FftTiling& tiling, int threads);

// No tiling costs less: every stride-1 output the stride keeps lies in some tile, and a tile
// no smaller than the kernel's extent costs at least this much per output it gives. Lets the
// engine skip the tiling search when a direct path is already cheaper.
double fftCostLowerBound(const CorrelationShape& shape, int threads);

// The tiling of least fftCost among tile sides of the form 2^a·3^b·5^c (b, c <= 1), from the
// dilated kernel's extent up to the first such size covering the image.
FftTiling bestFftTiling(const CorrelationShape& shape, int threads);

} // namespace convlab::engine
