// SPDX-License-Identifier: MIT
#include "stepper/StepperSetup.h"

#include "Error.h"
#include "geometry/ConvGeometry.h"
#include "ops/Padding.h"

#include <limits>
#include <opencv2/core/check.hpp>
#include <string>

namespace convlab {
namespace {

std::string sizeText(const cv::Mat& m)
{
    return std::to_string(m.rows) + "×" + std::to_string(m.cols);
}

// The stepper follows one map of single-channel float data.
void requireSingleChannel(const cv::Mat& m, const std::string& what)
{
    require(!m.empty(), "the " + what + " is empty");
    require(m.type() == CV_32FC1, "the stepper takes a single-channel float32 " + what +
                                      "; it is " + cv::typeToString(m.type()));
    requireFinite(m, what.c_str());
}

ConvGeometry2d convGeometry(const StepperSetup& s)
{
    return {{s.input.rows, s.input.cols},
            {s.kernel.rows, s.kernel.cols},
            s.conv.stride,
            s.conv.padding,
            s.conv.dilation};
}

ConvGeometry2d matchGeometry(const StepperSetup& s)
{
    return {{s.input.rows, s.input.cols},
            {s.kernel.rows, s.kernel.cols},
            s.conv.stride,
            s.conv.padding,
            {1, 1}};
}

ConvGeometry2d poolGeometry(const StepperSetup& s)
{
    return {{s.input.rows, s.input.cols}, s.pool.size, s.pool.stride, s.pool.padding, {1, 1}};
}

ConvGeometry2d transposedGeometry(const StepperSetup& s)
{
    return {{s.input.rows, s.input.cols}, {s.kernel.rows, s.kernel.cols},
            s.transposed.stride,          s.transposed.padding,
            s.transposed.dilation,        s.transposed.outputPadding};
}

// The padded image template matching reads (ResponsePipeline's semantics: pad, then match).
cv::Mat paddedForMatch(const StepperSetup& s)
{
    return padImage(s.input, s.conv.padding, s.conv.paddingMode);
}

bool inPadding(int row, int col, const Padding& pad, const cv::Mat& input)
{
    return row < pad.top || row >= pad.top + input.rows || col < pad.left ||
           col >= pad.left + input.cols;
}

// Marks the cells outside the unpadded input as padding.
cv::Mat paddingRoles(cv::Size gridSize, const Padding& pad, const cv::Mat& input)
{
    cv::Mat roles(gridSize, CV_8U, cv::Scalar(static_cast<int>(CellRole::Padding)));
    roles(cv::Rect(pad.left, pad.top, input.cols, input.rows))
        .setTo(static_cast<int>(CellRole::Input));
    return roles;
}

std::vector<int> shifted(std::vector<int> cells, int offset)
{
    for (int& cell : cells)
        cell += offset;
    return cells;
}

// A grid whose window walks with the stride of a conv-like operation over a padded input.
SteppedGrid paddedGrid(cv::Mat values, const StepperSetup& s, const ConvGeometry2d& geometry)
{
    SteppedGrid grid;
    const Padding& pad = geometry.padding;
    grid.roles = paddingRoles(values.size(), pad, s.input);
    grid.values = std::move(values);
    grid.inputOrigin = {pad.left, pad.top};
    grid.unreachedRows = shifted(unreachedInputs(geometry.rows()), pad.top);
    grid.unreachedCols = shifted(unreachedInputs(geometry.cols()), pad.left);
    return grid;
}

SteppedGrid zeroInsertionGrid(const StepperSetup& s)
{
    const ZeroInsertion form = transposedConvByZeroInsertion(s.input, s.kernel, s.transposed);
    const Pair stride = s.transposed.stride;
    SteppedGrid grid;
    grid.values = form.padded;
    grid.inputOrigin = {form.border.left, form.border.top};
    grid.inputSpacing = stride;
    grid.roles =
        cv::Mat(form.padded.size(), CV_8U, cv::Scalar(static_cast<int>(CellRole::Padding)));
    for (int row = 0; row < grid.roles.rows; ++row)
        for (int col = 0; col < grid.roles.cols; ++col) {
            const int r = row - form.border.top, c = col - form.border.left;
            if (r < 0 || r >= form.zeroInserted.rows || c < 0 || c >= form.zeroInserted.cols)
                continue;
            const bool isInput = r % stride.rows == 0 && c % stride.cols == 0;
            grid.roles.at<uchar>(row, col) =
                static_cast<uchar>(isInput ? CellRole::Input : CellRole::InsertedZero);
        }
    // The flipped kernel walks with stride 1 over the whole grid: report the input rows and
    // columns it would miss all the same, from the geometry rather than by assumption.
    const ConvGeometry2d walk{{form.padded.rows, form.padded.cols},
                              {s.kernel.rows, s.kernel.cols},
                              {1, 1},
                              {},
                              s.transposed.dilation};
    for (int row : unreachedInputs(walk.rows()))
        if (row >= form.border.top && (row - form.border.top) % stride.rows == 0)
            grid.unreachedRows.push_back(row);
    for (int col : unreachedInputs(walk.cols()))
        if (col >= form.border.left && (col - form.border.left) % stride.cols == 0)
            grid.unreachedCols.push_back(col);
    return grid;
}

// Step n of template matching: step (r, c) of the strided map is window (r·s, c·s) of the
// stride-1 matching of the padded image, which matchStep computes from its own index.
StepTrace matchStepOf(const StepperSetup& s, long long n)
{
    const Pair out = matchGeometry(s).convOutput();
    const long long total = static_cast<long long>(out.rows) * out.cols;
    require(n >= 0 && n < total, "step " + std::to_string(n) + " is out of range: there are " +
                                     std::to_string(total) + " steps");
    const int row = static_cast<int>(n / out.cols), col = static_cast<int>(n % out.cols);
    const cv::Mat padded = paddedForMatch(s);
    const long long positionsPerRow = padded.cols - s.kernel.cols + 1;
    const long long dense = static_cast<long long>(row) * s.conv.stride.rows * positionsPerRow +
                            static_cast<long long>(col) * s.conv.stride.cols;
    StepTrace step = matchStep(padded, s.kernel, s.method, dense);
    step.index = n;
    step.total = total;
    step.outRow = row;
    step.outCol = col;
    for (Tap& tap : step.taps)
        tap.inPadding = inPadding(tap.row, tap.col, s.conv.padding, s.input);
    return step;
}

StepTrace scatterStepOf(const StepperSetup& s, long long n)
{
    const Pair out = transposedGeometry(s).transposedOutput();
    StepTrace step;
    step.index = n;
    step.total = static_cast<long long>(s.input.total());
    require(n >= 0 && n < step.total, "step " + std::to_string(n) + " is out of range: there are " +
                                          std::to_string(step.total) + " steps");
    step.outRow = static_cast<int>(n / s.input.cols);
    step.outCol = static_cast<int>(n % s.input.cols);
    const Pair stride = s.transposed.stride, d = s.transposed.dilation;
    const Padding& pad = s.transposed.padding;
    const int top = step.outRow * stride.rows - pad.top;
    const int left = step.outCol * stride.cols - pad.left;
    step.window = cv::Rect(left, top, dilatedKernelSize(s.kernel.cols, d.cols),
                           dilatedKernelSize(s.kernel.rows, d.rows));
    step.value = s.input.at<float>(step.outRow, step.outCol);
    for (int u = 0; u < s.kernel.rows; ++u)
        for (int v = 0; v < s.kernel.cols; ++v) {
            Tap tap;
            tap.row = top + u * d.rows;
            tap.col = left + v * d.cols;
            tap.input = step.value;
            tap.weight = s.kernel.at<float>(u, v);
            tap.product = tap.input * tap.weight;
            tap.inPadding =
                tap.row < 0 || tap.row >= out.rows || tap.col < 0 || tap.col >= out.cols;
            step.taps.push_back(tap);
        }
    return step;
}

// The input with the cells after step n zeroed: the stamps made so far.
cv::Mat stampedSoFar(const cv::Mat& input, long long n)
{
    cv::Mat kept = input.clone();
    float* cells = kept.ptr<float>();
    for (long long i = n + 1; i < static_cast<long long>(kept.total()); ++i)
        cells[i] = 0.f;
    return kept;
}

} // namespace

void validateSetup(const StepperSetup& s)
{
    requireSingleChannel(s.input, "input");
    switch (s.operation) {
    case StepOperation::Convolution:
        requireSingleChannel(s.kernel, "kernel");
        validateConv(s.input, s.kernel, s.conv);
        return;
    case StepOperation::TemplateMatch:
        requireSingleChannel(s.kernel, "patch");
        require(s.conv.dilation == Pair{1, 1}, "template matching has no dilation; it is " +
                                                   std::to_string(s.conv.dilation.rows) + "," +
                                                   std::to_string(s.conv.dilation.cols));
        requirePaddable(s.input.size(), s.conv.padding, s.conv.paddingMode);
        matchGeometry(s).convOutput();
        return;
    case StepOperation::Pooling:
        validatePool(s.input, s.pool);
        return;
    case StepOperation::TransposedZeroInsertion:
    case StepOperation::TransposedScatter:
        requireSingleChannel(s.kernel, "kernel");
        transposedGeometry(s).transposedOutput();
        return;
    }
    throw Error("unknown step operation " + std::to_string(static_cast<int>(s.operation)));
}

Pair outputSizeOf(const StepperSetup& s)
{
    validateSetup(s);
    switch (s.operation) {
    case StepOperation::Convolution:
        return convGeometry(s).convOutput();
    case StepOperation::TemplateMatch:
        return matchGeometry(s).convOutput();
    case StepOperation::Pooling:
        return poolGeometry(s).convOutput();
    case StepOperation::TransposedZeroInsertion:
    case StepOperation::TransposedScatter:
        return transposedGeometry(s).transposedOutput();
    }
    throw Error("unknown step operation " + std::to_string(static_cast<int>(s.operation)));
}

long long stepCountOf(const StepperSetup& s)
{
    const Pair out = outputSizeOf(s);
    if (s.operation == StepOperation::TransposedScatter)
        return static_cast<long long>(s.input.total());
    return static_cast<long long>(out.rows) * out.cols;
}

StepTrace stepOf(const StepperSetup& s, long long n)
{
    switch (s.operation) {
    case StepOperation::Convolution:
        return convStep(s.input, s.kernel, s.conv, n);
    case StepOperation::TemplateMatch:
        validateSetup(s);
        return matchStepOf(s, n);
    case StepOperation::Pooling:
        return poolStep(s.input, s.pool, n);
    case StepOperation::TransposedZeroInsertion:
        return transposedStep(s.input, s.kernel, s.transposed, n);
    case StepOperation::TransposedScatter:
        validateSetup(s);
        return scatterStepOf(s, n);
    }
    throw Error("unknown step operation " + std::to_string(static_cast<int>(s.operation)));
}

cv::Mat finalOutputOf(const StepperSetup& s)
{
    validateSetup(s);
    switch (s.operation) {
    case StepOperation::Convolution:
        return conv2d(s.input, s.kernel, s.conv);
    case StepOperation::TemplateMatch: {
        const cv::Mat dense = matchTemplate(paddedForMatch(s), s.kernel, s.method);
        const Pair out = matchGeometry(s).convOutput();
        cv::Mat strided(out.rows, out.cols, CV_32F);
        for (int r = 0; r < out.rows; ++r)
            for (int c = 0; c < out.cols; ++c)
                strided.at<float>(r, c) =
                    dense.at<float>(r * s.conv.stride.rows, c * s.conv.stride.cols);
        return strided;
    }
    case StepOperation::Pooling:
        return pool2d(s.input, s.pool);
    case StepOperation::TransposedZeroInsertion:
        return transposedConvByZeroInsertion(s.input, s.kernel, s.transposed).output;
    case StepOperation::TransposedScatter:
        return transposedConvByScatter(s.input, s.kernel, s.transposed);
    }
    throw Error("unknown step operation " + std::to_string(static_cast<int>(s.operation)));
}

cv::Mat outputAfter(const StepperSetup& s, const cv::Mat& finalOutput, long long n)
{
    const float undefined = std::numeric_limits<float>::quiet_NaN();
    if (s.operation == StepOperation::TransposedScatter) {
        // After the last stamp the output is complete: cells no stamp reaches (dilation gaps,
        // the output padding) hold their 0.
        if (n + 1 >= static_cast<long long>(s.input.total()))
            return finalOutput.clone();
        cv::Mat sum = transposedConvByScatter(stampedSoFar(s.input, n), s.kernel, s.transposed);
        // Where no stamp has written yet: stamping ones with a kernel of ones counts the writes.
        const cv::Mat ones = cv::Mat::ones(s.input.size(), CV_32F);
        const cv::Mat writes = transposedConvByScatter(
            stampedSoFar(ones, n), cv::Mat::ones(s.kernel.size(), CV_32F), s.transposed);
        sum.setTo(undefined, writes == 0);
        return sum;
    }
    require(finalOutput.type() == CV_32FC1 && finalOutput.isContinuous(),
            "the final output must be a continuous single-channel float32 map; it is " +
                sizeText(finalOutput) + " " + cv::typeToString(finalOutput.type()));
    cv::Mat shown = finalOutput.clone();
    float* cells = shown.ptr<float>();
    for (long long i = std::max(0LL, n + 1); i < static_cast<long long>(shown.total()); ++i)
        cells[i] = undefined;
    return shown;
}

SteppedGrid steppedGridOf(const StepperSetup& s)
{
    validateSetup(s);
    switch (s.operation) {
    case StepOperation::Convolution:
        return paddedGrid(padImage(s.input, s.conv.padding, s.conv.paddingMode), s,
                          convGeometry(s));
    case StepOperation::TemplateMatch:
        return paddedGrid(paddedForMatch(s), s, matchGeometry(s));
    case StepOperation::Pooling: {
        // PyTorch's implicit padding: −inf for max (never chosen), 0 for the average.
        SteppedGrid grid =
            paddedGrid(padImage(s.input, s.pool.padding, PaddingMode::Zeros), s, poolGeometry(s));
        if (s.pool.mode == PoolMode::Max)
            grid.values.setTo(-std::numeric_limits<float>::infinity(),
                              grid.roles == static_cast<int>(CellRole::Padding));
        return grid;
    }
    case StepOperation::TransposedZeroInsertion:
        return zeroInsertionGrid(s);
    case StepOperation::TransposedScatter: {
        SteppedGrid grid;
        grid.values = s.input.clone();
        grid.roles = cv::Mat(s.input.size(), CV_8U, cv::Scalar(static_cast<int>(CellRole::Input)));
        return grid;
    }
    }
    throw Error("unknown step operation " + std::to_string(static_cast<int>(s.operation)));
}

} // namespace convlab
