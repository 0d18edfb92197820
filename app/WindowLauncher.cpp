// SPDX-License-Identifier: MIT
#include "WindowLauncher.h"

#include "MainWindow.h"
#include "SmokeTest.h"
#include "i18n/Language.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace convlab {

namespace {

bool isSet(const char* variable)
{
    const char* value = std::getenv(variable);
    return value && *value;
}

} // namespace

int WindowLauncher::run(int argc, char* argv[], const QString& language)
{
    // Checked before QApplication exists: without a display it would abort with a Qt message
    // about platform plugins, which tells a student nothing.
    if (!hasDisplay(argc, argv)) {
        QCoreApplication app(argc, argv);
        Language::applyToCommandLine(language.isEmpty() ? Language::systemDefault() : language);
        explainMissingDisplay(argv[0]);
        return 1;
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ConvLab"));
    QApplication::setApplicationVersion(QStringLiteral(CONVLAB_VERSION));
    // The desktop entry's name: on Wayland the window gets its icon and menu entry from it.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.convlab.ConvLab"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/convlab/desktop/convlab.svg")));
    Language::apply(language.isEmpty() ? Language::saved() : language);

    QCommandLineParser parser;
    QCommandLineOption smokeTest(QStringLiteral("smoke-test"),
                                 QStringLiteral("Grab the window to PATH and quit."),
                                 QStringLiteral("PATH"));
    smokeTest.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(smokeTest);
    if (!parser.parse(QApplication::arguments())) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("convlab::cli", "convlab: error: %1")
                                    .arg(QCoreApplication::translate("convlab::cli",
                                                                     "%1 (see convlab --help)")
                                             .arg(parser.errorText()))));
        return 2;
    }
    if (parser.positionalArguments().size() > 1) {
        std::fprintf(
            stderr, "%s\n",
            qPrintable(QCoreApplication::translate("convlab::cli", "convlab: error: %1")
                           .arg(QCoreApplication::translate(
                                    "convlab::cli", "unexpected argument '%1' (see convlab --help)")
                                    .arg(parser.positionalArguments().at(1)))));
        return 2;
    }

    MainWindow window;
    // A lesson or an image given by the file manager (double-click, "Open With"): a file that
    // cannot be opened is explained in the window, which stays on the starting document.
    if (!parser.positionalArguments().isEmpty())
        window.openFile(parser.positionalArguments().constFirst());
    if (parser.isSet(smokeTest))
        return SmokeTest(parser.value(smokeTest)).run(window);
    window.show();
    return QApplication::exec();
}

bool WindowLauncher::hasDisplay(int argc, char* argv[])
{
    if (isSet("DISPLAY") || isSet("WAYLAND_DISPLAY") || isSet("QT_QPA_PLATFORM"))
        return true;
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "-platform") == 0 || std::strcmp(argv[i], "--platform") == 0)
            return true;
    return false;
}

void WindowLauncher::explainMissingDisplay(const char* program)
{
    const QString text =
        QCoreApplication::translate(
            "convlab::cli",
            "ConvLab cannot open its window: this machine has no display (neither DISPLAY nor "
            "WAYLAND_DISPLAY is set).\n"
            "The headless commands work without one, for example:\n"
            "  %1 shape --input 7 --kernel 3 --stride 2\n"
            "  %1 conv image.png kernel.txt -o response.png --padding same\n"
            "  %1 match image.png patch.png --top 3 --json\n"
            "See %1 --help for every command. To see the window without a screen: "
            "xvfb-run -a %1\n")
            .arg(QString::fromLocal8Bit(program));
    std::fputs(text.toLocal8Bit().constData(), stderr);
}

} // namespace convlab
