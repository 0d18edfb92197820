// SPDX-License-Identifier: MIT
#include "learn/ProbabilityBars.h"

#include "views/Palette.h"

#include <QEvent>
#include <QLocale>
#include <QPainter>
#include <algorithm>

namespace convlab {

namespace {

constexpr int kClasses = 10;

} // namespace

ProbabilityBars::ProbabilityBars(QWidget* parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void ProbabilityBars::setProbabilities(const std::vector<float>& probabilities)
{
    m_probabilities = probabilities;
    update();
}

int ProbabilityBars::predicted() const
{
    if (m_probabilities.empty())
        return -1;
    return static_cast<int>(std::max_element(m_probabilities.begin(), m_probabilities.end()) -
                            m_probabilities.begin());
}

QSize ProbabilityBars::sizeHint() const
{
    const int line = fontMetrics().height();
    return {line * 14, kClasses * (line + line / 4)};
}

QSize ProbabilityBars::minimumSizeHint() const
{
    const int line = fontMetrics().height();
    return {line * 8, kClasses * (line + line / 4)};
}

void ProbabilityBars::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LocaleChange || event->type() == QEvent::PaletteChange)
        update();
    QWidget::changeEvent(event);
}

void ProbabilityBars::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const QFontMetrics metrics = fontMetrics();
    const int line = metrics.height();
    const int row = line + line / 4;
    const QLocale locale;
    const int digitWidth = metrics.horizontalAdvance(QStringLiteral("0")) + line / 2;
    const int valueWidth =
        metrics.horizontalAdvance(locale.toString(100.0, 'f', 1) + QStringLiteral(" %")) + line / 2;
    const int barLeft = digitWidth;
    const int barWidth = std::max(1, width() - barLeft - valueWidth);
    const int best = predicted();
    const QColor text = palette().color(QPalette::WindowText);
    const QColor track = palette().color(QPalette::AlternateBase);
    const QColor bar = palette().color(QPalette::Mid);
    const QColor accent = palette().color(QPalette::Highlight);
    for (int digit = 0; digit < kClasses; ++digit) {
        const int top = digit * row;
        const QRect barRect(barLeft, top + line / 8, barWidth, line);
        painter.fillRect(barRect, track);
        QFont font = painter.font();
        font.setBold(digit == best);
        painter.setFont(font);
        painter.setPen(text);
        painter.drawText(QRect(0, top, digitWidth - line / 4, row),
                         Qt::AlignRight | Qt::AlignVCenter, QString::number(digit));
        if (digit >= static_cast<int>(m_probabilities.size()))
            continue;
        const double p = std::clamp(static_cast<double>(m_probabilities[digit]), 0.0, 1.0);
        painter.fillRect(QRectF(barRect.left(), barRect.top(), barWidth * p, barRect.height()),
                         digit == best ? accent : bar);
        painter.drawText(QRect(barLeft + barWidth + line / 4, top, valueWidth, row),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         locale.toString(100 * p, 'f', 1) + QStringLiteral(" %"));
    }
}

} // namespace convlab
