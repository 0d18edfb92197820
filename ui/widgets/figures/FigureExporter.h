// SPDX-License-Identifier: MIT
#pragma once

#include "color/Colormap.h"
#include "compute/ResponseResult.h"
#include "document/DocumentState.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

class QWidget;

namespace convlab {

// Something that can be painted at any scale: a widget, or a composed figure. Painting goes
// through a QPainter in logical units, so PNG at 2× or 4× is rendered at that scale (sharp text
// and lines) and SVG is vector.
struct Drawing {
    QSizeF logicalSize;
    std::function<void(QPainter&)> paint;
};

// The colour scale beside a map, painted by the window's own ColorBar.
struct FigureScale {
    Colormap map = Colormap::Viridis;
    ValueRange range;
    int undefinedCells = 0;
};

// One panel of a figure: pixels drawn one cell per pixel (nearest neighbour), with a title
// above and a caption below, optional rectangles (in cells) outlined on it, and for a map its
// colour scale and its undefined cells hatched as the window hatches them.
struct FigurePanel {
    QImage pixels;
    QString title;
    QString caption;
    QList<QRectF> marks;
    std::optional<FigureScale> scale;
    QImage undefined; // Grayscale8, one pixel per cell, non-zero where the value is undefined
};

class FigureExporter final {
    Q_DECLARE_TR_FUNCTIONS(FigureExporter)
  public:
    static Drawing drawingOf(QWidget* widget);
    static Drawing drawingOf(const QList<FigurePanel>& panels);

    // Input | patch | response with captions made from the parameters, e.g.
    // "ccoeff_normed · stride 1 · valid · peak (174, 68)". Every value is coloured as the
    // window colours it (see display::), the response with the window's colour bar.
    static QList<FigurePanel> documentFigure(const DocumentState& state,
                                             const ResponseResult& result);
    static QString parameterCaption(const ResponseResult& result);

    static QImage render(const Drawing& drawing, int scale); // device pixels = logical × scale
    // Atomic writes (QSaveFile); false with `error` set, the target unchanged.
    static bool savePng(const Drawing& drawing, const QString& path, int scale, QString* error);
    static bool saveSvg(const Drawing& drawing, const QString& path, QString* error);
    // Image at `scale` plus, for applications that take it, the SVG.
    static void copyToClipboard(const Drawing& drawing, int scale);
};

} // namespace convlab
