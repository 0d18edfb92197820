// SPDX-License-Identifier: MIT
#include "stepper/StepperArithmetic.h"

#include "stepper/StepperFormat.h"

#include <QStringList>
#include <cmath>
#include <utility>
#include <vector>

namespace convlab {
namespace {

const QString kTimes = QStringLiteral("·");
const QChar kMinus(0x2212);

// "a·b + c·d − e·f": a negative first factor after the first term becomes a subtraction.
QString joinProducts(const std::vector<std::pair<double, double>>& factors)
{
    QString text;
    for (size_t i = 0; i < factors.size(); ++i) {
        QString first = formatNumber(factors[i].first);
        const QString product = kTimes + formatFactor(factors[i].second);
        if (i == 0) {
            text += first + product;
        } else if (first.startsWith(kMinus)) {
            text += QStringLiteral(" ") + kMinus + QStringLiteral(" ") + first.mid(1) + product;
        } else {
            text += QStringLiteral(" + ") + first + product;
        }
    }
    return text;
}

std::vector<std::pair<double, double>> inputsAndWeights(const std::vector<Tap>& taps)
{
    std::vector<std::pair<double, double>> factors;
    for (const Tap& tap : taps)
        factors.emplace_back(tap.input, tap.weight);
    return factors;
}

int paddingTaps(const std::vector<Tap>& taps)
{
    int count = 0;
    for (const Tap& tap : taps)
        count += tap.inPadding ? 1 : 0;
    return count;
}

// Sums over the window of template matching, in double (the shown intermediate values).
struct WindowSums {
    double image = 0, patch = 0, imageEnergy = 0, patchEnergy = 0, cross = 0, squaredDiff = 0;
    double imageMean = 0, patchMean = 0;
    double centredImageEnergy = 0, centredPatchEnergy = 0, centredCross = 0;
};

WindowSums windowSums(const std::vector<Tap>& taps)
{
    WindowSums s;
    for (const Tap& tap : taps) {
        s.image += tap.input;
        s.patch += tap.weight;
        s.imageEnergy += double(tap.input) * tap.input;
        s.patchEnergy += double(tap.weight) * tap.weight;
        s.cross += double(tap.input) * tap.weight;
        s.squaredDiff += (double(tap.input) - tap.weight) * (double(tap.input) - tap.weight);
    }
    const double count = static_cast<double>(taps.size());
    s.imageMean = s.image / count;
    s.patchMean = s.patch / count;
    for (const Tap& tap : taps) {
        const double i = tap.input - s.imageMean, t = tap.weight - s.patchMean;
        s.centredImageEnergy += i * i;
        s.centredPatchEnergy += t * t;
        s.centredCross += i * t;
    }
    return s;
}

} // namespace

QString StepperArithmetic::describe(const StepperSetup& setup, const StepTrace& step)
{
    if (step.total == 0)
        return {};
    switch (setup.operation) {
    case StepOperation::Convolution:
    case StepOperation::TransposedZeroInsertion:
        return convolution(setup, step);
    case StepOperation::Pooling:
        return pooling(setup, step);
    case StepOperation::TemplateMatch:
        return matching(setup, step);
    case StepOperation::TransposedScatter:
        return scatter(setup, step);
    }
    return {};
}

bool StepperArithmetic::writtenInFull(const StepperSetup& setup)
{
    const cv::Size window = setup.operation == StepOperation::Pooling
                                ? cv::Size(setup.pool.size.cols, setup.pool.size.rows)
                                : setup.kernel.size();
    return window.width <= kMaxWrittenSide && window.height <= kMaxWrittenSide;
}

QString StepperArithmetic::convolution(const StepperSetup& setup, const StepTrace& step)
{
    const QString cell = tr("out(%1, %2)").arg(step.outRow).arg(step.outCol);
    const QString result = formatNumber(step.value);
    if (writtenInFull(setup))
        return cell + QStringLiteral(" = ") + joinProducts(inputsAndWeights(step.taps)) +
               QStringLiteral(" = ") + result;
    return tr("%1 = Σ of the %2 products input·weight over the %3×%4 kernel (%5 read the "
              "padding) = %6")
        .arg(cell)
        .arg(step.taps.size())
        .arg(setup.kernel.rows)
        .arg(setup.kernel.cols)
        .arg(paddingTaps(step.taps))
        .arg(result);
}

QString StepperArithmetic::pooling(const StepperSetup& setup, const StepTrace& step)
{
    const QString cell = tr("out(%1, %2)").arg(step.outRow).arg(step.outCol);
    const QString result = formatNumber(step.value);
    const bool isMax = setup.pool.mode == PoolMode::Max;
    if (!writtenInFull(setup)) {
        return (isMax ? tr("%1 = max of the %2 values of the %3×%4 window (%5 in the padding, "
                           "−∞) = %6")
                      : tr("%1 = mean of the %2 values of the %3×%4 window (%5 in the padding, "
                           "counted as 0) = %6"))
            .arg(cell)
            .arg(step.taps.size())
            .arg(setup.pool.size.rows)
            .arg(setup.pool.size.cols)
            .arg(paddingTaps(step.taps))
            .arg(result);
    }
    QStringList values;
    for (const Tap& tap : step.taps)
        values << formatNumber(tap.input);
    if (isMax)
        return cell + QStringLiteral(" = max(") + values.join(QStringLiteral(", ")) +
               QStringLiteral(") = ") + result;
    QString sum;
    for (int i = 0; i < values.size(); ++i) {
        if (i == 0)
            sum = values[i];
        else if (values[i].startsWith(kMinus))
            sum += QStringLiteral(" ") + kMinus + QStringLiteral(" ") + values[i].mid(1);
        else
            sum += QStringLiteral(" + ") + values[i];
    }
    return cell + QStringLiteral(" = (") + sum + QStringLiteral(") / ") +
           QString::number(step.taps.size()) + QStringLiteral(" = ") + result;
}

QString StepperArithmetic::matching(const StepperSetup& setup, const StepTrace& step)
{
    const QString cell = tr("out(%1, %2)").arg(step.outRow).arg(step.outCol);
    const WindowSums s = windowSums(step.taps);
    const bool full = writtenInFull(setup);
    const QString result = std::isnan(step.value)
                               ? tr("undefined (0/0: the patch or the window is flat)")
                               : formatNumber(step.value);
    const auto expanded = [full](const QString& terms, double sum) {
        return full ? terms + QStringLiteral(" = ") + formatNumber(sum) : formatNumber(sum);
    };

    switch (setup.method) {
    case MatchMethod::SqDiff:
    case MatchMethod::SqDiffNormed: {
        QStringList squares;
        for (const Tap& tap : step.taps)
            squares << QStringLiteral("(") + formatNumber(tap.input) + QStringLiteral(" ") +
                           kMinus + QStringLiteral(" ") + formatFactor(tap.weight) +
                           QStringLiteral(")²");
        const QString numerator = QStringLiteral("Σ(I − T)² = ") +
                                  expanded(squares.join(QStringLiteral(" + ")), s.squaredDiff);
        if (setup.method == MatchMethod::SqDiff)
            return cell + QStringLiteral(": ") + numerator;
        return cell + QStringLiteral(": ") + numerator + QStringLiteral("; ") +
               tr("divided by √(ΣI²·ΣT²) = √(%1·%2): %3")
                   .arg(formatNumber(s.imageEnergy), formatNumber(s.patchEnergy), result);
    }
    case MatchMethod::CCorr:
    case MatchMethod::CCorrNormed: {
        const QString numerator = QStringLiteral("Σ I·T = ") +
                                  expanded(joinProducts(inputsAndWeights(step.taps)), s.cross);
        if (setup.method == MatchMethod::CCorr)
            return cell + QStringLiteral(": ") + numerator;
        return cell + QStringLiteral(": ") + numerator + QStringLiteral("; ") +
               tr("divided by √(ΣI²·ΣT²) = √(%1·%2): %3")
                   .arg(formatNumber(s.imageEnergy), formatNumber(s.patchEnergy), result);
    }
    case MatchMethod::CCoeff:
    case MatchMethod::CCoeffNormed: {
        std::vector<std::pair<double, double>> centred;
        for (const Tap& tap : step.taps)
            centred.emplace_back(tap.input - s.imageMean, tap.weight - s.patchMean);
        const QString means = QStringLiteral("⟨I⟩ = ") + formatNumber(s.imageMean) +
                              QStringLiteral(", ⟨T⟩ = ") + formatNumber(s.patchMean);
        const QString numerator = QStringLiteral("Σ(I − ⟨I⟩)·(T − ⟨T⟩) = ") +
                                  expanded(joinProducts(centred), s.centredCross);
        if (setup.method == MatchMethod::CCoeff)
            return cell + QStringLiteral(": ") + means + QStringLiteral("; ") + numerator;
        return cell + QStringLiteral(": ") + means + QStringLiteral("; ") + numerator +
               QStringLiteral("; ") +
               tr("divided by √(Σ(I − ⟨I⟩)²·Σ(T − ⟨T⟩)²) = √(%1·%2): %3")
                   .arg(formatNumber(s.centredImageEnergy), formatNumber(s.centredPatchEnergy),
                        result);
    }
    }
    return {};
}

QString StepperArithmetic::scatter(const StepperSetup& setup, const StepTrace& step)
{
    const int cropped = paddingTaps(step.taps);
    const QString where = tr("in(%1, %2) = %3 stamps %3 × kernel on output rows %4–%5, "
                             "cols %6–%7")
                              .arg(step.outRow)
                              .arg(step.outCol)
                              .arg(formatNumber(step.value))
                              .arg(step.window.y)
                              .arg(step.window.y + step.window.height - 1)
                              .arg(step.window.x)
                              .arg(step.window.x + step.window.width - 1);
    QString text = where;
    if (writtenInFull(setup)) {
        QStringList products;
        for (const Tap& tap : step.taps)
            products << formatNumber(tap.input) + kTimes + formatFactor(tap.weight) +
                            QStringLiteral(" = ") + formatNumber(tap.product);
        text += QStringLiteral(": ") + products.join(QStringLiteral(", "));
    }
    if (cropped > 0)
        text += QStringLiteral(" ") + tr("(%n product(s) fall in the cropped border)", "", cropped);
    return text + QStringLiteral(". ") + tr("Overlapping stamps add up.");
}

} // namespace convlab
