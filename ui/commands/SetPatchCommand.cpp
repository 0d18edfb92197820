// SPDX-License-Identifier: MIT
#include "commands/SetPatchCommand.h"

namespace convlab {

SetPatchCommand::SetPatchCommand(Lesson* lesson, const cv::Mat& patch, const QString& text)
    : QUndoCommand(text), m_lesson(lesson), m_before(lesson->patch().clone()),
      m_after(patch.clone())
{
}

void SetPatchCommand::redo()
{
    m_lesson->assignPatch(m_after);
}

void SetPatchCommand::undo()
{
    m_lesson->assignPatch(m_before);
}

} // namespace convlab
