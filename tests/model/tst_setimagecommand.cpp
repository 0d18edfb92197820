// SPDX-License-Identifier: MIT
// SetImageCommand on its own: redo, undo, and no merging (each replacement is its own step).
#include "commands/SetImageCommand.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace convlab;

namespace {

DocumentState stateWith(const cv::Mat& image)
{
    DocumentState state;
    state.image = image;
    state.patch = cv::Mat::ones(3, 3, CV_32F);
    return state;
}

bool identical(const cv::Mat& a, const cv::Mat& b)
{
    return a.size() == b.size() && a.type() == b.type() && cv::norm(a, b, cv::NORM_INF) == 0;
}

} // namespace

class TestSetImageCommand : public QObject {
    Q_OBJECT
  private slots:
    void redoPutsTheNewImageAndSignalsTheWholeOfIt()
    {
        Document document(stateWith(cv::Mat::zeros(4, 5, CV_32F)));
        const cv::Mat larger(6, 7, CV_32F, cv::Scalar(0.5));
        SetImageCommand command(&document, larger, QStringLiteral("larger"));
        QSignalSpy changed(&document, &Document::imageChanged);

        command.redo();

        QVERIFY(identical(document.image(), larger));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toRect(), QRect(0, 0, 7, 6));
        QCOMPARE(command.text(), QStringLiteral("larger"));
    }

    void undoPutsTheImageBack()
    {
        const cv::Mat before(4, 5, CV_32F, cv::Scalar(0.25));
        Document document(stateWith(before));
        SetImageCommand command(&document, cv::Mat::ones(2, 2, CV_32F), QStringLiteral("x"));
        command.redo();

        command.undo();

        QVERIFY(identical(document.image(), before));
    }

    void theCommandKeepsItsOwnCopies()
    {
        cv::Mat after(3, 3, CV_32F, cv::Scalar(1));
        Document document(stateWith(cv::Mat::zeros(3, 3, CV_32F)));
        SetImageCommand command(&document, after, QStringLiteral("x"));

        after.setTo(7); // the caller's matrix changes after the push
        command.redo();

        QCOMPARE(document.image().at<float>(0, 0), 1.0F);
    }

    void twoReplacementsNeverMerge()
    {
        Document document(stateWith(cv::Mat::zeros(3, 3, CV_32F)));
        QUndoStack* stack = document.undoStack();

        stack->push(
            new SetImageCommand(&document, cv::Mat::ones(3, 3, CV_32F), QStringLiteral("a")));
        stack->push(
            new SetImageCommand(&document, cv::Mat::ones(4, 4, CV_32F), QStringLiteral("b")));

        QCOMPARE(stack->count(), 2);
        stack->undo();
        QVERIFY(identical(document.image(), cv::Mat::ones(3, 3, CV_32F)));
    }
};

QTEST_GUILESS_MAIN(TestSetImageCommand)
#include "tst_setimagecommand.moc"
