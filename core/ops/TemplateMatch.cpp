// SPDX-License-Identifier: MIT
#include "ops/TemplateMatch.h"

#include "Error.h"
#include "engine/CorrelationEngine.h"
#include "engine/WindowSums.h"
#include "ops/Conv2d.h"
#include "ops/MapTiles.h"
#include "ops/MatchScore.h"

#include <algorithm>
#include <array>
#include <cfloat>
#include <cmath>
#include <cstdlib>
#include <utility>

namespace convlab {

namespace {

constexpr std::array<std::pair<MatchMethod, const char*>, 6> kMethodNames{{
    {MatchMethod::SqDiff, "sqdiff"},
    {MatchMethod::SqDiffNormed, "sqdiff_normed"},
    {MatchMethod::CCorr, "ccorr"},
    {MatchMethod::CCorrNormed, "ccorr_normed"},
    {MatchMethod::CCoeff, "ccoeff"},
    {MatchMethod::CCoeffNormed, "ccoeff_normed"},
}};

// Bound on the round-off of a window's Σ I² and Σ I² - (Σ I)²/n, as a multiple of Σ I²: the
// running sums (engine/WindowSums.h) are compensated, within a few ulps of the exact sums, and
// the centred energy's subtraction adds one rounding of Σ I².
constexpr double kWindowRoundoffFactor = 8 * DBL_EPSILON;

// Normalised scores are resolved to this, or better: where the FFT's rounding of Σ I·T,
// divided by the score's denominator, could exceed it (a nearly flat or nearly black window
// in a textured image), the window's Σ I·T is summed again directly, in double.
constexpr double kScoreResolution = 1e-4;

std::string sizeText(const cv::Mat& m)
{
    return std::to_string(m.rows) + "x" + std::to_string(m.cols);
}

void requireMatchable(const cv::Mat& m, const char* what)
{
    require(!m.empty(), std::string(what) + " is empty");
    require(m.channels() == 1, std::string(what) + " has " + std::to_string(m.channels()) +
                                   " channels; template matching needs a single channel");
    require(m.depth() == CV_32F, std::string(what) + " is " + cv::typeToString(m.type()) +
                                     "; template matching needs float32 (CV_32FC1)");
    requireFinite(m, what);
}

void validateMatchInputs(const cv::Mat& image, const cv::Mat& patch)
{
    requireMatchable(image, "image");
    requireMatchable(patch, "patch");
    require(patch.rows <= image.rows && patch.cols <= image.cols,
            "patch " + sizeText(patch) + " is larger than image " + sizeText(image) +
                " (rows x cols)");
}

// The patch's moments, computed directly in double (two passes, so the variance of a
// constant patch is exactly zero).
struct PatchMoments {
    double mean = 0;
    double energy = 0;        // Σ T²
    double centredEnergy = 0; // Σ (T - mean)²

    explicit PatchMoments(const cv::Mat& patch)
    {
        double sum = 0;
        for (int r = 0; r < patch.rows; ++r) {
            const float* row = patch.ptr<float>(r);
            for (int c = 0; c < patch.cols; ++c) {
                sum += row[c];
                energy += static_cast<double>(row[c]) * row[c];
            }
        }
        mean = sum / static_cast<double>(patch.total());
        for (int r = 0; r < patch.rows; ++r) {
            const float* row = patch.ptr<float>(r);
            for (int c = 0; c < patch.cols; ++c)
                centredEnergy += (row[c] - mean) * (row[c] - mean);
        }
    }
};

// Σ image·patch over every window, through the correlation engine (direct, separable or FFT
// by its cost model; the patch's spectrum is cached while only the image changes).
cv::Mat crossCorrelation(const cv::Mat& image, const cv::Mat& patch)
{
    return correlateValid(image, patch);
}

// Σ image·patch over the window at (row, col), summed in double.
double exactCorrelation(const cv::Mat& image, const cv::Mat& patch, int row, int col)
{
    double sum = 0;
    for (int u = 0; u < patch.rows; ++u) {
        const float* x = image.ptr<float>(row + u) + col;
        const float* w = patch.ptr<float>(u);
        for (int v = 0; v < patch.cols; ++v)
            sum += static_cast<double>(x[v]) * w[v];
    }
    return sum;
}

// Scores every window with matchScore, from sums in double, with one float correlation.
//
// The correlation is what float rounding touches, so its terms are kept small: the patch is
// centred in float, tc = fl(T - mean), leaving tc a tiny mean μ, and the image is levelled,
// L = fl(I - level) with `level` its mean. Then, exactly in the algebra and in double here,
//   Σ I·(T - mean) = Σ L·tc + level·n·μ - μ·Σ I = Σ L·tc - μ·(Σ I - n·level),
// so that only texture, never brightness, multiplies the rounding (a faint texture on a
// bright level keeps its digits); Σ I·T = that + mean·Σ I. The window sums Σ I and Σ I² come
// from compensated running sums in double (engine/WindowSums.h), streamed row by row: no
// image-sized double tables, so a 4096×4096 image stays well under 400 MB. When the engine
// correlates by FFT, the few windows whose normalised score its rounding could blur beyond
// kScoreResolution get their Σ L·tc summed again exactly.
cv::Mat scoreWindows(const cv::Mat& image, const cv::Mat& patch, MatchMethod method)
{
    const PatchMoments moments(patch);
    cv::Mat centredPatch;
    cv::subtract(patch, cv::Scalar::all(moments.mean), centredPatch);
    const double residualMean = PatchMoments(centredPatch).mean;
    const float level = static_cast<float>(cv::mean(image)[0]);
    cv::Mat levelled;
    cv::subtract(image, cv::Scalar::all(level), levelled);
    cv::Mat response = crossCorrelation(levelled, centredPatch);
    const double crossRoundoff =
        isNormalised(method) ? kFftRoundoff * fftRoundoffScale(levelled, centredPatch) : 0;

    const double count = static_cast<double>(patch.total());
    const double levelSum = count * level;
    // The least denominator of the score that the correlation's rounding leaves resolved.
    const double resolvedDenominator = crossRoundoff / kScoreResolution;
    const auto denominator = [&](double windowEnergy, double windowCentredEnergy) {
        return method == MatchMethod::CCoeffNormed
                   ? std::sqrt(std::max(windowCentredEnergy, 0.0) * moments.centredEnergy)
                   : std::sqrt(windowEnergy * moments.energy);
    };
    forEachWindowRow(image, patch.size(), [&](int r, const double* sum, const double* squares) {
        float* row = response.ptr<float>(r);
        MatchSums sums;
        sums.patchEnergy = moments.energy;
        sums.patchCentredEnergy = moments.centredEnergy;
        for (int c = 0; c < response.cols; ++c) {
            const double energy = std::max(squares[c], 0.0);
            sums.windowEnergy = energy;
            sums.windowCentredEnergy = energy - sum[c] * sum[c] / count;
            sums.windowRoundoff = kWindowRoundoffFactor * energy;
            const auto score = [&](double cross) {
                sums.centredCross = cross - residualMean * (sum[c] - levelSum);
                sums.cross = sums.centredCross + moments.mean * sum[c];
                sums.squaredDifference = std::max(energy - 2 * sums.cross + moments.energy, 0.0);
                return matchScore(sums, method);
            };
            double value = score(row[c]);
            // Undefined scores stay so: the rounding of Σ I·T does not enter their test.
            if (!std::isnan(value) &&
                denominator(energy, sums.windowCentredEnergy) < resolvedDenominator)
                value = score(exactCorrelation(levelled, centredPatch, r, c));
            row[c] = static_cast<float>(value);
        }
    });
    return response;
}

void validatePeakQuery(const cv::Mat& response, cv::Size patchSize, const PeakQuery& query)
{
    require(response.empty() || response.type() == CV_32FC1,
            "response map is " + cv::typeToString(response.type()) + "; expected CV_32FC1");
    require(patchSize.width >= 1 && patchSize.height >= 1,
            "patch size " + std::to_string(patchSize.height) + "x" +
                std::to_string(patchSize.width) + " (rows x cols) must be at least 1x1");
    require(query.topK >= 1, "top-k must be at least 1, got " + std::to_string(query.topK));
    require(query.minDistance >= 0,
            "minimum distance must be 0 or more, got " + std::to_string(query.minDistance));
    require(!query.useThreshold || !std::isnan(query.threshold), "threshold is NaN");
}

} // namespace

std::string toString(MatchMethod method)
{
    for (const auto& [value, name] : kMethodNames)
        if (value == method)
            return name;
    throw Error("unknown match method " + std::to_string(static_cast<int>(method)));
}

MatchMethod matchMethodFromString(const std::string& name)
{
    std::string expected;
    for (const auto& [value, text] : kMethodNames) {
        if (name == text)
            return value;
        expected += expected.empty() ? text : std::string(", ") + text;
    }
    throw Error("unknown method '" + name + "' (expected one of " + expected + ")");
}

bool lowerIsBetter(MatchMethod method)
{
    return method == MatchMethod::SqDiff || method == MatchMethod::SqDiffNormed;
}

bool isNormalised(MatchMethod method)
{
    return method == MatchMethod::SqDiffNormed || method == MatchMethod::CCorrNormed ||
           method == MatchMethod::CCoeffNormed;
}

cv::Mat matchTemplate(const cv::Mat& image, const cv::Mat& patch, MatchMethod method)
{
    validateMatchInputs(image, patch);
    if (method == MatchMethod::CCorr)
        return crossCorrelation(image, patch); // nothing cancels: the raw correlation suffices
    return scoreWindows(image, patch, method);
}

std::vector<Peak> findPeaks(const cv::Mat& response, MatchMethod method, cv::Size patchSize,
                            const PeakQuery& query)
{
    validatePeakQuery(response, patchSize, query);
    return MapTiles(response, method).peaks(response, patchSize, query);
}

std::vector<Peak> findPeaks(const cv::Mat& response, const MapTiles& tiles, cv::Size patchSize,
                            const PeakQuery& query)
{
    validatePeakQuery(response, patchSize, query);
    return tiles.peaks(response, patchSize, query);
}

int countUndefined(const cv::Mat& response)
{
    require(response.empty() || response.depth() == CV_32F,
            "response map is " + cv::typeToString(response.type()) + "; expected CV_32F");
    int count = 0;
    const int values = response.cols * response.channels();
    for (int r = 0; r < response.rows; ++r) {
        const float* row = response.ptr<float>(r);
        count += static_cast<int>(
            std::count_if(row, row + values, [](float v) { return std::isnan(v); }));
    }
    return count;
}

} // namespace convlab
