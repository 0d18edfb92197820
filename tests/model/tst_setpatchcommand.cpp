// SPDX-License-Identifier: MIT
// SetPatchCommand on its own: redo, undo, and no merging (each replacement is its own step).
#include "commands/SetPatchCommand.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace convlab;

namespace {

DocumentState stateWith(const cv::Mat& patch)
{
    DocumentState state;
    state.image = cv::Mat::ones(8, 8, CV_32F);
    state.patch = patch;
    return state;
}

bool identical(const cv::Mat& a, const cv::Mat& b)
{
    return a.size() == b.size() && a.type() == b.type() && cv::norm(a, b, cv::NORM_INF) == 0;
}

} // namespace

class TestSetPatchCommand : public QObject {
    Q_OBJECT
  private slots:
    void redoPutsTheNewPatchAndSignalsIt()
    {
        Document document(stateWith(cv::Mat::zeros(4, 5, CV_32F)));
        const cv::Mat larger(6, 7, CV_32F, cv::Scalar(0.5));
        SetPatchCommand command(&document, larger, QStringLiteral("larger"));
        QSignalSpy changed(&document, &Document::patchChanged);

        command.redo();

        QVERIFY(identical(document.patch(), larger));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(command.text(), QStringLiteral("larger"));
    }

    void undoPutsThePatchBack()
    {
        const cv::Mat before(4, 5, CV_32F, cv::Scalar(0.25));
        Document document(stateWith(before));
        SetPatchCommand command(&document, cv::Mat::ones(2, 2, CV_32F), QStringLiteral("x"));
        command.redo();

        command.undo();

        QVERIFY(identical(document.patch(), before));
    }

    void theCommandKeepsItsOwnCopies()
    {
        cv::Mat after(3, 3, CV_32F, cv::Scalar(1));
        Document document(stateWith(cv::Mat::zeros(3, 3, CV_32F)));
        SetPatchCommand command(&document, after, QStringLiteral("x"));

        after.setTo(7); // the caller's matrix changes after the push
        command.redo();

        QCOMPARE(document.patch().at<float>(0, 0), 1.0F);
    }

    void twoReplacementsNeverMerge()
    {
        Document document(stateWith(cv::Mat::zeros(3, 3, CV_32F)));
        QUndoStack* stack = document.undoStack();

        stack->push(
            new SetPatchCommand(&document, cv::Mat::ones(3, 3, CV_32F), QStringLiteral("a")));
        stack->push(
            new SetPatchCommand(&document, cv::Mat::ones(4, 4, CV_32F), QStringLiteral("b")));

        QCOMPARE(stack->count(), 2);
        stack->undo();
        QVERIFY(identical(document.patch(), cv::Mat::ones(3, 3, CV_32F)));
    }
};

QTEST_GUILESS_MAIN(TestSetPatchCommand)
#include "tst_setpatchcommand.moc"
