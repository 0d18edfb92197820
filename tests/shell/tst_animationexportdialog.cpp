// SPDX-License-Identifier: MIT
#include "export/ExportAnimationDialog.h"
#include "export/FunctionFrameSource.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace convlab;

namespace {

QImage plainFrame(int index, const QSize& size, qreal scale)
{
    QImage image(size * scale, QImage::Format_RGB32);
    image.fill(QColor(25 * index % 256, 60, 160));
    return image;
}

std::shared_ptr<const FrameSource> plainSource(int frames)
{
    return std::make_shared<FunctionFrameSource>(frames, plainFrame);
}

template <typename Widget> Widget* child(const QObject* parent, const char* name)
{
    auto* widget = parent->findChild<Widget*>(QString::fromLatin1(name));
    if (!widget)
        qWarning("no child named %s", name);
    return widget;
}

struct OpenGateAtExit {
    std::shared_ptr<QSemaphore> gate;
    ~OpenGateAtExit() { gate->release(1000); }
};

QStringList entriesOf(const QString& folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
}

} // namespace

class TestAnimationExportDialog : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;

    AnimationOptions initialOptions(AnimationFormat format, const QString& name) const
    {
        AnimationOptions options;
        options.format = format;
        options.path = m_dir->filePath(name);
        options.size = {100, 50};
        options.scale = 2;
        options.fps = 10;
        return options;
    }

  private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }
    void cleanup() { m_dir.reset(); }

    void theOptionsAreTheWidgets()
    {
        const AnimationOptions initial =
            initialOptions(AnimationFormat::Mp4, QStringLiteral("steps.mp4"));
        ExportAnimationDialog dialog(plainSource(10), initial);
        AnimationOptions options = dialog.options();
        QCOMPARE(options.format, AnimationFormat::Mp4);
        QCOMPARE(options.path, initial.path);
        QCOMPARE(options.size, QSize(100, 50));
        QCOMPARE(options.scale, 2.0);
        QCOMPARE(options.fps, 10);

        child<QSpinBox>(&dialog, "width")->setValue(320);
        child<QSpinBox>(&dialog, "height")->setValue(180);
        child<QComboBox>(&dialog, "scale")->setCurrentIndex(2);
        child<QSpinBox>(&dialog, "fps")->setValue(25);
        child<QLineEdit>(&dialog, "path")->setText(m_dir->filePath("other.mp4"));
        options = dialog.options();
        QCOMPARE(options.size, QSize(320, 180));
        QCOMPARE(options.scale, 4.0);
        QCOMPARE(options.fps, 25);
        QCOMPARE(options.path, m_dir->filePath("other.mp4"));
    }

    void theFormatSetsTheSuffixAndTheFrameRateLimit()
    {
        ExportAnimationDialog dialog(plainSource(3),
                                     initialOptions(AnimationFormat::Mp4, "lesson.mp4"));
        auto* format = child<QComboBox>(&dialog, "format");
        auto* fps = child<QSpinBox>(&dialog, "fps");
        fps->setValue(60);
        QCOMPARE(fps->maximum(), AnimationOptions::kMaxFps);

        format->setCurrentIndex(format->findData(int(AnimationFormat::Gif)));
        QCOMPARE(dialog.options().path, m_dir->filePath("lesson.gif"));
        QCOMPARE(fps->maximum(), AnimationOptions::kMaxGifFps);
        QCOMPARE(dialog.options().fps, AnimationOptions::kMaxGifFps);

        format->setCurrentIndex(format->findData(int(AnimationFormat::PngSequence)));
        QCOMPARE(dialog.options().path, m_dir->filePath("lesson"));
        format->setCurrentIndex(format->findData(int(AnimationFormat::Mp4)));
        QCOMPARE(dialog.options().path, m_dir->filePath("lesson.mp4"));
    }

    void theSummaryGivesPixelsAndDuration()
    {
        ExportAnimationDialog dialog(plainSource(15),
                                     initialOptions(AnimationFormat::Gif, "a.gif"));
        auto* summary = child<QLabel>(&dialog, "summary");
        QCOMPARE(summary->text(), QStringLiteral("Frames: 15 · 200×100 pixels · 1.5 s."));
        child<QSpinBox>(&dialog, "width")->setValue(51);
        auto* format = child<QComboBox>(&dialog, "format");
        format->setCurrentIndex(format->findData(int(AnimationFormat::Mp4)));
        child<QComboBox>(&dialog, "scale")->setCurrentIndex(0);
        QCOMPARE(summary->text(), QStringLiteral("Frames: 15 · 52×50 pixels · 1.5 s.")); // even
    }

    void withoutATargetExportIsDisabled()
    {
        ExportAnimationDialog dialog(plainSource(2), initialOptions(AnimationFormat::Gif, "a.gif"));
        auto* exportButton = child<QPushButton>(&dialog, "export");
        QVERIFY(exportButton->isEnabled());
        child<QLineEdit>(&dialog, "path")->clear();
        QVERIFY(!exportButton->isEnabled());
        QVERIFY(child<QLabel>(&dialog, "summary")->text().contains("No target path"));
    }

    void exportingWritesTheTargetAndCloses()
    {
        ExportAnimationDialog dialog(plainSource(4),
                                     initialOptions(AnimationFormat::PngSequence, "frames"));
        dialog.show();
        QSignalSpy exported(&dialog, &ExportAnimationDialog::exported);
        QTest::mouseClick(child<QPushButton>(&dialog, "export"), Qt::LeftButton);
        QVERIFY(dialog.isExporting());
        QVERIFY(exported.wait(5000));
        QCOMPARE(exported[0][0].toString(), m_dir->filePath("frames"));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(entriesOf(m_dir->filePath("frames")).size(), 4);
        QCOMPARE(entriesOf(m_dir->path()), QStringList({"frames"}));
    }

    void aFailureIsExplainedNamingThePath()
    {
        const QString target = m_dir->filePath("missing/steps.gif");
        AnimationOptions options = initialOptions(AnimationFormat::Gif, "unused.gif");
        options.path = target;
        ExportAnimationDialog dialog(plainSource(3), options);
        dialog.show();
        QTest::mouseClick(child<QPushButton>(&dialog, "export"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.findChild<QMessageBox*>("exportFailure"), 5000);
        const auto* box = dialog.findChild<QMessageBox*>("exportFailure");
        QVERIFY2(box->text().contains(QDir::toNativeSeparators(target)), qPrintable(box->text()));
        QVERIFY(box->text().contains("does not exist"));
        QVERIFY(dialog.isVisible()); // stays open to try again
        QVERIFY(!dialog.isExporting());
        QVERIFY(child<QPushButton>(&dialog, "export")->isEnabled());
        QCOMPARE(entriesOf(m_dir->path()), QStringList());
    }

    void cancelInTheProgressDialogLeavesNothing()
    {
        auto reached = std::make_shared<QSemaphore>();
        auto gate = std::make_shared<QSemaphore>();
        auto source = std::make_shared<FunctionFrameSource>(
            5, [reached, gate](int index, const QSize& size, qreal scale) {
                if (index == 1) {
                    reached->release();
                    gate->acquire();
                }
                return plainFrame(index, size, scale);
            });
        ExportAnimationDialog dialog(source, initialOptions(AnimationFormat::Mp4, "c.mp4"));
        // Destroyed before the dialog: a failed check must not leave the worker waiting.
        const OpenGateAtExit opener{gate};
        dialog.show();
        QTest::mouseClick(child<QPushButton>(&dialog, "export"), Qt::LeftButton);
        QVERIFY(reached->tryAcquire(1, 5000));
        auto* progress = dialog.findChild<QProgressDialog*>("exportProgress");
        QVERIFY(progress);
        QTRY_VERIFY(progress->isVisible()); // shown by the event loop, without delay
        QPushButton* cancel = progress->findChild<QPushButton*>();
        QVERIFY(cancel);
        QTest::mouseClick(cancel, Qt::LeftButton);
        gate->release();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isExporting(), 5000);
        QTRY_VERIFY(!dialog.findChild<QProgressDialog*>("exportProgress"));
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.findChild<QMessageBox*>("exportFailure")); // a cancel is no failure
        QCOMPARE(entriesOf(m_dir->path()), QStringList());
    }
};

QTEST_MAIN(TestAnimationExportDialog)
#include "tst_animationexportdialog.moc"
