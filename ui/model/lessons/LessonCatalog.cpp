// SPDX-License-Identifier: MIT
#include "lessons/LessonCatalog.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace convlab {

QList<LessonCatalog::Entry> LessonCatalog::builtIn()
{
    const QDir dir(QStringLiteral(":/convlab/lessons"));
    QList<Entry> entries;
    // Only the title is read here; the whole file is checked when it is opened.
    for (const QString& name :
         dir.entryList({QStringLiteral("*.convlab")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject lesson = QJsonDocument::fromJson(file.readAll())
                                       .object()
                                       .value(QStringLiteral("lesson"))
                                       .toObject();
        Entry entry{dir.filePath(name), LocalizedText(name)};
        QString ignored;
        LocalizedText::fromJson(lesson.value(QStringLiteral("title")), &entry.title, &ignored);
        entries.append(entry);
    }
    return entries;
}

} // namespace convlab
