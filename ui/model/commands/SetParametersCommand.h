// SPDX-License-Identifier: MIT
#pragma once

#include "document/Document.h"

#include <QUndoCommand>

namespace convlab {

// A change of the computation parameters. A following change of the same field(s) — a slider
// or spin box being dragged — merges into this one; a merge back to the start is dropped.
class SetParametersCommand final : public QUndoCommand {
  public:
    static constexpr int kId = 0x436c02;

    SetParametersCommand(Document* document, const Parameters& after);

    void redo() override;
    void undo() override;
    int id() const override { return kId; }
    bool mergeWith(const QUndoCommand* other) override;

  private:
    Document* m_document;
    Parameters m_before;
    Parameters m_after;
    unsigned m_fields;
};

} // namespace convlab
