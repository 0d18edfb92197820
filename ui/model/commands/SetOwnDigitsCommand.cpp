// SPDX-License-Identifier: MIT
#include "commands/SetOwnDigitsCommand.h"

namespace convlab {

SetOwnDigitsCommand::SetOwnDigitsCommand(Document* document, const std::vector<OwnDigit>& after,
                                         const QString& text)
    : QUndoCommand(text), m_document(document), m_before(OwnDigits::clone(document->ownDigits())),
      m_after(OwnDigits::clone(after))
{
}

void SetOwnDigitsCommand::redo()
{
    m_document->assignOwnDigits(m_after);
}

void SetOwnDigitsCommand::undo()
{
    m_document->assignOwnDigits(m_before);
}

} // namespace convlab
