// SPDX-License-Identifier: MIT
#include "geometry/ConvGeometry.h"
#include "io/ArrayIO.h"
#include "ops/Conv2d.h"
#include "subcommands/OperationOptions.h"
#include "subcommands/Subcommand.h"

#include <QCoreApplication>

namespace convlab::cli {

namespace {

QString name()
{
    return QStringLiteral("conv");
}

QString summary()
{
    return QCoreApplication::translate("convlab::cli",
                                       "Convolve INPUT with KERNEL as PyTorch's conv2d does "
                                       "(cross-correlation; --flip for true convolution).");
}

QString usage()
{
    return QStringLiteral("INPUT KERNEL -o OUT [options]");
}

void addOptions(QCommandLineParser& parser, const QStringList&)
{
    parser.addPositionalArgument(
        QStringLiteral("INPUT"),
        QCoreApplication::translate("convlab::cli",
                                    "Image (read as grayscale, or as R,G,B channels "
                                    "for a k×k×C kernel), .npy or .txt matrix."));
    parser.addPositionalArgument(
        QStringLiteral("KERNEL"),
        QCoreApplication::translate("convlab::cli", ".npy (2-D, or k×k×C: one filter over C "
                                                    "channels), .txt matrix or image."));
    addOutputOption(parser, QCoreApplication::translate(
                                "convlab::cli", "Output: .npy, .txt, .csv, or .png (min–max "
                                                "normalised)."));
    addConvOptions(parser);
}

int run(const QCommandLineParser& parser, QTextStream& out)
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

} // namespace

Subcommand convSubcommand()
{
    return {name, summary, usage, addOptions, run};
}

} // namespace convlab::cli
