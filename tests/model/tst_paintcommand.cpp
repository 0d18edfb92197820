// SPDX-License-Identifier: MIT
// PaintCommand on its own: redo, undo, and merging by stroke (the moves of one stroke are one
// undo step; another stroke, or the other layer, is its own).
#include "commands/PaintCommand.h"

#include <QSignalSpy>
#include <QTest>

using namespace convlab;

namespace {

DocumentState plainState()
{
    DocumentState state;
    state.image = cv::Mat::zeros(16, 16, CV_32F);
    state.patch = cv::Mat::zeros(4, 4, CV_32F);
    return state;
}

// The layer with the rectangle `cells` set to `value`.
cv::Mat painted(const cv::Mat& layer, const QRect& cells, float value)
{
    cv::Mat edited = layer.clone();
    edited(cv::Rect(cells.x(), cells.y(), cells.width(), cells.height())).setTo(value);
    return edited;
}

} // namespace

class TestPaintCommand : public QObject {
    Q_OBJECT
  private slots:
    void redoPaintsTheCellsAndSignalsThem()
    {
        Document document(plainState());
        const QRect cells(2, 3, 4, 2);
        PaintCommand command(&document, PaintCommand::Target::Image,
                             painted(document.image(), cells, 1.0F), cells, 7);
        QSignalSpy changed(&document, &Document::imageChanged);

        command.redo();

        QCOMPARE(document.image().at<float>(3, 2), 1.0F);
        QCOMPARE(document.image().at<float>(0, 0), 0.0F);
        QCOMPARE(changed.count(), 1);
        QVERIFY(changed.first().first().toRect().contains(cells));
    }

    void undoPaintsTheOldCellsBack()
    {
        Document document(plainState());
        const QRect cells(0, 0, 3, 3);
        PaintCommand command(&document, PaintCommand::Target::Patch,
                             painted(document.patch(), cells, 2.0F), cells, 1);
        command.redo();

        command.undo();

        QCOMPARE(cv::countNonZero(document.patch()), 0);
    }

    void theMovesOfOneStrokeMerge()
    {
        Document document(plainState());
        PaintCommand first(&document, PaintCommand::Target::Image,
                           painted(document.image(), QRect(0, 0, 2, 2), 1.0F), QRect(0, 0, 2, 2),
                           5);
        first.redo();
        PaintCommand second(&document, PaintCommand::Target::Image,
                            painted(document.image(), QRect(8, 8, 2, 2), 1.0F), QRect(8, 8, 2, 2),
                            5);
        second.redo();

        const bool merged = first.mergeWith(&second);

        QVERIFY(merged);
        first.undo(); // both moves
        QCOMPARE(cv::countNonZero(document.image()), 0);
        first.redo();
        QCOMPARE(cv::countNonZero(document.image()), 8);
    }

    void anotherStrokeOrLayerDoesNotMerge()
    {
        Document document(plainState());
        PaintCommand stroke(&document, PaintCommand::Target::Image,
                            painted(document.image(), QRect(0, 0, 1, 1), 1.0F), QRect(0, 0, 1, 1),
                            1);
        const PaintCommand next(&document, PaintCommand::Target::Image,
                                painted(document.image(), QRect(1, 1, 1, 1), 1.0F),
                                QRect(1, 1, 1, 1), 2);
        const PaintCommand patch(&document, PaintCommand::Target::Patch,
                                 painted(document.patch(), QRect(0, 0, 1, 1), 1.0F),
                                 QRect(0, 0, 1, 1), 1);

        const bool mergedStroke = stroke.mergeWith(&next);
        const bool mergedLayer = stroke.mergeWith(&patch);

        QVERIFY(!mergedStroke);
        QVERIFY(!mergedLayer);
    }
};

QTEST_GUILESS_MAIN(TestPaintCommand)
#include "tst_paintcommand.moc"
