// SPDX-License-Identifier: MIT
#include "learn/ConfusionMatrix.h"

#include "views/Palette.h"

#include <QEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <algorithm>

namespace convlab {

namespace {

constexpr int kDigits = 10; // drawn empty before the first evaluation

// A tint light enough that the window's text stays readable on it in either look.
QColor tint(QColor color, double strength)
{
    color.setAlphaF(0.12 + 0.5 * std::clamp(strength, 0.0, 1.0));
    return color;
}

} // namespace

ConfusionMatrix::ConfusionMatrix(QWidget* parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void ConfusionMatrix::setCounts(const std::vector<std::vector<int>>& counts)
{
    m_counts = counts;
    m_selected.reset();
    updateGeometry();
    update();
}

int ConfusionMatrix::count(int label, int predicted) const
{
    if (label < 0 || label >= classes() || predicted < 0 ||
        predicted >= static_cast<int>(m_counts[static_cast<std::size_t>(label)].size()))
        return 0;
    return m_counts[static_cast<std::size_t>(label)][static_cast<std::size_t>(predicted)];
}

void ConfusionMatrix::setSelected(std::optional<Cell> cell)
{
    m_selected = cell;
    update();
}

int ConfusionMatrix::shownClasses() const
{
    return m_counts.empty() ? kDigits : classes();
}

int ConfusionMatrix::cellSize() const
{
    const QFontMetrics metrics = fontMetrics();
    // Room for a three-digit count: the held-out set has 100 digits of each class.
    return std::max(metrics.height() * 3 / 2,
                    metrics.horizontalAdvance(QStringLiteral("000")) + metrics.height() / 2);
}

QPoint ConfusionMatrix::origin() const
{
    // Two lines above (the axis title and the digits read), the true digits on the left
    // after the title's column and a gap.
    const int line = fontMetrics().height();
    return {line * 2 + line / 2, line * 2};
}

QRect ConfusionMatrix::cellRect(int label, int predicted) const
{
    const int size = cellSize();
    return {origin().x() + predicted * size, origin().y() + label * size, size, size};
}

std::optional<ConfusionMatrix::Cell> ConfusionMatrix::cellAt(const QPoint& position) const
{
    const int size = cellSize();
    const QPoint p = position - origin();
    if (p.x() < 0 || p.y() < 0)
        return std::nullopt;
    const int predicted = p.x() / size;
    const int label = p.y() / size;
    if (label >= shownClasses() || predicted >= shownClasses())
        return std::nullopt;
    return Cell{label, predicted};
}

QSize ConfusionMatrix::sizeHint() const
{
    const int side = shownClasses() * cellSize();
    return {origin().x() + side + 2, origin().y() + side + 2};
}

QSize ConfusionMatrix::minimumSizeHint() const
{
    return sizeHint();
}

void ConfusionMatrix::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const QPalette& pal = palette();
    const QColor text = pal.color(QPalette::WindowText);
    const QColor right = palette::successText(pal);
    const QColor wrong = palette::errorText(pal);
    const QFontMetrics metrics = fontMetrics();
    const int line = metrics.height();
    const int n = shownClasses();
    const int size = cellSize();
    const QPoint o = origin();
    const double stroke = palette::strokeScale(*this);

    painter.setPen(text);
    painter.drawText(QRect(o.x(), 0, n * size, line), Qt::AlignCenter, tr("read as"));
    painter.save();
    painter.translate(0, o.y() + n * size);
    painter.rotate(-90);
    painter.drawText(QRect(0, 0, n * size, line), Qt::AlignCenter, tr("true digit"));
    painter.restore();
    for (int d = 0; d < n; ++d) {
        painter.drawText(QRect(o.x() + d * size, line, size, line), Qt::AlignCenter,
                         QString::number(d));
        painter.drawText(QRect(line + line / 2, o.y() + d * size, line, size), Qt::AlignCenter,
                         QString::number(d));
    }

    // Each kind on its own scale: the diagonal's ~100 would wash out the errors' few.
    int mostRight = 1;
    int mostWrong = 1;
    for (int l = 0; l < classes(); ++l)
        for (int p = 0; p < classes(); ++p) {
            int& most = l == p ? mostRight : mostWrong;
            most = std::max(most, count(l, p));
        }

    const QLocale locale;
    painter.setPen(QPen(pal.color(QPalette::Mid), 1));
    for (int l = 0; l < n; ++l)
        for (int p = 0; p < n; ++p) {
            const QRect rect = cellRect(l, p);
            const int c = count(l, p);
            painter.fillRect(rect, pal.color(QPalette::Base));
            if (c > 0)
                painter.fillRect(rect, l == p ? tint(right, double(c) / mostRight)
                                              : tint(wrong, double(c) / mostWrong));
            painter.drawRect(rect);
        }
    for (int l = 0; l < classes(); ++l)
        for (int p = 0; p < classes(); ++p) {
            const int c = count(l, p);
            if (c == 0)
                continue;
            QFont font = painter.font();
            font.setBold(l != p);
            painter.setFont(font);
            painter.setPen(text);
            painter.drawText(cellRect(l, p), Qt::AlignCenter, locale.toString(c));
        }
    // The diagonal outlined too, so that it reads as the right answers even where it is pale.
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(right, stroke));
    for (int d = 0; d < n; ++d)
        painter.drawRect(QRectF(cellRect(d, d)).adjusted(stroke, stroke, -stroke, -stroke));
    if (m_selected) {
        const double width = 2.5 * stroke;
        painter.setPen(QPen(palette::selection(), width));
        painter.drawRect(QRectF(cellRect(m_selected->label, m_selected->predicted))
                             .adjusted(width / 2, width / 2, -width / 2, -width / 2));
    }
}

void ConfusionMatrix::mousePressEvent(QMouseEvent* event)
{
    const std::optional<Cell> cell = cellAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && cell && !isEmpty())
        emit cellClicked(cell->label, cell->predicted);
    QWidget::mousePressEvent(event);
}

void ConfusionMatrix::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange ||
        event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        updateGeometry();
        update();
    }
    QWidget::changeEvent(event);
}

} // namespace convlab
