// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QSize>
#include <QString>

namespace convlab {

enum class AnimationFormat { Gif, Mp4, PngSequence };

// What an animation export writes: the format, where, each frame's logical size, the scale
// (device pixels per logical pixel, 1×/2×/4× for slides) and the frame rate.
struct AnimationOptions {
    Q_DECLARE_TR_FUNCTIONS(AnimationOptions)
  public:
    static constexpr int kMinFps = 1;
    static constexpr int kMaxFps = 60;
    // GIF delays count hundredths of a second and viewers slow down delays under 2.
    static constexpr int kMaxGifFps = 50;
    static constexpr int kMaxPixelSide = 8192;
    static constexpr qreal kMaxScale = 8;

    AnimationFormat format = AnimationFormat::Gif;
    QString path; // the .gif or .mp4 file, or the folder of a PNG sequence
    QSize size{640, 480};
    qreal scale = 1;
    int fps = 10;

    QSize pixelSize() const { return size * scale; }
    // Empty when the options can be exported; otherwise a sentence naming the bad value.
    QString problem() const;

    static int maxFps(AnimationFormat format);
    // .gif -> GIF, .mp4 -> MP4, anything else names the folder of a PNG sequence.
    static AnimationFormat formatForPath(const QString& path);
    // "gif", "mp4"; empty for a PNG sequence (a folder).
    static QString suffix(AnimationFormat format);
};

} // namespace convlab
