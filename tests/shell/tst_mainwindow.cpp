// SPDX-License-Identifier: MIT
#include "IsolatedSettings.h"
#include "MainWindow.h"
#include "TestData.h"
#include "compute/ResponseComputer.h"
#include "document/Document.h"
#include "io/DocumentFile.h"
#include "ops/Conv2d.h"
#include "views/HeatmapView.h"
#include "views/ImageCanvas.h"
#include "views/ParametersPanel.h"
#include "views/ToolSettings.h"

#include <QAction>
#include <QApplication>
#include <QMessageBox>
#include <QPaintEvent>
#include <QRegion>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <random>

using namespace convlab;

namespace {

bool identical(const cv::Mat& a, const cv::Mat& b)
{
    return a.size() == b.size() && a.type() == b.type() && cv::norm(a, b, cv::NORM_INF) == 0;
}

// Waits until the background computation has delivered the lesson's current state.
bool settle(MainWindow& window, int timeoutMs = 8000)
{
    ResponseComputer* computer = window.computer();
    return QTest::qWaitFor(
        [computer] {
            return !computer->isBusy() && computer->latest() &&
                   computer->latest()->generation == computer->generation();
        },
        timeoutMs);
}

QPoint centreOf(const PixelView* view, int row, int col)
{
    return view->cellToWidget(QPointF(col + 0.5, row + 0.5)).toPoint();
}

// A mouse gesture on cells, with a move per listed cell, as a student's hand would make it.
void drag(PixelView* view, const std::vector<QPoint>& cells) // (x, y) = (col, row)
{
    QTest::mousePress(view, Qt::LeftButton, Qt::NoModifier,
                      centreOf(view, cells[0].y(), cells[0].x()));
    for (std::size_t i = 1; i < cells.size(); ++i)
        QTest::mouseMove(view, centreOf(view, cells[i].y(), cells[i].x()));
    QTest::mouseRelease(view, Qt::LeftButton, Qt::NoModifier,
                        centreOf(view, cells.back().y(), cells.back().x()));
}

// A small "2"-like polyline, drawn with a 1-cell brush starting at (row, col).
std::vector<QPoint> twoShape(int row, int col)
{
    return {{col, row},         {col + 4, row}, {col + 5, row + 1}, {col + 5, row + 3},
            {col + 1, row + 7}, {col, row + 8}, {col + 6, row + 8}};
}

DocumentState blankState(int rows, int cols, Parameters::Operation operation)
{
    DocumentState state;
    state.image = cv::Mat::zeros(rows, cols, CV_32F);
    state.patch = cv::Mat::ones(3, 3, CV_32F);
    state.parameters.operation = operation;
    return state;
}

// Records the regions a widget paints and the layout requests another receives.
class PaintAndLayoutSpy final : public QObject {
  public:
    PaintAndLayoutSpy(QWidget* painted, QWidget* laidOut) : m_painted(painted), m_laidOut(laidOut)
    {
        painted->installEventFilter(this);
        laidOut->installEventFilter(this);
    }
    QRegion painted;
    int layoutRequests = 0;

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == m_painted && event->type() == QEvent::Paint)
            painted += static_cast<QPaintEvent*>(event)->region();
        if (watched == m_laidOut && event->type() == QEvent::LayoutRequest)
            ++layoutRequests;
        return false;
    }

  private:
    QWidget* m_painted;
    QWidget* m_laidOut;
};

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

    std::unique_ptr<MainWindow> m_window;

    MainWindow& open(const DocumentState& state)
    {
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1366, 768);
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        [[maybe_unused]] const bool exposed = QTest::qWaitForWindowExposed(m_window.get());
        m_window->document()->replaceAll(state);
        return *m_window;
    }

    void useTool(Tool tool) { m_window->toolSettings()->setTool(tool); }

  private slots:
    void initTestCase() { test::isolateSettings(QStringLiteral("tst_mainwindow")); }

    void cleanup()
    {
        if (m_window)
            m_window->document()->undoStack()->setClean();
        m_window.reset();
    }

    void titleAndLinkedViews()
    {
        MainWindow& window = open(blankState(20, 30, Parameters::Operation::TemplateMatch));
        QVERIFY(window.windowTitle().contains(QStringLiteral("ConvLab")));
        QVERIFY(window.inputCanvas()->isVisible());
        QVERIFY(window.responseView()->isVisible());
        QVERIFY(window.parametersPanel()->isVisibleTo(&window));
        QVERIFY(settle(window));
    }

    void drawingAStrokeChangesTheResponse()
    {
        std::mt19937 rng(7);
        DocumentState state = blankState(30, 40, Parameters::Operation::CrossCorrelation);
        state.patch = test::randomMat(rng, 3, 3, 1, 0.2f, 1.f);
        MainWindow& window = open(state);
        QVERIFY(settle(window));
        const cv::Mat before = window.computer()->latest()->response.clone();

        useTool(Tool::Brush);
        window.toolSettings()->setBrushSize(1);
        drag(window.inputCanvas(), {{5, 10}, {8, 10}, {12, 10}});
        QCOMPARE(window.document()->image().at<float>(10, 5), 1.f);
        QCOMPARE(window.document()->image().at<float>(10, 12), 1.f);
        QCOMPARE(window.document()->image().at<float>(11, 8), 0.f);
        QVERIFY(settle(window));
        const cv::Mat after = window.computer()->latest()->response;
        QVERIFY(!identical(before, after));
        // What the view shows is core's conv2d of what was drawn.
        CONVLAB_COMPARE_MATS(after, conv2d(window.document()->image(), state.patch, ConvParams{}),
                             1e-5);
        QVERIFY(identical(window.responseView()->heatmap()->map(), after));
    }

    void strideTwoChangesOutputSizeAndFormula()
    {
        MainWindow& window = open(blankState(21, 30, Parameters::Operation::CrossCorrelation));
        QVERIFY(settle(window));
        QCOMPARE(window.computer()->latest()->response.rows, 19);
        const QString formulaBefore = window.parametersPanel()->formulaText();

        auto* stride = window.parametersPanel()->findChild<QSpinBox*>(QStringLiteral("strideRows"));
        QVERIFY(stride);
        QTest::keyClick(stride, Qt::Key_Up);
        QCOMPARE(window.document()->parameters().conv.stride.rows, 2);
        QVERIFY(settle(window));
        // floor((21 - 3) / 2) + 1 = 10 rows; columns unchanged: 28.
        QCOMPARE(window.computer()->latest()->response.rows, 10);
        QCOMPARE(window.computer()->latest()->response.cols, 28);
        const QString formula = window.parametersPanel()->formulaText();
        QVERIFY(formula != formulaBefore);
        QVERIFY2(formula.contains(QStringLiteral("/ 2) + 1 = 10")), qPrintable(formula));
        QVERIFY(formula.contains(QStringLiteral("10 × 28")));
    }

    void cuttingAPatchPutsThePeakThere()
    {
        std::mt19937 rng(11);
        DocumentState state = blankState(40, 50, Parameters::Operation::TemplateMatch);
        state.image = test::randomMat(rng, 40, 50, 1, 0.f, 1.f);
        MainWindow& window = open(state);
        useTool(Tool::Select);
        drag(window.inputCanvas(), {{17, 12}, {20, 15}, {23, 19}}); // cols 17..23, rows 12..19
        QCOMPARE(window.inputCanvas()->selection(), QRect(QPoint(17, 12), QPoint(23, 19)));
        QTest::keyClick(&window, Qt::Key_U, Qt::ControlModifier); // Edit ▸ Use selection as patch
        QCOMPARE(window.document()->patch().rows, 8);
        QCOMPARE(window.document()->patch().cols, 7);
        QVERIFY(settle(window));
        const auto result = window.computer()->latest();
        QVERIFY(!result->peaks.empty());
        QCOMPARE(result->peaks.front().row, 12);
        QCOMPARE(result->peaks.front().col, 17);
        QVERIFY(window.responseView()->peakText().contains(QStringLiteral("row 12, col 17")));
    }

    void drawingTheShapeElsewhereMovesThePeak()
    {
        MainWindow& window = open(blankState(50, 60, Parameters::Operation::TemplateMatch));
        useTool(Tool::Brush);
        window.toolSettings()->setBrushSize(1);
        drag(window.inputCanvas(), twoShape(5, 6));
        useTool(Tool::Select);
        drag(window.inputCanvas(), {{5, 4}, {13, 14}}); // a margin of one cell around the shape
        QVERIFY(window.useSelectionAsPatch());
        QVERIFY(settle(window));
        QCOMPARE(window.computer()->latest()->peaks.front().row, 4);
        QCOMPARE(window.computer()->latest()->peaks.front().col, 5);

        QTest::keyClick(&window, Qt::Key_Backspace, Qt::ControlModifier); // clear the image
        QCOMPARE(cv::countNonZero(window.document()->image()), 0);
        useTool(Tool::Brush);
        drag(window.inputCanvas(), twoShape(30, 40));
        QVERIFY(settle(window));
        const Peak best = window.computer()->latest()->peaks.front();
        QCOMPARE(best.row, 29);
        QCOMPARE(best.col, 39);
        QVERIFY(best.score > 0.999f);
    }

    void undoAndRedoAStroke()
    {
        MainWindow& window = open(blankState(30, 30, Parameters::Operation::CrossCorrelation));
        const cv::Mat original = window.document()->image().clone();
        useTool(Tool::Brush);
        window.toolSettings()->setBrushSize(3);
        drag(window.inputCanvas(), {{3, 3}, {10, 6}, {20, 20}});
        const cv::Mat drawn = window.document()->image().clone();
        QVERIFY(!identical(drawn, original));
        QCOMPARE(window.document()->undoStack()->count(), 1); // one stroke, one step

        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(identical(window.document()->image(), original));
        QVERIFY(identical(window.inputCanvas()->image(), original));
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(identical(window.document()->image(), drawn));
        QVERIFY(settle(window));
        CONVLAB_COMPARE_MATS(window.computer()->latest()->response,
                             conv2d(drawn, window.document()->patch(), ConvParams{}), 1e-5);
    }

    void saveThenOpenIsIdentical()
    {
        std::mt19937 rng(3);
        DocumentState state = blankState(25, 35, Parameters::Operation::TrueConvolution);
        state.image = test::randomMat(rng, 25, 35, 1, 0.f, 1.f);
        state.patch = test::randomMat(rng, 4, 5, 1, -1.f, 1.f);
        state.parameters.conv.stride = {2, 1};
        state.parameters.conv.padding = {1, 2, 0, 3};
        state.parameters.conv.paddingMode = PaddingMode::Reflect;
        state.view.colormap = Colormap::Magma;
        MainWindow& window = open(state);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("round.convlab"));
        QVERIFY(window.saveTo(path));
        QVERIFY(!window.document()->isModified());
        QVERIFY(window.windowTitle().contains(QStringLiteral("round.convlab")));

        window.newImage(5, 5); // change everything the file must bring back
        window.document()->setPatch(cv::Mat::ones(2, 2, CV_32F), QStringLiteral("patch"));
        QVERIFY(window.openFile(path));
        QVERIFY(identical(window.document()->image(), state.image));
        QVERIFY(identical(window.document()->patch(), state.patch));
        QVERIFY(window.document()->parameters() == state.parameters);
        QVERIFY(window.document()->viewSettings() == state.view);
        QVERIFY(identical(window.inputCanvas()->image(), state.image));
    }

    void aTruncatedFileIsRefusedAndTheWorkKept()
    {
        std::mt19937 rng(5);
        DocumentState state = blankState(20, 20, Parameters::Operation::TemplateMatch);
        state.image = test::randomMat(rng, 20, 20, 1, 0.f, 1.f);
        MainWindow& window = open(state);
        QTemporaryDir dir;
        const QString good = dir.filePath(QStringLiteral("good.convlab"));
        QVERIFY(window.saveTo(good));
        QFile in(good);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray bytes = in.readAll();
        const QString cut = dir.filePath(QStringLiteral("cut.convlab"));
        QFile out(cut);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes.left(bytes.size() / 2));
        out.close();

        useTool(Tool::Brush);
        drag(window.inputCanvas(), {{2, 2}, {15, 15}}); // unsaved work that must survive
        const cv::Mat work = window.document()->image().clone();
        const cv::Mat patch = window.document()->patch().clone();
        QVERIFY(!window.openFile(cut));
        QVERIFY(identical(window.document()->image(), work));
        QVERIFY(identical(window.document()->patch(), patch));
        QVERIFY(window.document()->isModified());
        auto* box = window.findChild<QMessageBox*>(QStringLiteral("errorMessage"));
        QVERIFY(box);
        QVERIFY(box->isVisible());
        QVERIFY(box->text().contains(QStringLiteral("unchanged")));
        box->close();

        // The same for an image cut short.
        const QString png = dir.filePath(QStringLiteral("cut.png"));
        QImage image(64, 64, QImage::Format_Grayscale8);
        image.fill(200);
        QVERIFY(image.save(png));
        QFile pngFile(png);
        QVERIFY(pngFile.open(QIODevice::ReadWrite));
        QVERIFY(pngFile.resize(pngFile.size() / 2));
        pngFile.close();
        QVERIFY(!window.openFile(png));
        QVERIFY(identical(window.document()->image(), work));
    }

    void anImpossibleParameterIsExplained()
    {
        MainWindow& window = open(blankState(20, 20, Parameters::Operation::CrossCorrelation));
        window.document()->setPatch(cv::Mat::ones(5, 5, CV_32F), QStringLiteral("patch"));
        QVERIFY(settle(window));
        QVERIFY(window.parametersPanel()->explanationText().isEmpty());

        auto* dilation =
            window.parametersPanel()->findChild<QSpinBox*>(QStringLiteral("dilationRows"));
        QVERIFY(dilation);
        dilation->selectAll();
        QTest::keyClicks(dilation, QStringLiteral("6"));
        QTest::keyClick(dilation, Qt::Key_Return);
        QCOMPARE(window.document()->parameters().conv.dilation.rows, 6);
        QVERIFY(settle(window));
        // 5 taps dilated by 6 span 25 cells, more than the 20 rows.
        const QString explanation = window.parametersPanel()->explanationText();
        QVERIFY2(explanation.contains(QStringLiteral("25")), qPrintable(explanation));
        QVERIFY(explanation.contains(QStringLiteral("20")));
        // The response view says why it is empty instead of going blank.
        QVERIFY(!window.responseView()->heatmap()->message().isEmpty());

        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(settle(window));
        QVERIFY(window.parametersPanel()->explanationText().isEmpty());
    }

    // A stroke's response is drawn at the cost of its changes: the map repaints only the cells
    // the stroke reaches, and neither the map nor the status line asks the window for a new
    // layout (each would measure every dock again, several times a second while drawing).
    void aStrokeRepaintsOnlyWhatItChanges()
    {
        std::mt19937 rng(11);
        DocumentState state = blankState(200, 300, Parameters::Operation::CrossCorrelation);
        state.image(cv::Rect(200, 100, 20, 20)).setTo(1.f); // the peak stays on this block
        state.patch = test::randomMat(rng, 9, 9, 1, 0.2f, 1.f);
        MainWindow& window = open(state);
        useTool(Tool::Brush);
        window.toolSettings()->setBrushSize(1);
        // A first stroke makes Undo available: its tool button changes once, not per stroke.
        drag(window.inputCanvas(), {{5, 150}, {9, 150}});
        QVERIFY(settle(window));
        // The hovered input cell's outline on the map moves to where the next stroke starts.
        ImageCanvas* canvas = window.inputCanvas();
        QTRY_VERIFY((QTest::mouseMove(canvas, centreOf(canvas, 10, 5)),
                     window.statusText().contains(QStringLiteral("Input (row 10, col 5)"))));
        QTest::qWait(100); // the first paints and layouts
        HeatmapView* map = window.responseView()->heatmap();
        const std::vector<Peak> peaksBefore = window.computer()->latest()->peaks;
        PaintAndLayoutSpy spy(map, &window);

        drag(window.inputCanvas(), {{5, 10}, {8, 10}, {12, 12}});
        QVERIFY(settle(window));
        QTRY_VERIFY(!spy.painted.isEmpty());
        QTest::qWait(50);

        QCOMPARE(window.computer()->latest()->peaks.size(), peaksBefore.size());
        QCOMPARE(window.computer()->latest()->peaks[0].row, peaksBefore[0].row);
        // Windows meeting image cells rows 10–12, cols 5–12: map rows 2–12, cols 0–12.
        const QRect reached = map->cellsToWidget(QRectF(0, 2, 13, 11)).toAlignedRect();
        const QRect allowed = reached.adjusted(-8, -8, 8, 8); // outline pens, rounding
        QVERIFY2(allowed.contains(spy.painted.boundingRect()),
                 qPrintable(QStringLiteral("painted %1,%2 %3x%4 outside %5,%6 %7x%8")
                                .arg(spy.painted.boundingRect().x())
                                .arg(spy.painted.boundingRect().y())
                                .arg(spy.painted.boundingRect().width())
                                .arg(spy.painted.boundingRect().height())
                                .arg(allowed.x())
                                .arg(allowed.y())
                                .arg(allowed.width())
                                .arg(allowed.height())));
        QCOMPARE(spy.layoutRequests, 0);
    }

    // Raw | normalised side by side: the worker colours, searches and counts both maps, so
    // that the window only draws the images it made; after a stroke, only where it reached.
    void sideBySideDrawsWhatTheWorkerPrepared()
    {
        std::mt19937 rng(23);
        DocumentState state = blankState(60, 80, Parameters::Operation::TemplateMatch);
        state.image = test::randomMat(rng, 60, 80, 1, 0.f, 0.5f);
        state.image(cv::Rect(60, 40, 12, 10)).setTo(1.f); // the raw peak stays on this block
        state.patch = test::randomMat(rng, 7, 7, 1, 0.2f, 1.f);
        state.view.sideBySide = true;
        MainWindow& window = open(state);
        auto* raw = window.findChild<HeatmapView*>(QStringLiteral("rawMap"));
        auto* normalised = window.findChild<HeatmapView*>(QStringLiteral("normalisedMap"));
        QVERIFY(raw && normalised);
        const auto verifyShown = [&] {
            QVERIFY(settle(window));
            const auto result = window.computer()->latest();
            QVERIFY(raw->isVisible() && normalised->isVisible());
            QVERIFY(!result->rawSide.display.colored.isNull());
            QCOMPARE(raw->coloredMap().cacheKey(), result->rawSide.display.colored.cacheKey());
            QCOMPARE(normalised->coloredMap().cacheKey(),
                     result->normalisedSide.display.colored.cacheKey());
        };
        verifyShown();
        useTool(Tool::Brush);
        window.toolSettings()->setBrushSize(1);
        QTest::qWait(100); // the first paints
        PaintAndLayoutSpy spy(raw, &window);
        drag(window.inputCanvas(), {{5, 10}, {9, 12}});
        verifyShown();
        QTRY_VERIFY(!spy.painted.isEmpty());
        // Windows meeting image rows 10–12, cols 5–9: map rows 4–12, cols 0–9.
        const QRect reached = raw->cellsToWidget(QRectF(0, 4, 10, 9)).toAlignedRect();
        QVERIFY(reached.adjusted(-8, -8, 8, 8).contains(spy.painted.boundingRect()));
    }

    void hoveringLinksTheViews()
    {
        MainWindow& window = open(blankState(20, 24, Parameters::Operation::CrossCorrelation));
        QVERIFY(settle(window));
        HeatmapView* map = window.responseView()->heatmap();
        // The views may still be fitting themselves to the window: aim again on each try.
        QTRY_VERIFY2((QTest::mouseMove(map, centreOf(map, 4, 7)),
                      window.statusText().contains(QStringLiteral("row 4, col 7"))),
                     qPrintable(window.statusText()));
        ImageCanvas* canvas = window.inputCanvas();
        QTRY_VERIFY2((QTest::mouseMove(canvas, centreOf(canvas, 9, 11)),
                      window.statusText().contains(QStringLiteral("Input (row 9, col 11)"))),
                     qPrintable(window.statusText()));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
