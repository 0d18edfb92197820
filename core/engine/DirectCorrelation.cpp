// SPDX-License-Identifier: MIT
#include "engine/DirectCorrelation.h"

#include "engine/AlignedBuffer.h"
#include "engine/RowKernels.h"
#include "engine/RowRing.h"
#include "engine/Stripes.h"

#include <algorithm>
#include <optional>
#include <vector>

namespace convlab::engine {
namespace {

constexpr int kLanes = 16; // the width of RowKernels' vectors

// With a column stride s, tap v of a kernel row reads column s·j + v·dc for output j, that is
// column x = s·j + r of the row shifted left by q·s, where v·dc = q·s + r. So a partial row
//     partial[x] = Σ_u Σ_q W[u][q][x mod s] · row_u[x + q·s]
// reads every input row where it lies, contiguously, and output j is the sum of its group
// partial[s·j … s·j + s - 1]. These are the phase-dependent weights W, one PhasedTap table per
// (kernel row u, shift q) holding a nonzero weight.
class PhasedWeights final {
  public:
    PhasedWeights(const cv::Mat& kernel, int stride, int dilation)
        : m_stride(stride), m_shifts((kernel.cols - 1) * dilation / stride + 1),
          m_tables(static_cast<std::size_t>(kernel.rows * m_shifts * stride * kLanes), 0.f),
          m_used(static_cast<std::size_t>(kernel.rows * m_shifts), false)
    {
        for (int u = 0; u < kernel.rows; ++u)
            for (int v = 0; v < kernel.cols; ++v) {
                const float w = kernel.at<float>(u, v);
                if (w == 0.f)
                    continue; // sparse kernels (Sobel, Laplacian, identity) skip the work
                const int q = v * dilation / stride, r = v * dilation % stride;
                m_used[index(u, q)] = true;
                m_maxShift = std::max(m_maxShift, q * stride);
                float* table = tableData(u, q);
                for (int phase = 0; phase < stride; ++phase) // lanes where (phase + lane) % s == r
                    for (int lane = (r - phase + stride) % stride; lane < kLanes; lane += stride)
                        table[phase * kLanes + lane] = w;
            }
    }

    int stride() const { return m_stride; }
    int shifts() const { return m_shifts; }
    bool used(int u, int q) const { return m_used[index(u, q)]; }
    // Zero weights for a (u, q) not used().
    const float* table(int u, int q) const { return m_tables.data() + tableOffset(u, q); }
    // How far right of a partial column its taps may read: columns x < cols - maxShift() are
    // read in bounds by every table's lanes, zero weights included.
    int maxShift() const { return m_maxShift; }
    std::size_t usedCount() const
    {
        return static_cast<std::size_t>(std::ranges::count(m_used, true));
    }

  private:
    std::size_t index(int u, int q) const { return static_cast<std::size_t>(u * m_shifts + q); }
    std::size_t tableOffset(int u, int q) const { return index(u, q) * m_stride * kLanes; }
    float* tableData(int u, int q) { return m_tables.data() + tableOffset(u, q); }

    int m_stride;
    int m_shifts;
    int m_maxShift = 0;
    std::vector<float> m_tables;
    std::vector<bool> m_used;
};

// Counts vector operations per output row: the split moves each fresh input row (three
// operations per vector: load, shuffle, store), then reads every tap once per output; weighting
// by phase reads one vector per (row, shift) table for every input column and sums the groups.
ColumnStrideMethod cheaperMethod(const PhasedWeights& phased, const cv::Mat& kernel,
                                 const CorrelationShape& shape)
{
    const int outCols = shape.output().width;
    const double partialLength = static_cast<double>(shape.stride.cols) * outCols;
    const int freshRows =
        shape.dilation.rows == 1 ? std::min(kernel.rows, shape.stride.rows) : kernel.rows;
    const double split =
        3.0 * freshRows * partialLength + static_cast<double>(cv::countNonZero(kernel)) * outCols;
    const double byPhase = (static_cast<double>(phased.usedCount()) + 1) * partialLength;
    return byPhase < split ? ColumnStrideMethod::WeightByPhase : ColumnStrideMethod::SplitPhases;
}

// Strides 2 and 4 with windows at most two strides wide (3×3 and 4×4 at stride 2, 5×5 to 8×8
// at stride 4) have RowKernels' sumStridedRows, which sums the groups in registers.
bool sumsInRegisters(const PhasedWeights& phased)
{
    return (phased.stride() == 2 || phased.stride() == 4) && phased.shifts() <= 2;
}

ColumnStrideMethod methodFor(const PhasedWeights& phased, const cv::Mat& kernel,
                             const CorrelationShape& shape)
{
    if (cheaperMethod(phased, kernel, shape) == ColumnStrideMethod::SplitPhases)
        return ColumnStrideMethod::SplitPhases;
    return sumsInRegisters(phased) ? ColumnStrideMethod::WeightByPhaseInRegisters
                                   : ColumnStrideMethod::WeightByPhase;
}

void correlateInRegisters(const cv::Mat& padded, const cv::Mat& kernel,
                          const CorrelationShape& shape, const PhasedWeights& phased, cv::Mat& out)
{
    const int s = shape.stride.cols;
    bool withFar = false;
    for (int u = 0; u < kernel.rows && phased.shifts() == 2; ++u)
        withFar = withFar || phased.used(u, 1);
    const int blockColumns = stridedBlockColumns(s);

    cv::parallel_for_(
        cv::Range(0, out.rows),
        [&](const cv::Range& rows) {
            std::vector<StridedRow> inPlace, copied;
            inPlace.reserve(static_cast<std::size_t>(kernel.rows));
            copied.reserve(static_cast<std::size_t>(kernel.rows));
            AlignedBuffer<float> tails(static_cast<std::size_t>(kernel.rows * blockColumns));

            for (int i = rows.start; i < rows.end; ++i) {
                inPlace.clear();
                for (int u = 0; u < kernel.rows; ++u) {
                    if (phased.used(u, 0) || (withFar && phased.used(u, 1)))
                        inPlace.push_back(
                            {padded.ptr<float>(i * shape.stride.rows + u * shape.dilation.rows),
                             phased.table(u, 0), withFar ? phased.table(u, 1) : nullptr});
                }
                float* o = out.ptr<float>(i);
                int done = sumStridedRows(o, inPlace, s, withFar, out.cols, padded.cols);
                // The last blocks would read past the rows' ends: they read copies, zero-padded.
                while (done < out.cols) {
                    const int first = s * done;
                    const int count = std::min(blockColumns, padded.cols - first);
                    copied.clear();
                    for (std::size_t r = 0; r < inPlace.size(); ++r) {
                        float* columns = tails.data() + r * static_cast<std::size_t>(blockColumns);
                        std::copy_n(inPlace[r].source + first, count, columns);
                        std::fill(columns + count, columns + blockColumns, 0.f);
                        copied.push_back({columns, inPlace[r].near, inPlace[r].far});
                    }
                    done +=
                        sumStridedRows(o + done, copied, s, withFar, out.cols - done, blockColumns);
                }
            }
        },
        stripeCount(out.rows));
}

void correlateWeightedByPhase(const cv::Mat& padded, const cv::Mat& kernel,
                              const CorrelationShape& shape, const PhasedWeights& phased,
                              cv::Mat& out)
{
    const int s = shape.stride.cols;
    const Pair d = shape.dilation;
    const int partialLength = s * out.cols;
    // Partial columns whose every lane reads inside the row go by vectors, the rest one by one.
    const int vectorEnd = std::min(partialLength, padded.cols - phased.maxShift());
    const int blocksEnd = vectorEnd / kLanes * kLanes;
    const int scalarStart = vectorEnd >= kLanes ? vectorEnd : 0;

    cv::parallel_for_(
        cv::Range(0, out.rows),
        [&](const cv::Range& rows) {
            AlignedBuffer<float> partial(static_cast<std::size_t>(partialLength));
            std::vector<PhasedTap> taps;
            taps.reserve(static_cast<std::size_t>(kernel.rows * phased.shifts()));

            for (int i = rows.start; i < rows.end; ++i) {
                taps.clear();
                for (int u = 0; u < kernel.rows; ++u) {
                    const float* row = padded.ptr<float>(i * shape.stride.rows + u * d.rows);
                    for (int q = 0; q < phased.shifts(); ++q)
                        if (phased.used(u, q))
                            taps.push_back({phased.table(u, q), row + q * s});
                }
                float* sums = partial.data();
                sumPhasedTaps(sums, taps, s, 0, blocksEnd);
                if (blocksEnd < vectorEnd && vectorEnd >= kLanes) // overlaps: same values again
                    sumPhasedTaps(sums, taps, s, vectorEnd - kLanes, vectorEnd);
                for (int x = scalarStart; x < partialLength; ++x) {
                    float sum = 0.f;
                    for (const PhasedTap& tap : taps) {
                        const float w = tap.weights[x % s * kLanes];
                        if (w != 0.f) // a zero lane may lie past the row's end
                            sum += w * tap.source[x];
                    }
                    sums[x] = sum;
                }
                sumGroups(sums, s, out.ptr<float>(i), out.cols);
            }
        },
        stripeCount(out.rows));
}

void correlateSplitPhases(const cv::Mat& padded, const cv::Mat& kernel,
                          const CorrelationShape& shape, cv::Mat& out)
{
    const Pair s = shape.stride;
    const Pair d = shape.dilation;
    const int outCols = out.cols;
    // With a column stride, phase p of an input row holds its columns p, p+sc, p+2sc, …;
    // each phase starts on a 64-byte line so that the split writes whole lines.
    const int phaseLength = ((padded.cols + s.cols - 1) / s.cols + 15) / 16 * 16;

    cv::parallel_for_(
        cv::Range(0, out.rows),
        [&](const cv::Range& rows) {
            std::optional<RowRing> phases;
            if (s.cols > 1)
                phases.emplace(kernel.rows, s.cols * phaseLength);
            std::vector<Tap> taps;
            taps.reserve(static_cast<std::size_t>(kernel.total()));

            for (int i = rows.start; i < rows.end; ++i) {
                const RowSet needed{i * s.rows, d.rows, kernel.rows};
                taps.clear();
                for (int u = 0; u < kernel.rows; ++u) {
                    const int row = needed.first + u * d.rows;
                    const float* source = padded.ptr<float>(row);
                    if (phases) {
                        const RowRing::Slot slot = phases->slotFor(row, needed);
                        if (slot.fresh)
                            splitPhases(source, padded.cols, s.cols, slot.data, phaseLength);
                        source = slot.data;
                    }
                    const float* w = kernel.ptr<float>(u);
                    for (int v = 0; v < kernel.cols; ++v) {
                        if (w[v] == 0.f)
                            continue; // sparse kernels (Sobel, Laplacian, identity) skip the work
                        const int column = v * d.cols; // in the input row, for output column 0
                        taps.push_back(
                            {w[v], source + (column % s.cols) * phaseLength + column / s.cols});
                    }
                }
                sumTaps(out.ptr<float>(i), taps, outCols);
            }
        },
        stripeCount(out.rows));
}

} // namespace

ColumnStrideMethod columnStrideMethod(const cv::Mat& kernel, const CorrelationShape& shape)
{
    if (shape.stride.cols == 1)
        return ColumnStrideMethod::None;
    return methodFor(PhasedWeights(kernel, shape.stride.cols, shape.dilation.cols), kernel, shape);
}

void correlateDirect(const cv::Mat& padded, const cv::Mat& kernel, const CorrelationShape& shape,
                     cv::Mat& out)
{
    if (shape.stride.cols > 1) {
        const PhasedWeights phased(kernel, shape.stride.cols, shape.dilation.cols);
        switch (methodFor(phased, kernel, shape)) {
        case ColumnStrideMethod::WeightByPhaseInRegisters:
            correlateInRegisters(padded, kernel, shape, phased, out);
            return;
        case ColumnStrideMethod::WeightByPhase:
            correlateWeightedByPhase(padded, kernel, shape, phased, out);
            return;
        case ColumnStrideMethod::None:
        case ColumnStrideMethod::SplitPhases:
            break;
        }
    }
    correlateSplitPhases(padded, kernel, shape, out);
}

} // namespace convlab::engine
