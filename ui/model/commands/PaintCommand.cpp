// SPDX-License-Identifier: MIT
#include "commands/PaintCommand.h"

namespace convlab {

namespace {

const cv::Mat& layerOf(const Document* document, PaintCommand::Target target)
{
    return target == PaintCommand::Target::Image ? document->image() : document->patch();
}

} // namespace

PaintCommand::PaintCommand(Document* document, Target target, const cv::Mat& edited,
                           const QRect& dirty, int strokeId)
    : m_document(document), m_target(target), m_strokeId(strokeId),
      m_delta(layerOf(document, target), edited, dirty)
{
    setText(target == Target::Image ? Document::tr("Paint") : Document::tr("Paint patch"));
}

void PaintCommand::apply(bool after)
{
    m_document->applyDelta(m_target == Target::Image ? Document::Layer::Image
                                                     : Document::Layer::Patch,
                           m_delta, after);
}

void PaintCommand::redo()
{
    apply(true);
}

void PaintCommand::undo()
{
    apply(false);
}

bool PaintCommand::mergeWith(const QUndoCommand* other)
{
    const auto* later = static_cast<const PaintCommand*>(other);
    if (later->m_strokeId != m_strokeId || later->m_target != m_target ||
        later->m_delta.layerSize() != m_delta.layerSize())
        return false;
    m_delta.absorb(later->m_delta);
    setObsolete(m_delta.changesNothing());
    return true;
}

} // namespace convlab
