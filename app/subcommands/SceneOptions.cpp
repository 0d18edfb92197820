// SPDX-License-Identifier: MIT
#include "subcommands/SceneOptions.h"

#include "ArgumentParsing.h"
#include "Error.h"
#include "TerminationSignals.h"
#include "theme/Theme.h"

#include <QCoreApplication>
#include <QDir>
#include <cstdio>
#include <unistd.h>

namespace convlab::cli {

namespace {

const QString kView = QStringLiteral("view");
const QString kStep = QStringLiteral("step");
const QString kScale = QStringLiteral("scale");
const QString kFps = QStringLiteral("fps");
const QString kTheme = QStringLiteral("theme");
const QString kOutput = QStringLiteral("o");
constexpr int kPeakSearchMs = 60000;

[[noreturn]] void refuse(const QString& message)
{
    throw Error(message.toStdString());
}

} // namespace

void addViewOption(QCommandLineParser& parser, const QString& defaultView, const QStringList& more)
{
    parser.addOption(
        {kView,
         QCoreApplication::translate("convlab::cli", "What to draw: %1 (default: %2).")
             .arg((OffscreenScene::viewNames() + more).join(QLatin1Char('|')), defaultView),
         QStringLiteral("VIEW"), defaultView});
}

void addLessonStepOption(QCommandLineParser& parser)
{
    parser.addOption(
        {kStep,
         QCoreApplication::translate(
             "convlab::cli",
             "The lesson's step N, counted from 1, as the Lesson panel loads it after steps 1 to "
             "N (default: the state the file opens on)."),
         QStringLiteral("N")});
}

void addScaleOption(QCommandLineParser& parser)
{
    parser.addOption(
        {kScale,
         QCoreApplication::translate(
             "convlab::cli", "Device pixels per logical pixel, above 0 and at most %1: 2 for "
                             "slides, 4 for print (default: 1).")
             .arg(kMaxScale),
         QStringLiteral("F"), QStringLiteral("1")});
}

void addFpsOption(QCommandLineParser& parser, int defaultFps)
{
    parser.addOption(
        {kFps,
         QCoreApplication::translate("convlab::cli",
                                     "Frames per second, %1 to %2 (%3 for a GIF) (default: %4).")
             .arg(AnimationOptions::kMinFps)
             .arg(AnimationOptions::kMaxFps)
             .arg(AnimationOptions::kMaxGifFps)
             .arg(defaultFps),
         QStringLiteral("N"), QString::number(defaultFps)});
}

void addThemeOption(QCommandLineParser& parser)
{
    parser.addOption(
        {kTheme,
         QCoreApplication::translate("convlab::cli", "The window's look: %1 (default: light).")
             .arg(Theme::names().join(QLatin1Char('|'))),
         QStringLiteral("THEME"), QStringLiteral("light")});
}

void addSceneOutputOption(QCommandLineParser& parser, const QString& description)
{
    parser.addOption({kOutput, description, QStringLiteral("OUT")});
}

SceneView viewOption(const QCommandLineParser& parser, const QStringList& more)
{
    const QString name = parser.value(kView);
    const std::optional<SceneView> view = OffscreenScene::viewFromName(name);
    if (!view)
        refuse(QCoreApplication::translate("convlab::cli", "--view: unknown view '%1' (%2)")
                   .arg(name, (OffscreenScene::viewNames() + more).join(QStringLiteral(", "))));
    return *view;
}

void applyThemeOption(const QCommandLineParser& parser)
{
    const QString name = parser.value(kTheme);
    if (!Theme::apply(name))
        refuse(QCoreApplication::translate("convlab::cli", "--theme: unknown theme '%1' (%2)")
                   .arg(name, Theme::names().join(QStringLiteral(", "))));
}

double scaleOption(const QCommandLineParser& parser)
{
    const QString text = parser.value(kScale);
    bool ok = false;
    const double scale = text.toDouble(&ok);
    if (!ok || !(scale > 0 && scale <= kMaxScale))
        refuse(QCoreApplication::translate("convlab::cli",
                                           "--scale %1 must be a number above 0 and at most %2")
                   .arg(text)
                   .arg(kMaxScale));
    return scale;
}

int fpsOption(const QCommandLineParser& parser)
{
    return parseInteger(QStringLiteral("--fps"), QStringLiteral("--fps"), parser.value(kFps),
                        AnimationOptions::kMinFps);
}

QString sceneOutputPath(const QCommandLineParser& parser, const QString& command,
                        const QString& expected)
{
    if (!parser.isSet(kOutput) || parser.value(kOutput).isEmpty())
        refuse(QCoreApplication::translate("convlab::cli", "%1 needs -o OUT (%2)")
                   .arg(command, expected));
    return parser.value(kOutput);
}

std::unique_ptr<OffscreenScene> openLesson(const QCommandLineParser& parser, const QString& path,
                                           SceneView view)
{
    // The step is checked before the file is read: a bad value is named whatever the file.
    int step = 0;
    if (parser.isSet(kStep))
        step = parseInteger(QStringLiteral("--step"), QStringLiteral("--step"), parser.value(kStep),
                            1);
    QString error;
    std::unique_ptr<OffscreenScene> scene = OffscreenScene::open(path, &error);
    if (!scene)
        refuse(QCoreApplication::translate("convlab::cli", "cannot open the lesson '%1': %2")
                   .arg(QDir::toNativeSeparators(path), error));
    if (step > 0 && !scene->goToLessonStep(step - 1, &error))
        refuse(QCoreApplication::translate("convlab::cli", "--step %1: %2").arg(step).arg(error));
    if (view == SceneView::Stepper && !scene->cropStepperAroundPeak(kPeakSearchMs))
        refuse(QCoreApplication::translate("convlab::cli",
                                           "--view stepper: the best match of '%1' was not "
                                           "found within %2 s")
                   .arg(QDir::toNativeSeparators(path))
                   .arg(kPeakSearchMs / 1000));
    return scene;
}

TerminalProgress::TerminalProgress(QString label)
    : m_label(std::move(label)), m_enabled(isatty(fileno(stderr)) == 1)
{
}

TerminalProgress::~TerminalProgress()
{
    if (m_written)
        std::fputs("\n", stderr);
}

ExportProgress TerminalProgress::callback()
{
    return [this](int done, int total) {
        if (m_enabled && total > 0) {
            const QString line = QCoreApplication::translate("convlab::cli", "%1: %2 %")
                                     .arg(m_label)
                                     .arg(100 * done / total, 3);
            std::fprintf(stderr, "\r%s", line.toUtf8().constData());
            std::fflush(stderr);
            m_written = true;
        }
        return TerminationSignals::received() == 0;
    };
}

} // namespace convlab::cli
