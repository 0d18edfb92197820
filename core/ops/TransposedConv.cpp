// SPDX-License-Identifier: MIT
#include "ops/TransposedConv.h"

#include "Error.h"
#include "engine/TransposedCorrelation.h"
#include "geometry/ConvGeometry.h"
#include "ops/Conv2d.h"
#include "ops/ConvMatrix.h"

#include <opencv2/core/check.hpp>
#include <string>

namespace convlab {
namespace {

ConvGeometry2d geometryOf(const cv::Mat& input, const cv::Mat& kernel,
                          const TransposedParams& params)
{
    return {{input.rows, input.cols}, {kernel.rows, kernel.cols}, params.stride, params.padding,
            params.dilation,          params.outputPadding};
}

void requireSingleChannelFloat(const cv::Mat& m, const char* what)
{
    require(!m.empty(), std::string("transposed convolution: the ") + what + " is empty");
    require(m.type() == CV_32FC1, std::string("transposed convolution takes a single-channel "
                                              "float32 ") +
                                      what + "; it is " + cv::typeToString(m.type()));
}

// Checks the data and the geometry; returns the output size.
Pair validateTransposed(const cv::Mat& input, const cv::Mat& kernel, const TransposedParams& params)
{
    requireSingleChannelFloat(input, "input");
    requireSingleChannelFloat(kernel, "kernel");
    requireFinite(input, "input");
    requireFinite(kernel, "kernel");
    return geometryOf(input, kernel, params).transposedOutput();
}

// `grid` placed in a larger (or, on sides where the border is negative, smaller) zero canvas:
// cell (r, c) of the result reads grid(r - top, c - left).
cv::Mat withBorder(const cv::Mat& grid, const Padding& border)
{
    const int rows = grid.rows + border.top + border.bottom;
    const int cols = grid.cols + border.left + border.right;
    cv::Mat result = cv::Mat::zeros(rows, cols, grid.type());
    const cv::Rect kept =
        cv::Rect(0, 0, grid.cols, grid.rows) & cv::Rect(-border.left, -border.top, cols, rows);
    if (!kept.empty())
        grid(kept).copyTo(result(kept + cv::Point(border.left, border.top)));
    return result;
}

} // namespace

ZeroInsertion transposedConvByZeroInsertion(const cv::Mat& input, const cv::Mat& kernel,
                                            const TransposedParams& params)
{
    validateTransposed(input, kernel, params);
    const Pair s = params.stride;
    const Pair d = params.dilation;
    const Pair a = params.outputPadding;
    const Padding& p = params.padding;

    ZeroInsertion result;
    result.zeroInserted =
        cv::Mat::zeros((input.rows - 1) * s.rows + 1, (input.cols - 1) * s.cols + 1, CV_32F);
    for (int r = 0; r < input.rows; ++r)
        for (int c = 0; c < input.cols; ++c)
            result.zeroInserted.at<float>(r * s.rows, c * s.cols) = input.at<float>(r, c);

    const int reachRows = d.rows * (kernel.rows - 1);
    const int reachCols = d.cols * (kernel.cols - 1);
    result.border = {reachRows - p.top, reachRows - p.bottom + a.rows, reachCols - p.left,
                     reachCols - p.right + a.cols};
    result.padded = withBorder(result.zeroInserted, result.border);
    cv::flip(kernel, result.flippedKernel, -1);

    ConvParams conv;
    conv.dilation = d;
    result.output = conv2d(result.padded, result.flippedKernel, conv);
    return result;
}

cv::Mat transposedConvByScatter(const cv::Mat& input, const cv::Mat& kernel,
                                const TransposedParams& params)
{
    const Pair out = validateTransposed(input, kernel, params);
    const Pair s = params.stride;
    const Pair d = params.dilation;
    const Padding& p = params.padding;

    // Accumulated in double so that overlapping stamps add up without float drift.
    cv::Mat sum = cv::Mat::zeros(out.rows, out.cols, CV_64F);
    for (int n = 0; n < input.rows; ++n) {
        const float* in = input.ptr<float>(n);
        for (int u = 0; u < kernel.rows; ++u) {
            const int r = n * s.rows + u * d.rows - p.top;
            if (r < 0 || r >= out.rows)
                continue;
            const float* w = kernel.ptr<float>(u);
            double* dst = sum.ptr<double>(r);
            for (int m = 0; m < input.cols; ++m)
                for (int v = 0; v < kernel.cols; ++v) {
                    const int c = m * s.cols + v * d.cols - p.left;
                    if (c >= 0 && c < out.cols)
                        dst[c] += static_cast<double>(in[m]) * w[v];
                }
        }
    }
    cv::Mat output;
    sum.convertTo(output, CV_32F);
    return output;
}

cv::Mat transposedConvByMatrix(const cv::Mat& input, const cv::Mat& kernel,
                               const TransposedParams& params)
{
    const Pair out = validateTransposed(input, kernel, params);
    const cv::Mat W = convMatrix(kernel, out, params.stride, params.padding, params.dilation);

    // W's rows are the windows of the conv over `out` cells. There is one per input cell,
    // plus extra trailing windows when the output padding reaches a whole stride (a >= s,
    // allowed when a < d): those feed nothing, so only the first input.rows × input.cols count.
    const ConvGeometry2d conv{
        out, {kernel.rows, kernel.cols}, params.stride, params.padding, params.dilation};
    const Pair windows = conv.convOutput();
    cv::Mat fed(static_cast<int>(input.total()), W.cols, CV_32F);
    for (int r = 0; r < input.rows; ++r)
        for (int c = 0; c < input.cols; ++c)
            W.row(r * windows.cols + c).copyTo(fed.row(r * input.cols + c));

    const cv::Mat y = input.clone().reshape(1, static_cast<int>(input.total()));
    cv::Mat x;
    cv::gemm(fed, y, 1.0, cv::noArray(), 0.0, x, cv::GEMM_1_T); // Wᵀy
    return x.reshape(1, out.rows);
}

cv::Mat transposedConv2d(const cv::Mat& input, const cv::Mat& kernel,
                         const TransposedParams& params)
{
    // The three forms above are for teaching; this one is the fast path: the output's stride
    // phases as engine correlations (engine/TransposedCorrelation.h), never multiplying zeros.
    validateTransposed(input, kernel, params);
    return transposedCorrelate(input, kernel, params.stride, params.dilation, params.padding,
                               params.outputPadding);
}

} // namespace convlab
