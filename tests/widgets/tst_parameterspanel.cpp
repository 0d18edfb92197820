// SPDX-License-Identifier: MIT
#include "views/ParametersPanel.h"

#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

Q_DECLARE_METATYPE(convlab::Padding)

using namespace convlab;

class TestParametersPanel : public QObject {
    Q_OBJECT

    static Parameters lastEdit(const QSignalSpy& spy)
    {
        return spy.last().at(0).value<Parameters>();
    }

  private slots:
    void initTestCase() { qRegisterMetaType<Parameters>("convlab::Parameters"); }

    void paddingShortcuts_data()
    {
        QTest::addColumn<QString>("button");
        QTest::addColumn<int>("kernelRows");
        QTest::addColumn<int>("kernelCols");
        QTest::addColumn<int>("dilation");
        QTest::addColumn<Padding>("expected");
        // same: total d(k-1), the odd cell after (PyTorch); full: d(k-1) on each side.
        QTest::addRow("valid") << "paddingValid" << 5 << 3 << 1 << Padding{0, 0, 0, 0};
        QTest::addRow("same 5×3") << "paddingSame" << 5 << 3 << 1 << Padding{2, 2, 1, 1};
        QTest::addRow("same 4×4") << "paddingSame" << 4 << 4 << 1 << Padding{1, 2, 1, 2};
        QTest::addRow("same dilated") << "paddingSame" << 3 << 3 << 2 << Padding{2, 2, 2, 2};
        QTest::addRow("full 5×3") << "paddingFull" << 5 << 3 << 1 << Padding{4, 4, 2, 2};
    }

    void paddingShortcuts()
    {
        QFETCH(QString, button);
        QFETCH(int, kernelRows);
        QFETCH(int, kernelCols);
        QFETCH(int, dilation);
        QFETCH(Padding, expected);
        ParametersPanel panel;
        Parameters start;
        start.operation = Parameters::Operation::CrossCorrelation;
        start.conv.dilation = {dilation, dilation};
        start.conv.padding = {7, 7, 7, 7};
        panel.setParameters(start);
        panel.setPatchSize(kernelRows, kernelCols);
        QSignalSpy edits(&panel, &ParametersPanel::parametersEdited);
        QTest::mouseClick(panel.findChild<QPushButton*>(button), Qt::LeftButton);
        QCOMPARE(edits.count(), 1);
        QVERIFY(lastEdit(edits).conv.padding == expected);
    }

    void controlsEditTheParameters()
    {
        ParametersPanel panel;
        Parameters start;
        start.operation = Parameters::Operation::CrossCorrelation;
        panel.setParameters(start);
        QSignalSpy edits(&panel, &ParametersPanel::parametersEdited);
        QTest::keyClick(panel.findChild<QSpinBox*>(QStringLiteral("strideCols")), Qt::Key_Up);
        QVERIFY((lastEdit(edits).conv.stride == Pair{1, 2}));
        auto* operation = panel.findChild<QComboBox*>(QStringLiteral("operation"));
        operation->setCurrentIndex(1);
        QVERIFY(lastEdit(edits).operation == Parameters::Operation::TrueConvolution);
        QVERIFY(lastEdit(edits).conv.trueConvolution);
        auto* mode = panel.findChild<QComboBox*>(QStringLiteral("paddingMode"));
        mode->setCurrentIndex(mode->findData(static_cast<int>(PaddingMode::Circular)));
        QVERIFY(lastEdit(edits).conv.paddingMode == PaddingMode::Circular);
        const int before = edits.count();
        panel.setParameters(start); // showing the document's state is not an edit
        QCOMPARE(edits.count(), before);
        QCOMPARE(panel.findChild<QSpinBox*>(QStringLiteral("strideCols"))->value(), 1);
    }

    void templateMatchingHasNoDilation()
    {
        ParametersPanel panel;
        Parameters start;
        start.operation = Parameters::Operation::CrossCorrelation;
        start.conv.dilation = {3, 2};
        panel.setParameters(start);
        QSignalSpy edits(&panel, &ParametersPanel::parametersEdited);
        auto* operation = panel.findChild<QComboBox*>(QStringLiteral("operation"));
        operation->setCurrentIndex(
            operation->findData(static_cast<int>(Parameters::Operation::TemplateMatch)));
        QVERIFY((lastEdit(edits).conv.dilation == Pair{1, 1}));
        QVERIFY(!panel.findChild<QSpinBox*>(QStringLiteral("dilationRows"))->isEnabled());
        QVERIFY(!panel.findChild<QComboBox*>(QStringLiteral("method"))->isHidden());
    }

    void formulaAndExplanationComeFromTheResult()
    {
        ParametersPanel panel;
        ResponseResult ok;
        ok.rowFormula = QStringLiteral("o = floor((7 + 0 + 0 - 1·(3-1) - 1) / 2) + 1 = 3");
        ok.colFormula = QStringLiteral("o = floor((9 + 0 + 0 - 1·(3-1) - 1) / 1) + 1 = 7");
        ok.imageSize = cv::Size(9, 7);
        ok.patchSize = cv::Size(3, 3);
        ok.pooledSize = {3, 7};
        panel.setResult(ok);
        QVERIFY(panel.formulaText().contains(QStringLiteral("/ 2) + 1 = 3")));
        QVERIFY(panel.formulaText().contains(QStringLiteral("3 × 7")));
        QVERIFY(panel.explanationText().isEmpty());

        ResponseResult bad = ok;
        bad.error = QStringLiteral("On the rows, the patch spans 13 cells (7 dilated by 2), "
                                   "more than the padded input (9 + 0 + 0 = 9).");
        bad.problem = ResponseResult::Problem::Dilation;
        panel.setResult(bad);
        QVERIFY(panel.explanationText().contains(QStringLiteral("13 cells")));
        panel.setResult(ok);
        QVERIFY(panel.explanationText().isEmpty());
    }
};

QTEST_MAIN(TestParametersPanel)
#include "tst_parameterspanel.moc"
