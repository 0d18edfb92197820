// SPDX-License-Identifier: MIT
#include "engine/SeparableKernel.h"

#include "engine/RowKernels.h"
#include "engine/RowRing.h"
#include "engine/Stripes.h"

#include <algorithm>
#include <vector>

namespace convlab::engine {
namespace {

constexpr double kRankOneTolerance = 1e-6;

// Row pass of one input row: filtered[j] = Σ_v row[v] · input[j·sc + v·dc], j < out.cols.
class RowPass final {
  public:
    RowPass(const cv::Mat& rowFactor, int inputCols, const CorrelationShape& shape)
        : m_row(rowFactor), m_shape(shape),
          m_phaseLength((inputCols + shape.stride.cols - 1) / shape.stride.cols),
          m_phases(shape.stride.cols > 1 ? static_cast<std::size_t>(shape.stride.cols) *
                                               static_cast<std::size_t>(m_phaseLength)
                                         : 0)
    {
        m_taps.reserve(static_cast<std::size_t>(rowFactor.cols));
    }

    void run(const float* input, int inputCols, float* filtered, int outCols)
    {
        const int sc = m_shape.stride.cols;
        if (sc > 1) {
            splitPhases(input, inputCols, sc, m_phases.data(), m_phaseLength);
            input = m_phases.data();
        }
        m_taps.clear();
        const float* w = m_row.ptr<float>(0);
        for (int v = 0; v < m_row.cols; ++v) {
            const int column = v * m_shape.dilation.cols;
            if (w[v] != 0.f)
                m_taps.push_back({w[v], input + (column % sc) * m_phaseLength + column / sc});
        }
        sumTaps(filtered, m_taps, outCols);
    }

  private:
    const cv::Mat& m_row;
    const CorrelationShape& m_shape;
    int m_phaseLength;
    std::vector<float> m_phases;
    std::vector<Tap> m_taps;
};

} // namespace

std::optional<SeparableFactors> separableFactors(const cv::Mat& kernel)
{
    cv::Mat k;
    kernel.convertTo(k, CV_64F);
    cv::Point pivot;
    double largest = 0;
    cv::minMaxLoc(cv::abs(k), nullptr, &largest, nullptr, &pivot);
    if (largest == 0)
        return std::nullopt;

    // Every rank-1 matrix is its pivot column times its pivot row over the pivot.
    const cv::Mat column = k.col(pivot.x).clone();
    const cv::Mat row = k.row(pivot.y) / k.at<double>(pivot.y, pivot.x);
    const double residual = cv::norm(k - column * row, cv::NORM_L2);
    if (residual > kRankOneTolerance * cv::norm(k, cv::NORM_L2))
        return std::nullopt;

    SeparableFactors factors;
    column.convertTo(factors.column, CV_32F);
    row.convertTo(factors.row, CV_32F);
    return factors;
}

void correlateSeparable(const cv::Mat& padded, const SeparableFactors& factors,
                        const CorrelationShape& shape, cv::Mat& out)
{
    const int kernelRows = factors.column.rows;
    const cv::Mat columnFactor = factors.column.reshape(1, 1); // contiguous weights

    cv::parallel_for_(
        cv::Range(0, out.rows),
        [&](const cv::Range& rows) {
            RowPass rowPass(factors.row, padded.cols, shape);
            RowRing filtered(kernelRows, out.cols);
            std::vector<Tap> taps(static_cast<std::size_t>(kernelRows));

            for (int i = rows.start; i < rows.end; ++i) {
                const RowSet needed{i * shape.stride.rows, shape.dilation.rows, kernelRows};
                for (int u = 0; u < kernelRows; ++u) {
                    const int row = needed.first + u * shape.dilation.rows;
                    const RowRing::Slot slot = filtered.slotFor(row, needed);
                    if (slot.fresh)
                        rowPass.run(padded.ptr<float>(row), padded.cols, slot.data, out.cols);
                    taps[static_cast<std::size_t>(u)] = {columnFactor.at<float>(0, u), slot.data};
                }
                sumTaps(out.ptr<float>(i), taps, out.cols);
            }
        },
        stripeCount(out.rows));
}

} // namespace convlab::engine
