// SPDX-License-Identifier: MIT
#include "engine/RowRing.h"

#include <cassert>

namespace convlab::engine {

RowRing::RowRing(int slots, int rowLength)
    : m_rowLength(rowLength), m_rowOfSlot(static_cast<std::size_t>(slots), -1),
      m_storage(static_cast<std::size_t>(slots) * static_cast<std::size_t>(rowLength))
{
}

float* RowRing::slotData(std::size_t slot)
{
    return m_storage.data() + slot * static_cast<std::size_t>(m_rowLength);
}

RowRing::Slot RowRing::slotFor(int row, const RowSet& needed)
{
    // Output rows are walked top to bottom, so a row above needed.first is never read again:
    // give such a slot up first, and one merely unused by this output row (dilation gaps) last.
    const std::size_t none = m_rowOfSlot.size();
    std::size_t stale = none, unused = none;
    for (std::size_t s = 0; s < m_rowOfSlot.size(); ++s) {
        const int held = m_rowOfSlot[s];
        if (held == row)
            return {slotData(s), false};
        if (held < needed.first)
            stale = stale == none ? s : stale;
        else if (!needed.contains(held))
            unused = unused == none ? s : unused;
    }
    const std::size_t slot = stale != none ? stale : unused;
    // `row` is needed and not held, so fewer than needed.count <= slots hold needed rows.
    assert(slot != none);
    m_rowOfSlot[slot] = row;
    return {slotData(slot), true};
}

} // namespace convlab::engine
