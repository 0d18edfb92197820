// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QSize>
#include <QString>

namespace convlab {

class FrameRenderer;

// Writes an animation as an MP4 video with OpenCV's FFmpeg back end: H.264 ('avc1'), which
// slide software plays everywhere, else MPEG-4 part 2 ('mp4v'). Both need even sizes: an odd
// width or height gains one pixel, a copy of the last column or row.
class Mp4Writer final {
    Q_DECLARE_TR_FUNCTIONS(Mp4Writer)
  public:
    static constexpr int kPasses = 1;

    // Writes to `path` (which must end in .mp4); messages name `target`.
    static bool write(FrameRenderer& frames, const QString& path, const QString& target, int fps,
                      QString* error);
    static QSize videoSize(QSize frameSize);
};

} // namespace convlab
