// SPDX-License-Identifier: MIT
#include "commands/ConvCommand.h"

#include "commands/OperationOptions.h"
#include "geometry/ConvGeometry.h"
#include "io/ArrayIO.h"
#include "ops/Conv2d.h"

namespace convlab::cli {

QString ConvCommand::name() const
{
    return QStringLiteral("conv");
}

QString ConvCommand::summary() const
{
    return QStringLiteral("Convolve INPUT with KERNEL as PyTorch's conv2d does "
                          "(cross-correlation; --flip for true convolution).");
}

QString ConvCommand::usage() const
{
    return QStringLiteral("INPUT KERNEL -o OUT [options]");
}

void ConvCommand::addOptions(QCommandLineParser& parser, const QStringList&) const
{
    parser.addPositionalArgument(QStringLiteral("INPUT"),
                                 QStringLiteral("Image (read as grayscale, or as R,G,B channels "
                                                "for a k×k×C kernel), .npy or .txt matrix."));
    parser.addPositionalArgument(QStringLiteral("KERNEL"),
                                 QStringLiteral(".npy (2-D, or k×k×C: one filter over C "
                                                "channels), .txt matrix or image."));
    addOutputOption(parser, QStringLiteral("Output: .npy, .txt, .csv, or .png (min–max "
                                           "normalised)."));
    addConvOptions(parser);
}

int ConvCommand::run(const QCommandLineParser& parser, QTextStream& out) const
{
    const QStringList files =
        positionalArguments(parser, name(), {QStringLiteral("INPUT"), QStringLiteral("KERNEL")});
    requireOutputOption(parser, name());
    const QString output = outputPath(parser);
    const ConvArguments arguments = readConvArguments(parser);

    const cv::Mat kernel = readArray(files[1].toStdString());
    // A k×k×C kernel is one CNN filter over C channels: only then do image channels matter.
    const cv::Mat input = readArray(files[0].toStdString(), kernel.channels() > 1);
    const ConvParams params = arguments.params(sizeOf(kernel));
    validateConv(input, kernel, params);
    const ConvGeometry2d geometry{sizeOf(input), sizeOf(kernel), params.stride, params.padding,
                                  params.dilation};
    requireReasonableOutput(geometry.convOutput(), kernel.channels() > 1 ? 1 : input.channels());

    const cv::Mat result = conv2d(input, kernel, params);
    writeArray(output.toStdString(), result);
    out << writtenMessage(result, output) << Qt::endl;
    return 0;
}

} // namespace convlab::cli
