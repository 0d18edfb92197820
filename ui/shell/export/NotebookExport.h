// SPDX-License-Identifier: MIT
#pragma once

#include "session/Outcome.h"

#include <QCoreApplication>
#include <functional>

class QAction;
class QWidget;

namespace convlab {

class LessonPanel;

// File ▸ Export ▸ Notebook…: the open lesson as a Jupyter notebook that checks its claims when
// run (LessonNotebook, as `convlab notebook` writes it), in the interface language.
class NotebookExport final {
    Q_DECLARE_TR_FUNCTIONS(NotebookExport)
  public:
    // `action` enabled while `lessons` holds a lesson; triggered, it asks where and writes,
    // handing the outcome to `report`.
    static void attach(QAction* action, LessonPanel* lessons, QWidget* window,
                       std::function<void(const Outcome&)> report);
    // Asks where, then writes; a cancelled choice is a success with nothing to say.
    static Outcome exportLesson(QWidget* parent, const LessonPanel& lessons);
};

} // namespace convlab
