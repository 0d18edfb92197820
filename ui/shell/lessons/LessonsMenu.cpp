// SPDX-License-Identifier: MIT
#include "lessons/LessonsMenu.h"

#include "lessons/LessonCatalog.h"
#include "lessons/LessonPanel.h"

#include <QEvent>
#include <QSet>

namespace convlab {

LessonsMenu::LessonsMenu(LessonPanel* panel, QWidget* parent)
    : QMenu(parent), m_panel(panel), m_previous(new QAction(this)), m_next(new QAction(this)),
      m_reset(new QAction(this))
{
    setObjectName(QStringLiteral("lessonsMenu"));
    const QList<LessonCatalog::Entry> entries = LessonCatalog::builtIn();
    for (int i = 0; i < entries.size(); ++i) {
        auto* action = addAction(QString());
        action->setObjectName(QStringLiteral("actionLesson%1").arg(i + 1));
        action->setData(entries[i].path);
        connect(action, &QAction::triggered, this,
                [this, path = entries[i].path] { emit lessonChosen(path); });
        m_lessons.append(action);
    }
    addSeparator();
    m_previous->setObjectName(QStringLiteral("actionLessonPrevious"));
    m_previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_PageUp));
    m_next->setObjectName(QStringLiteral("actionLessonNext"));
    m_next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_PageDown));
    m_reset->setObjectName(QStringLiteral("actionLessonReset"));
    m_reset->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Home));
    for (QAction* action : {m_previous, m_next, m_reset}) {
        action->setShortcutContext(Qt::WindowShortcut);
        addAction(action);
        if (parent)
            parent->addAction(action); // shortcuts work while the menu is closed
    }
    connect(m_previous, &QAction::triggered, m_panel, &LessonPanel::previous);
    connect(m_next, &QAction::triggered, m_panel, &LessonPanel::next);
    connect(m_reset, &QAction::triggered, m_panel, &LessonPanel::reset);
    connect(m_panel, &LessonPanel::stepChanged, this, &LessonsMenu::updateEnabled);
    connect(m_panel, &LessonPanel::lessonChanged, this, &LessonsMenu::updateEnabled);
    retranslate();
    updateEnabled();
}

namespace {

// The letter after the '&' of an entry's text, lower case; null if none.
QChar mnemonicOf(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] != QLatin1Char('&'))
            return text[i + 1].toLower();
        ++i; // "&&", a literal ampersand
    }
    return {};
}

// "1. Title" with its number as the mnemonic: Alt+1 … Alt+9, then Alt+0 for the tenth, in the
// order of a keyboard's number row (a leading "&1" on both 1 and 10 would share Alt+1); past
// the number row, the first initial of the title's words that no entry of the menu has taken
// (`used`: the step entries', then the lessons' before it), else its first free letter
// (lesson 11: F, in French D; lesson 12: B, in French A — "Retour aux pixels" cannot take the R
// of "Réinitialiser l'étape" nor the P of "Étape précédente").
QString numberedEntry(int index, QString title, QSet<QChar>& used)
{
    title.replace(QLatin1Char('&'), QStringLiteral("&&"));
    const QString number = QString::number(index + 1);
    const QString prefix = number + QLatin1Char('.');
    if (title.startsWith(prefix))
        title = title.mid(prefix.size()).trimmed();
    if (index < 9)
        return QStringLiteral("&%1. %2").arg(number, title);
    if (index == 9)
        return QStringLiteral("1&0. %1").arg(title);
    const auto free = [&](qsizetype i) {
        return title[i].isLetter() && !used.contains(title[i].toLower());
    };
    qsizetype at = -1;
    for (qsizetype i = 0; i < title.size() && at < 0; ++i)
        if ((i == 0 || title[i - 1].isSpace()) && free(i))
            at = i;
    for (qsizetype i = 0; i < title.size() && at < 0; ++i)
        if (free(i))
            at = i;
    if (at < 0) // every letter taken: no mnemonic rather than a shared one
        return QStringLiteral("%1. %2").arg(number, title);
    used.insert(title[at].toLower());
    return QStringLiteral("%1. %2&%3").arg(number, title.left(at), title.mid(at));
}

} // namespace

void LessonsMenu::retranslate()
{
    setTitle(tr("&Lessons"));
    m_previous->setText(tr("&Previous Step"));
    m_next->setText(tr("&Next Step"));
    m_reset->setText(tr("&Reset Step"));
    QSet<QChar> used;
    for (const QAction* step : {m_previous, m_next, m_reset})
        used.insert(mnemonicOf(step->text()));
    const QList<LessonCatalog::Entry> entries = LessonCatalog::builtIn();
    for (int i = 0; i < m_lessons.size() && i < entries.size(); ++i)
        m_lessons[i]->setText(numberedEntry(i, entries[i].title.current(), used));
}

void LessonsMenu::updateEnabled()
{
    const int index = m_panel->currentStep();
    m_previous->setEnabled(m_panel->hasLesson() && index > 0);
    m_next->setEnabled(m_panel->hasLesson() && index + 1 < m_panel->stepCount());
    m_reset->setEnabled(m_panel->hasLesson());
}

void LessonsMenu::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        retranslate();
    QMenu::changeEvent(event);
}

} // namespace convlab
