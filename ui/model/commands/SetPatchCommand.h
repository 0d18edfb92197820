// SPDX-License-Identifier: MIT
#pragma once

#include "document/Document.h"

#include <QUndoCommand>

namespace convlab {

// Replaces the whole patch (preset, resize, normalise, flip, load, "use as patch", a typed cell).
class SetPatchCommand final : public QUndoCommand {
  public:
    SetPatchCommand(Document* document, const cv::Mat& patch, const QString& text);

    void redo() override;
    void undo() override;

  private:
    Document* m_document;
    cv::Mat m_before;
    cv::Mat m_after;
};

} // namespace convlab
