// SPDX-License-Identifier: MIT
#pragma once

#include "lessons/LessonScript.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace convlab::test {

// A .convlab file's JSON, read as the tests read the shipped lessons (empty if unreadable).
inline QJsonObject fileOf(const QString& path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return QJsonDocument::fromJson(file.readAll()).object();
}

// Its "lesson" object as LessonScript::fromNotes takes it.
inline LessonNotes notesOf(const QJsonObject& file)
{
    const QJsonObject lesson = file.value(QStringLiteral("lesson")).toObject();
    LessonNotes notes;
    notes.title = lesson.value(QStringLiteral("title"));
    notes.text = lesson.value(QStringLiteral("text"));
    notes.steps = lesson.value(QStringLiteral("steps")).toArray();
    return notes;
}

} // namespace convlab::test
