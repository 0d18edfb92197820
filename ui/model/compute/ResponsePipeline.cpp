// SPDX-License-Identifier: MIT
#include "compute/ResponsePipeline.h"

#include "Error.h"
#include "i18n/CoreMessages.h"
#include "ops/Padding.h"

#include <QElapsedTimer>
#include <algorithm>
#include <cmath>
#include <optional>

namespace convlab {

namespace {

using Problem = ResponseResult::Problem;

struct Refusal {
    Problem problem;
    QString message;
};

QString axisName(bool rows)
{
    return rows ? ResponsePipeline::tr("rows") : ResponsePipeline::tr("columns");
}

// The checks a student can trip over, worded for them with the numbers in place, so the
// parameters panel can point at the control to change. core checks again, and anything it
// still refuses comes back with its own message.
std::optional<Refusal> checkConv(const ResponsePipeline::Input& in)
{
    const Parameters& p = in.parameters;
    const ConvParams& conv = p.conv;
    if (in.image.empty())
        return Refusal{Problem::Image, ResponsePipeline::tr("There is no input image.")};
    if (in.patch.empty())
        return Refusal{Problem::Patch, ResponsePipeline::tr("The patch is empty.")};
    if (conv.stride.rows < 1 || conv.stride.cols < 1)
        return Refusal{Problem::Stride,
                       ResponsePipeline::tr("The stride must be at least 1; it is %1 × %2.")
                           .arg(conv.stride.rows)
                           .arg(conv.stride.cols)};
    if (conv.dilation.rows < 1 || conv.dilation.cols < 1)
        return Refusal{Problem::Dilation,
                       ResponsePipeline::tr("The dilation must be at least 1; it is %1 × %2.")
                           .arg(conv.dilation.rows)
                           .arg(conv.dilation.cols)};
    const Padding& pad = conv.padding;
    if (std::min({pad.top, pad.bottom, pad.left, pad.right}) < 0)
        return Refusal{Problem::Padding,
                       ResponsePipeline::tr("Padding cannot be negative (top %1, bottom %2, "
                                            "left %3, right %4).")
                           .arg(pad.top)
                           .arg(pad.bottom)
                           .arg(pad.left)
                           .arg(pad.right)};
    if (p.isTemplateMatch() && (conv.dilation.rows != 1 || conv.dilation.cols != 1))
        return Refusal{Problem::Dilation,
                       ResponsePipeline::tr("Template matching compares the patch with "
                                            "contiguous windows: the dilation must be 1, "
                                            "it is %1 × %2.")
                           .arg(conv.dilation.rows)
                           .arg(conv.dilation.cols)};
    for (const bool rows : {true, false}) {
        const int size = rows ? in.image.rows : in.image.cols;
        const int before = rows ? pad.top : pad.left;
        const int after = rows ? pad.bottom : pad.right;
        const int widest = std::max(before, after);
        if (conv.paddingMode == PaddingMode::Reflect && widest >= size)
            return Refusal{Problem::PaddingMode,
                           ResponsePipeline::tr("Reflect padding of %1 on the %2 needs more "
                                                "than %1 input cells; there are %3.")
                               .arg(widest)
                               .arg(axisName(rows))
                               .arg(size)};
        if (conv.paddingMode == PaddingMode::Circular && widest > size)
            return Refusal{Problem::PaddingMode,
                           ResponsePipeline::tr("Circular padding of %1 on the %2 wraps more "
                                                "than the %3 input cells.")
                               .arg(widest)
                               .arg(axisName(rows))
                               .arg(size)};
        const int kernel = rows ? in.patch.rows : in.patch.cols;
        const int dilation = rows ? conv.dilation.rows : conv.dilation.cols;
        const int span = dilatedKernelSize(kernel, dilation);
        const int padded = size + before + after;
        if (span > padded) {
            const QString detail =
                dilation > 1 ? ResponsePipeline::tr("the patch spans %1 cells (%2 dilated by %3)")
                                   .arg(span)
                                   .arg(kernel)
                                   .arg(dilation)
                             : ResponsePipeline::tr("the patch has %1 cells").arg(kernel);
            return Refusal{dilation > 1 ? Problem::Dilation : Problem::Patch,
                           ResponsePipeline::tr("On the %1, %2, more than the padded input "
                                                "(%3 + %4 + %5 = %6).")
                               .arg(axisName(rows), detail)
                               .arg(size)
                               .arg(before)
                               .arg(after)
                               .arg(padded)};
        }
    }
    return std::nullopt;
}

std::optional<Refusal> checkPool(const PoolParams& pool, Pair input)
{
    if (pool.size.rows < 1 || pool.size.cols < 1 || pool.stride.rows < 1 || pool.stride.cols < 1)
        return Refusal{Problem::Pooling,
                       ResponsePipeline::tr("The pooling window (%1 × %2) and stride (%3 × %4) "
                                            "must be at least 1.")
                           .arg(pool.size.rows)
                           .arg(pool.size.cols)
                           .arg(pool.stride.rows)
                           .arg(pool.stride.cols)};
    for (const bool rows : {true, false}) {
        const int size = rows ? pool.size.rows : pool.size.cols;
        const int before = rows ? pool.padding.top : pool.padding.left;
        const int after = rows ? pool.padding.bottom : pool.padding.right;
        if (std::min(before, after) < 0 || 2 * std::max(before, after) > size)
            return Refusal{Problem::Pooling,
                           ResponsePipeline::tr("Pooling padding on the %1 must be between 0 "
                                                "and half the window (%2); it is %3 and %4.")
                               .arg(axisName(rows))
                               .arg(size / 2)
                               .arg(before)
                               .arg(after)};
        const int cells = rows ? input.rows : input.cols;
        if (size > cells + before + after)
            return Refusal{Problem::Pooling,
                           ResponsePipeline::tr("On the %1, the pooling window (%2) is larger "
                                                "than the padded response (%3 + %4 + %5).")
                               .arg(axisName(rows))
                               .arg(size)
                               .arg(cells)
                               .arg(before)
                               .arg(after)};
    }
    return std::nullopt;
}

AxisGeometry poolAxis(const PoolParams& pool, int input, bool rows)
{
    AxisGeometry axis;
    axis.input = input;
    axis.kernel = rows ? pool.size.rows : pool.size.cols;
    axis.stride = rows ? pool.stride.rows : pool.stride.cols;
    axis.padBefore = rows ? pool.padding.top : pool.padding.left;
    axis.padAfter = rows ? pool.padding.bottom : pool.padding.right;
    return axis;
}

// The image cells that response cell `out` (after pooling, when on) depends on, on one axis,
// in unpadded image coordinates (may reach into the padding: negative or past the end).
Range imageSpan(const ResponseResult& r, int out, bool rows)
{
    const AxisGeometry conv = rows ? r.geometry.rows() : r.geometry.cols();
    const int convCells = rows ? r.outputSize.rows : r.outputSize.cols;
    Range outputs{out, out + 1};
    if (r.parameters.poolEnabled) {
        const AxisGeometry pool = poolAxis(r.parameters.pool, convCells, rows);
        const int first = out * pool.stride - pool.padBefore;
        outputs = {std::max(0, first), std::min(convCells, first + pool.kernel)};
    }
    const Range firstField = receptiveField(conv, outputs.begin);
    const Range lastField = receptiveField(conv, outputs.end - 1);
    return {firstField.begin - conv.padBefore, lastField.end - conv.padBefore};
}

void computeMaps(const ResponsePipeline::Input& in, ResponseResult& r)
{
    const Parameters& p = in.parameters;
    requireFinite(in.image, "the input image");
    requireFinite(in.patch, "the patch");
    if (p.isTemplateMatch()) {
        const cv::Mat padded = padImage(in.image, p.conv.padding, p.conv.paddingMode);
        const auto match = [&](MatchMethod method) {
            return ResponsePipeline::matchWindows(padded, in.patch, method, p.conv.stride);
        };
        r.prePool = match(p.method);
        if (in.sideBySide) {
            r.rawCorrelation =
                p.method == MatchMethod::CCorr ? r.prePool : match(MatchMethod::CCorr);
            r.normalisedCorrelation = p.method == MatchMethod::CCoeffNormed
                                          ? r.prePool
                                          : match(MatchMethod::CCoeffNormed);
        }
    } else {
        r.prePool = conv2d(in.image, in.patch, p.effectiveConv());
    }
    ResponsePipeline::completeMaps(r);
}

// Runs `work`, turning what core or OpenCV throws into the result's message.
template <class Work> void guarded(ResponseResult& r, Work&& work)
{
    try {
        work();
    } catch (const Error& e) {
        r.error = ResponsePipeline::tr("Cannot compute the response: %1")
                      .arg(CoreMessages::translate(e.what()));
    } catch (const cv::Exception& e) {
        r.error = ResponsePipeline::tr("Cannot compute the response: %1")
                      .arg(QString::fromStdString(e.msg));
    } catch (const std::bad_alloc&) {
        r.error = ResponsePipeline::tr("Cannot compute the response: not enough memory for "
                                       "%1 × %2.")
                      .arg(r.imageSize.height)
                      .arg(r.imageSize.width);
    }
}

void dropMapsOnError(ResponseResult& r)
{
    if (r.ok())
        return;
    r.prePool.release();
    r.response.release();
    r.rawCorrelation.release();
    r.normalisedCorrelation.release();
    r.peaks.clear();
}

} // namespace

cv::Mat ResponsePipeline::matchWindows(const cv::Mat& padded, const cv::Mat& patch,
                                       MatchMethod method, Pair stride)
{
    const cv::Mat dense = matchTemplate(padded, patch, method);
    if (stride.rows == 1 && stride.cols == 1)
        return dense;
    const int rows = (dense.rows - 1) / stride.rows + 1;
    const int cols = (dense.cols - 1) / stride.cols + 1;
    cv::Mat kept(rows, cols, CV_32F);
    for (int r = 0; r < rows; ++r) {
        const float* in = dense.ptr<float>(r * stride.rows);
        float* out = kept.ptr<float>(r);
        for (int c = 0; c < cols; ++c)
            out[c] = in[c * stride.cols];
    }
    return kept;
}

void ResponsePipeline::completeMaps(ResponseResult& r, const ResponseResult* base,
                                    const std::vector<cv::Rect>& changed)
{
    const Parameters& p = r.parameters;
    r.outputSize = {r.prePool.rows, r.prePool.cols};

    if (p.poolEnabled) {
        if (const auto refusal = checkPool(p.pool, r.outputSize)) {
            r.problem = refusal->problem;
            r.error = refusal->message;
            return;
        }
        r.poolRowFormula =
            QString::fromStdString(convFormula(poolAxis(p.pool, r.outputSize.rows, true)));
        r.poolColFormula =
            QString::fromStdString(convFormula(poolAxis(p.pool, r.outputSize.cols, false)));
        r.response = pool2d(r.prePool, p.pool);
    } else {
        r.response = r.prePool;
    }
    r.pooledSize = {r.response.rows, r.response.cols};
    r.tiles = base && base->tiles
                  ? std::make_shared<const MapTiles>(*base->tiles, r.response, changed)
                  : std::make_shared<const MapTiles>(r.response, p.peakMethod());
    r.undefinedCells = r.tiles->undefinedCells();
    r.peaks = findPeaks(r.response, *r.tiles, r.patchSize, p.peaks);
    for (Peak& peak : r.peaks) {
        const Range rows = imageSpan(r, peak.row, true);
        const Range cols = imageSpan(r, peak.col, false);
        peak.rect = cv::Rect(cols.begin, rows.begin, cols.size(), rows.size());
    }
}

ResponsePipeline::Input ResponsePipeline::inputFor(const DocumentState& state,
                                                   std::uint64_t generation)
{
    Input input;
    input.image = state.image;
    input.patch = state.patch;
    input.parameters = state.parameters;
    input.sideBySide = state.view.sideBySide;
    input.generation = generation;
    return input;
}

ResponseResult ResponsePipeline::compute(const Input& in)
{
    QElapsedTimer timer;
    timer.start();
    ResponseResult r;
    r.generation = in.generation;
    r.parameters = in.parameters;
    r.imageSize = in.image.size();
    r.patchSize = in.patch.size();
    const ConvParams& conv = in.parameters.conv;
    r.geometry.input = {in.image.rows, in.image.cols};
    r.geometry.kernel = {in.patch.rows, in.patch.cols};
    r.geometry.stride = conv.stride;
    r.geometry.padding = conv.padding;
    r.geometry.dilation = conv.dilation;

    if (const auto refusal = checkConv(in)) {
        r.problem = refusal->problem;
        r.error = refusal->message;
    } else {
        guarded(r, [&] {
            r.rowFormula = QString::fromStdString(convFormula(r.geometry.rows()));
            r.colFormula = QString::fromStdString(convFormula(r.geometry.cols()));
            computeMaps(in, r);
        });
    }
    dropMapsOnError(r);
    r.elapsedMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    return r;
}

ResponseResult ResponsePipeline::update(const ResponseUpdate& update)
{
    QElapsedTimer timer;
    timer.start();
    const ResponseResult& base = *update.base;
    if (update.parts.empty()) { // no window reads the changes: the maps stay as they are
        ResponseResult same = base;
        same.generation = update.generation;
        same.elapsedMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        return same;
    }
    ResponseResult r;
    r.generation = update.generation;
    r.parameters = base.parameters;
    r.imageSize = base.imageSize;
    r.patchSize = base.patchSize;
    r.geometry = base.geometry;
    r.rowFormula = base.rowFormula;
    r.colFormula = base.colFormula;
    guarded(r, [&] {
        const Parameters& p = base.parameters;
        for (const ResponseUpdate::Part& part : update.parts)
            requireFinite(part.window, "the input image");
        // A window holds its padding already: its cells come out without any more.
        const auto cells = [&](const cv::Mat& window, MatchMethod method) {
            if (p.isTemplateMatch())
                return matchWindows(window, update.patch, method, p.conv.stride);
            ConvParams conv = p.effectiveConv();
            conv.padding = Padding{};
            conv.paddingMode = PaddingMode::Zeros;
            return conv2d(window, update.patch, conv);
        };
        const auto patched = [&](const cv::Mat& map, MatchMethod method) {
            cv::Mat out = map.clone();
            for (const ResponseUpdate::Part& part : update.parts) {
                const cv::Mat computed = cells(part.window, method);
                CV_Assert(computed.size() == part.cells.size());
                computed.copyTo(out(part.cells));
            }
            return out;
        };
        r.prePool = patched(base.prePool, p.method);
        if (!base.rawCorrelation.empty()) { // side by side
            r.rawCorrelation = p.method == MatchMethod::CCorr
                                   ? r.prePool
                                   : patched(base.rawCorrelation, MatchMethod::CCorr);
            r.normalisedCorrelation =
                p.method == MatchMethod::CCoeffNormed
                    ? r.prePool
                    : patched(base.normalisedCorrelation, MatchMethod::CCoeffNormed);
        }
        completeMaps(r, &base, update.responseCells());
    });
    dropMapsOnError(r);
    r.elapsedMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    return r;
}

} // namespace convlab
