// SPDX-License-Identifier: MIT
#pragma once

#include "engine/AlignedBuffer.h"

#include <vector>

namespace convlab::engine {

// The input rows one output row reads: first, first + step, …, first + (count-1)·step.
struct RowSet {
    int first;
    int step;
    int count;
    bool contains(int row) const
    {
        return row >= first && (row - first) % step == 0 && (row - first) / step < count;
    }
};

// Keeps processed input rows (split into phases, or filtered by a 1D pass) for a band of output
// rows. Consecutive output rows share input rows when the kernel is taller than the stride, so
// each input row is processed once per band instead of once per output row that reads it.
class RowRing final {
  public:
    // Room for `slots` rows of `rowLength` floats; slots must be at least RowSet::count.
    RowRing(int slots, int rowLength);

    struct Slot {
        float* data;
        bool fresh; // true: the caller must fill it
    };
    // The slot for input row `row` of `needed`; a row outside `needed` gives its place up.
    Slot slotFor(int row, const RowSet& needed);

  private:
    float* slotData(std::size_t slot);

    int m_rowLength;
    std::vector<int> m_rowOfSlot;   // -1: empty
    AlignedBuffer<float> m_storage; // uninitialised: every slot is filled before use
};

} // namespace convlab::engine
