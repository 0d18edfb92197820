// SPDX-License-Identifier: MIT
#pragma once

#include "document/Lesson.h"

#include <QUndoCommand>

namespace convlab {

// A change of the computation parameters. A following change of the same field(s) — a slider
// or spin box being dragged — merges into this one; a merge back to the start is dropped.
class SetParametersCommand final : public QUndoCommand {
  public:
    static constexpr int kId = 0x436c02;

    SetParametersCommand(Lesson* lesson, const LessonParameters& after);

    void redo() override;
    void undo() override;
    int id() const override { return kId; }
    bool mergeWith(const QUndoCommand* other) override;

  private:
    Lesson* m_lesson;
    LessonParameters m_before;
    LessonParameters m_after;
    unsigned m_fields;
};

} // namespace convlab
