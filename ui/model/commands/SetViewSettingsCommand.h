// SPDX-License-Identifier: MIT
#pragma once

#include "document/Document.h"

#include <QUndoCommand>

namespace convlab {

// A change of how the response is shown; consecutive changes of the same setting merge.
class SetViewSettingsCommand final : public QUndoCommand {
  public:
    static constexpr int kId = 0x436c03;

    SetViewSettingsCommand(Document* document, const ViewSettings& after);

    void redo() override;
    void undo() override;
    int id() const override { return kId; }
    bool mergeWith(const QUndoCommand* other) override;

  private:
    Document* m_document;
    ViewSettings m_before;
    ViewSettings m_after;
    unsigned m_fields;
};

} // namespace convlab
