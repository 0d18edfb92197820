// SPDX-License-Identifier: MIT
// Small seeded runs, a few batches each: fast enough for the ASan preset. The full run to 97 %
// is tests/learn/release/tst_heldoutaccuracy.cpp.
#include "Error.h"
#include "TestData.h"
#include "learn/Evaluation.h"
#include "learn/Network.h"
#include "learn/Trainer.h"

#include <QTest>
#include <cmath>
#include <limits>
#include <opencv2/core.hpp>

using namespace convlab;
using namespace convlab::test;

namespace {

const DigitDataset& digits()
{
    static const DigitDataset data =
        DigitDataset::load(CONVLAB_SOURCE_DIR "/resources/data/digits.png");
    return data;
}

// Stops after `batches` batches.
Trainer::ControlCallback stopAfter(int batches)
{
    return [count = 0, batches]() mutable {
        return count++ < batches ? TrainingRequest::Continue : TrainingRequest::Stop;
    };
}

std::vector<float> trainFor(int batches, std::uint64_t seed)
{
    Network network(Architecture::lecture(), seed);
    TrainingOptions options;
    options.seed = seed;
    Trainer trainer(network, digits(), digits().split(), options);
    const TrainingResult result = trainer.run({}, stopAfter(batches));
    return result.outcome == TrainingOutcome::Stopped ? network.parameters() : std::vector<float>();
}

DatasetSplit smallSplit(std::initializer_list<int> train)
{
    return {std::vector<int>(train), {0, 600}};
}

} // namespace

class TestTrainer : public QObject {
    Q_OBJECT

  private slots:
    void sameSeedSameWeights();
    void pauseAndResumeChangesNothing();
    void reportsEveryBatchAndEpoch();
    void learnsWithinAFewBatches();
    void nanLearningRateStopsAndKeepsLastGoodWeights();
    void refusesEmptyAndOneClassSets();
    void refusesOptionsOutOfRange();
    void checkRefusesWhatTheConstructorRefusesFromLabelsAlone();
    void confusionMatrixCountsEveryDigit();
    void ownDigitsTrainTheSameWeightsWithTheSameSeed();
};

void TestTrainer::sameSeedSameWeights()
{
    const std::vector<float> a = trainFor(12, 3);
    const std::vector<float> b = trainFor(12, 3);
    const std::vector<float> c = trainFor(12, 4);

    QVERIFY(!a.empty());
    QVERIFY(a == b); // bit for bit, with one thread
    QVERIFY(a != c);
    QVERIFY(a != Network(Architecture::lecture(), 3).parameters());
}

void TestTrainer::pauseAndResumeChangesNothing()
{
    Network network(Architecture::lecture(), 5);
    TrainingOptions options;
    options.seed = 5;
    Trainer trainer(network, digits(), digits().split(), options);
    int calls = 0;
    const auto pauseEvery4 = [&calls] {
        ++calls;
        if (calls > 14)
            return TrainingRequest::Stop;
        return calls % 5 == 0 ? TrainingRequest::Pause : TrainingRequest::Continue;
    };

    QCOMPARE(trainer.run({}, pauseEvery4).outcome, TrainingOutcome::Paused);
    QCOMPARE(trainer.run({}, pauseEvery4).outcome, TrainingOutcome::Paused);
    QCOMPARE(trainer.run({}, pauseEvery4).outcome, TrainingOutcome::Stopped);
    QVERIFY(trainer.finished());

    // 12 batches trained (calls 5 and 10 paused, 15 stopped): as 12 straight.
    QVERIFY(network.parameters() == trainFor(12, 5));
}

void TestTrainer::reportsEveryBatchAndEpoch()
{
    Network network(Architecture::lecture(), 6);
    TrainingOptions options;
    options.epochs = 2;
    options.batchSize = 64;
    DatasetSplit split = digits().split();
    // 100 zeros and 100 ones: small and fast.
    std::vector<int> train(split.train.begin(), split.train.begin() + 100);
    train.insert(train.end(), split.train.begin() + 400, split.train.begin() + 500);
    split.train = train;
    Trainer trainer(network, digits(), split, options);
    std::vector<TrainingProgress> reports;

    const TrainingResult result =
        trainer.run([&](const TrainingProgress& p) { reports.push_back(p); });

    QCOMPARE(result.outcome, TrainingOutcome::Finished);
    QCOMPARE(result.epochsDone, 2);
    QCOMPARE(trainer.batchesPerEpoch(), 4);
    QCOMPARE(int(reports.size()), 2 * (4 + 1));
    QCOMPARE(reports[3].batch, 4);
    QVERIFY(!reports[3].epochEnd);
    QVERIFY(!reports[3].heldOutAccuracy);
    QVERIFY(reports[4].epochEnd);
    QCOMPARE(reports[4].epoch, 1);
    QVERIFY(reports[4].heldOutAccuracy.has_value());
    QCOMPARE(reports.back().epoch, 2);
    QCOMPARE(*result.heldOutAccuracy, *reports.back().heldOutAccuracy);
    for (const TrainingProgress& p : reports) {
        QVERIFY(std::isfinite(p.loss) && p.loss > 0);
        QVERIFY(p.trainAccuracy >= 0 && p.trainAccuracy <= 1);
    }
    QCOMPARE(trainer.run().outcome, TrainingOutcome::Finished); // nothing left to do
}

void TestTrainer::learnsWithinAFewBatches()
{
    Network network(Architecture::lecture(), 7);
    const DatasetSplit split = digits().split();
    const double before = Evaluation::of(network, digits(), split.heldOut).accuracy();
    Trainer trainer(network, digits(), split);

    trainer.run({}, stopAfter(40));

    const double after = Evaluation::of(network, digits(), split.heldOut).accuracy();
    QVERIFY2(after > 0.6 && after > before + 0.3,
             qPrintable(QStringLiteral("%1 → %2").arg(before).arg(after)));
}

void TestTrainer::nanLearningRateStopsAndKeepsLastGoodWeights()
{
    Network network(Architecture::lecture(), 8);
    const std::vector<float> initial = network.parameters();
    TrainingOptions options;
    options.learningRate = std::numeric_limits<double>::quiet_NaN();
    Trainer trainer(network, digits(), digits().split(), options);

    const TrainingResult result = trainer.run();

    // Batch 1's loss was finite; its step made every weight NaN; batch 2's loss told.
    QCOMPARE(result.outcome, TrainingOutcome::Diverged);
    QCOMPARE(QString::fromStdString(result.message),
             QStringLiteral("the loss became NaN at epoch 1, batch 2: training stopped and kept "
                            "the last good weights; try a smaller learning rate"));
    QVERIFY(network.isFinite());
    QVERIFY(network.parameters() == initial);
    QVERIFY(trainer.finished());
}

void TestTrainer::refusesEmptyAndOneClassSets()
{
    Network network;

    QCOMPARE(messageOf([&] { Trainer(network, digits(), smallSplit({})); }),
             QStringLiteral("the training set is empty: add digits to train on"));
    QCOMPARE(messageOf([&] {
                 Trainer(network, digits(), smallSplit({500, 501, 502}));
             }),
             QStringLiteral("the training set has digits of class 1 only: training needs at "
                            "least two classes"));
    QCOMPARE(messageOf([&] {
                 Trainer(network, digits(), smallSplit({1, 5000}));
             }),
             QStringLiteral("digit 5000 is outside the dataset (5000 digits)"));
    DigitDataset empty;
    QCOMPARE(messageOf([&] { Trainer(network, empty, empty.split()); }),
             QStringLiteral("the training set is empty: add digits to train on"));
}

void TestTrainer::refusesOptionsOutOfRange()
{
    Network network;
    const auto refusal = [&](auto change) {
        TrainingOptions options;
        change(options);
        return messageOf([&] { Trainer(network, digits(), digits().split(), options); });
    };

    QCOMPARE(refusal([](TrainingOptions& o) { o.epochs = 0; }),
             QStringLiteral("epochs 0 must be at least 1"));
    QCOMPARE(refusal([](TrainingOptions& o) { o.batchSize = 5000; }),
             QStringLiteral("batch size 5000 must be at most 4096"));
    QCOMPARE(refusal([](TrainingOptions& o) { o.threads = 0; }),
             QStringLiteral("threads 0 must be at least 1"));
    QCOMPARE(refusal([](TrainingOptions& o) { o.learningRate = -0.5; }),
             QStringLiteral("learning rate -0.5 must be positive"));
    QCOMPARE(refusal([](TrainingOptions& o) { o.learningRate = 0; }),
             QStringLiteral("learning rate 0 must be positive"));
}

// What the window checks before its worker builds the trainer: the same refusals, from the
// labels alone, so that digits not yet in a dataset (a student's own) count.
void TestTrainer::checkRefusesWhatTheConstructorRefusesFromLabelsAlone()
{
    Network network;
    const Architecture lecture = Architecture::lecture();
    const std::vector<int>& labels = digits().labels();
    const auto both = [&](const DatasetSplit& split, const TrainingOptions& options) {
        const QString byConstructor =
            messageOf([&] { Trainer(network, digits(), split, options); });
        const QString byCheck = messageOf([&] { Trainer::check(lecture, labels, split, options); });
        return byConstructor == byCheck ? byCheck : byConstructor + " | " + byCheck;
    };
    TrainingOptions rate;
    rate.learningRate = 0;

    QCOMPARE(both(smallSplit({500, 501, 502}), {}),
             QStringLiteral("the training set has digits of class 1 only: training needs at "
                            "least two classes"));
    QCOMPARE(both(smallSplit({1, 5000}), {}),
             QStringLiteral("digit 5000 is outside the dataset (5000 digits)"));
    QCOMPARE(both(digits().split(), rate), QStringLiteral("learning rate 0 must be positive"));
    Architecture wide = lecture;
    wide.inputSize = 28;
    QCOMPARE(messageOf([&] { Trainer::check(wide, labels, digits().split(), {}); }),
             QStringLiteral("the network reads 28 pixel digits; the dataset's are 20"));

    // A seven after the sheet's 5,000 digits makes three ones a training set of two classes.
    std::vector<int> withSeven = labels;
    withSeven.push_back(7);
    QCOMPARE(messageOf([&] {
                 Trainer::check(lecture, withSeven, smallSplit({500, 501, 502, 5000}), {});
             }),
             QStringLiteral("(no error)"));
    QCOMPARE(Trainer::batchesPerEpoch(4001, 32), 126);
    QCOMPARE(Trainer::batchesPerEpoch(4000, 32), 125);
}

void TestTrainer::confusionMatrixCountsEveryDigit()
{
    const Network network(Architecture::lecture(), 9);
    const DatasetSplit split = digits().split();

    const Evaluation e = Evaluation::of(network, digits(), split.heldOut);

    QCOMPARE(e.count, 1000);
    int total = 0;
    int diagonal = 0;
    for (int label = 0; label < 10; ++label) {
        int row = 0;
        for (int predicted = 0; predicted < 10; ++predicted)
            row += e.confusion[std::size_t(label)][std::size_t(predicted)];
        QCOMPARE(row, 100); // stratified: 100 of each class held out
        total += row;
        diagonal += e.confusion[std::size_t(label)][std::size_t(label)];
    }
    QCOMPARE(total, 1000);
    QCOMPARE(diagonal, e.correct);
    QCOMPARE(int(e.wrong.size()), e.count - e.correct);
    for (const WrongPrediction& w : e.wrong) {
        QCOMPARE(digits().label(w.index), w.label);
        QVERIFY(w.predicted != w.label);
        QCOMPARE(network.predict(digits().image(w.index)).digit, w.predicted);
    }
}

void TestTrainer::ownDigitsTrainTheSameWeightsWithTheSameSeed()
{
    // 32 digits of the sheet's, mirrored, added as a student's: an epoch of 64 sheet digits and
    // them, three batches of 32.
    std::vector<cv::Mat> own;
    std::vector<int> labels;
    for (int i = 0; i < 32; ++i) {
        const int index = i * 150 + 7;
        cv::Mat mirrored;
        cv::flip(digits().image(index), mirrored, 1);
        own.push_back(mirrored);
        labels.push_back(digits().label(index));
    }
    const DigitDataset data = digits().withDigits(own, labels);
    DatasetSplit split{{}, {0, 600}};
    for (int i = 0; i < 64; ++i)
        split.train.push_back(i * 70 + 3);
    DatasetSplit withOwn = split;
    for (int i = 5000; i < 5032; ++i)
        withOwn.train.push_back(i);
    const auto train = [&](const DatasetSplit& s, std::uint64_t seed) {
        Network network(Architecture::lecture(), seed);
        TrainingOptions options;
        options.seed = seed;
        options.epochs = 1;
        Trainer trainer(network, data, s, options);
        const TrainingResult result = trainer.run();
        return result.outcome == TrainingOutcome::Finished ? network.parameters()
                                                           : std::vector<float>();
    };

    const std::vector<float> a = train(withOwn, 3);
    const std::vector<float> b = train(withOwn, 3);
    const std::vector<float> without = train(split, 3);

    QVERIFY(!a.empty());
    QVERIFY(a == b);       // bit for bit
    QVERIFY(a != without); // the own digits were trained on
}

QTEST_APPLESS_MAIN(TestTrainer)
#include "tst_trainer.moc"
