// SPDX-License-Identifier: MIT
#include "learn/BackToPixels.h"

#include "i18n/Retranslation.h"
#include "learn/Network.h"
#include "learn/PixelMapView.h"
#include "views/Palette.h"

#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace convlab {

namespace {

// Sums of a few float32 products: far below this, relative to the values, is rounding.
constexpr double kFloat32Agreement = 1e-5;

QString number(double value)
{
    return QLocale().toString(value, 'g', 3);
}

// The numbers under a pair of maps, selectable so that a student can copy them.
QLabel* facts(QWidget* parent, const QString& name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel* caption(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    return label;
}

double largestMagnitude(const cv::Mat& map)
{
    if (map.empty())
        return 0;
    double low = 0, high = 0;
    cv::minMaxLoc(map.reshape(1), &low, &high);
    return std::max(std::abs(low), std::abs(high));
}

ValueRange symmetric(double magnitude)
{
    const double m = magnitude > 0 ? magnitude : 1;
    return {-m, m};
}

cv::Mat channelOf(const cv::Mat& map, int channel)
{
    cv::Mat one;
    cv::extractChannel(map, one, channel);
    return one;
}

// Pearson's correlation of two maps of one size; NaN when one is constant.
double correlation(const cv::Mat& a, const cv::Mat& b)
{
    cv::Scalar meanA, sdA, meanB, sdB;
    cv::meanStdDev(a, meanA, sdA);
    cv::meanStdDev(b, meanB, sdB);
    if (sdA[0] == 0 || sdB[0] == 0)
        return std::nan("");
    cv::Mat da, db;
    cv::subtract(a, meanA, da, cv::noArray(), CV_64F);
    cv::subtract(b, meanB, db, cv::noArray(), CV_64F);
    return da.dot(db) / (static_cast<double>(a.total()) * sdA[0] * sdB[0]);
}

// Maps in a row, each with its caption below: the maps stay level whatever the captions' lengths.
void addMap(QGridLayout* grid, int column, PixelMapView* view, QLabel* label)
{
    view->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    grid->addWidget(view, 0, column);
    grid->addWidget(label, 1, column);
    grid->setRowStretch(0, 1);
    grid->setColumnStretch(column, 1);
}

} // namespace

BackToPixels::BackToPixels(QWidget* parent)
    : QWidget(parent), m_texts(new Retranslation(this)), m_computer(new PixelsComputer(this))
{
    setObjectName(QStringLiteral("backToPixels"));
    auto* layout = new QVBoxLayout(this);
    m_about = new QLabel(this);
    m_about->setObjectName(QStringLiteral("pixelsAbout"));
    m_about->setWordWrap(true);
    layout->addWidget(m_about);
    auto* groups = new QHBoxLayout;
    m_gradientGroup = buildGradient();
    m_unitGroup = buildUnit();
    groups->addWidget(m_gradientGroup, 2);
    groups->addWidget(m_unitGroup, 3);
    layout->addLayout(groups, 1);
    connect(m_computer, &PixelsComputer::computed, this, &BackToPixels::display);
    m_texts->add([this] {
        m_unitChoice->setItemText(0, tr("the strongest unit"));
        m_unitChoice->setItemText(1, tr("the whole map"));
        m_unitChoice->setItemText(2, tr("the unit at"));
        display(m_result); // the sentences of the numbers
    });
}

QWidget* BackToPixels::buildGradient()
{
    auto* group = m_texts->title(
        new QGroupBox(this), [] { return tr("The backward pass is a transposed convolution"); });
    auto* layout = new QVBoxLayout(group);
    auto* choose = new QHBoxLayout;
    m_stage = new QComboBox(group);
    m_stage->setObjectName(QStringLiteral("gradientStage"));
    auto* stageLabel = m_texts->text(new QLabel(group), [] { return tr("&Layer"); });
    stageLabel->setBuddy(m_stage);
    m_inputChannel = new QSpinBox(group);
    m_inputChannel->setObjectName(QStringLiteral("gradientChannel"));
    m_inputChannel->setRange(1, 1);
    auto* channelLabel = m_texts->text(new QLabel(group), [] { return tr("its &input channel"); });
    channelLabel->setBuddy(m_inputChannel);
    choose->addWidget(stageLabel);
    choose->addWidget(m_stage);
    choose->addWidget(channelLabel);
    choose->addWidget(m_inputChannel);
    choose->addStretch(1);
    layout->addLayout(choose);

    auto* maps = new QGridLayout;
    m_autograd = new PixelMapView(group);
    m_autograd->setObjectName(QStringLiteral("autogradGradient"));
    m_autogradCaption = caption(group);
    m_transposed = new PixelMapView(group);
    m_transposed->setObjectName(QStringLiteral("transposedDelta"));
    m_transposedCaption = caption(group);
    addMap(maps, 0, m_autograd, m_autogradCaption);
    addMap(maps, 1, m_transposed, m_transposedCaption);
    layout->addLayout(maps, 1);
    m_gradientFacts = facts(group, QStringLiteral("gradientFacts"));
    layout->addWidget(m_gradientFacts);

    // The weight gradient of one filter of the same stage, on the same input channel.
    auto* weights = new QHBoxLayout;
    m_filter = new QSpinBox(group);
    m_filter->setObjectName(QStringLiteral("weightFilter"));
    m_filter->setRange(1, 1);
    auto* filterLabel =
        m_texts->text(new QLabel(group), [] { return tr("The weights' gradient, fil&ter"); });
    filterLabel->setBuddy(m_filter);
    weights->addWidget(filterLabel);
    weights->addWidget(m_filter);
    weights->addStretch(1);
    layout->addLayout(weights);
    auto* weightMaps = new QGridLayout;
    m_weightAutograd = new PixelMapView(group);
    m_weightAutograd->setObjectName(QStringLiteral("autogradWeightGradient"));
    m_weightAutogradCaption = caption(group);
    m_weightCorrelation = new PixelMapView(group);
    m_weightCorrelation->setObjectName(QStringLiteral("inputCorrelation"));
    m_weightCorrelationCaption = caption(group);
    addMap(weightMaps, 0, m_weightAutograd, m_weightAutogradCaption);
    addMap(weightMaps, 1, m_weightCorrelation, m_weightCorrelationCaption);
    layout->addLayout(weightMaps, 1);
    m_weightFacts = facts(group, QStringLiteral("weightFacts"));
    layout->addWidget(m_weightFacts);

    connect(m_stage, &QComboBox::currentIndexChanged, this, [this] {
        updateRanges();
        schedule();
    });
    connect(m_inputChannel, &QSpinBox::valueChanged, this, &BackToPixels::showGradient);
    connect(m_filter, &QSpinBox::valueChanged, this, &BackToPixels::showWeightGradient);
    return group;
}

QWidget* BackToPixels::buildUnit()
{
    auto* group = m_texts->title(new QGroupBox(this), [] { return tr("What a unit responds to"); });
    auto* layout = new QVBoxLayout(group);
    auto* choose = new QHBoxLayout;
    m_layer = new QComboBox(group);
    m_layer->setObjectName(QStringLiteral("unitLayer"));
    auto* layerLabel = m_texts->text(new QLabel(group), [] { return tr("L&ayer"); });
    layerLabel->setBuddy(m_layer);
    m_channel = new QSpinBox(group);
    m_channel->setObjectName(QStringLiteral("unitChannel"));
    m_channel->setRange(1, 1);
    auto* channelLabel = m_texts->text(new QLabel(group), [] { return tr("&map"); });
    channelLabel->setBuddy(m_channel);
    m_unitChoice = new QComboBox(group);
    m_unitChoice->setObjectName(QStringLiteral("unitChoice"));
    m_unitChoice->addItems({QString(), QString(), QString()});
    m_row = new QSpinBox(group);
    m_row->setObjectName(QStringLiteral("unitRow"));
    m_column = new QSpinBox(group);
    m_column->setObjectName(QStringLiteral("unitColumn"));
    auto* rowLabel = m_texts->text(new QLabel(group), [] { return tr("&row"); });
    rowLabel->setBuddy(m_row);
    auto* columnLabel = m_texts->text(new QLabel(group), [] { return tr("c&olumn"); });
    columnLabel->setBuddy(m_column);
    for (QWidget* w : {static_cast<QWidget*>(layerLabel), static_cast<QWidget*>(m_layer),
                       static_cast<QWidget*>(channelLabel), static_cast<QWidget*>(m_channel),
                       static_cast<QWidget*>(m_unitChoice), static_cast<QWidget*>(rowLabel),
                       static_cast<QWidget*>(m_row), static_cast<QWidget*>(columnLabel),
                       static_cast<QWidget*>(m_column)})
        choose->addWidget(w);
    choose->addStretch(1);
    layout->addLayout(choose);

    auto* maps = new QGridLayout;
    m_digitView = new PixelMapView(group);
    m_digitView->setObjectName(QStringLiteral("unitDigit"));
    m_digitCaption = caption(group);
    m_deconvnet = new PixelMapView(group);
    m_deconvnet->setObjectName(QStringLiteral("deconvnetProjection"));
    m_deconvnetCaption = caption(group);
    m_saliency = new PixelMapView(group);
    m_saliency->setObjectName(QStringLiteral("gradientSaliency"));
    m_saliencyCaption = caption(group);
    addMap(maps, 0, m_digitView, m_digitCaption);
    addMap(maps, 1, m_deconvnet, m_deconvnetCaption);
    addMap(maps, 2, m_saliency, m_saliencyCaption);
    layout->addLayout(maps, 1);
    m_unitFacts = facts(group, QStringLiteral("unitFacts"));
    layout->addWidget(m_unitFacts);

    connect(m_layer, &QComboBox::currentIndexChanged, this, [this] {
        updateRanges();
        schedule();
    });
    connect(m_unitChoice, &QComboBox::currentIndexChanged, this, [this] {
        updateRanges();
        schedule();
    });
    for (QSpinBox* box : {m_channel, m_row, m_column})
        connect(box, &QSpinBox::valueChanged, this, &BackToPixels::schedule);
    return group;
}

void BackToPixels::setInput(std::shared_ptr<const Network> network, const cv::Mat& digit, int label)
{
    m_network = std::move(network);
    m_digit = digit.clone();
    m_label = label;
    fillLayers();
    schedule();
}

// The stages and layers of the network's shape table, kept by name when it changes.
void BackToPixels::fillLayers()
{
    if (!m_network)
        return;
    QStringList stages, layers;
    for (const LayerShape& shape : m_network->shapes().layers()) {
        if (shape.kind == LayerKind::Conv)
            stages << QString::fromStdString(shape.name);
        if (shape.kind != LayerKind::Linear)
            layers << QString::fromStdString(shape.name);
    }
    const auto refill = [](QComboBox* box, const QStringList& names, const QString& preferred) {
        QStringList now;
        for (int i = 0; i < box->count(); ++i)
            now << box->itemText(i);
        if (now == names)
            return;
        const QString keep = box->currentText().isEmpty() ? preferred : box->currentText();
        const QSignalBlocker blocker(box);
        box->clear();
        box->addItems(names);
        box->setCurrentIndex(std::max(0, static_cast<int>(names.indexOf(keep))));
    };
    refill(m_stage, stages, QStringLiteral("conv1"));
    refill(m_layer, layers, QString::fromStdString(UnitSelection{}.layer));
    updateRanges();
}

// The spin boxes' ranges from the shapes of the chosen layers.
void BackToPixels::updateRanges()
{
    if (!m_network)
        return;
    const ShapeTable& shapes = m_network->shapes();
    const QSignalBlocker blockInput(m_inputChannel);
    const QSignalBlocker blockFilter(m_filter);
    const QSignalBlocker blockChannel(m_channel);
    const QSignalBlocker blockRow(m_row);
    const QSignalBlocker blockColumn(m_column);
    if (m_stage->currentIndex() >= 0) {
        const LayerShape& stage = shapes.layer(m_stage->currentText().toStdString());
        m_inputChannel->setRange(1, stage.inChannels);
        m_filter->setRange(1, stage.channels);
    }
    if (m_layer->currentIndex() >= 0) {
        const LayerShape& layer = shapes.layer(m_layer->currentText().toStdString());
        m_channel->setRange(1, layer.channels);
        m_row->setRange(0, layer.size - 1);
        m_column->setRange(0, layer.size - 1);
    }
    const bool at = m_unitChoice->currentIndex() == static_cast<int>(UnitChoice::At);
    m_row->setEnabled(at);
    m_column->setEnabled(at);
}

PixelsRequest BackToPixels::currentRequest() const
{
    PixelsRequest request;
    request.network = m_network;
    request.digit = m_digit;
    request.label = m_label;
    request.stage = std::max(0, m_stage->currentIndex());
    request.unit.layer = m_layer->currentText().toStdString();
    request.unit.channel = m_channel->value() - 1;
    const auto choice = static_cast<UnitChoice>(m_unitChoice->currentIndex());
    request.strongestUnit = choice == UnitChoice::Strongest;
    if (choice == UnitChoice::At)
        request.unit.unit = cv::Point(m_column->value(), m_row->value());
    return request;
}

void BackToPixels::schedule()
{
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    m_computer->request(currentRequest());
}

void BackToPixels::computeNow()
{
    m_stale = false;
    display(PixelsComputer::compute(currentRequest()));
}

void BackToPixels::setSection(Section section)
{
    m_gradientGroup->setVisible(section != Section::Unit);
    m_unitGroup->setVisible(section != Section::Gradient);
}

void BackToPixels::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        schedule();
}

void BackToPixels::display(const PixelsResult& result)
{
    m_result = result;
    if (m_result.unit.unit && m_unitChoice->currentIndex() != static_cast<int>(UnitChoice::At)) {
        const QSignalBlocker blockRow(m_row); // the strongest unit found, shown
        const QSignalBlocker blockColumn(m_column);
        m_row->setValue(m_result.unit.unit->y);
        m_column->setValue(m_result.unit.unit->x);
    }
    if (m_digit.empty())
        m_about->setText(tr("Draw a digit on the Learned filters tab, or pick a held-out one: "
                            "these views follow it."));
    else if (!m_result.error.isEmpty())
        m_about->setText(m_result.error);
    else
        m_about->setText(
            tr("The digit on the Learned filters tab, which the network reads as a %1. The loss "
               "is L = −log p(%1), the cross-entropy of that answer.")
                .arg(m_label));
    showGradient();
    showUnit();
}

void BackToPixels::showGradient()
{
    showWeightGradient(); // the same input channel
    const LayerGradient& g = m_result.gradient;
    if (g.inputGradient.empty()) {
        m_autograd->clear();
        m_transposed->clear();
        m_autogradCaption->clear();
        m_transposedCaption->clear();
        m_gradientFacts->clear();
        return;
    }
    const int channel = std::min(m_inputChannel->value(), g.input.channels()) - 1;
    const cv::Mat autograd = channelOf(g.inputGradient, channel);
    const cv::Mat transposed = channelOf(g.transposedDelta, channel);
    const ValueRange range =
        symmetric(std::max(largestMagnitude(autograd), largestMagnitude(transposed)));
    m_autograd->setMap(autograd, Colormap::Diverging, range);
    m_transposed->setMap(transposed, Colormap::Diverging, range);
    const QString layer = m_stage->currentText();
    m_autogradCaption->setText(
        tr("∂L/∂x by libtorch's autograd: channel %1 of %2's input").arg(channel + 1).arg(layer));
    m_transposedCaption->setText(
        tr("Wᵀδ by ConvLab: δ = ∂L/∂y through %1's %2 filters, each by transposed convolution "
           "(stride %3, padding %4), summed")
            .arg(layer)
            .arg(g.delta.channels())
            .arg(g.layer.stride.rows)
            .arg(g.layer.padding.top));
    const bool equal = g.inputDifference <= kFloat32Agreement * g.inputGradientScale;
    m_gradientFacts->setText(
        tr("Largest |∂L/∂x − Wᵀδ| over the %1 × %2 × %3 input values: %4, where |∂L/∂x| "
           "reaches %5: %6. Blue negative, white 0, red positive, one scale for both.")
            .arg(g.input.channels())
            .arg(g.input.rows)
            .arg(g.input.cols)
            .arg(number(g.inputDifference), number(g.inputGradientScale),
                 equal ? tr("the same to float32 precision")
                       : tr("more than float32 rounding apart")));
}

void BackToPixels::showUnit()
{
    const DeconvnetProjection& p = m_result.projection;
    if (p.pixels.empty() || !m_network) {
        m_digitView->clear();
        m_deconvnet->clear();
        m_saliency->clear();
        m_digitCaption->clear();
        m_deconvnetCaption->clear();
        m_saliencyCaption->clear();
        m_unitFacts->clear();
        return;
    }
    const LayerShape& layer = m_network->shapes().layer(m_result.unit.layer);
    const QString name = QString::fromStdString(layer.name);
    const int map = m_result.unit.channel + 1;
    m_digitView->setMap(m_digit, Colormap::Gray, {0, 1});
    m_deconvnet->setMap(p.pixels, Colormap::Diverging, symmetric(largestMagnitude(p.pixels)));
    m_saliency->setMap(m_result.saliency, Colormap::Diverging,
                       symmetric(largestMagnitude(m_result.saliency)));
    if (const std::optional<cv::Point> unit = m_result.unit.unit) {
        // Unit u sees [fieldStart + u·jump, + receptiveField) on each axis, clipped to the digit.
        const QRect field(layer.fieldStart + unit->x * layer.jump,
                          layer.fieldStart + unit->y * layer.jump, layer.receptiveField,
                          layer.receptiveField);
        const QRect clipped = field & QRect(0, 0, m_digit.cols, m_digit.rows);
        m_digitView->setOutline(clipped);
        m_digitCaption->setText(
            tr("The digit, and the pixels unit (row %1, column %2) of %3 sees: rows %4–%5, "
               "columns %6–%7")
                .arg(unit->y)
                .arg(unit->x)
                .arg(name)
                .arg(clipped.top())
                .arg(clipped.bottom())
                .arg(clipped.left())
                .arg(clipped.right()));
    } else {
        m_digitView->setOutline({});
        m_digitCaption->setText(tr("The digit"));
    }
    m_deconvnetCaption->setText(
        tr("Deconvnet (Zeiler & Fergus): %1's activation sent back by max-unpooling, ReLU and "
           "transposed convolution with the layer's own filters")
            .arg(m_result.unit.unit ? tr("the unit") : tr("map %1").arg(map)));
    m_saliencyCaption->setText(
        tr("Gradient saliency: autograd's gradient of %1's activation with respect to the pixels")
            .arg(m_result.unit.unit ? tr("the unit") : tr("map %1").arg(map)));

    QString facts;
    if (const std::optional<cv::Point> unit = m_result.unit.unit)
        facts = tr("Unit (row %1, column %2) of map %3 of %4: activation %5.")
                    .arg(unit->y)
                    .arg(unit->x)
                    .arg(map)
                    .arg(name, number(p.activation.at<float>(unit->y, unit->x)));
    else
        facts = tr("Map %1 of %2, %3×%3 units, all sent back: its largest activation is %4.")
                    .arg(map)
                    .arg(name)
                    .arg(layer.size)
                    .arg(number(largestMagnitude(p.activation)));
    if (cv::countNonZero(p.pixels) == 0)
        facts += QLatin1Char(' ') + tr("Nothing comes back to the pixels: zero everywhere.");
    else if (const double r = correlation(p.pixels, m_result.saliency); !std::isnan(r))
        facts += QLatin1Char(' ') +
                 tr("The two maps' correlation over the %1 pixels: %2 (1: the same pattern).")
                     .arg(p.pixels.total())
                     .arg(QLocale().toString(r, 'f', 2));
    m_unitFacts->setText(facts);
}

// Autograd's ∂L/∂W of the chosen filter on the chosen input channel beside ConvLab's x ⋆ δ_o
// (layerGradient's weightGradient and inputCorrelation), on one colour range.
void BackToPixels::showWeightGradient()
{
    const LayerGradient& g = m_result.gradient;
    if (g.weightGradient.empty() || g.inputCorrelation.size() != g.weightGradient.size()) {
        m_weightAutograd->clear();
        m_weightCorrelation->clear();
        m_weightAutogradCaption->clear();
        m_weightCorrelationCaption->clear();
        m_weightFacts->clear();
        return;
    }
    const int filters = static_cast<int>(g.weightGradient.size());
    const std::size_t filter = static_cast<std::size_t>(std::min(m_filter->value(), filters) - 1);
    const int channel = std::min(m_inputChannel->value(), g.input.channels()) - 1;
    const cv::Mat autograd = channelOf(g.weightGradient[filter], channel);
    const cv::Mat correlation = channelOf(g.inputCorrelation[filter], channel);
    const ValueRange range =
        symmetric(std::max(largestMagnitude(autograd), largestMagnitude(correlation)));
    m_weightAutograd->setMap(autograd, Colormap::Diverging, range);
    m_weightCorrelation->setMap(correlation, Colormap::Diverging, range);
    const QString layer = m_stage->currentText();
    m_weightAutogradCaption->setText(
        tr("∂L/∂W by libtorch's autograd: filter %1 of %2, its %3×%4 weights on input channel %5")
            .arg(filter + 1)
            .arg(layer)
            .arg(autograd.rows)
            .arg(autograd.cols)
            .arg(channel + 1));
    m_weightCorrelationCaption->setText(
        tr("x ⋆ δ by ConvLab: channel %1 of %2's input correlated with filter %3's δ, whose "
           "cells lie %4 apart in x (padding %5)")
            .arg(channel + 1)
            .arg(layer)
            .arg(filter + 1)
            .arg(g.layer.stride.rows)
            .arg(g.layer.padding.top));
    const bool equal = g.weightDifference <= kFloat32Agreement * g.weightGradientScale;
    const double own = filter < g.filterDifference.size() ? g.filterDifference[filter] : 0;
    m_weightFacts->setText(
        tr("Largest |∂L/∂W − x ⋆ δ| over filter %1's %2 × %3 × %4 weights: %5; over the %6 "
           "filters: %7, where |∂L/∂W| reaches %8: %9.")
            .arg(filter + 1)
            .arg(g.input.channels())
            .arg(autograd.rows)
            .arg(autograd.cols)
            .arg(number(own))
            .arg(filters)
            .arg(number(g.weightDifference), number(g.weightGradientScale),
                 equal ? tr("the same to float32 precision")
                       : tr("more than float32 rounding apart")));
}

QString BackToPixels::gradientText() const
{
    return m_gradientFacts->text();
}

QString BackToPixels::weightText() const
{
    return m_weightFacts->text();
}

QString BackToPixels::unitText() const
{
    return m_unitFacts->text();
}

} // namespace convlab
