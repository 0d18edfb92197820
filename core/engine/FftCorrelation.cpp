// SPDX-License-Identifier: MIT
#include "engine/FftCorrelation.h"

#include "engine/AlignedBuffer.h"
#include "engine/FftwPlanner.h"
#include "engine/KernelSpectrumCache.h"
#include "engine/RowKernels.h"
#include "engine/Stripes.h"

#include <algorithm>
#include <complex>
#include <memory>
#include <mutex>
#include <vector>

namespace convlab::engine {
namespace {

// One worker's tile and spectrum buffers.
struct TileWorkspace {
    explicit TileWorkspace(cv::Size size)
        : tile(size), real(static_cast<std::size_t>(size.area())), spectrum(halfSpectrumSize(size))
    {
    }
    cv::Size tile;
    AlignedBuffer<float> real;
    AlignedBuffer<std::complex<float>> spectrum;
};

// Workspaces handed to the workers and taken back, so that calls on images of the same size
// allocate nothing. Only the latest tile size is kept: a new size frees the old buffers.
class WorkspacePool final {
  public:
    static WorkspacePool& instance()
    {
        static WorkspacePool pool;
        return pool;
    }

    std::unique_ptr<TileWorkspace> take(cv::Size tile)
    {
        {
            const std::lock_guard lock(m_mutex);
            if (m_tile != tile) {
                m_free.clear();
                m_tile = tile;
            }
            if (!m_free.empty()) {
                auto workspace = std::move(m_free.back());
                m_free.pop_back();
                return workspace;
            }
        }
        return std::make_unique<TileWorkspace>(tile);
    }

    void give(std::unique_ptr<TileWorkspace> workspace)
    {
        const std::lock_guard lock(m_mutex);
        if (workspace->tile == m_tile)
            m_free.push_back(std::move(workspace));
    }

  private:
    std::mutex m_mutex;
    cv::Size m_tile;
    std::vector<std::unique_ptr<TileWorkspace>> m_free;
};

// Borrows a workspace for the lifetime of one stripe of tiles.
class BorrowedWorkspace final {
  public:
    explicit BorrowedWorkspace(cv::Size tile) : m_workspace(WorkspacePool::instance().take(tile)) {}
    ~BorrowedWorkspace() { WorkspacePool::instance().give(std::move(m_workspace)); }
    BorrowedWorkspace(const BorrowedWorkspace&) = delete;
    BorrowedWorkspace& operator=(const BorrowedWorkspace&) = delete;
    TileWorkspace& operator*() const { return *m_workspace; }

  private:
    std::unique_ptr<TileWorkspace> m_workspace;
};

// Copies the image cells under the tile whose top-left image cell is `origin`; the part of
// the tile beyond the image is zero (it only feeds outputs that are not kept).
void loadTile(const cv::Mat& padded, cv::Point origin, cv::Size tile, float* real)
{
    const int rows = std::min(tile.height, padded.rows - origin.y);
    const int cols = std::min(tile.width, padded.cols - origin.x);
    for (int r = 0; r < rows; ++r) {
        const float* src = padded.ptr<float>(origin.y + r) + origin.x;
        float* dst = real + static_cast<std::size_t>(r) * tile.width;
        std::copy(src, src + cols, dst);
        std::fill(dst + cols, dst + tile.width, 0.f);
    }
    std::fill(real + static_cast<std::size_t>(rows) * tile.width,
              real + static_cast<std::size_t>(tile.area()), 0.f);
}

// Copies the tile's stride-1 outputs [origin, origin + count) that the stride keeps.
void storeTile(const float* real, cv::Size tile, cv::Point origin, cv::Size count, Pair stride,
               cv::Mat& out)
{
    const auto firstKept = [](int start, int s) { return (start + s - 1) / s * s; };
    for (int o = firstKept(origin.y, stride.rows); o < origin.y + count.height; o += stride.rows) {
        const float* src = real + static_cast<std::size_t>(o - origin.y) * tile.width;
        float* dst = out.ptr<float>(o / stride.rows);
        const int firstCol = firstKept(origin.x, stride.cols);
        if (stride.cols == 1) {
            std::copy(src + (firstCol - origin.x), src + count.width, dst + firstCol);
            continue;
        }
        for (int c = firstCol; c < origin.x + count.width; c += stride.cols)
            dst[c / stride.cols] = src[c - origin.x];
    }
}

} // namespace

void correlateFft(const cv::Mat& padded, const cv::Mat& kernel, const CorrelationShape& shape,
                  const FftTiling& tiling, cv::Mat& out)
{
    const TilePlans plans = FftwPlanner::instance().plansFor(tiling.tile);
    const std::shared_ptr<const Spectrum> kernelSpectrum =
        KernelSpectrumCache::instance().spectrumFor(kernel, shape.dilation, tiling.tile);
    // Stride-1 outputs up to the last one the stride keeps.
    const cv::Size needed((out.cols - 1) * shape.stride.cols + 1,
                          (out.rows - 1) * shape.stride.rows + 1);
    const int spectrumSize = static_cast<int>(halfSpectrumSize(tiling.tile));

    cv::parallel_for_(
        cv::Range(0, tiling.count()),
        [&](const cv::Range& tiles) {
            BorrowedWorkspace borrowed(tiling.tile);
            TileWorkspace& work = *borrowed;
            auto* spectrum = reinterpret_cast<fftwf_complex*>(work.spectrum.data());
            for (int t = tiles.start; t < tiles.end; ++t) {
                const cv::Point origin((t % tiling.tilesAcross) * tiling.step.width,
                                       (t / tiling.tilesAcross) * tiling.step.height);
                const cv::Size count(std::min(tiling.step.width, needed.width - origin.x),
                                     std::min(tiling.step.height, needed.height - origin.y));
                loadTile(padded, origin, tiling.tile, work.real.data());
                fftwf_execute_dft_r2c(plans.forward, work.real.data(), spectrum);
                multiplySpectra(work.spectrum.data(), kernelSpectrum->data(), spectrumSize);
                fftwf_execute_dft_c2r(plans.inverse, spectrum, work.real.data());
                storeTile(work.real.data(), tiling.tile, origin, count, shape.stride, out);
            }
        },
        stripeCount(tiling.count()));
}

} // namespace convlab::engine
