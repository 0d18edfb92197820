// SPDX-License-Identifier: MIT
#include "theme/ThemedStyleSheet.h"

#include <QApplication>
#include <QEvent>
#include <QWidget>

namespace convlab {

ThemedStyleSheet::ThemedStyleSheet(QWidget* widget, Make make)
    : QObject(widget), m_widget(widget), m_make(std::move(make))
{
    widget->installEventFilter(this);
    refresh();
}

void ThemedStyleSheet::refresh()
{
    // The application's palette, not the widget's: a style sheet changes the latter.
    const QString sheet = m_make(QApplication::palette());
    if (sheet != m_widget->styleSheet()) // setting it sends the widget a palette change
        m_widget->setStyleSheet(sheet);
}

bool ThemedStyleSheet::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_widget && event->type() == QEvent::ApplicationPaletteChange)
        refresh();
    return false;
}

} // namespace convlab
