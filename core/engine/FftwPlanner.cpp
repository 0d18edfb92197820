// SPDX-License-Identifier: MIT
#include "engine/FftwPlanner.h"

#include "engine/AlignedBuffer.h"

#include <complex>
#include <stdexcept>
#include <string>

namespace convlab::engine {

FftwPlanner& FftwPlanner::instance()
{
    static FftwPlanner planner;
    return planner;
}

FftwPlanner::~FftwPlanner()
{
    for (auto& [size, plans] : m_plans) {
        fftwf_destroy_plan(plans.forward);
        fftwf_destroy_plan(plans.inverse);
    }
}

TilePlans FftwPlanner::plansFor(cv::Size tile)
{
    const std::lock_guard lock(m_mutex);
    const auto key = std::make_pair(tile.height, tile.width);
    if (const auto found = m_plans.find(key); found != m_plans.end())
        return found->second;

    // Planning buffers only fix the alignment and in/out-of-place layout; with FFTW_ESTIMATE
    // the planner does not touch their contents.
    AlignedBuffer<float> real(static_cast<std::size_t>(tile.area()));
    AlignedBuffer<std::complex<float>> spectrum(halfSpectrumSize(tile));
    auto* complexData = reinterpret_cast<fftwf_complex*>(spectrum.data());
    TilePlans plans;
    // The tile buffer is scratch: letting FFTW overwrite it spares its internal copy.
    plans.forward = fftwf_plan_dft_r2c_2d(tile.height, tile.width, real.data(), complexData,
                                          FFTW_ESTIMATE | FFTW_DESTROY_INPUT);
    plans.inverse =
        fftwf_plan_dft_c2r_2d(tile.height, tile.width, complexData, real.data(), FFTW_ESTIMATE);
    if (!plans.forward || !plans.inverse) {
        if (plans.forward)
            fftwf_destroy_plan(plans.forward);
        if (plans.inverse)
            fftwf_destroy_plan(plans.inverse);
        throw std::runtime_error("FFTW could not plan a " + std::to_string(tile.height) + "x" +
                                 std::to_string(tile.width) + " transform");
    }
    m_plans.emplace(key, plans);
    return plans;
}

std::size_t FftwPlanner::plansCreated() const
{
    const std::lock_guard lock(m_mutex);
    return m_plans.size();
}

} // namespace convlab::engine
