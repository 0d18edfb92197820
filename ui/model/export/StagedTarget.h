// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QRegularExpression>
#include <QString>
#include <memory>

namespace convlab {

// A temporary file or folder beside an export's target — in the same folder, so that the final
// rename is atomic — renamed onto the target only by commit(); otherwise the destructor
// removes it. A cancelled or failed export thus leaves the target as it was and no debris.
class StagedTarget final {
    Q_DECLARE_TR_FUNCTIONS(StagedTarget)
  public:
    enum class Kind { File, Folder };

    // `suffix` ends the staging name (video writers pick the container from it). A folder
    // target that already exists is replaced on commit only if every entry in it matches
    // `replaceableEntries` (a previous export); anything else is refused here, before any work.
    // nullptr with `error` naming the path and the reason when nothing can be staged.
    static std::unique_ptr<StagedTarget> create(const QString& target, Kind kind,
                                                const QString& suffix,
                                                const QRegularExpression& replaceableEntries,
                                                QString* error);
    ~StagedTarget();
    StagedTarget(const StagedTarget&) = delete;
    StagedTarget& operator=(const StagedTarget&) = delete;

    // Where the export writes: a file that exists and is empty, or an empty folder.
    const QString& path() const { return m_staging; }
    const QString& target() const { return m_target; }

    // Renames the staged file or folder onto the target, replacing it.
    bool commit(QString* error);

  private:
    StagedTarget(QString target, QString staging, Kind kind, QRegularExpression replaceable);
    bool commitFolder(QString* error);
    bool folderIsReplaceable(const QString& folder) const;

    QString m_target;
    QString m_staging;
    Kind m_kind;
    QRegularExpression m_replaceable;
    bool m_committed = false;
};

} // namespace convlab
