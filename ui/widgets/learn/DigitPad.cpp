// SPDX-License-Identifier: MIT
#include "learn/DigitPad.h"

#include "image/ImageConversion.h"
#include "views/Palette.h"

#include <QMouseEvent>
#include <QPainter>
#include <algorithm>
#include <opencv2/imgproc.hpp>

namespace convlab {

DigitPad::DigitPad(QWidget* parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    setCursor(Qt::CrossCursor);
    clear();
}

bool DigitPad::isBlank() const
{
    double high = 0;
    cv::minMaxLoc(m_image, nullptr, &high);
    return high <= 0;
}

void DigitPad::setDigit(const cv::Mat& digit)
{
    CV_Assert(digit.type() == CV_32FC1);
    m_image = digit.clone();
    m_drawing = false;
    update();
    emit changed();
}

void DigitPad::clear()
{
    m_image = cv::Mat::zeros(kSide, kSide, CV_32FC1);
    m_drawing = false;
    update();
    emit changed();
}

QSize DigitPad::sizeHint() const
{
    const int line = fontMetrics().height();
    return {line * 12, line * 12};
}

QSize DigitPad::minimumSizeHint() const
{
    const int line = fontMetrics().height();
    return {line * 7, line * 7};
}

QRect DigitPad::padRect() const
{
    const int side = std::min(width(), height());
    return {(width() - side) / 2, (height() - side) / 2, side, side};
}

QPointF DigitPad::toPad(const QPointF& position) const
{
    const QRect pad = padRect();
    return {(position.x() - pad.left()) * kSide / pad.width(),
            (position.y() - pad.top()) * kSide / pad.height()};
}

void DigitPad::strokeTo(const QPointF& point)
{
    if (m_image.rows != kSide) // a digit of the sheet: drawing starts a digit of one's own
        m_image = cv::Mat::zeros(kSide, kSide, CV_32FC1);
    // Anti-aliased thick line at 1/16 pixel precision.
    constexpr int kShift = 4;
    const auto fixed = [](const QPointF& p) {
        return cv::Point(static_cast<int>(p.x() * (1 << kShift)),
                         static_cast<int>(p.y() * (1 << kShift)));
    };
    cv::line(m_image, fixed(m_last), fixed(point), cv::Scalar(1.0), static_cast<int>(kPenWidth),
             cv::LINE_AA, kShift);
    m_last = point;
    update();
    emit changed();
}

void DigitPad::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::RightButton) {
        clear();
        return;
    }
    if (event->button() != Qt::LeftButton)
        return;
    m_drawing = true;
    m_last = toPad(event->position());
    strokeTo(m_last);
}

void DigitPad::mouseMoveEvent(QMouseEvent* event)
{
    if (m_drawing)
        strokeTo(toPad(event->position()));
}

void DigitPad::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton)
        m_drawing = false;
}

void DigitPad::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const QRect pad = padRect();
    // A picked digit shows its 20×20 pixels as squares; a drawing is smooth.
    painter.setRenderHint(QPainter::SmoothPixmapTransform, m_image.rows == kSide);
    painter.drawImage(pad, grayImage(m_image));
    painter.setPen(QPen(palette().color(QPalette::Mid), palette::strokeScale(*this)));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRectF(pad).adjusted(0.5, 0.5, -0.5, -0.5));
}

} // namespace convlab
