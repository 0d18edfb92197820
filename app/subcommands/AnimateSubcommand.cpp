// SPDX-License-Identifier: MIT
#include "ArgumentParsing.h"
#include "Error.h"
#include "TerminationSignals.h"
#include "scene/SceneFrameSource.h"
#include "subcommands/LearnedViews.h"
#include "subcommands/SceneOptions.h"
#include "subcommands/Subcommand.h"

#include <QCoreApplication>
#include <QDir>

namespace convlab::cli {

namespace {

constexpr int kDefaultFps = 4; // a step every quarter of a second: readable in class
const QString kDecoder = QStringLiteral("decoder");

// Frames drawn beforehand (the decoders' epochs: a run cannot be replayed frame by frame).
class DrawnFrames final : public FrameSource {
  public:
    explicit DrawnFrames(std::vector<QImage> frames) : m_frames(std::move(frames)) {}
    int frameCount() const override { return static_cast<int>(m_frames.size()); }
    QImage frame(int index, const QSize&, qreal) const override
    {
        return m_frames[static_cast<std::size_t>(index)];
    }

  private:
    std::vector<QImage> m_frames;
};

QString name()
{
    return QStringLiteral("animate");
}

QString summary()
{
    return QCoreApplication::translate(
        "convlab::cli", "Animate a lesson to a GIF, an MP4 or a folder of PNG frames.");
}

QString usage()
{
    return QStringLiteral("LESSON.convlab -o OUT.gif|OUT.mp4|DIR [options]  |  --view decoder "
                          "-o OUT.gif|OUT.mp4|DIR [options]");
}

void addOptions(QCommandLineParser& parser, const QStringList&)
{
    parser.addPositionalArgument(
        QStringLiteral("LESSON"),
        QCoreApplication::translate("convlab::cli", "A .convlab lesson (resources/lessons/); none "
                                                    "for --view decoder."));
    addSceneOutputOption(parser, QCoreApplication::translate(
                                     "convlab::cli",
                                     "Output: .gif, .mp4, or any other name for a folder of PNG "
                                     "frames (frame_0000.png…)."));
    addViewOption(parser, QStringLiteral("figure"), {kDecoder});
    parser.addOption(
        {QStringLiteral("step"),
         QCoreApplication::translate(
             "convlab::cli",
             "For --view stepper or transposed: animate them at the lesson's step N, counted "
             "from 1 (default: the state the file opens on). Any other view animates the "
             "lesson's steps, one frame each."),
         QStringLiteral("N")});
    addFpsOption(parser, kDefaultFps);
    addScaleOption(parser);
    addThemeOption(parser);
}

// --view decoder: the two upsampling decoders learning with the window's settings, one frame
// per epoch (the first before training), as the Decoder tab of View ▸ Learned Filters redraws
// them: the transposed decoder's checkerboard appears, then fades.
int animateDecoder(const QCommandLineParser& parser, QTextStream& out)
{
    const TerminationSignals termination;
    if (!parser.positionalArguments().isEmpty())
        throw Error(QCoreApplication::translate("convlab::cli",
                                                "--view decoder animates the decoders' training, "
                                                "not a lesson: unexpected argument '%1'")
                        .arg(parser.positionalArguments().constFirst())
                        .toStdString());
    if (parser.isSet(QStringLiteral("step")))
        throw Error(QCoreApplication::translate("convlab::cli",
                                                "--step applies to lessons, not to --view decoder")
                        .toStdString());
    AnimationOptions options;
    options.path = sceneOutputPath(
        parser, name(), QCoreApplication::translate("convlab::cli", "a .gif, a .mp4 or a folder"));
    options.format = AnimationOptions::formatForPath(options.path);
    options.scale = scaleOption(parser);
    options.fps = fpsOption(parser);
    options.size = kLearnedViewSize;
    if (const QString problem = options.problem(); !problem.isEmpty())
        throw Error(problem.toStdString());
    applyThemeOption(parser);
    const DrawnFrames source(decoderTrainingFrames(options.scale));
    QString error;
    {
        TerminalProgress progress(QDir::toNativeSeparators(options.path));
        if (!exportAnimation(source, options, &error, progress.callback()))
            throw Error(error.toStdString());
    }
    out << QCoreApplication::translate("convlab::cli", "wrote %1 (%2, %3 frames)")
               .arg(QDir::toNativeSeparators(options.path), kDecoder)
               .arg(source.frameCount())
        << Qt::endl;
    return 0;
}

int run(const QCommandLineParser& parser, QTextStream& out)
{
    if (parser.value(QStringLiteral("view")) == kDecoder)
        return animateDecoder(parser, out);
    // First in, last out: the staged output is removed before a signal ends the process.
    const TerminationSignals termination;
    const QString lesson = positionalArguments(parser, name(), {QStringLiteral("LESSON")})[0];
    AnimationOptions options;
    options.path = sceneOutputPath(
        parser, name(), QCoreApplication::translate("convlab::cli", "a .gif, a .mp4 or a folder"));
    options.format = AnimationOptions::formatForPath(options.path);
    const SceneView view = viewOption(parser, {kDecoder});
    if (parser.isSet(QStringLiteral("step")) && !OffscreenScene::isStepperView(view))
        throw Error(QCoreApplication::translate(
                        "convlab::cli", "--step %1: the frames of --view %2 are the lesson's "
                                        "steps; --step chooses the state of stepper and "
                                        "transposed only")
                        .arg(parser.value(QStringLiteral("step")), OffscreenScene::viewName(view))
                        .toStdString());
    options.scale = scaleOption(parser);
    options.fps = fpsOption(parser);
    // The frame rate against the format, before the lesson is read.
    if (const QString problem = options.problem(); !problem.isEmpty())
        throw Error(problem.toStdString());

    applyThemeOption(parser);
    const std::unique_ptr<OffscreenScene> scene = openLesson(parser, lesson, view);
    options.size = scene->naturalSize(view);
    if (const QString problem = options.problem(); !problem.isEmpty())
        throw Error(problem.toStdString());
    const SceneFrameSource source(scene.get(), view);
    if (source.frameCount() == 0)
        throw Error(QCoreApplication::translate("convlab::cli",
                                                "--view %1: this state has nothing to step through")
                        .arg(OffscreenScene::viewName(view))
                        .toStdString());
    QString error;
    {
        TerminalProgress progress(QDir::toNativeSeparators(options.path));
        if (!exportAnimation(source, options, &error, progress.callback()))
            throw Error(error.toStdString());
    }
    out << QCoreApplication::translate("convlab::cli", "wrote %1 (%2, %3 frames)")
               .arg(QDir::toNativeSeparators(options.path), OffscreenScene::viewName(view))
               .arg(source.frameCount())
        << Qt::endl;
    return 0;
}

} // namespace

Subcommand animateSubcommand()
{
    return {name, summary, usage, addOptions, run, true};
}

} // namespace convlab::cli
