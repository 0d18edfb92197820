// SPDX-License-Identifier: MIT
#include "Error.h"
#include "codegen/CodeGenerator.h"
#include "io/ArrayIO.h"
#include "subcommands/OperationOptions.h"
#include "subcommands/Subcommand.h"

#include <QCoreApplication>
#include <array>
#include <variant>

namespace convlab::cli {

namespace {

using Operation = CodeRequest::Operation;

struct OperationName {
    Operation operation;
    const char* name;
};
constexpr std::array<OperationName, 4> kOperations{{
    {Operation::Conv, "conv"},
    {Operation::TransposedConv, "tconv"},
    {Operation::Match, "match"},
    {Operation::Pool, "pool"},
}};

const QString kLang = QStringLiteral("lang");

// The operation named among the raw arguments: the first one that is an operation's name.
const OperationName* findOperation(const QStringList& arguments)
{
    for (const QString& argument : arguments)
        for (const OperationName& op : kOperations)
            if (argument == QLatin1String(op.name))
                return &op;
    return nullptr;
}

QStringList fileNames(Operation operation)
{
    switch (operation) {
    case Operation::Match:
        return {QStringLiteral("IMAGE"), QStringLiteral("PATCH")};
    case Operation::Pool:
        return {QStringLiteral("INPUT")};
    default:
        return {QStringLiteral("INPUT"), QStringLiteral("KERNEL")};
    }
}

// valid/same/full need the kernel's size: only then is the kernel file read.
Pair kernelSizeFor(const PaddingArgument& padding, const QString& kernelPath)
{
    if (std::holds_alternative<Padding>(padding))
        return {};
    return sizeOf(readArray(kernelPath.toStdString()));
}

CodeRequest readRequest(Operation operation, const QCommandLineParser& parser,
                        const QStringList& files)
{
    CodeRequest request;
    request.operation = operation;
    request.inputPath = files[0].toStdString();
    if (files.size() > 1)
        request.kernelPath = files[1].toStdString();
    switch (operation) {
    case Operation::Conv: {
        const ConvArguments args = readConvArguments(parser);
        request.conv = args.params(kernelSizeFor(args.padding, files[1]));
        break;
    }
    case Operation::TransposedConv: {
        const TransposedArguments args = readTransposedArguments(parser);
        request.transposed = args.params(kernelSizeFor(args.padding, files[1]));
        break;
    }
    case Operation::Match:
        request.method = readMatchArguments(parser).method;
        break;
    case Operation::Pool:
        request.pool = readPoolArguments(parser).params();
        break;
    }
    return request;
}

QString name()
{
    return QStringLiteral("code");
}

QString summary()
{
    return QCoreApplication::translate(
        "convlab::cli", "Print a NumPy, PyTorch or OpenCV snippet that computes what conv, "
                        "tconv, match or pool compute.");
}

QString usage()
{
    return QStringLiteral("conv|tconv|match|pool FILES... [that operation's options] "
                          "[--lang numpy|pytorch|opencv]");
}

void addOptions(QCommandLineParser& parser, const QStringList& arguments)
{
    parser.addPositionalArgument(
        QStringLiteral("OPERATION"),
        QCoreApplication::translate("convlab::cli", "conv, tconv, match or pool; its files and "
                                                    "options follow as for that command (see "
                                                    "`convlab code conv --help`)."));
    parser.addOption(
        {kLang, QCoreApplication::translate("convlab::cli", "numpy (default), pytorch or opencv."),
         QStringLiteral("LANG")});
    const OperationName* op = findOperation(arguments);
    if (!op)
        return;
    for (const QString& file : fileNames(op->operation))
        parser.addPositionalArgument(
            file,
            QCoreApplication::translate("convlab::cli", "As for %1.").arg(QLatin1String(op->name)));
    addOutputOption(parser, QCoreApplication::translate(
                                "convlab::cli", "Accepted and not used, so that a %1 command line "
                                                "can follow `convlab code` as it is.")
                                .arg(QLatin1String(op->name)));
    switch (op->operation) {
    case Operation::Conv:
        addConvOptions(parser);
        break;
    case Operation::TransposedConv:
        addTransposedOptions(parser);
        break;
    case Operation::Match:
        addMatchOptions(parser);
        break;
    case Operation::Pool:
        addPoolOptions(parser);
        break;
    }
}

int run(const QCommandLineParser& parser, QTextStream& out)
{
    const QStringList positional = parser.positionalArguments();
    const OperationName* op = findOperation(positional.mid(0, 1));
    require(op, QCoreApplication::translate(
                    "convlab::cli",
                    "code needs an operation first: conv, tconv, match or pool (e.g. `convlab code "
                    "conv INPUT KERNEL --stride 2 --lang pytorch`)")
                    .toStdString());
    QStringList names = fileNames(op->operation);
    names.prepend(QLatin1String(op->name));
    const QStringList files = positionalArguments(parser, name(), names).mid(1);
    const CodeLanguage lang = parser.isSet(kLang)
                                  ? codeLanguageFromString(parser.value(kLang).toStdString())
                                  : CodeLanguage::NumPy;
    out << QString::fromStdString(generateCode(readRequest(op->operation, parser, files), lang));
    return 0;
}

} // namespace

Subcommand codeSubcommand()
{
    return {name, summary, usage, addOptions, run};
}

} // namespace convlab::cli
