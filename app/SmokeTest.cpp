// SPDX-License-Identifier: MIT
#include "SmokeTest.h"

#include "io/AtomicWrite.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QImage>
#include <QPixmap>
#include <QThread>
#include <QWidget>
#include <QWindow>
#include <cstdio>
#include <utility>

namespace convlab {

namespace {

constexpr int kExposeTimeoutMs = 20000;
constexpr int kSettleMs = 500;

bool isBlank(const QImage& image)
{
    const QRgb first = image.pixel(0, 0);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (image.pixel(x, y) != first)
                return false;
    return true;
}

int fail(const char* message)
{
    std::fprintf(stderr, "convlab: smoke test: %s\n", message);
    return 1;
}

} // namespace

SmokeTest::SmokeTest(QString outputPath) : m_outputPath(std::move(outputPath)) {}

int SmokeTest::run(QWidget& window) const
{
    window.show();
    if (!waitUntilExposed(window, kExposeTimeoutMs))
        return fail("the window was not exposed within 20 s");
    settle(kSettleMs); // layouts, first paints and any first computation
    const QImage grab = window.grab().toImage();
    if (grab.isNull() || grab.width() == 0 || grab.height() == 0)
        return fail("the window grab is empty");
    if (isBlank(grab))
        return fail("the window grab is blank (all one colour)");
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QString reason = QStringLiteral("the PNG encoder failed");
    if (!grab.save(&buffer, "PNG") || !writeAtomically(m_outputPath, png, &reason))
        return fail(qPrintable(QStringLiteral("cannot write %1: %2").arg(m_outputPath, reason)));
    std::printf("window: %s\n", qPrintable(window.windowTitle()));
    return 0;
}

bool SmokeTest::waitUntilExposed(QWidget& window, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        if (window.windowHandle() && window.windowHandle()->isExposed())
            return true;
        QThread::msleep(10);
    }
    return false;
}

void SmokeTest::settle(int durationMs)
{
    const QDeadlineTimer deadline(durationMs);
    while (!deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(10);
    }
}

} // namespace convlab
