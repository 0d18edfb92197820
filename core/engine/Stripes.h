// SPDX-License-Identifier: MIT
#pragma once

#include <algorithm>
#include <opencv2/core/utility.hpp>

namespace convlab::engine {

// While one lives on a thread, the engine's loops started from that thread run on it alone.
// A live update of the few thousand response cells a brush stroke reaches gains little from a
// second core, and on a two-core machine the window's own thread needs that core to keep
// painting. Scopes nest; the previous setting comes back when one ends.
class SingleThreadScope final {
  public:
    SingleThreadScope() : m_previous(s_active) { s_active = true; }
    ~SingleThreadScope() { s_active = m_previous; }
    SingleThreadScope(const SingleThreadScope&) = delete;
    SingleThreadScope& operator=(const SingleThreadScope&) = delete;

    static bool active() { return s_active; }

  private:
    static inline thread_local bool s_active = false;
    bool m_previous;
};

// The threads the engine's loops may use from this thread (the cost model counts them too).
inline int workerCount()
{
    return SingleThreadScope::active() ? 1 : std::max(1, cv::getNumThreads());
}

// Stripes for cv::parallel_for_ over `items` rows or tiles: a few per worker so that they
// balance, few enough that each stripe's set-up (buffers, row caches) stays negligible. One
// stripe makes cv::parallel_for_ run the loop on the calling thread.
inline double stripeCount(int items)
{
    return std::min(items, SingleThreadScope::active() ? 1 : 4 * workerCount());
}

} // namespace convlab::engine
