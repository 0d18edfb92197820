// SPDX-License-Identifier: MIT
#include "export/NotebookExport.h"

#include "export/LessonNotebook.h"
#include "lessons/LessonPanel.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QRegularExpression>

namespace convlab {

void NotebookExport::attach(QAction* action, LessonPanel* lessons, QWidget* window,
                            std::function<void(const Outcome&)> report)
{
    const auto update = [action, lessons] { action->setEnabled(lessons->hasLesson()); };
    QObject::connect(lessons, &LessonPanel::lessonChanged, action, update);
    update();
    QObject::connect(action, &QAction::triggered, window,
                     [lessons, window, report] { report(exportLesson(window, *lessons)); });
}

Outcome NotebookExport::exportLesson(QWidget* parent, const LessonPanel& lessons)
{
    const LessonScript* script = lessons.script();
    if (!script)
        return Outcome::remark(tr("Open a lesson first: a notebook is written from its steps."));
    const QString language = LocalizedText::uiLanguage();
    // "Find the 2" → find_the_2.ipynb
    QString name = script->title().in(language).toLower();
    name.replace(QRegularExpression(QStringLiteral("[^\\w]+")), QStringLiteral("_"));
    name = name.left(60).remove(QRegularExpression(QStringLiteral("^_+|_+$")));
    const QString path = QFileDialog::getSaveFileName(
        parent, tr("Export Notebook"),
        (name.isEmpty() ? QStringLiteral("lesson") : name) + QStringLiteral(".ipynb"),
        tr("Jupyter notebooks (*.ipynb)"));
    if (path.isEmpty())
        return Outcome::success();
    const QString target = path.endsWith(QLatin1String(".ipynb"), Qt::CaseInsensitive)
                               ? path
                               : path + QStringLiteral(".ipynb");
    QString error;
    if (!LessonNotebook::write(*script, language, target, &error))
        return Outcome::failure(tr("Export Notebook"), error);
    return Outcome::success(
        tr("Exported the notebook to %1, with its arrays in %2/")
            .arg(QDir::toNativeSeparators(target), LessonNotebook::folderFor(target)));
}

} // namespace convlab
