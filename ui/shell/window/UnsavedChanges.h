// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <functional>

class QWidget;

namespace convlab {

class Session;

// The one question asked before unsaved work is set aside (closing, opening a lesson over
// it): Save, Discard or Cancel, window-modal and not blocking. `then` runs once the work is
// saved (through `save`, which may ask for a file name) or discarded; never on Cancel or when
// saving fails. Without unsaved changes `then` runs at once.
class UnsavedChanges final {
    Q_DECLARE_TR_FUNCTIONS(UnsavedChanges)
  public:
    static void settleThen(QWidget* window, const Session& session,
                           const std::function<bool()>& save, const std::function<void()>& then);
};

} // namespace convlab
