// SPDX-License-Identifier: MIT
#include "subcommands/OperationOptions.h"

#include "Error.h"
#include "geometry/ConvGeometry.h"
#include "io/ArrayIO.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace convlab::cli {

namespace {

const QString kStride = QStringLiteral("stride");
const QString kPadding = QStringLiteral("padding");
const QString kPaddingMode = QStringLiteral("padding-mode");
const QString kDilation = QStringLiteral("dilation");
const QString kFlip = QStringLiteral("flip");
const QString kOutputPadding = QStringLiteral("output-padding");
const QString kMethod = QStringLiteral("method");
const QString kTop = QStringLiteral("top");
const QString kMinDistance = QStringLiteral("min-distance");
const QString kJson = QStringLiteral("json");
const QString kSize = QStringLiteral("size");
const QString kMode = QStringLiteral("mode");
const QString kOutput = QStringLiteral("o");

QString optionName(const QString& name)
{
    return QStringLiteral("--") + name;
}

void addStrideOption(QCommandLineParser& parser, const QString& fallback)
{
    parser.addOption(
        {kStride,
         QCoreApplication::translate("convlab::cli", "Stride: n or rows,cols (default %1).")
             .arg(fallback),
         QStringLiteral("S")});
}

void addPaddingOption(QCommandLineParser& parser)
{
    parser.addOption({kPadding,
                      QCoreApplication::translate(
                          "convlab::cli", "Padding: n, rows,cols, top,bottom,left,right, or valid, "
                                          "same, full (default 0)."),
                      QStringLiteral("P")});
}

void addDilationOption(QCommandLineParser& parser)
{
    parser.addOption(
        {kDilation,
         QCoreApplication::translate("convlab::cli", "Dilation: n or rows,cols (default 1)."),
         QStringLiteral("D")});
}

} // namespace

void addOutputOption(QCommandLineParser& parser, const QString& description)
{
    parser.addOption({kOutput, description, QStringLiteral("OUT")});
}

bool hasOutputOption(const QCommandLineParser& parser)
{
    return parser.isSet(kOutput);
}

QString outputPath(const QCommandLineParser& parser)
{
    const QString path = parser.value(kOutput);
    requireWritableExtension(path);
    return path;
}

void requireWritableExtension(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool known = suffix == QLatin1String("npy") || suffix == QLatin1String("txt") ||
                       suffix == QLatin1String("csv") || suffix == QLatin1String("png");
    require(known, "cannot write " + path.toStdString() +
                       ": ConvLab writes .npy, .txt, .csv and .png files");
}

// ------------------------------------------------------------------------------------ conv

ConvParams ConvArguments::params(Pair kernel) const
{
    ConvParams p;
    p.stride = stride;
    p.padding = resolvePadding(padding, kernel, dilation);
    p.paddingMode = paddingMode;
    p.dilation = dilation;
    p.trueConvolution = flip;
    return p;
}

void addConvOptions(QCommandLineParser& parser)
{
    addStrideOption(parser, QStringLiteral("1"));
    addPaddingOption(parser);
    parser.addOption({kPaddingMode,
                      QCoreApplication::translate(
                          "convlab::cli", "What the padding holds: zeros, reflect, replicate or "
                                          "circular (PyTorch's names; default zeros)."),
                      QStringLiteral("MODE")});
    addDilationOption(parser);
    parser.addOption({kFlip, QCoreApplication::translate(
                                 "convlab::cli", "True convolution: flip the kernel 180° (the "
                                                 "default is cross-correlation, as in PyTorch).")});
}

ConvArguments readConvArguments(const QCommandLineParser& parser)
{
    ConvArguments args;
    args.stride =
        pairOption(parser, kStride,
                   QCoreApplication::translate("convlab::cli", "stride",
                                               "quantity named in a message, with its article"),
                   1, {1, 1});
    args.padding = paddingOption(parser);
    if (parser.isSet(kPaddingMode))
        args.paddingMode = paddingModeFromString(parser.value(kPaddingMode).toStdString());
    args.dilation =
        pairOption(parser, kDilation,
                   QCoreApplication::translate("convlab::cli", "dilation",
                                               "quantity named in a message, with its article"),
                   1, {1, 1});
    args.flip = parser.isSet(kFlip);
    return args;
}

// ----------------------------------------------------------------------------------- tconv

TransposedParams TransposedArguments::params(Pair kernel) const
{
    TransposedParams p;
    p.stride = stride;
    p.padding = resolvePadding(padding, kernel, dilation);
    p.outputPadding = outputPadding;
    p.dilation = dilation;
    return p;
}

void addTransposedOptions(QCommandLineParser& parser)
{
    addStrideOption(parser, QStringLiteral("1"));
    addPaddingOption(parser);
    parser.addOption({kOutputPadding,
                      QCoreApplication::translate(
                          "convlab::cli", "Output padding a, added bottom/right: n or rows,cols, "
                                          "below the stride or the dilation (default 0)."),
                      QStringLiteral("A")});
    addDilationOption(parser);
}

TransposedArguments readTransposedArguments(const QCommandLineParser& parser)
{
    TransposedArguments args;
    args.stride =
        pairOption(parser, kStride,
                   QCoreApplication::translate("convlab::cli", "stride",
                                               "quantity named in a message, with its article"),
                   1, {1, 1});
    args.padding = paddingOption(parser);
    args.outputPadding =
        pairOption(parser, kOutputPadding,
                   QCoreApplication::translate("convlab::cli", "output padding",
                                               "quantity named in a message, with its article"),
                   0, {0, 0});
    args.dilation =
        pairOption(parser, kDilation,
                   QCoreApplication::translate("convlab::cli", "dilation",
                                               "quantity named in a message, with its article"),
                   1, {1, 1});
    return args;
}

// ----------------------------------------------------------------------------------- match

void addMatchOptions(QCommandLineParser& parser)
{
    parser.addOption({kMethod,
                      QCoreApplication::translate("convlab::cli",
                                                  "OpenCV's method: sqdiff, sqdiff_normed, ccorr, "
                                                  "ccorr_normed, ccoeff, ccoeff_normed (default)."),
                      QStringLiteral("M")});
    parser.addOption(
        {kTop, QCoreApplication::translate("convlab::cli", "Report the K best peaks (default 1)."),
         QStringLiteral("K")});
    parser.addOption({kMinDistance,
                      QCoreApplication::translate(
                          "convlab::cli", "Peaks closer than N cells to a better one are dropped "
                                          "(default 0)."),
                      QStringLiteral("N")});
    parser.addOption(
        {kJson, QCoreApplication::translate("convlab::cli", "Print the result as JSON.")});
}

MatchArguments readMatchArguments(const QCommandLineParser& parser)
{
    MatchArguments args;
    if (parser.isSet(kMethod))
        args.method = matchMethodFromString(parser.value(kMethod).toStdString());
    if (parser.isSet(kTop))
        args.peaks.topK = parseInteger(
            optionName(kTop),
            QCoreApplication::translate("convlab::cli", "top-k",
                                        "quantity named in a message, with its article"),
            parser.value(kTop), 1);
    if (parser.isSet(kMinDistance))
        args.peaks.minDistance = parseInteger(
            optionName(kMinDistance),
            QCoreApplication::translate("convlab::cli", "minimum distance",
                                        "quantity named in a message, with its article"),
            parser.value(kMinDistance), 0);
    args.json = parser.isSet(kJson);
    return args;
}

// ------------------------------------------------------------------------------------ pool

PoolParams PoolArguments::params() const
{
    PoolParams p;
    p.size = size;
    p.stride = stride;
    p.padding = resolvePadding(padding, size, {1, 1});
    p.mode = mode;
    return p;
}

void addPoolOptions(QCommandLineParser& parser)
{
    parser.addOption(
        {kSize,
         QCoreApplication::translate("convlab::cli", "Window size: n or rows,cols (required)."),
         QStringLiteral("K")});
    addStrideOption(parser, QCoreApplication::translate("convlab::cli", "the size"));
    addPaddingOption(parser);
    parser.addOption({kMode,
                      QCoreApplication::translate("convlab::cli", "max or avg (default max)."),
                      QStringLiteral("MODE")});
}

PoolArguments readPoolArguments(const QCommandLineParser& parser)
{
    require(parser.isSet(kSize),
            QCoreApplication::translate("convlab::cli",
                                        "pool needs --size K (the window: n or rows,cols)")
                .toStdString());
    PoolArguments args;
    args.size =
        parsePair(optionName(kSize),
                  QCoreApplication::translate("convlab::cli", "pool size",
                                              "quantity named in a message, with its article"),
                  parser.value(kSize), 1);
    args.stride =
        pairOption(parser, kStride,
                   QCoreApplication::translate("convlab::cli", "stride",
                                               "quantity named in a message, with its article"),
                   1, args.size);
    args.padding = paddingOption(parser);
    if (parser.isSet(kMode)) {
        const QString mode = parser.value(kMode);
        if (mode == QLatin1String("max"))
            args.mode = PoolMode::Max;
        else if (mode == QLatin1String("avg"))
            args.mode = PoolMode::Average;
        else
            throw Error("unknown pool mode '" + mode.toStdString() + "' (expected max or avg)");
    }
    return args;
}

// ---------------------------------------------------------------------------------- output

Pair sizeOf(const cv::Mat& m)
{
    return {m.rows, m.cols};
}

QString writtenMessage(const cv::Mat& result, const QString& path)
{
    QString size = QStringLiteral("%1×%2").arg(result.rows).arg(result.cols);
    if (result.channels() > 1)
        size += QStringLiteral("×%1").arg(result.channels());
    return QCoreApplication::translate("convlab::cli", "wrote a %1 map to %2").arg(size, path);
}

void requireOutputOption(const QCommandLineParser& parser, const QString& command)
{
    require(parser.isSet(kOutput),
            QCoreApplication::translate(
                "convlab::cli", "%1 needs -o OUT (the output file: .npy, .txt, .csv or .png)")
                .arg(command)
                .toStdString());
}

void requireReasonableOutput(Pair output, int channels)
{
    const long long cells = static_cast<long long>(output.rows) * output.cols * channels;
    QString size = QStringLiteral("%1×%2").arg(output.rows).arg(output.cols);
    if (channels > 1)
        size += QStringLiteral("×%1").arg(channels);
    require(cells <= kMaxImagePixels,
            QCoreApplication::translate("convlab::cli",
                                        "the output would be %1 cells, more than ConvLab's limit "
                                        "of %2 million")
                .arg(size)
                .arg(kMaxImagePixels / 1'000'000)
                .toStdString());
}

} // namespace convlab::cli
