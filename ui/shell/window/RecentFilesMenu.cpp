// SPDX-License-Identifier: MIT
#include "window/RecentFilesMenu.h"

#include "io/RecentFiles.h"

#include <QEvent>
#include <QFileInfo>

namespace convlab {

RecentFilesMenu::RecentFilesMenu(RecentFiles* files, QWidget* parent)
    : QMenu(parent), m_files(files), m_none(new QAction(this))
{
    m_none->setEnabled(false);
    retranslate();
    setObjectName(QStringLiteral("recentMenu"));
    connect(this, &QMenu::aboutToShow, this, &RecentFilesMenu::rebuild);
    connect(files, &RecentFiles::changed, this, &RecentFilesMenu::rebuild);
    rebuild();
}

void RecentFilesMenu::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

void RecentFilesMenu::retranslate()
{
    setTitle(tr("Open &Recent"));
    m_none->setText(tr("(none yet)"));
}

void RecentFilesMenu::rebuild()
{
    for (QAction* action : actions())
        if (action != m_none) {
            removeAction(action);
            action->deleteLater(); // it may be the one whose signal is being delivered
        }
    removeAction(m_none);
    const QStringList files = m_files->files();
    for (const QString& file : files) {
        QAction* action = addAction(QFileInfo(file).fileName());
        action->setToolTip(file);
        connect(action, &QAction::triggered, this, [this, file] {
            if (QFileInfo::exists(file)) {
                emit fileChosen(file);
                return;
            }
            m_files->remove(file);
            emit fileMissing(tr("%1 no longer exists.").arg(file));
        });
    }
    if (files.isEmpty())
        addAction(m_none);
}

} // namespace convlab
