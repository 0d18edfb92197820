// SPDX-License-Identifier: MIT
#pragma once

#include "engine/AlignedBuffer.h"
#include "geometry/Types.h"

#include <complex>
#include <cstddef>
#include <list>
#include <memory>
#include <mutex>
#include <opencv2/core.hpp>

namespace convlab::engine {

using Spectrum = AlignedBuffer<std::complex<float>>;

// The half spectrum of a kernel dilated and placed at the origin of a tile, conjugated and
// divided by the tile area: IFFT(FFT(tile) · spectrum) is then the tile's correlation with the
// kernel, with FFTW's unnormalised inverse already compensated.
//
// A teacher drags the patch over the image or paints on the image: the kernel comes back
// unchanged call after call, so its spectrum is kept. Entries are matched on the kernel's
// values (a copy is kept and compared cell by cell, never by address, so a kernel edited in
// place is a new kernel), its dilation and the tile size. The few most recent are kept.
class KernelSpectrumCache final {
  public:
    static KernelSpectrumCache& instance();

    std::shared_ptr<const Spectrum> spectrumFor(const cv::Mat& kernel, Pair dilation,
                                                cv::Size tile);

    struct Statistics {
        std::size_t hits = 0;
        std::size_t misses = 0;
    };
    Statistics statistics() const;

    KernelSpectrumCache(const KernelSpectrumCache&) = delete;
    KernelSpectrumCache& operator=(const KernelSpectrumCache&) = delete;

  private:
    KernelSpectrumCache() = default;

    struct Entry {
        cv::Mat kernel; // a private copy
        Pair dilation;
        cv::Size tile;
        std::shared_ptr<const Spectrum> spectrum;
    };
    static constexpr std::size_t kCapacity = 4;

    mutable std::mutex m_mutex;
    std::list<Entry> m_entries; // most recently used first
    Statistics m_statistics;
};

} // namespace convlab::engine
