// SPDX-License-Identifier: MIT
#include "views/ResponseView.h"

#include "i18n/Retranslation.h"
#include "views/ColorBar.h"
#include "views/HeatmapView.h"
#include "views/Palette.h"
#include "views/PixelView.h"
#include "views/ValueDisplay.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>
#include <cmath>
#include <optional>

namespace convlab {

namespace {

constexpr int kSliderSteps = 1000;

QString colormapName(Colormap map)
{
    switch (map) {
    case Colormap::Viridis:
        return ResponseView::tr("viridis");
    case Colormap::Gray:
        return ResponseView::tr("gray");
    case Colormap::Magma:
        return ResponseView::tr("magma");
    case Colormap::Diverging:
        return ResponseView::tr("diverging (0 = white)");
    }
    return {};
}

// The best score of the map's finite cells (the highest, or the lowest for sqdiff), if any.
std::optional<double> bestFiniteScore(const ResponseResult& result)
{
    const bool lower = lowerIsBetter(result.parameters.peakMethod());
    if (result.display.prepared) { // measured off the GUI thread
        if (!result.display.anyFinite)
            return std::nullopt;
        return lower ? result.display.finiteLow : result.display.finiteHigh;
    }
    std::optional<double> best;
    for (int r = 0; r < result.response.rows; ++r) {
        const float* row = result.response.ptr<float>(r);
        for (int c = 0; c < result.response.cols; ++c)
            if (std::isfinite(row[c]))
                best = !best   ? row[c]
                       : lower ? std::min<double>(*best, row[c])
                               : std::max<double>(*best, row[c]);
    }
    return best;
}

// Why a map has no peak to mark: every score undefined, or a threshold that none reaches.
QString noPeakReason(const ResponseResult& result)
{
    const std::optional<double> best = bestFiniteScore(result);
    if (!best)
        return ResponseView::tr("No peak: every score is undefined (a flat patch or flat windows "
                                "make the normalised score 0/0).");
    const PeakQuery& query = result.parameters.peaks;
    if (query.useThreshold) {
        const bool lower = lowerIsBetter(result.parameters.peakMethod());
        return (lower ? ResponseView::tr("No peak: the threshold %1 hides every peak (the lowest "
                                         "score is %2). Raise the threshold or turn it off.")
                      : ResponseView::tr("No peak: the threshold %1 hides every peak (the highest "
                                         "score is %2). Lower the threshold or turn it off."))
            .arg(formatCellValue(query.threshold), formatCellValue(*best));
    }
    return ResponseView::tr("No peak found.");
}

QLabel* titleLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

ResponseView::ResponseView(QWidget* parent) : QWidget(parent), m_texts(new Retranslation(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_controls = buildControls();
    layout->addWidget(m_controls);

    m_main = new HeatmapView(this);
    m_main->setObjectName(QStringLiteral("responseMap"));
    m_mainBar = new ColorBar(this);
    m_mainTitle = titleLabel(this);
    m_mainPane = mapPane(m_main, m_mainBar, m_mainTitle);

    m_raw = new HeatmapView(this);
    m_raw->setObjectName(QStringLiteral("rawMap"));
    m_rawBar = new ColorBar(this);
    m_rawTitle = titleLabel(this);
    m_normalised = new HeatmapView(this);
    m_normalised->setObjectName(QStringLiteral("normalisedMap"));
    m_normalisedBar = new ColorBar(this);
    m_normalisedTitle = titleLabel(this);
    m_sidePanes = new QWidget(this);
    m_sides = new QBoxLayout(QBoxLayout::LeftToRight, m_sidePanes);
    m_sides->setContentsMargins(0, 0, 0, 0);
    m_sides->addWidget(mapPane(m_raw, m_rawBar, m_rawTitle));
    m_sides->addWidget(mapPane(m_normalised, m_normalisedBar, m_normalisedTitle));
    m_sidePanes->installEventFilter(this); // arranged again when resized
    m_sidePanes->hide();

    layout->addWidget(m_mainPane, 1);
    layout->addWidget(m_sidePanes, 1);

    m_peakText = new QLabel(this);
    m_peakText->setObjectName(QStringLiteral("peakText"));
    m_peakText->setWordWrap(true);
    m_peakText->setTextFormat(Qt::RichText);
    m_peakText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = m_peakText->font();
    font.setPointSizeF(font.pointSizeF() * 1.1);
    m_peakText->setFont(font);
    layout->addWidget(m_peakText);

    const auto forward = [this](HeatmapView* view, MapKind kind) {
        connect(view, &PixelView::cellHovered, this,
                [this, kind](int row, int col) { emit cellHovered(row, col, kind); });
    };
    forward(m_main, MapKind::Response);
    forward(m_raw, MapKind::Raw);
    forward(m_normalised, MapKind::Normalised);
    setViewSettings(ViewSettings{});
    setPeakQuery(PeakQuery{});
    refresh();
}

QWidget* ResponseView::mapPane(HeatmapView* view, ColorBar* bar, QLabel* title)
{
    auto* pane = new QWidget(this);
    auto* grid = new QGridLayout(pane);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(title, 0, 0, 1, 2);
    grid->addWidget(view, 1, 0);
    grid->addWidget(bar, 1, 1);
    grid->setColumnStretch(0, 1);
    grid->setRowStretch(1, 1);
    return pane;
}

QWidget* ResponseView::buildControls()
{
    auto* bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("responseControls")); // presentation mode hides it
    auto* grid = new QGridLayout(bar);
    grid->setContentsMargins(0, 0, 0, 0);

    m_colormap = new QComboBox(bar);
    m_colormap->setObjectName(QStringLiteral("colormap"));
    for (Colormap map : {Colormap::Viridis, Colormap::Gray, Colormap::Magma, Colormap::Diverging}) {
        m_colormap->addItem(QString(), static_cast<int>(map));
        m_texts->itemText(m_colormap, m_colormap->count() - 1, [map] { return colormapName(map); });
    }
    m_texts->toolTip(m_colormap,
                     [] { return tr("Colormap of the response (diverging is centred on 0)"); });
    m_colormap->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_colormap->setMinimumContentsLength(7);
    connect(m_colormap, &QComboBox::currentIndexChanged, this, &ResponseView::readViewControls);

    m_autoRange = m_texts->text(new QCheckBox(bar), [] { return tr("Auto range"); });
    m_autoRange->setObjectName(QStringLiteral("autoRange"));
    connect(m_autoRange, &QCheckBox::toggled, this, &ResponseView::readViewControls);
    const auto rangeSpin = [bar, this](const QString& name, const Retranslation::Text& tip) {
        auto* spin = new QDoubleSpinBox(bar);
        spin->setObjectName(name);
        spin->setRange(-1e6, 1e6);
        spin->setDecimals(3);
        // Its size hint is that of the widest value in range; a range bound rarely is one.
        spin->setMaximumWidth(spin->fontMetrics().horizontalAdvance(QStringLiteral("-0000.000")) +
                              2 * spin->fontMetrics().height());
        m_texts->toolTip(spin, tip);
        connect(spin, &QDoubleSpinBox::valueChanged, this, &ResponseView::readViewControls);
        return spin;
    };
    m_low = rangeSpin(QStringLiteral("rangeLow"),
                      [] { return tr("Value shown at the bottom of the scale"); });
    m_high = rangeSpin(QStringLiteral("rangeHigh"),
                       [] { return tr("Value shown at the top of the scale"); });

    const auto toggle = [bar, this](const Retranslation::Text& text, const QString& name,
                                    const Retranslation::Text& tip) {
        auto* button = new QToolButton(bar);
        m_texts->text(button, text);
        button->setObjectName(name);
        m_texts->toolTip(button, tip);
        button->setCheckable(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        connect(button, &QToolButton::toggled, this, &ResponseView::readViewControls);
        return button;
    };
    m_overlay = toggle(
        [] { return tr("Overlay"); }, QStringLiteral("overlay"),
        [] { return tr("Draw the response over the input, aligned for padding and stride"); });
    m_sideBySide = toggle(
        [] { return tr("Raw | normalised"); }, QStringLiteral("sideBySide"),
        [] {
            return tr("Raw correlation next to normalised correlation: raw correlation is pulled "
                      "toward bright areas");
        });

    m_topK = new QSpinBox(bar);
    m_topK->setObjectName(QStringLiteral("topK"));
    m_topK->setRange(1, limits::kMaxTopK);
    m_texts->add([this] {
        m_topK->setPrefix(tr("top "));
        m_topK->setToolTip(tr("How many peaks to mark"));
    });
    connect(m_topK, &QSpinBox::valueChanged, this, &ResponseView::readPeakControls);
    m_minDistance = new QSpinBox(bar);
    m_minDistance->setObjectName(QStringLiteral("minDistance"));
    m_minDistance->setRange(0, limits::kMaxMinDistance);
    m_texts->add([this] {
        m_minDistance->setPrefix(tr("apart ≥ "));
        m_minDistance->setToolTip(tr("Minimum distance between two peaks, in cells"));
    });
    connect(m_minDistance, &QSpinBox::valueChanged, this, &ResponseView::readPeakControls);
    m_useThreshold = m_texts->text(new QCheckBox(bar), [] { return tr("Threshold"); });
    m_useThreshold->setObjectName(QStringLiteral("useThreshold"));
    m_texts->toolTip(m_useThreshold,
                     [] { return tr("Keep only peaks better than the threshold"); });
    connect(m_useThreshold, &QCheckBox::toggled, this, &ResponseView::readPeakControls);
    m_threshold = new QSlider(Qt::Horizontal, bar);
    m_threshold->setObjectName(QStringLiteral("threshold"));
    m_threshold->setRange(0, kSliderSteps);
    connect(m_threshold, &QSlider::valueChanged, this, &ResponseView::readPeakControls);
    m_thresholdValue = new QLabel(bar);
    m_thresholdValue->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("-0.000")));

    // Three short rows rather than one long one: the view must fit half of a 1366-wide screen.
    grid->addWidget(m_colormap, 0, 0);
    grid->addWidget(m_autoRange, 0, 1);
    grid->addWidget(m_low, 0, 2);
    grid->addWidget(m_high, 0, 3);
    grid->addWidget(m_overlay, 1, 0);
    grid->addWidget(m_sideBySide, 1, 1);
    grid->addWidget(m_topK, 1, 2);
    grid->addWidget(m_minDistance, 1, 3);
    auto* threshold = new QHBoxLayout;
    threshold->addWidget(m_useThreshold);
    threshold->addWidget(m_threshold, 1);
    threshold->addWidget(m_thresholdValue);
    grid->addLayout(threshold, 2, 0, 1, 5);
    grid->setColumnStretch(4, 1);
    return bar;
}

void ResponseView::setViewSettings(const ViewSettings& view)
{
    m_view = view;
    m_updating = true;
    m_colormap->setCurrentIndex(m_colormap->findData(static_cast<int>(view.colormap)));
    m_autoRange->setChecked(view.autoRange);
    m_low->setValue(view.rangeLow);
    m_high->setValue(view.rangeHigh);
    m_low->setEnabled(!view.autoRange);
    m_high->setEnabled(!view.autoRange);
    m_overlay->setChecked(view.overlay);
    m_sideBySide->setChecked(view.sideBySide);
    m_updating = false;
    refresh();
}

void ResponseView::setPeakQuery(const PeakQuery& query)
{
    m_query = query;
    m_updating = true;
    m_topK->setValue(query.topK);
    m_minDistance->setValue(query.minDistance);
    m_useThreshold->setChecked(query.useThreshold);
    m_threshold->setEnabled(query.useThreshold);
    m_updating = false;
    syncThresholdSlider();
}

void ResponseView::setConcealment(const Concealment& hidden)
{
    m_hidden = hidden;
    const QPoint cell = hidden.cell ? QPoint(hidden.cell->cols, hidden.cell->rows) : QPoint(-1, -1);
    m_main->setHiddenCell(cell);
    refresh();
}

void ResponseView::readViewControls()
{
    if (m_updating)
        return;
    ViewSettings view = m_view;
    view.colormap = static_cast<Colormap>(m_colormap->currentData().toInt());
    view.autoRange = m_autoRange->isChecked();
    if (!view.autoRange && m_view.autoRange && m_result && !m_result->response.empty()) {
        // Fixing the range starts from what was shown.
        const ValueRange shown = responseRange();
        view.rangeLow = shown.low;
        view.rangeHigh = shown.high;
    } else {
        view.rangeLow = m_low->value();
        view.rangeHigh = m_high->value();
    }
    view.overlay = m_overlay->isChecked();
    view.sideBySide = m_sideBySide->isChecked();
    if (view == m_view)
        return;
    m_view = view;
    emit viewSettingsEdited(view);
}

void ResponseView::readPeakControls()
{
    if (m_updating)
        return;
    PeakQuery query = m_query;
    query.topK = m_topK->value();
    query.minDistance = m_minDistance->value();
    query.useThreshold = m_useThreshold->isChecked();
    if (query.useThreshold && !m_query.useThreshold && m_threshold->value() == 0) {
        // Turning the threshold on starts half way, where it already removes something.
        const QSignalBlocker blocker(m_threshold);
        m_threshold->setValue(kSliderSteps / 2);
    }
    query.threshold = static_cast<float>(m_sliderLow + (m_sliderHigh - m_sliderLow) *
                                                           m_threshold->value() / kSliderSteps);
    m_threshold->setEnabled(query.useThreshold);
    m_thresholdValue->setText(query.useThreshold ? formatCellValue(query.threshold) : QString());
    if (query.topK == m_query.topK && query.minDistance == m_query.minDistance &&
        query.useThreshold == m_query.useThreshold && query.threshold == m_query.threshold)
        return;
    m_query = query;
    emit peakQueryEdited(query);
}

void ResponseView::syncThresholdSlider()
{
    if (m_result && !m_result->response.empty()) {
        const ResponseDisplay& display = m_result->display;
        if (display.prepared) { // measured off the GUI thread: undefined cells count as 0
            const bool undefined = m_result->undefinedCells > 0;
            m_sliderLow = display.anyFinite ? display.finiteLow : 0.0;
            m_sliderHigh = display.anyFinite ? display.finiteHigh : 0.0;
            m_sliderLow = undefined ? std::min(m_sliderLow, 0.0) : m_sliderLow;
            m_sliderHigh = undefined ? std::max(m_sliderHigh, 0.0) : m_sliderHigh;
        } else {
            cv::Mat finite = m_result->response.clone();
            cv::patchNaNs(finite, 0);
            cv::minMaxLoc(finite, &m_sliderLow, &m_sliderHigh);
        }
        if (m_sliderHigh <= m_sliderLow)
            m_sliderHigh = m_sliderLow + 1;
    }
    const double t = (m_query.threshold - m_sliderLow) / (m_sliderHigh - m_sliderLow);
    const QSignalBlocker blocker(m_threshold);
    m_threshold->setValue(static_cast<int>(std::lround(std::clamp(t, 0.0, 1.0) * kSliderSteps)));
    m_thresholdValue->setText(m_query.useThreshold ? formatCellValue(m_query.threshold)
                                                   : QString());
}

ValueRange ResponseView::responseRange() const
{
    return display::responseRange(*m_result, m_view);
}

void ResponseView::setResult(std::shared_ptr<const ResponseResult> result)
{
    m_result = std::move(result);
    syncThresholdSlider();
    refresh();
}

void ResponseView::refresh()
{
    const bool haveResult = m_result && m_result->ok() && !m_result->response.empty();
    if (!haveResult) {
        m_main->clearMap();
        m_main->setMessage(m_result ? tr("No response: %1").arg(m_result->error)
                                    : tr("Computing…"));
        m_mainBar->setUndefinedCount(0);
    } else {
        const ValueRange range = responseRange();
        m_main->setMessage({});
        if (m_result->display.matches(m_view.colormap, range))
            m_main->setMap(m_result->response, m_result->display, m_result->undefinedCells > 0);
        else
            m_main->setMap(m_result->response, m_view.colormap, range);
        m_main->setPeaks(m_hidden.peak ? std::vector<Peak>{} : m_result->peaks);
        m_mainBar->setScale(m_view.colormap, range);
        m_mainBar->setUndefinedCount(m_result->undefinedCells);
    }
    if (haveResult) {
        const Parameters& p = m_result->parameters;
        QString what = p.isTemplateMatch() ? QString::fromStdString(toString(p.method))
                       : p.operation == Parameters::Operation::TrueConvolution
                           ? tr("true convolution")
                           : tr("cross-correlation");
        if (p.poolEnabled)
            what += QStringLiteral(" → ") +
                    (p.pool.mode == PoolMode::Max ? tr("max pooling") : tr("average pooling"));
        m_mainTitle->setText(m_hidden.outputSize ? tr("Response (%1)").arg(what)
                                                 : tr("Response (%1), %2 × %3")
                                                       .arg(what)
                                                       .arg(m_result->response.rows)
                                                       .arg(m_result->response.cols));
    } else {
        m_mainTitle->setText(tr("Response"));
    }
    refreshSideBySide();
    refreshPeakText();
}

void ResponseView::refreshSideBySide()
{
    const bool show = m_view.sideBySide && m_result && m_result->ok() &&
                      !m_result->rawCorrelation.empty() && !m_result->normalisedCorrelation.empty();
    m_sidePanes->setVisible(show);
    m_mainPane->setVisible(!show);
    if (!show)
        return;
    const auto fill = [this](HeatmapView* view, ColorBar* bar, const cv::Mat& map,
                             const SideMapDisplay& prepared, MatchMethod method) {
        // The worker prepared it; a result made by other means (an export) is measured here.
        const SideMapDisplay side =
            prepared.display.prepared
                ? prepared
                : SideMapDisplay::prepare(map, method, m_result->patchSize, m_view.colormap);
        const ValueRange range = side.rangeFor(m_view.colormap);
        if (side.display.matches(m_view.colormap, range))
            view->setMap(map, side.display, side.undefinedCells > 0);
        else // another colormap chosen since the computation: drawn here, once
            view->setMap(map, m_view.colormap, range);
        view->setPeaks(m_hidden.peak ? std::vector<Peak>{} : side.peaks);
        bar->setScale(m_view.colormap, range);
        bar->setUndefinedCount(side.undefinedCells);
    };
    fill(m_raw, m_rawBar, m_result->rawCorrelation, m_result->rawSide, MatchMethod::CCorr);
    fill(m_normalised, m_normalisedBar, m_result->normalisedCorrelation, m_result->normalisedSide,
         MatchMethod::CCoeffNormed);
    arrangeSideBySide();
    m_rawTitle->setText(tr("Raw correlation (ccorr)"));
    m_normalisedTitle->setText(tr("Normalised (ccoeff_normed)"));
}

Qt::Orientation ResponseView::sideBySideOrientation(QSize area, QSize map, int barWidth,
                                                    int titleHeight)
{
    if (map.isEmpty())
        return Qt::Horizontal;
    // The zoom at which a map fits the space one of the two panes gets.
    const auto fit = [&](double width, double height) {
        return std::min((width - barWidth) / map.width(), (height - titleHeight) / map.height());
    };
    const double beside = fit(area.width() / 2.0, area.height());
    const double above = fit(area.width(), area.height() / 2.0);
    return above > beside ? Qt::Vertical : Qt::Horizontal;
}

void ResponseView::arrangeSideBySide()
{
    if (!m_result || m_result->rawCorrelation.empty())
        return;
    const Qt::Orientation orientation = sideBySideOrientation(
        m_sidePanes->size(), QSize(m_result->rawCorrelation.cols, m_result->rawCorrelation.rows),
        m_rawBar->sizeHint().width(), m_rawTitle->sizeHint().height());
    const auto direction =
        orientation == Qt::Vertical ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight;
    if (m_sides->direction() != direction)
        m_sides->setDirection(direction);
}

bool ResponseView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_sidePanes && event->type() == QEvent::Resize)
        arrangeSideBySide();
    return QWidget::eventFilter(watched, event);
}

void ResponseView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        refreshPeakText(); // an error is written in the colour of the look
    QWidget::changeEvent(event);
}

void ResponseView::refreshPeakText()
{
    if (!m_result) {
        m_peakText->setText(tr("Computing…"));
        return;
    }
    if (!m_result->ok()) {
        m_peakText->setText(
            QStringLiteral("<span style='color:%1'>%2</span>")
                .arg(palette::errorText(palette()).name(), m_result->error.toHtmlEscaped()));
        return;
    }
    QString text;
    const bool lower = lowerIsBetter(m_result->parameters.peakMethod());
    if (m_hidden.peak && !m_result->peaks.empty()) {
        text = tr("<b>Best match: your turn.</b> Its place is shown once you answer the "
                  "exercise, or ask for the answer.");
    } else if (m_result->peaks.empty()) {
        text = noPeakReason(*m_result);
    } else {
        const Peak& best = m_result->peaks.front();
        const cv::Rect& rect = best.rect;
        text = tr("<b>Best match at (row %1, col %2)</b>, score %3 — "
                  "<code>np.unravel_index(np.%4(result), result.shape)</code>")
                   .arg(best.row)
                   .arg(best.col)
                   .arg(formatCellValue(best.score))
                   .arg(lower ? QStringLiteral("argmin") : QStringLiteral("argmax"));
        text += QStringLiteral("<br>") + tr("In the image: rows %1–%2, cols %3–%4")
                                             .arg(rect.y)
                                             .arg(rect.y + rect.height - 1)
                                             .arg(rect.x)
                                             .arg(rect.x + rect.width - 1);
        if (m_result->peaks.size() > 1)
            text += tr(" · %n peak(s) marked", nullptr, static_cast<int>(m_result->peaks.size()));
    }
    if (m_result->undefinedCells > 0)
        text += QStringLiteral("<br>") +
                tr("%n cell(s) undefined (0/0: flat patch or flat window), shown hatched.", nullptr,
                   m_result->undefinedCells);
    m_peakText->setText(text);
}

QString ResponseView::peakText() const
{
    return m_peakText->text();
}

QImage ResponseView::coloredResponse() const
{
    if (!m_result || !m_result->ok() || m_result->response.empty())
        return {};
    return m_main->coloredMap(); // drawn by refresh(), not coloured a second time
}

void ResponseView::setHighlightedCells(const QVector<QPoint>& cells)
{
    m_main->setHighlightedCells(cells);
}

void ResponseView::zoomToFit()
{
    m_main->zoomToFit();
    m_raw->zoomToFit();
    m_normalised->zoomToFit();
}

void ResponseView::zoomActualPixels()
{
    m_main->zoomActualPixels();
}

void ResponseView::zoomIn()
{
    m_main->zoomIn();
}

void ResponseView::zoomOut()
{
    m_main->zoomOut();
}

} // namespace convlab
