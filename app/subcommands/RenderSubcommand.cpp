// SPDX-License-Identifier: MIT
#include "ArgumentParsing.h"
#include "Error.h"
#include "io/ArrayIO.h"
#include "io/AtomicWrite.h"
#include "learn/DigitImage.h"
#include "learn/LearnedScene.h"
#include "session/Outcome.h"
#include "subcommands/LearnedViews.h"
#include "subcommands/SceneOptions.h"
#include "subcommands/Subcommand.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QWidget>
#include <algorithm>

namespace convlab::cli {

namespace {

const QString kFrame = QStringLiteral("frame");
const QString kSize = QStringLiteral("size");
const QString kModel = QStringLiteral("model");
const QString kDigit = QStringLiteral("digit");
const QString kHeldOut = QStringLiteral("held-out");
// A file manager asks thumbnailers for 128 to 1024 pixels; the limit keeps a typo from
// allocating gigabytes.
constexpr int kMaxSize = 4096;

QString name()
{
    return QStringLiteral("render");
}

QString summary()
{
    return QCoreApplication::translate(
        "convlab::cli", "Draw a view of a lesson to PNG or SVG, as the window draws it.");
}

QString usage()
{
    return QStringLiteral("LESSON.convlab -o OUT.png|OUT.svg [options]  |  --view "
                          "filters|featuremaps --model MODEL [--digit IMAGE] -o OUT.png|OUT.svg  "
                          "|  --view gradient|deconvnet|decoder [--model MODEL] [--held-out N] "
                          "-o OUT.png|OUT.svg");
}

void addOptions(QCommandLineParser& parser, const QStringList&)
{
    parser.addPositionalArgument(
        QStringLiteral("LESSON"),
        QCoreApplication::translate("convlab::cli",
                                    "A .convlab lesson (resources/lessons/); none for the views "
                                    "of the learned filters (filters, featuremaps, gradient, "
                                    "deconvnet, decoder), or one with --step N for gradient, "
                                    "deconvnet and decoder: the step's choices on View ▸ "
                                    "Learned Filters."));
    addSceneOutputOption(
        parser,
        QCoreApplication::translate("convlab::cli", "Output: .png (at --scale) or .svg (vector)."));
    addViewOption(parser, QStringLiteral("figure"), LearnedScene::viewNames() + learnedViewNames());
    addLessonStepOption(parser);
    parser.addOption(
        {kFrame,
         QCoreApplication::translate(
             "convlab::cli",
             "For --view stepper or transposed: frame N of the animation, counted from 1, as "
             "`convlab animate` numbers them (default: the last, everything computed)."),
         QStringLiteral("N")});
    addScaleOption(parser);
    parser.addOption(
        {kSize,
         QCoreApplication::translate("convlab::cli",
                                     "PNG only: scale the picture so that its longer side is N "
                                     "pixels, 16 to %1 (for thumbnails; instead of --scale).")
             .arg(kMaxSize),
         QStringLiteral("N")});
    addThemeOption(parser);
    parser.addOption(
        {kModel,
         QCoreApplication::translate("convlab::cli",
                                     "For --view filters, featuremaps, gradient and deconvnet: "
                                     "the model to draw, as convlab train -o or the window's "
                                     "Save Model… writes it (gradient and deconvnet without it: "
                                     "the network the window's Train button gives, seed 1)."),
         QStringLiteral("MODEL")});
    parser.addOption(
        {kDigit,
         QCoreApplication::translate("convlab::cli",
                                     "For --view featuremaps: the digit whose feature maps are "
                                     "drawn, an image prepared as convlab predict prepares it."),
         QStringLiteral("IMAGE")});
    addLearnedViewOptions(parser);
}

// --size N, checked before anything is drawn: the longer side in pixels, 0 when not set.
int sizeOption(const QCommandLineParser& parser, const QString& suffix)
{
    if (!parser.isSet(kSize))
        return 0;
    if (parser.isSet(QStringLiteral("scale")))
        throw Error(QCoreApplication::translate("convlab::cli",
                                                "--size and --scale cannot be used together")
                        .toStdString());
    if (suffix != QLatin1String("png"))
        throw Error(
            QCoreApplication::translate("convlab::cli", "--size applies to .png output only")
                .toStdString());
    const int side =
        parseInteger(QStringLiteral("--size"), QStringLiteral("--size"), parser.value(kSize), 16);
    if (side > kMaxSize)
        throw Error(QCoreApplication::translate("convlab::cli", "--size %1 is above %2")
                        .arg(side)
                        .arg(kMaxSize)
                        .toStdString());
    return side;
}

QByteArray pngOf(const QImage& image)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

// -o OUT, a .png or an .svg; refused otherwise.
QString outputPath(const QCommandLineParser& parser)
{
    const QString output = sceneOutputPath(
        parser, name(), QCoreApplication::translate("convlab::cli", "a .png or .svg file"));
    const QString suffix = QFileInfo(output).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg"))
        throw Error(QCoreApplication::translate(
                        "convlab::cli", "cannot write '%1': render writes .png and .svg files")
                        .arg(output)
                        .toStdString());
    return output;
}

// The drawing to `output`: vector SVG, or PNG at `scale` (or --size's side) over white.
void writeDrawing(const Drawing& drawing, QSize size, double scale, int side, const QString& output)
{
    if (side > 0)
        scale = double(side) / std::max(size.width(), size.height());
    QString error;
    if (QFileInfo(output).suffix().toLower() == QLatin1String("svg")) {
        if (!FigureExporter::saveSvg(drawing, output, &error))
            throw Error(error.toStdString());
        return;
    }
    QString reason;
    if (!writeAtomically(output, pngOf(OffscreenScene::render(drawing, size, scale)), &reason))
        throw Error(QCoreApplication::translate("convlab::cli", "cannot write '%1': %2")
                        .arg(output, reason)
                        .toStdString());
}

[[noreturn]] void refuse(const QString& message)
{
    throw Error(message.toStdString());
}

// The learned filters' views draw a network, not a lesson: no LESSON, --step or --frame.
void refuseLessonArguments(const QCommandLineParser& parser, const QString& viewName)
{
    if (!parser.positionalArguments().isEmpty())
        refuse(QCoreApplication::translate("convlab::cli",
                                           "--view %1 draws a model, not a lesson: unexpected "
                                           "argument '%2'")
                   .arg(viewName, parser.positionalArguments().constFirst()));
    for (const QString& option : {QStringLiteral("step"), kFrame})
        if (parser.isSet(option))
            refuse(QCoreApplication::translate("convlab::cli",
                                               "--%1 applies to lessons, not to --view %2")
                       .arg(option, viewName));
}

// --view filters or featuremaps: the learned-filters page's panels for a model file.
int renderLearned(const QCommandLineParser& parser, LearnedScene::View view, QTextStream& out)
{
    const QString viewName = LearnedScene::viewName(view);
    refuseLessonArguments(parser, viewName);
    if (parser.isSet(kHeldOut))
        refuse(QCoreApplication::translate("convlab::cli",
                                           "--held-out applies to --view gradient and deconvnet"));
    const QString output = outputPath(parser);
    const double scale = scaleOption(parser);
    const int side = sizeOption(parser, QFileInfo(output).suffix().toLower());
    if (!parser.isSet(kModel) || parser.value(kModel).isEmpty())
        refuse(QCoreApplication::translate(
                   "convlab::cli",
                   "--view %1 needs a model: --model MODEL (written by convlab train -o)")
                   .arg(viewName));
    const bool maps = view == LearnedScene::View::FeatureMaps;
    if (maps && (!parser.isSet(kDigit) || parser.value(kDigit).isEmpty()))
        refuse(QCoreApplication::translate("convlab::cli",
                                           "--view featuremaps needs a digit: --digit IMAGE"));
    if (!maps && parser.isSet(kDigit))
        refuse(QCoreApplication::translate("convlab::cli",
                                           "--digit applies to --view featuremaps only"));
    // The digit is read before the model: a bad image is named whatever the model.
    const cv::Mat digit =
        maps ? prepareDigit(readImage(parser.value(kDigit).toStdString())) : cv::Mat();

    applyThemeOption(parser);
    LearnedScene scene;
    const Outcome opened = scene.openModel(parser.value(kModel));
    if (!opened)
        refuse(opened.message);
    if (maps)
        scene.showDigit(digit);
    const QSize size = scene.naturalSize(view);
    writeDrawing(scene.drawing(view, size), size, scale, side, output);
    out << QCoreApplication::translate("convlab::cli", "wrote %1 (%2)")
               .arg(QDir::toNativeSeparators(output), viewName)
        << Qt::endl;
    return 0;
}

// --view gradient, deconvnet or decoder: the tabs beside the learned-filters page, for a
// network (--model, else trained as the window trains it) and a held-out digit.
// With a LESSON and --step N, the step's "learned" choice (its held-out digit, stage, layer,
// map and unit), as the window shows that step.
int renderBackToPixels(const QCommandLineParser& parser, const QString& view, QTextStream& out)
{
    const bool lesson = !parser.positionalArguments().isEmpty();
    if (!lesson)
        refuseLessonArguments(parser, view);
    else if (parser.isSet(kFrame))
        refuse(QCoreApplication::translate("convlab::cli",
                                           "--frame %1: only --view stepper and transposed are "
                                           "animations")
                   .arg(parser.value(kFrame)));
    else if (!parser.isSet(QStringLiteral("step")))
        refuse(QCoreApplication::translate("convlab::cli",
                                           "--view %1 of a lesson draws a step that opens View ▸ "
                                           "Learned Filters: --step N")
                   .arg(view));
    else if (parser.isSet(kHeldOut))
        refuse(QCoreApplication::translate("convlab::cli",
                                           "--held-out: the lesson's step names its digit"));
    if (parser.isSet(kDigit))
        refuse(QCoreApplication::translate("convlab::cli",
                                           "--digit applies to --view featuremaps only; "
                                           "--held-out N picks a held-out digit"));
    const QString output = outputPath(parser);
    const double scale = scaleOption(parser);
    const int side = sizeOption(parser, QFileInfo(output).suffix().toLower());
    applyThemeOption(parser);
    std::optional<LearnedChoice> step;
    if (lesson) {
        const QString path = positionalArguments(parser, name(), {QStringLiteral("LESSON")})[0];
        const std::unique_ptr<OffscreenScene> scene = openLesson(parser, path, SceneView::Input);
        const LearnedChoice* choice = scene->learnedChoice();
        const LearnedChoice::Tab wanted = view == QLatin1String("decoder")
                                              ? LearnedChoice::Tab::Decoder
                                              : LearnedChoice::Tab::BackToPixels;
        if (!choice || choice->tab != wanted)
            refuse(
                QCoreApplication::translate(
                    "convlab::cli", "--step %1: the step does not open the %2 tab of View ▸ "
                                    "Learned Filters, which --view %3 draws")
                    .arg(parser.value(QStringLiteral("step")),
                         wanted == LearnedChoice::Tab::Decoder
                             ? QCoreApplication::translate("convlab::cli", "Decoder: checkerboards")
                             : QCoreApplication::translate("convlab::cli", "Back to pixels"),
                         view));
        step = *choice;
    }
    const std::unique_ptr<QWidget> page = learnedView(parser, view, step ? &*step : nullptr);
    writeDrawing(FigureExporter::drawingOf(page.get()), kLearnedViewSize, scale, side, output);
    out << QCoreApplication::translate("convlab::cli", "wrote %1 (%2)")
               .arg(QDir::toNativeSeparators(output), view)
        << Qt::endl;
    return 0;
}

int run(const QCommandLineParser& parser, QTextStream& out)
{
    const QString viewName = parser.value(QStringLiteral("view"));
    if (const std::optional<LearnedScene::View> learned = LearnedScene::viewFromName(viewName))
        return renderLearned(parser, *learned, out);
    if (isLearnedView(viewName))
        return renderBackToPixels(parser, viewName, out);
    for (const QString& option : {kModel, kDigit, kHeldOut})
        if (parser.isSet(option))
            refuse(QCoreApplication::translate("convlab::cli",
                                               "--%1 applies to the views of the learned filters")
                       .arg(option));
    const QString lesson = positionalArguments(parser, name(), {QStringLiteral("LESSON")})[0];
    const QString output = outputPath(parser);
    const QString suffix = QFileInfo(output).suffix().toLower();
    const SceneView view = viewOption(parser, LearnedScene::viewNames() + learnedViewNames());
    const double scale = scaleOption(parser);
    const int side = sizeOption(parser, suffix);
    int frame = 0;
    if (parser.isSet(kFrame)) {
        if (!OffscreenScene::isStepperView(view))
            throw Error(
                QCoreApplication::translate(
                    "convlab::cli", "--frame %1: only --view stepper and transposed are animations")
                    .arg(parser.value(kFrame))
                    .toStdString());
        frame = parseInteger(QStringLiteral("--frame"), QStringLiteral("--frame"),
                             parser.value(kFrame), 1);
    }

    applyThemeOption(parser);
    const std::unique_ptr<OffscreenScene> scene = openLesson(parser, lesson, view);
    if (OffscreenScene::isStepperView(view)) {
        const int frames = scene->animationFrameCount(view);
        if (frames == 0)
            throw Error(QCoreApplication::translate(
                            "convlab::cli", "--view %1: this state has nothing to step through")
                            .arg(OffscreenScene::viewName(view))
                            .toStdString());
        if (frame > frames)
            throw Error(
                QCoreApplication::translate("convlab::cli", "--frame %1 is past the last frame, %2")
                    .arg(frame)
                    .arg(frames)
                    .toStdString());
        QString error;
        scene->showAnimationFrame(view, (frame > 0 ? frame : frames) - 1, &error);
    }
    const QSize size = scene->naturalSize(view);
    writeDrawing(scene->drawing(view, size), size, scale, side, output);
    out << QCoreApplication::translate("convlab::cli", "wrote %1 (%2)")
               .arg(QDir::toNativeSeparators(output), OffscreenScene::viewName(view))
        << Qt::endl;
    return 0;
}

} // namespace

Subcommand renderSubcommand()
{
    return {name, summary, usage, addOptions, run, true};
}

} // namespace convlab::cli
