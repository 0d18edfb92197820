// SPDX-License-Identifier: MIT
// TrainingSession: convlab_learn's Trainer on a worker, driven from the GUI thread. Small seeded
// runs (20 batches of 32 digits) so that the sanitizers' build runs them too.
#include "learn/Network.h"
#include "learn/TrainingSession.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
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

// Three digits of the sheet as a student's own, mirrored so that they are not the sheet's.
std::vector<OwnDigit> ownDigits(int count = 3)
{
    const auto data = TrainingSession::digitSheet();
    std::vector<OwnDigit> own;
    for (int i = 0; i < count; ++i) {
        const int index = 700 * i + 11;
        cv::Mat mirrored;
        cv::flip(data->image(index), mirrored, 1);
        own.push_back({mirrored, data->label(index)});
    }
    return own;
}

bool sameWeights(const Network& a, const Network& b)
{
    return a.parameters() == b.parameters();
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

    void ownDigitsJoinTheTrainingDigitsOfTheNextRun()
    {
        auto session = smallSession();
        auto without = smallSession();
        session->setOwnDigits(ownDigits());

        QVERIFY(session->start());
        session->setOwnDigits(ownDigits(5)); // for the run after this one

        QCOMPARE(session->ownDigitsInRun(), 3);
        QCOMPARE(session->trainingDigitsInRun(), kBatch * kBatches + 3);
        QCOMPARE(session->progress().batches, kBatches + 1); // 643 digits in batches of 32
        QVERIFY(waitForState(*session, State::Finished));
        QCOMPARE(session->ownDigitsInRun(), 3);
        QCOMPARE(session->heldOut().count, 100); // the held-out digits are the split's only
        QCOMPARE(session->data().size(), 5000);  // the sheet's dataset is not touched
        QVERIFY(without->start());
        QVERIFY(waitForState(*without, State::Finished));
        QCOMPARE(without->ownDigitsInRun(), 0);
        QVERIFY(!sameWeights(*session->network(), *without->network()));

        session->reset();
        QCOMPARE(session->ownDigitsInRun(), 0);
        QVERIFY(session->start());
        QCOMPARE(session->ownDigitsInRun(), 5);
        session->stop();
        QVERIFY(waitForState(*session, State::Stopped));
    }

    void theSameOwnDigitsAndSeedTrainTheSameWeights()
    {
        auto a = smallSession();
        auto b = smallSession();
        a->setOwnDigits(ownDigits());
        b->setOwnDigits(ownDigits());

        QVERIFY(a->start());
        QVERIFY(waitForState(*a, State::Finished));
        QVERIFY(b->start());
        QVERIFY(waitForState(*b, State::Finished));

        QVERIFY(sameWeights(*a->network(), *b->network()));
    }

    void aBadOwnDigitIsRefusedNamingIt()
    {
        auto session = smallSession();
        std::vector<OwnDigit> own = ownDigits();
        own.push_back({cv::Mat::zeros(28, 28, CV_32F), 4});
        session->setOwnDigits(own);
        QSignalSpy failed(session.get(), &TrainingSession::failed);

        QVERIFY(!session->start());

        QCOMPARE(session->state(), State::Untrained);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(session->message(), QStringLiteral("Own digit 4: the digit is 28 × 28 pixels; "
                                                    "the network reads digits of 20 × 20"));
    }

    void aModelIsReadOnTheWorkerAndTheAnswerQueued()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("seven.pt"));
        auto trained = smallSession();
        QVERIFY(trained->start());
        QVERIFY(waitForState(*trained, State::Finished));
        QVERIFY(trained->saveModel(path).ok);
        auto session = smallSession();
        const std::shared_ptr<const Network> before = session->network();
        QSignalSpy opened(session.get(), &TrainingSession::modelOpened);
        QSignalSpy opening(session.get(), &TrainingSession::openingChanged);

        session->beginOpenModel(path);

        // Returned before reading: nothing has changed yet, the answer comes through the loop.
        QVERIFY(session->isOpening());
        QCOMPARE(session->state(), State::Untrained);
        QCOMPARE(session->network(), before);
        QCOMPARE(opened.count(), 0);
        QVERIFY(opened.wait(120'000));
        const auto outcome = opened.at(0).at(0).value<Outcome>();
        QVERIFY2(outcome.ok, qPrintable(outcome.message));
        QCOMPARE(outcome.message, QStringLiteral("Opened the model seven.pt"));
        QVERIFY(!session->isOpening());
        QCOMPARE(opening.count(), 2);
        QCOMPARE(session->state(), State::Opened);
        QCOMPARE(session->modelPath(), path);
        QVERIFY(sameWeights(*session->network(), *trained->network()));
        QCOMPARE(session->heldOut().count, 100);
        QCOMPARE(session->heldOut().correct, trained->heldOut().correct);
    }

    void aBadModelFileIsReportedNamingItAndNothingChanges()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.pt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a model\n");
        file.close();
        auto session = smallSession();
        const std::shared_ptr<const Network> before = session->network();
        QSignalSpy opened(session.get(), &TrainingSession::modelOpened);

        session->beginOpenModel(path);

        QVERIFY(opened.wait(120'000));
        const auto outcome = opened.at(0).at(0).value<Outcome>();
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.title, QStringLiteral("Cannot open the model notes.pt"));
        QVERIFY2(outcome.message.contains(path) &&
                     outcome.message.contains(QLatin1String("not a ConvLab model")),
                 qPrintable(outcome.message));
        QCOMPARE(session->network(), before);
        QCOMPARE(session->state(), State::Untrained);
        QVERIFY(!session->isOpening());
    }

    void aResetOrRunMakesAnOpenUnderWayComeToNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("initial.pt"));
        auto session = smallSession();
        QVERIFY(session->saveModel(path).ok);
        QSignalSpy opened(session.get(), &TrainingSession::modelOpened);

        session->beginOpenModel(path);
        session->reset();
        session->waitForWorker();
        QCoreApplication::sendPostedEvents();

        QCOMPARE(opened.count(), 0);
        QCOMPARE(session->state(), State::Untrained);
        QVERIFY(!session->isOpening());
    }

    void openingWhileTrainingIsRefusedAtOnce()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("initial.pt"));
        auto session = smallSession(50);
        QVERIFY(session->saveModel(path).ok);
        QSignalSpy opened(session.get(), &TrainingSession::modelOpened);
        QVERIFY(session->start());

        session->beginOpenModel(path);

        QCOMPARE(opened.count(), 1);
        const auto outcome = opened.at(0).at(0).value<Outcome>();
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.message,
                 QStringLiteral("the network is training: pause or stop it first"));
        QCOMPARE(session->state(), State::Running);
        session->stop();
        QVERIFY(waitForState(*session, State::Stopped));
    }
};

QTEST_GUILESS_MAIN(TestTrainingSession)
#include "tst_trainingsession.moc"
