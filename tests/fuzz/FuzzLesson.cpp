// SPDX-License-Identifier: MIT
// libFuzzer target: a .convlab file's bytes, read as File ▸ Open reads them (the document, then
// its guided lesson's steps and claims), and a short lesson's last step built. A refusal (a
// message) is the expected answer to bad bytes; a crash or a sanitizer report is a finding.
#include "io/DocumentFile.h"
#include "lessons/LessonScript.h"

#include <QByteArray>
#include <QGuiApplication>
#include <QString>
#include <cstddef>
#include <cstdint>

// The samples are drawn with QPainter (text in the "shape" sample): a GUI application, offscreen.
extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static QGuiApplication application(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace convlab;
    QString error;
    const auto state = DocumentFile::parse(
        QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)), &error);
    if (!state)
        return 0;
    const auto script = LessonScript::fromNotes(state->notes, &error);
    // Building a step applies its image operations: a few steps are enough to reach every kind.
    if (script && script->stepCount() > 0 && script->stepCount() <= 4)
        (void)script->snapshotAt(script->stepCount() - 1, &error);
    return 0;
}
