// SPDX-License-Identifier: MIT
#include "commands/ShapeCommand.h"

#include "ArgumentParsing.h"
#include "Error.h"
#include "geometry/ConvGeometry.h"

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
    require(parser.isSet(kInput), "shape needs --input H[,W]");
    require(parser.isSet(kKernel), "shape needs --kernel K[,KW]");
    require(!parser.isSet(kOutputPadding) || parser.isSet(kTransposed),
            "--output-padding applies to a transposed convolution: add --transposed");
    ConvGeometry2d g;
    g.input = pairOption(parser, kInput, QStringLiteral("input size"), 1, {});
    g.kernel = pairOption(parser, kKernel, QStringLiteral("kernel size"), 1, {});
    g.stride = pairOption(parser, kStride, QStringLiteral("stride"), 1, {1, 1});
    g.dilation = pairOption(parser, kDilation, QStringLiteral("dilation"), 1, {1, 1});
    g.outputPadding =
        pairOption(parser, kOutputPadding, QStringLiteral("output padding"), 0, {0, 0});
    g.padding = resolvePadding(paddingOption(parser), g.kernel, g.dilation);
    return g;
}

} // namespace

QString ShapeCommand::name() const
{
    return QStringLiteral("shape");
}

QString ShapeCommand::summary() const
{
    return QStringLiteral("Output size of a convolution (or, with --transposed, a transposed "
                          "convolution), with the formula.");
}

QString ShapeCommand::usage() const
{
    return QStringLiteral("--input H[,W] --kernel K[,KW] [options]");
}

void ShapeCommand::addOptions(QCommandLineParser& parser, const QStringList&) const
{
    parser.addOption(
        {kInput, QStringLiteral("Input size: H, or H,W (required)."), QStringLiteral("H[,W]")});
    parser.addOption(
        {kKernel, QStringLiteral("Kernel size: K, or K,KW (required)."), QStringLiteral("K[,KW]")});
    parser.addOption(
        {kStride, QStringLiteral("Stride: n or rows,cols (default 1)."), QStringLiteral("S")});
    parser.addOption({kPadding,
                      QStringLiteral("Padding: n, rows,cols, top,bottom,left,right, or valid, "
                                     "same, full (default 0)."),
                      QStringLiteral("P")});
    parser.addOption(
        {kDilation, QStringLiteral("Dilation: n or rows,cols (default 1)."), QStringLiteral("D")});
    parser.addOption({kTransposed, QStringLiteral("Transposed convolution (PyTorch's "
                                                  "conv_transpose2d).")});
    parser.addOption({kOutputPadding,
                      QStringLiteral("Output padding a, with --transposed: n or rows,cols "
                                     "(default 0)."),
                      QStringLiteral("A")});
    parser.addOption({kJson, QStringLiteral("Print {\"output\": [rows, cols], \"formula\": …} "
                                            "as JSON.")});
}

int ShapeCommand::run(const QCommandLineParser& parser, QTextStream& out) const
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
        out << rows << Qt::endl << cols << Qt::endl;
    }
    return 0;
}

} // namespace convlab::cli
