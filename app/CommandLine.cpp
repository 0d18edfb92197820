// SPDX-License-Identifier: MIT
#include "CommandLine.h"

#include "Error.h"
#include "i18n/CoreMessages.h"
#include "i18n/Language.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <cstdio>
#include <memory>
#include <new>
#include <opencv2/core.hpp>
#include <sys/stat.h>
#include <unistd.h>

namespace convlab::cli {

namespace {

constexpr int kExitError = 2;

bool isHelp(const QString& argument)
{
    return argument == QLatin1String("--help") || argument == QLatin1String("-h") ||
           argument == QLatin1String("-?");
}

bool isVersion(const QString& argument)
{
    return argument == QLatin1String("--version") || argument == QLatin1String("-v");
}

// A message quotes file names and file contents: a control character left in it (an escape
// sequence) would act on the student's terminal.
QString printable(const QString& text)
{
    QString shown;
    for (const QChar c : text)
        shown += c.category() == QChar::Other_Control
                     ? QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'))
                     : QString(c);
    return shown;
}

// Exactly one line, whatever the message holds.
int fail(const QString& message)
{
    const QString line = QCoreApplication::translate("convlab::cli", "convlab: error: %1")
                             .arg(printable(message.simplified()));
    std::fprintf(stderr, "%s\n", line.toUtf8().constData());
    return kExitError;
}

// QCommandLineParser's help, with a usage line naming the subcommand.
QString helpFor(const Subcommand& command, const QCommandLineParser& parser)
{
    QString text = parser.helpText();
    text.remove(0, text.indexOf(QLatin1Char('\n')) + 1);
    return QCoreApplication::translate("convlab::cli", "Usage: convlab %1 %2\n")
               .arg(command.name(), command.usage()) +
           text;
}

// Without XDG_RUNTIME_DIR (a script, cron, ssh) Qt's platform plugins warn on stderr before
// making the same folder themselves: made here, quietly, so that stderr holds only our lines.
void provideRuntimeDirectory()
{
    if (qEnvironmentVariableIsSet("XDG_RUNTIME_DIR"))
        return;
    const QByteArray folder = QDir::tempPath().toLocal8Bit() + "/runtime-convlab-" +
                              QByteArray::number(static_cast<qulonglong>(getuid()));
    struct stat info {};
    const bool ours = (mkdir(folder.constData(), 0700) == 0 ||
                       (lstat(folder.constData(), &info) == 0 && S_ISDIR(info.st_mode) &&
                        info.st_uid == getuid() && (info.st_mode & 0777) == 0700));
    if (ours)
        qputenv("XDG_RUNTIME_DIR", folder);
}

} // namespace

CommandLine::CommandLine()
    : m_subcommands{convSubcommand(),   transposedConvSubcommand(), matchSubcommand(),
                    poolSubcommand(),   shapeSubcommand(),          codeSubcommand(),
                    renderSubcommand(), animateSubcommand(),        arithmeticSubcommand(),
                    trainSubcommand(),  predictSubcommand(),        notebookSubcommand()}
{
}

bool CommandLine::wanted(int argc, char* argv[]) const
{
    if (argc < 2)
        return false;
    const QString first = QString::fromLocal8Bit(argv[1]);
    if (isHelp(first) || isVersion(first) || find(first))
        return true;
    return !first.startsWith(QLatin1Char('-')) && !QFileInfo(first).isFile();
}

int CommandLine::run(int argc, char* argv[], const QString& language) const
{
    const Subcommand* wantedSubcommand = argc > 1 ? find(QString::fromLocal8Bit(argv[1])) : nullptr;
    std::unique_ptr<QCoreApplication> app;
    if (wantedSubcommand && wantedSubcommand->drawsViews) {
        // The window's views, drawn without a display unless a platform is asked for.
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        provideRuntimeDirectory();
        app = std::make_unique<QApplication>(argc, argv);
        // As the window: numbers in the views follow the language, like the window's.
        Language::apply(language.isEmpty() ? Language::systemDefault() : language);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
        Language::applyToCommandLine(language.isEmpty() ? Language::systemDefault() : language);
    }
    QCoreApplication::setApplicationName(QStringLiteral("convlab"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CONVLAB_VERSION));
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    const QString first = arguments.value(0);
    QTextStream out(stdout);
    if (isHelp(first)) {
        out << overview();
        return 0;
    }
    if (isVersion(first)) {
        out << "convlab " << CONVLAB_VERSION << Qt::endl;
        return 0;
    }
    const Subcommand* command = find(first);
    if (!command)
        return fail(QCoreApplication::translate("convlab::cli",
                                                "unknown command '%1' (conv, tconv, match, pool, "
                                                "shape, code, render, animate, arithmetic, "
                                                "train, predict or notebook; see convlab --help)")
                        .arg(first));
    return runSubcommand(*command, arguments);
}

int CommandLine::runSubcommand(const Subcommand& command, const QStringList& arguments) const
{
    QCommandLineParser parser;
    parser.setApplicationDescription(command.summary());
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    // Not addHelpOption(): its --help-all would list Qt's GUI options, which do not apply here.
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("convlab::cli", "Show this help."));
    parser.addOption(help);
    command.addOptions(parser, arguments.mid(1));
    // A refusal is reported before anything is written: commands validate, then compute, then
    // write atomically, so an error leaves every output file as it was.
    try {
        if (!parser.parse(arguments))
            return fail(command.name() + QStringLiteral(": ") + parser.errorText());
        QTextStream out(stdout);
        if (parser.isSet(help)) {
            out << helpFor(command, parser);
            return 0;
        }
        return command.run(parser, out);
    } catch (const Error& e) {
        return fail(CoreMessages::translate(QString::fromUtf8(e.what())));
    } catch (const cv::Exception& e) {
        return fail(QStringLiteral("OpenCV: ") + QString::fromStdString(e.err));
    } catch (const std::bad_alloc&) {
        return fail(
            QCoreApplication::translate("convlab::cli", "not enough memory for this computation"));
    } catch (const std::exception& e) {
        return fail(QString::fromUtf8(e.what()));
    }
}

const Subcommand* CommandLine::find(const QString& name) const
{
    for (const Subcommand& command : m_subcommands)
        if (command.name() == name)
            return &command;
    return nullptr;
}

QString CommandLine::overview() const
{
    QString text = QCoreApplication::translate(
        "convlab::cli", "Usage: convlab [FILE]           open the ConvLab window (on FILE: a "
                        "lesson, an image, .npy or .txt)\n"
                        "       convlab COMMAND [ARGS]   compute without a window:\n\n");
    for (const Subcommand& command : m_subcommands)
        text += QStringLiteral("  %1  %2\n").arg(command.name(), -10).arg(command.summary());
    text += QCoreApplication::translate(
        "convlab::cli",
        "\nconvlab COMMAND --help shows a command's arguments. Examples:\n"
        "  convlab shape --input 7 --kernel 3 --stride 2\n"
        "  convlab conv image.png kernel.txt -o response.png --padding same\n"
        "  convlab match digits.png two.png --top 5 --min-distance 10\n"
        "  convlab render lesson.convlab -o figure.png --step 2 --scale 2\n"
        "  convlab animate lesson.convlab -o stepper.gif --view stepper\n"
        "  convlab arithmetic --all -o guide/\n"
        "  convlab train --epochs 8 --seed 1 -o digits.pt\n"
        "  convlab predict digits.pt seven.png --json\n"
        "\nOptions:\n"
        "  -h, --help     Show this help.\n"
        "  -v, --version  Show the version.\n"
        "  --lang fr|en   Language of the window, the help and the messages (default: the "
        "system's).\n");
    return text;
}

} // namespace convlab::cli
