// SPDX-License-Identifier: MIT
#include "ArgumentParsing.h"

#include "Error.h"
#include "geometry/ConvGeometry.h"

#include <QCoreApplication>
#include <QList>

namespace convlab::cli {

namespace {

[[noreturn]] void refuse(const QString& message)
{
    throw Error(message.toStdString());
}

// Splits "a,b,c" into integers. On failure the caller reports the error, because it knows
// which forms its option accepts.
bool parseIntegers(const QString& text, QList<qlonglong>& numbers)
{
    const QStringList parts = text.split(QLatin1Char(','));
    for (const QString& part : parts) {
        bool ok = false;
        const qlonglong value = part.trimmed().toLongLong(&ok);
        if (!ok)
            return false;
        numbers.append(value);
    }
    return true;
}

int checked(const QString& option, const QString& label, qlonglong value, int minimum)
{
    if (value < minimum)
        refuse(QCoreApplication::translate("convlab::cli", "%1 %2 must be at least %3")
                   .arg(label)
                   .arg(value)
                   .arg(minimum));
    if (value > kMaxOptionValue)
        refuse(QCoreApplication::translate("convlab::cli", "%1: %2 is too large (at most %3)")
                   .arg(option)
                   .arg(value)
                   .arg(kMaxOptionValue));
    return static_cast<int>(value);
}

} // namespace

int parseInteger(const QString& option, const QString& label, const QString& text, int minimum)
{
    QList<qlonglong> numbers;
    if (!parseIntegers(text, numbers) || numbers.size() != 1)
        refuse(QCoreApplication::translate("convlab::cli", "%1: '%2' is not an integer")
                   .arg(option, text));
    return checked(option, label, numbers.front(), minimum);
}

Pair parsePair(const QString& option, const QString& label, const QString& text, int minimum)
{
    QList<qlonglong> numbers;
    if (!parseIntegers(text, numbers) || numbers.size() > 2)
        refuse(QCoreApplication::translate("convlab::cli", "%1: '%2' is not n or rows,cols")
                   .arg(option, text));
    const int rows = checked(option, label, numbers.front(), minimum);
    const int cols = checked(option, label, numbers.back(), minimum);
    return {rows, cols};
}

PaddingArgument parsePadding(const QString& option, const QString& text)
{
    const QString name = text.trimmed().toLower();
    if (name == QLatin1String("valid"))
        return PaddingPreset::Valid;
    if (name == QLatin1String("same"))
        return PaddingPreset::Same;
    if (name == QLatin1String("full"))
        return PaddingPreset::Full;
    QList<qlonglong> numbers;
    if (!parseIntegers(text, numbers) || numbers.size() == 3 || numbers.size() > 4)
        refuse(QCoreApplication::translate(
                   "convlab::cli", "%1: '%2' is not n, rows,cols, top,bottom,left,right, valid, "
                                   "same or full")
                   .arg(option, text));
    QList<int> sides;
    for (const qlonglong value : numbers)
        sides.append(
            checked(option,
                    QCoreApplication::translate("convlab::cli", "padding",
                                                "quantity named in a message, with its article"),
                    value, 0));
    switch (sides.size()) {
    case 1:
        return Padding::uniform(sides[0]);
    case 2:
        return Padding::symmetric(sides[0], sides[1]);
    default:
        return Padding{sides[0], sides[1], sides[2], sides[3]};
    }
}

Padding resolvePadding(const PaddingArgument& padding, Pair kernel, Pair dilation)
{
    if (const auto* preset = std::get_if<PaddingPreset>(&padding))
        return convlab::resolvePadding(*preset, kernel, dilation);
    return std::get<Padding>(padding);
}

Pair pairOption(const QCommandLineParser& parser, const QString& name, const QString& label,
                int minimum, Pair fallback)
{
    if (!parser.isSet(name))
        return fallback;
    return parsePair(QStringLiteral("--") + name, label, parser.value(name), minimum);
}

PaddingArgument paddingOption(const QCommandLineParser& parser)
{
    const QString name = QStringLiteral("padding");
    if (!parser.isSet(name))
        return Padding{};
    return parsePadding(QStringLiteral("--") + name, parser.value(name));
}

QStringList positionalArguments(const QCommandLineParser& parser, const QString& command,
                                const QStringList& names)
{
    const QStringList given = parser.positionalArguments();
    if (given.size() < names.size())
        refuse(QCoreApplication::translate("convlab::cli", "%1 needs %2; %3 is missing")
                   .arg(command, names.join(QLatin1Char(' ')), names[given.size()]));
    if (given.size() > names.size())
        refuse(QCoreApplication::translate("convlab::cli", "%1 takes %2; unexpected argument '%3'")
                   .arg(command, names.join(QLatin1Char(' ')), given[names.size()]));
    return given;
}

} // namespace convlab::cli
