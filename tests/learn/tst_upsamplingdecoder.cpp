// SPDX-License-Identifier: MIT
// Small seeded runs (a few hundred digits, two or three epochs): fast enough for ASan. The run to
// the figure is tests/benchmarks/DecoderBench.cpp.
#include "Error.h"
#include "TestData.h"
#include "learn/UpsamplingDecoder.h"
#include "ops/Checkerboard.h"

#include <QTest>
#include <map>

using namespace convlab;
using namespace convlab::test;

namespace {

const DigitDataset& digits()
{
    static const DigitDataset data =
        DigitDataset::load(CONVLAB_SOURCE_DIR "/resources/data/digits.png");
    return data;
}

const DatasetSplit& split()
{
    static const DatasetSplit s = digits().split();
    return s;
}

DecoderOptions small(DecoderKind kind)
{
    DecoderOptions o;
    o.kind = kind;
    o.trainDigits = 640;
    o.epochs = 3;
    o.monitorDigits = 40;
    o.samples = 3;
    o.seed = 7;
    return o;
}

// The small run of each decoder, trained once for the suites below (60 batches each).
struct SmallRun {
    DecoderEpoch before;
    DecoderEpoch after;
    double targetEnergy = 0;
    double bilinearLoss = 0;
};

const SmallRun& smallRun(DecoderKind kind)
{
    static std::map<DecoderKind, SmallRun> runs;
    if (!runs.contains(kind)) {
        UpsamplingDecoder decoder(digits(), split(), small(kind));
        SmallRun run;
        run.before = decoder.measure();
        while (!decoder.finished())
            run.after = decoder.trainEpoch();
        run.targetEnergy = decoder.targetEnergy();
        run.bilinearLoss = decoder.bilinearLoss();
        runs[kind] = run;
    }
    return runs.at(kind);
}

double meanSquaredError(const cv::Mat& a, const cv::Mat& b)
{
    double sum = 0;
    for (int r = 0; r < a.rows; ++r)
        for (int c = 0; c < a.cols; ++c) {
            const double d = double(a.at<float>(r, c)) - b.at<float>(r, c);
            sum += d * d;
        }
    return sum / double(a.total());
}

} // namespace

class TestUpsamplingDecoder : public QObject {
    Q_OBJECT

  private slots:
    void downscaleAveragesTwoByTwoBlocks();
    void bothDecodersDoubleTheSide();
    void parametersAreCountedByHand_data();
    void parametersAreCountedByHand();
    void measureIsTheMeanOverTheMonitoredDigits();
    void transposedDecoderStartsCheckeredAndLearnsItAway();
    void resizeConvDecoderHasNoCheckerboardToLose();
    void trainingLowersTheErrorBelowBilinear();
    void sameSeedSameRun();
    void refusesOptionsOutOfRange();
};

void TestUpsamplingDecoder::downscaleAveragesTwoByTwoBlocks()
{
    const cv::Mat digit = digits().image(321);

    const cv::Mat small = UpsamplingDecoder::downscale(digit);

    QCOMPARE(small.size(), cv::Size(10, 10));
    for (int r = 0; r < 10; ++r)
        for (int c = 0; c < 10; ++c) {
            const float mean =
                (digit.at<float>(2 * r, 2 * c) + digit.at<float>(2 * r, 2 * c + 1) +
                 digit.at<float>(2 * r + 1, 2 * c) + digit.at<float>(2 * r + 1, 2 * c + 1)) /
                4;
            QVERIFY(std::abs(small.at<float>(r, c) - mean) < 1e-6);
        }
}

void TestUpsamplingDecoder::bothDecodersDoubleTheSide()
{
    for (const DecoderKind kind : {DecoderKind::Transposed, DecoderKind::ResizeConv})
        for (const int kernel : {2, 3, 4, 5}) {
            DecoderOptions o = small(kind);
            o.kernel = kernel;
            const UpsamplingDecoder decoder(digits(), split(), o);

            const cv::Mat out = decoder.upsample(cv::Mat::zeros(10, 10, CV_32F));

            QCOMPARE(out.size(), cv::Size(20, 20));
            QCOMPARE(out.type(), CV_32FC1);
        }
}

void TestUpsamplingDecoder::parametersAreCountedByHand_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("kernel");
    QTest::addColumn<int>("channels");
    QTest::addRow("transposed 3×3, 16") << int(DecoderKind::Transposed) << 3 << 16;
    QTest::addRow("transposed 4×4, 8") << int(DecoderKind::Transposed) << 4 << 8;
    QTest::addRow("resize-conv, 16") << int(DecoderKind::ResizeConv) << 3 << 16;
}

void TestUpsamplingDecoder::parametersAreCountedByHand()
{
    QFETCH(int, kind);
    QFETCH(int, kernel);
    QFETCH(int, channels);
    DecoderOptions o = small(DecoderKind(kind));
    o.kernel = kernel;
    o.channels = channels;
    const long long c = channels, k = DecoderKind(kind) == DecoderKind::Transposed ? kernel : 3;

    const UpsamplingDecoder decoder(digits(), split(), o);

    // encode1 1→C 3×3, encode2 C→2C 3×3, decode1 2C→C k×k, decode2 C→1 k×k, with biases.
    QCOMPARE(decoder.parameters(),
             (9 * c + c) + (9 * c * 2 * c + 2 * c) + (k * k * 2 * c * c + c) + (k * k * c + 1));
}

void TestUpsamplingDecoder::measureIsTheMeanOverTheMonitoredDigits()
{
    const UpsamplingDecoder decoder(digits(), split(), small(DecoderKind::Transposed));

    const DecoderEpoch m = decoder.measure();

    double loss = 0, energy = 0, target = 0;
    for (int i = 0; i < 40; ++i) {
        const cv::Mat digit = digits().image(split().heldOut[std::size_t(i)]);
        const cv::Mat out = decoder.upsample(UpsamplingDecoder::downscale(digit));
        loss += meanSquaredError(out, digit) / 40;
        energy += checkerboardEnergy(out, {2, 2}) / 40;
        target += checkerboardEnergy(digit, {2, 2}) / 40;
        if (i < 3)
            CONVLAB_COMPARE_MATS(m.samples[std::size_t(i)], out, 1e-6);
    }
    QCOMPARE(m.epoch, 0);
    QCOMPARE(int(m.samples.size()), 3);
    QVERIFY(std::abs(m.heldOutLoss - loss) < 1e-6 * loss);
    QVERIFY(std::abs(m.checkerboardEnergy - energy) < 1e-6 * energy);
    QVERIFY(std::abs(decoder.targetEnergy() - target) < 1e-9);
    CONVLAB_COMPARE_MATS(decoder.sampleTargets()[2], digits().image(split().heldOut[2]), 0);
    CONVLAB_COMPARE_MATS(decoder.sampleInputs()[2],
                         UpsamplingDecoder::downscale(decoder.sampleTargets()[2]), 0);
}

// Untrained, two stride-2 transposed convolutions stamp their kernels unevenly: the outputs'
// energy at the stride's harmonics is many times the digits' own. Training removes most of it
// within these 60 batches (the benchmark's longer run, to the digits' own level).
void TestUpsamplingDecoder::transposedDecoderStartsCheckeredAndLearnsItAway()
{
    const SmallRun& run = smallRun(DecoderKind::Transposed);

    qInfo("transposed: energy %.3g before, %.3g after 3 epochs; the digits' %.3g",
          run.before.checkerboardEnergy, run.after.checkerboardEnergy, run.targetEnergy);
    QVERIFY(run.before.checkerboardEnergy > 10 * run.targetEnergy);
    QVERIFY(run.after.checkerboardEnergy < run.before.checkerboardEnergy / 5);
    QVERIFY(run.after.checkerboardEnergy < 5 * run.targetEnergy);
    QCOMPARE(run.after.epoch, 3);
}

void TestUpsamplingDecoder::resizeConvDecoderHasNoCheckerboardToLose()
{
    const SmallRun& run = smallRun(DecoderKind::ResizeConv);

    qInfo("resize-conv: energy %.3g before, %.3g after 3 epochs; the digits' %.3g",
          run.before.checkerboardEnergy, run.after.checkerboardEnergy, run.targetEnergy);
    QVERIFY(run.before.checkerboardEnergy < 0.1 * run.targetEnergy);
    QVERIFY(run.after.checkerboardEnergy < run.targetEnergy);
}

void TestUpsamplingDecoder::trainingLowersTheErrorBelowBilinear()
{
    for (const DecoderKind kind : {DecoderKind::Transposed, DecoderKind::ResizeConv}) {
        const SmallRun& run = smallRun(kind);

        qInfo("held-out error %.4f → %.4f (bilinear %.4f), train %.4f", run.before.heldOutLoss,
              run.after.heldOutLoss, run.bilinearLoss, run.after.trainLoss);
        QVERIFY(run.after.heldOutLoss < 0.3 * run.before.heldOutLoss);
        QVERIFY(run.after.heldOutLoss < run.bilinearLoss);
        QVERIFY(run.after.trainLoss > 0);
    }
}

void TestUpsamplingDecoder::sameSeedSameRun()
{
    DecoderOptions o = small(DecoderKind::Transposed);
    o.trainDigits = 96;
    UpsamplingDecoder a(digits(), split(), o), b(digits(), split(), o);
    o.seed = 8;
    UpsamplingDecoder c(digits(), split(), o);

    const DecoderEpoch ea = a.trainEpoch(), eb = b.trainEpoch(), ec = c.trainEpoch();

    QCOMPARE(ea.heldOutLoss, eb.heldOutLoss);
    CONVLAB_COMPARE_MATS(ea.samples[0], eb.samples[0], 0);
    QVERIFY(ea.heldOutLoss != ec.heldOutLoss);
}

void TestUpsamplingDecoder::refusesOptionsOutOfRange()
{
    DecoderOptions o;
    o.channels = 0;
    QCOMPARE(messageOf([&] { UpsamplingDecoder(digits(), split(), o); }),
             QStringLiteral("channels 0 must be at least 1"));
    o = {};
    o.kernel = 8;
    QCOMPARE(messageOf([&] { UpsamplingDecoder(digits(), split(), o); }),
             QStringLiteral("kernel 8 must be at most 7"));
    o = {};
    o.trainDigits = 4001;
    QCOMPARE(messageOf([&] { UpsamplingDecoder(digits(), split(), o); }),
             QStringLiteral("training digits 4001 must be at most 4000"));
    o = {};
    o.learningRate = 0;
    QCOMPARE(messageOf([&] { UpsamplingDecoder(digits(), split(), o); }),
             QStringLiteral("learning rate 0.000000 must be positive"));
    const UpsamplingDecoder decoder(digits(), split(), small(DecoderKind::ResizeConv));
    QCOMPARE(messageOf([&] { decoder.upsample(cv::Mat::zeros(20, 20, CV_32F)); }),
             QStringLiteral("the decoder upsamples 10×10 grayscale images, not 20×20"));
    QCOMPARE(messageOf([&] { UpsamplingDecoder::downscale(cv::Mat::zeros(10, 10, CV_32F)); }),
             QStringLiteral("the decoder reads 20×20 grayscale digits, not 10×10"));
    QCOMPARE(toString(DecoderKind::ResizeConv), std::string("resize-conv"));
    QVERIFY(decoderKindFromString("transposed") == DecoderKind::Transposed);
    QVERIFY(decoderKindFromString("resize-conv") == DecoderKind::ResizeConv);
    QCOMPARE(messageOf([] { decoderKindFromString("deconv"); }),
             QStringLiteral("unknown decoder 'deconv' (expected transposed or resize-conv)"));
}

QTEST_APPLESS_MAIN(TestUpsamplingDecoder)
#include "tst_upsamplingdecoder.moc"
