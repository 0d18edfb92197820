// SPDX-License-Identifier: MIT
// SetViewSettingsCommand on its own: redo, undo, and merging by setting (a range dragged is one
// undo step; another setting starts its own).
#include "commands/SetFieldsCommand.h"

#include <QSignalSpy>
#include <QTest>

using namespace convlab;

namespace {

DocumentState plainState()
{
    DocumentState state;
    state.image = cv::Mat::zeros(8, 8, CV_32F);
    state.patch = cv::Mat::ones(3, 3, CV_32F);
    return state;
}

ViewSettings withRange(ViewSettings view, double high)
{
    view.autoRange = false;
    view.rangeHigh = high;
    return view;
}

} // namespace

class TestSetViewSettingsCommand : public QObject {
    Q_OBJECT
  private slots:
    void redoSetsTheViewAndSignals()
    {
        Document document(plainState());
        ViewSettings after = document.viewSettings();
        after.colormap = Colormap::Magma;
        SetViewSettingsCommand command(&document, after);
        QSignalSpy changed(&document, &Document::viewSettingsChanged);

        command.redo();

        QVERIFY(document.viewSettings() == after);
        QCOMPARE(changed.count(), 1);
    }

    void undoPutsTheViewBack()
    {
        Document document(plainState());
        const ViewSettings before = document.viewSettings();
        ViewSettings after = before;
        after.overlay = true;
        SetViewSettingsCommand command(&document, after);
        command.redo();

        command.undo();

        QVERIFY(document.viewSettings() == before);
    }

    void theSameSettingMergesIntoOneStep()
    {
        Document document(plainState());
        const ViewSettings before = document.viewSettings();
        SetViewSettingsCommand first(&document, withRange(before, 2.0));
        first.redo();
        const SetViewSettingsCommand second(&document, withRange(before, 3.0));

        const bool merged = first.mergeWith(&second);

        QVERIFY(merged);
        first.redo();
        QCOMPARE(document.viewSettings().rangeHigh, 3.0);
        first.undo();
        QVERIFY(document.viewSettings() == before);
    }

    void anotherSettingDoesNotMerge()
    {
        Document document(plainState());
        SetViewSettingsCommand range(&document, withRange(document.viewSettings(), 2.0));
        range.redo();
        ViewSettings overlaid = document.viewSettings();
        overlaid.overlay = true;
        const SetViewSettingsCommand overlay(&document, overlaid);

        const bool merged = range.mergeWith(&overlay);

        QVERIFY(!merged);
    }
};

QTEST_GUILESS_MAIN(TestSetViewSettingsCommand)
#include "tst_setviewsettingscommand.moc"
