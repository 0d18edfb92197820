// SPDX-License-Identifier: MIT
#include "commands/PoolCommand.h"

#include "commands/OperationOptions.h"
#include "io/ArrayIO.h"
#include "ops/Pool.h"

namespace convlab::cli {

QString PoolCommand::name() const
{
    return QStringLiteral("pool");
}

QString PoolCommand::summary() const
{
    return QStringLiteral("Max or average pooling of INPUT, as PyTorch's max_pool2d and "
                          "avg_pool2d.");
}

QString PoolCommand::usage() const
{
    return QStringLiteral("INPUT -o OUT --size K [options]");
}

void PoolCommand::addOptions(QCommandLineParser& parser, const QStringList&) const
{
    parser.addPositionalArgument(QStringLiteral("INPUT"),
                                 QStringLiteral("Image (grayscale), .npy or .txt matrix."));
    addOutputOption(parser, QStringLiteral("Output: .npy, .txt, .csv, or .png (min–max "
                                           "normalised)."));
    addPoolOptions(parser);
}

int PoolCommand::run(const QCommandLineParser& parser, QTextStream& out) const
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

} // namespace convlab::cli
