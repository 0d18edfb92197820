// SPDX-License-Identifier: MIT
// `convlab animate` and `convlab arithmetic` end to end: PNG frames against the stepper and
// transposed views drawing the same steps in this process, compared exactly; GIF frames
// decoded from the file and counted; every case of the guide written.
#include "HeadlessTest.h"
#include "IsolatedSettings.h"
#include "MainWindow.h"
#include "compute/ResponseComputer.h"
#include "document/Document.h"
#include "figures/FigureExporter.h"
#include "i18n/Language.h"
#include "learn/UpsamplingDecoder.h"
#include "lessons/LessonPanel.h"
#include "stepper/StepperCanvas.h"
#include "stepper/StepperModel.h"
#include "stepper/StepperPage.h"
#include "stepper/TransposedConvView.h"
#include "theme/Theme.h"
#include "views/ImageCanvas.h"
#include "views/PatchEditor.h"
#include "views/ResponseView.h"

#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cstdlib>

using namespace convlab;
using namespace headless;

class TestAnimate : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;

  private slots:
    void initTestCase()
    {
        test::isolateSettings(QStringLiteral("tst_animate"));
        QVERIFY(QImageReader::supportedImageFormats().contains("gif"));
        // The views drawn here to compare with take the look animate draws in by default.
        QVERIFY(Theme::apply(QStringLiteral("light")));
    }

    void init()
    {
        Language::apply(QStringLiteral("en"));
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void stepperFramesAreTheStepperViewsSteps()
    {
        // Lesson 5, step 2 steps through the lesson's own 7×7 grid with stride 2.
        const QString folder = m_dir->filePath(QStringLiteral("frames"));
        const Run run =
            runConvlab({QStringLiteral("animate"), lessonPath("05_stride_and_padding.convlab"),
                        QStringLiteral("-o"), folder, QStringLiteral("--view"),
                        QStringLiteral("stepper"), QStringLiteral("--step"), QStringLiteral("2")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        MainWindow window; // the step's state, as the window loads it
        QVERIFY(window.openLesson(lessonPath("05_stride_and_padding.convlab")));
        QVERIFY(window.lessonPanel()->goToStep(1));
        Document document(window.document()->snapshot());
        StepperPage page;
        showOffScreen(page);
        page.bindToDocument(&document);
        page.followDocument();
        const auto steps = static_cast<int>(page.model()->total());
        QCOMPARE(steps, 9); // i=7, k=3, s=2: 3×3 outputs
        const QStringList names = entriesOf(folder);
        QCOMPARE(names.size(), steps);
        for (int n = 0; n < steps; ++n) {
            page.model()->setStep(n);
            const QImage expected = drawWidget(page.canvas(), QSize(960, 540), 1);
            QVERIFY2(readPng(QDir(folder).filePath(names[n])) == expected, qPrintable(names[n]));
        }
        // render --frame N is frame N of the same animation.
        const QString one = m_dir->filePath(QStringLiteral("frame3.png"));
        const Run frame =
            runConvlab({QStringLiteral("render"), lessonPath("05_stride_and_padding.convlab"),
                        QStringLiteral("-o"), one, QStringLiteral("--view"),
                        QStringLiteral("stepper"), QStringLiteral("--step"), QStringLiteral("2"),
                        QStringLiteral("--frame"), QStringLiteral("3")});
        QVERIFY2(frame.exitCode == 0, qPrintable(frame.err));
        QVERIFY(readPng(one) == readPng(QDir(folder).filePath(names[2])));
    }

    void transposedGifHasEveryStageAndStep()
    {
        // Lesson 7, step 2: the transposed counterpart of "no padding, strides".
        const QString gif = m_dir->filePath(QStringLiteral("transposed.gif"));
        const Run run = runConvlab(
            {QStringLiteral("animate"), lessonPath("07_transposed_convolution.convlab"),
             QStringLiteral("-o"), gif, QStringLiteral("--view"), QStringLiteral("transposed"),
             QStringLiteral("--step"), QStringLiteral("2"), QStringLiteral("--fps"),
             QStringLiteral("8"), QStringLiteral("--scale"), QStringLiteral("0.5")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        TransposedConvView view;
        showOffScreen(view);
        view.loadPreset(GuideCase::NoPaddingStrides);
        const auto steps = static_cast<int>(view.model()->total());
        QCOMPARE(steps, 25); // the 5×5 output, one step per cell
        // (a) input, 6 frames each for (b) and (c), every step of (d), then (e).
        const QList<QImage> frames = gifFrames(gif);
        QCOMPARE(frames.size(), 1 + 6 + 6 + steps + 1);
        QCOMPARE(frames.front().size(), QSize(480, 270));
        // The last frame is the output stage, to the palette's precision: one palette of at
        // most 255 colours for every frame moves antialiased pixels to a near colour.
        view.setStage(TransposedConvView::Stage::Output);
        const QImage last = drawWidget(view.canvas(), QSize(960, 540), 0.5);
        int differing = 0;
        for (int y = 0; y < last.height(); ++y)
            for (int x = 0; x < last.width(); ++x) {
                const QRgb a = frames.back().pixel(x, y), b = last.pixel(x, y);
                differing += std::max({std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)),
                                       std::abs(qBlue(a) - qBlue(b))}) > 24;
            }
        QVERIFY2(differing < last.width() * last.height() / 1000,
                 qPrintable(QString::number(differing)));
        // And not the same picture as the first frame, the input alone.
        QVERIFY(frames.front() != frames.back());
    }

    // --view decoder animates the decoders' training, not a lesson: a LESSON or --step is
    // refused before anything is trained.
    void decoderAnimationTakesNoLesson()
    {
        const QString out = m_dir->filePath(QStringLiteral("decoder.gif"));
        const Run lesson = runConvlab(
            {QStringLiteral("animate"), lessonPath("12_back_to_pixels.convlab"),
             QStringLiteral("--view"), QStringLiteral("decoder"), QStringLiteral("-o"), out});
        QCOMPARE(lesson.exitCode, 2);
        QVERIFY2(lesson.err.contains(QStringLiteral("unexpected argument")),
                 qPrintable(lesson.err));
        const Run step = runConvlab({QStringLiteral("animate"), QStringLiteral("--view"),
                                     QStringLiteral("decoder"), QStringLiteral("--step"),
                                     QStringLiteral("2"), QStringLiteral("-o"), out});
        QCOMPARE(step.exitCode, 2);
        QVERIFY2(step.err.contains(QStringLiteral("--step applies to lessons")),
                 qPrintable(step.err));
        QVERIFY(!QFileInfo::exists(out));
    }

#ifdef CONVLAB_FULL_RUNS
    // One frame per epoch, the first before training (two full runs of the decoders: Release
    // only, tests/CMakeLists.txt), each different from the one before: the decoders learn.
    void decoderAnimationHasAFramePerEpoch()
    {
        const QString folder = m_dir->filePath(QStringLiteral("decoder"));
        const Run run = runConvlab({QStringLiteral("animate"), QStringLiteral("--view"),
                                    QStringLiteral("decoder"), QStringLiteral("-o"), folder});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QStringList names = entriesOf(folder);
        QCOMPARE(names.size(), DecoderOptions().epochs + 1);
        for (int n = 1; n < names.size(); ++n)
            QVERIFY2(readPng(QDir(folder).filePath(names[n])) !=
                         readPng(QDir(folder).filePath(names[n - 1])),
                     qPrintable(names[n]));
        // Every frame laid out for its own texts, the first too: its sentence is two lines long
        // as on every other frame, not cut after one with the rows of digits taller above it.
        // The column of the rows' names above the sentence (its last 60 of 540 pixels) stands
        // still.
        const QImage last = readPng(QDir(folder).filePath(names.back()));
        const QRect rowNames(0, 0, 100, last.height() - 60);
        for (const QString& name : names)
            QVERIFY2(readPng(QDir(folder).filePath(name)).copy(rowNames) == last.copy(rowNames),
                     qPrintable(name));
    }
#endif

    void lessonStepsAnimateAsFigures()
    {
        const QString gif = m_dir->filePath(QStringLiteral("lesson.gif"));
        const Run run = runConvlab({QStringLiteral("animate"), lessonPath("06_pooling.convlab"),
                                    QStringLiteral("-o"), gif});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(gifFrames(gif).size(), 4); // the lesson's four steps
        QVERIFY2(run.out.contains(QStringLiteral("4 frames")), qPrintable(run.out));
    }

    void arithmeticWritesEveryCaseOfTheGuide()
    {
        // Small frames keep this quick: the pixels are those of the views, as above.
        const QString folder = m_dir->filePath(QStringLiteral("guide"));
        const Run run =
            runConvlab({QStringLiteral("arithmetic"), QStringLiteral("--all"), QStringLiteral("-o"),
                        folder, QStringLiteral("--scale"), QStringLiteral("0.1"),
                        QStringLiteral("--fps"), QStringLiteral("50")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err)); // no progress line off a terminal
        const QStringList names = entriesOf(folder);
        QCOMPARE(names.size(), 16);
        const std::pair<GuideCase, const char*> cases[] = {
            {GuideCase::NoPaddingNoStrides, "no_padding_no_strides"},
            {GuideCase::ArbitraryPadding, "arbitrary_padding"},
            {GuideCase::HalfPadding, "half_padding"},
            {GuideCase::FullPadding, "full_padding"},
            {GuideCase::NoPaddingStrides, "no_padding_strides"},
            {GuideCase::PaddingStrides, "padding_strides"},
            {GuideCase::PaddingStridesOdd, "padding_strides_odd"},
            {GuideCase::Dilation, "dilation"}};
        for (const auto& [id, name] : cases) {
            const ArithmeticPreset& preset = arithmeticPreset(id);
            const int outputs = convOutputOf(preset) * convOutputOf(preset);
            QImageReader conv(QDir(folder).filePath(QLatin1String(name) + QStringLiteral(".gif")));
            QCOMPARE(conv.imageCount(), outputs);
            QCOMPARE(conv.size(), QSize(96, 54));
            // The counterpart's output is i×i: one slide step per cell, plus the stages.
            QImageReader transposed(
                QDir(folder).filePath(QLatin1String(name) + QStringLiteral("_transposed.gif")));
            QCOMPARE(transposed.imageCount(), 1 + 12 + preset.input * preset.input + 1);
        }
        QCOMPARE(entriesOf(m_dir->path()), QStringList{QStringLiteral("guide")});
    }

    // A `timeout` or Ctrl+C while the guide is written: the staged folder goes, and the
    // process ends by the signal as the sender expects.
    void arithmeticStoppedBySigtermLeavesNothing()
    {
        const QString folder = m_dir->filePath(QStringLiteral("guide"));
        QProcess process;
        process.start(QStringLiteral(CONVLAB_EXE),
                      {QStringLiteral("arithmetic"), QStringLiteral("--all"), QStringLiteral("-o"),
                       folder, QStringLiteral("--scale"), QStringLiteral("0.5")});
        QVERIFY(process.waitForStarted());
        // Once the staged folder holds a first GIF, the export is under way.
        QVERIFY(QTest::qWaitFor(
            [&] {
                const QStringList parts =
                    QDir(m_dir->path())
                        .entryList({QStringLiteral(".guide.*.part")}, QDir::Dirs | QDir::Hidden);
                return !parts.isEmpty() &&
                       !QDir(m_dir->filePath(parts.first())).isEmpty(QDir::Files | QDir::Hidden);
            },
            60000));
        process.terminate(); // SIGTERM
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitStatus(), QProcess::CrashExit); // ended by the signal
        QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains("signal"));
        QCOMPARE(entriesOf(m_dir->path()), QStringList());
    }

    // A part left by a process that was killed outright (SIGKILL) is removed by the next export
    // to that target; one whose process still runs is left alone.
    void staleStagedPartsAreRemovedAtTheNextRun()
    {
        QProcess finished; // a process id that is no longer in use
        finished.start(QStringLiteral("true"), {});
        QVERIFY(finished.waitForStarted());
        const qint64 deadPid = finished.processId();
        QVERIFY(deadPid > 0);
        QVERIFY(finished.waitForFinished());
        const QString gif = m_dir->filePath(QStringLiteral("steps.gif"));
        const QString stale =
            m_dir->filePath(QStringLiteral(".steps.gif.%1-abcdefgh.part.gif").arg(deadPid));
        const QString live = m_dir->filePath(QStringLiteral(".steps.gif.%1-abcdefgh.part.gif")
                                                 .arg(QCoreApplication::applicationPid()));
        for (const QString& part : {stale, live}) {
            QFile file(part);
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        const Run run = runConvlab({QStringLiteral("animate"),
                                    lessonPath("01_pattern_detector.convlab"), QStringLiteral("-o"),
                                    gif, QStringLiteral("--scale"), QStringLiteral("0.2")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(QFile::exists(gif));
        QVERIFY(!QFile::exists(stale));
        QVERIFY(QFile::exists(live));
    }

    // Killed outright (SIGKILL: no handler runs) while it writes over an earlier export: the
    // earlier file is intact, only a hidden part is left, and the next export removes it.
    void exportKilledOutrightLeavesTheEarlierFileIntact()
    {
        const QString gif = m_dir->filePath(QStringLiteral("lesson.gif"));
        const QByteArray earlier("GIF89a an earlier export");
        {
            QFile file(gif);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(earlier);
        }
        QProcess process;
        process.start(QStringLiteral(CONVLAB_EXE),
                      {QStringLiteral("animate"), lessonPath("10_lab.convlab"),
                       QStringLiteral("-o"), gif, QStringLiteral("--scale"), QStringLiteral("1")});
        QVERIFY(process.waitForStarted());
        const auto parts = [&] {
            return QDir(m_dir->path())
                .entryList({QStringLiteral(".lesson.gif.*.part*")}, QDir::Files | QDir::Hidden);
        };
        QVERIFY(QTest::qWaitFor([&] { return !parts().isEmpty(); }, 60000));
        process.kill(); // SIGKILL
        QVERIFY(process.waitForFinished(60000));
        QFile file(gif);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), earlier);
        file.close();
        QCOMPARE(parts().size(), 1);

        const Run run = runConvlab({QStringLiteral("animate"),
                                    lessonPath("01_pattern_detector.convlab"), QStringLiteral("-o"),
                                    gif, QStringLiteral("--scale"), QStringLiteral("0.2")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll() != earlier);
        QCOMPARE(parts(), QStringList());
    }

    void arithmeticRefusesAFolderOfOtherFiles()
    {
        QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("notes")));
        QFile other(m_dir->filePath(QStringLiteral("notes/lecture.tex")));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.close();
        const Run run =
            runConvlab({QStringLiteral("arithmetic"), QStringLiteral("--all"), QStringLiteral("-o"),
                        m_dir->filePath(QStringLiteral("notes"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(m_dir->filePath(QStringLiteral("notes"))), qPrintable(run.err));
        QCOMPARE(entriesOf(m_dir->filePath(QStringLiteral("notes"))),
                 QStringList{QStringLiteral("lecture.tex")});
        QCOMPARE(entriesOf(m_dir->path()), QStringList{QStringLiteral("notes")});
    }
};

QTEST_MAIN(TestAnimate)
#include "tst_animate.moc"
