// SPDX-License-Identifier: MIT
#include "commands/SetViewSettingsCommand.h"

namespace convlab {

SetViewSettingsCommand::SetViewSettingsCommand(Document* document, const ViewSettings& after)
    : m_document(document), m_before(document->viewSettings()), m_after(after),
      m_fields(changedFields(m_before, m_after))
{
    setText(Document::tr("Change view"));
}

void SetViewSettingsCommand::redo()
{
    m_document->assignViewSettings(m_after);
}

void SetViewSettingsCommand::undo()
{
    m_document->assignViewSettings(m_before);
}

bool SetViewSettingsCommand::mergeWith(const QUndoCommand* other)
{
    const auto* later = static_cast<const SetViewSettingsCommand*>(other);
    if (later->m_fields != m_fields || m_fields == 0)
        return false;
    m_after = later->m_after;
    setObsolete(m_after == m_before);
    return true;
}

} // namespace convlab
