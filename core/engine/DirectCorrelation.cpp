// SPDX-License-Identifier: MIT
#include "engine/DirectCorrelation.h"

#include "engine/RowKernels.h"
#include "engine/RowRing.h"
#include "engine/Stripes.h"

#include <algorithm>
#include <optional>
#include <vector>

namespace convlab::engine {

void correlateDirect(const cv::Mat& padded, const cv::Mat& kernel, const CorrelationShape& shape,
                     cv::Mat& out)
{
    const Pair s = shape.stride;
    const Pair d = shape.dilation;
    const int outCols = out.cols;
    // With a column stride, phase p of an input row holds its columns p, p+sc, p+2sc, …;
    // each phase starts on a 64-byte line so that the split writes whole lines.
    const int phaseLength = ((padded.cols + s.cols - 1) / s.cols + 15) / 16 * 16;

    cv::parallel_for_(cv::Range(0, out.rows), [&](const cv::Range& rows) {
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
                    taps.push_back({w[v], source + (column % s.cols) * phaseLength +
                                              column / s.cols});
                }
            }
            sumTaps(out.ptr<float>(i), taps, outCols);
        }
    }, stripeCount(out.rows));
}

} // namespace convlab::engine
