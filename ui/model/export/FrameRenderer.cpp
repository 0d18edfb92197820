// SPDX-License-Identifier: MIT
#include "export/FrameRenderer.h"

#include <QPainter>
#include <exception>

namespace convlab {

FrameRenderer::FrameRenderer(const FrameSource& source, const AnimationOptions& options, int passes,
                             Progress progress)
    : m_source(source), m_size(options.size), m_scale(options.scale),
      m_pixelSize(options.pixelSize()), m_frameCount(source.frameCount()),
      m_total(passes * m_frameCount), m_progress(std::move(progress))
{
}

bool FrameRenderer::report()
{
    if (m_progress && !m_progress(m_done, m_total)) {
        m_cancelled = true;
        m_error = tr("The export was cancelled.");
        return false;
    }
    return true;
}

QImage FrameRenderer::render(int index)
{
    if (!report())
        return {};
    QImage frame;
    try {
        frame = m_source.frame(index, m_size, m_scale);
    } catch (const std::exception& problem) { // a view that cannot draw this frame says why
        m_error = tr("Frame %1 could not be drawn: %2")
                      .arg(index)
                      .arg(QString::fromLocal8Bit(problem.what()));
        return {};
    }
    if (frame.size() != m_pixelSize) {
        m_error = tr("Frame %1 is %2×%3 pixels instead of %4×%5.")
                      .arg(index)
                      .arg(frame.width())
                      .arg(frame.height())
                      .arg(m_pixelSize.width())
                      .arg(m_pixelSize.height());
        return {};
    }
    ++m_done;
    return frame;
}

QImage FrameRenderer::renderOpaque(int index)
{
    QImage frame = render(index);
    if (frame.isNull() || !frame.hasAlphaChannel())
        return frame.convertToFormat(QImage::Format_RGB32);
    QImage opaque(frame.size(), QImage::Format_RGB32);
    opaque.fill(Qt::white);
    frame.setDevicePixelRatio(1); // drawn pixel for pixel, whatever ratio the source set
    QPainter painter(&opaque);
    painter.drawImage(0, 0, frame);
    return opaque;
}

bool FrameRenderer::finish()
{
    return report();
}

} // namespace convlab
