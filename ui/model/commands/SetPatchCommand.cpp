// SPDX-License-Identifier: MIT
#include "commands/SetPatchCommand.h"

namespace convlab {

SetPatchCommand::SetPatchCommand(Document* document, const cv::Mat& patch, const QString& text)
    : QUndoCommand(text), m_document(document), m_before(document->patch().clone()),
      m_after(patch.clone())
{
}

void SetPatchCommand::redo()
{
    m_document->assignPatch(m_after);
}

void SetPatchCommand::undo()
{
    m_document->assignPatch(m_before);
}

} // namespace convlab
