// SPDX-License-Identifier: MIT
#pragma once

#include <QMenu>

namespace convlab {

class RecentFiles;

// File ▸ Open Recent: the session's recent files by name (the full path as tool tip), or
// "(none yet)". A file that no longer exists is taken off the list when chosen.
class RecentFilesMenu final : public QMenu {
    Q_OBJECT
  public:
    explicit RecentFilesMenu(RecentFiles* files, QWidget* parent = nullptr);

  signals:
    void fileChosen(const QString& path);
    // The file chosen is gone (and off the list now); the message says so.
    void fileMissing(const QString& message);

  protected:
    void changeEvent(QEvent* event) override;

  private:
    void retranslate();
    void rebuild();

    RecentFiles* m_files;
    QAction* m_none; // "(none yet)"
};

} // namespace convlab
