// SPDX-License-Identifier: MIT
#include "io/AtomicWrite.h"

#include "Error.h"
#include "io/ArrayIO.h"

namespace convlab {

bool writeAtomically(const QString& path, const QByteArray& bytes, QString* reason)
{
    const std::string target = path.toStdString();
    try {
        writeFileAtomically(target, bytes.toStdString());
        return true;
    } catch (const Error& e) {
        // core says "cannot write <path>: <reason>"; the caller names the path itself.
        const std::string message = e.what();
        const std::string prefix = "cannot write " + target + ": ";
        const bool prefixed = message.compare(0, prefix.size(), prefix) == 0;
        if (reason)
            *reason = QString::fromStdString(prefixed ? message.substr(prefix.size()) : message);
        return false;
    }
}

} // namespace convlab
