// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <fftw3.h>
#include <map>
#include <mutex>
#include <opencv2/core.hpp>
#include <utility>

namespace convlab::engine {

// The forward (real → half spectrum) and inverse (half spectrum → real) out-of-place transforms
// of one tile size. They run on any 64-byte-aligned buffers of that size through
// fftwf_execute_dft_r2c / _c2r, which FFTW allows from several threads at once.
struct TilePlans {
    fftwf_plan forward = nullptr;
    fftwf_plan inverse = nullptr;
};

// Creates FFTW plans once per tile size and keeps them for the life of the process. FFTW's
// planner is not thread-safe, so every planner call goes through one mutex; executing the plans
// needs no lock. FFTW_ESTIMATE: planning costs microseconds instead of FFTW_MEASURE's seconds,
// for transforms within a few percent of the measured ones at the tile sizes the cost model
// picks.
class FftwPlanner final {
  public:
    static FftwPlanner& instance();

    TilePlans plansFor(cv::Size tile);
    std::size_t plansCreated() const;

    FftwPlanner(const FftwPlanner&) = delete;
    FftwPlanner& operator=(const FftwPlanner&) = delete;

  private:
    FftwPlanner() = default;
    ~FftwPlanner();

    mutable std::mutex m_mutex;
    std::map<std::pair<int, int>, TilePlans> m_plans; // (rows, cols)
};

// Size of the half spectrum FFTW's r2c gives for a tile: rows × (cols/2 + 1) complex values.
inline std::size_t halfSpectrumSize(cv::Size tile)
{
    return static_cast<std::size_t>(tile.height) * static_cast<std::size_t>(tile.width / 2 + 1);
}

} // namespace convlab::engine
