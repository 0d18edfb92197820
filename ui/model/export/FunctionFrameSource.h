// SPDX-License-Identifier: MIT
#pragma once

#include "export/FrameSource.h"

#include <functional>
#include <utility>

namespace convlab {

// A FrameSource made of a frame count and a drawing function: for tests, the command line and
// any animation simple enough not to need a class of its own.
class FunctionFrameSource final : public FrameSource {
  public:
    using DrawFrame = std::function<QImage(int index, const QSize& size, qreal scale)>;

    FunctionFrameSource(int frameCount, DrawFrame draw)
        : m_frameCount(frameCount), m_draw(std::move(draw))
    {
    }

    int frameCount() const override { return m_frameCount; }
    QImage frame(int index, const QSize& size, qreal scale) const override
    {
        return m_draw(index, size, scale);
    }

  private:
    int m_frameCount;
    DrawFrame m_draw;
};

} // namespace convlab
