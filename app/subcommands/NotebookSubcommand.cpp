// SPDX-License-Identifier: MIT
#include "ArgumentParsing.h"
#include "Error.h"
#include "export/LessonNotebook.h"
#include "i18n/Language.h"
#include "io/DocumentFile.h"
#include "subcommands/SceneOptions.h"
#include "subcommands/Subcommand.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace convlab::cli {

namespace {

[[noreturn]] void refuse(const QString& message)
{
    throw Error(message.toStdString());
}

QString name()
{
    return QStringLiteral("notebook");
}

QString summary()
{
    return QCoreApplication::translate(
        "convlab::cli", "Write a lesson as a Jupyter notebook that checks its claims when run.");
}

QString usage()
{
    return QStringLiteral("LESSON.convlab -o OUT.ipynb [--lang fr|en]");
}

void addOptions(QCommandLineParser& parser, const QStringList&)
{
    parser.addPositionalArgument(
        QStringLiteral("LESSON"),
        QCoreApplication::translate("convlab::cli",
                                    "A .convlab lesson with steps (resources/lessons/)."));
    addSceneOutputOption(parser, QCoreApplication::translate(
                                     "convlab::cli",
                                     "Output: a .ipynb notebook; the steps' images and patches "
                                     "go beside it, as .npy files in OUT_files/. The texts are "
                                     "in the language of --lang."));
}

int run(const QCommandLineParser& parser, QTextStream& out)
{
    const QString lesson = positionalArguments(parser, name(), {QStringLiteral("LESSON")})[0];
    const QString output = sceneOutputPath(
        parser, name(), QCoreApplication::translate("convlab::cli", "a .ipynb file"));
    if (QFileInfo(output).suffix().toLower() != QLatin1String("ipynb"))
        refuse(QCoreApplication::translate("convlab::cli",
                                           "cannot write '%1': notebook writes .ipynb files")
                   .arg(QDir::toNativeSeparators(output)));
    QString error;
    const std::optional<DocumentState> state = DocumentFile::load(lesson, &error);
    if (!state)
        refuse(QCoreApplication::translate("convlab::cli", "cannot open the lesson '%1': %2")
                   .arg(QDir::toNativeSeparators(lesson), error));
    const std::optional<LessonScript> script = LessonScript::fromNotes(state->notes, &error);
    if (!script)
        refuse(QCoreApplication::translate("convlab::cli", "cannot open the lesson '%1': %2")
                   .arg(QDir::toNativeSeparators(lesson), error));
    if (script->stepCount() == 0)
        refuse(QCoreApplication::translate("convlab::cli",
                                           "'%1' has no lesson steps: a notebook is written "
                                           "from a guided lesson")
                   .arg(QDir::toNativeSeparators(lesson)));
    if (!LessonNotebook::write(*script, Language::current(), output, &error))
        refuse(error);
    out << QCoreApplication::translate("convlab::cli",
                                       "%1: %2 steps, with the images and patches in %3/\n")
               .arg(QDir::toNativeSeparators(output))
               .arg(script->stepCount())
               .arg(LessonNotebook::folderFor(output));
    return 0;
}

} // namespace

Subcommand notebookSubcommand()
{
    return {name, summary, usage, addOptions, run, true};
}

} // namespace convlab::cli
