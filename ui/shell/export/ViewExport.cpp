// SPDX-License-Identifier: MIT
#include "export/ViewExport.h"

#include "compute/ResponseResult.h"
#include "document/Document.h"
#include "figures/FigureExporter.h"
#include "session/Session.h"
#include "views/ImageCanvas.h"
#include "views/PatchEditor.h"
#include "window/FileDialogs.h"
#include "workbench/Workbench.h"

#include <QFileInfo>

namespace convlab {

namespace {

// The input | patch | response figure of what is on screen; nullopt before a response.
std::optional<Drawing> figureOf(const Workbench& workbench)
{
    const auto result = workbench.result();
    if (!result || !result->ok())
        return std::nullopt;
    return FigureExporter::drawingOf(
        FigureExporter::documentFigure(workbench.session()->document()->snapshot(), *result));
}

} // namespace

Outcome ViewExport::exportView(QWidget* parent, WindowActions::Export what, Workbench& workbench)
{
    const FileDialogs::ExportTarget target = FileDialogs::exportTarget(parent);
    if (target.path.isEmpty())
        return Outcome::success();
    return save(what, workbench, target);
}

Outcome ViewExport::save(WindowActions::Export what, Workbench& workbench,
                         const FileDialogs::ExportTarget& target)
{
    // The views are drawn as they are on screen, so they show everything while the file is
    // written (synchronously: nothing reaches the screen in between) and hide it again after.
    struct Unconcealed {
        Workbench& workbench;
        const Concealment shown;
        explicit Unconcealed(Workbench& w) : workbench(w), shown(w.concealment())
        {
            if (!shown.any())
                return;
            workbench.setConcealment({});
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        }
        ~Unconcealed()
        {
            if (shown.any())
                workbench.setConcealment(shown);
        }
        Unconcealed(const Unconcealed&) = delete;
        Unconcealed& operator=(const Unconcealed&) = delete;
    } unconcealed(workbench);
    Drawing drawing;
    switch (what) {
    case WindowActions::Export::Figure:
        if (const auto figure = figureOf(workbench))
            drawing = *figure;
        else
            return Outcome::failure(tr("Export"),
                                    tr("There is no response to put in the figure yet."));
        break;
    case WindowActions::Export::Input:
        drawing = FigureExporter::drawingOf(workbench.inputCanvas());
        break;
    case WindowActions::Export::Patch:
        drawing = FigureExporter::drawingOf(workbench.patchEditor());
        break;
    case WindowActions::Export::Response:
        drawing = FigureExporter::drawingOf(workbench.responseView());
        break;
    }
    QString error;
    const bool ok = target.vector
                        ? FigureExporter::saveSvg(drawing, target.path, &error)
                        : FigureExporter::savePng(drawing, target.path, target.scale, &error);
    if (!ok)
        return Outcome::failure(tr("Export failed"), error);
    return Outcome::success(tr("Exported %1").arg(QFileInfo(target.path).fileName()));
}

Outcome ViewExport::copyFigure(const Workbench& workbench)
{
    const auto figure = figureOf(workbench);
    if (!figure)
        return Outcome::remark(tr("There is no response to copy yet."));
    FigureExporter::copyToClipboard(*figure, 2);
    return Outcome::success(tr("Figure copied to the clipboard"));
}

} // namespace convlab
