// SPDX-License-Identifier: MIT
#include "export/PngSequenceWriter.h"

#include "export/FrameRenderer.h"

#include <QDir>
#include <QImageWriter>
#include <algorithm>

namespace convlab {

QString PngSequenceWriter::fileName(int index, int frameCount)
{
    const int digits = std::max(4, static_cast<int>(QString::number(frameCount - 1).size()));
    return QStringLiteral("frame_%1.png").arg(index, digits, 10, QLatin1Char('0'));
}

QRegularExpression PngSequenceWriter::fileNamePattern()
{
    return QRegularExpression(QStringLiteral("^frame_[0-9]{4,}\\.png$"));
}

bool PngSequenceWriter::write(FrameRenderer& frames, const QString& path, const QString& target,
                              QString* error)
{
    const QDir folder(path);
    for (int i = 0; i < frames.frameCount(); ++i) {
        const QImage frame = frames.render(i);
        if (frame.isNull()) {
            *error = frames.error();
            return false;
        }
        const QString name = fileName(i, frames.frameCount());
        QImageWriter writer(folder.filePath(name), "png");
        if (!writer.write(frame)) {
            *error = tr("Cannot write “%1”: %2")
                         .arg(QDir::toNativeSeparators(QDir(target).filePath(name)),
                              writer.errorString());
            return false;
        }
    }
    return true;
}

} // namespace convlab
