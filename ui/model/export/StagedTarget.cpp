// SPDX-License-Identifier: MIT
#include "export/StagedTarget.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <cerrno>
#include <csignal>
#include <filesystem>
#include <system_error>

namespace convlab {

namespace {

namespace fs = std::filesystem;

constexpr int kNameAttempts = 32;
constexpr QDir::Filters kEveryEntry =
    QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System;

fs::path fsPath(const QString& path)
{
    return fs::path(QFile::encodeName(path).toStdString());
}

QString reason(const std::error_code& code)
{
    return QString::fromLocal8Bit(code.message());
}

QString randomTag()
{
    static constexpr char kAlphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QString tag;
    for (int i = 0; i < 8; ++i)
        tag += QLatin1Char(kAlphabet[QRandomGenerator::global()->bounded(36)]);
    return tag;
}

// A hidden name beside `target`: ".name.PID-tag.part.suffix". The process id tells a later
// run whether the part is still being written or was left by a process that died (killed
// before its destructor could remove it).
QString besideName(const QFileInfo& target, const QString& role, const QString& suffix)
{
    QString name = QLatin1Char('.') + target.fileName() + QLatin1Char('.') +
                   QString::number(QCoreApplication::applicationPid()) + QLatin1Char('-') +
                   randomTag() + QLatin1Char('.') + role;
    if (!suffix.isEmpty())
        name += QLatin1Char('.') + suffix;
    return target.dir().filePath(name);
}

bool processIsAlive(qint64 pid)
{
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
}

// Removes the parts beside `target` that a process no longer running left behind.
void removeStaleParts(const QFileInfo& target)
{
    const QRegularExpression part(QStringLiteral("^\\.%1\\.(\\d+)-[a-z0-9]{8}\\.part(\\..*)?$")
                                      .arg(QRegularExpression::escape(target.fileName())));
    for (const QFileInfo& entry : target.dir().entryInfoList(kEveryEntry)) {
        const QRegularExpressionMatch match = part.match(entry.fileName());
        if (!match.hasMatch() || processIsAlive(match.captured(1).toLongLong()))
            continue;
        std::error_code ignored; // a part that cannot be removed stays for the next run
        fs::remove_all(fsPath(entry.filePath()), ignored);
    }
}

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

StagedTarget::StagedTarget(QString target, QString staging, Kind kind,
                           QRegularExpression replaceable)
    : m_target(std::move(target)), m_staging(std::move(staging)), m_kind(kind),
      m_replaceable(std::move(replaceable))
{
}

std::unique_ptr<StagedTarget> StagedTarget::create(const QString& target, Kind kind,
                                                   const QString& suffix,
                                                   const QRegularExpression& replaceableEntries,
                                                   QString* error)
{
    const QFileInfo info(QFileInfo(target).absoluteFilePath());
    const QString shown = native(info.filePath());
    if (!info.dir().exists()) {
        *error = tr("Cannot write “%1”: the folder “%2” does not exist.")
                     .arg(shown, native(info.dir().path()));
        return nullptr;
    }
    if (kind == Kind::File && info.isDir()) {
        *error = tr("Cannot write “%1”: it is a folder.").arg(shown);
        return nullptr;
    }
    if (kind == Kind::Folder && info.exists() && !info.isDir()) {
        *error = tr("Cannot write “%1”: it is a file, not a folder.").arg(shown);
        return nullptr;
    }
    std::unique_ptr<StagedTarget> staged(
        new StagedTarget(info.filePath(), QString(), kind, replaceableEntries));
    if (kind == Kind::Folder && info.exists() && !staged->folderIsReplaceable(info.filePath())) {
        *error = tr("Cannot write “%1”: the folder holds files that are not frames of an "
                    "earlier export; choose an empty or a new folder.")
                     .arg(shown);
        return nullptr;
    }

    removeStaleParts(info);
    for (int attempt = 0; attempt < kNameAttempts; ++attempt) {
        const QString candidate = besideName(info, QStringLiteral("part"), suffix);
        if (kind == Kind::File) {
            QFile file(candidate);
            // NewOnly: the name is ours alone; the permissions follow the umask like any file.
            if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
                staged->m_staging = candidate;
                return staged;
            }
            if (!QFileInfo::exists(candidate)) {
                *error = tr("Cannot write “%1”: %2").arg(shown, file.errorString());
                return nullptr;
            }
        } else {
            std::error_code code;
            if (fs::create_directory(fsPath(candidate), code)) {
                staged->m_staging = candidate;
                return staged;
            }
            if (code) {
                *error = tr("Cannot write “%1”: %2").arg(shown, reason(code));
                return nullptr;
            }
        }
    }
    *error = tr("Cannot write “%1”: no free temporary name beside it.").arg(shown);
    return nullptr;
}

StagedTarget::~StagedTarget()
{
    if (m_committed || m_staging.isEmpty())
        return;
    std::error_code ignored; // nothing better to do with a failure while giving up
    fs::remove_all(fsPath(m_staging), ignored);
}

bool StagedTarget::commit(QString* error)
{
    if (m_kind == Kind::Folder)
        return commitFolder(error);
    std::error_code code;
    fs::rename(fsPath(m_staging), fsPath(m_target), code); // atomically replaces the target
    if (code) {
        *error = tr("Cannot write “%1”: %2").arg(native(m_target), reason(code));
        return false;
    }
    m_committed = true;
    return true;
}

bool StagedTarget::commitFolder(QString* error)
{
    const QString shown = native(m_target);
    const QFileInfo target(m_target);
    const bool replacing = target.exists() && !QDir(m_target).isEmpty(kEveryEntry);
    std::error_code code;
    if (!replacing) { // absent or an empty folder, which rename() replaces
        fs::rename(fsPath(m_staging), fsPath(m_target), code);
        if (code) {
            *error = tr("Cannot write “%1”: %2").arg(shown, reason(code));
            return false;
        }
        m_committed = true;
        return true;
    }
    // Checked again: something may have been saved into the folder while frames rendered.
    if (!folderIsReplaceable(m_target)) {
        *error = tr("Cannot write “%1”: the folder holds files that are not frames of an "
                    "earlier export; choose an empty or a new folder.")
                     .arg(shown);
        return false;
    }
    // A folder cannot be swapped atomically: move the old one aside, put the new one in its
    // place (moving the old one back if that fails), then delete the old one.
    const QString aside = besideName(target, QStringLiteral("old"), QString());
    fs::rename(fsPath(m_target), fsPath(aside), code);
    if (code) {
        *error = tr("Cannot replace “%1”: %2").arg(shown, reason(code));
        return false;
    }
    fs::rename(fsPath(m_staging), fsPath(m_target), code);
    if (code) {
        std::error_code restore;
        fs::rename(fsPath(aside), fsPath(m_target), restore);
        *error = tr("Cannot replace “%1”: %2").arg(shown, reason(code));
        return false;
    }
    m_committed = true;
    // The new frames are in place: failing to delete the old ones does not undo that.
    fs::remove_all(fsPath(aside), code);
    return true;
}

bool StagedTarget::folderIsReplaceable(const QString& folder) const
{
    const QFileInfoList entries = QDir(folder).entryInfoList(kEveryEntry);
    for (const QFileInfo& entry : entries) {
        if (!entry.isFile() || entry.isSymLink() ||
            !m_replaceable.match(entry.fileName()).hasMatch())
            return false;
    }
    return true;
}

} // namespace convlab
