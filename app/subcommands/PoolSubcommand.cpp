// SPDX-License-Identifier: MIT
#include "io/ArrayIO.h"
#include "ops/Pool.h"
#include "subcommands/OperationOptions.h"
#include "subcommands/Subcommand.h"

#include <QCoreApplication>

namespace convlab::cli {

namespace {

QString name()
{
    return QStringLiteral("pool");
}

QString summary()
{
    return QCoreApplication::translate(
        "convlab::cli", "Max or average pooling of INPUT, as PyTorch's max_pool2d and "
                        "avg_pool2d.");
}

QString usage()
{
    return QStringLiteral("INPUT -o OUT --size K [options]");
}

void addOptions(QCommandLineParser& parser, const QStringList&)
{
    parser.addPositionalArgument(
        QStringLiteral("INPUT"),
        QCoreApplication::translate("convlab::cli", "Image (grayscale), .npy or .txt matrix."));
    addOutputOption(parser, QCoreApplication::translate(
                                "convlab::cli", "Output: .npy, .txt, .csv, or .png (min–max "
                                                "normalised)."));
    addPoolOptions(parser);
}

int run(const QCommandLineParser& parser, QTextStream& out)
{
    const QStringList files = positionalArguments(parser, name(), {QStringLiteral("INPUT")});
    requireOutputOption(parser, name());
    const QString output = outputPath(parser);
    const PoolParams params = readPoolArguments(parser).params();

    const cv::Mat input = readArray(files[0].toStdString());
    // No output-size check: pool2d refuses padding over half the window, so the output is
    // never larger than the input.
    const cv::Mat result = pool2d(input, params);
    writeArray(output.toStdString(), result);
    out << writtenMessage(result, output) << Qt::endl;
    return 0;
}

} // namespace

Subcommand poolSubcommand()
{
    return {name, summary, usage, addOptions, run};
}

} // namespace convlab::cli
