// SPDX-License-Identifier: MIT
#pragma once

#include "export/AnimationOptions.h"
#include "export/FrameSource.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>
#include <functional>

namespace convlab {

// Draws the frames of one export for a writer: at the export's size and scale, checked,
// reporting progress before each one and stopping as soon as the progress callback returns
// false. Progress counts frames drawn over every pass a format needs (a GIF draws each frame
// twice: once for its palette, once to encode it).
class FrameRenderer final {
    Q_DECLARE_TR_FUNCTIONS(FrameRenderer)
  public:
    using Progress = std::function<bool(int done, int total)>;

    FrameRenderer(const FrameSource& source, const AnimationOptions& options, int passes,
                  Progress progress);

    int frameCount() const { return m_frameCount; }
    QSize pixelSize() const { return m_pixelSize; }

    // Frame `index` as the source drew it; a null image, with error() set, when the export
    // was cancelled or the frame cannot be used.
    QImage render(int index);
    // The same made opaque, over white, in Format_RGB32 (GIF and MP4 have no alpha).
    QImage renderOpaque(int index);
    // Reports the end of the work; false (cancelled) if the callback says so even then.
    bool finish();

    bool wasCancelled() const { return m_cancelled; }
    const QString& error() const { return m_error; }

  private:
    bool report();

    const FrameSource& m_source;
    QSize m_size;
    qreal m_scale;
    QSize m_pixelSize;
    int m_frameCount;
    int m_total;
    int m_done = 0;
    Progress m_progress;
    bool m_cancelled = false;
    QString m_error;
};

} // namespace convlab
