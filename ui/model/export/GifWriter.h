// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

namespace convlab {

class FrameRenderer;

// Writes an animation as a looping GIF: a first pass over the frames gathers their colours for
// one palette, a second encodes them. Frame delays follow the frame rate in whole hundredths
// of a second, rounded so that they add up to the true duration (30 fps: 3, 4, 3, 3, 4, 3…).
class GifWriter final {
    Q_DECLARE_TR_FUNCTIONS(GifWriter)
  public:
    static constexpr int kPasses = 2;

    // Writes to `path`; messages name `target`, the file the user asked for.
    static bool write(FrameRenderer& frames, const QString& path, const QString& target, int fps,
                      QString* error);
    // Delay of frame `index` in hundredths of a second.
    static int delayOf(int index, int fps);
};

} // namespace convlab
