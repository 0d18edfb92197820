// SPDX-License-Identifier: MIT
#pragma once

#include "document/Document.h"

#include <QUndoCommand>
#include <vector>

namespace convlab {

// Adds or removes one of the student's own digits: the whole list before and after (at most
// OwnDigits::kMaxCount digits of 1.6 kB), so undo puts a removed digit back where it was.
class SetOwnDigitsCommand final : public QUndoCommand {
  public:
    SetOwnDigitsCommand(Document* document, const std::vector<OwnDigit>& after,
                        const QString& text);

    void redo() override;
    void undo() override;

  private:
    Document* m_document;
    std::vector<OwnDigit> m_before;
    std::vector<OwnDigit> m_after;
};

} // namespace convlab
