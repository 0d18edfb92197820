// SPDX-License-Identifier: MIT
#include "ops/TemplateMatch.h"

#include "Error.h"
#include "ops/Conv2d.h"
#include "ops/MatchScore.h"

#include <algorithm>
#include <array>
#include <cfloat>
#include <cmath>
#include <cstdlib>
#include <opencv2/imgproc.hpp>
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

// The double sums read from integral images carry round-off that grows with the size of the
// image; measured errors stay near 12 eps times the largest corner on a full-HD image, so this
// margin keeps a constant window from passing for a textured one.
constexpr double kIntegralRoundoffFactor = 128 * DBL_EPSILON;

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

// Σ I and Σ I² over one window, and a bound on the round-off that Σ I² carries.
struct WindowMoments {
    double sum;
    double energy;
    double roundoff;
};

// Window sums of every h×w window of the image, from double integral images.
class WindowSums {
  public:
    WindowSums(const cv::Mat& image, cv::Size window) : m_window(window)
    {
        cv::integral(image, m_sum, m_sqsum, CV_64F, CV_64F);
    }

    WindowMoments at(int row, int col) const
    {
        const int bottom = row + m_window.height;
        const int right = col + m_window.width;
        const double* sumTop = m_sum.ptr<double>(row);
        const double* sumBottom = m_sum.ptr<double>(bottom);
        const double* sqTop = m_sqsum.ptr<double>(row);
        const double* sqBottom = m_sqsum.ptr<double>(bottom);
        const double sum = sumBottom[right] - sumBottom[col] - sumTop[right] + sumTop[col];
        const double energy = sqBottom[right] - sqBottom[col] - sqTop[right] + sqTop[col];
        // Each corner is a running sum whose error grows with what it accumulated; squares
        // only grow, so the bottom-right corner is the largest. (Σ I's error, doubled by the
        // window mean in Σ I² - (Σ I)²/n, stays below this even on 4096×4096 images.)
        return {sum, std::max(energy, 0.0), kIntegralRoundoffFactor * sqBottom[right]};
    }

  private:
    cv::Size m_window;
    cv::Mat m_sum;
    cv::Mat m_sqsum;
};

// Σ image·patch over every window. OpenCV correlates in double (DFT) and rounds to float.
cv::Mat crossCorrelation(const cv::Mat& image, const cv::Mat& patch)
{
    cv::Mat correlation;
    cv::matchTemplate(image, patch, correlation, cv::TM_CCORR);
    return correlation;
}

// Scores every window with matchScore, from sums all in double. OpenCV derives every method
// from the float Σ I·T and loses the digits a bright window cancels. Here the image is
// correlated with the patch centred in float, tc = fl(T - mean), which leaves tc a tiny mean μ:
// Σ I·(T - mean) = Σ I·tc - μ·Σ I removes it, so that only texture, never brightness,
// multiplies the rounding; Σ I·T = that + mean·Σ I.
cv::Mat scoreWindows(const cv::Mat& image, const cv::Mat& patch, MatchMethod method)
{
    const PatchMoments moments(patch);
    cv::Mat centredPatch;
    cv::subtract(patch, cv::Scalar::all(moments.mean), centredPatch);
    const double residualMean = PatchMoments(centredPatch).mean;
    cv::Mat response = crossCorrelation(image, centredPatch);
    const WindowSums windows(image, patch.size());
    const double count = static_cast<double>(patch.total());
    MatchSums sums;
    sums.patchEnergy = moments.energy;
    sums.patchCentredEnergy = moments.centredEnergy;
    for (int r = 0; r < response.rows; ++r) {
        float* row = response.ptr<float>(r);
        for (int c = 0; c < response.cols; ++c) {
            const WindowMoments w = windows.at(r, c);
            sums.windowEnergy = w.energy;
            sums.windowCentredEnergy = w.energy - w.sum * w.sum / count;
            sums.windowRoundoff = w.roundoff;
            sums.centredCross = row[c] - residualMean * w.sum;
            sums.cross = sums.centredCross + moments.mean * w.sum;
            sums.squaredDifference = std::max(w.energy - 2 * sums.cross + moments.energy, 0.0);
            row[c] = static_cast<float>(matchScore(sums, method));
        }
    }
    return response;
}

struct Candidate {
    float score;
    int index; // row-major position in the response map
};

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
        return crossCorrelation(image, patch); // nothing cancels: the float correlation suffices
    return scoreWindows(image, patch, method);
}

std::vector<Peak> findPeaks(const cv::Mat& response, MatchMethod method, cv::Size patchSize,
                            const PeakQuery& query)
{
    validatePeakQuery(response, patchSize, query);
    const bool lower = lowerIsBetter(method);
    const auto passesThreshold = [&](float score) {
        return !query.useThreshold || (lower ? score <= query.threshold : score >= query.threshold);
    };

    std::vector<Candidate> heap;
    heap.reserve(response.total());
    for (int r = 0; r < response.rows; ++r) {
        const float* row = response.ptr<float>(r);
        for (int c = 0; c < response.cols; ++c)
            if (!std::isnan(row[c]) && passesThreshold(row[c]))
                heap.push_back({row[c], r * response.cols + c});
    }
    // Heap order "worse than": the top is the best score, the first in row-major order on ties.
    const auto worse = [lower](const Candidate& a, const Candidate& b) {
        if (a.score != b.score)
            return lower ? a.score > b.score : a.score < b.score;
        return a.index > b.index;
    };
    std::make_heap(heap.begin(), heap.end(), worse);

    std::vector<Peak> peaks;
    while (!heap.empty() && static_cast<int>(peaks.size()) < query.topK) {
        std::pop_heap(heap.begin(), heap.end(), worse);
        const Candidate best = heap.back();
        heap.pop_back();
        const int row = best.index / response.cols;
        const int col = best.index % response.cols;
        const bool suppressed = std::any_of(peaks.begin(), peaks.end(), [&](const Peak& kept) {
            return std::max(std::abs(kept.row - row), std::abs(kept.col - col)) <=
                   query.minDistance;
        });
        if (!suppressed)
            peaks.push_back(
                {row, col, best.score, cv::Rect(col, row, patchSize.width, patchSize.height)});
    }
    return peaks;
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
