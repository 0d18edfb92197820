// SPDX-License-Identifier: MIT
#include "geometry/ConvGeometry.h"
#include "io/ArrayIO.h"
#include "ops/TransposedConv.h"
#include "subcommands/OperationOptions.h"
#include "subcommands/Subcommand.h"

#include <QCoreApplication>

namespace convlab::cli {

namespace {

QString name()
{
    return QStringLiteral("tconv");
}

QString summary()
{
    return QCoreApplication::translate("convlab::cli",
                                       "Transposed convolution of INPUT with KERNEL, as PyTorch's "
                                       "conv_transpose2d.");
}

QString usage()
{
    return QStringLiteral("INPUT KERNEL -o OUT [options]");
}

void addOptions(QCommandLineParser& parser, const QStringList&)
{
    parser.addPositionalArgument(
        QStringLiteral("INPUT"),
        QCoreApplication::translate("convlab::cli", "Image (grayscale), .npy or .txt matrix."));
    parser.addPositionalArgument(
        QStringLiteral("KERNEL"),
        QCoreApplication::translate("convlab::cli", ".npy or .txt matrix, or image."));
    addOutputOption(parser, QCoreApplication::translate(
                                "convlab::cli", "Output: .npy, .txt, .csv, or .png (min–max "
                                                "normalised)."));
    addTransposedOptions(parser);
}

int run(const QCommandLineParser& parser, QTextStream& out)
{
    const QStringList files =
        positionalArguments(parser, name(), {QStringLiteral("INPUT"), QStringLiteral("KERNEL")});
    requireOutputOption(parser, name());
    const QString output = outputPath(parser);
    const TransposedArguments arguments = readTransposedArguments(parser);

    const cv::Mat kernel = readArray(files[1].toStdString());
    const cv::Mat input = readArray(files[0].toStdString());
    const TransposedParams params = arguments.params(sizeOf(kernel));
    const ConvGeometry2d geometry{sizeOf(input),  sizeOf(kernel),  params.stride,
                                  params.padding, params.dilation, params.outputPadding};
    requireReasonableOutput(geometry.transposedOutput(), 1);

    const cv::Mat result = transposedConv2d(input, kernel, params);
    writeArray(output.toStdString(), result);
    out << writtenMessage(result, output) << Qt::endl;
    return 0;
}

} // namespace

Subcommand transposedConvSubcommand()
{
    return {name, summary, usage, addOptions, run};
}

} // namespace convlab::cli
