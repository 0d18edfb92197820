// SPDX-License-Identifier: MIT
#include "TestData.h"
#include "kernels/KernelPresets.h"
#include "views/ImageCanvas.h"
#include "views/KernelGrid.h"
#include "views/PatchEditor.h"
#include "views/ToolSettings.h"

#include <QComboBox>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace convlab;

class TestPatchEditor : public QObject {
    Q_OBJECT
    ToolSettings m_tools;

  private slots:
    void resizeKeepsTheCentre()
    {
        const cv::Mat small = (cv::Mat_<float>(3, 3) << 1, 2, 3, 4, 5, 6, 7, 8, 9);
        const cv::Mat grown = PatchEditor::resized(small, 5, 4);
        QCOMPARE(grown.rows, 5);
        QCOMPARE(grown.cols, 4);
        QCOMPARE(grown.at<float>(1, 0), 1.f); // rows offset 1, cols offset 0
        QCOMPARE(grown.at<float>(2, 1), 5.f);
        QCOMPARE(cv::sum(grown)[0], 45.0);
        const cv::Mat shrunk = PatchEditor::resized(small, 1, 1);
        QCOMPARE(shrunk.at<float>(0, 0), 5.f); // the centre survives
    }

    void smallPatchesAreNumbersLargeOnesAreDrawn()
    {
        PatchEditor editor(&m_tools);
        editor.setPatch(cv::Mat::ones(9, 7, CV_32F));
        QVERIFY(editor.showsGrid());
        QCOMPARE(editor.grid()->model()->rowCount(), 9);
        QCOMPARE(editor.grid()->model()->columnCount(), 7);
        editor.setPatch(cv::Mat::ones(10, 3, CV_32F));
        QVERIFY(!editor.showsGrid());
        QCOMPARE(editor.canvas()->image().rows, 10);
    }

    void typingANumberEditsOneCell()
    {
        PatchEditor editor(&m_tools);
        editor.setPatch(cv::Mat::zeros(3, 3, CV_32F));
        QSignalSpy edits(&editor, &PatchEditor::patchEdited);
        KernelModel* model = editor.grid()->kernelModel();
        QVERIFY(model->setData(model->index(1, 2), QStringLiteral("-0.25"), Qt::EditRole));
        QVERIFY(!model->setData(model->index(0, 0), QStringLiteral("abc"), Qt::EditRole));
        QCOMPARE(edits.count(), 1);
        const cv::Mat edited = edits.at(0).at(0).value<cv::Mat>();
        QCOMPARE(edited.at<float>(1, 2), -0.25f);
        QCOMPARE(cv::countNonZero(edited), 1);
        QCOMPARE(edits.at(0).at(1).toRect(), QRect(2, 1, 1, 1));
        QCOMPARE(cv::countNonZero(editor.patch()), 0); // the editor's own patch is untouched
    }

    void sizePresetAndFlipReplaceThePatch()
    {
        PatchEditor editor(&m_tools);
        const cv::Mat ramp = (cv::Mat_<float>(2, 3) << 1, 2, 3, 4, 5, 6);
        editor.setPatch(ramp);
        QSignalSpy replaced(&editor, &PatchEditor::patchReplaced);
        auto* cols = editor.findChild<QSpinBox*>(QStringLiteral("patchCols"));
        cols->setValue(5);
        QCOMPARE(replaced.count(), 1);
        QCOMPARE(replaced.last().at(0).value<cv::Mat>().cols, 5);

        editor.setPatch(cv::Mat::zeros(3, 3, CV_32F));
        auto* presets = editor.findChild<QComboBox*>(QStringLiteral("presets"));
        const int sobel = presets->findData(static_cast<int>(KernelPreset::SobelX));
        presets->setCurrentIndex(sobel);
        emit presets->activated(sobel);
        KernelSpec spec;
        spec.preset = KernelPreset::SobelX;
        spec.size = {3, 3};
        CONVLAB_COMPARE_MATS(replaced.last().at(0).value<cv::Mat>(), makeKernel(spec), 0);
        QCOMPARE(presets->currentIndex(), 0); // back to "Preset…"
    }
};

Q_DECLARE_METATYPE(cv::Mat)
QTEST_MAIN(TestPatchEditor)
#include "tst_patcheditor.moc"
