// SPDX-License-Identifier: MIT
#include "LanguageOption.h"

#include "i18n/Language.h"

#include <QCoreApplication>
#include <cstdio>
#include <cstring>

namespace convlab {

namespace {

constexpr const char* kOption = "--lang";

// Drops argv[at, at + count) and keeps the terminating null pointer in place.
void removeArguments(int& argc, char* argv[], int at, int count)
{
    for (int i = at; i + count <= argc; ++i)
        argv[i] = argv[i + count];
    argc -= count;
}

} // namespace

LanguageOption::Result LanguageOption::extract(int& argc, char* argv[])
{
    Result result;
    QString command; // the first argument that is not --lang or its value
    int i = 1;
    while (i < argc) {
        const char* argument = argv[i];
        const bool joined = std::strncmp(argument, "--lang=", 7) == 0;
        if (!joined && std::strcmp(argument, kOption) != 0) {
            if (command.isEmpty())
                command = QString::fromLocal8Bit(argument);
            ++i;
            continue;
        }
        const bool hasValue = joined || i + 1 < argc;
        const QString value = joined     ? QString::fromLocal8Bit(argument + 7)
                              : hasValue ? QString::fromLocal8Bit(argv[i + 1])
                                         : QString();
        const int count = joined || !hasValue ? 1 : 2;
        if (Language::isKnown(value.toLower())) {
            result.language = value.toLower();
            removeArguments(argc, argv, i, count);
            continue;
        }
        if (command == QLatin1String("code")) { // its own --lang: the language of the code
            i += count;
            continue;
        }
        result.refused = true;
        result.value = value;
        return result;
    }
    return result;
}

int LanguageOption::refuse(int argc, char* argv[], const QString& value)
{
    QCoreApplication app(argc, argv);
    Language::applyToCommandLine(Language::systemDefault());
    const QString problem =
        value.isEmpty()
            ? QCoreApplication::translate("convlab::cli", "--lang needs a language: fr or en")
            : QCoreApplication::translate("convlab::cli",
                                          "--lang: '%1' is not a language of ConvLab (fr or en)")
                  .arg(value);
    const QString line =
        QCoreApplication::translate("convlab::cli", "convlab: error: %1").arg(problem);
    std::fprintf(stderr, "%s\n", line.toUtf8().constData());
    return 2;
}

} // namespace convlab
