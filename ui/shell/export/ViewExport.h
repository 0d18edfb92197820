// SPDX-License-Identifier: MIT
#pragma once

#include "session/Outcome.h"
#include "window/FileDialogs.h"
#include "window/WindowActions.h"

#include <QCoreApplication>

class QWidget;

namespace convlab {

class Workbench;

// File ▸ Export ▸ a view or the input | patch | response figure, to PNG or SVG (the file is
// asked for), and Copy Figure to Clipboard. An export is the teacher's full picture: what a
// lesson's unanswered exercise holds back on screen (peak labels, a cell's value, the output
// size) is drawn in it.
class ViewExport final {
    Q_DECLARE_TR_FUNCTIONS(ViewExport)
  public:
    // Asks where, then writes; a cancelled choice is a success with nothing to say.
    static Outcome exportView(QWidget* parent, WindowActions::Export what, Workbench& workbench);
    // Writes `what` to `target`, the views drawn without concealment for the time it takes.
    static Outcome save(WindowActions::Export what, Workbench& workbench,
                        const FileDialogs::ExportTarget& target);
    static Outcome copyFigure(const Workbench& workbench);
};

} // namespace convlab
