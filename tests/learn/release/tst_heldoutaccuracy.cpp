// SPDX-License-Identifier: MIT
// The full training run, registered in Release builds only (tests/CMakeLists.txt): under ASan
// our loop and the data handling are instrumented and the run takes minutes.
#include "LessonPatch.h"
#include "learn/DigitDataset.h"
#include "learn/Evaluation.h"
#include "learn/Network.h"
#include "learn/Trainer.h"

#include <QElapsedTimer>
#include <QTest>
#include <optional>

using namespace convlab;

class TestHeldOutAccuracy : public QObject {
    Q_OBJECT

  private slots:
    void initTestCase();
    void defaultTrainingReaches97Percent();
    void lesson11ShowsFilter3OfThisRun();

  private:
    std::optional<DigitDataset> m_data;
    std::optional<DatasetSplit> m_split;
    std::optional<Network> m_network;
    TrainingResult m_result;
};

// The default run: what the Learned Filters page and `convlab train` do without options.
void TestHeldOutAccuracy::initTestCase()
{
    m_data = DigitDataset::load(CONVLAB_SOURCE_DIR "/resources/data/digits.png");
    m_split = m_data->split();
    m_network.emplace(Architecture::lecture(), TrainingOptions{}.seed);
    Trainer trainer(*m_network, *m_data, *m_split);
    QElapsedTimer clock;
    clock.start();
    m_result = trainer.run([](const TrainingProgress& p) {
        if (p.epochEnd)
            qInfo("epoch %d/%d: loss %.4f, train %.1f %%, held out %.1f %%", p.epoch, p.epochs,
                  p.loss, 100 * p.trainAccuracy, 100 * p.heldOutAccuracy.value_or(0));
    });
    qInfo("%d epochs in %.1f s", m_result.epochsDone, double(clock.elapsed()) / 1000);
}

void TestHeldOutAccuracy::defaultTrainingReaches97Percent()
{
    QCOMPARE(m_result.outcome, TrainingOutcome::Finished);
    const Evaluation e = Evaluation::of(*m_network, *m_data, m_split->heldOut);
    QCOMPARE(e.accuracy(), *m_result.heldOutAccuracy);
    QVERIFY2(e.accuracy() >= 0.97, qPrintable(QStringLiteral("%1 %").arg(100 * e.accuracy())));
}

// Lesson 11's trained patch is filter 3 of the default run. One thread and a seed make the run
// repeatable; the tolerance allows for another CPU's rounding in libtorch's kernels.
void TestHeldOutAccuracy::lesson11ShowsFilter3OfThisRun()
{
    const cv::Mat shown = test::lessonPatchValues("11_learned_from_digits.convlab", 3);
    const cv::Mat filter = m_network->filters(0)[2];
    QCOMPARE(shown.size(), filter.size());
    const double difference = cv::norm(shown, filter, cv::NORM_INF);
    QVERIFY2(difference <= 1e-3, qPrintable(QString::number(difference)));
}

QTEST_APPLESS_MAIN(TestHeldOutAccuracy)
#include "tst_heldoutaccuracy.moc"
