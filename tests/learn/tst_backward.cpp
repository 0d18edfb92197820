// SPDX-License-Identifier: MIT
// The backward pass is a transposed convolution: libtorch's autograd, run here directly on
// random layers, against ConvLab's own operations; then the same on the digit network.
#include "BruteForce.h"
#include "Error.h"
#include "TestData.h"
#include "learn/Backward.h"
#include "learn/DigitDataset.h"
#include "learn/Network.h"
#include "learn/NetworkModule.h"
#include "learn/Trainer.h"
#include "ops/ConvGradient.h"
#include "ops/ConvMatrix.h"
#include "stepper/MatrixFigures.h"
#include "stepper/MatrixPresets.h"

#include <QTest>
#include <cstring>
#include <random>
#include <torch/autograd.h>
#include <torch/nn/functional/loss.h>

using namespace convlab;
using namespace convlab::test;

namespace {

const DigitDataset& digits()
{
    static const DigitDataset data =
        DigitDataset::load(CONVLAB_SOURCE_DIR "/resources/data/digits.png");
    return data;
}

// A network trained briefly (four batches): its filters are no longer the initial noise.
const Network& trainedNetwork()
{
    static const Network network = [] {
        Network n(Architecture::lecture(), 15);
        Trainer trainer(n, digits(), digits().split());
        int batches = 0;
        trainer.run(
            {}, [&] { return batches++ < 4 ? TrainingRequest::Continue : TrainingRequest::Stop; });
        return n;
    }();
    return network;
}

// H×W CV_32FC(C) from C×H×W, written without the library's helpers.
cv::Mat toMat(const torch::Tensor& chw)
{
    const torch::Tensor t = chw.detach().contiguous();
    const int C = int(t.size(0)), H = int(t.size(1)), W = int(t.size(2));
    cv::Mat m(H, W, CV_32FC(C));
    for (int c = 0; c < C; ++c)
        for (int r = 0; r < H; ++r)
            for (int q = 0; q < W; ++q)
                m.ptr<float>(r)[q * C + c] = t[c][r][q].item<float>();
    return m;
}

torch::Tensor digitTensor(const cv::Mat& digit)
{
    const cv::Mat copy = digit.clone();
    return torch::from_blob(copy.data, {1, 1, copy.rows, copy.cols}, torch::kFloat32).clone();
}

// Largest |a − b| over the largest |b|: float32 precision is a few 1e-7 of it.
double relativeDifference(const cv::Mat& a, const cv::Mat& b)
{
    if (a.size() != b.size() || a.type() != b.type())
        return INFINITY;
    return cv::norm(a.reshape(1), b.reshape(1), cv::NORM_INF) /
           std::max(1e-30, cv::norm(b.reshape(1), cv::NORM_INF));
}

} // namespace

class TestBackward : public QObject {
    Q_OBJECT

  private Q_SLOTS:
    void initTestCase() { torch::manual_seed(1507); }
    void autogradEqualsTransposedConvOfDeltaOnRandomLayers();
    void networkInputGradientIsTransposedConvOfDelta();
    void networkGradientsAreAutogradsOfTheWholeNetwork();
    void deltaOfTheFirstStageComesBackThroughPoolAndRelu();
    void gradientLeavesTheTrainingGradientsAlone();
    void oneDimensionalGradientIsWTransposeDelta();
    void oneDimensionalRandomCasesAgreeWithTheMatrix();
    void matrixPagesBackwardIsAutogradsGradient();
    void switchesAreTorchsMaxPoolIndices();
    void refusesWhatTheNetworkCannotDo();
};

// y = conv2d(x, W, b) with any stride (1–3), padding, dilation (1–3) and channels; L = Σ y·g
// for a random g, so that δ = ∂L/∂y = g. Autograd's ∂L/∂x and ∂L/∂W against ConvLab's.
void TestBackward::autogradEqualsTransposedConvOfDeltaOnRandomLayers()
{
    std::mt19937 rng(1508);
    RandomInt pick(rng);
    int tested = 0, strided = 0, dilated = 0;
    double worst = 0;
    for (int trial = 0; trial < 60; ++trial) {
        const int cin = pick(1, 4), cout = pick(1, 5), k = pick(1, 5);
        const int stride = pick(1, 3), dilation = pick(1, 3);
        const int padRows = pick(0, 3), padCols = pick(0, 3);
        const int rows = pick(k, 14), cols = pick(k, 14);
        if (rows + 2 * padRows < dilation * (k - 1) + 1 ||
            cols + 2 * padCols < dilation * (k - 1) + 1)
            continue;
        const torch::Tensor x = torch::randn({1, cin, rows, cols}).requires_grad_(true);
        const torch::Tensor w = torch::randn({cout, cin, k, k}).requires_grad_(true);
        const torch::Tensor b = torch::randn({cout}).requires_grad_(true);
        const torch::Tensor y = torch::conv2d(x, w, b, stride, {padRows, padCols}, dilation);
        const torch::Tensor g = torch::randn_like(y);
        const auto grads = torch::autograd::grad({(y * g).sum()}, {x, w, b});

        ConvParams layer;
        layer.stride = {stride, stride};
        layer.dilation = {dilation, dilation};
        layer.padding = Padding::symmetric(padRows, padCols);
        std::vector<cv::Mat> filters;
        for (int o = 0; o < cout; ++o)
            filters.push_back(toMat(w[o]));
        const cv::Mat delta = toMat(g[0]);
        const cv::Mat input = toMat(x[0]);

        const cv::Mat gx = convInputGradient(delta, filters, {rows, cols}, layer);
        const std::vector<cv::Mat> gw = convWeightGradient(input, delta, {k, k}, layer);
        const std::vector<float> gb = convBiasGradient(delta);

        const double dx = relativeDifference(gx, toMat(grads[0][0]));
        QVERIFY2(dx < 1e-5, qPrintable(QStringLiteral("trial %1: %2").arg(trial).arg(dx)));
        for (int o = 0; o < cout; ++o) {
            const double dw = relativeDifference(gw[std::size_t(o)], toMat(grads[1][o]));
            QVERIFY2(dw < 1e-5, qPrintable(QStringLiteral("trial %1: %2").arg(trial).arg(dw)));
            QVERIFY(std::abs(gb[std::size_t(o)] - grads[2][o].item<float>()) <
                    1e-4 * std::max(1.f, std::abs(gb[std::size_t(o)])));
        }
        worst = std::max(worst, dx);
        ++tested;
        strided += stride > 1;
        dilated += dilation > 1;
    }
    QVERIFY2(tested > 40 && strided > 20 && dilated > 20,
             qPrintable(QStringLiteral("%1 %2 %3").arg(tested).arg(strided).arg(dilated)));
    qInfo("largest relative difference, autograd vs transposed conv: %.3g", worst);
}

void TestBackward::networkInputGradientIsTransposedConvOfDelta()
{
    const Network& network = trainedNetwork();
    for (const int index : {3, 1234, 4321}) {
        const cv::Mat digit = digits().image(index);
        for (const int stage : {0, 1}) {
            const LayerGradient g = layerGradient(network, digit, digits().label(index), stage);

            QCOMPARE(g.input.channels(), stage == 0 ? 1 : 8);
            QCOMPARE(g.delta.channels(), stage == 0 ? 8 : 16);
            QCOMPARE(g.inputGradient.size(), g.input.size());
            QVERIFY(g.inputGradientScale > 1e-6); // a gradient worth comparing
            QVERIFY2(
                g.inputDifference <= 1e-5 * g.inputGradientScale,
                qPrintable(
                    QStringLiteral("%1 of %2").arg(g.inputDifference).arg(g.inputGradientScale)));
            QVERIFY(g.weightDifference <= 1e-5 * g.weightGradientScale);
            QCOMPARE(relativeDifference(g.transposedDelta, g.inputGradient) * g.inputGradientScale,
                     g.inputDifference);
            const std::vector<float> sums = convBiasGradient(g.delta);
            for (std::size_t o = 0; o < sums.size(); ++o)
                QVERIFY(std::abs(sums[o] - g.biasGradient[o]) < 1e-5);
            const Prediction p = network.predict(digit);
            QVERIFY(std::abs(g.loss + std::log(p.probabilities[std::size_t(g.label)])) < 1e-4);
        }
    }
}

// The same numbers from the whole network's forward pass run here: ∂L/∂digit is the first
// stage's input gradient, ∂L/∂conv2.weight the second stage's weight gradient.
void TestBackward::networkGradientsAreAutogradsOfTheWholeNetwork()
{
    const Network& network = trainedNetwork();
    const cv::Mat digit = digits().image(2600);
    const int label = digits().label(2600);
    const torch::Tensor x = digitTensor(digit).requires_grad_(true);
    const torch::Tensor loss =
        torch::nn::functional::cross_entropy(network.module().forward(x), torch::tensor({label}));
    const auto grads = torch::autograd::grad({loss}, {x, network.module().conv(1)->weight});

    const LayerGradient first = layerGradient(network, digit, label, 0);
    const LayerGradient second = layerGradient(network, digit, label, 1);

    QVERIFY(std::abs(first.loss - loss.item<double>()) < 1e-6);
    QVERIFY(relativeDifference(first.inputGradient, toMat(grads[0][0])) < 1e-6);
    for (int o = 0; o < 16; ++o)
        QVERIFY(relativeDifference(second.weightGradient[std::size_t(o)], toMat(grads[1][o])) <
                1e-6);
    CONVLAB_COMPARE_MATS(first.input, digit, 0);
    CONVLAB_COMPARE_MATS(second.input, network.activations(digit)[2], 0);
    CONVLAB_COMPARE_MATS(second.output, network.activations(digit)[3], 0);
}

// δ₁ = ∂L/∂conv1 is ∂L/∂pool1 (the second stage's input gradient) sent back through the
// pooling to its switches, then through the ReLU where conv1 was positive.
void TestBackward::deltaOfTheFirstStageComesBackThroughPoolAndRelu()
{
    const Network& network = trainedNetwork();
    const cv::Mat digit = digits().image(77);
    const LayerGradient first = layerGradient(network, digit, 0, 0);
    const LayerGradient second = layerGradient(network, digit, 0, 1);

    const cv::Mat relu = network.activations(digit)[1];
    const PoolSwitches pool = maxPoolWithSwitches(relu, PoolParams{});
    cv::Mat expected = maxUnpool(second.inputGradient, pool.switches, relu.size());
    cv::Mat positive;
    cv::compare(first.output.reshape(1), 0, positive, cv::CMP_GT);
    expected = expected.reshape(1);
    expected.setTo(0, ~positive);

    QVERIFY(relativeDifference(first.delta.reshape(1), expected) < 1e-6);
    QVERIFY(cv::countNonZero(expected) > 10);
}

void TestBackward::gradientLeavesTheTrainingGradientsAlone()
{
    Network network(Architecture::lecture(), 16);
    for (const torch::Tensor& p : network.module().parameters())
        QVERIFY(!p.grad().defined());

    layerGradient(network, digits().image(5), 0, 1);

    for (const torch::Tensor& p : network.module().parameters())
        QVERIFY(!p.grad().defined());
}

// The lecture: x of 7, w = [w1, w2, w3], stride 2, y of 3. With L = ½‖y − t‖², δ = y − t and
// ∂L/∂x = Wᵀδ = [w1δ1, w2δ1, w3δ1 + w1δ2, w2δ2, w3δ2 + w1δ3, w2δ3, w3δ3].
void TestBackward::oneDimensionalGradientIsWTransposeDelta()
{
    const std::vector<float> x{1, 2, 0, -1, 3, 1, 2};
    const std::vector<float> w{1, -2, 0.5f};

    const Backward1d b = backward1d(x, w, 2, 0, 1, {0, 1, 2});

    // y1 = 1 − 4 + 0 = −3; y2 = 0 + 2 + 1.5 = 3.5; y3 = 3 − 2 + 1 = 2.
    QCOMPARE(b.y, (std::vector<float>{-3, 3.5f, 2}));
    QCOMPARE(b.delta, (std::vector<float>{-3, 2.5f, 0}));
    QCOMPARE(b.loss, 0.5 * (9 + 6.25));
    const std::vector<float> expected{-3, 6, -1.5f + 2.5f, -5, 1.25f, 0, 0};
    QCOMPARE(b.gradient, expected);
    QCOMPARE(b.wTdelta, expected);
    QCOMPARE(b.difference, 0.0);
    QCOMPARE(b.W.size(), cv::Size(7, 3));
    CONVLAB_COMPARE_MATS(b.W.row(1), row({0, 0, 1, -2, 0.5f, 0, 0}), 0);
}

void TestBackward::oneDimensionalRandomCasesAgreeWithTheMatrix()
{
    std::mt19937 rng(1509);
    RandomInt pick(rng);
    std::uniform_real_distribution<float> value(-1, 1);
    int tested = 0;
    for (int trial = 0; trial < 80; ++trial) {
        const int n = pick(1, 12), k = pick(1, 5), s = pick(1, 3), p = pick(0, 3), d = pick(1, 3);
        if (n + 2 * p < d * (k - 1) + 1)
            continue;
        std::vector<float> x(static_cast<std::size_t>(n)), w(static_cast<std::size_t>(k));
        for (float& v : x)
            v = value(rng);
        for (float& v : w)
            v = value(rng);

        const Backward1d b = backward1d(x, w, s, p, d);

        // y = W x with the test's own product; δ = y (no target).
        const cv::Mat W =
            convMatrix(cv::Mat(w, true).reshape(1, 1), {1, n}, {1, s}, Padding{0, 0, p, p}, {1, d});
        const cv::Mat y = W * cv::Mat(x, true);
        for (int i = 0; i < y.rows; ++i)
            QVERIFY(std::abs(y.at<float>(i) - b.y[std::size_t(i)]) < 1e-5);
        QCOMPARE(b.delta, b.y);
        const cv::Mat wTdelta = W.t() * cv::Mat(b.delta, true);
        for (int j = 0; j < n; ++j)
            QVERIFY(std::abs(wTdelta.at<float>(j) - b.gradient[std::size_t(j)]) < 1e-5);
        QVERIFY(b.difference < 1e-5);
        ++tested;
    }
    QVERIFY(tested > 50);
}

// The numbers the Matrix page shows for the backward pass (MatrixFigures::backward, core's
// squaredErrorBackward), on its Backward preset and on random 1D cases with random targets,
// against libtorch's conv1d differentiated by autograd.
void TestBackward::matrixPagesBackwardIsAutogradsGradient()
{
    const auto values = [](const cv::Mat& m) {
        const cv::Mat flat = m.clone();
        return std::vector<float>(flat.begin<float>(), flat.end<float>());
    };
    const auto agree = [&](const MatrixFigures& f, const Backward1d& b, const QString& where) {
        QVERIFY2(f.backward, qPrintable(where));
        const SquaredErrorBackward& page = *f.backward;
        QCOMPARE(values(page.y).size(), b.autogradY.size());
        for (std::size_t i = 0; i < b.autogradY.size(); ++i)
            QVERIFY2(std::abs(values(page.y)[i] - b.autogradY[i]) < 1e-5, qPrintable(where));
        QVERIFY2(std::abs(page.loss - b.autogradLoss) < 1e-5 * std::max(1.0, page.loss),
                 qPrintable(where));
        const std::vector<float> gradient = values(page.gradient);
        QCOMPARE(gradient.size(), b.gradient.size());
        for (std::size_t j = 0; j < gradient.size(); ++j)
            QVERIFY2(std::abs(gradient[j] - b.gradient[j]) < 1e-5, qPrintable(where));
        // backward1d's own Wᵀδ is the page's, not a second computation that might differ.
        QCOMPARE(b.wTdelta, gradient);
        CONVLAB_COMPARE_MATS(b.W, f.W, 0);
    };

    const MatrixPresetData preset = matrixPresetData(MatrixPresetId::Backward);
    const MatrixFigures figures = computeMatrixFigures(preset);
    const Backward1d fromTorch = backward1d(values(preset.x), values(preset.kernel), preset.stride,
                                            preset.padding, preset.dilation, values(preset.target));
    agree(figures, fromTorch, QStringLiteral("the Backward preset"));
    QCOMPARE(values(figures.backward->gradient), (std::vector<float>{2, 1, 4, -3, -2, 4, 6}));
    QCOMPARE(fromTorch.gradient, (std::vector<float>{2, 1, 4, -3, -2, 4, 6}));

    std::mt19937 rng(1511);
    RandomInt pick(rng);
    std::uniform_real_distribution<float> value(-2, 2);
    int tested = 0;
    for (int trial = 0; trial < 60; ++trial) {
        const int n = pick(2, 16), k = pick(1, 5), s = pick(1, 4), p = pick(0, 3), d = pick(1, 3);
        if (n + 2 * p < d * (k - 1) + 1)
            continue;
        const int outputs = (n + 2 * p - d * (k - 1) - 1) / s + 1;
        cv::Mat x(1, n, CV_32F), w(1, k, CV_32F), t(1, outputs, CV_32F);
        for (cv::Mat* m : {&x, &w, &t})
            for (float& v : cv::Mat_<float>(*m))
                v = value(rng);
        const MatrixFigures f = computeMatrixFigures(x, w, {1, s}, Padding{0, 0, p, p}, {1, d}, t);
        const Backward1d b = backward1d(values(x), values(w), s, p, d, values(t));
        agree(f, b, QStringLiteral("trial %1").arg(trial));
        ++tested;
    }
    QVERIFY(tested > 40);
}

void TestBackward::switchesAreTorchsMaxPoolIndices()
{
    std::mt19937 rng(1510);
    RandomInt pick(rng);
    for (int trial = 0; trial < 30; ++trial) {
        const int C = pick(1, 3), H = pick(2, 9), W = pick(2, 9), size = pick(1, 3);
        const int stride = pick(1, 3);
        if (size > H || size > W)
            continue;
        // Rounded and rectified: many ties, whole windows of zeros.
        const torch::Tensor x = torch::relu(torch::randint(-2, 3, {1, C, H, W}).to(torch::kFloat));
        const auto [pooled, indices] = torch::max_pool2d_with_indices(x, size, stride);
        PoolParams params;
        params.size = {size, size};
        params.stride = {stride, stride};

        const PoolSwitches s = maxPoolWithSwitches(toMat(x[0]), params);

        CONVLAB_COMPARE_MATS(s.pooled, toMat(pooled[0]), 0);
        const torch::Tensor idx = indices[0];
        for (int c = 0; c < C; ++c)
            for (int i = 0; i < s.switches.rows; ++i)
                for (int j = 0; j < s.switches.cols; ++j)
                    QCOMPARE(s.switches.ptr<int>(i)[j * C + c],
                             int(idx[c][i][j].item<std::int64_t>()));
    }
}

void TestBackward::refusesWhatTheNetworkCannotDo()
{
    const Network network;
    const cv::Mat digit = digits().image(0);

    QCOMPARE(messageOf([&] { layerGradient(network, digit, 0, 2); }),
             QStringLiteral("the network has no conv stage 3"));
    QCOMPARE(messageOf([&] { layerGradient(network, digit, 10, 0); }),
             QStringLiteral("label 10 is not a class of the network (0 to 9)"));
    QCOMPARE(messageOf([&] { layerGradient(network, cv::Mat::zeros(28, 28, CV_32F), 0, 0); }),
             QStringLiteral("the network reads 20×20 grayscale digits, not 28×28"));
    QCOMPARE(messageOf([&] {
                 backward1d({1, 2}, {1, 1, 1}, 1, 0, 1);
             }),
             QStringLiteral("kernel 3 is larger than padded input 2"));
    QCOMPARE(messageOf([&] {
                 backward1d({1, 2, 3}, {1, 1}, 1, 0, 1, {0});
             }),
             QStringLiteral("the target has 1 values; y has 2"));
}

QTEST_APPLESS_MAIN(TestBackward)
#include "tst_backward.moc"
