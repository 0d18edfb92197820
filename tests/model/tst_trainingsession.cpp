// SPDX-License-Identifier: MIT
// TrainingSession: convlab_learn's Trainer on a worker, driven from the GUI thread. Small seeded
// runs (20 batches of 32 digits) so that the sanitizers' build runs them too.
#include "learn/Network.h"
#include "learn/TrainingSession.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <limits>

using namespace convlab;
using State = TrainingSession::State;

namespace {

constexpr int kBatch = 32;
constexpr int kBatches = 20;

// 640 training digits of every class (every sixth of the fixed split) and 100 held out.
DatasetSplit smallSplit(const DigitDataset& data)
{
    const DatasetSplit full = data.split();
    DatasetSplit small;
    for (std::size_t i = 0; i < full.train.size() && small.train.size() < kBatch * kBatches; i += 6)
        small.train.push_back(full.train[i]);
    for (std::size_t i = 0; i < full.heldOut.size(); i += 10)
        small.heldOut.push_back(full.heldOut[i]);
    return small;
}

std::unique_ptr<TrainingSession> smallSession(int epochs = 1)
{
    auto data = TrainingSession::digitSheet();
    auto session = std::make_unique<TrainingSession>(data, smallSplit(*data));
    TrainingSettings settings = session->settings();
    settings.seed = 7;
    settings.epochs = epochs;
    settings.batchSize = kBatch;
    session->setSettings(settings);
    return session;
}

bool waitForState(TrainingSession& session, State state, int milliseconds = 120'000)
{
    QElapsedTimer clock;
    clock.start();
    while (session.state() != state && clock.elapsed() < milliseconds)
        QTest::qWait(5);
    return session.state() == state;
}

} // namespace

class TestTrainingSession : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() { QVERIFY(TrainingSession::digitSheet()->size() == 5000); }

    void untrainedShowsTheSeedsInitialWeights()
    {
        const auto session = smallSession();

        const Network fresh(Architecture::lecture(), 7);

        QCOMPARE(session->state(), State::Untrained);
        QCOMPARE(session->network()->parameters(), fresh.parameters());
        QCOMPARE(session->filters().first.size(), std::size_t(8));
        QCOMPARE(session->filters().second.size(), std::size_t(16));
        QCOMPARE(session->filters().second.front().channels(), 8);
    }

    void sameSeedGivesTheSameWeightsTwice()
    {
        std::vector<float> weights[2];
        for (auto& w : weights) {
            const auto session = smallSession();
            QVERIFY(session->start());
            QVERIFY(waitForState(*session, State::Finished));
            w = session->network()->parameters();
        }

        QCOMPARE(weights[0], weights[1]);
        QVERIFY(weights[0] != Network(Architecture::lecture(), 7).parameters());
    }

    void progressArrivesThroughTheEventLoopWhileTheGuiThreadRuns()
    {
        const auto session = smallSession();
        QSignalSpy progress(session.get(), &TrainingSession::progressed);
        int ticks = 0;
        bool offThread = false;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
        connect(session.get(), &TrainingSession::progressed, this,
                [&] { offThread = offThread || QThread::currentThread() != thread(); });
        ticker.start(0);

        QVERIFY(session->start());
        const qsizetype atStart = progress.count(); // the run's empty progress, nothing trained
        QVERIFY(waitForState(*session, State::Finished));

        QCOMPARE(atStart, 1);
        QCOMPARE(progress.at(0).at(0).value<TrainingProgress>().batch, 0);
        QVERIFY(progress.count() >= 2);
        QVERIFY(!offThread);
        QVERIFY(ticks > 0);
        const auto last = progress.last().at(0).value<TrainingProgress>();
        QVERIFY(last.epochEnd);
        QCOMPARE(last.batch, kBatches);
        QVERIFY(last.heldOutAccuracy.has_value());
        QCOMPARE(session->heldOut().count, 100);
    }

    void filtersShownAreTheNetworksFilters()
    {
        const auto session = smallSession();
        QSignalSpy filters(session.get(), &TrainingSession::filtersChanged);

        QVERIFY(session->start());
        QVERIFY(waitForState(*session, State::Finished));

        QVERIFY(filters.count() >= 1);
        const std::vector<cv::Mat> first = session->network()->filters(0);
        const std::vector<cv::Mat> second = session->network()->filters(1);
        QCOMPARE(session->filters().first.size(), first.size());
        for (std::size_t i = 0; i < first.size(); ++i)
            QCOMPARE(cv::norm(session->filters().first[i], first[i], cv::NORM_INF), 0.0);
        for (std::size_t i = 0; i < second.size(); ++i)
            QCOMPARE(cv::norm(session->filters().second[i], second[i], cv::NORM_INF), 0.0);
    }

    void pausedAndResumedTrainsTheSameWeights()
    {
        const auto straight = smallSession(2);
        QVERIFY(straight->start());
        QVERIFY(waitForState(*straight, State::Finished));
        const auto interrupted = smallSession(2);
        bool paused = false;
        connect(interrupted.get(), &TrainingSession::progressed, this,
                [&](const TrainingProgress& p) {
                    if (p.batch > 0 && !paused) {
                        paused = true;
                        interrupted->pause();
                    }
                });

        QVERIFY(interrupted->start());
        QVERIFY(waitForState(*interrupted, State::Paused));
        const TrainingProgress at = interrupted->progress();
        QVERIFY(interrupted->start());
        QVERIFY(waitForState(*interrupted, State::Finished));

        QVERIFY(at.epoch < 2 || at.batch < kBatches);
        QCOMPARE(interrupted->network()->parameters(), straight->network()->parameters());
    }

    void stopKeepsTheWeightsAndResetGoesBackToTheSeed()
    {
        const auto session = smallSession(50);
        QVERIFY(session->start());
        connect(session.get(), &TrainingSession::progressed, session.get(), &TrainingSession::stop);

        QVERIFY(waitForState(*session, State::Stopped));
        const std::vector<float> stopped = session->network()->parameters();
        session->reset();

        QVERIFY(stopped != Network(Architecture::lecture(), 7).parameters());
        QCOMPARE(session->state(), State::Untrained);
        QCOMPARE(session->network()->parameters(),
                 Network(Architecture::lecture(), 7).parameters());
    }

    void resetWhileRunningNeverShowsTheOldRun()
    {
        const auto session = smallSession(50);
        QSignalSpy states(session.get(), &TrainingSession::stateChanged);
        QVERIFY(session->start());
        QTest::qWait(50);

        session->reset();
        QTest::qWait(50); // what the stopped worker had queued arrives, and is dropped

        QCOMPARE(session->state(), State::Untrained);
        QCOMPARE(session->network()->parameters(),
                 Network(Architecture::lecture(), 7).parameters());
        QCOMPARE(session->progress().batch, 0);
    }

    void aNanLossStopsTrainingSaysWhyAndKeepsTheLastGoodWeights()
    {
        const auto session = smallSession();
        TrainingSettings settings = session->settings();
        settings.learningRate = std::numeric_limits<double>::quiet_NaN();
        session->setSettings(settings);
        QSignalSpy failed(session.get(), &TrainingSession::failed);

        QVERIFY(session->start());
        QVERIFY(waitForState(*session, State::Diverged));

        QCOMPARE(failed.count(), 1);
        const QString message = failed.at(0).at(0).toString();
        QVERIFY2(message.contains(QLatin1String("NaN")) && message.contains(QLatin1String("batch")),
                 qPrintable(message));
        QCOMPARE(session->message(), message);
        QVERIFY(session->network()->isFinite());
    }

    void aTrainingSetOfOneClassIsRefusedInWords()
    {
        auto data = TrainingSession::digitSheet();
        DatasetSplit split;
        split.train = {0, 1, 2}; // three zeros
        TrainingSession session(data, split);
        QSignalSpy failed(&session, &TrainingSession::failed);

        QVERIFY(!session.start());

        QCOMPARE(session.state(), State::Untrained);
        QCOMPARE(failed.count(), 1);
        QVERIFY(!session.message().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTrainingSession)
#include "tst_trainingsession.moc"
