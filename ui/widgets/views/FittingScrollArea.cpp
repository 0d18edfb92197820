// SPDX-License-Identifier: MIT
#include "views/FittingScrollArea.h"

#include <QEvent>
#include <QScrollBar>

namespace convlab {

FittingScrollArea::FittingScrollArea(QWidget* panel, QWidget* parent) : QScrollArea(parent)
{
    setWidget(panel);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    panel->installEventFilter(this);
}

QSize FittingScrollArea::minimumSizeHint() const
{
    const QSize base = QScrollArea::minimumSizeHint();
    if (!widget())
        return base;
    const int width = widget()->minimumSizeHint().width() + 2 * frameWidth() +
                      verticalScrollBar()->sizeHint().width();
    return {std::max(base.width(), width), base.height()};
}

bool FittingScrollArea::eventFilter(QObject* watched, QEvent* event)
{
    // The panel's layout changed (new words, a font): the dock asks for the new width.
    if (watched == widget() && event->type() == QEvent::LayoutRequest)
        updateGeometry();
    return QScrollArea::eventFilter(watched, event);
}

} // namespace convlab
