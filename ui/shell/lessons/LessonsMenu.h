// SPDX-License-Identifier: MIT
#pragma once

#include <QMenu>

namespace convlab {

class LessonPanel;

// Lessons ▸ 1 … 11 (the built-in lessons, titles in the UI language), then Previous step,
// Next step and Reset step acting on the lesson panel.
class LessonsMenu final : public QMenu {
    Q_OBJECT
  public:
    LessonsMenu(LessonPanel* panel, QWidget* parent = nullptr);

    QList<QAction*> lessonActions() const { return m_lessons; }

  signals:
    void lessonChosen(const QString& path);

  protected:
    void changeEvent(QEvent* event) override;

  private:
    void retranslate();
    void updateEnabled();

    LessonPanel* m_panel;
    QList<QAction*> m_lessons;
    QAction* m_previous;
    QAction* m_next;
    QAction* m_reset;
};

} // namespace convlab
