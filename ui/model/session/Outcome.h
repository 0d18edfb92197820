// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace convlab {

// What a session operation did: succeeded (with a line for the status bar, maybe), or failed
// with a translated message naming the problem — with a title when it deserves a message box,
// without one when a line in the status bar says enough. The caller decides how to show it.
struct Outcome {
    bool ok = true;
    QString title;   // of the failure, for a message box; empty for a remark
    QString message; // why it failed; or, on success, what was done ("Saved x.convlab")

    static Outcome success(const QString& status = {}) { return {true, {}, status}; }
    static Outcome failure(const QString& title, const QString& message)
    {
        return {false, title, message};
    }
    static Outcome remark(const QString& message) { return {false, {}, message}; }
    explicit operator bool() const { return ok; }
};

} // namespace convlab
