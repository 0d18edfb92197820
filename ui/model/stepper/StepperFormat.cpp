// SPDX-License-Identifier: MIT
#include "stepper/StepperFormat.h"

#include <QLocale>
#include <cmath>

namespace convlab {

namespace {
constexpr QChar kMinus(0x2212);
}

QString formatNumber(double value, int significant)
{
    if (std::isnan(value))
        return QStringLiteral("—");
    if (std::isinf(value))
        return value < 0 ? QString(kMinus) + QChar(0x221E) : QString(QChar(0x221E));
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator); // "1234·0.5", not "1,234·0.5"
    // Round-off below the shown precision must not print as "−0".
    const double magnitude = std::abs(value);
    if (magnitude < 0.5 * std::pow(10.0, -significant) || value == 0)
        return locale.toString(0);
    QString text = locale.toString(magnitude, 'g', significant);
    if (text.contains(QLatin1Char('e'), Qt::CaseInsensitive))
        text.replace(locale.negativeSign(), QString(kMinus)); // 1e−07
    return value < 0 ? QString(kMinus) + text : text;
}

QString formatFactor(double value, int significant)
{
    const QString text = formatNumber(value, significant);
    return text.startsWith(kMinus) ? QLatin1Char('(') + text + QLatin1Char(')') : text;
}

QString subscripted(const QString& base, int index)
{
    QString digits = QString::number(index);
    for (QChar& digit : digits)
        digit = QChar(0x2080 + digit.digitValue());
    return base + digits;
}

} // namespace convlab
