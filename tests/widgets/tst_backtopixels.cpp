// SPDX-License-Identifier: MIT
// The "Back to pixels" page: every map it shows is the library's (layerGradient,
// deconvnetProjection, gradientSaliency) for the digit and the choices on screen, its numbers are
// the computed ones, and nothing is computed while the page is hidden.
#include "i18n/Language.h"
#include "learn/BackToPixels.h"
#include "learn/DigitDataset.h"
#include "learn/Network.h"
#include "learn/PixelMapView.h"
#include "learn/TrainingSession.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLocale>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace convlab;

namespace {

cv::Mat channelOf(const cv::Mat& map, int channel)
{
    cv::Mat one;
    cv::extractChannel(map, one, channel);
    return one;
}

double difference(const cv::Mat& a, const cv::Mat& b)
{
    if (a.size() != b.size() || a.type() != b.type())
        return -1;
    return cv::norm(a, b, cv::NORM_INF);
}

void switchLanguage(const QString& code)
{
    Language::apply(code);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
}

} // namespace

class TestBackToPixels : public QObject {
    Q_OBJECT
  private:
    std::shared_ptr<const Network> m_network;
    cv::Mat m_digit;
    int m_label = 0;
    std::unique_ptr<BackToPixels> m_page;

    // Shows the page with the input and waits for its first result (a worker computes it).
    bool showWithInput()
    {
        QSignalSpy computed(m_page->computer(), &PixelsComputer::computed);
        m_page->show();
        if (!QTest::qWaitForWindowExposed(m_page.get()))
            return false;
        m_page->setInput(m_network, m_digit, m_label);
        return computed.wait(60'000);
    }

    // After a change of choice: its result, when it asked for one, has arrived.
    bool recomputed(const std::function<void()>& change)
    {
        QSignalSpy computed(m_page->computer(), &PixelsComputer::computed);
        change();
        while (m_page->computer()->isBusy())
            if (!computed.wait(60'000))
                return false;
        return true;
    }

  private Q_SLOTS:
    void initTestCase()
    {
        // Any weights: the backward pass is Wᵀ for every network. A held-out digit of the sheet.
        auto data = TrainingSession::digitSheet();
        m_digit = data->image(data->split().heldOut[7]);
        auto network = std::make_shared<Network>(Architecture::lecture(), 3);
        m_label = network->predict(m_digit).digit;
        m_network = std::move(network);
    }

    void init()
    {
        switchLanguage(QStringLiteral("en"));
        m_page = std::make_unique<BackToPixels>();
        m_page->resize(1600, 700);
    }

    void cleanup() { m_page.reset(); }

    void theGradientShownIsAutogradsBesideTheTransposedConvolution_data()
    {
        QTest::addColumn<int>("stage");
        QTest::addColumn<int>("channel"); // 1-based, as on screen
        QTest::newRow("conv1, the digit") << 0 << 1;
        QTest::newRow("conv2, its third input channel") << 1 << 3;
    }

    void theGradientShownIsAutogradsBesideTheTransposedConvolution()
    {
        QFETCH(int, stage);
        QFETCH(int, channel);
        QVERIFY(showWithInput());

        QVERIFY(recomputed([&] { m_page->stageBox()->setCurrentIndex(stage); }));
        m_page->inputChannelBox()->setValue(channel);

        const LayerGradient expected = layerGradient(*m_network, m_digit, m_label, stage);
        QCOMPARE(m_page->result().gradient.stage, stage);
        QCOMPARE(difference(m_page->autogradView()->map(),
                            channelOf(expected.inputGradient, channel - 1)),
                 0.0);
        QCOMPARE(difference(m_page->transposedView()->map(),
                            channelOf(expected.transposedDelta, channel - 1)),
                 0.0);
        // The number printed is the computed one, and it is float32 rounding.
        QVERIFY(expected.inputDifference <= 1e-5 * expected.inputGradientScale);
        const QString text = m_page->gradientText();
        QVERIFY2(text.contains(QLocale().toString(expected.inputDifference, 'g', 3)),
                 qPrintable(text));
        QVERIFY2(text.contains(QLocale().toString(expected.inputGradientScale, 'g', 3)),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("the same to float32 precision")), qPrintable(text));
    }

    void theWeightGradientShownIsAutogradsBesideTheCorrelation_data()
    {
        QTest::addColumn<int>("stage");
        QTest::addColumn<int>("filter");  // 1-based, as on screen
        QTest::addColumn<int>("channel"); // 1-based
        QTest::newRow("conv1, filter 3") << 0 << 3 << 1;
        QTest::newRow("conv2, filter 11, input channel 5") << 1 << 11 << 5;
    }

    // ∂L/∂W of the chosen filter on the chosen input channel: autograd's beside ConvLab's
    // correlation of the input with δ, the numbers printed are layerGradient's.
    void theWeightGradientShownIsAutogradsBesideTheCorrelation()
    {
        QFETCH(int, stage);
        QFETCH(int, filter);
        QFETCH(int, channel);
        QVERIFY(showWithInput());

        QVERIFY(recomputed([&] { m_page->stageBox()->setCurrentIndex(stage); }));
        QCOMPARE(m_page->filterBox()->maximum(),
                 m_network->architecture().stages[std::size_t(stage)].filters);
        m_page->filterBox()->setValue(filter);
        m_page->inputChannelBox()->setValue(channel);

        const LayerGradient expected = layerGradient(*m_network, m_digit, m_label, stage);
        const std::size_t f = std::size_t(filter - 1);
        const cv::Mat autograd = channelOf(expected.weightGradient[f], channel - 1);
        QCOMPARE(autograd.rows, 5);
        QCOMPARE(difference(m_page->weightAutogradView()->map(), autograd), 0.0);
        QCOMPARE(difference(m_page->weightCorrelationView()->map(),
                            channelOf(expected.inputCorrelation[f], channel - 1)),
                 0.0);
        // The per-filter difference is that filter's, and all of them are float32 rounding.
        QCOMPARE(expected.filterDifference.size(), expected.weightGradient.size());
        QCOMPARE(expected.filterDifference[f],
                 cv::norm(expected.weightGradient[f].reshape(1),
                          expected.inputCorrelation[f].reshape(1), cv::NORM_INF));
        QVERIFY(expected.weightDifference <= 1e-5 * expected.weightGradientScale);
        const QString text = m_page->weightText();
        for (const double shown : {expected.filterDifference[f], expected.weightDifference,
                                   expected.weightGradientScale})
            QVERIFY2(text.contains(QLocale().toString(shown, 'g', 3)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("filter %1's").arg(filter)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("the same to float32 precision")), qPrintable(text));
    }

    void theStrongestUnitIsProjectedByTheDeconvnetAndTheGradient()
    {
        QVERIFY(showWithInput());
        QCOMPARE(m_page->layerBox()->currentText(), QStringLiteral("relu2"));
        QVERIFY(recomputed([&] { m_page->channelBox()->setValue(2); }));

        const ShapeTable& shapes = m_network->shapes();
        const int row = selectedLayer(shapes, {"relu2", 1, std::nullopt});
        const cv::Mat map = channelOf(m_network->activations(m_digit)[std::size_t(row)], 1);
        cv::Point strongest;
        double largest = 0;
        cv::minMaxLoc(map, nullptr, &largest, nullptr, &strongest);
        const UnitSelection unit{"relu2", 1, strongest};
        QCOMPARE(m_page->result().unit.unit, std::optional<cv::Point>(strongest));
        QCOMPARE(m_page->rowBox()->value(), strongest.y);
        QCOMPARE(m_page->columnBox()->value(), strongest.x);
        QCOMPARE(difference(m_page->deconvnetView()->map(),
                            deconvnetProjection(*m_network, m_digit, unit).pixels),
                 0.0);
        QCOMPARE(
            difference(m_page->saliencyView()->map(), gradientSaliency(*m_network, m_digit, unit)),
            0.0);
        QCOMPARE(difference(m_page->digitView()->map(), m_digit), 0.0);
        // The receptive field of relu2's unit, clipped to the digit.
        const LayerShape& layer = shapes.layer("relu2");
        const QRect field = QRect(layer.fieldStart + strongest.x * layer.jump,
                                  layer.fieldStart + strongest.y * layer.jump, layer.receptiveField,
                                  layer.receptiveField) &
                            QRect(0, 0, 20, 20);
        QCOMPARE(m_page->digitView()->outline(), field);
        QVERIFY2(m_page->unitText().contains(QLocale().toString(largest, 'g', 3)),
                 qPrintable(m_page->unitText()));
    }

    void aChosenUnitOrAWholeMapIsWhatIsSentBack()
    {
        QVERIFY(showWithInput());
        QVERIFY(recomputed([&] { m_page->layerBox()->setCurrentText(QStringLiteral("pool1")); }));
        QVERIFY(recomputed([&] {
            m_page->unitBox()->setCurrentIndex(static_cast<int>(BackToPixels::UnitChoice::At));
        }));
        QVERIFY(m_page->rowBox()->isEnabled());
        QVERIFY(recomputed([&] { m_page->rowBox()->setValue(3); }));
        QVERIFY(recomputed([&] { m_page->columnBox()->setValue(5); }));

        const UnitSelection unit{"pool1", 0, cv::Point(5, 3)};
        QCOMPARE(m_page->result().unit.unit, unit.unit);
        QCOMPARE(difference(m_page->deconvnetView()->map(),
                            deconvnetProjection(*m_network, m_digit, unit).pixels),
                 0.0);

        QVERIFY(recomputed([&] {
            m_page->unitBox()->setCurrentIndex(
                static_cast<int>(BackToPixels::UnitChoice::WholeMap));
        }));
        const UnitSelection whole{"pool1", 0, std::nullopt};
        QVERIFY(!m_page->result().unit.unit);
        QCOMPARE(difference(m_page->deconvnetView()->map(),
                            deconvnetProjection(*m_network, m_digit, whole).pixels),
                 0.0);
        QCOMPARE(m_page->digitView()->outline(), QRect());
    }

    void aHiddenPageComputesNothingUntilShown()
    {
        m_page->setInput(m_network, m_digit, m_label);

        QVERIFY(!m_page->computer()->isBusy());
        QVERIFY(m_page->result().gradient.inputGradient.empty());

        QSignalSpy computed(m_page->computer(), &PixelsComputer::computed);
        m_page->show();
        QVERIFY(computed.wait(60'000));
        QVERIFY(!m_page->result().gradient.inputGradient.empty());
    }

    void withoutADigitThePageSaysWhereToDrawOne()
    {
        m_page->show();
        m_page->setInput(m_network, cv::Mat(), -1);
        m_page->computeNow();

        QVERIFY(m_page->result().projection.pixels.empty());
        QVERIFY(m_page->gradientText().isEmpty());
        QVERIFY(m_page->autogradView()->map().empty());
        QVERIFY(m_page->weightText().isEmpty());
        QVERIFY(m_page->weightAutogradView()->map().empty());
    }

    void switchingTheLanguageRewritesTheSentencesOfTheSameNumbers()
    {
        m_page->show();
        m_page->setInput(m_network, m_digit, m_label);
        m_page->computeNow();
        const QString english = m_page->gradientText();
        const QString englishWeights = m_page->weightText();

        switchLanguage(QStringLiteral("fr"));

        const QString french = m_page->gradientText();
        QVERIFY(french != english);
        const QString frenchWeights = m_page->weightText();
        QVERIFY(frenchWeights != englishWeights);
        QVERIFY2(frenchWeights.contains(
                     QLocale().toString(m_page->result().gradient.weightDifference, 'g', 3)),
                 qPrintable(frenchWeights));
        QVERIFY2(
            french.contains(QLocale().toString(m_page->result().gradient.inputDifference, 'g', 3)),
            qPrintable(french));
        QCOMPARE(m_page->unitBox()->itemText(1), QStringLiteral("la carte entière"));
        switchLanguage(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestBackToPixels)
#include "tst_backtopixels.moc"
