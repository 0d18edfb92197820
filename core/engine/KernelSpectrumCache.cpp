// SPDX-License-Identifier: MIT
#include "engine/KernelSpectrumCache.h"

#include "engine/FftwPlanner.h"

#include <algorithm>
#include <cstring>

namespace convlab::engine {
namespace {

bool sameValues(const cv::Mat& a, const cv::Mat& b)
{
    if (a.size() != b.size() || a.type() != b.type())
        return false;
    const std::size_t rowBytes = static_cast<std::size_t>(a.cols) * a.elemSize();
    for (int r = 0; r < a.rows; ++r)
        if (std::memcmp(a.ptr(r), b.ptr(r), rowBytes) != 0)
            return false;
    return true;
}

std::shared_ptr<const Spectrum> computeSpectrum(const cv::Mat& kernel, Pair dilation, cv::Size tile)
{
    AlignedBuffer<float> placed(static_cast<std::size_t>(tile.area()));
    std::fill(placed.data(), placed.data() + placed.size(), 0.f);
    for (int u = 0; u < kernel.rows; ++u)
        for (int v = 0; v < kernel.cols; ++v)
            placed.data()[static_cast<std::size_t>(u * dilation.rows) * tile.width +
                          static_cast<std::size_t>(v * dilation.cols)] = kernel.at<float>(u, v);

    auto spectrum = std::make_shared<Spectrum>(halfSpectrumSize(tile));
    fftwf_execute_dft_r2c(FftwPlanner::instance().plansFor(tile).forward, placed.data(),
                          reinterpret_cast<fftwf_complex*>(spectrum->data()));

    const float scale = 1.f / static_cast<float>(tile.area());
    std::complex<float>* values = spectrum->data();
    for (std::size_t i = 0; i < spectrum->size(); ++i)
        values[i] = std::conj(values[i]) * scale;
    return spectrum;
}

} // namespace

KernelSpectrumCache& KernelSpectrumCache::instance()
{
    static KernelSpectrumCache cache;
    return cache;
}

std::shared_ptr<const Spectrum> KernelSpectrumCache::spectrumFor(const cv::Mat& kernel,
                                                                 Pair dilation, cv::Size tile)
{
    {
        const std::lock_guard lock(m_mutex);
        const auto found = std::find_if(m_entries.begin(), m_entries.end(), [&](const Entry& e) {
            return e.dilation == dilation && e.tile == tile && sameValues(e.kernel, kernel);
        });
        if (found != m_entries.end()) {
            ++m_statistics.hits;
            m_entries.splice(m_entries.begin(), m_entries, found);
            return found->spectrum;
        }
        ++m_statistics.misses;
    }
    // Computed outside the lock: other threads keep finding their spectra meanwhile.
    auto spectrum = computeSpectrum(kernel, dilation, tile);
    const std::lock_guard lock(m_mutex);
    m_entries.push_front({kernel.clone(), dilation, tile, spectrum});
    if (m_entries.size() > kCapacity)
        m_entries.pop_back();
    return spectrum;
}

KernelSpectrumCache::Statistics KernelSpectrumCache::statistics() const
{
    const std::lock_guard lock(m_mutex);
    return m_statistics;
}

} // namespace convlab::engine
