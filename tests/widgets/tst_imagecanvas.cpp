// SPDX-License-Identifier: MIT
#include "views/ImageCanvas.h"
#include "views/ToolSettings.h"

#include <QLineEdit>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTest>

using namespace convlab;

namespace {

QPoint centreOf(const PixelView& view, int row, int col)
{
    return view.cellToWidget(QPointF(col + 0.5, row + 0.5)).toPoint();
}

} // namespace

class TestImageCanvas : public QObject {
    Q_OBJECT

    ToolSettings m_tools;

    // A canvas on a blank image that applies its own edits, as the document would.
    struct Fixture {
        ImageCanvas canvas;
        explicit Fixture(ToolSettings* tools, int rows, int cols) : canvas(tools)
        {
            canvas.resize(400, 400);
            canvas.setImage(cv::Mat::zeros(rows, cols, CV_32F));
            QObject::connect(&canvas, &ImageCanvas::imageEdited, &canvas,
                             [this](const cv::Mat& image, const QRect& dirty, int) {
                                 canvas.updateImage(image.clone(), dirty);
                             });
            canvas.show();
        }
    };

  private slots:
    void init()
    {
        m_tools.setTool(Tool::Brush);
        m_tools.setBrushSize(1);
        m_tools.setIntensity(1.0);
        m_tools.setFilled(false);
    }

    void strokeIsOneUndoStepPaintedWhileMoving()
    {
        Fixture f(&m_tools, 20, 20);
        QSignalSpy edits(&f.canvas, &ImageCanvas::imageEdited);
        QTest::mousePress(&f.canvas, Qt::LeftButton, {}, centreOf(f.canvas, 4, 2));
        QCOMPARE(edits.count(), 1); // the first dab shows at once
        QTest::mouseMove(&f.canvas, centreOf(f.canvas, 4, 9));
        QCOMPARE(edits.count(), 2); // and every move, live
        QTest::mouseRelease(&f.canvas, Qt::LeftButton, {}, centreOf(f.canvas, 4, 9));
        const int id = edits.at(0).at(2).toInt();
        QCOMPARE(edits.at(1).at(2).toInt(), id);
        const cv::Mat& image = f.canvas.image();
        QCOMPARE(cv::countNonZero(image), 8);
        for (int c = 2; c <= 9; ++c)
            QCOMPARE(image.at<float>(4, c), 1.f);

        QTest::mousePress(&f.canvas, Qt::LeftButton, {}, centreOf(f.canvas, 10, 10));
        QTest::mouseRelease(&f.canvas, Qt::LeftButton, {}, centreOf(f.canvas, 10, 10));
        QVERIFY(edits.last().at(2).toInt() != id); // a new stroke, a new undo step
    }

    void eraserWritesZeroAndIntensityIsWritten()
    {
        Fixture f(&m_tools, 10, 10);
        m_tools.setIntensity(0.4);
        QTest::mouseClick(&f.canvas, Qt::LeftButton, {}, centreOf(f.canvas, 3, 3));
        QCOMPARE(f.canvas.image().at<float>(3, 3), 0.4f);
        m_tools.setTool(Tool::Eraser);
        QTest::mouseClick(&f.canvas, Qt::LeftButton, {}, centreOf(f.canvas, 3, 3));
        QCOMPARE(f.canvas.image().at<float>(3, 3), 0.f);
    }

    void shapesAreCommittedOnRelease()
    {
        Fixture f(&m_tools, 16, 16);
        m_tools.setTool(Tool::Rectangle);
        m_tools.setFilled(true);
        QSignalSpy edits(&f.canvas, &ImageCanvas::imageEdited);
        QTest::mousePress(&f.canvas, Qt::LeftButton, {}, centreOf(f.canvas, 2, 3));
        QTest::mouseMove(&f.canvas, centreOf(f.canvas, 5, 7));
        QCOMPARE(edits.count(), 0); // only a preview while dragging
        QTest::mouseRelease(&f.canvas, Qt::LeftButton, {}, centreOf(f.canvas, 5, 7));
        QCOMPARE(edits.count(), 1);
        QCOMPARE(cv::countNonZero(f.canvas.image()), 4 * 5); // rows 2..5, cols 3..7
    }

    void fillAndText()
    {
        Fixture f(&m_tools, 30, 30);
        m_tools.setTool(Tool::Fill);
        m_tools.setIntensity(0.25);
        QTest::mouseClick(&f.canvas, Qt::LeftButton, {}, centreOf(f.canvas, 0, 0));
        QCOMPARE(cv::countNonZero(f.canvas.image() == 0.25f), 900);
        m_tools.setTool(Tool::Text);
        m_tools.setIntensity(1.0);
        m_tools.setText(QStringLiteral("2"));
        m_tools.setTextSize(16);
        QTest::mouseClick(&f.canvas, Qt::LeftButton, {}, centreOf(f.canvas, 15, 15));
        QVERIFY(cv::countNonZero(f.canvas.image() > 0.9f) > 10);
    }

    void rubberBandSelects()
    {
        Fixture f(&m_tools, 20, 20);
        m_tools.setTool(Tool::Select);
        QSignalSpy selection(&f.canvas, &ImageCanvas::selectionChanged);
        QTest::mousePress(&f.canvas, Qt::LeftButton, {}, centreOf(f.canvas, 12, 9));
        QTest::mouseMove(&f.canvas, centreOf(f.canvas, 5, 4));
        QTest::mouseRelease(&f.canvas, Qt::LeftButton, {}, centreOf(f.canvas, 5, 4));
        QCOMPARE(f.canvas.selection(), QRect(QPoint(4, 5), QPoint(9, 12)));
        QVERIFY(selection.count() >= 1);
        QCOMPARE(cv::countNonZero(f.canvas.image()), 0); // selecting never paints
    }

    void clickAndTypeACellValue()
    {
        Fixture f(&m_tools, 5, 5); // small: cells are large enough to show their values
        QVERIFY(f.canvas.valuesVisible());
        m_tools.setTool(Tool::Select);
        QTest::mouseClick(&f.canvas, Qt::LeftButton, {}, centreOf(f.canvas, 1, 3));
        QCOMPARE(f.canvas.selection(), QRect(3, 1, 1, 1));
        QTest::keyClick(&f.canvas, Qt::Key_2);
        auto* editor = f.canvas.findChild<QLineEdit*>();
        QVERIFY(editor);
        QTest::keyClicks(editor, QStringLiteral(".5"));
        QTest::keyClick(editor, Qt::Key_Return);
        QCOMPARE(f.canvas.image().at<float>(1, 3), 2.5f);
        QCOMPARE(cv::countNonZero(f.canvas.image()), 1);

        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // the first editor
        QTest::mouseDClick(&f.canvas, Qt::LeftButton, {}, centreOf(f.canvas, 4, 0));
        editor = f.canvas.findChild<QLineEdit*>();
        QVERIFY(editor);
        QCOMPARE(f.canvas.findChildren<QLineEdit*>().size(), 1);
        editor->setText(QStringLiteral("-1"));
        QTest::keyClick(editor, Qt::Key_Return);
        QCOMPARE(f.canvas.image().at<float>(4, 0), -1.f);
    }

    // Live updates only look at the changed cells while the image stays in [0, 1]; the grey
    // levels must still follow the whole image's range whenever a stroke leaves or re-enters it.
    void liveEditsKeepTheDisplayRangeOfTheWholeImage()
    {
        Fixture f(&m_tools, 100, 100); // 4-pixel cells: no grid, no values over the colours
        const auto grey = [&f](int row, int col) {
            return qGray(f.canvas.grab().toImage().pixel(centreOf(f.canvas, row, col)));
        };
        cv::Mat image = cv::Mat::zeros(100, 100, CV_32F);
        image.at<float>(10, 10) = 1.f;
        f.canvas.setImage(image.clone());
        QCOMPARE(grey(10, 10), 255);

        const auto edit = [&](int row, int col, float value) {
            image.at<float>(row, col) = value;
            f.canvas.updateImage(image.clone(), QRect(col, row, 1, 1));
        };
        edit(50, 60, 0.5f); // stays in [0, 1]
        QCOMPARE(grey(50, 60), 128);
        QCOMPARE(grey(10, 10), 255);
        edit(50, 60, 4.f); // range [0, 4]: the old white is a dark grey now
        QCOMPARE(grey(50, 60), 255);
        QCOMPARE(grey(10, 10), 64);
        edit(70, 20, 2.f); // inside [0, 4]: nothing else changes
        QCOMPARE(grey(70, 20), 128);
        edit(50, 60, 0.f); // the maximum erased: the range shrinks to [0, 2]
        QCOMPARE(grey(70, 20), 255);
        QCOMPARE(grey(10, 10), 128);
        edit(70, 20, 1.f); // back in [0, 1]
        QCOMPARE(grey(10, 10), 255);
        QCOMPARE(grey(70, 20), 255);
        QCOMPARE(grey(50, 60), 0);
    }

    // The brush or eraser ring and the stamp's text follow the mouse over the image, and go
    // with it: nothing of them stays on the image once the mouse has left.
    void noToolGhostAfterTheMouseLeaves_data()
    {
        QTest::addColumn<int>("tool");
        QTest::newRow("eraser") << static_cast<int>(Tool::Eraser);
        QTest::newRow("brush") << static_cast<int>(Tool::Brush);
        QTest::newRow("text stamp") << static_cast<int>(Tool::Text);
        QTest::newRow("fill") << static_cast<int>(Tool::Fill);
    }

    void noToolGhostAfterTheMouseLeaves()
    {
        QFETCH(int, tool);
        Fixture f(&m_tools, 12, 12);
        QVERIFY(QTest::qWaitForWindowExposed(&f.canvas));
        m_tools.setTool(static_cast<Tool>(tool));
        m_tools.setBrushSize(5);
        m_tools.setTextSize(6);
        const QImage before = f.canvas.grab().toImage();
        const QPointF at = centreOf(f.canvas, 6, 6);
        QMouseEvent move(QEvent::MouseMove, at, f.canvas.mapToGlobal(at), Qt::NoButton,
                         Qt::NoButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&f.canvas, &move);
        QVERIFY(f.canvas.grab().toImage() != before); // the preview shows under the mouse
        QEvent leave(QEvent::Leave);
        QCoreApplication::sendEvent(&f.canvas, &leave);
        QCOMPARE(f.canvas.grab().toImage(), before);
        QCOMPARE(cv::countNonZero(f.canvas.image()), 0); // hovering painted nothing
    }

    void zoomKeepsTheCellUnderTheCursor()
    {
        Fixture f(&m_tools, 50, 50);
        const QPoint anchor = centreOf(f.canvas, 20, 30);
        const QPointF before = f.canvas.widgetToCell(anchor);
        QWheelEvent wheel(anchor, f.canvas.mapToGlobal(anchor), {}, QPoint(0, 240), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(&f.canvas, &wheel);
        QVERIFY(f.canvas.zoom() > 1.4 * 400.0 / 60);
        QVERIFY(!f.canvas.isFitting());
        const QPointF after = f.canvas.widgetToCell(anchor);
        QVERIFY(std::abs(after.x() - before.x()) < 1e-6 && std::abs(after.y() - before.y()) < 1e-6);
        f.canvas.zoomToFit();
        QVERIFY(f.canvas.isFitting());
    }
};

QTEST_MAIN(TestImageCanvas)
#include "tst_imagecanvas.moc"
