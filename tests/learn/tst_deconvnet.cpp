// SPDX-License-Identifier: MIT
// Zeiler & Fergus's deconvnet and the gradient saliency on a tiny network whose weights are
// set by hand, against a reference written here as plain loops (its own convolution, pooling,
// switches, unpooling and transposed convolution); then a few laws on the lecture's network.
#include "Error.h"
#include "TestData.h"
#include "learn/Deconvnet.h"
#include "learn/Network.h"
#include "learn/NetworkModule.h"

#include <QTest>
#include <random>

using namespace convlab;
using namespace convlab::test;

namespace {

using Maps = std::vector<cv::Mat>; // one CV_32FC1 plane per channel

struct Stage {
    std::vector<Maps> w; // w[o][c]: k×k
    std::vector<float> b;
    int pad = 0;
    int pool = 1;
};

int kernelOf(const Stage& s)
{
    return s.w[0][0].rows;
}

// y_o(i, j) = b_o + Σ_c Σ_u,v x_c(i + u − p, j + v − p)·w_o,c(u, v), stride 1, zeros outside.
Maps refConv(const Maps& x, const Stage& s)
{
    const int k = kernelOf(s), size = x[0].rows + 2 * s.pad - k + 1;
    Maps y;
    for (std::size_t o = 0; o < s.w.size(); ++o) {
        cv::Mat out(size, size, CV_32F, cv::Scalar(s.b[o]));
        for (int i = 0; i < size; ++i)
            for (int j = 0; j < size; ++j)
                for (std::size_t c = 0; c < x.size(); ++c)
                    for (int u = 0; u < k; ++u)
                        for (int v = 0; v < k; ++v) {
                            const int r = i + u - s.pad, q = j + v - s.pad;
                            if (r >= 0 && q >= 0 && r < x[c].rows && q < x[c].cols)
                                out.at<float>(i, j) +=
                                    x[c].at<float>(r, q) * s.w[o][c].at<float>(u, v);
                        }
        y.push_back(out);
    }
    return y;
}

// The adjoint, read as a gather: x_c(r, q) = Σ_o Σ_u,v g_o(r − u + p, q − v + p)·w_o,c(u, v).
Maps refTransposed(const Maps& g, const Stage& s, int inSize)
{
    const int k = kernelOf(s);
    Maps x;
    for (std::size_t c = 0; c < s.w[0].size(); ++c) {
        cv::Mat out = cv::Mat::zeros(inSize, inSize, CV_32F);
        for (int r = 0; r < inSize; ++r)
            for (int q = 0; q < inSize; ++q)
                for (std::size_t o = 0; o < g.size(); ++o)
                    for (int u = 0; u < k; ++u)
                        for (int v = 0; v < k; ++v) {
                            const int i = r - u + s.pad, j = q - v + s.pad;
                            if (i >= 0 && j >= 0 && i < g[o].rows && j < g[o].cols)
                                out.at<float>(r, q) +=
                                    g[o].at<float>(i, j) * s.w[o][c].at<float>(u, v);
                        }
        x.push_back(out);
    }
    return x;
}

Maps refRelu(const Maps& x)
{
    Maps y;
    for (const cv::Mat& m : x)
        y.push_back(cv::max(m, 0.0));
    return y;
}

// Keeps g where the forward pass's pre-activation y was positive (the ReLU's derivative).
Maps refReluMask(const Maps& g, const Maps& y)
{
    Maps out;
    for (std::size_t c = 0; c < g.size(); ++c) {
        cv::Mat m = g[c].clone();
        m.setTo(0, y[c] <= 0);
        out.push_back(m);
    }
    return out;
}

struct Pooled {
    Maps out;
    std::vector<cv::Mat> where; // the row and column of each window's first maximum
};

Pooled refPool(const Maps& x, int size)
{
    Pooled p;
    for (const cv::Mat& m : x) {
        const int n = m.rows / size;
        cv::Mat out(n, n, CV_32F), where(n, n, CV_32SC2);
        for (int i = 0; i < n; ++i)
            for (int j = 0; j < n; ++j) {
                cv::Point best(j * size, i * size);
                for (int u = 0; u < size; ++u)
                    for (int v = 0; v < size; ++v)
                        if (m.at<float>(i * size + u, j * size + v) > m.at<float>(best))
                            best = {j * size + v, i * size + u};
                out.at<float>(i, j) = m.at<float>(best);
                where.at<cv::Vec2i>(i, j) = {best.y, best.x};
            }
        p.out.push_back(out);
        p.where.push_back(where);
    }
    return p;
}

Maps refUnpool(const Maps& g, const std::vector<cv::Mat>& where, int size)
{
    Maps out;
    for (std::size_t c = 0; c < g.size(); ++c) {
        cv::Mat m = cv::Mat::zeros(size, size, CV_32F);
        for (int i = 0; i < g[c].rows; ++i)
            for (int j = 0; j < g[c].cols; ++j) {
                const cv::Vec2i at = where[c].at<cv::Vec2i>(i, j);
                m.at<float>(at[0], at[1]) += g[c].at<float>(i, j);
            }
        out.push_back(m);
    }
    return out;
}

// Only channel `channel` (and in it, only `unit` if given) of `maps`.
Maps keepOnly(const Maps& maps, int channel, std::optional<cv::Point> unit)
{
    Maps kept;
    for (std::size_t c = 0; c < maps.size(); ++c) {
        cv::Mat m = cv::Mat::zeros(maps[c].size(), CV_32F);
        if (int(c) == channel) {
            if (unit)
                m.at<float>(*unit) = maps[c].at<float>(*unit);
            else
                m = maps[c].clone();
        }
        kept.push_back(m);
    }
    return kept;
}

// The tiny network: 8×8 → conv1 (2 filters 3×3, pad 1) → ReLU → pool 2 → conv2 (2 filters
// 2×2, pad 0) → ReLU → linear 18 → 2.
Architecture tinyArchitecture()
{
    Architecture a;
    a.inputSize = 8;
    a.stages = {{2, 3, 1, 1, 2}, {2, 2, 1, 0, 1}};
    a.classes = 2;
    return a;
}

Stage tinyStage1()
{
    Stage s;
    s.pad = 1;
    s.pool = 2;
    s.w = {{grid(3, {-1, 0, 1, -1, 0, 1, -1, 0, 1})},  // left-to-right rise
           {grid(3, {1, 1, 1, 0, 0, 0, -1, -1, -1})}}; // a top edge
    s.b = {0, -0.5f};
    return s;
}

Stage tinyStage2()
{
    Stage s;
    s.w = {{grid(2, {1, -1, 0.5f, 0}), grid(2, {0, 2, -1, 1})},
           {grid(2, {-0.5f, 1, 1, 0.25f}), grid(2, {1, 0, 0, -2})}};
    s.b = {0.25f, -0.25f};
    return s;
}

// Hand-set weights copied into the libtorch module.
Network tinyNetwork()
{
    Network network(tinyArchitecture(), 1);
    const torch::NoGradGuard noGrad;
    const Stage stages[] = {tinyStage1(), tinyStage2()};
    for (int s = 0; s < 2; ++s) {
        torch::nn::Conv2d& conv = network.module().conv(s);
        for (std::size_t o = 0; o < stages[s].w.size(); ++o) {
            for (std::size_t c = 0; c < stages[s].w[o].size(); ++c) {
                const cv::Mat& k = stages[s].w[o][c];
                for (int u = 0; u < k.rows; ++u)
                    for (int v = 0; v < k.cols; ++v)
                        conv->weight[long(o)][long(c)][u][v] = k.at<float>(u, v);
            }
            conv->bias[long(o)] = stages[s].b[o];
        }
    }
    return network;
}

// A hand-drawn 7: a bar along the top, a stroke down to the bottom left.
cv::Mat tinyDigit()
{
    return grid(8, {0, 0, 0,    0,    0,    0,    0,    0, //
                    0, 1, 1,    1,    1,    1,    1,    0, //
                    0, 0, 0,    0,    0,    0.8f, 0.6f, 0, //
                    0, 0, 0,    0,    0,    1,    0,    0, //
                    0, 0, 0,    0,    1,    0.5f, 0,    0, //
                    0, 0, 0,    1,    0.7f, 0,    0,    0, //
                    0, 0, 0,    1,    0,    0,    0,    0, //
                    0, 0, 0.9f, 0.4f, 0,    0,    0,    0});
}

// The whole reference: forward with switches, then back to the pixels from `layer`, either
// as the deconvnet (ReLU of the signal) or as the gradient (the forward pass's ReLU mask).
cv::Mat reference(const std::string& layer, int channel, std::optional<cv::Point> unit,
                  bool deconvnet)
{
    const Stage s1 = tinyStage1(), s2 = tinyStage2();
    const Maps x{tinyDigit()};
    const Maps y1 = refConv(x, s1);
    const Maps a1 = refRelu(y1);
    const Pooled p1 = refPool(a1, 2);
    const Maps y2 = refConv(p1.out, s2);
    const Maps a2 = refRelu(y2);
    const std::vector<std::string> names{"conv1", "relu1", "pool1", "conv2", "relu2"};
    const std::vector<const Maps*> outputs{&y1, &a1, &p1.out, &y2, &a2};
    const std::vector<const Maps*> preActivations{nullptr, &y1, nullptr, nullptr, &y2};
    int l = int(std::find(names.begin(), names.end(), layer) - names.begin());
    Maps g = keepOnly(*outputs[std::size_t(l)], channel, unit);
    for (; l >= 0; --l) {
        switch (l) {
        case 4:
        case 1:
            g = deconvnet ? refRelu(g) : refReluMask(g, *preActivations[std::size_t(l)]);
            break;
        case 3:
            g = refTransposed(g, s2, 4);
            break;
        case 2:
            g = refUnpool(g, p1.where, 8);
            break;
        case 0:
            g = refTransposed(g, s1, 8);
            break;
        }
    }
    return g[0];
}

} // namespace

class TestDeconvnet : public QObject {
    Q_OBJECT

  private Q_SLOTS:
    void tinyNetworkForwardIsTheReference();
    void projectionEqualsTheHandWrittenReference_data();
    void projectionEqualsTheHandWrittenReference();
    void saliencyEqualsTheHandWrittenGradient_data();
    void saliencyEqualsTheHandWrittenGradient();
    void firstLayerUnitProjectsToItsFilter();
    void stepsUndoEveryLayerDownToThePixels();
    void deconvnetAndGradientAgreeBelowTheFirstReluOfTheSignal();
    void refusesABadSelection();
};

void TestDeconvnet::tinyNetworkForwardIsTheReference()
{
    const Network network = tinyNetwork();
    const std::vector<cv::Mat> maps = network.activations(tinyDigit());

    const Stage s1 = tinyStage1(), s2 = tinyStage2();
    const Maps y1 = refConv({tinyDigit()}, s1);
    const Maps y2 = refConv(refPool(refRelu(y1), 2).out, s2);
    cv::Mat expected1, expected2;
    cv::merge(y1, expected1);
    cv::merge(y2, expected2);
    CONVLAB_COMPARE_MATS(maps[0], expected1, 1e-6);
    CONVLAB_COMPARE_MATS(maps[3], expected2, 1e-6);
    QVERIFY(cv::countNonZero(maps[4].reshape(1)) > 4); // relu2 has something to project
}

void TestDeconvnet::projectionEqualsTheHandWrittenReference_data()
{
    QTest::addColumn<QString>("layer");
    QTest::addColumn<int>("channel");
    QTest::addColumn<int>("row"); // −1: the whole map
    QTest::addColumn<int>("col");
    QTest::addRow("relu2, map 0") << "relu2" << 0 << -1 << -1;
    QTest::addRow("relu2, map 1") << "relu2" << 1 << -1 << -1;
    QTest::addRow("relu2, map 0, unit (1, 2)") << "relu2" << 0 << 1 << 2;
    QTest::addRow("conv2, map 1") << "conv2" << 1 << -1 << -1;
    QTest::addRow("pool1, map 0") << "pool1" << 0 << -1 << -1;
    QTest::addRow("pool1, map 1, unit (1, 2)") << "pool1" << 1 << 1 << 2;
    QTest::addRow("relu1, map 1") << "relu1" << 1 << -1 << -1;
}

void TestDeconvnet::projectionEqualsTheHandWrittenReference()
{
    QFETCH(QString, layer);
    QFETCH(int, channel);
    QFETCH(int, row);
    QFETCH(int, col);
    const std::optional<cv::Point> unit =
        row < 0 ? std::nullopt : std::optional<cv::Point>(cv::Point(col, row));
    const Network network = tinyNetwork();

    const DeconvnetProjection p =
        deconvnetProjection(network, tinyDigit(), {layer.toStdString(), channel, unit});

    const cv::Mat expected = reference(layer.toStdString(), channel, unit, true);
    QVERIFY(cv::countNonZero(expected) > 0); // a projection worth comparing
    CONVLAB_COMPARE_MATS(p.pixels, expected, 1e-5);
}

void TestDeconvnet::saliencyEqualsTheHandWrittenGradient_data()
{
    projectionEqualsTheHandWrittenReference_data();
}

void TestDeconvnet::saliencyEqualsTheHandWrittenGradient()
{
    QFETCH(QString, layer);
    QFETCH(int, channel);
    QFETCH(int, row);
    QFETCH(int, col);
    const std::optional<cv::Point> unit =
        row < 0 ? std::nullopt : std::optional<cv::Point>(cv::Point(col, row));
    const Network network = tinyNetwork();

    const cv::Mat saliency =
        gradientSaliency(network, tinyDigit(), {layer.toStdString(), channel, unit});

    const cv::Mat expected = reference(layer.toStdString(), channel, unit, false);
    CONVLAB_COMPARE_MATS(saliency, expected, 1e-5);
}

// By hand: one unit a of relu1 at (row 2, col 5), alone, goes back through Wᵀ as a times its
// filter, stamped with its centre on (2, 5) (padding 1: the filter's top-left at (1, 4)).
void TestDeconvnet::firstLayerUnitProjectsToItsFilter()
{
    const Network network = tinyNetwork();
    const cv::Mat relu1 = network.activations(tinyDigit())[1];
    const float a = relu1.at<cv::Vec2f>(2, 5)[1];
    // Filter 1 (a top edge) centred on (2, 5): row 1's bar gives 1 + 1 + 1, row 3's stroke
    // −(0 + 1 + 0), the bias −0.5: 1.5.
    QCOMPARE(a, 1.5f);

    const DeconvnetProjection p =
        deconvnetProjection(network, tinyDigit(), {"relu1", 1, cv::Point(5, 2)});

    cv::Mat expected = cv::Mat::zeros(8, 8, CV_32F);
    expected(cv::Rect(4, 1, 3, 3)) += a * tinyStage1().w[1][0];
    CONVLAB_COMPARE_MATS(p.pixels, expected, 1e-6);
    QCOMPARE(p.kept.at<float>(2, 5), a);
    QCOMPARE(cv::countNonZero(p.kept), 1);
}

void TestDeconvnet::stepsUndoEveryLayerDownToThePixels()
{
    const Network network = tinyNetwork();

    const DeconvnetProjection p = deconvnetProjection(network, tinyDigit(), {"relu2", 0, {}});

    QCOMPARE(int(p.steps.size()), 5);
    const char* const names[] = {"relu2", "conv2", "pool1", "relu1", "conv1"};
    const int sizes[] = {3, 4, 8, 8, 8};
    const int channels[] = {2, 2, 2, 2, 1};
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(p.steps[std::size_t(i)].name, std::string(names[i]));
        QCOMPARE(p.steps[std::size_t(i)].signal.rows, sizes[i]);
        QCOMPARE(p.steps[std::size_t(i)].signal.channels(), channels[i]);
    }
    CONVLAB_COMPARE_MATS(p.pixels, p.steps.back().signal, 0);
    cv::Mat relu2;
    cv::extractChannel(network.activations(tinyDigit())[4], relu2, 0);
    CONVLAB_COMPARE_MATS(p.activation, relu2, 0);
    CONVLAB_COMPARE_MATS(p.kept, relu2, 0);
}

// Springenberg et al.: the two differ only at the ReLUs crossed on the way down. From conv1,
// relu1 or pool1 of the lecture's network the signal never turns negative before a ReLU: the
// same map. From relu2 it does, after conv2's Wᵀ: two different maps.
void TestDeconvnet::deconvnetAndGradientAgreeBelowTheFirstReluOfTheSignal()
{
    const Network network(Architecture::lecture(), 21);
    std::mt19937 rng(1511);
    const cv::Mat digit = randomMat(rng, 20, 20, 1, 0.f, 1.f);
    for (const char* layer : {"conv1", "relu1", "pool1"}) {
        const UnitSelection s{layer, 3, {}};
        CONVLAB_COMPARE_MATS(deconvnetProjection(network, digit, s).pixels,
                             gradientSaliency(network, digit, s), 1e-5);
    }
    const UnitSelection s{"relu2", 5, {}};
    const cv::Mat deconv = deconvnetProjection(network, digit, s).pixels;
    const cv::Mat gradient = gradientSaliency(network, digit, s);
    QCOMPARE(deconv.size(), cv::Size(20, 20));
    QVERIFY(cv::norm(deconv, gradient, cv::NORM_INF) > 1e-3 * cv::norm(gradient, cv::NORM_INF));
}

void TestDeconvnet::refusesABadSelection()
{
    const Network network;
    const cv::Mat digit = cv::Mat::zeros(20, 20, CV_32F);

    QCOMPARE(messageOf([&] {
                 deconvnetProjection(network, digit, {"relu3", 0, {}});
             }),
             QStringLiteral("the network has no layer relu3"));
    QCOMPARE(messageOf([&] {
                 deconvnetProjection(network, digit, {"linear", 0, {}});
             }),
             QStringLiteral("layer linear has no feature maps: choose a conv, relu or pool layer"));
    QCOMPARE(messageOf([&] {
                 gradientSaliency(network, digit, {"pool1", 8, {}});
             }),
             QStringLiteral("layer pool1 has 8 feature maps: 8 is not one of 0 to 7"));
    QCOMPARE(messageOf([&] {
                 deconvnetProjection(network, digit, {"pool2", 0, cv::Point(5, 1)});
             }),
             QStringLiteral("unit (row 1, col 5) is outside layer pool2's 5×5 maps"));
    QCOMPARE(messageOf([&] {
                 deconvnetProjection(network, cv::Mat::zeros(8, 8, CV_32F), {"pool2", 0, {}});
             }),
             QStringLiteral("the network reads 20×20 grayscale digits, not 8×8"));
}

QTEST_APPLESS_MAIN(TestDeconvnet)
#include "tst_deconvnet.moc"
