// SPDX-License-Identifier: MIT
#pragma once

#include "document/Document.h"

#include <QUndoCommand>

namespace convlab {

// Replaces the whole input image (open, paste, new blank, sample, clear, invert…).
class SetImageCommand final : public QUndoCommand {
  public:
    SetImageCommand(Document* document, const cv::Mat& image, const QString& text);

    void redo() override;
    void undo() override;

  private:
    Document* m_document;
    cv::Mat m_before;
    cv::Mat m_after;
};

} // namespace convlab
