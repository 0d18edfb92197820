// SPDX-License-Identifier: MIT
#include "io/Autosave.h"

#include "document/Document.h"
#include "io/DocumentFile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace convlab {

namespace {

const QString kOriginKey = QStringLiteral("autosave_of"); // the document's own file, if any

QString lockPathFor(const QString& file)
{
    return file + QStringLiteral(".lock");
}

QString defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
           QStringLiteral("/autosave");
}

} // namespace

Autosave::Autosave(Document* document, QObject* parent, const QString& directory)
    : QObject(parent), m_document(document),
      m_dir(directory.isEmpty() ? defaultDirectory() : directory)
{
    m_dir.mkpath(QStringLiteral("."));
    m_sessionFile = m_dir.filePath(QStringLiteral("session-%1-%2.convlab")
                                       .arg(QCoreApplication::applicationPid())
                                       .arg(QDateTime::currentMSecsSinceEpoch()));
    m_lock = std::make_unique<QLockFile>(lockPathFor(m_sessionFile));
    m_lock->setStaleLockTime(0); // held for the whole session, however long
    m_lock->tryLock(0);
    m_dirty = document->isModified();

    const auto changed = [this] { m_dirty = true; };
    connect(document, &Document::imageChanged, this, changed);
    connect(document, &Document::patchChanged, this, changed);
    connect(document, &Document::parametersChanged, this, changed);
    connect(document, &Document::viewSettingsChanged, this, changed);
    connect(document, &Document::filePathChanged, this, changed);
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, &Autosave::onSaveFinished);
    connect(&m_timer, &QTimer::timeout, this, &Autosave::saveNow);
    m_timer.start(kDefaultInterval);
}

Autosave::~Autosave()
{
    waitForSave();
}

void Autosave::setInterval(std::chrono::milliseconds interval)
{
    m_timer.start(interval);
}

QStringList Autosave::recoverableFiles() const
{
    QFileInfoList found = m_dir.entryInfoList({QStringLiteral("*.convlab")}, QDir::Files);
    std::sort(found.begin(), found.end(), [](const QFileInfo& a, const QFileInfo& b) {
        return a.lastModified() > b.lastModified();
    });
    QStringList files;
    for (const QFileInfo& info : found) {
        const QString path = info.absoluteFilePath();
        if (path == QFileInfo(m_sessionFile).absoluteFilePath())
            continue;
        // A lock still held belongs to a ConvLab that is running; a stale one (its process
        // is gone) is taken over by tryLock.
        QLockFile lock(lockPathFor(path));
        lock.setStaleLockTime(0); // stale only when its process is gone, not when old
        if (lock.tryLock(0))
            files << path;
    }
    return files;
}

bool Autosave::hasRecoverableAutosave() const
{
    return !recoverableFiles().isEmpty();
}

bool Autosave::recover(QString* error)
{
    const QStringList files = recoverableFiles();
    if (files.isEmpty()) {
        if (error)
            *error = tr("There is no autosaved work to recover.");
        return false;
    }
    QFile file(files.first());
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read the autosaved work: %1").arg(file.errorString());
        return false;
    }
    const QByteArray bytes = file.readAll();
    file.close();
    QString problem;
    const std::optional<DocumentState> state = DocumentFile::parse(bytes, &problem);
    if (!state) {
        if (error)
            *error = tr("The autosaved work cannot be read: %1").arg(problem);
        return false;
    }
    const QString origin = QJsonDocument::fromJson(bytes).object().value(kOriginKey).toString();
    m_document->replaceAll(*state, origin);
    m_document->markUnsaved();
    QFile::remove(files.first());
    m_dirty = true;
    return true;
}

void Autosave::discard()
{
    for (const QString& path : recoverableFiles())
        QFile::remove(path);
}

void Autosave::saveNow()
{
    if (m_watcher.isRunning())
        return; // the next tick saves what changed meanwhile
    if (!m_document->isModified()) {
        QFile::remove(m_sessionFile); // nothing unsaved to protect
        return;
    }
    if (!m_dirty)
        return;
    m_dirty = false;
    // Only the copy is made on the GUI thread; encoding and writing run in the pool.
    m_watcher.setFuture(QtConcurrent::run(
        [path = m_sessionFile, origin = m_document->filePath(), state = m_document->snapshot()] {
            QJsonObject json = DocumentFile::toJson(state);
            if (!origin.isEmpty())
                json.insert(kOriginKey, origin);
            QString error;
            DocumentFile::saveJson(path, json, &error);
            return error;
        }));
}

void Autosave::onSaveFinished()
{
    const QString error = m_watcher.result();
    if (error.isEmpty()) {
        emit autosaved(m_sessionFile);
    } else {
        m_dirty = true; // try again at the next tick
        emit failed(error);
    }
}

void Autosave::closeCleanly()
{
    m_timer.stop();
    waitForSave();
    QFile::remove(m_sessionFile);
}

void Autosave::waitForSave()
{
    m_watcher.waitForFinished();
}

} // namespace convlab
