// SPDX-License-Identifier: MIT
#include "ArgumentParsing.h"
#include "Error.h"
#include "geometry/ConvGeometry.h"
#include "subcommands/OperationOptions.h"
#include "subcommands/Subcommand.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace convlab::cli {

namespace {

const QString kInput = QStringLiteral("input");
const QString kKernel = QStringLiteral("kernel");
const QString kStride = QStringLiteral("stride");
const QString kPadding = QStringLiteral("padding");
const QString kDilation = QStringLiteral("dilation");
const QString kTransposed = QStringLiteral("transposed");
const QString kOutputPadding = QStringLiteral("output-padding");
const QString kJson = QStringLiteral("json");

ConvGeometry2d readGeometry(const QCommandLineParser& parser)
{
    require(parser.isSet(kInput),
            QCoreApplication::translate("convlab::cli", "shape needs --input H[,W]").toStdString());
    require(
        parser.isSet(kKernel),
        QCoreApplication::translate("convlab::cli", "shape needs --kernel K[,KW]").toStdString());
    require(!parser.isSet(kOutputPadding) || parser.isSet(kTransposed),
            QCoreApplication::translate(
                "convlab::cli",
                "--output-padding applies to a transposed convolution: add --transposed")
                .toStdString());
    ConvGeometry2d g;
    g.input =
        pairOption(parser, kInput,
                   QCoreApplication::translate("convlab::cli", "input size",
                                               "quantity named in a message, with its article"),
                   1, {});
    g.kernel =
        pairOption(parser, kKernel,
                   QCoreApplication::translate("convlab::cli", "kernel size",
                                               "quantity named in a message, with its article"),
                   1, {});
    // The same options as tconv's, read and checked the same way.
    const TransposedArguments layer = readTransposedArguments(parser);
    g.stride = layer.stride;
    g.dilation = layer.dilation;
    g.outputPadding = layer.outputPadding;
    g.padding = resolvePadding(layer.padding, g.kernel, g.dilation);
    return g;
}

QString name()
{
    return QStringLiteral("shape");
}

QString summary()
{
    return QCoreApplication::translate(
        "convlab::cli", "Output size of a convolution (or, with --transposed, a transposed "
                        "convolution), with the formula.");
}

QString usage()
{
    return QStringLiteral("--input H[,W] --kernel K[,KW] [options]");
}

void addOptions(QCommandLineParser& parser, const QStringList&)
{
    parser.addOption(
        {kInput, QCoreApplication::translate("convlab::cli", "Input size: H, or H,W (required)."),
         QStringLiteral("H[,W]")});
    parser.addOption(
        {kKernel,
         QCoreApplication::translate("convlab::cli", "Kernel size: K, or K,KW (required)."),
         QStringLiteral("K[,KW]")});
    parser.addOption(
        {kStride,
         QCoreApplication::translate("convlab::cli", "Stride: n or rows,cols (default 1)."),
         QStringLiteral("S")});
    parser.addOption({kPadding,
                      QCoreApplication::translate(
                          "convlab::cli", "Padding: n, rows,cols, top,bottom,left,right, or valid, "
                                          "same, full (default 0)."),
                      QStringLiteral("P")});
    parser.addOption(
        {kDilation,
         QCoreApplication::translate("convlab::cli", "Dilation: n or rows,cols (default 1)."),
         QStringLiteral("D")});
    parser.addOption({kTransposed, QCoreApplication::translate("convlab::cli",
                                                               "Transposed convolution (PyTorch's "
                                                               "conv_transpose2d).")});
    parser.addOption({kOutputPadding,
                      QCoreApplication::translate(
                          "convlab::cli", "Output padding a, with --transposed: n or rows,cols "
                                          "(default 0)."),
                      QStringLiteral("A")});
    parser.addOption({kJson, QCoreApplication::translate(
                                 "convlab::cli", "Print {\"output\": [rows, cols], \"formula\": …} "
                                                 "as JSON.")});
}

int run(const QCommandLineParser& parser, QTextStream& out)
{
    positionalArguments(parser, name(), {});
    const ConvGeometry2d geometry = readGeometry(parser);
    const bool transposed = parser.isSet(kTransposed);
    // The size first: it throws, naming the numbers, when the combination is impossible.
    const Pair output = transposed ? geometry.transposedOutput() : geometry.convOutput();
    const auto formula = [transposed](const AxisGeometry& axis) {
        return QString::fromStdString(transposed ? transposedFormula(axis) : convFormula(axis));
    };
    const QString rows = QStringLiteral("rows: ") + formula(geometry.rows());
    const QString cols = QStringLiteral("cols: ") + formula(geometry.cols());

    if (parser.isSet(kJson)) {
        const QJsonObject report{
            {QStringLiteral("output"), QJsonArray{output.rows, output.cols}},
            {QStringLiteral("formula"), rows + QStringLiteral("; ") + cols},
        };
        out << QJsonDocument(report).toJson();
    } else {
        out << QCoreApplication::translate("convlab::cli", "rows: %1").arg(formula(geometry.rows()))
            << Qt::endl
            << QCoreApplication::translate("convlab::cli", "cols: %1").arg(formula(geometry.cols()))
            << Qt::endl;
    }
    return 0;
}

} // namespace

Subcommand shapeSubcommand()
{
    return {name, summary, usage, addOptions, run};
}

} // namespace convlab::cli
