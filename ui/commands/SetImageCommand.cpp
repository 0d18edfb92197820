// SPDX-License-Identifier: MIT
#include "commands/SetImageCommand.h"

namespace convlab {

SetImageCommand::SetImageCommand(Lesson* lesson, const cv::Mat& image, const QString& text)
    : QUndoCommand(text), m_lesson(lesson), m_before(lesson->image().clone()),
      m_after(image.clone())
{
}

void SetImageCommand::redo()
{
    m_lesson->assignImage(m_after);
}

void SetImageCommand::undo()
{
    m_lesson->assignImage(m_before);
}

} // namespace convlab
