// SPDX-License-Identifier: MIT
#include "learn/FeatureMaps.h"

#include "compute/ResponseDisplay.h"
#include "image/ImageConversion.h"
#include "views/Palette.h"

#include <QEvent>
#include <QMouseEvent>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace convlab {

namespace {

constexpr int kColumns = 8;

} // namespace

FeatureMaps::FeatureMaps(QWidget* parent) : QWidget(parent)
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void FeatureMaps::clear()
{
    m_shapes.reset();
    m_input.release();
    m_activations.clear();
    m_shown.clear();
    m_images.clear();
    m_hovered.reset();
    updateGeometry();
    update();
}

void FeatureMaps::setMaps(const ShapeTable& shapes, const cv::Mat& input,
                          const std::vector<cv::Mat>& activations)
{
    const std::size_t shownBefore = m_shown.size();
    m_shapes = shapes;
    m_input = input.clone();
    m_inputImage = grayImage(m_input);
    m_activations = activations;
    m_shown.clear();
    m_images.clear();
    const auto& layers = shapes.layers();
    for (std::size_t i = 0; i < layers.size() && i < activations.size(); ++i) {
        const LayerShape& layer = layers[i];
        if (layer.kind != LayerKind::Conv && layer.kind != LayerKind::MaxPool)
            continue;
        m_shown.push_back(static_cast<int>(i));
        std::vector<cv::Mat> channels;
        cv::split(activations[i], channels);
        // One range per layer, so that its maps compare with each other.
        double low = 0, high = 0;
        for (const cv::Mat& c : channels) {
            double l = 0, h = 0;
            cv::minMaxLoc(c, &l, &h);
            low = std::min(low, l);
            high = std::max(high, h);
        }
        std::vector<QImage> images;
        if (layer.kind == LayerKind::Conv) {
            const double m = std::max({std::abs(low), std::abs(high), 1e-6});
            for (const cv::Mat& c : channels)
                images.push_back(colormapImage(c, Colormap::Diverging, {-m, m}));
        } else {
            for (const cv::Mat& c : channels)
                images.push_back(colormapImage(c, Colormap::Magma, {0, std::max(high, 1e-6)}));
        }
        m_images.push_back(std::move(images));
    }
    if (m_shown.size() != shownBefore)
        updateGeometry();
    update();
}

cv::Mat FeatureMaps::map(int layer, int channel) const
{
    cv::Mat out;
    cv::extractChannel(m_activations.at(static_cast<std::size_t>(layer)), out, channel);
    return out;
}

QString FeatureMaps::title(int layer) const
{
    if (layer < 0)
        return tr("input, %1 × %1, as the network reads it").arg(m_input.rows);
    const LayerShape& shape = m_shapes->layers().at(static_cast<std::size_t>(layer));
    const QString name = QString::fromStdString(shape.name);
    return (shape.kind == LayerKind::Conv
                ? tr("%1: %2 maps of %3 × %3 (before ReLU), a unit sees %4 × %4 pixels")
                : tr("%1: %2 maps of %3 × %3 (after ReLU), a unit sees %4 × %4 pixels"))
        .arg(name)
        .arg(shape.channels)
        .arg(shape.size)
        .arg(shape.receptiveField);
}

int FeatureMaps::cellSize(int width) const
{
    const int gap = 2;
    const int room = (width - gap * (kColumns - 1)) / kColumns;
    return std::clamp(room, 8, fontMetrics().height() * 4);
}

std::vector<FeatureMaps::Block> FeatureMaps::layout(int width) const
{
    std::vector<Block> blocks;
    if (!m_shapes)
        return blocks;
    const int line = fontMetrics().height();
    const int size = cellSize(width);
    const int gap = 2;
    int y = 0;
    const auto add = [&](int layer, int count, int cell) {
        Block block;
        block.layer = layer;
        block.title = QRect(0, y, width, line);
        y += line + gap;
        for (int i = 0; i < count; ++i) {
            const int row = i / kColumns;
            const int col = i % kColumns;
            block.cells.emplace_back(col * (cell + gap), y + row * (cell + gap), cell, cell);
        }
        y += ((count + kColumns - 1) / kColumns) * (cell + gap) + line / 2;
        blocks.push_back(std::move(block));
    };
    add(-1, 1, 2 * size);
    for (const int layer : m_shown)
        add(layer, m_shapes->layers()[static_cast<std::size_t>(layer)].channels, size);
    return blocks;
}

int FeatureMaps::heightForWidth(int width) const
{
    const std::vector<Block> blocks = layout(width);
    if (blocks.empty())
        return fontMetrics().height() * 4;
    int bottom = 0;
    for (const Block& b : blocks)
        bottom = std::max(bottom, b.cells.empty() ? b.title.bottom() : b.cells.back().bottom());
    return bottom + 1;
}

QSize FeatureMaps::sizeHint() const
{
    const int width = fontMetrics().height() * 20;
    return {width, heightForWidth(width)};
}

QSize FeatureMaps::minimumSizeHint() const
{
    const int width = fontMetrics().height() * 12;
    return {width, heightForWidth(width)};
}

std::optional<FeatureMaps::Unit> FeatureMaps::unitAt(const QPoint& position) const
{
    const std::vector<Block> blocks = layout(width());
    for (const Block& block : blocks) {
        if (block.layer < 0)
            continue;
        const int side = m_shapes->layers()[static_cast<std::size_t>(block.layer)].size;
        for (std::size_t c = 0; c < block.cells.size(); ++c) {
            const QRect& cell = block.cells[c];
            if (!cell.contains(position))
                continue;
            Unit unit;
            unit.layer = block.layer;
            unit.channel = static_cast<int>(c);
            unit.col = std::clamp((position.x() - cell.left()) * side / cell.width(), 0, side - 1);
            unit.row = std::clamp((position.y() - cell.top()) * side / cell.height(), 0, side - 1);
            return unit;
        }
    }
    return std::nullopt;
}

QRect FeatureMaps::receptiveField(const Unit& unit) const
{
    const LayerShape& shape = m_shapes->layers().at(static_cast<std::size_t>(unit.layer));
    const QRect field(shape.fieldStart + unit.col * shape.jump,
                      shape.fieldStart + unit.row * shape.jump, shape.receptiveField,
                      shape.receptiveField);
    return field.intersected(QRect(0, 0, m_input.cols, m_input.rows));
}

void FeatureMaps::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    const QColor text = palette().color(QPalette::WindowText);
    const double stroke = 2 * palette::strokeScale(*this);
    if (!m_shapes) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("Draw a digit or pick one of the held-out digits to see what each "
                            "layer makes of it."));
        return;
    }
    for (const Block& block : layout(width())) {
        painter.setPen(text);
        painter.drawText(
            block.title, Qt::AlignLeft | Qt::AlignVCenter,
            fontMetrics().elidedText(title(block.layer), Qt::ElideRight, block.title.width()));
        if (block.layer < 0) {
            const QRect cell = block.cells.front();
            painter.drawImage(cell, m_inputImage);
            if (m_hovered) {
                // The receptive field, in input pixels scaled to the cell.
                const QRect field = receptiveField(*m_hovered);
                const double scale = static_cast<double>(cell.width()) / m_input.cols;
                const QRectF box(cell.left() + field.left() * scale,
                                 cell.top() + field.top() * scale, field.width() * scale,
                                 field.height() * scale);
                painter.fillRect(box,
                                 palette::hatch(palette::field(), palette::strokeScale(*this)));
                painter.setPen(QPen(palette::field(), stroke));
                painter.drawRect(box);
                const LayerShape& shape =
                    m_shapes->layers().at(static_cast<std::size_t>(m_hovered->layer));
                painter.setPen(text);
                painter.drawText(
                    QRect(cell.right() + fontMetrics().height() / 2, cell.top(),
                          width() - cell.right() - fontMetrics().height(), cell.height()),
                    Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
                    tr("%1, map %2, unit (%3, %4): it sees input rows %5–%6, columns %7–%8 "
                       "(%9 × %9 with the padding)")
                        .arg(QString::fromStdString(shape.name))
                        .arg(m_hovered->channel + 1)
                        .arg(m_hovered->row)
                        .arg(m_hovered->col)
                        .arg(field.top())
                        .arg(field.bottom())
                        .arg(field.left())
                        .arg(field.right())
                        .arg(shape.receptiveField));
            }
            continue;
        }
        const std::size_t shown = static_cast<std::size_t>(
            std::find(m_shown.begin(), m_shown.end(), block.layer) - m_shown.begin());
        for (std::size_t c = 0; c < block.cells.size(); ++c)
            painter.drawImage(block.cells[c], m_images[shown][c]);
        if (m_hovered && m_hovered->layer == block.layer) {
            const QRect cell = block.cells[static_cast<std::size_t>(m_hovered->channel)];
            const int side = m_shapes->layers()[static_cast<std::size_t>(block.layer)].size;
            const double scale = static_cast<double>(cell.width()) / side;
            painter.setPen(QPen(palette::field(), stroke));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(QRectF(cell.left() + m_hovered->col * scale,
                                    cell.top() + m_hovered->row * scale, scale, scale));
        }
    }
}

void FeatureMaps::mouseMoveEvent(QMouseEvent* event)
{
    const std::optional<Unit> unit = m_shapes ? unitAt(event->position().toPoint()) : std::nullopt;
    const bool same =
        unit.has_value() == m_hovered.has_value() &&
        (!unit || (unit->layer == m_hovered->layer && unit->channel == m_hovered->channel &&
                   unit->row == m_hovered->row && unit->col == m_hovered->col));
    if (!same) {
        m_hovered = unit;
        update();
    }
    QWidget::mouseMoveEvent(event);
}

void FeatureMaps::leaveEvent(QEvent* event)
{
    m_hovered.reset();
    update();
    QWidget::leaveEvent(event);
}

void FeatureMaps::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        update();
    QWidget::changeEvent(event);
}

} // namespace convlab
