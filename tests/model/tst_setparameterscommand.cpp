// SPDX-License-Identifier: MIT
// SetParametersCommand on its own: redo, undo, and merging by control (a spin box held down is
// one undo step; another control starts its own; coming back to the start leaves nothing).
#include "commands/SetFieldsCommand.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace convlab;

namespace {

DocumentState plainState()
{
    DocumentState state;
    state.image = cv::Mat::zeros(8, 8, CV_32F);
    state.patch = cv::Mat::ones(3, 3, CV_32F);
    return state;
}

Parameters withStride(Parameters p, int stride)
{
    p.conv.stride = {stride, stride};
    return p;
}

} // namespace

class TestSetParametersCommand : public QObject {
    Q_OBJECT
  private slots:
    void redoSetsTheParametersAndSignals()
    {
        Document document(plainState());
        const Parameters after = withStride(document.parameters(), 2);
        SetParametersCommand command(&document, after);
        QSignalSpy changed(&document, &Document::parametersChanged);

        command.redo();

        QVERIFY(document.parameters() == after);
        QCOMPARE(changed.count(), 1);
    }

    void undoPutsTheParametersBack()
    {
        Document document(plainState());
        const Parameters before = document.parameters();
        SetParametersCommand command(&document, withStride(before, 3));
        command.redo();

        command.undo();

        QVERIFY(document.parameters() == before);
    }

    void theSameControlMergesIntoOneStep()
    {
        Document document(plainState());
        const Parameters before = document.parameters();
        SetParametersCommand first(&document, withStride(before, 2));
        first.redo();
        const SetParametersCommand second(&document, withStride(before, 3));

        const bool merged = first.mergeWith(&second);

        QVERIFY(merged);
        first.undo();
        QVERIFY(document.parameters() == before);
        first.redo();
        QCOMPARE(document.parameters().conv.stride.rows, 3);
    }

    void anotherControlDoesNotMerge()
    {
        Document document(plainState());
        SetParametersCommand stride(&document, withStride(document.parameters(), 2));
        stride.redo();
        Parameters padded = document.parameters();
        padded.conv.padding = Padding::uniform(1);
        const SetParametersCommand padding(&document, padded);

        const bool merged = stride.mergeWith(&padding);

        QVERIFY(!merged);
    }

    void mergingBackToTheStartLeavesNoStep()
    {
        Document document(plainState());
        const Parameters before = document.parameters();
        QUndoStack* stack = document.undoStack();
        stack->push(new SetParametersCommand(&document, withStride(before, 2)));

        stack->push(new SetParametersCommand(&document, before));

        QCOMPARE(stack->count(), 0); // obsolete once merged: removed from the stack
        QVERIFY(document.parameters() == before);
    }
};

QTEST_GUILESS_MAIN(TestSetParametersCommand)
#include "tst_setparameterscommand.moc"
