// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QStringList>

namespace convlab {

// The files opened or saved last, newest first, at most kMost, kept in the settings
// ("recentFiles") so that every ConvLab window and the next start share them.
class RecentFiles final : public QObject {
    Q_OBJECT
  public:
    static constexpr int kMost = 8;

    explicit RecentFiles(QObject* parent = nullptr);

    QStringList files() const;
    // `path` (made absolute) first; the oldest falls off.
    void add(const QString& path);
    void remove(const QString& path);

  signals:
    void changed();
};

} // namespace convlab
