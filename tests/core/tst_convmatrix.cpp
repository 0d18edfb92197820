// SPDX-License-Identifier: MIT
#include "BruteForce.h"
#include "Error.h"
#include "TestData.h"
#include "ops/Conv2d.h"
#include "ops/ConvMatrix.h"

#include <QTest>
#include <cmath>
#include <limits>
#include <random>

using namespace convlab;
using namespace convlab::test;

namespace {

cv::Mat column(const cv::Mat& m)
{
    return m.clone().reshape(1, static_cast<int>(m.total()));
}

// A random single-channel case that fits, zero padded and not flipped: what W models.
ConvCase randomMatrixCase(std::mt19937& rng)
{
    const ConvRanges ranges{.maxSide = 6,
                            .maxKernel = 3,
                            .maxStride = 3,
                            .maxDilation = 2,
                            .maxPadding = 2,
                            .maxChannels = 1};
    while (true) {
        ConvCase c = randomConvCase(rng, ranges);
        c.params.paddingMode = PaddingMode::Zeros;
        c.params.trueConvolution = false;
        if (c.fits())
            return c;
    }
}

} // namespace

class TestConvMatrix : public QObject {
    Q_OBJECT

  private slots:
    void lectureExample1d();
    void orthonormalExample();
    void lectureKernelIsOrthogonalButNotNormalised();
    void realCaseIsNotOrthonormal();
    void productIsTheBruteForceConvolution();
    void productIsConv2d();
    void tapsAreConsistentWithTheMatrix();
    void refusesOversizedMatrices();
    void refusesBadInput();
    void backwardOfTheMatrixPagesCase();
    void backwardIsTheChainRuleByBruteForce();
    void backwardRefusesATargetOfAnotherLength();
};

// x of 7 values, w of 3, stride 2, no padding: y of 3 and W of 3×7, exactly the lecture's rows.
void TestConvMatrix::lectureExample1d()
{
    const float w1 = 0.5f, w2 = -1, w3 = 2;
    const cv::Mat w = (cv::Mat_<float>(1, 3) << w1, w2, w3);
    const cv::Mat W = convMatrix(w, {1, 7}, {1, 2}, {}, {1, 1});
    const cv::Mat expectedW = (cv::Mat_<float>(3, 7) << w1, w2, w3, 0, 0, 0, 0, //
                               0, 0, w1, w2, w3, 0, 0,                          //
                               0, 0, 0, 0, w1, w2, w3);
    CONVLAB_COMPARE_MATS(W, expectedW, 0);

    const cv::Mat expectedWt = (cv::Mat_<float>(7, 3) << w1, 0, 0, //
                                w2, 0, 0,                          //
                                w3, w1, 0,                         //
                                0, w2, 0,                          //
                                0, w3, w1,                         //
                                0, 0, w2,                          //
                                0, 0, w3);
    CONVLAB_COMPARE_MATS(cv::Mat(W.t()), expectedWt, 0);

    const cv::Mat taps = convMatrixTaps({1, 3}, {1, 7}, {1, 2}, {}, {1, 1});
    const cv::Mat expectedTaps = (cv::Mat_<int>(3, 7) << 0, 1, 2, -1, -1, -1, -1, //
                                  -1, -1, 0, 1, 2, -1, -1,                        //
                                  -1, -1, -1, -1, 0, 1, 2);
    QCOMPARE(cv::countNonZero(taps != expectedTaps), 0);

    const cv::Mat x = (cv::Mat_<float>(1, 7) << 1, 2, 3, 4, 5, 6, 7);
    const cv::Mat y = (cv::Mat_<float>(3, 1) << 4.5f, 7.5f, 10.5f);
    CONVLAB_COMPARE_MATS(reconstruct(W, x).y, y, 1e-6);

    // The same signal standing as a column gives the same matrix.
    CONVLAB_COMPARE_MATS(convMatrix(w.t(), {7, 1}, {2, 1}, {}, {1, 1}), W, 0);
}

// The lecture's orthonormal example, normalised: kernel [-1, 0, 0, 1]/√2 with stride 4.
void TestConvMatrix::orthonormalExample()
{
    const float a = float(1 / std::sqrt(2.0));
    const cv::Mat w = (cv::Mat_<float>(1, 4) << -a, 0, 0, a);
    const cv::Mat W = convMatrix(w, {1, 12}, {1, 4}, {}, {1, 1});
    QCOMPARE(W.size(), cv::Size(12, 3));

    std::mt19937 rng(4);
    const cv::Mat x = test::randomMat(rng, 12, 1);
    const Reconstruction r = reconstruct(W, x);
    CONVLAB_COMPARE_MATS(r.WWt, cv::Mat(cv::Mat::eye(3, 3, CV_32F)), 1e-6);
    QVERIFY2(r.orthonormalityError < 1e-6, qPrintable(QString::number(r.orthonormalityError)));
    // W·Wᵀ = I: the reconstruction gives back the same measurements, W x̂ = y ...
    CONVLAB_COMPARE_MATS(cv::Mat(W * column(r.xHat)), r.y, 1e-6);
    QVERIFY(r.reconstructionError > 0.1); // ... but x itself only when x lies in W's row space:
    const cv::Mat inRowSpace = W.t() * test::randomMat(rng, 3, 1);
    const Reconstruction exact = reconstruct(W, inRowSpace);
    QVERIFY2(exact.reconstructionError < 1e-6,
             qPrintable(QString::number(exact.reconstructionError)));
    CONVLAB_COMPARE_MATS(exact.xHat, inRowSpace, 1e-6);
}

// The lecture writes W = [-1, 0, 0, 1]: its rows are orthogonal, W·Wᵀ = 2I.
void TestConvMatrix::lectureKernelIsOrthogonalButNotNormalised()
{
    const cv::Mat w = (cv::Mat_<float>(1, 4) << -1, 0, 0, 1);
    const cv::Mat W = convMatrix(w, {1, 12}, {1, 4}, {}, {1, 1});
    const Reconstruction r = reconstruct(W, cv::Mat::ones(12, 1, CV_32F));
    CONVLAB_COMPARE_MATS(r.WWt, cv::Mat(2 * cv::Mat::eye(3, 3, CV_32F)), 0);
    QCOMPARE(r.orthonormalityError, std::sqrt(3.0));
}

// w = [1, 2, 3], stride 2 on 7 values: W·Wᵀ = [[14, 3, 0], [3, 14, 3], [0, 3, 14]].
void TestConvMatrix::realCaseIsNotOrthonormal()
{
    const cv::Mat w = (cv::Mat_<float>(1, 3) << 1, 2, 3);
    const cv::Mat W = convMatrix(w, {1, 7}, {1, 2}, {}, {1, 1});
    const cv::Mat x = (cv::Mat_<float>(7, 1) << 1, 0, 0, 0, 0, 0, 0);
    const Reconstruction r = reconstruct(W, x);

    const cv::Mat expectedWWt = (cv::Mat_<float>(3, 3) << 14, 3, 0, 3, 14, 3, 0, 3, 14);
    CONVLAB_COMPARE_MATS(r.WWt, expectedWWt, 0);
    QCOMPARE(r.orthonormalityError, std::sqrt(3 * 13.0 * 13.0 + 4 * 3.0 * 3.0));
    const cv::Mat expectedY = (cv::Mat_<float>(3, 1) << 1, 0, 0);
    const cv::Mat expectedXHat = (cv::Mat_<float>(7, 1) << 1, 2, 3, 0, 0, 0, 0);
    CONVLAB_COMPARE_MATS(r.y, expectedY, 0);
    CONVLAB_COMPARE_MATS(r.xHat, expectedXHat, 0);
    QCOMPARE(r.reconstructionError, std::sqrt(13.0));

    // x = 0 has nothing to divide by: the error is absolute, and 0.
    QCOMPARE(reconstruct(W, cv::Mat::zeros(1, 7, CV_32F)).reconstructionError, 0.0);
}

void TestConvMatrix::productIsTheBruteForceConvolution()
{
    std::mt19937 rng(11);
    for (int n = 0; n < 100; ++n) {
        const ConvCase c = randomMatrixCase(rng);
        const ConvParams& p = c.params;
        const cv::Mat W =
            convMatrix(c.kernel, {c.input.rows, c.input.cols}, p.stride, p.padding, p.dilation);
        const cv::Mat expected = bruteForceConv(c.input, c.kernel, p);
        QCOMPARE(W.rows, static_cast<int>(expected.total()));
        QCOMPARE(W.cols, static_cast<int>(c.input.total()));
        CONVLAB_COMPARE_MATS(cv::Mat(W * column(c.input)), column(expected), 1e-5);
    }
}

void TestConvMatrix::productIsConv2d()
{
    std::mt19937 rng(12);
    for (int n = 0; n < 100; ++n) {
        const ConvCase c = randomMatrixCase(rng);
        const ConvParams& p = c.params;
        const cv::Mat W =
            convMatrix(c.kernel, {c.input.rows, c.input.cols}, p.stride, p.padding, p.dilation);
        const cv::Mat y = conv2d(c.input, c.kernel, p);
        CONVLAB_COMPARE_MATS(cv::Mat(W * column(c.input)), column(y), 1e-5);
    }
}

// Each tap sits where the geometry says (row i·outCols + j reads input (i·s + u·d − p, …)),
// holds the kernel value W has there, and every other entry of W is a structural 0.
void TestConvMatrix::tapsAreConsistentWithTheMatrix()
{
    std::mt19937 rng(13);
    for (int n = 0; n < 60; ++n) {
        const ConvCase c = randomMatrixCase(rng);
        const cv::Mat& x = c.input;
        const cv::Mat& w = c.kernel;
        const ConvParams& p = c.params;
        const Pair input{x.rows, x.cols};
        const cv::Mat W = convMatrix(w, input, p.stride, p.padding, p.dilation);
        const cv::Mat taps =
            convMatrixTaps({w.rows, w.cols}, input, p.stride, p.padding, p.dilation);
        QCOMPARE(taps.size(), W.size());
        QCOMPARE(taps.type(), CV_32S);

        const int outCols = convOutputSide(x.cols, w.cols, p.stride.cols, p.padding.left,
                                           p.padding.right, p.dilation.cols);
        for (int row = 0; row < W.rows; ++row)
            for (int col = 0; col < W.cols; ++col) {
                const int tap = taps.at<int>(row, col);
                if (tap < 0) {
                    QCOMPARE(W.at<float>(row, col), 0.f);
                    continue;
                }
                QVERIFY(tap < static_cast<int>(w.total()));
                const int u = tap / w.cols, v = tap % w.cols;
                QCOMPARE(W.at<float>(row, col), w.at<float>(u, v));
                const int i = row / outCols, j = row % outCols;
                QCOMPARE(col / x.cols, i * p.stride.rows + u * p.dilation.rows - p.padding.top);
                QCOMPARE(col % x.cols, j * p.stride.cols + v * p.dilation.cols - p.padding.left);
            }
    }
}

void TestConvMatrix::refusesOversizedMatrices()
{
    const cv::Mat one = cv::Mat::ones(1, 1, CV_32F);
    QString message = messageOf([&] { convMatrix(one, {70, 70}, {1, 1}, {}, {1, 1}); });
    QVERIFY2(message.contains("4900"), qPrintable(message));
    message = messageOf([&] { convMatrixTaps({1, 1}, {70, 70}, {1, 1}, {}, {1, 1}); });
    QVERIFY2(message.contains("4900"), qPrintable(message));
    // A tall W whose W·Wᵀ would be too large.
    message = messageOf([&] { reconstruct(cv::Mat::ones(5000, 1, CV_32F), one); });
    QVERIFY2(message.contains("5000"), qPrintable(message));
}

void TestConvMatrix::refusesBadInput()
{
    const cv::Mat W = cv::Mat::ones(3, 7, CV_32F);
    QString message = messageOf([&] { reconstruct(W, cv::Mat::ones(5, 1, CV_32F)); });
    QVERIFY2(message.contains('5') && message.contains('7'), qPrintable(message));

    cv::Mat withNan = cv::Mat::ones(7, 1, CV_32F);
    withNan.at<float>(3) = std::numeric_limits<float>::quiet_NaN();
    message = messageOf([&] { reconstruct(W, withNan); });
    QVERIFY2(message.contains('x'), qPrintable(message));

    message = messageOf([&] { convMatrix(cv::Mat(3, 3, CV_32FC3), {5, 5}, {1, 1}, {}, {1, 1}); });
    QVERIFY2(message.contains("CV_32FC3"), qPrintable(message));
    // The dilated kernel (5) does not fit the input (4): the geometry says so with its numbers.
    message = messageOf([&] {
        convMatrix(cv::Mat::ones(3, 3, CV_32F), {4, 4}, {1, 1}, {}, {2, 2});
    });
    QVERIFY2(message.contains('5') && message.contains('4'), qPrintable(message));
}

// The Matrix page's Backward preset, by hand: x = (3, 1, 4, 1, 5, 9, 2), w = (1, 2, −1),
// stride 2, padding 1. y_i = x_{2i−1} + 2x_{2i} − x_{2i+1} (x_{−1} = x_7 = 0) = (5, 8, 2, 13);
// t = (4, 6, 3, 10), δ = (1, 2, −1, 3), L = ½(1 + 4 + 1 + 9) = 7.5; ∂L/∂x_j = Σ_i δ_i W_ij:
// x₀ ← 2δ₀, x₁ ← −δ₀ + δ₁, x₂ ← 2δ₁, x₃ ← −δ₁ + δ₂, x₄ ← 2δ₂, x₅ ← −δ₂ + δ₃, x₆ ← 2δ₃.
void TestConvMatrix::backwardOfTheMatrixPagesCase()
{
    const cv::Mat x = (cv::Mat_<float>(1, 7) << 3, 1, 4, 1, 5, 9, 2);
    const cv::Mat w = (cv::Mat_<float>(1, 3) << 1, 2, -1);
    const cv::Mat W = convMatrix(w, {1, 7}, {1, 2}, Padding{0, 0, 1, 1}, {1, 1});
    const cv::Mat t = (cv::Mat_<float>(1, 4) << 4, 6, 3, 10);

    const SquaredErrorBackward b = squaredErrorBackward(W, x, t);

    CONVLAB_COMPARE_MATS(b.y, column(cv::Mat_<float>({5, 8, 2, 13})), 0);
    CONVLAB_COMPARE_MATS(b.target, column(t), 0);
    CONVLAB_COMPARE_MATS(b.delta, column(cv::Mat_<float>({1, 2, -1, 3})), 0);
    QCOMPARE(b.loss, 7.5);
    CONVLAB_COMPARE_MATS(b.gradient, column(cv::Mat_<float>({2, 1, 4, -3, -2, 4, 6})), 0);

    // No target: δ = y, L = ½‖y‖².
    const SquaredErrorBackward untargeted = squaredErrorBackward(W, x, {});
    CONVLAB_COMPARE_MATS(untargeted.delta, untargeted.y, 0);
    QCOMPARE(untargeted.loss, 0.5 * (25 + 64 + 4 + 169));
}

// Random 1D and 2D cases: y, δ, L and ∂L/∂x against loops over the taps (no matrix): output i
// reads input i·s + u·d − p with tap u, so ∂L/∂x_j = Σ over the (i, u) that read j of w_u δ_i.
void TestConvMatrix::backwardIsTheChainRuleByBruteForce()
{
    std::mt19937 rng(15);
    for (int trial = 0; trial < 40; ++trial) {
        const ConvCase c = randomMatrixCase(rng);
        const cv::Mat& x = c.input;
        const cv::Mat& k = c.kernel;
        const ConvParams& p = c.params;
        const cv::Mat W = convMatrix(k, {x.rows, x.cols}, p.stride, p.padding, p.dilation);
        const cv::Mat y0 = bruteForceConv(x, k, p);
        const cv::Mat t = test::randomMat(rng, y0.rows, y0.cols);

        const SquaredErrorBackward b = squaredErrorBackward(W, x, t);

        cv::Mat delta = y0 - t;
        cv::Mat gradient = cv::Mat::zeros(x.size(), CV_64F);
        for (int i = 0; i < y0.rows; ++i)
            for (int j = 0; j < y0.cols; ++j)
                for (int u = 0; u < k.rows; ++u)
                    for (int v = 0; v < k.cols; ++v) {
                        const int r = i * p.stride.rows + u * p.dilation.rows - p.padding.top;
                        const int q = j * p.stride.cols + v * p.dilation.cols - p.padding.left;
                        if (r >= 0 && q >= 0 && r < x.rows && q < x.cols)
                            gradient.at<double>(r, q) +=
                                double(k.at<float>(u, v)) * delta.at<float>(i, j);
                    }
        gradient.convertTo(gradient, CV_32F);
        CONVLAB_COMPARE_MATS(b.y, column(y0), 1e-4);
        CONVLAB_COMPARE_MATS(b.delta, column(delta), 1e-4);
        QVERIFY(std::abs(b.loss - 0.5 * delta.dot(delta)) < 1e-4 * std::max(1.0, b.loss));
        CONVLAB_COMPARE_MATS(b.gradient, column(gradient), 1e-4);
    }
}

void TestConvMatrix::backwardRefusesATargetOfAnotherLength()
{
    const cv::Mat W = cv::Mat::ones(2, 3, CV_32F);
    QCOMPARE(messageOf([&] {
                 squaredErrorBackward(W, cv::Mat::ones(1, 3, CV_32F), cv::Mat::ones(1, 1, CV_32F));
             }),
             QStringLiteral("the target has 1 values; y has 2"));
    QCOMPARE(messageOf([&] { squaredErrorBackward(W, cv::Mat::ones(1, 4, CV_32F), {}); }),
             QStringLiteral("x has 4 entries but W has 3 columns"));
}

QTEST_APPLESS_MAIN(TestConvMatrix)
#include "tst_convmatrix.moc"
