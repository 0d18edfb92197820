// SPDX-License-Identifier: MIT
#include "TestData.h"
#include "compute/ResponsePipeline.h"
#include "figures/FigureExporter.h"
#include "samples/SampleGallery.h"

#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QMimeData>
#include <QTemporaryDir>
#include <QTest>
#include <random>

using namespace convlab;

namespace {

DocumentState cutPatchState()
{
    std::mt19937 rng(1);
    DocumentState state;
    state.image = test::randomMat(rng, 60, 80, 1, 0.f, 1.f);
    state.patch = state.image(cv::Rect(51, 17, 9, 7)).clone(); // (row 17, col 51)
    return state;
}

ResponseResult resultFor(const DocumentState& state)
{
    return ResponsePipeline::compute({state.image, state.patch, state.parameters, false, 1});
}

} // namespace

class TestFigureExporter : public QObject {
    Q_OBJECT
  private slots:
    void captionsComeFromTheParameters()
    {
        DocumentState state = cutPatchState();
        QCOMPARE(FigureExporter::parameterCaption(resultFor(state)),
                 QStringLiteral("ccoeff_normed · stride 1 · valid · peak (17, 51)"));

        state.parameters.operation = Parameters::Operation::CrossCorrelation;
        state.parameters.conv.padding = resolvePadding(PaddingPreset::Same, {7, 9}, {1, 1});
        state.parameters.conv.stride = {2, 1};
        state.parameters.peaks.topK = 1;
        const ResponseResult same = resultFor(state);
        QVERIFY(FigureExporter::parameterCaption(same).startsWith(
            QStringLiteral("cross-correlation · stride 2×1 · same · peak (")));

        state.parameters.conv.padding = Padding::uniform(2);
        state.parameters.conv.paddingMode = PaddingMode::Reflect;
        state.parameters.conv.dilation = {2, 2};
        state.parameters.poolEnabled = true;
        QVERIFY(FigureExporter::parameterCaption(resultFor(state))
                    .contains(
                        QStringLiteral("padding 2 reflect · dilation 2 · max pool 2 / stride 2")));

        state.parameters.conv.padding = Padding::uniform(70); // reflect needs 70 < 60 rows
        const QString refused = FigureExporter::parameterCaption(resultFor(state));
        QVERIFY2(refused.contains(QStringLiteral("70")), qPrintable(refused));
        QVERIFY2(!refused.contains(QStringLiteral("peak")), qPrintable(refused));
    }

    void theFigureHasInputPatchAndResponse()
    {
        const DocumentState state = cutPatchState();
        const QList<FigurePanel> panels = FigureExporter::documentFigure(state, resultFor(state));
        QCOMPARE(panels.size(), 3);
        QCOMPARE(panels[0].pixels.size(), QSize(80, 60));
        QCOMPARE(panels[1].pixels.size(), QSize(9, 7));
        QCOMPARE(panels[2].pixels.size(), QSize(72, 54)); // (60-7+1) × (80-9+1)
        QCOMPARE(panels[0].marks.front(), QRectF(51, 17, 9, 7));
        QCOMPARE(panels[2].marks.front(), QRectF(51, 17, 1, 1));
    }

    // 2× and 4× are painted at that scale: sharper than the 1× picture blown up.
    void pngScalesAreRenderedNotUpscaled()
    {
        const DocumentState state = SampleGallery::stateFor(SampleGallery::Id::SimpleShape);
        const Drawing drawing =
            FigureExporter::drawingOf(FigureExporter::documentFigure(state, resultFor(state)));
        const QImage one = FigureExporter::render(drawing, 1);
        for (int scale : {2, 4}) {
            const QImage scaled = FigureExporter::render(drawing, scale);
            QCOMPARE(scaled.size(), (drawing.logicalSize * scale).toSize());
            const QImage blownUp =
                one.scaled(scaled.size(), Qt::IgnoreAspectRatio, Qt::FastTransformation)
                    .convertToFormat(scaled.format());
            QVERIFY(scaled != blownUp);
        }

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("figure.png"));
        QString error;
        QVERIFY2(FigureExporter::savePng(drawing, path, 2, &error), qPrintable(error));
        QImage saved(path);
        QCOMPARE(saved.size(), (drawing.logicalSize * 2).toSize());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
    }

    void svgIsVectorWithTheCaption()
    {
        const DocumentState state = cutPatchState();
        const Drawing drawing =
            FigureExporter::drawingOf(FigureExporter::documentFigure(state, resultFor(state)));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("figure.svg"));
        QString error;
        QVERIFY2(FigureExporter::saveSvg(drawing, path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString svg = QString::fromUtf8(file.readAll());
        QVERIFY(svg.contains(QStringLiteral("<svg")));
        QVERIFY(svg.contains(QStringLiteral("ccoeff_normed")));
        QVERIFY(svg.contains(QStringLiteral("peak (17, 51)")));
    }

    void aFailedExportLeavesNothing()
    {
        QTemporaryDir dir;
        const Drawing drawing = FigureExporter::drawingOf(QList<FigurePanel>{});
        QString error;
        const QString png = dir.filePath(QStringLiteral("missing/figure.png"));
        QVERIFY(!FigureExporter::savePng(drawing, png, 1, &error));
        QVERIFY(error.contains(QStringLiteral("figure.png")));
        QVERIFY(!FigureExporter::saveSvg(drawing, dir.filePath(QStringLiteral("missing/f.svg")),
                                         &error));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).size(), 0);
    }

    void aWidgetExportsAtScale()
    {
        QLabel label(QStringLiteral("argmax → (174, 68)"));
        label.resize(200, 40);
        const Drawing drawing = FigureExporter::drawingOf(&label);
        QCOMPARE(drawing.logicalSize, QSizeF(200, 40));
        const QImage image = FigureExporter::render(drawing, 2);
        QCOMPARE(image.size(), QSize(400, 80));
        // The text was drawn: not a single flat colour.
        const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
        int darkest = 255;
        for (int y = 0; y < gray.height(); ++y)
            for (int x = 0; x < gray.width(); ++x)
                darkest = std::min(darkest, qGray(gray.pixel(x, y)));
        QVERIFY(darkest < 128);
    }

    void theClipboardGetsImageAndSvg()
    {
        const DocumentState state = cutPatchState();
        const Drawing drawing =
            FigureExporter::drawingOf(FigureExporter::documentFigure(state, resultFor(state)));
        FigureExporter::copyToClipboard(drawing, 2);
        const QMimeData* mime = QGuiApplication::clipboard()->mimeData();
        QVERIFY(mime);
        QVERIFY(mime->hasImage());
        QCOMPARE(qvariant_cast<QImage>(mime->imageData()).size(),
                 (drawing.logicalSize * 2).toSize());
        QVERIFY(mime->data(QStringLiteral("image/svg+xml")).contains("<svg"));
    }
};

QTEST_MAIN(TestFigureExporter)
#include "tst_figureexporter.moc"
