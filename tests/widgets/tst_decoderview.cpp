// SPDX-License-Identifier: MIT
// The decoders learning live: a seeded small run publishes every epoch of both decoders as the
// library computes them, the view draws those numbers and outputs, and Stop ends a run.
#include "i18n/Language.h"
#include "learn/DecoderSession.h"
#include "learn/DecoderView.h"
#include "learn/EnergyCurve.h"
#include "learn/PixelMapView.h"
#include "learn/TrainingSession.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace convlab;

namespace {

// The library's own small run (tests/learn/tst_upsamplingdecoder): 60 batches per decoder.
DecoderOptions small()
{
    DecoderOptions o;
    o.trainDigits = 640;
    o.epochs = 3;
    o.monitorDigits = 40;
    o.samples = 3;
    o.seed = 7;
    return o;
}

std::vector<DecoderEpoch> libraryRun(DecoderKind kind)
{
    DecoderOptions o = small();
    o.kind = kind;
    const auto data = TrainingSession::digitSheet();
    UpsamplingDecoder decoder(*data, data->split(), o);
    std::vector<DecoderEpoch> epochs{decoder.measure()};
    while (!decoder.finished())
        epochs.push_back(decoder.trainEpoch());
    return epochs;
}

QString number(double value)
{
    return QLocale().toString(value, 'g', 3);
}

void switchLanguage(const QString& code)
{
    Language::apply(code);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
}

} // namespace

class TestDecoderView : public QObject {
    Q_OBJECT
  private:
    std::unique_ptr<DecoderSession> m_session;
    std::unique_ptr<DecoderView> m_view;

    bool runToTheEnd()
    {
        QSignalSpy finished(m_session.get(), &DecoderSession::finished);
        QTest::mouseClick(m_view->startButton(), Qt::LeftButton);
        return finished.wait(300'000);
    }

  private Q_SLOTS:
    void init()
    {
        switchLanguage(QStringLiteral("en"));
        const auto data = TrainingSession::digitSheet();
        m_session = std::make_unique<DecoderSession>(data, data->split());
        m_session->setOptions(small());
        m_view = std::make_unique<DecoderView>(m_session.get());
        m_view->resize(1400, 700);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    void cleanup()
    {
        m_view.reset();
        m_session.reset();
    }

    void aSeededRunShowsEveryEpochAsTheLibraryComputesIt()
    {
        QVERIFY(runToTheEnd());

        QVERIFY(m_session->message().isEmpty());
        QVERIFY(m_view->startButton()->isEnabled());
        QVERIFY(!m_view->stopButton()->isEnabled());
        for (DecoderKind kind : DecoderSession::kKinds) {
            const std::vector<DecoderEpoch> expected = libraryRun(kind);
            const std::vector<DecoderEpoch>& shown = m_session->history(kind);
            QCOMPARE(shown.size(), expected.size()); // epochs 0 to 3
            const EnergyCurve::Series& curve =
                m_view->curve()->series()[kind == DecoderKind::Transposed ? 0 : 1];
            for (std::size_t e = 0; e < expected.size(); ++e) {
                QCOMPARE(shown[e].epoch, int(e));
                QCOMPARE(shown[e].checkerboardEnergy, expected[e].checkerboardEnergy);
                QCOMPARE(shown[e].heldOutLoss, expected[e].heldOutLoss);
                QCOMPARE(curve.values[e], expected[e].checkerboardEnergy);
            }
            const int row = kind == DecoderKind::Transposed ? 1 : 2;
            for (int i = 0; i < 3; ++i)
                QCOMPARE(cv::norm(m_view->sample(row, i)->map(), expected.back().samples[i],
                                  cv::NORM_INF),
                         0.0);
        }
        // The transposed decoder's checkerboard fades as it learns.
        const std::vector<DecoderEpoch>& transposed = m_session->history(DecoderKind::Transposed);
        QVERIFY(transposed.back().checkerboardEnergy < transposed.front().checkerboardEnergy);
        const auto data = TrainingSession::digitSheet();
        const int first = data->split().heldOut.front();
        QCOMPARE(cv::norm(m_view->sample(3, 0)->map(), data->image(first), cv::NORM_INF), 0.0);
        const QString facts = m_view->factsText();
        QVERIFY2(facts.contains(number(transposed.back().checkerboardEnergy)), qPrintable(facts));
        QVERIFY2(facts.contains(
                     number(m_session->history(DecoderKind::ResizeConv).back().checkerboardEnergy)),
                 qPrintable(facts));
        QVERIFY2(facts.contains(number(m_session->targetEnergy())), qPrintable(facts));
        QVERIFY2(facts.startsWith(QStringLiteral("After epoch 3 of 3")), qPrintable(facts));

        switchLanguage(QStringLiteral("fr"));
        QVERIFY(m_view->factsText() != facts);
        QVERIFY(m_view->factsText().contains(number(transposed.back().checkerboardEnergy)));
        switchLanguage(QStringLiteral("en"));
    }

    void stopEndsTheRunAfterTheEpochUnderWay()
    {
        QSignalSpy finished(m_session.get(), &DecoderSession::finished);
        QTest::mouseClick(m_view->startButton(), Qt::LeftButton);
        QVERIFY(m_view->stopButton()->isEnabled());

        QTest::mouseClick(m_view->stopButton(), Qt::LeftButton);

        QVERIFY(finished.wait(300'000));
        QVERIFY(!m_session->isRunning());
        QVERIFY(m_session->history(DecoderKind::Transposed).size() < 4);
        QVERIFY(m_view->startButton()->isEnabled());
    }
};

QTEST_MAIN(TestDecoderView)
#include "tst_decoderview.moc"
