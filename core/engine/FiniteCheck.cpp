// SPDX-License-Identifier: MIT
#include "engine/FiniteCheck.h"

#include "Error.h"
#include "engine/RowKernels.h"
#include "engine/Stripes.h"

#include <algorithm>
#include <atomic>

namespace convlab {

bool allFinite(const cv::Mat& m)
{
    if (m.empty())
        return true;
    require(m.depth() == CV_32F, "allFinite takes float32 data; got " + cv::typeToString(m.type()));
    const int length = m.cols * m.channels();
    std::atomic<bool> finite = true;
    // Stripes of rows large enough that one stripe costs far more than its dispatch.
    const double stripes = engine::SingleThreadScope::active()
                               ? 1.0
                               : std::max(1.0, double(m.total()) * m.channels() / (1 << 16));
    cv::parallel_for_(
        cv::Range(0, m.rows),
        [&](const cv::Range& rows) {
            for (int r = rows.start; r < rows.end && finite.load(std::memory_order_relaxed); ++r)
                if (!engine::rowIsFinite(m.ptr<float>(r), length))
                    finite = false;
        },
        stripes);
    return finite;
}

} // namespace convlab
