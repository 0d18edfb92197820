// SPDX-License-Identifier: MIT
#include "Error.h"
#include "LessonPatch.h"
#include "TestData.h"
#include "learn/DigitDataset.h"
#include "learn/Network.h"
#include "ops/Conv2d.h"
#include "ops/Pool.h"

#include <QTest>
#include <numeric>

using namespace convlab;
using namespace convlab::test;

Q_DECLARE_METATYPE(convlab::Architecture)

namespace {

const DigitDataset& digits()
{
    static const DigitDataset data =
        DigitDataset::load(CONVLAB_SOURCE_DIR "/resources/data/digits.png");
    return data;
}

Architecture withStages(std::vector<ConvStage> stages)
{
    Architecture a;
    a.stages = std::move(stages);
    return a;
}

// One channel of a multi-channel map.
cv::Mat channel(const cv::Mat& m, int c)
{
    cv::Mat plane;
    cv::extractChannel(m, plane, c);
    return plane;
}

} // namespace

class TestNetwork : public QObject {
    Q_OBJECT

  private slots:
    void everyLayerHasTheTablesShape_data();
    void everyLayerHasTheTablesShape();
    void firstLayerIsCoresConv2d();
    void secondLayerIsCoresConv2dOfTheFirstsMaps();
    void reluAndPoolingAreCores();
    void predictionIsASoftmax();
    void batchPredictionEqualsOneByOne();
    void sameSeedSameWeights();
    void lesson11StartsFromFilter3OfSeed1();
    void lesson11TrainedFilterIsARidgeFromLowerLeftToUpperRight();
    void cloneIsIndependent();
    void refusesADigitOfAnotherSize();
};

void TestNetwork::everyLayerHasTheTablesShape_data()
{
    QTest::addColumn<Architecture>("architecture");
    QTest::addRow("lecture") << Architecture::lecture();
    QTest::addRow("no pooling, kernel 3 valid") << withStages({{4, 3, 1, 0, 1}, {6, 3, 1, 0, 1}});
    QTest::addRow("strides and odd sizes")
        << withStages({{5, 4, 2, 1, 1}, {7, 3, 3, 2, 2}, {3, 2, 1, 0, 1}});
    QTest::addRow("one stage, pool 3") << withStages({{2, 7, 1, 3, 3}});
}

void TestNetwork::everyLayerHasTheTablesShape()
{
    QFETCH(Architecture, architecture);
    const Network network(architecture, 3);

    const std::vector<cv::Mat> maps = network.activations(digits().image(42));

    const auto& layers = network.shapes().layers();
    QCOMPARE(maps.size(), layers.size());
    for (std::size_t i = 0; i < maps.size(); ++i) {
        QCOMPARE(maps[i].rows, layers[i].size);
        QCOMPARE(maps[i].cols, layers[i].size);
        QCOMPARE(maps[i].channels(), layers[i].channels);
    }
}

void TestNetwork::firstLayerIsCoresConv2d()
{
    const Network network(Architecture::lecture(), 5);
    const cv::Mat digit = digits().image(1234);
    ConvParams params;
    params.padding = Padding::uniform(2);

    const cv::Mat conv1 = network.activations(digit)[0];

    const std::vector<cv::Mat> filters = network.filters(0);
    const std::vector<float> biases = network.biases(0);
    QCOMPARE(int(filters.size()), 8);
    for (int f = 0; f < 8; ++f) {
        const cv::Mat expected =
            conv2d(digit, filters[std::size_t(f)], params) + biases[std::size_t(f)];
        QVERIFY2(maxRelativeError(channel(conv1, f), expected) < 1e-5,
                 qPrintable(QStringLiteral("filter %1").arg(f)));
    }
}

void TestNetwork::secondLayerIsCoresConv2dOfTheFirstsMaps()
{
    const Network network(Architecture::lecture(), 6);
    const std::vector<cv::Mat> maps = network.activations(digits().image(4321));
    ConvParams params;
    params.padding = Padding::uniform(2);

    const std::vector<cv::Mat> filters = network.filters(1);
    const std::vector<float> biases = network.biases(1);
    for (int f = 0; f < 16; ++f) {
        // A CV_32FC(8) kernel on the 8 pooled maps: one CNN filter, summed over channels.
        const cv::Mat expected =
            conv2d(maps[2], filters[std::size_t(f)], params) + biases[std::size_t(f)];
        QVERIFY2(maxRelativeError(channel(maps[3], f), expected) < 1e-5,
                 qPrintable(QStringLiteral("filter %1").arg(f)));
    }
}

void TestNetwork::reluAndPoolingAreCores()
{
    const Network network(Architecture::lecture(), 7);
    const std::vector<cv::Mat> maps = network.activations(digits().image(7));

    cv::Mat relu;
    cv::max(maps[0], 0.0, relu);
    QCOMPARE(maxRelativeError(maps[1], relu), 0.0);
    QCOMPARE(maxRelativeError(maps[2], pool2d(maps[1], PoolParams{})), 0.0);
}

void TestNetwork::predictionIsASoftmax()
{
    const Network network(Architecture::lecture(), 8);
    const cv::Mat digit = digits().image(2500);

    const Prediction p = network.predict(digit);

    QCOMPARE(int(p.probabilities.size()), 10);
    QVERIFY(std::abs(std::accumulate(p.probabilities.begin(), p.probabilities.end(), 0.0) - 1) <
            1e-5);
    const std::vector<cv::Mat> maps = network.activations(digit);
    const cv::Mat scores = maps.back().reshape(1, 1);
    cv::Point best;
    cv::minMaxLoc(scores, nullptr, nullptr, nullptr, &best);
    QCOMPARE(p.digit, best.x);
    double total = 0;
    for (int c = 0; c < 10; ++c)
        total += std::exp(double(scores.at<float>(c) - scores.at<float>(best.x)));
    QVERIFY(std::abs(p.probabilities[std::size_t(p.digit)] - 1 / total) < 1e-6);
}

void TestNetwork::batchPredictionEqualsOneByOne()
{
    const Network network(Architecture::lecture(), 9);
    const std::vector<int> indices{0, 499, 500, 2501, 4999};

    const std::vector<Prediction> batch = network.predict(digits(), indices);

    QCOMPARE(batch.size(), indices.size());
    for (std::size_t i = 0; i < indices.size(); ++i) {
        const Prediction one = network.predict(digits().image(indices[i]));
        QCOMPARE(batch[i].digit, one.digit);
        for (int c = 0; c < 10; ++c)
            QVERIFY(std::abs(batch[i].probabilities[std::size_t(c)] -
                             one.probabilities[std::size_t(c)]) < 1e-6);
    }
}

void TestNetwork::sameSeedSameWeights()
{
    const std::vector<float> a = Network(Architecture::lecture(), 11).parameters();
    const std::vector<float> b = Network(Architecture::lecture(), 11).parameters();
    const std::vector<float> c = Network(Architecture::lecture(), 12).parameters();

    QCOMPARE(int(a.size()), 7434);
    QVERIFY(a == b);
    QVERIFY(a != c);
}

void TestNetwork::cloneIsIndependent()
{
    Network network(Architecture::lecture(), 13);
    const Network copy = network.clone();
    QVERIFY(copy.parameters() == network.parameters());

    network = Network(Architecture::lecture(), 14);

    QVERIFY(copy.parameters() == Network(Architecture::lecture(), 13).parameters());
    QVERIFY(copy.architecture() == Architecture::lecture());
}

void TestNetwork::refusesADigitOfAnotherSize()
{
    const Network network;

    QCOMPARE(messageOf([&] { network.predict(cv::Mat::zeros(28, 28, CV_32F)); }),
             QStringLiteral("the network reads 20×20 grayscale digits, not 28×28"));
    QCOMPARE(messageOf([&] { network.activations(cv::Mat::zeros(20, 20, CV_32FC3)); }),
             QStringLiteral("the network reads 20×20 grayscale digits, not 20×20 in colour"));
    QCOMPARE(messageOf([&] {
                 Network(withStages({{0, 5, 1, 2, 2}}));
             }),
             QStringLiteral("layer conv1: filters 0 must be at least 1"));
}

// Lesson 11's first patch is filter 3 of the lecture's network before training, seed 1 (the
// page's and `convlab train`'s default), its weights in [−0.2, 0.2] as its text says.
void TestNetwork::lesson11StartsFromFilter3OfSeed1()
{
    const cv::Mat shown = lessonPatchValues("11_learned_from_digits.convlab", 1);
    const cv::Mat filter = Network(Architecture::lecture(), 1).filters(0)[2];
    QCOMPARE(shown.size(), filter.size());
    QCOMPARE(cv::norm(shown, filter, cv::NORM_INF), 0.0);
    QVERIFY(cv::norm(filter, cv::NORM_INF) <= 0.2);
}

// What lesson 11's step 3 says of the trained weights it shows: positive along the diagonal
// from lower left to upper right, negative on both sides of it.
void TestNetwork::lesson11TrainedFilterIsARidgeFromLowerLeftToUpperRight()
{
    const cv::Mat w = lessonPatchValues("11_learned_from_digits.convlab", 3);
    QCOMPARE(w.size(), cv::Size(5, 5));
    for (const auto& [r, c] : {std::pair{0, 4}, {1, 3}, {2, 2}, {3, 1}})
        QVERIFY2(w.at<float>(r, c) > 0, qPrintable(QStringLiteral("(%1, %2)").arg(r).arg(c)));
    for (const auto& [r, c] : {std::pair{0, 0}, {3, 4}, {4, 4}})
        QVERIFY2(w.at<float>(r, c) < 0, qPrintable(QStringLiteral("(%1, %2)").arg(r).arg(c)));
}

QTEST_APPLESS_MAIN(TestNetwork)
#include "tst_network.moc"
