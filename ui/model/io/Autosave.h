// SPDX-License-Identifier: MIT
#pragma once

#include <QDir>
#include <QFutureWatcher>
#include <QLockFile>
#include <QObject>
#include <QTimer>
#include <chrono>
#include <memory>

namespace convlab {

class Document;

// Saves a modified document every 30 s to its own session file under AppLocalDataLocation, off
// the GUI thread and atomically. Each running ConvLab holds a lock on its session file, so a
// file whose lock is free was left by a session that crashed: that is what is offered back.
// A clean close removes the session file.
class Autosave final : public QObject {
    Q_OBJECT
  public:
    static constexpr std::chrono::seconds kDefaultInterval{30};

    // `directory` defaults to QStandardPaths::AppLocalDataLocation + "/autosave".
    explicit Autosave(Document* document, QObject* parent = nullptr, const QString& directory = {});
    ~Autosave() override; // keeps the session file (a crash keeps it too); releases the lock

    void setInterval(std::chrono::milliseconds interval);
    QString sessionFile() const { return m_sessionFile; }

    // Work left by a session that did not close cleanly.
    bool hasRecoverableAutosave() const;
    // Loads the newest such work into the document (modified, with its original file path) and
    // removes that file; false with `error` set if it cannot be read (the document is untouched).
    bool recover(QString* error);
    // Removes every recoverable file.
    void discard();

    // Saves now if the document changed since the last autosave. Asynchronous: autosaved() or
    // failed() follows.
    void saveNow();
    // The window closes without unsaved work: no autosave is kept.
    void closeCleanly();
    // Blocks until a running save has finished (tests, shutdown).
    void waitForSave();

  signals:
    void autosaved(const QString& path);
    void failed(const QString& message);

  private:
    QStringList recoverableFiles() const; // newest first
    void onSaveFinished();

    Document* m_document;
    QDir m_dir;
    QString m_sessionFile;
    std::unique_ptr<QLockFile> m_lock;
    QTimer m_timer;
    QFutureWatcher<QString> m_watcher; // result: error message, empty on success
    bool m_dirty = false;              // changed since the last autosave
};

} // namespace convlab
