// SPDX-License-Identifier: MIT
// `convlab render` end to end: its pixels against the real MainWindow drawing the same lesson
// state in this process, compared exactly; no display needed; nothing written on error.
#include "HeadlessTest.h"
#include "IsolatedSettings.h"
#include "MainWindow.h"
#include "compute/ResponseComputer.h"
#include "compute/ResponseDisplay.h"
#include "document/Document.h"
#include "figures/FigureExporter.h"
#include "i18n/Language.h"
#include "io/ArrayIO.h"
#include "io/DocumentFile.h"
#include "learn/BackToPixels.h"
#include "learn/DecoderSession.h"
#include "learn/DecoderView.h"
#include "learn/DigitImage.h"
#include "learn/DigitPad.h"
#include "learn/FilterGrid.h"
#include "learn/LearnPage.h"
#include "learn/LearnTabs.h"
#include "learn/ModelFile.h"
#include "learn/Network.h"
#include "learn/TrainingSession.h"
#include "lessons/LessonPanel.h"
#include "lessons/LessonScript.h"
#include "session/Outcome.h"
#include "stepper/CheckerboardView.h"
#include "stepper/StepThroughPanel.h"
#include "stepper/StepperCanvas.h"
#include "stepper/StepperModel.h"
#include "stepper/StepperPage.h"
#include "stepper/TransposedConvView.h"
#include "theme/Theme.h"
#include "views/ImageCanvas.h"
#include "views/PatchEditor.h"
#include "views/ResponseView.h"

#include <QComboBox>
#include <QFile>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <opencv2/imgcodecs.hpp>

using namespace convlab;
using namespace headless;

namespace {

bool waitForResponse(MainWindow& window)
{
    ResponseComputer* computer = window.computer();
    return QTest::qWaitFor(
        [computer] {
            return !computer->isBusy() && computer->latest() &&
                   computer->latest()->generation == computer->generation();
        },
        10000);
}

} // namespace

class TestRender : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;

  private slots:
    void initTestCase()
    {
        test::isolateSettings(QStringLiteral("tst_render"));
        QVERIFY(QImageReader::supportedImageFormats().contains("gif"));
    }

    void init()
    {
        Language::apply(QStringLiteral("en"));
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void renderDrawsWhatTheWindowDraws_data()
    {
        QTest::addColumn<QString>("lesson");
        QTest::addColumn<int>("step"); // 0: as the file opens
        QTest::addColumn<QString>("view");
        QTest::addColumn<QString>("language");
        QTest::addColumn<double>("scale");
        QTest::addColumn<QString>("theme");
        QTest::newRow("find the 2, input") << lessonPath("02_find_the_two.convlab") << 0 << "input"
                                           << "en" << 1.0 << "light";
        QTest::newRow("find the 2, step 3 response, fr")
            << lessonPath("02_find_the_two.convlab") << 3 << "response"
            << "fr" << 1.0 << "light";
        QTest::newRow("find the 2, step 3 response, dark")
            << lessonPath("02_find_the_two.convlab") << 3 << "response"
            << "en" << 1.0 << "dark";
        QTest::newRow("pattern detector, step 2 patch at 2×")
            << lessonPath("01_pattern_detector.convlab") << 2 << "patch"
            << "en" << 2.0 << "light";
        QTest::newRow("pooling, step 2 overlay")
            << lessonPath("06_pooling.convlab") << 2 << "overlay"
            << "en" << 1.0 << "dark";
        QTest::newRow("translation, step 4 figure, fr, 1.5×")
            << lessonPath("03_translation.convlab") << 4 << "figure"
            << "fr" << 1.5 << "light";
    }

    void renderDrawsWhatTheWindowDraws()
    {
        QFETCH(QString, lesson);
        QFETCH(int, step);
        QFETCH(QString, view);
        QFETCH(QString, language);
        QFETCH(double, scale);
        QFETCH(QString, theme);
        const QString out = m_dir->filePath(QStringLiteral("view.png"));
        QStringList arguments{QStringLiteral("render"),  lesson,
                              QStringLiteral("-o"),      out,
                              QStringLiteral("--view"),  view,
                              QStringLiteral("--lang"),  language,
                              QStringLiteral("--scale"), QString::number(scale),
                              QStringLiteral("--theme"), theme};
        if (step > 0)
            arguments << QStringLiteral("--step") << QString::number(step);
        const Run run = runConvlab(arguments);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QImage rendered = readPng(out);
        QVERIFY(!rendered.isNull());

        Language::apply(language);
        Theme::save(theme); // the window opens in the theme View ▸ Theme chose
        MainWindow window;
        showOffScreen(window);
        QVERIFY(window.openLesson(lesson));
        if (step > 0)
            QVERIFY(window.lessonPanel()->goToStep(step - 1));
        QVERIFY(waitForResponse(window));
        QImage expected;
        if (view == QLatin1String("figure")) {
            const Drawing figure = FigureExporter::drawingOf(FigureExporter::documentFigure(
                window.document()->snapshot(), *window.responseView()->result()));
            const QSize size = figure.logicalSize.toSize();
            expected = QImage(size * scale, QImage::Format_ARGB32_Premultiplied);
            expected.setDevicePixelRatio(scale);
            expected.fill(Qt::white);
            QPainter painter(&expected);
            figure.paint(painter);
            painter.end();
            expected.setDevicePixelRatio(1);
            expected = expected.convertToFormat(QImage::Format_ARGB32);
        } else {
            QWidget* widget =
                view == QLatin1String("patch")      ? static_cast<QWidget*>(window.patchEditor())
                : view == QLatin1String("response") ? static_cast<QWidget*>(window.responseView())
                                                    : static_cast<QWidget*>(window.inputCanvas());
            if (view == QLatin1String("overlay"))
                window.inputCanvas()->setOverlayVisible(true);
            expected = drawWidget(widget, QSize(800, 600), scale);
        }
        QCOMPARE(rendered.size(), expected.size());
        QVERIFY(rendered == expected);
        // Not a blank picture: many colours.
        QSet<QRgb> colours;
        for (int y = 0; y < rendered.height(); y += 4)
            for (int x = 0; x < rendered.width(); x += 4)
                colours.insert(rendered.pixel(x, y));
        QVERIFY2(colours.size() > 8, qPrintable(QString::number(colours.size())));
    }

    // The Checkerboard page, with the geometry the lesson's Transposed page was given up to
    // --step (the page's default otherwise), as the window's page draws it.
    void renderDrawsTheCheckerboardPage_data()
    {
        QTest::addColumn<QString>("lesson");
        QTest::addColumn<int>("step");
        QTest::addColumn<QString>("language");
        QTest::addColumn<double>("scale");
        QTest::addColumn<QString>("theme");
        QTest::addColumn<int>("input"); // the geometry expected on the page
        QTest::addColumn<int>("kernel");
        QTest::addColumn<int>("stride");
        QTest::newRow("pattern detector: the page's default")
            << lessonPath("01_pattern_detector.convlab") << 0 << "en" << 1.0 << "light" << 5 << 3
            << 2;
        QTest::newRow("transposed lesson, step 3, fr, dark, 2×")
            << lessonPath("07_transposed_convolution.convlab") << 3 << "fr" << 2.0 << "dark" << 3
            << 3 << 2;
    }

    void renderDrawsTheCheckerboardPage()
    {
        QFETCH(QString, lesson);
        QFETCH(int, step);
        QFETCH(QString, language);
        QFETCH(double, scale);
        QFETCH(QString, theme);
        QFETCH(int, input);
        QFETCH(int, kernel);
        QFETCH(int, stride);
        const QString out = m_dir->filePath(QStringLiteral("checkerboard.png"));
        QStringList arguments{QStringLiteral("render"),  lesson,
                              QStringLiteral("-o"),      out,
                              QStringLiteral("--view"),  QStringLiteral("checkerboard"),
                              QStringLiteral("--lang"),  language,
                              QStringLiteral("--scale"), QString::number(scale),
                              QStringLiteral("--theme"), theme};
        if (step > 0)
            arguments << QStringLiteral("--step") << QString::number(step);
        const Run run = runConvlab(arguments);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QImage rendered = readPng(out);
        QVERIFY(!rendered.isNull());

        Language::apply(language);
        Theme::save(theme);
        MainWindow window;
        showOffScreen(window);
        QVERIFY(window.openLesson(lesson));
        if (step > 0)
            QVERIFY(window.lessonPanel()->goToStep(step - 1));
        const CheckerboardView::Settings settings =
            window.stepThroughPanel()->checkerboard()->settings();
        QCOMPARE(settings.input, input);
        QCOMPARE(settings.kernel, kernel);
        QCOMPARE(settings.stride, stride);
        // In the window's language and theme, a child widget as in the window (a window's
        // layout has wider margins).
        QWidget host;
        auto* page = new CheckerboardView(&host);
        page->setSettings(settings);
        showOffScreen(host);
        const QImage expected = drawWidget(page, QSize(960, 540), scale);
        Theme::apply(QStringLiteral("light")); // for the tests after this one
        Theme::save(QStringLiteral("light"));
        QCOMPARE(rendered.size(), expected.size());
        QVERIFY(rendered == expected);
        QSet<QRgb> colours;
        for (int y = 0; y < rendered.height(); y += 4)
            for (int x = 0; x < rendered.width(); x += 4)
                colours.insert(rendered.pixel(x, y));
        QVERIFY2(colours.size() > 8, qPrintable(QString::number(colours.size())));
    }

    // The "Back to pixels" tab's two parts for a model file and a held-out digit, as the
    // window's tab draws them; the lesson's state plays no part.
    void renderDrawsTheBackToPixelsViews_data()
    {
        QTest::addColumn<QString>("view");
        QTest::addColumn<int>("digit");
        QTest::addColumn<QString>("language");
        QTest::addColumn<double>("scale");
        QTest::addColumn<QString>("theme");
        QTest::newRow("gradient, digit 5") << "gradient" << 5 << "en" << 1.0 << "light";
        QTest::newRow("deconvnet, digit 120, fr, dark, 2×")
            << "deconvnet" << 120 << "fr" << 2.0 << "dark";
    }

    void renderDrawsTheBackToPixelsViews()
    {
        QFETCH(QString, view);
        QFETCH(int, digit);
        QFETCH(QString, language);
        QFETCH(double, scale);
        QFETCH(QString, theme);
        const QString model = m_dir->filePath(QStringLiteral("model.pt"));
        const Network network(Architecture::lecture(), 4); // any weights: untrained is quick
        ModelFile::save(network, model.toStdString());
        const QString out = m_dir->filePath(QStringLiteral("pixels.png"));

        const Run run = runConvlab({QStringLiteral("render"), QStringLiteral("-o"), out,
                                    QStringLiteral("--view"), view, QStringLiteral("--model"),
                                    model, QStringLiteral("--held-out"), QString::number(digit),
                                    QStringLiteral("--lang"), language, QStringLiteral("--scale"),
                                    QString::number(scale), QStringLiteral("--theme"), theme});

        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QImage rendered = readPng(out);
        QVERIFY(!rendered.isNull());
        Language::apply(language);
        Theme::apply(theme);
        const auto data = TrainingSession::digitSheet();
        const cv::Mat image = data->image(data->split().heldOut[std::size_t(digit - 1)]);
        auto shown = std::make_shared<const Network>(ModelFile::load(model.toStdString()));
        BackToPixels page;
        page.setSection(view == QLatin1String("gradient") ? BackToPixels::Section::Gradient
                                                          : BackToPixels::Section::Unit);
        page.setInput(shown, image, shown->predict(image).digit);
        page.computeNow();
        showOffScreen(page);
        const QImage expected = drawWidget(&page, QSize(960, 540), scale);
        QCOMPARE(rendered.size(), expected.size());
        QVERIFY(rendered == expected);
        QSet<QRgb> colours;
        for (int y = 0; y < rendered.height(); y += 4)
            for (int x = 0; x < rendered.width(); x += 4)
                colours.insert(rendered.pixel(x, y));
        QVERIFY2(colours.size() > 8, qPrintable(QString::number(colours.size())));
        Theme::apply(QStringLiteral("light"));
    }

    // A lesson step that opens Back to pixels, drawn with its choices (lesson 12's step 5: the
    // strongest unit of relu2's map 1 on held-out digit 1), as the window's tab draws it after
    // that step; a step that opens no such tab is refused, naming it.
    void renderDrawsALessonStepsLearnedView()
    {
        const QString lesson =
            QStringLiteral(CONVLAB_SOURCE_DIR "/resources/lessons/12_back_to_pixels.convlab");
        const QString model = m_dir->filePath(QStringLiteral("model.pt"));
        const Network network(Architecture::lecture(), 4); // any weights: untrained is quick
        ModelFile::save(network, model.toStdString());
        const QString out = m_dir->filePath(QStringLiteral("step.png"));

        const Run run =
            runConvlab({QStringLiteral("render"), lesson, QStringLiteral("--step"),
                        QStringLiteral("5"), QStringLiteral("--view"), QStringLiteral("deconvnet"),
                        QStringLiteral("--model"), model, QStringLiteral("-o"), out});

        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QImage rendered = readPng(out);
        QVERIFY(!rendered.isNull());
        Theme::apply(QStringLiteral("light"));
        QString error;
        const auto script =
            LessonScript::fromNotes(DocumentFile::load(lesson, &error)->notes, &error);
        QVERIFY2(script, qPrintable(error));
        const LearnedChoice choice = *script->step(4).learned;
        QCOMPARE(choice.layer, QStringLiteral("relu2"));
        const auto data = TrainingSession::digitSheet();
        const cv::Mat image = data->image(data->split().heldOut[std::size_t(choice.heldOut - 1)]);
        auto shown = std::make_shared<const Network>(ModelFile::load(model.toStdString()));
        BackToPixels page;
        page.setSection(BackToPixels::Section::Unit);
        page.setInput(shown, image, shown->predict(image).digit);
        LearnTabs::choose(&page, choice);
        QCOMPARE(page.layerBox()->currentText(), QStringLiteral("relu2"));
        page.computeNow();
        showOffScreen(page);
        const QImage expected = drawWidget(&page, QSize(960, 540), 1);
        QCOMPARE(rendered.size(), expected.size());
        QVERIFY(rendered == expected);
        // Not the default layer's picture: the step's choice made a difference.
        BackToPixels other;
        other.setSection(BackToPixels::Section::Unit);
        other.setInput(shown, image, shown->predict(image).digit);
        other.layerBox()->setCurrentIndex(0);
        other.computeNow();
        showOffScreen(other);
        QVERIFY(drawWidget(&other, QSize(960, 540), 1) != expected);

        const Run wrong =
            runConvlab({QStringLiteral("render"), lesson, QStringLiteral("--step"),
                        QStringLiteral("1"), QStringLiteral("--view"), QStringLiteral("gradient"),
                        QStringLiteral("--model"), model, QStringLiteral("-o"), out});
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY2(wrong.err.contains(QStringLiteral("--step 1: the step does not open the Back to "
                                                   "pixels tab")),
                 qPrintable(wrong.err));
        const Run noStep = runConvlab({QStringLiteral("render"), lesson, QStringLiteral("--view"),
                                       QStringLiteral("gradient"), QStringLiteral("-o"), out});
        QCOMPARE(noStep.exitCode, 2);
        QVERIFY2(noStep.err.contains(QStringLiteral("--step N")), qPrintable(noStep.err));
    }

#ifdef CONVLAB_FULL_RUNS
    // The decoders' tab after a run with the window's settings (seeded: the same every time);
    // two full runs, so Release only (tests/CMakeLists.txt).
    void renderDrawsTheDecodersAfterTheirRun()
    {
        const QString out = m_dir->filePath(QStringLiteral("decoder.png"));

        const Run run = runConvlab({QStringLiteral("render"), QStringLiteral("-o"), out,
                                    QStringLiteral("--view"), QStringLiteral("decoder")});

        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QImage rendered = readPng(out);
        QVERIFY(!rendered.isNull());
        Theme::apply(QStringLiteral("light")); // render's default
        const auto data = TrainingSession::digitSheet();
        DecoderSession session(data, data->split());
        DecoderView view(&session);
        QSignalSpy finished(&session, &DecoderSession::finished);
        session.start();
        QVERIFY(finished.wait(300'000));
        showOffScreen(view);
        const QImage expected = drawWidget(&view, QSize(960, 540), 1);
        QCOMPARE(rendered.size(), expected.size());
        QVERIFY(rendered == expected);
    }

#endif

    void aBadDigitOrModelIsRefusedNamingIt_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("named");
        QTest::newRow("digit 0") << QStringList{QStringLiteral("--held-out"), QStringLiteral("0")}
                                 << QStringLiteral("--held-out");
        QTest::newRow("digit past the held-out ones")
            << QStringList{QStringLiteral("--held-out"), QStringLiteral("1001")}
            << QStringLiteral("1000");
        QTest::newRow("no such model")
            << QStringList{QStringLiteral("--model"), QStringLiteral("/nonexistent/m.pt")}
            << QStringLiteral("/nonexistent/m.pt");
        QTest::newRow("a frame") << QStringList{QStringLiteral("--frame"), QStringLiteral("2")}
                                 << QStringLiteral("--frame");
    }

    void aBadDigitOrModelIsRefusedNamingIt()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, named);
        const QString out = m_dir->filePath(QStringLiteral("pixels.png"));
        const Run run =
            runConvlab(QStringList{QStringLiteral("render"), QStringLiteral("-o"), out,
                                   QStringLiteral("--view"), QStringLiteral("gradient")} +
                       options);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(named), qPrintable(run.err));
        QVERIFY(!QFile::exists(out));
    }

    // --view filters and featuremaps: the learned-filters page's panels for a model file, as the
    // page draws them once it has opened the model.
    void renderDrawsTheLearnedFiltersAsThePageDoes_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<double>("scale");
        QTest::addColumn<QString>("theme");
        QTest::newRow("en, light, 1×") << "en" << 1.0 << "light";
        QTest::newRow("fr, dark, 2×") << "fr" << 2.0 << "dark";
    }

    void renderDrawsTheLearnedFiltersAsThePageDoes()
    {
        QFETCH(QString, language);
        QFETCH(double, scale);
        QFETCH(QString, theme);
        const QString model = m_dir->filePath(QStringLiteral("model.pt"));
        const Network network(Architecture::lecture(), 5);
        ModelFile::save(network, model.toStdString());
        const QString out = m_dir->filePath(QStringLiteral("filters.png"));

        const Run run = runConvlab({QStringLiteral("render"), QStringLiteral("--view"),
                                    QStringLiteral("filters"), QStringLiteral("--model"), model,
                                    QStringLiteral("-o"), out, QStringLiteral("--lang"), language,
                                    QStringLiteral("--scale"), QString::number(scale),
                                    QStringLiteral("--theme"), theme});

        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QImage rendered = readPng(out);
        QVERIFY(!rendered.isNull());
        Language::apply(language);
        Theme::apply(theme);
        TrainingSession session;
        LearnPage page(&session);
        showOffScreen(page);
        QVERIFY(page.openModel(model).ok);
        QWidget* panel = page.filtersPanel();
        const QSize size(qRound(rendered.width() / scale), qRound(rendered.height() / scale));
        const QImage expected = drawWidget(panel, size, scale);
        Theme::apply(QStringLiteral("light")); // for the tests after this one
        QCOMPARE(rendered.size(), expected.size());
        QVERIFY(rendered == expected);
        // Each first-layer weight is its square's colour on the diverging scale, ±max |w|.
        const std::vector<cv::Mat> filters = network.filters(0);
        double range = 0;
        for (const cv::Mat& filter : filters)
            range = std::max(range, cv::norm(filter, cv::NORM_INF));
        FilterGrid* grid = page.firstLayer();
        QCOMPARE(grid->count(), 8);
        for (int i = 0; i < grid->count(); ++i) {
            const QRect cell(grid->mapTo(panel, grid->cellRect(i).topLeft()),
                             grid->cellRect(i).size());
            const cv::Mat& filter = filters[static_cast<std::size_t>(i)];
            const QImage colours = colormapImage(filter, Colormap::Diverging, {-range, range});
            for (int u = 0; u < filter.rows; ++u)
                for (int v = 0; v < filter.cols; ++v) {
                    const QPointF centre =
                        QPointF(cell.topLeft()) + QPointF((v + 0.5) * cell.width() / filter.cols,
                                                          (u + 0.5) * cell.height() / filter.rows);
                    QCOMPARE(rendered.pixel((centre * scale).toPoint()), colours.pixel(v, u));
                }
        }
    }

    void renderDrawsTheFeatureMapsOfADigitAsThePageDoes()
    {
        const QString model = m_dir->filePath(QStringLiteral("model.pt"));
        ModelFile::save(Network(Architecture::lecture(), 7), model.toStdString());
        const cv::Mat sheet =
            cv::imread(CONVLAB_SOURCE_DIR "/resources/data/digits.png", cv::IMREAD_GRAYSCALE);
        const QString digit = m_dir->filePath(QStringLiteral("seven.png"));
        QVERIFY(cv::imwrite(digit.toStdString(), sheet(cv::Rect(40, 20 * 36, 20, 20))));
        const QString out = m_dir->filePath(QStringLiteral("maps.png"));

        const Run run = runConvlab({QStringLiteral("render"), QStringLiteral("--view"),
                                    QStringLiteral("featuremaps"), QStringLiteral("--model"), model,
                                    QStringLiteral("--digit"), digit, QStringLiteral("-o"), out,
                                    QStringLiteral("--lang"), QStringLiteral("fr"),
                                    QStringLiteral("--scale"), QStringLiteral("2")});

        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QImage rendered = readPng(out);
        QVERIFY(!rendered.isNull());
        Language::apply(QStringLiteral("fr"));
        TrainingSession session;
        LearnPage page(&session);
        showOffScreen(page);
        QVERIFY(page.openModel(model).ok);
        page.pad()->setDigit(prepareDigit(readImage(digit.toStdString())));
        QCOMPARE(page.prediction().probabilities.size(), std::size_t(10));
        const QImage expected = drawWidget(page.featureMapsPanel(), rendered.size() / 2, 2);
        QCOMPARE(rendered.size(), expected.size());
        QVERIFY(rendered == expected);
    }

    void aMissingOrBadModelIsAClearError_data()
    {
        QTest::addColumn<QStringList>("arguments"); // the files' names replaced by their paths
        QTest::addColumn<QString>("problem");
        const QString render = QStringLiteral("render");
        const QString view = QStringLiteral("--view");
        const QString filters = QStringLiteral("filters");
        const QString maps = QStringLiteral("featuremaps");
        const QString model = QStringLiteral("--model");
        const QString o = QStringLiteral("-o");
        QTest::newRow("no model") << QStringList{render, view, filters, o, "OUT"}
                                  << "--view filters needs a model: --model MODEL";
        QTest::newRow("truncated model")
            << QStringList{render, view, filters, model, "TRUNCATED", o, "OUT"}
            << "truncated.pt is not a ConvLab model, or is truncated or corrupt";
        QTest::newRow("foreign file")
            << QStringList{render, view, filters, model, "FOREIGN", o, "OUT"}
            << "notes.txt is not a ConvLab model: it is not a PyTorch archive";
        QTest::newRow("missing model")
            << QStringList{render, view, filters, model, "MISSING", o, "OUT"} << "cannot open";
        QTest::newRow("maps without a digit")
            << QStringList{render, view, maps, model, "MODEL", o, "OUT"}
            << "--view featuremaps needs a digit: --digit IMAGE";
        QTest::newRow("a lesson too")
            << QStringList{render, lessonPath("01_pattern_detector.convlab"),
                           view,   filters,
                           model,  "MODEL",
                           o,      "OUT"}
            << "--view filters draws a model, not a lesson";
    }

    void aMissingOrBadModelIsAClearError()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, problem);
        const QString model = m_dir->filePath(QStringLiteral("model.pt"));
        ModelFile::save(Network(Architecture::lecture(), 1), model.toStdString());
        QFile whole(model);
        QVERIFY(whole.open(QIODevice::ReadOnly));
        QFile truncated(m_dir->filePath(QStringLiteral("truncated.pt")));
        QVERIFY(truncated.open(QIODevice::WriteOnly));
        truncated.write(whole.readAll().chopped(100));
        truncated.close();
        QFile foreign(m_dir->filePath(QStringLiteral("notes.txt")));
        QVERIFY(foreign.open(QIODevice::WriteOnly));
        foreign.write("a note, not a model\n");
        foreign.close();
        const QString out = m_dir->filePath(QStringLiteral("never.png"));
        arguments.replaceInStrings(QStringLiteral("TRUNCATED"), truncated.fileName());
        arguments.replaceInStrings(QStringLiteral("FOREIGN"), foreign.fileName());
        arguments.replaceInStrings(QStringLiteral("MISSING"),
                                   m_dir->filePath(QStringLiteral("none.pt")));
        arguments.replaceInStrings(QStringLiteral("MODEL"), model);
        arguments.replaceInStrings(QStringLiteral("OUT"), out);

        const Run run = runConvlab(arguments);

        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(problem), qPrintable(run.err));
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
        QVERIFY(!QFile::exists(out));
    }

    void theStepperOfALargeImageWalksTheCropAroundTheBestMatch()
    {
        const QString lesson = lessonPath("02_find_the_two.convlab"); // a 240×320 sheet
        const QString out = m_dir->filePath(QStringLiteral("stepper.png"));
        const Run run = runConvlab({QStringLiteral("render"), lesson, QStringLiteral("-o"), out,
                                    QStringLiteral("--view"), QStringLiteral("stepper"),
                                    QStringLiteral("--frame"), QStringLiteral("1")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        // What the stepper's "crop around the best match" button shows, first step.
        QString error;
        const std::optional<DocumentState> state = DocumentFile::load(lesson, &error);
        QVERIFY2(state, qPrintable(error));
        Document document(*state);
        StepperPage page;
        showOffScreen(page);
        page.bindToDocument(&document);
        QVERIFY(page.source() == StepperPage::Source::DocumentTooLarge);
        page.cropAroundPeak();
        QTRY_VERIFY_WITH_TIMEOUT(page.source() == StepperPage::Source::DocumentCrop, 20000);
        page.model()->setStep(0);
        QVERIFY(readPng(out) == drawWidget(page.canvas(), QSize(960, 540), 1));
        page.bindToDocument(nullptr);
    }

    void renderWorksWithoutADisplay()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char* variable : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            environment.remove(QLatin1String(variable));
        const QString out = m_dir->filePath(QStringLiteral("figure.svg"));
        const Run run =
            runConvlab({QStringLiteral("render"), lessonPath("01_pattern_detector.convlab"),
                        QStringLiteral("-o"), out},
                       environment);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QFile svg(out);
        QVERIFY(svg.open(QIODevice::ReadOnly));
        QVERIFY(svg.readAll().contains("<svg"));
    }

    // What a file manager's thumbnailer asks: the figure scaled to N pixels on its longer side.
    void sizeScalesTheLongerSideForThumbnails_data()
    {
        QTest::addColumn<QString>("lesson");
        QTest::addColumn<int>("side");
        QTest::newRow("lesson 1 at 128") << QStringLiteral("01_pattern_detector.convlab") << 128;
        QTest::newRow("lesson 2 at 256") << QStringLiteral("02_find_the_two.convlab") << 256;
        QTest::newRow("lesson 7 at 1024")
            << QStringLiteral("07_transposed_convolution.convlab") << 1024;
    }

    void sizeScalesTheLongerSideForThumbnails()
    {
        QFETCH(QString, lesson);
        QFETCH(int, side);
        const QString out = m_dir->filePath(QStringLiteral("thumbnail.png"));
        const Run run = runConvlab({QStringLiteral("render"), lessonPath(qPrintable(lesson)),
                                    QStringLiteral("-o"), out, QStringLiteral("--size"),
                                    QString::number(side)});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QImage image = readPng(out);
        QCOMPARE(std::max(image.width(), image.height()), side);
        QVERIFY(std::min(image.width(), image.height()) > 0);
    }

    void aBadSizeIsRefusedNamingIt_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("output");
        QTest::addColumn<QString>("named");
        QTest::newRow("too small") << QStringList{QStringLiteral("--size"), QStringLiteral("8")}
                                   << QStringLiteral("t.png") << QStringLiteral("--size");
        QTest::newRow("too large") << QStringList{QStringLiteral("--size"), QStringLiteral("99999")}
                                   << QStringLiteral("t.png") << QStringLiteral("99999");
        QTest::newRow("not a number")
            << QStringList{QStringLiteral("--size"), QStringLiteral("big")}
            << QStringLiteral("t.png") << QStringLiteral("big");
        QTest::newRow("with --scale")
            << QStringList{QStringLiteral("--size"), QStringLiteral("128"),
                           QStringLiteral("--scale"), QStringLiteral("2")}
            << QStringLiteral("t.png") << QStringLiteral("--scale");
        QTest::newRow("svg") << QStringList{QStringLiteral("--size"), QStringLiteral("128")}
                             << QStringLiteral("t.svg") << QStringLiteral(".png");
    }

    void aBadSizeIsRefusedNamingIt()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, output);
        QFETCH(QString, named);
        const QString out = m_dir->filePath(output);
        const Run run = runConvlab(QStringList{QStringLiteral("render"),
                                               lessonPath("01_pattern_detector.convlab"),
                                               QStringLiteral("-o"), out} +
                                   options);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(named), qPrintable(run.err));
        QVERIFY(!QFile::exists(out));
    }

    void anUnknownOutputTypeIsRefused()
    {
        const QString out = m_dir->filePath(QStringLiteral("figure.bmp"));
        const Run run =
            runConvlab({QStringLiteral("render"), lessonPath("01_pattern_detector.convlab"),
                        QStringLiteral("-o"), out});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(out), qPrintable(run.err));
        QVERIFY(!QFile::exists(out));
    }

    void anExistingOutputIsKeptOnError()
    {
        const QString out = m_dir->filePath(QStringLiteral("keep.png"));
        QFile file(out);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("earlier");
        file.close();
        const Run run =
            runConvlab({QStringLiteral("render"), lessonPath("01_pattern_detector.convlab"),
                        QStringLiteral("-o"), out, QStringLiteral("--step"), QStringLiteral("9")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("earlier"));
        QCOMPARE(entriesOf(m_dir->path()), QStringList{QStringLiteral("keep.png")});
    }
};

QTEST_MAIN(TestRender)
#include "tst_render.moc"
