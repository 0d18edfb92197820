// SPDX-License-Identifier: MIT
#pragma once

#include "document/Document.h"

#include <QUndoCommand>

namespace convlab {

// What SetFieldsCommand needs of a part of the document that controls edit field by field.
template <typename Part> struct EditedPart;

template <> struct EditedPart<Parameters> {
    static constexpr int kId = 0x436c02;
    static const Parameters& of(const Document& document) { return document.parameters(); }
    static void assign(Document& document, const Parameters& p) { document.assignParameters(p); }
    static QString text() { return Document::tr("Change parameters"); }
};

template <> struct EditedPart<ViewSettings> {
    static constexpr int kId = 0x436c03;
    static const ViewSettings& of(const Document& document) { return document.viewSettings(); }
    static void assign(Document& document, const ViewSettings& v)
    {
        document.assignViewSettings(v);
    }
    static QString text() { return Document::tr("Change view"); }
};

// A change of the parameters or of how the response is shown. A following change of the same
// field(s) — a slider or spin box being dragged — merges into this one, another control starts
// its own undo step, and a merge back to the start is dropped.
template <typename Part> class SetFieldsCommand final : public QUndoCommand {
  public:
    static constexpr int kId = EditedPart<Part>::kId;

    SetFieldsCommand(Document* document, const Part& after)
        : m_document(document), m_before(EditedPart<Part>::of(*document)), m_after(after),
          m_fields(changedFields(m_before, m_after))
    {
        setText(EditedPart<Part>::text());
    }

    void redo() override { EditedPart<Part>::assign(*m_document, m_after); }
    void undo() override { EditedPart<Part>::assign(*m_document, m_before); }
    int id() const override { return kId; }
    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* later = static_cast<const SetFieldsCommand*>(other);
        if (later->m_fields != m_fields || m_fields == 0)
            return false;
        m_after = later->m_after;
        setObsolete(m_after == m_before);
        return true;
    }

  private:
    Document* m_document;
    Part m_before;
    Part m_after;
    unsigned m_fields;
};

using SetParametersCommand = SetFieldsCommand<Parameters>;
using SetViewSettingsCommand = SetFieldsCommand<ViewSettings>;

} // namespace convlab
