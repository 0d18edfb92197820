// SPDX-License-Identifier: MIT
#pragma once

#include "commands/PixelDelta.h"
#include "document/Document.h"

#include <QUndoCommand>

namespace convlab {

// One brush stroke on the image or the patch. The moves of a stroke (same stroke id, same
// layer) merge into one undo step holding only the tiles the stroke touched.
class PaintCommand final : public QUndoCommand {
  public:
    enum class Target { Image, Patch };
    static constexpr int kId = 0x436c01;

    // `edited` is the whole layer after the move; only `dirty` differs from the document's layer.
    PaintCommand(Document* document, Target target, const cv::Mat& edited, const QRect& dirty,
                 int strokeId);

    void redo() override;
    void undo() override;
    int id() const override { return kId; }
    bool mergeWith(const QUndoCommand* other) override;

    int strokeId() const { return m_strokeId; }
    Target target() const { return m_target; }

  private:
    void apply(bool after);

    Document* m_document;
    Target m_target;
    int m_strokeId;
    PixelDelta m_delta;
};

} // namespace convlab
