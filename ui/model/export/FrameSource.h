// SPDX-License-Identifier: MIT
#pragma once

#include <QImage>
#include <QSize>

namespace convlab {

// The frames of an animation, as an exporter asks for them. Views that animate (stepper,
// transposed convolution, lessons) implement it from an immutable snapshot of their state.
//
// frame() is called from a worker thread, possibly twice for the same index (a GIF palette is
// built from every frame before any is encoded), so it must paint with QPainter into a fresh
// QImage, never touch a widget, and return the same picture for the same arguments.
class FrameSource {
  public:
    virtual ~FrameSource() = default;

    virtual int frameCount() const = 0;
    // Frame `index` drawn at the logical `size`, `scale` device pixels per logical pixel: an
    // image of exactly size × scale pixels (QSize * qreal rounding).
    virtual QImage frame(int index, const QSize& size, qreal scale) const = 0;
    // Called from the thread that started the export when it gives up waiting for the worker
    // (its owner is going away): a source that waits for another thread to draw its frames
    // must stop waiting, now and from then on, and return null images.
    virtual void interrupt() const {}
};

} // namespace convlab
