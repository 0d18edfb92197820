// SPDX-License-Identifier: MIT
#include "figures/FigureExporter.h"

#include "image/ImageConversion.h"
#include "io/AtomicWrite.h"
#include "theme/Theme.h"
#include "views/ColorBar.h"
#include "views/Palette.h"
#include "views/PatchEditor.h"
#include "views/ValueDisplay.h"

#include <QBuffer>
#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QMimeData>
#include <QPainter>
#include <QPointer>
#include <QSvgGenerator>
#include <QWidget>
#include <algorithm>
#include <cmath>

namespace convlab {

namespace {

constexpr double kPanelHeight = 240; // logical pixels for every panel's picture
constexpr double kMaxPanelWidth = 360;
constexpr double kGap = 24;
constexpr double kMargin = 16;
constexpr double kTitleHeight = 22;
constexpr double kCaptionHeight = 40;
constexpr double kScaleGap = 8;       // between a map and its colour scale
constexpr double kMinHatchedCell = 6; // as the window: smaller cells are not hatched

QFont titleFont()
{
    QFont font;
    font.setPixelSize(14);
    font.setBold(true);
    return font;
}

QFont captionFont()
{
    QFont font;
    font.setPixelSize(12);
    return font;
}

// The rectangle a panel's pixels take: as large as the panel allows, cells kept square.
QSizeF pictureSize(const QImage& pixels)
{
    if (pixels.isNull())
        return {kPanelHeight, kPanelHeight};
    const double scale = std::min(kPanelHeight / pixels.height(), kMaxPanelWidth / pixels.width());
    return {pixels.width() * scale, pixels.height() * scale};
}

// The colours of the light look, on which figures are printed.
QPalette paperPalette()
{
    return Theme::palette(QStringLiteral("light"));
}

ColorBar::Look scaleLook()
{
    const QPalette paper = paperPalette();
    return {captionFont(), QColor(40, 40, 40), paper.color(QPalette::Mid), 1.0};
}

double scaleWidth(const FigurePanel& panel)
{
    return panel.scale ? kScaleGap + ColorBar::scaleWidth(captionFont(), panel.scale->range) : 0.0;
}

double panelWidth(const FigurePanel& panel)
{
    return std::max(pictureSize(panel.pixels).width() + scaleWidth(panel), 160.0);
}

void paintUndefined(QPainter& painter, const FigurePanel& panel, const QRectF& target)
{
    const double cell = target.width() / panel.pixels.width();
    if (panel.undefined.isNull() || cell < kMinHatchedCell)
        return;
    painter.save();
    painter.setBrushOrigin(target.topLeft());
    const QBrush hatch = palette::hatch(QColor(90, 90, 90), 1.0);
    for (int r = 0; r < panel.undefined.height(); ++r) {
        const uchar* row = panel.undefined.constScanLine(r);
        for (int c = 0; c < panel.undefined.width(); ++c)
            if (row[c] != 0)
                painter.fillRect(QRectF(target.x() + c * cell, target.y() + r * cell, cell, cell),
                                 hatch);
    }
    painter.restore();
}

void paintPanel(QPainter& painter, const FigurePanel& panel, QPointF origin)
{
    const QSizeF picture = pictureSize(panel.pixels);
    const double width = panelWidth(panel);
    painter.setPen(Qt::black);
    painter.setFont(titleFont());
    painter.drawText(QRectF(origin.x(), origin.y(), width, kTitleHeight),
                     Qt::AlignLeft | Qt::AlignVCenter, panel.title);
    const QRectF target(origin.x(), origin.y() + kTitleHeight, picture.width(), picture.height());
    if (!panel.pixels.isNull()) {
        // Cells stay crisp squares at every export scale: no smoothing between them.
        painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
        painter.drawImage(target, panel.pixels);
        paintUndefined(painter, panel, target);
        // Framed as the window frames it, so that a white image shows on the white page.
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(paperPalette().color(QPalette::Mid), 1));
        painter.drawRect(target);
        const double cell = picture.width() / panel.pixels.width();
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(QColor(255, 120, 0), 2));
        for (const QRectF& mark : panel.marks)
            painter.drawRect(QRectF(target.x() + mark.x() * cell, target.y() + mark.y() * cell,
                                    mark.width() * cell, mark.height() * cell));
    }
    if (panel.scale) {
        const QRect area(static_cast<int>(std::lround(target.right() + kScaleGap)),
                         static_cast<int>(std::lround(target.top())),
                         static_cast<int>(scaleWidth(panel) - kScaleGap),
                         static_cast<int>(kPanelHeight));
        ColorBar::paintScale(painter, area, panel.scale->map, panel.scale->range,
                             panel.scale->undefinedCells, scaleLook());
    }
    painter.setPen(QColor(40, 40, 40));
    painter.setFont(captionFont());
    painter.drawText(
        QRectF(origin.x(), origin.y() + kTitleHeight + kPanelHeight + 4, width, kCaptionHeight),
        Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, panel.caption);
}

QString sizeText(cv::Size size)
{
    return FigureExporter::tr("%1 × %2").arg(size.height).arg(size.width);
}

QString pairText(Pair p)
{
    return p.rows == p.cols ? QString::number(p.rows)
                            : QStringLiteral("%1×%2").arg(p.rows).arg(p.cols);
}

QString paddingText(const ResponseResult& r)
{
    const Padding& pad = r.parameters.conv.padding;
    const Pair kernel{r.patchSize.height, r.patchSize.width};
    const Pair dilation = r.parameters.conv.dilation;
    QString text;
    if (pad == Padding{})
        return FigureExporter::tr("valid");
    if (pad == resolvePadding(PaddingPreset::Same, kernel, dilation))
        text = FigureExporter::tr("same");
    else if (pad == resolvePadding(PaddingPreset::Full, kernel, dilation))
        text = FigureExporter::tr("full");
    else if (pad == Padding::uniform(pad.top))
        text = FigureExporter::tr("padding %1").arg(pad.top);
    else
        text = FigureExporter::tr("padding %1,%2,%3,%4")
                   .arg(pad.top)
                   .arg(pad.bottom)
                   .arg(pad.left)
                   .arg(pad.right);
    if (r.parameters.conv.paddingMode != PaddingMode::Zeros)
        text += QLatin1Char(' ') + QString::fromStdString(toString(r.parameters.conv.paddingMode));
    return text;
}

} // namespace

Drawing FigureExporter::drawingOf(QWidget* widget)
{
    // A drawing may outlive the widget (an export still being written): then it paints nothing.
    return {QSizeF(widget->size()), [widget = QPointer<QWidget>(widget)](QPainter& painter) {
                if (widget)
                    widget->render(&painter, QPoint(), QRegion(),
                                   QWidget::DrawWindowBackground | QWidget::DrawChildren);
            }};
}

Drawing FigureExporter::drawingOf(const QList<FigurePanel>& panels)
{
    double width = 2 * kMargin - kGap;
    for (const FigurePanel& panel : panels)
        width += panelWidth(panel) + kGap;
    const QSizeF size(std::max(width, 2 * kMargin),
                      2 * kMargin + kTitleHeight + kPanelHeight + 4 + kCaptionHeight);
    return {size, [panels, size](QPainter& painter) {
                painter.fillRect(QRectF(QPointF(0, 0), size), Qt::white);
                painter.setRenderHint(QPainter::Antialiasing);
                painter.setRenderHint(QPainter::TextAntialiasing);
                double x = kMargin;
                for (const FigurePanel& panel : panels) {
                    paintPanel(painter, panel, QPointF(x, kMargin));
                    x += panelWidth(panel) + kGap;
                }
            }};
}

QString FigureExporter::parameterCaption(const ResponseResult& r)
{
    const Parameters& p = r.parameters;
    QStringList parts;
    switch (p.operation) {
    case Parameters::Operation::CrossCorrelation:
        parts << tr("cross-correlation");
        break;
    case Parameters::Operation::TrueConvolution:
        parts << tr("convolution (flipped kernel)");
        break;
    case Parameters::Operation::TemplateMatch:
        parts << QString::fromStdString(toString(p.method));
        break;
    }
    parts << tr("stride %1").arg(pairText(p.conv.stride));
    parts << paddingText(r);
    if (p.conv.dilation != Pair{1, 1})
        parts << tr("dilation %1").arg(pairText(p.conv.dilation));
    if (p.poolEnabled)
        parts << (p.pool.mode == PoolMode::Max ? tr("max pool %1 / stride %2")
                                               : tr("average pool %1 / stride %2"))
                     .arg(pairText(p.pool.size), pairText(p.pool.stride));
    if (!r.ok())
        parts << r.error;
    else if (!r.peaks.empty())
        parts << tr("peak (%1, %2)").arg(r.peaks.front().row).arg(r.peaks.front().col);
    return parts.join(QStringLiteral(" · "));
}

QList<FigurePanel> FigureExporter::documentFigure(const DocumentState& state,
                                                  const ResponseResult& result)
{
    // The patch as the patch editor shows it: a grid of signed colours up to its grid size
    // (on the light look's background), an image beyond.
    const bool grid =
        state.patch.rows <= PatchEditor::kGridLimit && state.patch.cols <= PatchEditor::kGridLimit;
    FigurePanel input;
    input.pixels = display::imagePixels(state.image);
    input.title = tr("Input");
    input.caption = sizeText(state.image.size());
    FigurePanel patch;
    patch.pixels = grid ? display::kernelPixels(state.patch, paperPalette().color(QPalette::Base))
                        : display::imagePixels(state.patch);
    patch.title = tr("Patch");
    patch.caption = sizeText(state.patch.size());
    FigurePanel response;
    response.title = tr("Response");
    response.caption = parameterCaption(result);
    if (result.ok() && !result.response.empty()) {
        response.pixels = display::responsePixels(result, state.view);
        response.scale = FigureScale{
            state.view.colormap, display::responseRange(result, state.view), result.undefinedCells};
        if (result.undefinedCells > 0) {
            response.undefined =
                QImage(result.response.cols, result.response.rows, QImage::Format_Grayscale8);
            for (int r = 0; r < result.response.rows; ++r) {
                const float* values = result.response.ptr<float>(r);
                uchar* mask = response.undefined.scanLine(r);
                for (int c = 0; c < result.response.cols; ++c)
                    mask[c] = std::isnan(values[c]) ? 255 : 0;
            }
        }
        for (const Peak& peak : result.peaks) {
            response.marks << QRectF(peak.col, peak.row, 1, 1);
            input.marks << QRectF(peak.rect.x, peak.rect.y, peak.rect.width, peak.rect.height);
        }
    }
    return {input, patch, response};
}

QImage FigureExporter::render(const Drawing& drawing, int scale)
{
    const QSize device = (drawing.logicalSize * scale).toSize();
    QImage image(device.expandedTo(QSize(1, 1)), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale); // logical coordinates, painted at `scale`
    image.fill(Qt::white);
    QPainter painter(&image);
    drawing.paint(painter);
    painter.end();
    return image;
}

bool FigureExporter::savePng(const Drawing& drawing, const QString& path, int scale, QString* error)
{
    QImage image = render(drawing, scale);
    image.setDevicePixelRatio(1); // the PNG's own size is the device size
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QString reason = tr("the PNG encoder failed");
    if (image.save(&buffer, "PNG") && writeAtomically(path, png, &reason))
        return true;
    if (error)
        *error = tr("Cannot export \"%1\": %2").arg(QDir::toNativeSeparators(path), reason);
    return false;
}

namespace {

void paintSvg(const Drawing& drawing, QIODevice* device)
{
    QSvgGenerator generator;
    generator.setOutputDevice(device);
    generator.setSize(drawing.logicalSize.toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), drawing.logicalSize));
    generator.setTitle(QStringLiteral("ConvLab"));
    QPainter painter(&generator);
    drawing.paint(painter);
}

} // namespace

bool FigureExporter::saveSvg(const Drawing& drawing, const QString& path, QString* error)
{
    QByteArray svg;
    QBuffer buffer(&svg);
    buffer.open(QIODevice::WriteOnly);
    paintSvg(drawing, &buffer);
    QString reason;
    if (writeAtomically(path, svg, &reason))
        return true;
    if (error)
        *error = tr("Cannot export \"%1\": %2").arg(QDir::toNativeSeparators(path), reason);
    return false;
}

void FigureExporter::copyToClipboard(const Drawing& drawing, int scale)
{
    auto* mime = new QMimeData;
    QImage image = render(drawing, scale);
    image.setDevicePixelRatio(1);
    mime->setImageData(image);
    QByteArray svg;
    QBuffer buffer(&svg);
    buffer.open(QIODevice::WriteOnly);
    paintSvg(drawing, &buffer);
    mime->setData(QStringLiteral("image/svg+xml"), svg);
    QGuiApplication::clipboard()->setMimeData(mime);
}

} // namespace convlab
