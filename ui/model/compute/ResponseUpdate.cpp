// SPDX-License-Identifier: MIT
#include "compute/ResponseUpdate.h"

#include <algorithm>

namespace convlab {

namespace {

// Above this share of the map, one whole computation is as cheap as the part.
constexpr double kMostOfTheMap = 0.25;

int floorDiv(int a, int b) // b > 0
{
    return a / b - (a % b != 0 && a < 0 ? 1 : 0);
}

// On one axis: the outputs [first, last) whose windows meet the changed cells
// [changedBegin, changedEnd) of the image; empty when every window skips them.
struct Outputs {
    int first = 0, last = 0;
};

Outputs reached(const AxisGeometry& axis, int outputs, int changedBegin, int changedEnd)
{
    const int span = dilatedKernelSize(axis.kernel, axis.dilation);
    // Output i reads the padded cells [i·s, i·s + span).
    const int low = changedBegin + axis.padBefore, high = changedEnd + axis.padBefore;
    return {std::max(0, floorDiv(low - span, axis.stride) + 1),
            std::min(outputs, floorDiv(high - 1, axis.stride) + 1)};
}

bool paddingIsZeros(const ConvParams& conv)
{
    const Padding& p = conv.padding;
    return conv.paddingMode == PaddingMode::Zeros ||
           (p.top == 0 && p.bottom == 0 && p.left == 0 && p.right == 0);
}

// Blocks that overlap become their bounding box, until none overlaps another.
void mergeOverlapping(std::vector<cv::Rect>& blocks)
{
    for (bool merged = true; merged;) {
        merged = false;
        for (std::size_t i = 0; i < blocks.size() && !merged; ++i)
            for (std::size_t j = i + 1; j < blocks.size() && !merged; ++j)
                if ((blocks[i] & blocks[j]).area() > 0) {
                    blocks[i] |= blocks[j];
                    blocks.erase(blocks.begin() + static_cast<std::ptrdiff_t>(j));
                    merged = true;
                }
    }
}

// The padded image under the windows of `cells`, zeros where they fall outside the image.
cv::Mat windowOf(const ResponseResult& base, const cv::Mat& image, const cv::Rect& cells)
{
    const AxisGeometry rows = base.geometry.rows(), cols = base.geometry.cols();
    const int spanRows = dilatedKernelSize(rows.kernel, rows.dilation);
    const int spanCols = dilatedKernelSize(cols.kernel, cols.dilation);
    const cv::Rect padded(
        cells.x * cols.stride - cols.padBefore, cells.y * rows.stride - rows.padBefore,
        (cells.width - 1) * cols.stride + spanCols, (cells.height - 1) * rows.stride + spanRows);
    const cv::Rect inside = padded & cv::Rect(0, 0, image.cols, image.rows);
    cv::Mat window = cv::Mat::zeros(padded.size(), image.type());
    if (!inside.empty())
        image(inside).copyTo(window(inside - padded.tl()));
    return window;
}

} // namespace

std::vector<cv::Rect> ResponseUpdate::mapCells() const
{
    std::vector<cv::Rect> cells;
    for (const Part& part : parts)
        cells.push_back(part.cells);
    return cells;
}

std::vector<cv::Rect> ResponseUpdate::responseCells() const
{
    std::vector<cv::Rect> cells = mapCells();
    if (!base->parameters.poolEnabled)
        return cells;
    // A pooled cell changes when its pooling window holds a changed cell.
    const PoolParams& pool = base->parameters.pool;
    AxisGeometry rows, cols;
    rows.input = base->outputSize.rows;
    rows.kernel = pool.size.rows;
    rows.stride = pool.stride.rows;
    rows.padBefore = pool.padding.top;
    rows.padAfter = pool.padding.bottom;
    cols.input = base->outputSize.cols;
    cols.kernel = pool.size.cols;
    cols.stride = pool.stride.cols;
    cols.padBefore = pool.padding.left;
    cols.padAfter = pool.padding.right;
    std::vector<cv::Rect> pooled;
    for (const cv::Rect& c : cells) {
        const Outputs r = reached(rows, base->pooledSize.rows, c.y, c.y + c.height);
        const Outputs k = reached(cols, base->pooledSize.cols, c.x, c.x + c.width);
        if (r.first < r.last && k.first < k.last)
            pooled.emplace_back(k.first, r.first, k.last - k.first, r.last - r.first);
    }
    return pooled;
}

std::optional<ResponseUpdate> ResponseUpdate::plan(std::shared_ptr<const ResponseResult> base,
                                                   const cv::Mat& image, const cv::Mat& patch,
                                                   const std::vector<QRect>& changed)
{
    if (!base || !base->ok() || base->prePool.empty() || image.size() != base->imageSize ||
        patch.size() != base->patchSize || !paddingIsZeros(base->parameters.conv))
        return std::nullopt;
    std::vector<cv::Rect> blocks;
    for (const QRect& rect : changed) {
        const QRect inImage = rect.intersected(QRect(0, 0, image.cols, image.rows));
        if (inImage.isEmpty())
            continue;
        const Outputs rows = reached(base->geometry.rows(), base->outputSize.rows, inImage.top(),
                                     inImage.bottom() + 1);
        const Outputs cols = reached(base->geometry.cols(), base->outputSize.cols, inImage.left(),
                                     inImage.right() + 1);
        // A change every window skips (between strided windows, or in the margin the last
        // window does not reach) leaves the map as it is.
        if (rows.first < rows.last && cols.first < cols.last)
            blocks.emplace_back(cols.first, rows.first, cols.last - cols.first,
                                rows.last - rows.first);
    }
    mergeOverlapping(blocks);
    double cells = 0;
    for (const cv::Rect& block : blocks)
        cells += block.area();
    if (cells > kMostOfTheMap * static_cast<double>(base->prePool.total()))
        return std::nullopt;

    ResponseUpdate update;
    for (const cv::Rect& block : blocks)
        update.parts.push_back({block, windowOf(*base, image, block)});
    update.patch = patch.clone();
    update.base = std::move(base);
    return update;
}

} // namespace convlab
