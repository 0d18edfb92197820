// SPDX-License-Identifier: MIT
#include "views/StatusText.h"

#include <QEvent>
#include <QPainter>
#include <algorithm>

namespace convlab {

StatusText::StatusText(QWidget* parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void StatusText::setText(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    update();
}

void StatusText::setWidthSamples(const QStringList& samples)
{
    m_samples = samples;
    updateGeometry();
}

int StatusText::margin() const
{
    return fontMetrics().averageCharWidth() / 2;
}

QSize StatusText::sizeHint() const
{
    const QFontMetrics metrics = fontMetrics();
    int width = 0;
    for (const QString& sample : m_samples)
        width = std::max(width, metrics.horizontalAdvance(sample));
    return {width + 2 * margin(), metrics.height()};
}

QSize StatusText::minimumSizeHint() const
{
    // Never what makes the window wider: in a narrow one the text is elided.
    return {0, fontMetrics().height()};
}

void StatusText::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setPen(palette().color(QPalette::WindowText));
    const QRect area = rect().adjusted(margin(), 0, -margin(), 0);
    painter.drawText(area, Qt::AlignLeft | Qt::AlignVCenter,
                     fontMetrics().elidedText(m_text, Qt::ElideRight, area.width()));
}

void StatusText::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateGeometry();
}

} // namespace convlab
