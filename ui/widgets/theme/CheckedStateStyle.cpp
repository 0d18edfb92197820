// SPDX-License-Identifier: MIT
#include "theme/CheckedStateStyle.h"

#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>

namespace convlab {

namespace {

QColor mix(const QColor& a, const QColor& b, double t)
{
    return QColor::fromRgbF(static_cast<float>(a.redF() + (b.redF() - a.redF()) * t),
                            static_cast<float>(a.greenF() + (b.greenF() - a.greenF()) * t),
                            static_cast<float>(a.blueF() + (b.blueF() - a.blueF()) * t));
}

bool isDarkLook(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

} // namespace

CheckedStateStyle::CheckedStateStyle()
    : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
{
}

QColor CheckedStateStyle::checkedFill(const QPalette& palette)
{
    // Enough of the highlight to be seen at a glance, little enough for the button's text
    // (ButtonText) to stay readable on it.
    return mix(palette.color(QPalette::Button), palette.color(QPalette::Highlight),
               isDarkLook(palette) ? 0.8 : 0.3);
}

QColor CheckedStateStyle::checkedFrame(const QPalette& palette)
{
    const QColor highlight = palette.color(QPalette::Highlight);
    return isDarkLook(palette) ? highlight.lighter(150) : highlight;
}

void CheckedStateStyle::drawPrimitive(PrimitiveElement element, const QStyleOption* option,
                                      QPainter* painter, const QWidget* widget) const
{
    const bool panel = element == PE_PanelButtonTool || element == PE_PanelButtonCommand;
    if (!panel || !(option->state & State_On) || !(option->state & State_Enabled)) {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        return;
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    const QRectF box = QRectF(option->rect).adjusted(1, 1, -1, -1);
    painter->setPen(QPen(checkedFrame(option->palette), 1.5));
    painter->setBrush(checkedFill(option->palette));
    painter->drawRoundedRect(box, 2.5, 2.5);
    painter->restore();
}

} // namespace convlab
