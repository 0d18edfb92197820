// SPDX-License-Identifier: MIT
#pragma once

#include "geometry/Types.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <variant>

namespace convlab::cli {

// Option values are checked here, before any file is read: a refusal throws convlab::Error
// whose message names the option and the value, e.g. "stride 0 must be at least 1".

// Larger values are refused outright: no image ConvLab opens needs them, and they would
// overflow the geometry's int arithmetic.
inline constexpr int kMaxOptionValue = 1'000'000;

// An integer of at least `minimum`; `label` names the quantity in messages ("top-k").
int parseInteger(const QString& option, const QString& label, const QString& text, int minimum);

// "n" or "rows,cols", each at least `minimum`.
Pair parsePair(const QString& option, const QString& label, const QString& text, int minimum);

// "n", "rows,cols", "top,bottom,left,right", or one of the shortcuts valid, same, full, which
// need the kernel to become numbers (see resolvePadding).
using PaddingArgument = std::variant<Padding, PaddingPreset>;
PaddingArgument parsePadding(const QString& option, const QString& text);
Padding resolvePadding(const PaddingArgument& padding, Pair kernel, Pair dilation);

// The value of option `name` ("stride") parsed as above, or `fallback` when it is not given.
Pair pairOption(const QCommandLineParser& parser, const QString& name, const QString& label,
                int minimum, Pair fallback);
// --padding parsed as above, or no padding when it is not given.
PaddingArgument paddingOption(const QCommandLineParser& parser);

// The positional arguments of `convlab COMMAND`, exactly as many as `names` (e.g. INPUT,
// KERNEL); a missing or extra one is refused, naming it.
QStringList positionalArguments(const QCommandLineParser& parser, const QString& command,
                                const QStringList& names);

} // namespace convlab::cli
