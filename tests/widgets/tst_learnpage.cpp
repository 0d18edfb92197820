// SPDX-License-Identifier: MIT
// The learned-filters page: what it shows is the network's (filters, predictions), a drawn
// digit is read as `convlab predict` reads an image, and a change of language keeps its widgets.
#include "i18n/Language.h"
#include "learn/DigitImage.h"
#include "learn/DigitPad.h"
#include "learn/FeatureMaps.h"
#include "learn/FilterGrid.h"
#include "learn/LearnPage.h"
#include "learn/NetworkTable.h"
#include "learn/ProbabilityBars.h"
#include "learn/TrainingCurves.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace convlab;
using State = TrainingSession::State;

namespace {

DatasetSplit smallSplit(const DigitDataset& data)
{
    const DatasetSplit full = data.split();
    DatasetSplit small;
    for (std::size_t i = 0; i < full.train.size() && small.train.size() < 640; i += 6)
        small.train.push_back(full.train[i]);
    for (std::size_t i = 0; i < full.heldOut.size(); i += 10)
        small.heldOut.push_back(full.heldOut[i]);
    return small;
}

bool waitForState(TrainingSession& session, State state)
{
    QElapsedTimer clock;
    clock.start();
    while (session.state() != state && clock.elapsed() < 120'000)
        QTest::qWait(5);
    return session.state() == state;
}

void switchLanguage(const QString& code)
{
    Language::apply(code);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
}

} // namespace

class TestLearnPage : public QObject {
    Q_OBJECT
  private:
    std::unique_ptr<TrainingSession> m_session;
    std::unique_ptr<LearnPage> m_page;

  private slots:
    void init()
    {
        auto data = TrainingSession::digitSheet();
        m_session = std::make_unique<TrainingSession>(data, smallSplit(*data));
        TrainingSettings settings = m_session->settings();
        settings.epochs = 1;
        m_session->setSettings(settings);
        m_page = std::make_unique<LearnPage>(m_session.get());
        m_page->epochsBox()->setValue(1);
        m_page->resize(1400, 900);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanup()
    {
        m_page.reset();
        m_session.reset();
        Language::apply(QStringLiteral("en"));
    }

    void theTableListsEveryLayerWithItsShape()
    {
        QTableWidget* table = m_page->networkTable()->table();

        QCOMPARE(table->rowCount(), 8); // conv, relu, pool twice, linear, total
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("conv1"));
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("8 × 20 × 20"));
        QCOMPARE(table->item(5, 1)->text(), QStringLiteral("16 × 5 × 5"));
        QCOMPARE(table->item(7, 2)->text(), QLocale().toString(7434));
    }

    void anImpossibleArchitectureIsExplainedNamingTheLayer()
    {
        NetworkTable* table = m_page->networkTable();
        table->stageBox()->setValue(3);
        table->stageBoxes(2)[1]->setValue(9);
        table->stageBoxes(2)[3]->setValue(0); // conv3's kernel 9 on 5×5 maps, no padding

        QVERIFY(!table->isPossible());
        QVERIFY2(table->problem().contains(QLatin1String("conv3")), qPrintable(table->problem()));
        QVERIFY(table->findChild<QLabel*>(QStringLiteral("architectureProblem"))->isVisible());
        QCOMPARE(m_session->settings().architecture.stages.at(2).kernel, 5); // the last possible

        table->stageBoxes(2)[1]->setValue(3);

        QVERIFY(table->isPossible());
        QCOMPARE(m_session->settings().architecture.stages.at(2).kernel, 3);
        QCOMPARE(m_session->network()->architecture().stages.size(), std::size_t(3));
    }

    void theFiltersShownAreTheNetworksWhileAndAfterTraining()
    {
        const std::vector<cv::Mat> initial = m_session->network()->filters(0);
        for (std::size_t i = 0; i < initial.size(); ++i)
            QCOMPARE(
                cv::norm(m_page->firstLayer()->cell(static_cast<int>(i)), initial[i], cv::NORM_INF),
                0.0);

        QTest::mouseClick(m_page->trainButton(), Qt::LeftButton);
        QVERIFY(waitForState(*m_session, State::Finished));

        const std::vector<cv::Mat> trained = m_session->network()->filters(0);
        QCOMPARE(m_page->firstLayer()->count(), 8);
        for (std::size_t i = 0; i < trained.size(); ++i)
            QCOMPARE(
                cv::norm(m_page->firstLayer()->cell(static_cast<int>(i)), trained[i], cv::NORM_INF),
                0.0);
        const std::vector<cv::Mat> second = m_session->network()->filters(1);
        QCOMPARE(m_page->secondLayer()->count(), 16 * 8);
        cv::Mat channel;
        cv::extractChannel(second[3], channel, 5);
        QCOMPARE(cv::norm(m_page->secondLayer()->cell(5 * 16 + 3), channel, cv::NORM_INF), 0.0);
        QVERIFY(!m_page->curves()->loss().isEmpty());
        QCOMPARE(m_page->curves()->heldOutAccuracy().size(), 1);
    }

    // How long the GUI thread may be blocked is measured by convlab_latency_bench (README); here,
    // that the page keeps turning the event loop and following the worker until it finishes.
    void theEventLoopTurnsWhileThePageFollowsTraining()
    {
        TrainingSettings settings = m_session->settings();
        settings.epochs = 3;
        m_session->setSettings(settings);
        m_page->epochsBox()->setValue(3);
        int ticks = 0;
        int progressShown = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
        connect(m_session.get(), &TrainingSession::progressed, this, [&] { ++progressShown; });

        QTest::mouseClick(m_page->trainButton(), Qt::LeftButton);
        ticker.start(0);
        QVERIFY(waitForState(*m_session, State::Finished));
        ticker.stop();

        QVERIFY2(ticks > 10, qPrintable(QString::number(ticks)));
        QVERIFY2(progressShown > 3, qPrintable(QString::number(progressShown)));
        QCOMPARE(m_page->progressBar()->value(), m_page->progressBar()->maximum());
    }

    void aDrawnDigitIsPredictedAsConvlabPredictReadsIt()
    {
        DigitPad* pad = m_page->pad();
        QTest::mouseClick(m_page->findChild<QPushButton*>(QStringLiteral("clearPadButton")),
                          Qt::LeftButton);
        QVERIFY(pad->isBlank());
        QCOMPARE(m_page->bars()->predicted(), -1);
        const QRect r = pad->rect();
        const int side = std::min(r.width(), r.height());
        const QPoint origin((r.width() - side) / 2, (r.height() - side) / 2);
        const auto at = [&](double x, double y) {
            return origin + QPoint(static_cast<int>(x * side), static_cast<int>(y * side));
        };
        // A 7: the bar, then the stroke down.
        QTest::mousePress(pad, Qt::LeftButton, {}, at(0.3, 0.25));
        QSignalSpy changed(pad, &DigitPad::changed);
        for (double t = 0; t <= 1.0; t += 0.1) {
            QMouseEvent move(QEvent::MouseMove, at(0.3 + 0.4 * t, 0.25),
                             pad->mapToGlobal(at(0.3 + 0.4 * t, 0.25)), Qt::NoButton,
                             Qt::LeftButton, {});
            QCoreApplication::sendEvent(pad, &move);
        }
        for (double t = 0; t <= 1.0; t += 0.1) {
            const QPoint p = at(0.7 - 0.25 * t, 0.25 + 0.5 * t);
            QMouseEvent move(QEvent::MouseMove, p, pad->mapToGlobal(p), Qt::NoButton,
                             Qt::LeftButton, {});
            QCoreApplication::sendEvent(pad, &move);
        }
        QTest::mouseRelease(pad, Qt::LeftButton, {}, at(0.45, 0.75));

        QVERIFY(changed.count() > 10);
        QVERIFY(!pad->isBlank());
        const cv::Mat digit = prepareDigit(pad->image());
        const Prediction expected = m_session->network()->predict(digit);
        QCOMPARE(cv::norm(m_page->digit(), digit, cv::NORM_INF), 0.0);
        QCOMPARE(m_page->prediction().probabilities, expected.probabilities);
        QCOMPARE(m_page->bars()->probabilities(), expected.probabilities);
        QCOMPARE(m_page->prediction().digit, expected.digit);
        QCOMPARE(m_page->featureMaps()->shownLayers().size(), std::size_t(4));
    }

    void aHeldOutDigitIsTakenAsItIs()
    {
        m_page->pickHeldOut(5);

        const int index = m_session->split().heldOut[5];
        const cv::Mat digit = m_session->data().image(index);
        QCOMPARE(cv::norm(m_page->digit(), digit, cv::NORM_INF), 0.0);
        QCOMPARE(m_page->prediction().probabilities,
                 m_session->network()->predict(digit).probabilities);
    }

    void theReceptiveFieldOfAUnitGrowsLayerByLayer()
    {
        m_page->pickHeldOut(0);
        FeatureMaps* maps = m_page->featureMaps();
        const std::vector<int>& layers = maps->shownLayers();

        const QRect conv1 = maps->receptiveField({layers[0], 0, 10, 10});
        const QRect conv2 = maps->receptiveField({layers[2], 0, 5, 5});

        QCOMPARE(conv1, QRect(8, 8, 5, 5)); // rows 8–12 around (10, 10), padding 2
        QCOMPARE(conv2.width(), 14);
    }

    void switchingTheLanguageKeepsEveryWidget()
    {
        const QList<QWidget*> before = m_page->findChildren<QWidget*>();
        const QString english = m_page->trainButton()->text();

        switchLanguage(QStringLiteral("fr"));
        const QString french = m_page->trainButton()->text();
        switchLanguage(QStringLiteral("en"));

        QCOMPARE(m_page->findChildren<QWidget*>(), before);
        QVERIFY(french != english);
        QCOMPARE(m_page->trainButton()->text(), english);
    }
};

QTEST_MAIN(TestLearnPage)
#include "tst_learnpage.moc"
