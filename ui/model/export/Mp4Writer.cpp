// SPDX-License-Identifier: MIT
#include "export/Mp4Writer.h"

#include "export/FrameRenderer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <initializer_list>
#include <opencv2/core.hpp>
#include <opencv2/videoio.hpp>

namespace convlab {

QSize Mp4Writer::videoSize(QSize frameSize)
{
    return {frameSize.width() + frameSize.width() % 2, frameSize.height() + frameSize.height() % 2};
}

bool Mp4Writer::write(FrameRenderer& frames, const QString& path, const QString& target, int fps,
                      QString* error)
{
    const QString shown = QDir::toNativeSeparators(target);
    const QSize video = videoSize(frames.pixelSize());
    const std::string file = QFile::encodeName(path).toStdString();
    try {
        cv::VideoWriter writer;
        for (const char* codec : {"avc1", "mp4v"}) {
            const int fourcc = cv::VideoWriter::fourcc(codec[0], codec[1], codec[2], codec[3]);
            if (writer.open(file, cv::CAP_FFMPEG, fourcc, fps, {video.width(), video.height()}))
                break;
        }
        if (!writer.isOpened()) {
            *error = tr("Cannot write “%1”: OpenCV has no H.264 or MPEG-4 video encoder here.")
                         .arg(shown);
            return false;
        }
        cv::Mat padded;
        for (int i = 0; i < frames.frameCount(); ++i) {
            QImage frame = frames.renderOpaque(i);
            if (frame.isNull()) {
                *error = frames.error();
                return false;
            }
            frame = frame.convertToFormat(QImage::Format_BGR888); // OpenCV's channel order
            const cv::Mat pixels(frame.height(), frame.width(), CV_8UC3, frame.bits(),
                                 static_cast<std::size_t>(frame.bytesPerLine()));
            cv::copyMakeBorder(pixels, padded, 0, video.height() - frame.height(), 0,
                               video.width() - frame.width(), cv::BORDER_REPLICATE);
            writer.write(padded);
        }
        writer.release();
    } catch (const cv::Exception& problem) {
        *error = tr("Cannot write “%1”: %2").arg(shown, QString::fromStdString(problem.msg));
        return false;
    }
    // The writer reports no I/O error: an encoder that could not write leaves an empty file.
    if (QFileInfo(path).size() == 0) {
        *error = tr("Cannot write “%1”: the video encoder wrote nothing.").arg(shown);
        return false;
    }
    return true;
}

} // namespace convlab
