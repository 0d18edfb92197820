// SPDX-License-Identifier: MIT
// OffscreenScene and SceneFrameSource: every lesson walks all its steps and draws every view in
// both languages; the step-through choices of the steps reach the stepper views; frames drawn
// for an export worker are those drawn in the GUI thread; a worker waiting for a frame never
// outlives its exporter; and File ▸ Export Animation… exports the window's lesson.
#include "IsolatedSettings.h"
#include "MainWindow.h"
#include "export/AnimationExporter.h"
#include "export/ExportAnimationDialog.h"
#include "i18n/Language.h"
#include "lessons/LessonPanel.h"
#include "scene/OffscreenScene.h"
#include "scene/SceneFrameSource.h"
#include "stepper/MatrixView.h"
#include "stepper/MatrixWidget.h"
#include "stepper/StepThroughPanel.h"
#include "stepper/StepperModel.h"
#include "stepper/StepperPage.h"
#include "stepper/TransposedConvView.h"

#include <QAction>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace convlab;

namespace {

QStringList lessonFiles()
{
    const QDir folder(QStringLiteral(CONVLAB_SOURCE_DIR "/resources/lessons"));
    QStringList paths;
    for (const QString& name :
         folder.entryList({QStringLiteral("*.convlab")}, QDir::Files, QDir::Name))
        paths << folder.filePath(name);
    return paths;
}

// A picture with something on it: not one colour.
bool hasContent(const QImage& image)
{
    const QRgb first = image.pixel(0, 0);
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            if (image.pixel(x, y) != first)
                return true;
    return false;
}

QStringList entriesOf(const QString& folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
}

} // namespace

class TestOffscreenScene : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;

  private slots:
    void initTestCase()
    {
        test::isolateSettings(QStringLiteral("tst_lessonscene"));
        QCOMPARE(lessonFiles().size(), 12);
    }

    void init()
    {
        Language::apply(QStringLiteral("en"));
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void viewNamesRoundTrip()
    {
        const QStringList names = OffscreenScene::viewNames();
        QCOMPARE(names, QStringList({"input", "patch", "response", "overlay", "stepper",
                                     "transposed", "matrix", "figure", "checkerboard"}));
        for (const QString& name : names)
            QCOMPARE(OffscreenScene::viewName(*OffscreenScene::viewFromName(name)), name);
        QVERIFY(!OffscreenScene::viewFromName(QStringLiteral("Input")));
    }

    void everyLessonStepDrawsInBothLanguages_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("language");
        for (const QString& path : lessonFiles())
            for (const char* language : {"en", "fr"})
                QTest::newRow(qPrintable(QFileInfo(path).baseName() + QLatin1Char(' ') +
                                         QLatin1String(language)))
                    << path << QString::fromLatin1(language);
    }

    void everyLessonStepDrawsInBothLanguages()
    {
        QFETCH(QString, path);
        QFETCH(QString, language);
        Language::apply(language);
        QString error;
        const std::unique_ptr<OffscreenScene> scene = OffscreenScene::open(path, &error);
        QVERIFY2(scene, qPrintable(error));
        QVERIFY(scene->lessonStepCount() >= 4);
        const auto draws = [&scene](SceneView view) {
            const QSize size = scene->naturalSize(view);
            const QImage image = OffscreenScene::render(scene->drawing(view, size), size, 0.5);
            return image.size() == size * 0.5 && hasContent(image);
        };
        // The figure of every step; at the last step, every view.
        for (int step = 0; step < scene->lessonStepCount(); ++step) {
            QVERIFY2(scene->goToLessonStep(step, &error), qPrintable(error));
            QCOMPARE(scene->lessonStep(), step);
            QVERIFY2(draws(SceneView::Figure), qPrintable(QString::number(step + 1)));
        }
        for (const QString& name : OffscreenScene::viewNames())
            QVERIFY2(draws(*OffscreenScene::viewFromName(name)), qPrintable(name));
        QVERIFY(!scene->goToLessonStep(scene->lessonStepCount(), &error));
        QVERIFY2(error.contains(QString::number(scene->lessonStepCount() + 1)), qPrintable(error));
    }

    // A lesson's step can open the Matrix page's backward pass (preset "backward"): the matrix
    // view `convlab render --view matrix` draws shows δ and ∂L/∂x = Wᵀδ, at full size.
    void aStepOpensTheBackwardPassOnTheMatrixView()
    {
        const QString path = m_dir->filePath(QStringLiteral("backward.convlab"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format": "convlab-lesson", "version": 1, "lesson": {"title": "B",
            "text": "", "steps": [{"title": "Backward", "text": "<p>x</p>",
            "image": {"values": [[0, 1], [2, 3]]}, "patch": {"values": [[1]]},
            "step_through": {"tab": "matrix", "preset": "backward"}}]}})");
        file.close();
        QString error;
        const auto scene = OffscreenScene::open(path, &error);
        QVERIFY2(scene, qPrintable(error));
        QVERIFY2(scene->goToLessonStep(0, &error), qPrintable(error));
        const MatrixView* matrix = scene->stepThrough()->matrix();
        QVERIFY(matrix->isBackwardShown());
        QVERIFY(matrix->figures().backward);
        QCOMPARE(matrix->vectorGradient()->textAt(3, 0), QStringLiteral("−3"));
        const QSize size = scene->naturalSize(SceneView::Matrix);
        const QImage image =
            OffscreenScene::render(scene->drawing(SceneView::Matrix, size), size, 1);
        QCOMPARE(image.size(), size);
        QVERIFY(hasContent(image));
        QVERIFY(matrix->vectorGradient()->isVisibleTo(matrix));
        QCOMPARE(matrix->figureScale(), 1.0); // a slide of the whole view: nothing shrunk
    }

    void stepsChooseWhatTheStepperViewsShow()
    {
        QString error;
        const auto scene = OffscreenScene::open(
            QStringLiteral(CONVLAB_SOURCE_DIR
                           "/resources/lessons/07_transposed_convolution.convlab"),
            &error);
        QVERIFY(scene);
        TransposedConvView reference;
        for (int step = 0; step < scene->lessonStepCount(); ++step) {
            QVERIFY(scene->goToLessonStep(step, &error));
            const StepperSetup& shown = scene->stepThrough()->transposed()->model()->setup();
            if (shown.input.rows == 2 && shown.transposed.stride.rows == 2) {
                reference.loadPreset(GuideCase::NoPaddingStrides);
                QCOMPARE(scene->animationFrameCount(SceneView::Transposed),
                         1 + 12 + static_cast<int>(reference.model()->total()) + 1);
                return;
            }
        }
        QFAIL("no step of lesson 7 loads the transposed 'no padding, strides' case");
    }

    void workerFramesAreTheGuiThreadFrames()
    {
        OffscreenScene scene(LessonScript::startingState());
        scene.stepThrough()->stepper()->loadPreset(GuideCase::PaddingStrides);
        auto source = std::make_shared<SceneFrameSource>(&scene, SceneView::Stepper);
        const int frames = source->frameCount();
        QCOMPARE(frames, 9); // i=5, k=3, s=2, p=1: 3×3 outputs
        AnimationExporter exporter;
        QSignalSpy finished(&exporter, &AnimationExporter::finished);
        AnimationOptions options;
        options.format = AnimationFormat::PngSequence;
        options.path = m_dir->filePath(QStringLiteral("frames"));
        options.size = {480, 270};
        options.scale = 2;
        QVERIFY(exporter.start(source, options));
        QVERIFY(finished.wait(20000));
        QVERIFY(finished[0][0].value<AnimationExporter::Outcome>() ==
                AnimationExporter::Outcome::Succeeded);
        const QStringList names = entriesOf(options.path);
        QCOMPARE(names.size(), frames);
        for (int i = 0; i < frames; ++i) {
            const QImage direct = source->frame(i, options.size, options.scale); // GUI thread
            QCOMPARE(direct.size(), QSize(960, 540));
            QImage written(QDir(options.path).filePath(names[i]));
            QVERIFY(written.convertToFormat(QImage::Format_ARGB32) ==
                    direct.convertToFormat(QImage::Format_ARGB32));
        }
    }

    void anExporterGoingAwayStopsAWaitingWorker()
    {
        auto scene = std::make_unique<OffscreenScene>(LessonScript::startingState());
        scene->stepThrough()->stepper()->loadPreset(GuideCase::Dilation);
        auto source = std::make_shared<SceneFrameSource>(scene.get(), SceneView::Stepper);
        AnimationOptions options;
        options.format = AnimationFormat::Gif;
        options.path = m_dir->filePath(QStringLiteral("never.gif"));
        options.size = {320, 180};
        QElapsedTimer timer;
        timer.start();
        {
            AnimationExporter exporter;
            QVERIFY(exporter.start(source, options));
            // No event loop runs here: the worker's first frame waits for this thread, and
            // the exporter's destructor must end that wait rather than wait for it.
            QThread::msleep(50);
        }
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QCoreApplication::processEvents(); // the posted request finds the source interrupted
        QCOMPARE(entriesOf(m_dir->path()), QStringList());
        scene.reset();
        QCoreApplication::processEvents();
    }

    void aSceneGoneGivesAFailureNotAWait()
    {
        auto scene = std::make_unique<OffscreenScene>(LessonScript::startingState());
        auto source = std::make_shared<SceneFrameSource>(scene.get(), SceneView::Figure);
        scene.reset();
        AnimationExporter exporter;
        QSignalSpy finished(&exporter, &AnimationExporter::finished);
        AnimationOptions options;
        options.path = m_dir->filePath(QStringLiteral("gone.gif"));
        QVERIFY(exporter.start(source, options));
        QVERIFY(finished.wait(5000));
        QVERIFY(finished[0][0].value<AnimationExporter::Outcome>() ==
                AnimationExporter::Outcome::Failed);
        QVERIFY2(finished[0][1].toString().contains(QStringLiteral("closed")),
                 qPrintable(finished[0][1].toString()));
        QCOMPARE(entriesOf(m_dir->path()), QStringList());
    }

    void theWindowExportsItsLessonSteps()
    {
        MainWindow window;
        QVERIFY(window.openLesson(
            QStringLiteral(CONVLAB_SOURCE_DIR "/resources/lessons/06_pooling.convlab")));
        auto* action = window.findChild<QAction*>(QStringLiteral("actionExportAnimation"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
        action->trigger();
        auto* dialog = window.findChild<ExportAnimationDialog*>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->findChild<QLabel*>(QStringLiteral("summary"))
                     ->text()
                     .startsWith(QStringLiteral("Frames: 4 ")),
                 qPrintable(dialog->findChild<QLabel*>(QStringLiteral("summary"))->text()));
        const QString folder = m_dir->filePath(QStringLiteral("steps"));
        AnimationOptions options = dialog->options();
        options.format = AnimationFormat::PngSequence;
        options.path = folder;
        dialog->setOptions(options);

        // Cancelled at once: nothing is left, and the dialog stays for another try.
        dialog->startExport();
        auto* progress = dialog->findChild<QProgressDialog*>(QStringLiteral("exportProgress"));
        QVERIFY(progress);
        auto* cancel = progress->findChild<QPushButton*>();
        QVERIFY(cancel);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isExporting(), 10000);
        QCOMPARE(entriesOf(m_dir->path()), QStringList());
        QVERIFY(dialog->isVisible());

        QSignalSpy exported(dialog, &ExportAnimationDialog::exported);
        dialog->startExport();
        QVERIFY(exported.wait(30000));
        QCOMPARE(entriesOf(folder).size(), 4);
        QCOMPARE(entriesOf(m_dir->path()), QStringList{QStringLiteral("steps")});
        QTRY_VERIFY(!window.findChild<ExportAnimationDialog*>()); // deleted on close
    }
};

QTEST_MAIN(TestOffscreenScene)
#include "tst_offscreenscene.moc"
