// SPDX-License-Identifier: MIT
#include "io/RecentFiles.h"

#include "io/Settings.h"

#include <QFileInfo>

namespace convlab {

namespace {

const QString kKey = QStringLiteral("recentFiles");

} // namespace

RecentFiles::RecentFiles(QObject* parent) : QObject(parent) {}

QStringList RecentFiles::files() const
{
    return settings().value(kKey).toStringList();
}

void RecentFiles::add(const QString& path)
{
    QSettings s = settings();
    QStringList list = s.value(kKey).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > kMost)
        list.removeLast();
    s.setValue(kKey, list);
    emit changed();
}

void RecentFiles::remove(const QString& path)
{
    QSettings s = settings();
    QStringList list = s.value(kKey).toStringList();
    if (list.removeAll(path) == 0)
        return;
    s.setValue(kKey, list);
    emit changed();
}

} // namespace convlab
