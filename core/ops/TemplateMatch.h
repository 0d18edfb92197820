// SPDX-License-Identifier: MIT
#pragma once

#include <opencv2/core.hpp>
#include <string>
#include <vector>

namespace convlab {

// OpenCV's six cv::TemplateMatchModes, same order.
enum class MatchMethod { SqDiff, SqDiffNormed, CCorr, CCorrNormed, CCoeff, CCoeffNormed };

std::string toString(MatchMethod method);                   // "sqdiff", …, "ccoeff_normed"
MatchMethod matchMethodFromString(const std::string& name); // throws Error naming the value
bool lowerIsBetter(MatchMethod method);                     // sqdiff and sqdiff_normed
bool isNormalised(MatchMethod method);

// Response map of cv::matchTemplate, shape (H-h+1, W-w+1), CV_32F, single-channel inputs.
// Where a normalised score is 0/0 (a flat patch, or a flat window for ccoeff_normed) the map
// holds NaN: the score is undefined, never silently 0 or 1.
cv::Mat matchTemplate(const cv::Mat& image, const cv::Mat& patch, MatchMethod method);

struct Peak {
    int row = 0; // numpy's np.unravel_index(np.argmax(r), r.shape) convention
    int col = 0;
    float score = 0;
    cv::Rect rect; // where the patch lies in the image: x=col, y=row, patch width/height
};

// Best peaks first (maxima, or minima for sqdiff methods), NaN cells ignored. Greedy
// non-maximum suppression: a peak within `minDistance` cells (Chebyshev distance) of a kept
// one is dropped. Ties keep numpy's first-in-row-major-order rule. `threshold`, when given,
// drops peaks worse than it.
struct PeakQuery {
    int topK = 1;
    int minDistance = 0;
    bool useThreshold = false;
    float threshold = 0;
};
std::vector<Peak> findPeaks(const cv::Mat& response, MatchMethod method, cv::Size patchSize,
                            const PeakQuery& query = {});
// The same with the map's tiles already summarised (MapTiles.h): after a brush stroke only
// the tiles it changed are summarised again.
class MapTiles;
std::vector<Peak> findPeaks(const cv::Mat& response, const MapTiles& tiles, cv::Size patchSize,
                            const PeakQuery& query);

// How many cells of the map are undefined (NaN).
int countUndefined(const cv::Mat& response);

} // namespace convlab
