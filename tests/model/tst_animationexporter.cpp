// SPDX-License-Identifier: MIT
#include "export/AnimationExporter.h"
#include "export/FunctionFrameSource.h"

#include <QDir>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <atomic>
#include <memory>

using namespace convlab;

namespace {

QImage plainFrame(int index, const QSize& size, qreal scale)
{
    QImage image(size * scale, QImage::Format_RGB32);
    image.fill(QColor(20 * index % 256, 100, 200));
    return image;
}

// A source whose frame `blockAt`, the first time it is drawn, waits until the test opens the
// gate, after telling it that the frame was reached: the test then acts while the export is
// certainly in progress. The gate opens at the end of the test whatever happens.
struct GatedSource {
    std::shared_ptr<QSemaphore> reached = std::make_shared<QSemaphore>();
    std::shared_ptr<QSemaphore> gate = std::make_shared<QSemaphore>();
    std::shared_ptr<std::atomic<int>> drawn = std::make_shared<std::atomic<int>>(0);

    ~GatedSource() { gate->release(1000); }

    std::shared_ptr<const FrameSource> make(int frames, int blockAt) const
    {
        auto blocked = std::make_shared<std::atomic<bool>>(false);
        return std::make_shared<FunctionFrameSource>(
            frames, [reached = reached, gate = gate, drawn = drawn, blocked,
                     blockAt](int index, const QSize& size, qreal scale) {
                ++*drawn;
                if (index == blockAt && !blocked->exchange(true)) {
                    reached->release();
                    gate->acquire();
                }
                return plainFrame(index, size, scale);
            });
    }
};

QStringList entriesOf(const QString& folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
}

} // namespace

class TestAnimationExporter : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;

    AnimationOptions gifOptions() const
    {
        AnimationOptions options;
        options.format = AnimationFormat::Gif;
        options.path = m_dir->filePath(QStringLiteral("animation.gif"));
        options.size = {32, 20};
        options.fps = 5;
        return options;
    }

  private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }
    void cleanup() { m_dir.reset(); }

    void exportsOffTheGuiThreadAndReportsProgress()
    {
        auto drawnOnGuiThread = std::make_shared<std::atomic<bool>>(false);
        QThread* gui = QThread::currentThread();
        auto source = std::make_shared<FunctionFrameSource>(
            4, [drawnOnGuiThread, gui](int index, const QSize& size, qreal scale) {
                if (QThread::currentThread() == gui)
                    *drawnOnGuiThread = true;
                return plainFrame(index, size, scale);
            });
        AnimationExporter exporter;
        QSignalSpy progress(&exporter, &AnimationExporter::progress);
        QSignalSpy finished(&exporter, &AnimationExporter::finished);
        QVERIFY(exporter.start(source, gifOptions()));
        QVERIFY(exporter.isRunning());
        QVERIFY(finished.wait(5000));
        QVERIFY(!exporter.isRunning());
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished[0][0].value<AnimationExporter::Outcome>(),
                 AnimationExporter::Outcome::Succeeded);
        QCOMPARE(finished[0][1].toString(), QString());
        QVERIFY(!*drawnOnGuiThread);
        // Every frame twice (palette, then encoding), then the end.
        QCOMPARE(progress.size(), 2 * 4 + 1);
        for (int i = 0; i < progress.size(); ++i) {
            QCOMPARE(progress[i][0].toInt(), i);
            QCOMPARE(progress[i][1].toInt(), 8);
        }
        QVERIFY(QFileInfo(gifOptions().path).size() > 0);
    }

    void cancelStopsBeforeTheNextFrameAndLeavesNothing()
    {
        AnimationExporter exporter;
        const GatedSource gated; // destroyed first: its gate opens before the exporter waits
        QSignalSpy finished(&exporter, &AnimationExporter::finished);
        QVERIFY(exporter.start(gated.make(6, 2), gifOptions()));
        QVERIFY(gated.reached->tryAcquire(1, 5000));
        exporter.cancel();
        gated.gate->release();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished[0][0].value<AnimationExporter::Outcome>(),
                 AnimationExporter::Outcome::Cancelled);
        QVERIFY(finished[0][1].toString().contains(QStringLiteral("cancelled")));
        QCOMPARE(gated.drawn->load(), 3); // frames 0, 1 and the one under way
        QCOMPARE(entriesOf(m_dir->path()), QStringList());
    }

    void aFailureIsReportedWithItsReason()
    {
        auto source =
            std::make_shared<FunctionFrameSource>(3, [](int index, const QSize& size, qreal scale) {
                return plainFrame(index, index == 1 ? QSize(5, 5) : size, scale);
            });
        AnimationExporter exporter;
        QSignalSpy finished(&exporter, &AnimationExporter::finished);
        QVERIFY(exporter.start(source, gifOptions()));
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished[0][0].value<AnimationExporter::Outcome>(),
                 AnimationExporter::Outcome::Failed);
        QCOMPARE(finished[0][1].toString(),
                 QStringLiteral("Frame 1 is 5×5 pixels instead of 32×20."));
        QCOMPARE(entriesOf(m_dir->path()), QStringList());
    }

    void aSecondStartWhileRunningIsRefused()
    {
        AnimationExporter exporter;
        const GatedSource gated; // destroyed first: its gate opens before the exporter waits
        QSignalSpy finished(&exporter, &AnimationExporter::finished);
        QVERIFY(exporter.start(gated.make(3, 0), gifOptions()));
        QVERIFY(gated.reached->tryAcquire(1, 5000));
        AnimationOptions other = gifOptions();
        other.path = m_dir->filePath(QStringLiteral("other.gif"));
        QVERIFY(!exporter.start(gated.make(3, -1), other));
        QCOMPARE(exporter.options().path, gifOptions().path);
        gated.gate->release();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(entriesOf(m_dir->path()), QStringList({"animation.gif"}));
        // Once finished, it starts again.
        QVERIFY(exporter.start(gated.make(3, -1), other));
        QVERIFY(finished.wait(5000));
        QCOMPARE(entriesOf(m_dir->path()), QStringList({"animation.gif", "other.gif"}));
    }

    void destroyingARunningExporterCancelsAndCleansUp()
    {
        auto source = std::make_shared<FunctionFrameSource>(
            40, [](int index, const QSize& size, qreal scale) {
                QThread::msleep(20);
                return plainFrame(index, size, scale);
            });
        auto exporter = std::make_unique<AnimationExporter>();
        QSignalSpy progress(exporter.get(), &AnimationExporter::progress);
        QVERIFY(exporter->start(source, gifOptions()));
        QVERIFY(progress.wait(5000));
        exporter.reset(); // waits for the worker, which stops at the next frame
        QCOMPARE(entriesOf(m_dir->path()), QStringList());
    }
};

QTEST_MAIN(TestAnimationExporter)
#include "tst_animationexporter.moc"
