// SPDX-License-Identifier: MIT
#include "BruteForce.h"
#include "Error.h"
#include "TestData.h"
#include "ops/ConvGradient.h"
#include "ops/ConvMatrix.h"

#include <QTest>
#include <random>

using namespace convlab;
using namespace convlab::test;

namespace {

struct Layer {
    cv::Mat input;                // H×W×Cin
    std::vector<cv::Mat> filters; // Cout of k×k×Cin
    cv::Mat delta;                // outputs×Cout
    ConvParams params;
};

float at(const cv::Mat& m, int r, int c, int ch)
{
    return m.ptr<float>(r)[c * m.channels() + ch];
}

// A random zero-padded layer whose dilated kernel fits, and a random δ of its output size.
Layer randomLayer(std::mt19937& rng)
{
    RandomInt pick(rng);
    for (;;) {
        Layer l;
        l.params.stride = {pick(1, 3), pick(1, 3)};
        l.params.dilation = {pick(1, 3), pick(1, 3)};
        l.params.padding = {pick(0, 3), pick(0, 3), pick(0, 3), pick(0, 3)};
        const int cin = pick(1, 3), cout = pick(1, 3), kr = pick(1, 4), kc = pick(1, 4);
        const int rows = pick(1, 11), cols = pick(1, 11);
        const int outRows = convOutputSide(rows, kr, l.params.stride.rows, l.params.padding.top,
                                           l.params.padding.bottom, l.params.dilation.rows);
        const int outCols = convOutputSide(cols, kc, l.params.stride.cols, l.params.padding.left,
                                           l.params.padding.right, l.params.dilation.cols);
        if (rows + l.params.padding.top + l.params.padding.bottom <
                l.params.dilation.rows * (kr - 1) + 1 ||
            cols + l.params.padding.left + l.params.padding.right <
                l.params.dilation.cols * (kc - 1) + 1)
            continue;
        l.input = randomMat(rng, rows, cols, cin);
        for (int o = 0; o < cout; ++o)
            l.filters.push_back(randomMat(rng, kr, kc, cin));
        l.delta = randomMat(rng, outRows, outCols, cout);
        return l;
    }
}

// The chain rule written out: y_o[i,j] = Σ_c,u,v x_c[i·s + u·d − p, j·s + v·d − p]·W_o,c[u,v],
// so each (o, i, j, c, u, v) term sends δ_o[i,j]·W to x's cell and δ_o[i,j]·x to W's tap.
void bruteForceGradients(const Layer& l, cv::Mat& inputGradient,
                         std::vector<cv::Mat>& weightGradient)
{
    const int cin = l.input.channels();
    const ConvParams& p = l.params;
    cv::Mat gx = cv::Mat::zeros(l.input.size(), CV_64FC(cin));
    std::vector<cv::Mat> gw;
    for (const cv::Mat& w : l.filters)
        gw.push_back(cv::Mat::zeros(w.size(), CV_64FC(cin)));
    for (int o = 0; o < l.delta.channels(); ++o)
        for (int i = 0; i < l.delta.rows; ++i)
            for (int j = 0; j < l.delta.cols; ++j)
                for (int u = 0; u < l.filters[0].rows; ++u)
                    for (int v = 0; v < l.filters[0].cols; ++v) {
                        const int r = i * p.stride.rows + u * p.dilation.rows - p.padding.top;
                        const int c = j * p.stride.cols + v * p.dilation.cols - p.padding.left;
                        if (r < 0 || c < 0 || r >= l.input.rows || c >= l.input.cols)
                            continue;
                        const double d = at(l.delta, i, j, o);
                        for (int ch = 0; ch < cin; ++ch) {
                            gx.ptr<double>(r)[c * cin + ch] +=
                                d * at(l.filters[std::size_t(o)], u, v, ch);
                            gw[std::size_t(o)].ptr<double>(u)[v * cin + ch] +=
                                d * at(l.input, r, c, ch);
                        }
                    }
    gx.convertTo(inputGradient, CV_32F);
    weightGradient.clear();
    for (const cv::Mat& g : gw) {
        cv::Mat f;
        g.convertTo(f, CV_32F);
        weightGradient.push_back(f);
    }
}

} // namespace

class TestConvGradient : public QObject {
    Q_OBJECT

  private slots:
    void gradientsEqualTheChainRuleOnRandomLayers();
    void inputGradientIsTheAdjointOfTheLayer();
    void oneDimensionalInputGradientIsWTransposeDelta();
    void biasGradientSumsDelta();
    void switchesPointAtTheFirstMaximum();
    void unpoolingPutsValuesBackAtTheSwitches();
    void refusesADeltaOfAnotherShape();
};

void TestConvGradient::gradientsEqualTheChainRuleOnRandomLayers()
{
    std::mt19937 rng(1504);
    int strided = 0, dilated = 0;
    for (int trial = 0; trial < 200; ++trial) {
        const Layer l = randomLayer(rng);
        cv::Mat expectedInput;
        std::vector<cv::Mat> expectedWeights;
        bruteForceGradients(l, expectedInput, expectedWeights);
        const Pair kernel{l.filters[0].rows, l.filters[0].cols};

        const cv::Mat gx =
            convInputGradient(l.delta, l.filters, {l.input.rows, l.input.cols}, l.params);
        const std::vector<cv::Mat> gw = convWeightGradient(l.input, l.delta, kernel, l.params);

        CONVLAB_COMPARE_MATS(gx, expectedInput, 1e-5);
        QCOMPARE(gw.size(), expectedWeights.size());
        for (std::size_t o = 0; o < gw.size(); ++o)
            CONVLAB_COMPARE_MATS(gw[o], expectedWeights[o], 1e-5);
        strided += l.params.stride.rows > 1 && l.params.stride.cols > 1;
        dilated += l.params.dilation.rows > 1 && l.params.dilation.cols > 1;
    }
    QVERIFY(strided > 50 && dilated > 50);
}

// ⟨conv(x), δ⟩ = ⟨x, Wᵀδ⟩ for every x and δ: the transposed convolution is the adjoint.
void TestConvGradient::inputGradientIsTheAdjointOfTheLayer()
{
    std::mt19937 rng(1505);
    for (int trial = 0; trial < 50; ++trial) {
        const Layer l = randomLayer(rng);
        double left = 0;
        for (int o = 0; o < l.delta.channels(); ++o) {
            const cv::Mat y = bruteForceConv(l.input, l.filters[std::size_t(o)], l.params);
            cv::Mat d;
            cv::extractChannel(l.delta, d, o);
            left += y.dot(d);
        }

        const double right = l.input.dot(
            convInputGradient(l.delta, l.filters, {l.input.rows, l.input.cols}, l.params));

        QVERIFY2(std::abs(left - right) < 1e-4 * std::max(1.0, std::abs(left)),
                 qPrintable(QStringLiteral("%1 vs %2").arg(left).arg(right)));
    }
}

// The lecture's 1D case: x of 7, w of 3, stride 2: y = Wx has 3 values, and the gradient that
// comes back to x is Wᵀδ, the same Wᵀ as x̂ = Wᵀy.
void TestConvGradient::oneDimensionalInputGradientIsWTransposeDelta()
{
    const cv::Mat w = row({1, -2, 0.5f});
    const cv::Mat delta = row({3, -1, 2});
    ConvParams params;
    params.stride = {1, 2};

    const cv::Mat gx = convInputGradient(delta, {w}, {1, 7}, params);

    const cv::Mat W = convMatrix(w, {1, 7}, {1, 2}, Padding{}, {1, 1});
    QCOMPARE(W.size(), cv::Size(7, 3));
    const cv::Mat WtDelta = (W.t() * delta.t()).t();
    CONVLAB_COMPARE_MATS(gx, WtDelta, 1e-6);
    // By hand: [w1δ1, w2δ1, w3δ1 + w1δ2, w2δ2, w3δ2 + w1δ3, w2δ3, w3δ3].
    CONVLAB_COMPARE_MATS(gx, row({3, -6, 0.5f, 2, 1.5f, -4, 1}), 1e-6);
    // x of 8 gives the same 3 outputs; its last cell is read by no window: gradient 0.
    const cv::Mat longer = convInputGradient(delta, {w}, {1, 8}, params);
    CONVLAB_COMPARE_MATS(longer, row({3, -6, 0.5f, 2, 1.5f, -4, 1, 0}), 1e-6);
}

void TestConvGradient::biasGradientSumsDelta()
{
    cv::Mat delta(2, 2, CV_32FC2);
    delta.at<cv::Vec2f>(0, 0) = {1, 10};
    delta.at<cv::Vec2f>(0, 1) = {2, 20};
    delta.at<cv::Vec2f>(1, 0) = {3, 30};
    delta.at<cv::Vec2f>(1, 1) = {-4, 40};

    QCOMPARE(convBiasGradient(delta), (std::vector<float>{2, 100}));
}

void TestConvGradient::switchesPointAtTheFirstMaximum()
{
    // After a ReLU whole windows tie at 0: the switch is the window's first cell.
    const cv::Mat x = grid(4, {0, 0, 1, 5, //
                               0, 0, 5, 2, //
                               3, 7, 0, 0, //
                               7, 1, 0, -1});

    const PoolSwitches s = maxPoolWithSwitches(x, PoolParams{});

    CONVLAB_COMPARE_MATS(s.pooled, grid(2, {0, 5, 7, 0}), 0);
    QCOMPARE(s.switches.type(), CV_32SC1);
    QCOMPARE(s.switches.at<int>(0, 0), 0);         // (0, 0), all zeros
    QCOMPARE(s.switches.at<int>(0, 1), 3);         // (0, 3) before (1, 2)
    QCOMPARE(s.switches.at<int>(1, 0), 2 * 4 + 1); // (2, 1) before (3, 0)
    QCOMPARE(s.switches.at<int>(1, 1), 2 * 4 + 2); // (2, 2): 0, 0, 0, -1
}

void TestConvGradient::unpoolingPutsValuesBackAtTheSwitches()
{
    std::mt19937 rng(1506);
    const cv::Mat x = randomMat(rng, 3, 5, 2);
    const PoolSwitches s = maxPoolWithSwitches(x, PoolParams{});
    QCOMPARE(s.pooled.size(), cv::Size(2, 1)); // floor mode: the last row and column dropped

    const cv::Mat up = maxUnpool(s.pooled, s.switches, x.size());

    // Each window keeps its maximum where it was; everything else is 0.
    for (int ch = 0; ch < 2; ++ch)
        for (int j = 0; j < 2; ++j) {
            float best = -10;
            int br = 0, bc = 0;
            for (int r = 0; r < 2; ++r)
                for (int c = 2 * j; c < 2 * j + 2; ++c)
                    if (at(x, r, c, ch) > best) {
                        best = at(x, r, c, ch);
                        br = r;
                        bc = c;
                    }
            for (int r = 0; r < 3; ++r)
                for (int c = 0; c < 5; ++c)
                    if (c / 2 == j && c < 4)
                        QCOMPARE(at(up, r, c, ch), r == br && c == bc ? best : 0.f);
        }
    QCOMPARE(at(up, 2, 4, 0), 0.f);
    QCOMPARE(cv::countNonZero(up.reshape(1)), 4);
}

void TestConvGradient::refusesADeltaOfAnotherShape()
{
    ConvParams params;
    params.stride = {2, 2};
    const std::vector<cv::Mat> filters{cv::Mat::ones(3, 3, CV_32F)};

    QCOMPARE(convInputGradient(cv::Mat::ones(3, 3, CV_32F), filters, {8, 8}, params).size(),
             cv::Size(8, 8));
    QCOMPARE(messageOf([&] {
                 convInputGradient(cv::Mat::ones(4, 4, CV_32F), filters, {8, 8}, params);
             }),
             QStringLiteral("δ must be the layer's output, 3×3 float32; it is 4×4 CV_32FC1"));
    QCOMPARE(messageOf([&] {
                 convInputGradient(cv::Mat::ones(3, 3, CV_32FC2), filters, {8, 8}, params);
             }),
             QStringLiteral("δ has 2 channels for 1 filters"));
}

QTEST_APPLESS_MAIN(TestConvGradient)
#include "tst_convgradient.moc"
