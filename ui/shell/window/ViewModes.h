// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QPointer>
#include <QStackedWidget>

namespace convlab {

class StepThroughPanel;

// The window's centre: the views, or a page in their place: the step-through panel (View ▸ Step
// Through, F6) or another added with addPage (the learned filters, F7). The widgets that edit
// only what the views show (side panels, drawing tools) step aside while a page is shown, and
// those that were visible come back after.
class ViewModes final : public QStackedWidget {
    Q_OBJECT
  public:
    ViewModes(QWidget* views, StepThroughPanel* stepThrough, QWidget* parent = nullptr);

    // What steps aside while stepping through.
    void setAside(const QList<QWidget*>& widgets) { m_aside = widgets; }
    bool isSteppingThrough() const;
    void setSteppingThrough(bool on);
    void addPage(QWidget* page);
    // `page` in place of the views; nullptr: the views.
    void showPage(QWidget* page);

  private:
    QWidget* m_views;
    StepThroughPanel* m_stepThrough;
    QList<QWidget*> m_aside;
    QList<QPointer<QWidget>> m_hidden; // what was visible when the panel came
};

} // namespace convlab
