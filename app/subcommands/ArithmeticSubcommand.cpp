// SPDX-License-Identifier: MIT
#include "ArgumentParsing.h"
#include "Error.h"
#include "TerminationSignals.h"
#include "export/StagedTarget.h"
#include "lessons/LessonScript.h"
#include "scene/SceneFrameSource.h"
#include "stepper/ArithmeticPresets.h"
#include "stepper/StepThroughPanel.h"
#include "stepper/StepperPage.h"
#include "stepper/TransposedConvView.h"
#include "subcommands/SceneOptions.h"
#include "subcommands/Subcommand.h"

#include <QCoreApplication>
#include <QDir>

namespace convlab::cli {

namespace {

constexpr int kDefaultFps = 4;

// File names: the case names of the lesson format (resources/lessons/FORMAT.md), in the order
// of GuideCase; "_transposed" for the counterpart.
constexpr const char* kCaseNames[] = {
    "no_padding_no_strides", "arbitrary_padding", "half_padding",        "full_padding",
    "no_padding_strides",    "padding_strides",   "padding_strides_odd", "dilation"};

QString name()
{
    return QStringLiteral("arithmetic");
}

QString summary()
{
    return QCoreApplication::translate(
        "convlab::cli", "Every case of Dumoulin & Visin's convolution arithmetic guide, conv and "
                        "transposed, as GIFs in a folder.");
}

QString usage()
{
    return QStringLiteral("--all -o DIR [options]");
}

void addOptions(QCommandLineParser& parser, const QStringList&)
{
    parser.addOption({QStringLiteral("all"),
                      QCoreApplication::translate("convlab::cli",
                                                  "All 8 cases and their transposed counterparts: "
                                                  "CASE.gif and CASE_transposed.gif (required).")});
    addSceneOutputOption(
        parser, QCoreApplication::translate("convlab::cli",
                                            "The folder to write, new or holding only GIFs of "
                                            "an earlier run (replaced as a whole)."));
    addFpsOption(parser, kDefaultFps);
    addScaleOption(parser);
}

void exportCase(OffscreenScene& scene, SceneView view, AnimationOptions options,
                TerminalProgress& progress)
{
    progress.setLabel(QFileInfo(options.path).fileName());
    const SceneFrameSource source(&scene, view);
    QString error;
    if (!exportAnimation(source, options, &error, progress.callback()))
        throw Error(error.toStdString());
}

int run(const QCommandLineParser& parser, QTextStream& out)
{
    // First in, last out: the staged output is removed before a signal ends the process.
    const TerminationSignals termination;
    positionalArguments(parser, name(), {});
    if (!parser.isSet(QStringLiteral("all")))
        throw Error(QCoreApplication::translate("convlab::cli",
                                                "arithmetic needs --all (every case of the guide)")
                        .toStdString());
    const QString folder =
        sceneOutputPath(parser, name(), QCoreApplication::translate("convlab::cli", "a folder"));
    AnimationOptions options;
    options.format = AnimationFormat::Gif;
    options.scale = scaleOption(parser);
    options.fps = fpsOption(parser);

    QString error;
    const std::unique_ptr<StagedTarget> staged =
        StagedTarget::create(folder, StagedTarget::Kind::Folder, QString(),
                             QRegularExpression(QStringLiteral("^[a-z_]+\\.gif$")), &error);
    if (!staged)
        throw Error(error.toStdString());
    OffscreenScene scene(LessonScript::startingState());
    const QDir into(staged->path());
    int written = 0;
    {
        TerminalProgress progress(name());
        for (const ArithmeticPreset& preset : arithmeticPresets()) {
            const QString base = QString::fromLatin1(kCaseNames[static_cast<int>(preset.id)]);
            scene.stepThrough()->stepper()->loadPreset(preset.id);
            options.size = scene.naturalSize(SceneView::Stepper);
            options.path = into.filePath(base + QStringLiteral(".gif"));
            exportCase(scene, SceneView::Stepper, options, progress);
            scene.stepThrough()->transposed()->setForm(TransposedConvView::Form::ZeroInsertion);
            scene.stepThrough()->transposed()->loadPreset(preset.id);
            options.size = scene.naturalSize(SceneView::Transposed);
            options.path = into.filePath(base + QStringLiteral("_transposed.gif"));
            exportCase(scene, SceneView::Transposed, options, progress);
            written += 2;
        }
    }
    if (!staged->commit(&error))
        throw Error(error.toStdString());
    out << QCoreApplication::translate("convlab::cli", "wrote %1 GIFs in %2")
               .arg(written)
               .arg(QDir::toNativeSeparators(folder))
        << Qt::endl;
    return 0;
}

} // namespace

Subcommand arithmeticSubcommand()
{
    return {name, summary, usage, addOptions, run, true};
}

} // namespace convlab::cli
