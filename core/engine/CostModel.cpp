// SPDX-License-Identifier: MIT
#include "engine/CostModel.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace convlab::engine {
namespace {

// Nanoseconds on one core of the reference machine (AMD EPYC, AVX-512), from convlab_bench.
constexpr double kMac = 0.08;      // one vectorised multiply-add of the direct loops
constexpr double kSplit = 0.1;     // one input cell split into column phases
constexpr double kFftPoint = 0.25; // forward + inverse real FFT, per N·log2(N)
constexpr double kTilePoint = 1.2; // copy in, pointwise product, copy out, per tile cell

// Tile sides FFTW transforms fast: 2^a, 3·2^a, 5·2^a, 15·2^a.
std::vector<int> fastSizes(int smallest, int covering)
{
    std::vector<int> sizes;
    for (int base : {1, 3, 5, 15})
        for (long n = base; n <= 2L * std::max(covering, 16); n *= 2)
            if (n >= smallest)
                sizes.push_back(static_cast<int>(n));
    std::sort(sizes.begin(), sizes.end());
    // Keep sizes up to the first one covering the whole image: larger ones only add zeros.
    const auto cover = std::lower_bound(sizes.begin(), sizes.end(), covering);
    if (cover != sizes.end())
        sizes.erase(cover + 1, sizes.end());
    return sizes;
}

double perWorker(double work, int threads)
{
    return work / std::max(threads, 1);
}

// Distinct input rows the output rows read.
double rowsRead(const CorrelationShape& shape)
{
    const cv::Size out = shape.output();
    const double span = (out.height - 1.0) * shape.stride.rows + shape.extent().height;
    return std::min(span, static_cast<double>(out.height) * shape.kernel.height);
}

} // namespace

cv::Size CorrelationShape::extent() const
{
    return {dilation.cols * (kernel.width - 1) + 1, dilation.rows * (kernel.height - 1) + 1};
}

cv::Size CorrelationShape::output() const
{
    const cv::Size e = extent();
    return {(input.width - e.width) / stride.cols + 1, (input.height - e.height) / stride.rows + 1};
}

double directCost(const CorrelationShape& shape, int threads)
{
    const cv::Size out = shape.output();
    double work = static_cast<double>(out.area()) * shape.kernel.area() * kMac;
    if (shape.stride.cols > 1)
        work += rowsRead(shape) * shape.input.width * kSplit;
    return perWorker(work, threads);
}

double separableCost(const CorrelationShape& shape, int threads)
{
    const cv::Size out = shape.output();
    double work = rowsRead(shape) * out.width * shape.kernel.width * kMac +
                  static_cast<double>(out.area()) * shape.kernel.height * kMac;
    if (shape.stride.cols > 1)
        work += rowsRead(shape) * shape.input.width * kSplit;
    return perWorker(work, threads);
}

double fftCost(const FftTiling& tiling, int threads)
{
    const double n = static_cast<double>(tiling.tile.area());
    const double transform = kFftPoint * n * std::log2(n);
    const double perTile = transform + kTilePoint * n;
    const int rounds = (tiling.count() + threads - 1) / std::max(threads, 1);
    return rounds * perTile + transform / 2; // the kernel's spectrum: one forward transform
}

double fftCostLowerBound(const CorrelationShape& shape, int threads)
{
    const cv::Size out = shape.output();
    const double needed =
        ((out.height - 1.0) * shape.stride.rows + 1) * ((out.width - 1.0) * shape.stride.cols + 1);
    const double smallestTile = std::max(2.0, static_cast<double>(shape.extent().area()));
    return perWorker(needed * (kFftPoint * std::log2(smallestTile) + kTilePoint), threads);
}

FftTiling bestFftTiling(const CorrelationShape& shape, int threads)
{
    const cv::Size e = shape.extent();
    const cv::Size out = shape.output();
    // Stride-1 outputs up to the last one the stride keeps.
    const int needRows = (out.height - 1) * shape.stride.rows + 1;
    const int needCols = (out.width - 1) * shape.stride.cols + 1;

    FftTiling best;
    double bestCost = std::numeric_limits<double>::infinity();
    for (int th : fastSizes(e.height, shape.input.height))
        for (int tw : fastSizes(e.width, shape.input.width)) {
            FftTiling candidate;
            candidate.tile = {tw, th};
            candidate.step = {tw - e.width + 1, th - e.height + 1};
            candidate.tilesDown = (needRows + candidate.step.height - 1) / candidate.step.height;
            candidate.tilesAcross = (needCols + candidate.step.width - 1) / candidate.step.width;
            const double cost = fftCost(candidate, threads);
            if (cost < bestCost) {
                bestCost = cost;
                best = candidate;
            }
        }
    return best;
}

} // namespace convlab::engine
