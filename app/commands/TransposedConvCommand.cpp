// SPDX-License-Identifier: MIT
#include "commands/TransposedConvCommand.h"

#include "commands/OperationOptions.h"
#include "geometry/ConvGeometry.h"
#include "io/ArrayIO.h"
#include "ops/TransposedConv.h"

namespace convlab::cli {

QString TransposedConvCommand::name() const
{
    return QStringLiteral("tconv");
}

QString TransposedConvCommand::summary() const
{
    return QStringLiteral("Transposed convolution of INPUT with KERNEL, as PyTorch's "
                          "conv_transpose2d.");
}

QString TransposedConvCommand::usage() const
{
    return QStringLiteral("INPUT KERNEL -o OUT [options]");
}

void TransposedConvCommand::addOptions(QCommandLineParser& parser, const QStringList&) const
{
    parser.addPositionalArgument(QStringLiteral("INPUT"),
                                 QStringLiteral("Image (grayscale), .npy or .txt matrix."));
    parser.addPositionalArgument(QStringLiteral("KERNEL"),
                                 QStringLiteral(".npy or .txt matrix, or image."));
    addOutputOption(parser, QStringLiteral("Output: .npy, .txt, .csv, or .png (min–max "
                                           "normalised)."));
    addTransposedOptions(parser);
}

int TransposedConvCommand::run(const QCommandLineParser& parser, QTextStream& out) const
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

} // namespace convlab::cli
