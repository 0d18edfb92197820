// SPDX-License-Identifier: MIT
#include "stepper/StepperCaption.h"

#include "Error.h"
#include "geometry/ConvGeometry.h"

namespace convlab {
namespace {

// "5" for a square pair, "5×6" (rows × cols) otherwise.
QString pairText(Pair p)
{
    return p.rows == p.cols ? QString::number(p.rows)
                            : QStringLiteral("%1×%2").arg(p.rows).arg(p.cols);
}

QString paddingText(const Padding& p)
{
    if (p == Padding::uniform(p.top))
        return QString::number(p.top);
    if (p == Padding::symmetric(p.top, p.left))
        return QStringLiteral("%1×%2").arg(p.top).arg(p.left);
    return QStringLiteral("(%1, %2, %3, %4)").arg(p.top).arg(p.bottom).arg(p.left).arg(p.right);
}

Pair sizeOf(const cv::Mat& m)
{
    return {m.rows, m.cols};
}

QString outputText(const StepperSetup& setup)
{
    try {
        return pairText(outputSizeOf(setup));
    } catch (const Error&) {
        return QStringLiteral("?");
    }
}

ConvGeometry2d geometryOf(const StepperSetup& s)
{
    switch (s.operation) {
    case StepOperation::Convolution:
        return {sizeOf(s.input), sizeOf(s.kernel), s.conv.stride, s.conv.padding, s.conv.dilation};
    case StepOperation::TemplateMatch:
        return {sizeOf(s.input), sizeOf(s.kernel), s.conv.stride, s.conv.padding, {1, 1}};
    case StepOperation::Pooling:
        return {sizeOf(s.input), s.pool.size, s.pool.stride, s.pool.padding, {1, 1}};
    case StepOperation::TransposedZeroInsertion:
    case StepOperation::TransposedScatter:
        return {sizeOf(s.input),      sizeOf(s.kernel),      s.transposed.stride,
                s.transposed.padding, s.transposed.dilation, s.transposed.outputPadding};
    }
    return {};
}

} // namespace

QString StepperCaption::guideTitle(GuideCase id)
{
    switch (id) {
    case GuideCase::NoPaddingNoStrides:
        return tr("No padding, no strides");
    case GuideCase::ArbitraryPadding:
        return tr("Arbitrary padding");
    case GuideCase::HalfPadding:
        return tr("Half (same) padding");
    case GuideCase::FullPadding:
        return tr("Full padding");
    case GuideCase::NoPaddingStrides:
        return tr("No padding, strides");
    case GuideCase::PaddingStrides:
        return tr("Padding, strides");
    case GuideCase::PaddingStridesOdd:
        return tr("Padding, strides (odd)");
    case GuideCase::Dilation:
        return tr("Dilation");
    }
    return {};
}

QString StepperCaption::of(const StepperSetup& s)
{
    const ConvGeometry2d g = geometryOf(s);
    const QString out = outputText(s);
    const QString dilation =
        g.dilation == Pair{1, 1} ? QString() : QStringLiteral(", d = ") + pairText(g.dilation);
    switch (s.operation) {
    case StepOperation::Convolution:
        return (s.conv.trueConvolution ? tr("True convolution (kernel flipped): i = %1, k = %2, "
                                            "s = %3, p = %4%5 → o = %6")
                                       : tr("Convolution (cross-correlation): i = %1, k = %2, "
                                            "s = %3, p = %4%5 → o = %6"))
            .arg(pairText(g.input), pairText(g.kernel), pairText(g.stride), paddingText(g.padding),
                 dilation, out);
    case StepOperation::TemplateMatch:
        return tr("Template matching (%1): image %2, patch %3, s = %4, p = %5 → %6")
            .arg(QString::fromStdString(toString(s.method)), pairText(g.input), pairText(g.kernel),
                 pairText(g.stride), paddingText(g.padding), out);
    case StepOperation::Pooling:
        return (s.pool.mode == PoolMode::Max
                    ? tr("Max pooling: i = %1, window %2, s = %3, p = %4 → o = %5")
                    : tr("Average pooling: i = %1, window %2, s = %3, p = %4 → o = %5"))
            .arg(pairText(g.input), pairText(g.kernel), pairText(g.stride), paddingText(g.padding),
                 out);
    case StepOperation::TransposedZeroInsertion:
    case StepOperation::TransposedScatter:
        return tr("Transposed convolution: i′ = %1, k = %2, s = %3, p = %4, a = %5%6 → o′ = %7")
            .arg(pairText(g.input), pairText(g.kernel), pairText(g.stride), paddingText(g.padding),
                 pairText(g.outputPadding), dilation, out);
    }
    return {};
}

QString StepperCaption::formula(const StepperSetup& s)
{
    const ConvGeometry2d g = geometryOf(s);
    try {
        const auto text = [&s](const AxisGeometry& axis) {
            return QString::fromStdString(s.isTransposed() ? transposedFormula(axis)
                                                           : convFormula(axis));
        };
        const QString rows = text(g.rows());
        const QString cols = text(g.cols());
        if (rows == cols)
            return rows;
        return tr("rows: %1").arg(rows) + QLatin1Char('\n') + tr("columns: %1").arg(cols);
    } catch (const Error&) {
        return {};
    }
}

} // namespace convlab
