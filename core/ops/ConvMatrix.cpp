// SPDX-License-Identifier: MIT
#include "ops/ConvMatrix.h"

#include "Error.h"
#include "geometry/ConvGeometry.h"
#include "ops/Conv2d.h"

#include <opencv2/core/check.hpp>
#include <string>

namespace convlab {
namespace {

// Teaching sizes only: 4096² float entries is already 64 MB.
constexpr long long maxMatrixEntries = 4096LL * 4096LL;

void requireTeachingSize(long long rows, long long cols, const char* what)
{
    require(rows * cols <= maxMatrixEntries,
            std::string(what) + " would be " + std::to_string(rows) + "×" + std::to_string(cols) +
                " (" + std::to_string(rows * cols) +
                " entries), more than the 4096×4096 a teaching view can hold");
}

// The shape of W and of the conv behind it, refused before anything is allocated.
struct MatrixLayout {
    Pair input;
    Pair kernel;
    Pair output;
    int rows = 0; // output cells
    int cols = 0; // input cells
};

MatrixLayout layoutOf(Pair kernel, Pair input, Pair stride, const Padding& padding, Pair dilation)
{
    require(kernel.rows >= 1 && kernel.cols >= 1, "the kernel " + std::to_string(kernel.rows) +
                                                      "×" + std::to_string(kernel.cols) +
                                                      " is empty");
    const ConvGeometry2d geometry{input, kernel, stride, padding, dilation};
    const Pair output = geometry.convOutput();
    const long long rows = static_cast<long long>(output.rows) * output.cols;
    const long long cols = static_cast<long long>(input.rows) * input.cols;
    requireTeachingSize(rows, cols, "the convolution matrix");
    return {input, kernel, output, static_cast<int>(rows), static_cast<int>(cols)};
}

// Calls visit(row of W, column of W, flat tap index) for every nonzero entry of W: output
// cell (i, j) reads input (i·s + u·d − p_top, j·s + v·d − p_left) with tap (u, v), when that
// cell is inside the unpadded input (zero padding contributes nothing).
template <typename Visit>
void forEachTap(const MatrixLayout& layout, Pair stride, const Padding& padding, Pair dilation,
                Visit visit)
{
    for (int i = 0; i < layout.output.rows; ++i)
        for (int u = 0; u < layout.kernel.rows; ++u) {
            const int r = i * stride.rows + u * dilation.rows - padding.top;
            if (r < 0 || r >= layout.input.rows)
                continue;
            for (int j = 0; j < layout.output.cols; ++j)
                for (int v = 0; v < layout.kernel.cols; ++v) {
                    const int c = j * stride.cols + v * dilation.cols - padding.left;
                    if (c >= 0 && c < layout.input.cols)
                        visit(i * layout.output.cols + j, r * layout.input.cols + c,
                              u * layout.kernel.cols + v);
                }
        }
}

cv::Mat toDouble(const cv::Mat& m, const char* what)
{
    require(!m.empty(), std::string(what) + " is empty");
    require(m.channels() == 1,
            std::string(what) + " must have one channel; it has " + std::to_string(m.channels()));
    cv::Mat asFloat;
    m.convertTo(asFloat, CV_32F);
    requireFinite(asFloat, what);
    cv::Mat result;
    m.convertTo(result, CV_64F);
    return result;
}

} // namespace

cv::Mat convMatrix(const cv::Mat& kernel, Pair inputShape, Pair stride, const Padding& padding,
                   Pair dilation)
{
    require(kernel.empty() || kernel.type() == CV_32FC1,
            "the convolution matrix takes a single-channel float32 kernel; it is " +
                cv::typeToString(kernel.type()));
    const MatrixLayout layout =
        layoutOf({kernel.rows, kernel.cols}, inputShape, stride, padding, dilation);
    const cv::Mat taps = kernel.isContinuous() ? kernel : kernel.clone();
    const float* w = taps.ptr<float>();
    cv::Mat W = cv::Mat::zeros(layout.rows, layout.cols, CV_32F);
    forEachTap(layout, stride, padding, dilation,
               [&](int row, int col, int tap) { W.at<float>(row, col) = w[tap]; });
    return W;
}

cv::Mat convMatrixTaps(Pair kernelShape, Pair inputShape, Pair stride, const Padding& padding,
                       Pair dilation)
{
    const MatrixLayout layout = layoutOf(kernelShape, inputShape, stride, padding, dilation);
    cv::Mat taps(layout.rows, layout.cols, CV_32S, cv::Scalar(-1));
    forEachTap(layout, stride, padding, dilation,
               [&](int row, int col, int tap) { taps.at<int>(row, col) = tap; });
    return taps;
}

Reconstruction reconstruct(const cv::Mat& W, const cv::Mat& x)
{
    const cv::Mat w = toDouble(W, "W");
    const cv::Mat signal = toDouble(x, "x");
    require(static_cast<int>(signal.total()) == w.cols, "x has " + std::to_string(signal.total()) +
                                                            " entries but W has " +
                                                            std::to_string(w.cols) + " columns");
    requireTeachingSize(w.rows, w.rows, "W·Wᵀ");

    const cv::Mat column = signal.reshape(1, w.cols);
    const cv::Mat WWt = w * w.t();
    const cv::Mat y = w * column;
    const cv::Mat xHat = w.t() * y;

    const double residual = cv::norm(xHat, column, cv::NORM_L2);
    const double size = cv::norm(column, cv::NORM_L2);

    Reconstruction result;
    WWt.convertTo(result.WWt, CV_32F);
    result.orthonormalityError = cv::norm(WWt, cv::Mat::eye(WWt.size(), CV_64F), cv::NORM_L2);
    y.convertTo(result.y, CV_32F);
    xHat.convertTo(result.xHat, CV_32F);
    result.reconstructionError = size > 0 ? residual / size : residual;
    return result;
}

SquaredErrorBackward squaredErrorBackward(const cv::Mat& W, const cv::Mat& x, const cv::Mat& target)
{
    const cv::Mat w = toDouble(W, "W");
    const cv::Mat signal = toDouble(x, "x");
    require(static_cast<int>(signal.total()) == w.cols, "x has " + std::to_string(signal.total()) +
                                                            " entries but W has " +
                                                            std::to_string(w.cols) + " columns");
    const cv::Mat t =
        target.empty() ? cv::Mat(cv::Mat::zeros(w.rows, 1, CV_64F)) : toDouble(target, "t");
    require(static_cast<int>(t.total()) == w.rows, "the target has " + std::to_string(t.total()) +
                                                       " values; y has " + std::to_string(w.rows));

    const cv::Mat y = w * signal.reshape(1, w.cols);
    const cv::Mat delta = y - t.reshape(1, w.rows);
    const cv::Mat gradient = w.t() * delta;

    SquaredErrorBackward result;
    y.convertTo(result.y, CV_32F);
    t.reshape(1, w.rows).convertTo(result.target, CV_32F);
    delta.convertTo(result.delta, CV_32F);
    result.loss = 0.5 * delta.dot(delta);
    gradient.convertTo(result.gradient, CV_32F);
    return result;
}

} // namespace convlab
