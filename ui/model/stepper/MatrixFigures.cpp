// SPDX-License-Identifier: MIT
#include "stepper/MatrixFigures.h"

#include "Error.h"
#include "geometry/ConvGeometry.h"

namespace convlab {
namespace {

int axisOutputPadding(int input, int kernel, int stride, int before, int after, int dilation)
{
    const int span = input + before + after - dilation * (kernel - 1) - 1;
    require(span >= 0, "kernel " + std::to_string(kernel) + " (dilated " +
                           std::to_string(dilation * (kernel - 1) + 1) +
                           ") is larger than padded input " +
                           std::to_string(input + before + after));
    return span % stride;
}

// For each cell of the bordered, zero-inserted grid: the flat index of the y value it holds.
cv::Mat zeroInsertedSources(const ZeroInsertion& form, Pair yShape, Pair stride)
{
    cv::Mat sources(form.padded.size(), CV_32S, cv::Scalar(-1));
    for (int row = 0; row < sources.rows; ++row)
        for (int col = 0; col < sources.cols; ++col) {
            const int r = row - form.border.top, c = col - form.border.left;
            if (r < 0 || c < 0 || r >= form.zeroInserted.rows || c >= form.zeroInserted.cols ||
                r % stride.rows != 0 || c % stride.cols != 0)
                continue;
            sources.at<int>(row, col) = (r / stride.rows) * yShape.cols + c / stride.cols;
        }
    return sources;
}

} // namespace

Pair outputPaddingFor(Pair inputShape, Pair kernelShape, Pair stride, const Padding& padding,
                      Pair dilation)
{
    return {axisOutputPadding(inputShape.rows, kernelShape.rows, stride.rows, padding.top,
                              padding.bottom, dilation.rows),
            axisOutputPadding(inputShape.cols, kernelShape.cols, stride.cols, padding.left,
                              padding.right, dilation.cols)};
}

MatrixFigures computeMatrixFigures(const cv::Mat& x, const cv::Mat& kernel, Pair stride,
                                   const Padding& padding, Pair dilation, const cv::Mat& target)
{
    require(!x.empty() && x.type() == CV_32FC1,
            "x must be a non-empty single-channel float32 array");
    MatrixFigures f;
    f.x = x.clone();
    f.kernel = kernel.clone();
    f.stride = stride;
    f.padding = padding;
    f.dilation = dilation;

    const Pair inputShape{x.rows, x.cols};
    const Pair kernelShape{kernel.rows, kernel.cols};
    f.W = convMatrix(kernel, inputShape, stride, padding, dilation);
    f.taps = convMatrixTaps(kernelShape, inputShape, stride, padding, dilation);
    f.outputShape = ConvGeometry2d{inputShape, kernelShape, stride, padding, dilation}.convOutput();
    f.reconstruction = reconstruct(f.W, f.x);

    f.transposed.stride = stride;
    f.transposed.padding = padding;
    f.transposed.dilation = dilation;
    f.transposed.outputPadding =
        outputPaddingFor(inputShape, kernelShape, stride, padding, dilation);
    const cv::Mat y = f.reconstruction.y.reshape(1, f.outputShape.rows);
    f.rearranged = transposedConvByZeroInsertion(y, kernel, f.transposed);
    const Pair zShape{f.rearranged.padded.rows, f.rearranged.padded.cols};
    f.C = convMatrix(f.rearranged.flippedKernel, zShape, {1, 1}, {}, dilation);
    const cv::Mat flippedTaps = convMatrixTaps(kernelShape, zShape, {1, 1}, {}, dilation);
    // Tap t of the flipped kernel is tap (taps − 1 − t) of the kernel itself.
    const int lastTap = static_cast<int>(kernel.total()) - 1;
    f.Ctaps = flippedTaps.clone();
    for (int r = 0; r < f.Ctaps.rows; ++r)
        for (int c = 0; c < f.Ctaps.cols; ++c) {
            int& tap = f.Ctaps.at<int>(r, c);
            if (tap >= 0)
                tap = lastTap - tap;
        }
    f.zSource = zeroInsertedSources(f.rearranged, f.outputShape, stride);
    f.WtY = transposedConvByMatrix(y, kernel, f.transposed);
    f.rearrangementDifference = cv::norm(f.rearranged.output, f.WtY, cv::NORM_INF);
    if (!target.empty())
        f.backward = squaredErrorBackward(f.W, f.x, target);
    return f;
}

MatrixFigures computeMatrixFigures(const MatrixPresetData& data)
{
    const bool signal = data.x.rows == 1;
    return computeMatrixFigures(
        data.x, data.kernel, signal ? Pair{1, data.stride} : Pair{data.stride, data.stride},
        signal ? Padding{0, 0, data.padding, data.padding} : Padding::uniform(data.padding),
        signal ? Pair{1, data.dilation} : Pair{data.dilation, data.dilation}, data.target);
}

} // namespace convlab
