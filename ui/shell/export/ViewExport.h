// SPDX-License-Identifier: MIT
#pragma once

#include "session/Outcome.h"
#include "window/WindowActions.h"

#include <QCoreApplication>

class QWidget;

namespace convlab {

class Workbench;

// File ▸ Export ▸ a view or the input | patch | response figure, to PNG or SVG (the file is
// asked for), and Copy Figure to Clipboard.
class ViewExport final {
    Q_DECLARE_TR_FUNCTIONS(ViewExport)
  public:
    // Asks where, then writes; a cancelled choice is a success with nothing to say.
    static Outcome exportView(QWidget* parent, WindowActions::Export what,
                              const Workbench& workbench);
    static Outcome copyFigure(const Workbench& workbench);
};

} // namespace convlab
