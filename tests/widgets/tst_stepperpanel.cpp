// SPDX-License-Identifier: MIT
#include "TestData.h"
#include "document/Document.h"
#include "stepper/CheckerboardView.h"
#include "stepper/MatrixView.h"
#include "stepper/PresetBar.h"
#include "stepper/StepThroughPanel.h"
#include "stepper/StepperModel.h"
#include "stepper/StepperPage.h"
#include "stepper/TransposedConvView.h"

#include <QTabWidget>
#include <QTest>
#include <QToolButton>
#include <random>

using namespace convlab;

class TestStepperPanel : public QObject {
    Q_OBJECT
  private slots:
    void standsAloneWithFourTabsOfExamples()
    {
        StepThroughPanel panel;
        auto* tabs = panel.findChild<QTabWidget*>();
        QVERIFY(tabs);
        QCOMPARE(tabs->count(), 4);
        QCOMPARE(panel.currentTab(), StepThroughPanel::Tab::Stepper);
        QVERIFY(panel.stepper()->model()->isValid());
        QVERIFY(panel.transposed()->model()->isValid());
        QVERIFY(panel.matrix()->isValid());
        panel.showTab(StepThroughPanel::Tab::Matrix);
        QCOMPARE(tabs->currentWidget(), panel.matrix());
        panel.showTab(StepThroughPanel::Tab::Checkerboard);
        QCOMPARE(tabs->currentWidget(), panel.checkerboard());
    }

    void theKeysGoToTheTabShown()
    {
        StepThroughPanel panel;
        panel.resize(1200, 800);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.activateWindow();
        panel.showTab(StepThroughPanel::Tab::Transposed);
        QCOMPARE(panel.focusProxy(), panel.transposed());
        panel.showTab(StepThroughPanel::Tab::Stepper);
        QCOMPARE(panel.focusProxy(), panel.stepper());
        QTest::keyClick(panel.stepper(), Qt::Key_End);
        QVERIFY(panel.stepper()->model()->isAtEnd());
    }

    void everyPresetOfBothTabsReachesItsLastStepWithEnd()
    {
        StepThroughPanel panel;
        for (const ArithmeticPreset& preset : arithmeticPresets()) {
            panel.stepper()->presetBar()->button(preset.id)->click();
            QCOMPARE(panel.stepper()->model()->current(), 0LL);
            QTest::keyClick(panel.stepper(), Qt::Key_End);
            QVERIFY(panel.stepper()->model()->isAtEnd());
            panel.transposed()->presetBar()->button(preset.id)->click();
            QCOMPARE(panel.transposed()->model()->current(), 0LL);
            QTest::keyClick(panel.transposed(), Qt::Key_End);
            QVERIFY(panel.transposed()->model()->isAtEnd());
        }
    }

    void bindsTheStepperToALesson()
    {
        std::mt19937 rng(8);
        DocumentState state;
        state.image = test::randomMat(rng, 9, 11, 1, 0.f, 1.f);
        state.patch = test::randomMat(rng, 3, 2, 1, 0.f, 1.f);
        Document lesson(state);
        StepThroughPanel panel;
        panel.bindToDocument(&lesson);
        QCOMPARE(panel.stepper()->source(), StepperPage::Source::Document);
        CONVLAB_COMPARE_MATS(panel.stepper()->model()->setup().input, state.image, 0);
        // Template matching by default: (9−3+1) × (11−2+1) windows.
        QCOMPARE(panel.stepper()->model()->total(), 7LL * 10);
        panel.bindToDocument(nullptr);
        QCOMPARE(panel.stepper()->source(), StepperPage::Source::Example);
    }
};

QTEST_MAIN(TestStepperPanel)
#include "tst_stepperpanel.moc"
