// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QRegularExpression>
#include <QString>

namespace convlab {

class FrameRenderer;

// Writes an animation as one PNG per frame in a folder: frame_0000.png, frame_0001.png…
// (more digits past 10 000 frames), each exactly as the source drew it, alpha included.
class PngSequenceWriter final {
    Q_DECLARE_TR_FUNCTIONS(PngSequenceWriter)
  public:
    static constexpr int kPasses = 1;

    // Writes into the folder `path`; messages name `target`.
    static bool write(FrameRenderer& frames, const QString& path, const QString& target,
                      QString* error);
    static QString fileName(int index, int frameCount);
    // The names this writer gives: a folder holding only these is an earlier export.
    static QRegularExpression fileNamePattern();
};

} // namespace convlab
