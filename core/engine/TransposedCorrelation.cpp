// SPDX-License-Identifier: MIT
#include "engine/TransposedCorrelation.h"

#include "Error.h"
#include "engine/Stripes.h"

#include <algorithm>
#include <numeric>
#include <string>
#include <vector>

namespace convlab {
namespace {

// One output phase along one axis: output cells phase, phase + s, …, and the taps that land
// on them. Output cell phase + s·q = Σ_k kernel[taps[k]] · input[q + first + k·dilation].
struct AxisPhase {
    int phase = 0;
    int count = 0;         // output cells of this phase
    std::vector<int> taps; // kernel indices, largest first (correlation order)
    int first = 0;         // input index read by cell q = 0, tap 0 (< 0: in the zero border)
    int dilation = 1;      // input step between consecutive taps: d / gcd(d, s)

    bool empty() const { return count == 0 || taps.empty(); }
    int lastRead() const { return count - 1 + first + (int(taps.size()) - 1) * dilation; }
};

struct AxisPlan {
    std::vector<AxisPhase> phases;
    int borderBefore = 0; // zeros before the input in the shared padded input
    int paddedSize = 0;
};

// Output cell r is full cell R = r + padBefore = n·s + u·d: the taps of r's phase are the u
// with u·d ≡ phase + padBefore (mod s), each reading input n = q + (phase + padBefore - u·d)/s.
AxisPlan planAxis(int input, int kernel, int stride, int dilation, int padBefore, int output)
{
    AxisPlan plan;
    int lowest = 0, highest = input - 1;
    for (int phase = 0; phase < stride; ++phase) {
        AxisPhase p;
        p.phase = phase;
        p.count = phase < output ? (output - phase + stride - 1) / stride : 0;
        p.dilation = dilation / std::gcd(dilation, stride);
        const int residue = (phase + padBefore) % stride;
        for (int u = kernel - 1; u >= 0; --u)
            if ((u * dilation) % stride == residue)
                p.taps.push_back(u);
        if (!p.empty()) {
            p.first = (phase + padBefore - p.taps.front() * dilation) / stride; // exact
            lowest = std::min(lowest, p.first);
            highest = std::max(highest, p.lastRead());
        }
        plan.phases.push_back(std::move(p));
    }
    plan.borderBefore = -lowest;
    plan.paddedSize = highest - lowest + 1;
    return plan;
}

std::string pairText(Pair p)
{
    return std::to_string(p.rows) + "x" + std::to_string(p.cols);
}

int outputSize(int input, int kernel, int stride, int dilation, int before, int after, int extra)
{
    return (input - 1) * stride - before - after + dilation * (kernel - 1) + extra + 1;
}

void validate(const cv::Mat& input, const cv::Mat& kernel, Pair stride, Pair dilation,
              const Padding& padding, Pair outputPadding, Pair output)
{
    require(!input.empty() && !kernel.empty(), "transposed correlation of an empty matrix");
    require(input.type() == CV_32FC1 && kernel.type() == CV_32FC1,
            "transposed correlation takes single-channel float32 matrices; got " +
                cv::typeToString(input.type()) + " and " + cv::typeToString(kernel.type()));
    require(stride.rows >= 1 && stride.cols >= 1, "stride " + pairText(stride) + " must be >= 1");
    require(dilation.rows >= 1 && dilation.cols >= 1,
            "dilation " + pairText(dilation) + " must be >= 1");
    require(padding.top >= 0 && padding.bottom >= 0 && padding.left >= 0 && padding.right >= 0,
            "padding must be >= 0");
    const auto outputPaddingFits = [](int a, int s, int d) { return a >= 0 && (a < s || a < d); };
    require(outputPaddingFits(outputPadding.rows, stride.rows, dilation.rows) &&
                outputPaddingFits(outputPadding.cols, stride.cols, dilation.cols),
            "output padding " + pairText(outputPadding) +
                " must be smaller than the stride or the dilation");
    require(output.rows >= 1 && output.cols >= 1,
            "transposed output would be " + pairText(output) + " cells: padding " +
                std::to_string(padding.top) + "," + std::to_string(padding.bottom) + "," +
                std::to_string(padding.left) + "," + std::to_string(padding.right) +
                " crops all of it");
}

} // namespace

cv::Mat transposedCorrelate(const cv::Mat& input, const cv::Mat& kernel, Pair stride, Pair dilation,
                            const Padding& padding, Pair outputPadding, Engine engine)
{
    const Pair output{outputSize(input.rows, kernel.rows, stride.rows, dilation.rows, padding.top,
                                 padding.bottom, outputPadding.rows),
                      outputSize(input.cols, kernel.cols, stride.cols, dilation.cols, padding.left,
                                 padding.right, outputPadding.cols)};
    validate(input, kernel, stride, dilation, padding, outputPadding, output);

    const AxisPlan rows =
        planAxis(input.rows, kernel.rows, stride.rows, dilation.rows, padding.top, output.rows);
    const AxisPlan cols =
        planAxis(input.cols, kernel.cols, stride.cols, dilation.cols, padding.left, output.cols);

    // The input once, inside the zero border every phase's reads fit in.
    cv::Mat padded = cv::Mat::zeros(rows.paddedSize, cols.paddedSize, CV_32F);
    const cv::Rect inputCells(0, 0, input.cols, input.rows);
    const cv::Rect kept = inputCells & cv::Rect(-cols.borderBefore, -rows.borderBefore,
                                                cols.paddedSize, rows.paddedSize);
    input(kept).copyTo(padded(kept + cv::Point(cols.borderBefore, rows.borderBefore)));

    // Each phase of the output is the correlation of the input with the taps landing on it.
    struct PhaseTaps {
        const AxisPhase* rows;
        const AxisPhase* cols;
        cv::Mat taps;
    };
    std::vector<PhaseTaps> phases;
    for (const AxisPhase& r : rows.phases)
        for (const AxisPhase& c : cols.phases) {
            if (r.empty() || c.empty())
                continue; // no tap lands there: those cells stay 0
            cv::Mat taps(int(r.taps.size()), int(c.taps.size()), CV_32F);
            for (std::size_t i = 0; i < r.taps.size(); ++i)
                for (std::size_t j = 0; j < c.taps.size(); ++j)
                    taps.at<float>(int(i), int(j)) = kernel.at<float>(r.taps[i], c.taps[j]);
            phases.push_back({&r, &c, taps});
        }
    // The phase rows q of [first, end) of one phase, read where the input lies.
    const auto correlated = [&](const PhaseTaps& phase, int first, int end) {
        const AxisPhase& r = *phase.rows;
        const AxisPhase& c = *phase.cols;
        const cv::Rect reads(c.first + cols.borderBefore, r.first + first + rows.borderBefore,
                             c.lastRead() - c.first + 1,
                             end - first + (int(r.taps.size()) - 1) * r.dilation);
        return correlateValid(padded(reads), phase.taps,
                              {{1, 1}, {r.dilation, c.dilation}, engine});
    };
    if (stride.rows == 1 && stride.cols == 1)
        return correlated(phases.front(), 0, phases.front().rows->count);

    const auto covers = [](const AxisPlan& axis) {
        return std::none_of(axis.phases.begin(), axis.phases.end(),
                            [](const AxisPhase& p) { return p.empty(); });
    };
    cv::Mat out = covers(rows) && covers(cols) ? cv::Mat(output.rows, output.cols, CV_32F)
                                               : cv::Mat::zeros(output.rows, output.cols, CV_32F);
    int longest = 0;
    for (const AxisPhase& r : rows.phases)
        longest = std::max(longest, r.count);
    // Bands of phase rows spread over the cores, every phase of a band on its thread: one
    // dispatch for all the phases, and each band interleaved into the output while in cache.
    cv::parallel_for_(
        cv::Range(0, longest),
        [&](const cv::Range& band) {
            const engine::SingleThreadScope oneThread; // the band is this thread's share
            for (const PhaseTaps& phase : phases) {
                const int end = std::min(band.end, phase.rows->count);
                if (band.start >= end)
                    continue;
                const cv::Mat part = correlated(phase, band.start, end);
                for (int q = 0; q < part.rows; ++q) {
                    const float* src = part.ptr<float>(q);
                    float* dst =
                        out.ptr<float>(phase.rows->phase + (band.start + q) * stride.rows) +
                        phase.cols->phase;
                    for (int j = 0; j < part.cols; ++j)
                        dst[j * stride.cols] = src[j];
                }
            }
        },
        engine::stripeCount(longest));
    return out;
}

} // namespace convlab
