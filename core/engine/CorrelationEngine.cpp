// SPDX-License-Identifier: MIT
#include "engine/CorrelationEngine.h"

#include "Error.h"
#include "engine/CostModel.h"
#include "engine/DirectCorrelation.h"
#include "engine/FftCorrelation.h"
#include "engine/FftwPlanner.h"
#include "engine/KernelSpectrumCache.h"
#include "engine/SeparableKernel.h"
#include "engine/Stripes.h"

#include <algorithm>
#include <cmath>
#include <opencv2/core/utility.hpp>
#include <optional>
#include <string>

namespace convlab {
namespace {

std::string sizeText(int rows, int cols)
{
    return std::to_string(rows) + "x" + std::to_string(cols);
}

engine::CorrelationShape validatedShape(const cv::Mat& padded, const cv::Mat& kernel,
                                        const CorrelationOptions& options)
{
    require(!padded.empty() && !kernel.empty(),
            "correlation of an empty matrix (image " + sizeText(padded.rows, padded.cols) +
                ", kernel " + sizeText(kernel.rows, kernel.cols) + ")");
    require(padded.type() == CV_32FC1 && kernel.type() == CV_32FC1,
            "correlation takes single-channel float32 matrices; got " +
                cv::typeToString(padded.type()) + " and " + cv::typeToString(kernel.type()));
    const Pair s = options.stride;
    const Pair d = options.dilation;
    require(s.rows >= 1 && s.cols >= 1, "stride " + sizeText(s.rows, s.cols) + " must be >= 1");
    require(d.rows >= 1 && d.cols >= 1, "dilation " + sizeText(d.rows, d.cols) + " must be >= 1");

    const engine::CorrelationShape shape{padded.size(), kernel.size(), s, d};
    const cv::Size e = shape.extent();
    require(e.height <= padded.rows && e.width <= padded.cols,
            "kernel " + sizeText(kernel.rows, kernel.cols) + " (dilated " +
                sizeText(e.height, e.width) + ") is larger than padded input " +
                sizeText(padded.rows, padded.cols));
    return shape;
}

int workers()
{
    return engine::workerCount();
}

Engine cheapest(const engine::CorrelationShape& shape, bool separable)
{
    double least = engine::directCost(shape, workers());
    Engine choice = Engine::Direct;
    if (separable) {
        const double cost = engine::separableCost(shape, workers());
        if (cost <= least) {
            least = cost;
            choice = Engine::Separable;
        }
    }
    // The tiling search takes tens of microseconds: only when the FFT could win.
    if (engine::fftCostLowerBound(shape, workers()) < least &&
        engine::fftCost(engine::bestFftTiling(shape, workers()), workers()) < least)
        choice = Engine::Fft;
    return choice;
}

} // namespace

std::string toString(Engine engine)
{
    switch (engine) {
    case Engine::Auto:
        return "auto";
    case Engine::Direct:
        return "direct";
    case Engine::Separable:
        return "separable";
    case Engine::Fft:
        return "fft";
    }
    return "unknown";
}

Engine chooseEngine(const cv::Mat& padded, const cv::Mat& kernel, const CorrelationOptions& options)
{
    const engine::CorrelationShape shape = validatedShape(padded, kernel, options);
    return cheapest(shape, engine::separableFactors(kernel).has_value());
}

cv::Mat correlateValid(const cv::Mat& padded, const cv::Mat& kernel,
                       const CorrelationOptions& options)
{
    const engine::CorrelationShape shape = validatedShape(padded, kernel, options);
    const std::optional<engine::SeparableFactors> factors = engine::separableFactors(kernel);

    Engine chosen = options.engine;
    if (chosen == Engine::Auto)
        chosen = cheapest(shape, factors.has_value());
    require(chosen != Engine::Separable || factors.has_value(),
            "the separable engine needs a rank-1 kernel; this " +
                sizeText(kernel.rows, kernel.cols) + " kernel is not");

    cv::Mat out(shape.output(), CV_32FC1);
    switch (chosen) {
    case Engine::Separable:
        engine::correlateSeparable(padded, *factors, shape, out);
        break;
    case Engine::Fft:
        engine::correlateFft(padded, kernel, shape, engine::bestFftTiling(shape, workers()), out);
        break;
    case Engine::Auto:
    case Engine::Direct:
        engine::correlateDirect(padded, kernel, shape, out);
        break;
    }
    return out;
}

double fftRoundoffScale(const cv::Mat& padded, const cv::Mat& kernel,
                        const CorrelationOptions& options)
{
    const engine::CorrelationShape shape = validatedShape(padded, kernel, options);
    Engine chosen = options.engine;
    if (chosen == Engine::Auto)
        chosen = cheapest(shape, engine::separableFactors(kernel).has_value());
    if (chosen != Engine::Fft)
        return 0;
    const double tileArea = engine::bestFftTiling(shape, workers()).tile.area();
    const double meanSquare =
        cv::norm(padded, cv::NORM_L2SQR) / static_cast<double>(padded.total());
    return std::sqrt(tileArea * meanSquare) * cv::norm(kernel, cv::NORM_L2);
}

FftCacheStatistics fftCacheStatistics()
{
    const auto spectra = engine::KernelSpectrumCache::instance().statistics();
    return {spectra.hits, spectra.misses, engine::FftwPlanner::instance().plansCreated()};
}

} // namespace convlab
