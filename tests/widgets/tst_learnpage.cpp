// SPDX-License-Identifier: MIT
// The learned-filters page: what it shows is the network's (filters, predictions), a drawn
// digit is read as `convlab predict` reads an image, and a change of language keeps its widgets.
#include "document/Document.h"
#include "i18n/Language.h"
#include "learn/ConfusionMatrix.h"
#include "learn/DigitImage.h"
#include "learn/DigitPad.h"
#include "learn/FeatureMaps.h"
#include "learn/FilterGrid.h"
#include "learn/LearnPage.h"
#include "learn/NetworkTable.h"
#include "learn/OwnDigitsPanel.h"
#include "learn/ProbabilityBars.h"
#include "learn/TrainingCurves.h"
#include "session/Outcome.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <opencv2/imgcodecs.hpp>

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

// `convlab predict MODEL IMAGE --json`: the digit and the ten probabilities.
Prediction convlabPredict(const QString& model, const QString& image)
{
    QProcess process;
    process.start(QStringLiteral(CONVLAB_EXE),
                  {QStringLiteral("predict"), model, image, QStringLiteral("--json")});
    if (!process.waitForFinished(240'000) || process.exitCode() != 0)
        return {};
    const QJsonObject json = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    Prediction prediction;
    prediction.digit = json.value(QStringLiteral("digit")).toInt(-1);
    for (const QJsonValue p : json.value(QStringLiteral("probabilities")).toArray())
        prediction.probabilities.push_back(static_cast<float>(p.toDouble()));
    return prediction;
}

bool sameFilters(const std::vector<cv::Mat>& a, const std::vector<cv::Mat>& b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].size != b[i].size || cv::norm(a[i], b[i], cv::NORM_INF) != 0)
            return false;
    return true;
}

// A 7 drawn with the mouse: the bar, then the stroke down.
void drawSeven(DigitPad* pad)
{
    const QRect r = pad->rect();
    const int side = std::min(r.width(), r.height());
    const QPoint origin((r.width() - side) / 2, (r.height() - side) / 2);
    const auto at = [&](double x, double y) {
        return origin + QPoint(static_cast<int>(x * side), static_cast<int>(y * side));
    };
    QTest::mousePress(pad, Qt::LeftButton, {}, at(0.3, 0.25));
    for (double t = 0; t <= 1.0; t += 0.1) {
        QMouseEvent move(QEvent::MouseMove, at(0.3 + 0.4 * t, 0.25),
                         pad->mapToGlobal(at(0.3 + 0.4 * t, 0.25)), Qt::NoButton, Qt::LeftButton,
                         {});
        QCoreApplication::sendEvent(pad, &move);
    }
    for (double t = 0; t <= 1.0; t += 0.1) {
        const QPoint p = at(0.7 - 0.25 * t, 0.25 + 0.5 * t);
        QMouseEvent move(QEvent::MouseMove, p, pad->mapToGlobal(p), Qt::NoButton, Qt::LeftButton,
                         {});
        QCoreApplication::sendEvent(pad, &move);
    }
    QTest::mouseRelease(pad, Qt::LeftButton, {}, at(0.45, 0.75));
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
        QSignalSpy changed(pad, &DigitPad::changed);
        drawSeven(pad);

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

    void theConfusionMatrixCountsWhatTheNetworkReadsInTheHeldOutDigits()
    {
        ConfusionMatrix* matrix = m_page->confusionMatrix();
        QVERIFY(matrix->isEmpty());

        QTest::mouseClick(m_page->trainButton(), Qt::LeftButton);
        QVERIFY(waitForState(*m_session, State::Finished));

        const Network& network = *m_session->network();
        std::vector<std::vector<int>> expected(10, std::vector<int>(10, 0));
        for (const int index : m_session->split().heldOut)
            ++expected[static_cast<std::size_t>(m_session->data().label(index))]
                      [static_cast<std::size_t>(
                          network.predict(m_session->data().image(index)).digit)];
        QCOMPARE(matrix->classes(), 10);
        for (int label = 0; label < 10; ++label)
            for (int predicted = 0; predicted < 10; ++predicted)
                QCOMPARE(
                    matrix->count(label, predicted),
                    expected[static_cast<std::size_t>(label)][static_cast<std::size_t>(predicted)]);

        QTest::mouseClick(m_page->resetButton(), Qt::LeftButton);

        QVERIFY(matrix->isEmpty());
    }

    void clickingACellBrowsesItsDigits_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("readAs"); // in the caption of a wrong cell
        QTest::addColumn<QString>("showing");
        QTest::newRow("en") << "en"
                            << "read as"
                            << "showing 1 of";
        QTest::newRow("fr") << "fr"
                            << "pris pour un"
                            << "1 affiché sur";
    }

    void clickingACellBrowsesItsDigits()
    {
        QFETCH(QString, language);
        QFETCH(QString, readAs);
        QFETCH(QString, showing);
        switchLanguage(language);
        QTest::mouseClick(m_page->trainButton(), Qt::LeftButton);
        QVERIFY(waitForState(*m_session, State::Finished));
        ConfusionMatrix* matrix = m_page->confusionMatrix();
        // The wrong cell with the most digits (one epoch on 640 digits leaves a few).
        ConfusionMatrix::Cell cell;
        int count = 0;
        for (int label = 0; label < 10; ++label)
            for (int predicted = 0; predicted < 10; ++predicted)
                if (label != predicted && matrix->count(label, predicted) > count) {
                    cell = {label, predicted};
                    count = matrix->count(label, predicted);
                }
        QVERIFY(count > 1);

        QTest::mouseClick(matrix, Qt::LeftButton, {},
                          matrix->cellRect(cell.label, cell.predicted).center());

        const std::vector<int>& browsed = m_page->browsedDigits();
        QCOMPARE(static_cast<int>(browsed.size()), count);
        const Network& network = *m_session->network();
        const auto check = [&](int position) {
            const int index = m_session->split().heldOut[static_cast<std::size_t>(position)];
            const cv::Mat digit = m_session->data().image(index);
            QCOMPARE(m_session->data().label(index), cell.label);
            QCOMPARE(network.predict(digit).digit, cell.predicted);
            QCOMPARE(m_page->heldOutBox()->value(), position + 1);
            QCOMPARE(cv::norm(m_page->digit(), digit, cv::NORM_INF), 0.0);
            QCOMPARE(m_page->prediction().digit, cell.predicted);
        };
        check(browsed[0]);
        QCOMPARE(matrix->selected(), std::optional(cell));
        const QString caption = m_page->browseCaption()->text();
        QVERIFY2(caption.startsWith(QString::number(count) + QLatin1Char(' ')) &&
                     caption.contains(readAs) && caption.contains(showing) &&
                     caption.endsWith(QString::number(count)),
                 qPrintable(caption));

        QTest::mouseClick(m_page->nextButton(), Qt::LeftButton);

        check(browsed[1]);
        QVERIFY2(m_page->browseCaption()->text().contains(QLatin1String(" 2 ")),
                 qPrintable(m_page->browseCaption()->text()));
    }

    void aSavedModelReopensWithItsFiltersAndPredictions()
    {
        QTemporaryDir dir;
        const QString model = dir.filePath(QStringLiteral("page model.pt"));
        m_page->setModelPathChooser([&](LearnPage::ModelFileChoice choice) {
            return choice == LearnPage::ModelFileChoice::Save ? model : QString();
        });
        QTest::mouseClick(m_page->trainButton(), Qt::LeftButton);
        QVERIFY(waitForState(*m_session, State::Finished));
        const std::vector<cv::Mat> first = m_session->network()->filters(0);
        const std::vector<cv::Mat> second = m_session->network()->filters(1);
        m_page->pickHeldOut(7);
        const Prediction shown = m_page->prediction();
        const QString image = dir.filePath(QStringLiteral("digit.png"));
        cv::Mat pixels;
        m_page->digit().convertTo(pixels, CV_8U, 255);
        QVERIFY(cv::imwrite(image.toStdString(), pixels));

        QTest::mouseClick(m_page->saveModelButton(), Qt::LeftButton);

        QVERIFY(QFileInfo::exists(model));
        QVERIFY(!m_page->problemLabel()->isVisibleTo(m_page.get()));
        const Prediction read = convlabPredict(model, image);
        QCOMPARE(read.digit, shown.digit);
        QCOMPARE(read.probabilities.size(), shown.probabilities.size());
        for (std::size_t d = 0; d < shown.probabilities.size(); ++d)
            QVERIFY(std::abs(read.probabilities[d] - shown.probabilities[d]) < 1e-5f);

        m_page->seedBox()->setValue(77);
        QTest::mouseClick(m_page->resetButton(), Qt::LeftButton);
        QVERIFY(!sameFilters(m_session->network()->filters(0), first));
        m_page->setModelPathChooser([&](LearnPage::ModelFileChoice choice) {
            return choice == LearnPage::ModelFileChoice::Open ? model : QString();
        });

        QSignalSpy opened(m_session.get(), &TrainingSession::modelOpened);
        QTest::mouseClick(m_page->openModelButton(), Qt::LeftButton);

        // Read on the session's worker: the page says so and waits, responsive.
        QVERIFY2(m_page->statusText().startsWith(QLatin1String("Opening the model page model.pt")),
                 qPrintable(m_page->statusText()));
        QVERIFY(!m_page->openModelButton()->isEnabled());
        QVERIFY(opened.wait(120'000));
        QVERIFY(m_page->openModelButton()->isEnabled());
        QCOMPARE(m_session->state(), State::Opened);
        QVERIFY(sameFilters(m_session->network()->filters(0), first));
        QVERIFY(sameFilters(m_session->network()->filters(1), second));
        for (std::size_t i = 0; i < first.size(); ++i)
            QCOMPARE(
                cv::norm(m_page->firstLayer()->cell(static_cast<int>(i)), first[i], cv::NORM_INF),
                0.0);
        QCOMPARE(m_page->prediction().probabilities, shown.probabilities);
        QVERIFY(!m_page->confusionMatrix()->isEmpty()); // evaluated on the held-out digits
        QVERIFY2(m_page->statusText().contains(QLatin1String("page model.pt")),
                 qPrintable(m_page->statusText()));
    }

    void aTruncatedOrForeignModelIsRefusedAndTheNetworkKept_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("problem");
        QTest::newRow("en") << "en"
                            << "truncated";
        QTest::newRow("fr") << "fr"
                            << "tronqué";
    }

    void aTruncatedOrForeignModelIsRefusedAndTheNetworkKept()
    {
        QFETCH(QString, language);
        QFETCH(QString, problem);
        switchLanguage(language);
        QTemporaryDir dir;
        const QString whole = dir.filePath(QStringLiteral("whole.pt"));
        QVERIFY(m_page->saveModel(whole).ok);
        QFile file(whole);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const QString truncated = dir.filePath(QStringLiteral("truncated.pt"));
        QFile cut(truncated);
        QVERIFY(cut.open(QIODevice::WriteOnly));
        cut.write(bytes.left(bytes.size() / 2));
        cut.close();
        const std::shared_ptr<const Network> before = m_session->network();

        const Outcome outcome = m_page->openModel(truncated);

        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.message.contains(truncated) && outcome.message.contains(problem),
                 qPrintable(outcome.message));
        QCOMPARE(m_session->network(), before);
        QCOMPARE(m_session->state(), State::Untrained);
        QVERIFY(m_page->problemLabel()->isVisibleTo(m_page.get()));
        QVERIFY2(m_page->problemLabel()->text().contains(QLatin1String("truncated.pt")),
                 qPrintable(m_page->problemLabel()->text()));

        const QString foreign = dir.filePath(QStringLiteral("notes.txt"));
        QFile text(foreign);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("not a model\n");
        text.close();

        const Outcome refused = m_page->openModel(foreign);

        QVERIFY(!refused.ok);
        QVERIFY2(refused.message.contains(foreign), qPrintable(refused.message));
        QCOMPARE(m_session->network(), before);
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

    void ownDigitsAreAddedListedRemovedAndUndone()
    {
        Document document;
        m_page->setDocument(&document);
        OwnDigitsPanel* panel = m_page->ownDigits();
        // Under the pad, the own digits share a tab widget with the held-out digits.
        auto* tabs = m_page->findChild<QTabWidget*>(QStringLiteral("digitTabs"));
        QVERIFY(tabs);
        tabs->setCurrentWidget(panel);
        QVERIFY(panel->isEnabled());
        QCOMPARE(panel->list()->count(), 0);

        // The pad shows a held-out digit (init picks one): the network is measured on it.
        QTest::mouseClick(panel->addButton(), Qt::LeftButton);
        QVERIFY(document.ownDigits().empty());
        QVERIFY(panel->problemLabel()->isVisibleTo(m_page.get()));
        QVERIFY2(
            panel->problemLabel()->text().contains(QStringLiteral("20 × 20 pixels, not drawn")),
            qPrintable(panel->problemLabel()->text()));

        drawSeven(m_page->pad());
        panel->labelBox()->setValue(7);
        QTest::mouseClick(panel->addButton(), Qt::LeftButton);
        panel->labelBox()->setValue(1);
        QTest::mouseClick(panel->addButton(), Qt::LeftButton);

        QVERIFY(!panel->problemLabel()->isVisibleTo(m_page.get()));
        QCOMPARE(document.ownDigits().size(), std::size_t{2});
        QCOMPARE(document.ownDigits()[0].label, 7);
        // Kept as the network read it for the prediction: prepareDigit of the drawing.
        QCOMPARE(cv::norm(document.ownDigits()[0].pixels, prepareDigit(m_page->pad()->image()),
                          cv::NORM_INF),
                 0.0);
        QVERIFY(document.isModified());
        QCOMPARE(panel->list()->count(), 2);
        QCOMPARE(panel->list()->item(0)->text(), QStringLiteral("7"));
        QCOMPARE(panel->list()->item(1)->text(), QStringLiteral("1"));
        QVERIFY(!panel->list()->item(0)->icon().isNull());
        // The counts per digit: 0 to 9 over 0, 1, 0, 0, 0, 0, 0, 1, 0, 0.
        const QString counts = panel->countsLabel()->text();
        QVERIFY2(counts.startsWith(QLatin1String("2 digit")) &&
                     counts.contains(QLatin1String("of your own (at most 500):<table")),
                 qPrintable(counts));
        QVERIFY2(counts.contains(QLatin1String(
                     "<td align=\"center\"><b>0</b></td><td align=\"center\"><b>1</b></td><td "
                     "align=\"center\"><b>0</b></td>")),
                 qPrintable(counts));
        QCOMPARE(counts.count(QLatin1String("<b>1</b>")), 2);
        QCOMPARE(m_session->ownDigits().size(), std::size_t{2});

        QVERIFY(!panel->removeButton()->isEnabled());
        panel->list()->setCurrentRow(0);
        QTest::mouseClick(panel->removeButton(), Qt::LeftButton);

        QCOMPARE(panel->list()->count(), 1);
        QCOMPARE(panel->list()->item(0)->text(), QStringLiteral("1"));
        QCOMPARE(m_session->ownDigits().size(), std::size_t{1});
        document.undoStack()->undo();
        QCOMPARE(panel->list()->count(), 2);
        QCOMPARE(panel->list()->item(0)->text(), QStringLiteral("7"));
        document.undoStack()->undo();
        document.undoStack()->undo();
        QCOMPARE(panel->list()->count(), 0);
        QVERIFY(m_session->ownDigits().empty());
        QVERIFY(!document.isModified());
        document.undoStack()->redo();
        QCOMPARE(panel->list()->count(), 1);
        QCOMPARE(m_session->ownDigits().size(), std::size_t{1});
    }

    void theRunSaysHowManyOwnDigitsItTrainsOn()
    {
        Document document;
        m_page->setDocument(&document);
        drawSeven(m_page->pad());
        QVERIFY(m_page->addOwnDigit(7).ok);
        QVERIFY(m_page->addOwnDigit(7).ok);
        QLabel* run = m_page->ownDigits()->findChild<QLabel*>(QStringLiteral("ownDigitRun"));
        QCOMPARE(
            run->text(),
            QStringLiteral("The next run trains on the sheet's 640 digits and 2 of your own."));

        QTest::mouseClick(m_page->trainButton(), Qt::LeftButton);
        QVERIFY(m_page->addOwnDigit(7).ok); // for the next run

        QCOMPARE(m_session->ownDigitsInRun(), 2);
        QCOMPARE(run->text(),
                 QStringLiteral("This run trains on 2 of your own digits; the next one on 3."));
        QVERIFY(waitForState(*m_session, State::Finished));
        document.undoStack()->undo();
        QCOMPARE(run->text(), QStringLiteral("The last run trained on 642 digits: the sheet's 640 "
                                             "and 2 of your own."));
    }

    void ownDigitsInFrench()
    {
        Document document;
        m_page->setDocument(&document);
        drawSeven(m_page->pad());
        QVERIFY(m_page->addOwnDigit(7).ok);
        switchLanguage(QStringLiteral("fr"));

        const QString refused = m_page->addOwnDigit(12).message;
        OwnDigitsPanel* panel = m_page->ownDigits();

        QCOMPARE(panel->addButton()->text(), QStringLiteral("&Ajouter à l'entraînement"));
        QVERIFY2(refused.contains(QLatin1String("12")) &&
                     refused.contains(QLatin1String("chiffre")),
                 qPrintable(refused));
        QVERIFY2(panel->countsLabel()->text().startsWith(QStringLiteral("1 chiffre à vous")),
                 qPrintable(panel->countsLabel()->text()));
    }

    void withoutADocumentTheOwnDigitsAreOff()
    {
        QVERIFY(!m_page->ownDigits()->isEnabled());
        drawSeven(m_page->pad());

        const Outcome outcome = m_page->addOwnDigit(3);

        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.message, QStringLiteral("there is no document to keep it in"));
    }
};

QTEST_MAIN(TestLearnPage)
#include "tst_learnpage.moc"
