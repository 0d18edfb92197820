// SPDX-License-Identifier: MIT
#pragma once

#include "document/Lesson.h"

#include <QUndoCommand>

namespace convlab {

// Replaces the whole input image (open, paste, new blank, sample, clear, invert…).
class SetImageCommand final : public QUndoCommand {
  public:
    SetImageCommand(Lesson* lesson, const cv::Mat& image, const QString& text);

    void redo() override;
    void undo() override;

  private:
    Lesson* m_lesson;
    cv::Mat m_before;
    cv::Mat m_after;
};

} // namespace convlab
