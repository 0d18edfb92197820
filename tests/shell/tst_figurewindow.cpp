// SPDX-License-Identifier: MIT
// The figure is the window: File ▸ Export's figure (and `convlab render`'s, which draws it the
// same way) colours the input, the patch and the response exactly as the window's views do,
// cell for cell, and carries the window's colour bar — constant and nearly constant images
// and maps included, and maps whose every score is undefined.
#include "IsolatedSettings.h"
#include "MainWindow.h"
#include "TestData.h"
#include "compute/ResponseComputer.h"
#include "document/Document.h"
#include "figures/FigureExporter.h"
#include "theme/Theme.h"
#include "views/ColorBar.h"
#include "views/HeatmapView.h"
#include "views/ImageCanvas.h"
#include "views/KernelGrid.h"
#include "views/PatchEditor.h"
#include "views/ResponseView.h"

#include <QPainter>
#include <QSet>
#include <QTest>
#include <random>

using namespace convlab;

Q_DECLARE_METATYPE(cv::Mat)

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

QImage rgb(const QImage& image)
{
    return image.convertToFormat(QImage::Format_RGB32);
}

// The first cell whose colours differ, or an empty string when the images agree.
QString firstDifference(const QImage& figure, const QImage& window)
{
    if (figure.size() != window.size())
        return QStringLiteral("size %1×%2, window %3×%4")
            .arg(figure.width())
            .arg(figure.height())
            .arg(window.width())
            .arg(window.height());
    const QImage a = rgb(figure), b = rgb(window);
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x)
            if (a.pixel(x, y) != b.pixel(x, y))
                return QStringLiteral("cell (%1, %2): figure %3, window %4")
                    .arg(y)
                    .arg(x)
                    .arg(QColor(a.pixel(x, y)).name(), QColor(b.pixel(x, y)).name());
    return {};
}

} // namespace

class TestFigureWindow : public QObject {
    Q_OBJECT

  private slots:
    void initTestCase()
    {
        test::isolateSettings(QStringLiteral("tst_figurewindow"));
        Theme::apply(QStringLiteral("light")); // figures are printed in the light look
    }

    void theFigureShowsWhatTheWindowShows_data()
    {
        QTest::addColumn<cv::Mat>("image");
        QTest::addColumn<cv::Mat>("patch");
        QTest::addColumn<int>("operation");
        std::mt19937 rng(7);
        const cv::Mat random = test::randomMat(rng, 40, 50, 1, 0.f, 1.f);
        const int match = static_cast<int>(Parameters::Operation::TemplateMatch);
        const int correlate = static_cast<int>(Parameters::Operation::CrossCorrelation);
        const cv::Mat ones = cv::Mat::ones(40, 50, CV_32F);
        const cv::Mat noise = test::randomMat(rng, 40, 50, 1, 0.f, 1.f);
        QTest::newRow("as today: a patch cut from the image")
            << random << cv::Mat(random(cv::Rect(20, 10, 7, 5)).clone()) << match;
        QTest::newRow("an input of ones (white)")
            << ones << cv::Mat(noise(cv::Rect(0, 0, 5, 5)).clone()) << correlate;
        QTest::newRow("an input of zeros (black)")
            << cv::Mat(cv::Mat::zeros(40, 50, CV_32F))
            << cv::Mat(noise(cv::Rect(0, 0, 5, 5)).clone()) << correlate;
        QTest::newRow("an input constant above 1")
            << cv::Mat(ones * 3.0) << cv::Mat(noise(cv::Rect(0, 0, 5, 5)).clone()) << correlate;
        QTest::newRow("a nearly constant input")
            << cv::Mat(ones + noise * 1e-6) << cv::Mat(noise(cv::Rect(0, 0, 5, 5)).clone())
            << correlate;
        QTest::newRow("a constant response")
            << ones << cv::Mat(cv::Mat::ones(3, 3, CV_32F)) << correlate;
        QTest::newRow("a nearly constant response")
            << cv::Mat(ones * 0.5 + noise * 1e-6) << cv::Mat(cv::Mat::ones(3, 3, CV_32F))
            << correlate;
        QTest::newRow("a response with every score undefined")
            << ones << cv::Mat(noise(cv::Rect(0, 0, 5, 5)).clone()) << match;
        QTest::newRow("a patch too large for the grid, constant")
            << random << cv::Mat(cv::Mat::ones(12, 12, CV_32F)) << correlate;
        QTest::newRow("a signed kernel")
            << random << cv::Mat((cv::Mat_<float>(3, 3) << -1, 0, 1, -2, 0, 2, -1, 0, 1))
            << correlate;
    }

    void theFigureShowsWhatTheWindowShows()
    {
        QFETCH(cv::Mat, image);
        QFETCH(cv::Mat, patch);
        QFETCH(int, operation);
        MainWindow window;
        window.resize(1200, 800);
        window.setAttribute(Qt::WA_DontShowOnScreen);
        window.show();
        Parameters parameters = window.document()->parameters();
        parameters.operation = static_cast<Parameters::Operation>(operation);
        window.document()->setParameters(parameters);
        window.document()->setImage(image, QStringLiteral("image"));
        window.document()->setPatch(patch, QStringLiteral("patch"));
        QVERIFY(waitForResponse(window));
        QCoreApplication::processEvents();
        const std::shared_ptr<const ResponseResult> result = window.responseView()->result();
        QVERIFY(result && result->ok());

        const QList<FigurePanel> panels =
            FigureExporter::documentFigure(window.document()->snapshot(), *result);
        QCOMPARE(panels.size(), 3);
        // Input: cell for cell the input view's colours.
        QString difference = firstDifference(panels[0].pixels, window.inputCanvas()->rendered());
        QVERIFY2(difference.isEmpty(), qPrintable(QStringLiteral("input: ") + difference));
        // Patch: the grid's colours, or the patch canvas's.
        PatchEditor* editor = window.patchEditor();
        if (editor->showsGrid()) {
            auto* model = editor->grid()->model();
            QImage grid(patch.cols, patch.rows, QImage::Format_RGB32);
            for (int r = 0; r < patch.rows; ++r)
                for (int c = 0; c < patch.cols; ++c)
                    grid.setPixel(
                        c, r,
                        model->data(model->index(r, c), Qt::BackgroundRole).value<QColor>().rgb());
            difference = firstDifference(panels[1].pixels, grid);
        } else {
            difference = firstDifference(panels[1].pixels, editor->canvas()->rendered());
        }
        QVERIFY2(difference.isEmpty(), qPrintable(QStringLiteral("patch: ") + difference));
        // Response: the heatmap's colours and the colour bar beside it.
        difference =
            firstDifference(panels[2].pixels, window.responseView()->heatmap()->coloredMap());
        QVERIFY2(difference.isEmpty(), qPrintable(QStringLiteral("response: ") + difference));
        QVERIFY2(panels[2].scale.has_value(), "the response has no colour bar");
        const ColorBar* bar = window.responseView()->colorBar();
        QVERIFY(panels[2].scale->map == bar->colormap());
        QCOMPARE(panels[2].scale->range.low, bar->range().low);
        QCOMPARE(panels[2].scale->range.high, bar->range().high);
        QCOMPARE(panels[2].scale->undefinedCells, bar->undefinedCount());

        // Painted: the colour bar's gradient right of the response, and undefined cells
        // hatched as the window hatches them.
        const Drawing drawing = FigureExporter::drawingOf(panels);
        const QImage figure = rgb(FigureExporter::render(drawing, 1));
        const int right = figure.width() - 1;
        QSet<QRgb> colours;
        for (int y = 0; y < figure.height(); ++y)
            for (int x = right - 120; x <= right; ++x)
                colours.insert(figure.pixel(x, y));
        QVERIFY2(colours.size() > 40, qPrintable(QString::number(colours.size())));
        if (result->undefinedCells == static_cast<int>(result->response.total())) {
            QSet<QRgb> response;
            for (int y = 40; y < 200; ++y)
                for (int x = figure.width() - 300; x < figure.width() - 150; ++x)
                    response.insert(figure.pixel(x, y));
            QVERIFY(response.contains(qRgb(205, 205, 205))); // the window's undefined grey
            const bool hatched = std::any_of(response.begin(), response.end(),
                                             [](QRgb c) { return qGray(c) < 150; });
            QVERIFY(hatched);
        }
        window.document()->undoStack()->setClean();
    }
};

QTEST_MAIN(TestFigureWindow)
#include "tst_figurewindow.moc"
