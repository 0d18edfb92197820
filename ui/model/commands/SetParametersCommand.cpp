// SPDX-License-Identifier: MIT
#include "commands/SetParametersCommand.h"

namespace convlab {

SetParametersCommand::SetParametersCommand(Document* document, const Parameters& after)
    : m_document(document), m_before(document->parameters()), m_after(after),
      m_fields(changedFields(m_before, m_after))
{
    setText(Document::tr("Change parameters"));
}

void SetParametersCommand::redo()
{
    m_document->assignParameters(m_after);
}

void SetParametersCommand::undo()
{
    m_document->assignParameters(m_before);
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
