// SPDX-License-Identifier: MIT
#include "commands/SetImageCommand.h"

namespace convlab {

SetImageCommand::SetImageCommand(Document* document, const cv::Mat& image, const QString& text)
    : QUndoCommand(text), m_document(document), m_before(document->image().clone()),
      m_after(image.clone())
{
}

void SetImageCommand::redo()
{
    m_document->assignImage(m_after);
}

void SetImageCommand::undo()
{
    m_document->assignImage(m_before);
}

} // namespace convlab
