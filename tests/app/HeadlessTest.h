// SPDX-License-Identifier: MIT
#pragma once
// What the tests of `convlab render`, `animate` and `arithmetic` share: running the executable,
// drawing a widget as the window shows it, reading images back.

#include <QDir>
#include <QImage>
#include <QImageReader>
#include <QPainter>
#include <QProcess>
#include <QWidget>

namespace headless {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

inline Run
runConvlab(const QStringList& arguments,
           const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CONVLAB_EXE), arguments);
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

inline QString lessonPath(const char* name)
{
    return QStringLiteral(CONVLAB_SOURCE_DIR "/resources/lessons/") + QLatin1String(name);
}

// As in the window, where the views are on screen: a hidden widget's render() would first lay
// out its hidden parents and lose the size drawWidget() gives it.
inline void showOffScreen(QWidget& widget)
{
    widget.setAttribute(Qt::WA_DontShowOnScreen);
    widget.show();
}

// What the window draws: the widget painted at `size` logical pixels, `scale` device pixels
// each, over white — written here, not taken from the code under test.
inline QImage drawWidget(QWidget* widget, QSize size, qreal scale)
{
    widget->resize(size);
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    QPainter painter(&image);
    widget->render(&painter, QPoint(), QRegion(),
                   QWidget::DrawWindowBackground | QWidget::DrawChildren);
    painter.end();
    image.setDevicePixelRatio(1);
    return image.convertToFormat(QImage::Format_ARGB32);
}

inline QImage readPng(const QString& path)
{
    QImage image(path);
    return image.isNull() ? image : image.convertToFormat(QImage::Format_ARGB32);
}

// Every frame of a GIF as Qt's decoder composes it.
inline QList<QImage> gifFrames(const QString& path)
{
    QImageReader reader(path, "gif");
    QList<QImage> frames;
    QImage frame;
    while (reader.read(&frame))
        frames << frame.convertToFormat(QImage::Format_ARGB32);
    return frames;
}

inline QStringList entriesOf(const QString& folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
}

} // namespace headless
