// SPDX-License-Identifier: MIT
#include "export/AnimationOptions.h"

#include <QFileInfo>

namespace convlab {

QString AnimationOptions::problem() const
{
    if (path.isEmpty())
        return tr("No target path was given.");
    if (size.width() < 1 || size.height() < 1)
        return tr("Frame size %1×%2 is empty.").arg(size.width()).arg(size.height());
    if (!(scale > 0 && scale <= kMaxScale))
        return tr("Scale %L1 is outside 0–%L2.").arg(scale).arg(kMaxScale);
    const QSize pixels = pixelSize();
    if (pixels.width() < 1 || pixels.height() < 1)
        return tr("Frame size %1×%2 at scale %L3 rounds to no pixel.")
            .arg(size.width())
            .arg(size.height())
            .arg(scale);
    if (pixels.width() > kMaxPixelSide || pixels.height() > kMaxPixelSide)
        return tr("Frames of %1×%2 pixels are larger than the %3×%3 limit.")
            .arg(pixels.width())
            .arg(pixels.height())
            .arg(kMaxPixelSide);
    if (fps < kMinFps || fps > maxFps(format))
        return tr("Frame rate %1 is outside %2–%3 frames per second for this format.")
            .arg(fps)
            .arg(kMinFps)
            .arg(maxFps(format));
    return {};
}

int AnimationOptions::maxFps(AnimationFormat format)
{
    return format == AnimationFormat::Gif ? kMaxGifFps : kMaxFps;
}

AnimationFormat AnimationOptions::formatForPath(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("gif"))
        return AnimationFormat::Gif;
    if (suffix == QLatin1String("mp4"))
        return AnimationFormat::Mp4;
    return AnimationFormat::PngSequence;
}

QString AnimationOptions::suffix(AnimationFormat format)
{
    switch (format) {
    case AnimationFormat::Gif:
        return QStringLiteral("gif");
    case AnimationFormat::Mp4:
        return QStringLiteral("mp4");
    case AnimationFormat::PngSequence:
        break;
    }
    return {};
}

} // namespace convlab
