// SPDX-License-Identifier: MIT
#pragma once

#include <opencv2/core/utility.hpp>

#include <algorithm>

namespace convlab::engine {

// Stripes for cv::parallel_for_ over `items` rows or tiles: a few per worker so that they
// balance, few enough that each stripe's set-up (buffers, row caches) stays negligible.
inline double stripeCount(int items)
{
    return std::min(items, 4 * std::max(1, cv::getNumThreads()));
}

} // namespace convlab::engine
