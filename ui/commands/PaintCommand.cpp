// SPDX-License-Identifier: MIT
#include "commands/PaintCommand.h"

namespace convlab {

namespace {

const cv::Mat& layerOf(const Lesson* lesson, PaintCommand::Target target)
{
    return target == PaintCommand::Target::Image ? lesson->image() : lesson->patch();
}

} // namespace

PaintCommand::PaintCommand(Lesson* lesson, Target target, const cv::Mat& edited, const QRect& dirty,
                           int strokeId)
    : m_lesson(lesson), m_target(target), m_strokeId(strokeId),
      m_delta(layerOf(lesson, target), edited, dirty)
{
    setText(target == Target::Image ? Lesson::tr("Paint") : Lesson::tr("Paint patch"));
}

void PaintCommand::apply(bool after)
{
    m_lesson->applyDelta(m_target == Target::Image ? Lesson::Layer::Image : Lesson::Layer::Patch,
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
