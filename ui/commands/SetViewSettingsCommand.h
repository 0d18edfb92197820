// SPDX-License-Identifier: MIT
#pragma once

#include "document/Lesson.h"

#include <QUndoCommand>

namespace convlab {

// A change of how the response is shown; consecutive changes of the same setting merge.
class SetViewSettingsCommand final : public QUndoCommand {
  public:
    static constexpr int kId = 0x436c03;

    SetViewSettingsCommand(Lesson* lesson, const ViewSettings& after);

    void redo() override;
    void undo() override;
    int id() const override { return kId; }
    bool mergeWith(const QUndoCommand* other) override;

  private:
    Lesson* m_lesson;
    ViewSettings m_before;
    ViewSettings m_after;
    unsigned m_fields;
};

} // namespace convlab
