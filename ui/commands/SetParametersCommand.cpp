// SPDX-License-Identifier: MIT
#include "commands/SetParametersCommand.h"

namespace convlab {

SetParametersCommand::SetParametersCommand(Lesson* lesson, const LessonParameters& after)
    : m_lesson(lesson), m_before(lesson->parameters()), m_after(after),
      m_fields(changedFields(m_before, m_after))
{
    setText(Lesson::tr("Change parameters"));
}

void SetParametersCommand::redo()
{
    m_lesson->assignParameters(m_after);
}

void SetParametersCommand::undo()
{
    m_lesson->assignParameters(m_before);
}

bool SetParametersCommand::mergeWith(const QUndoCommand* other)
{
    const auto* later = static_cast<const SetParametersCommand*>(other);
    // Only the same control moving again merges; another control starts its own undo step.
    if (later->m_fields != m_fields || m_fields == 0)
        return false;
    m_after = later->m_after;
    setObsolete(m_after == m_before);
    return true;
}

} // namespace convlab
