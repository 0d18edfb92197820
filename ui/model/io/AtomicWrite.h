// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

namespace convlab {

// Writes `bytes` to `path` through core's writeFileAtomically: afterwards the target is the old
// file or the new one, whole, never a mix. (QSaveFile is not enough on Qt 6.4: a write that fails
// half-way in its buffer flush is still committed.) On failure returns false and sets `reason`
// to the operating system's words, without the path, for the caller's own sentence.
bool writeAtomically(const QString& path, const QByteArray& bytes, QString* reason);

} // namespace convlab
