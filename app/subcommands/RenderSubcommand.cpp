// SPDX-License-Identifier: MIT
#include "ArgumentParsing.h"
#include "Error.h"
#include "io/AtomicWrite.h"
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
    return QStringLiteral("LESSON.convlab -o OUT.png|OUT.svg [options]");
}

void addOptions(QCommandLineParser& parser, const QStringList&)
{
    parser.addPositionalArgument(
        QStringLiteral("LESSON"),
        QCoreApplication::translate("convlab::cli", "A .convlab lesson (resources/lessons/)."));
    addSceneOutputOption(
        parser,
        QCoreApplication::translate("convlab::cli", "Output: .png (at --scale) or .svg (vector)."));
    addViewOption(parser, QStringLiteral("figure"), learnedViewNames());
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

// The drawing at its logical `size`, as .svg or as .png at `scale` (or `side` pixels long).
void write(const Drawing& drawing, QSize size, double scale, int side, const QString& suffix,
           const QString& output)
{
    if (side > 0)
        scale = double(side) / std::max(size.width(), size.height());
    QString error;
    if (suffix == QLatin1String("svg")) {
        if (!FigureExporter::saveSvg(drawing, output, &error))
            throw Error(error.toStdString());
    } else {
        QString reason;
        if (!writeAtomically(output, pngOf(OffscreenScene::render(drawing, size, scale)), &reason))
            throw Error(QCoreApplication::translate("convlab::cli", "cannot write '%1': %2")
                            .arg(output, reason)
                            .toStdString());
    }
}

// --view gradient, deconvnet or decoder: the learned-filters tabs; the lesson and --step are
// checked as for any view, but the picture does not depend on them.
void renderLearnedView(const QCommandLineParser& parser, const QString& lesson, const QString& view,
                       const QString& output, const QString& suffix)
{
    const double scale = scaleOption(parser);
    const int side = sizeOption(parser, suffix);
    if (parser.isSet(kFrame))
        throw Error(
            QCoreApplication::translate(
                "convlab::cli", "--frame %1: only --view stepper and transposed are animations")
                .arg(parser.value(kFrame))
                .toStdString());
    applyThemeOption(parser);
    openLesson(parser, lesson, SceneView::Figure);
    const std::unique_ptr<QWidget> page = learnedView(parser, view);
    write(FigureExporter::drawingOf(page.get()), kLearnedViewSize, scale, side, suffix, output);
}

int run(const QCommandLineParser& parser, QTextStream& out)
{
    const QString lesson = positionalArguments(parser, name(), {QStringLiteral("LESSON")})[0];
    const QString output = sceneOutputPath(
        parser, name(), QCoreApplication::translate("convlab::cli", "a .png or .svg file"));
    const QString suffix = QFileInfo(output).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg"))
        throw Error(QCoreApplication::translate(
                        "convlab::cli", "cannot write '%1': render writes .png and .svg files")
                        .arg(output)
                        .toStdString());
    if (const QString learned = parser.value(QStringLiteral("view")); isLearnedView(learned)) {
        renderLearnedView(parser, lesson, learned, output, suffix);
        out << QCoreApplication::translate("convlab::cli", "wrote %1 (%2)")
                   .arg(QDir::toNativeSeparators(output), learned)
            << Qt::endl;
        return 0;
    }
    const SceneView view = viewOption(parser, learnedViewNames());
    double scale = scaleOption(parser);
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
    write(scene->drawing(view, size), size, scale, side, suffix, output);
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
