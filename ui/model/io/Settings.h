// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QSettings>

namespace convlab {

// ConvLab's settings: the application's own, or ConvLab's when the application has no name
// (a test program, the command line).
inline QSettings settings()
{
    if (QCoreApplication::organizationName().isEmpty())
        return QSettings(QStringLiteral("ConvLab"), QStringLiteral("ConvLab"));
    return QSettings();
}

} // namespace convlab
