// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QString>

namespace convlab::test {

// A suite's settings and autosave files kept away from the user's and from the other suites',
// and empty when it starts: Qt's test locations, under an application name of the suite's own.
inline void isolateSettings(const QString& application)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ConvLabTests"));
    QCoreApplication::setApplicationName(application);
    QSettings().clear();
}

} // namespace convlab::test
