// SPDX-License-Identifier: MIT
#include "learn/TrainingCurves.h"

#include "learn/Trainer.h"
#include "theme/Theme.h"
#include "views/Palette.h"

#include <QEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace convlab {

namespace {

// Distinct in both looks and for the common colour blindnesses (Okabe–Ito).
QColor lossColor(bool dark)
{
    return dark ? QColor(0xE6, 0x9F, 0x00) : QColor(0xD5, 0x5E, 0x00);
}
QColor trainColor(bool dark)
{
    return dark ? QColor(0x56, 0xB4, 0xE9) : QColor(0x00, 0x72, 0xB2);
}
QColor heldOutColor(bool dark)
{
    return dark ? QColor(0x5F, 0xD0, 0x9F) : QColor(0x00, 0x9E, 0x73);
}

} // namespace

TrainingCurves::TrainingCurves(QWidget* parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void TrainingCurves::clear(int epochs)
{
    m_epochs = std::max(1, epochs);
    m_loss.clear();
    m_train.clear();
    m_heldOut.clear();
    update();
}

void TrainingCurves::add(const TrainingProgress& p)
{
    if (p.batches <= 0 || p.batch <= 0)
        return;
    m_epochs = std::max(1, p.epochs);
    const double x = p.epoch - 1 + static_cast<double>(p.batch) / p.batches;
    // A point again (the last one, repeated when a run pauses or ends) replaces itself.
    const auto put = [](QVector<QPointF>& series, QPointF point) {
        if (!series.isEmpty() && series.back().x() >= point.x())
            series.back() = point;
        else
            series << point;
    };
    // The first batches of an epoch are a mean over few digits: noisy, so left out.
    if (p.epochEnd || p.batch * 8 >= p.batches) {
        put(m_loss, {x, p.loss});
        put(m_train, {x, 100 * p.trainAccuracy});
    }
    if (p.epochEnd && p.heldOutAccuracy)
        put(m_heldOut, {static_cast<double>(p.epoch), 100 * *p.heldOutAccuracy});
    update();
}

QSize TrainingCurves::sizeHint() const
{
    const int line = fontMetrics().height();
    return {line * 22, line * 16};
}

QSize TrainingCurves::minimumSizeHint() const
{
    const int line = fontMetrics().height();
    return {line * 12, line * 11};
}

void TrainingCurves::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange ||
        event->type() == QEvent::PaletteChange)
        update();
    QWidget::changeEvent(event);
}

void TrainingCurves::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const bool dark = Theme::isDark(palette());
    const int line = fontMetrics().height();
    const QRect all = rect().adjusted(0, 0, -1, -1);
    const int half = all.height() / 2;
    double highLoss = 0.5;
    for (const QPointF& p : std::as_const(m_loss))
        highLoss = std::max(highLoss, p.y());
    highLoss = std::ceil(highLoss * 2) / 2;
    paintPlot(painter, QRect(all.left(), all.top(), all.width(), half - line / 2), tr("Loss"), 0,
              highLoss, {{&m_loss, lossColor(dark), tr("training loss"), false, 3}});
    // Accuracy from the worst of what was seen after the first epoch (its first batches guess),
    // so that 95 % and 98 % look apart.
    double low = 100;
    for (const QVector<QPointF>* series : {&m_train, &m_heldOut})
        for (const QPointF& p : *series)
            if (p.x() >= 1 || m_heldOut.isEmpty())
                low = std::min(low, p.y());
    low = std::clamp(std::floor(low / 5) * 5 - 5, 0.0, 90.0);
    paintPlot(painter, QRect(all.left(), all.top() + half, all.width(), all.height() - half),
              tr("Accuracy (%)"), low, 100,
              {{&m_train, trainColor(dark), tr("train"), false, 1},
               {&m_heldOut, heldOutColor(dark), tr("held out"), true, 1}});
}

void TrainingCurves::paintPlot(QPainter& painter, const QRect& area, const QString& title,
                               double low, double high, const QList<Series>& series) const
{
    const QFontMetrics metrics = fontMetrics();
    const int line = metrics.height();
    const QColor text = palette().color(QPalette::WindowText);
    const QColor faint = palette().color(QPalette::PlaceholderText);
    const double stroke = palette::strokeScale(*this);
    const QLocale locale;
    const auto label = [&](double v) { return locale.toString(v, 'g', 3); };
    const int axisWidth =
        std::max(metrics.horizontalAdvance(label(high)), metrics.horizontalAdvance(label(low))) +
        line / 2;
    const QRect plot(area.left() + axisWidth, area.top() + line + line / 4,
                     area.width() - axisWidth - line / 2, area.height() - 2 * line - line / 2);
    if (plot.width() < 10 || plot.height() < 10)
        return;

    // Title on the left, the legend after it.
    painter.setPen(text);
    painter.drawText(QPoint(area.left(), area.top() + metrics.ascent()), title);
    int x = area.left() + metrics.horizontalAdvance(title) + line;
    for (const Series& s : series) {
        painter.setPen(QPen(s.color, 2.5 * stroke));
        const int y = area.top() + line / 2;
        painter.drawLine(QPointF(x, y), QPointF(x + line, y));
        painter.setPen(text);
        // The last value beside the name.
        const QString name =
            s.points->isEmpty()
                ? s.name
                : QStringLiteral("%1 %2").arg(
                      s.name, locale.toString(s.points->back().y(), 'f', s.decimals));
        painter.drawText(QPoint(x + line + line / 4, area.top() + metrics.ascent()), name);
        x += line + line / 4 + metrics.horizontalAdvance(name) + line;
    }

    const auto toScreen = [&](QPointF p) {
        return QPointF(plot.left() + plot.width() * p.x() / m_epochs,
                       plot.bottom() - plot.height() * (p.y() - low) / (high - low));
    };
    // Axes: the value range on the left, the epochs below.
    painter.setPen(QPen(faint, stroke));
    painter.drawRect(plot);
    painter.setPen(text);
    painter.drawText(QRect(area.left(), plot.top() - line / 2, axisWidth - line / 4, line),
                     Qt::AlignRight | Qt::AlignVCenter, label(high));
    painter.drawText(QRect(area.left(), plot.bottom() - line / 2, axisWidth - line / 4, line),
                     Qt::AlignRight | Qt::AlignVCenter, label(low));
    const int step = std::max(1, m_epochs / std::max(1, plot.width() / (3 * line)));
    for (int e = 0; e <= m_epochs; e += step) {
        const QPointF at = toScreen({static_cast<double>(e), low});
        painter.setPen(QPen(faint, stroke));
        painter.drawLine(at, at + QPointF(0, line / 4.0));
        painter.setPen(text);
        painter.drawText(QRectF(at.x() - line * 2, at.y() + line / 4.0, line * 4, line),
                         Qt::AlignHCenter | Qt::AlignTop, QString::number(e));
    }
    const QString epochs = tr("epoch");
    painter.setPen(faint);
    painter.drawText(QRect(plot.right() - metrics.horizontalAdvance(epochs),
                           plot.bottom() + line / 4, metrics.horizontalAdvance(epochs) + 1, line),
                     Qt::AlignRight | Qt::AlignTop, epochs);

    painter.save();
    painter.setClipRect(plot.adjusted(-line / 2, -line / 2, line / 2, line / 2));
    for (const Series& s : series) {
        if (s.points->isEmpty())
            continue;
        QPainterPath path;
        path.moveTo(toScreen(s.points->front()));
        for (const QPointF& p : *s.points)
            path.lineTo(toScreen(p));
        painter.setPen(QPen(s.color, 2 * stroke, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
        if (s.dots) {
            painter.setBrush(s.color);
            for (const QPointF& p : *s.points)
                painter.drawEllipse(toScreen(p), 3 * stroke, 3 * stroke);
        }
    }
    painter.restore();
}

} // namespace convlab
