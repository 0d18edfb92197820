// SPDX-License-Identifier: MIT
#include "window/ViewModes.h"

#include "stepper/StepThroughPanel.h"

namespace convlab {

ViewModes::ViewModes(QWidget* views, StepThroughPanel* stepThrough, QWidget* parent)
    : QStackedWidget(parent), m_views(views), m_stepThrough(stepThrough)
{
    setObjectName(QStringLiteral("modes"));
    addWidget(views);
    addWidget(stepThrough);
    // The page not shown must not widen the window: an ignored size policy keeps its minimum
    // size out of the stack's.
    const auto sizeByShownPage = [this](int shown) {
        for (int i = 0; i < count(); ++i)
            widget(i)->setSizePolicy(i == shown ? QSizePolicy::Preferred : QSizePolicy::Ignored,
                                     i == shown ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    };
    connect(this, &QStackedWidget::currentChanged, this, sizeByShownPage);
    sizeByShownPage(currentIndex());
}

bool ViewModes::isSteppingThrough() const
{
    return currentWidget() == m_stepThrough;
}

void ViewModes::setSteppingThrough(bool on)
{
    if (on != isSteppingThrough())
        showPage(on ? m_stepThrough : nullptr);
}

void ViewModes::addPage(QWidget* page)
{
    addWidget(page);
    page->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
}

void ViewModes::showPage(QWidget* page)
{
    QWidget* shown = page ? page : m_views;
    if (shown == currentWidget())
        return;
    if (currentWidget() == m_views) {
        for (QWidget* widget : std::as_const(m_aside))
            if (widget->isVisible()) {
                m_hidden << widget;
                widget->hide();
            }
    }
    setCurrentWidget(shown);
    if (shown != m_views) {
        shown->setFocus();
        return;
    }
    for (const QPointer<QWidget>& widget : std::as_const(m_hidden))
        if (widget)
            widget->show();
    m_hidden.clear();
}

} // namespace convlab
