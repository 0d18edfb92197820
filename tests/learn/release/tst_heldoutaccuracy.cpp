// SPDX-License-Identifier: MIT
// The full training run, registered in Release builds only (tests/CMakeLists.txt): under ASan
// our loop and the data handling are instrumented and the run takes minutes.
#include "learn/DigitDataset.h"
#include "learn/Evaluation.h"
#include "learn/Network.h"
#include "learn/Trainer.h"

#include <QElapsedTimer>
#include <QTest>

using namespace convlab;

class TestHeldOutAccuracy : public QObject {
    Q_OBJECT

  private slots:
    void defaultTrainingReaches97Percent();
};

void TestHeldOutAccuracy::defaultTrainingReaches97Percent()
{
    const DigitDataset data = DigitDataset::load(CONVLAB_SOURCE_DIR "/resources/data/digits.png");
    const DatasetSplit split = data.split();
    Network network(Architecture::lecture(), TrainingOptions{}.seed);
    Trainer trainer(network, data, split);
    QElapsedTimer clock;
    clock.start();

    const TrainingResult result = trainer.run([](const TrainingProgress& p) {
        if (p.epochEnd)
            qInfo("epoch %d/%d: loss %.4f, train %.1f %%, held out %.1f %%", p.epoch, p.epochs,
                  p.loss, 100 * p.trainAccuracy, 100 * p.heldOutAccuracy.value_or(0));
    });

    qInfo("%d epochs in %.1f s", result.epochsDone, double(clock.elapsed()) / 1000);
    QCOMPARE(result.outcome, TrainingOutcome::Finished);
    const Evaluation e = Evaluation::of(network, data, split.heldOut);
    QCOMPARE(e.accuracy(), *result.heldOutAccuracy);
    QVERIFY2(e.accuracy() >= 0.97, qPrintable(QStringLiteral("%1 %").arg(100 * e.accuracy())));
}

QTEST_APPLESS_MAIN(TestHeldOutAccuracy)
#include "tst_heldoutaccuracy.moc"
