// SPDX-License-Identifier: MIT
#include "export/GifWriter.h"

#include "export/ColorHistogram.h"
#include "export/FrameRenderer.h"
#include "export/GifEncoder.h"
#include "export/GifPalette.h"

#include <QDir>
#include <cmath>

namespace convlab {

int GifWriter::delayOf(int index, int fps)
{
    const auto elapsed = [fps](int frames) {
        return static_cast<int>(std::lround(100.0 * frames / fps));
    };
    return elapsed(index + 1) - elapsed(index);
}

bool GifWriter::write(FrameRenderer& frames, const QString& path, const QString& target, int fps,
                      QString* error)
{
    ColorHistogram histogram(GifPalette::kMaxColors);
    for (int i = 0; i < frames.frameCount(); ++i) {
        const QImage frame = frames.renderOpaque(i);
        if (frame.isNull()) {
            *error = frames.error();
            return false;
        }
        histogram.add(frame);
    }
    const GifPalette palette = GifPalette::fromHistogram(histogram);

    const QSize size = frames.pixelSize();
    GifEncoder encoder(path, size, palette.rgbBytes());
    const auto failure = [&] {
        *error = tr("Cannot write “%1”: %2")
                     .arg(QDir::toNativeSeparators(target), encoder.errorString());
        return false;
    };
    if (!encoder.isOpen())
        return failure();
    std::vector<std::uint8_t> indices(static_cast<std::size_t>(size.width()) *
                                      static_cast<std::size_t>(size.height()));
    for (int i = 0; i < frames.frameCount(); ++i) {
        const QImage frame = frames.renderOpaque(i);
        if (frame.isNull()) {
            *error = frames.error();
            return false;
        }
        palette.indexFrame(frame, indices.data());
        if (!encoder.addFrame(indices, delayOf(i, fps)))
            return failure();
    }
    return encoder.close() || failure();
}

} // namespace convlab
