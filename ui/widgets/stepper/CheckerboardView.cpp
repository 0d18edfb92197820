// SPDX-License-Identifier: MIT
#include "stepper/CheckerboardView.h"

#include "format/CellValue.h"
#include "i18n/Retranslation.h"
#include "stepper/OverlapMapView.h"
#include "views/ColorBar.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>
#include <numeric>

namespace convlab {
namespace {

constexpr Colormap kColormap = Colormap::Viridis; // sequential: counts start at 0

ValueRange rangeOf(const MapUniformity& u)
{
    return {0, std::max(1.0, u.maximum)};
}

QString number(double value)
{
    return formatCellValue(value);
}

} // namespace

CheckerboardView::CheckerboardView(QWidget* parent)
    : QWidget(parent), m_texts(new Retranslation(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildControls());

    auto* limits = m_texts->text(new QLabel(this), [] {
        return tr("Limits: i ≤ %1, k ≤ %2, s ≤ %3, d ≤ %4, so that the output, (i−1)s + d(k−1) + "
                  "1 cells a side, keeps its numbers readable. No padding: the whole output, "
                  "borders included; the dashed frame is the interior, away from the borders.")
            .arg(kMaxInput)
            .arg(kMaxKernel)
            .arg(kMaxStride)
            .arg(kMaxDilation);
    });
    limits->setObjectName(QStringLiteral("limits"));
    limits->setWordWrap(true);
    layout->addWidget(limits);

    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("counts1d"));
    m_counts->setTextFormat(Qt::RichText);
    m_counts->setWordWrap(true);
    layout->addWidget(m_counts);

    auto* panels = new QHBoxLayout;
    panels->addWidget(buildPanel(m_overlap, m_overlapBar, m_overlapTitle), 1);
    panels->addWidget(buildPanel(m_transposed, m_transposedBar, m_transposedTitle), 1);
    panels->addWidget(buildPanel(m_resized, m_resizedBar, m_resizedTitle), 1);
    m_overlap->setObjectName(QStringLiteral("overlapMap"));
    m_transposed->setObjectName(QStringLiteral("transposedMap"));
    m_resized->setObjectName(QStringLiteral("resizedMap"));
    layout->addLayout(panels, 1);

    m_evenness = new QLabel(this);
    m_evenness->setObjectName(QStringLiteral("evenness"));
    m_evenness->setWordWrap(true);
    layout->addWidget(m_evenness);
    m_resizedNote = new QLabel(this);
    m_resizedNote->setObjectName(QStringLiteral("resizedNote"));
    m_resizedNote->setWordWrap(true);
    layout->addWidget(m_resizedNote);

    setSettings(m_settings);
    m_texts->add([this] { refreshTexts(); });
}

QWidget* CheckerboardView::buildControls()
{
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    const auto spin = [this, row, layout](const QString& name, int low, int high,
                                          const Retranslation::Text& label,
                                          const Retranslation::Text& toolTip) {
        auto* box = new QSpinBox(row);
        box->setObjectName(name);
        box->setRange(low, high);
        box->setKeyboardTracking(false);
        m_texts->toolTip(box, toolTip);
        layout->addWidget(m_texts->text(new QLabel(row), label));
        layout->addWidget(box);
        connect(box, &QSpinBox::valueChanged, this, &CheckerboardView::onControlEdited);
        return box;
    };
    m_input = spin(
        QStringLiteral("inputSize"), 2, kMaxInput, [] { return tr("Input i"); },
        [] { return tr("Rows and columns of the constant input"); });
    m_kernel = spin(
        QStringLiteral("kernelSize"), 1, kMaxKernel, [] { return tr("Kernel k"); },
        [] { return tr("Rows and columns of the constant kernel"); });
    m_stride = spin(
        QStringLiteral("stride"), 1, kMaxStride, [] { return tr("Stride s"); },
        [] { return tr("Stride of the transposed convolution, and the resize factor"); });
    m_dilation = spin(
        QStringLiteral("dilation"), 1, kMaxDilation, [] { return tr("Dilation d"); },
        [] { return tr("Dilation of the kernel's taps"); });
    layout->addSpacing(12);
    layout->addWidget(m_texts->text(new QLabel(row), [] { return tr("Resize"); }));
    m_resize = new QComboBox(row);
    m_resize->setObjectName(QStringLiteral("resizeMode"));
    m_resize->addItem(QString(), static_cast<int>(ResizeMode::Nearest));
    m_resize->addItem(QString(), static_cast<int>(ResizeMode::Bilinear));
    m_texts->itemText(m_resize, 0, [] { return tr("nearest"); });
    m_texts->itemText(m_resize, 1, [] { return tr("bilinear"); });
    m_texts->toolTip(m_resize, [] {
        return tr("How the input is enlarged by s before the ordinary convolution, on the right");
    });
    connect(m_resize, &QComboBox::currentIndexChanged, this, &CheckerboardView::onControlEdited);
    layout->addWidget(m_resize);
    layout->addStretch(1);
    return row;
}

QWidget* CheckerboardView::buildPanel(OverlapMapView*& view, ColorBar*& bar, QLabel*& title)
{
    auto* panel = new QWidget(this);
    auto* grid = new QGridLayout(panel);
    grid->setContentsMargins(0, 0, 0, 0);
    title = new QLabel(panel);
    title->setWordWrap(true);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    view = new OverlapMapView(panel);
    view->setMinimumSize(120, 120);
    bar = new ColorBar(panel);
    grid->addWidget(title, 0, 0, 1, 2);
    grid->addWidget(view, 1, 0);
    grid->addWidget(bar, 1, 1);
    grid->setRowStretch(1, 1);
    grid->setColumnStretch(0, 1);
    return panel;
}

TransposedParams CheckerboardView::params() const
{
    TransposedParams p;
    p.stride = {m_settings.stride, m_settings.stride};
    p.dilation = {m_settings.dilation, m_settings.dilation};
    return p;
}

void CheckerboardView::setSettings(const Settings& settings)
{
    m_settings = settings;
    m_settings.input = std::clamp(settings.input, 2, kMaxInput);
    m_settings.kernel = std::clamp(settings.kernel, 1, kMaxKernel);
    m_settings.stride = std::clamp(settings.stride, 1, kMaxStride);
    m_settings.dilation = std::clamp(settings.dilation, 1, kMaxDilation);
    {
        const QSignalBlocker b1(m_input), b2(m_kernel), b3(m_stride), b4(m_dilation), b5(m_resize);
        m_input->setValue(m_settings.input);
        m_kernel->setValue(m_settings.kernel);
        m_stride->setValue(m_settings.stride);
        m_dilation->setValue(m_settings.dilation);
        m_resize->setCurrentIndex(m_settings.resize == ResizeMode::Nearest ? 0 : 1);
    }
    recompute();
}

void CheckerboardView::followTransposed(const StepperSetup& setup)
{
    Settings s = m_settings;
    s.input = setup.input.rows;
    s.kernel = setup.kernel.rows;
    s.stride = setup.transposed.stride.rows;
    s.dilation = setup.transposed.dilation.rows;
    setSettings(s);
}

void CheckerboardView::onControlEdited()
{
    Settings s;
    s.input = m_input->value();
    s.kernel = m_kernel->value();
    s.stride = m_stride->value();
    s.dilation = m_dilation->value();
    s.resize = m_resize->currentIndex() == 0 ? ResizeMode::Nearest : ResizeMode::Bilinear;
    setSettings(s);
}

void CheckerboardView::recompute()
{
    const Settings& s = m_settings;
    // Within the limits every geometry is possible (no padding, no output padding).
    m_figure = checkerboardFigure({s.input, s.input}, {s.kernel, s.kernel}, params(), s.resize);
    m_counts1d = transposedOverlap1d({s.input, s.kernel, s.stride, 0, 0, s.dilation, 0});
    const OverlapMap& overlap = m_figure.overlap;
    m_overlap->setMap(overlap.counts, kColormap, rangeOf(overlap.uniformity),
                      overlap.uniformity.interior);
    m_overlapBar->setScale(kColormap, rangeOf(overlap.uniformity));
    m_transposed->setMap(m_figure.transposedOutput, kColormap,
                         rangeOf(m_figure.transposedUniformity),
                         m_figure.transposedUniformity.interior);
    m_transposedBar->setScale(kColormap, rangeOf(m_figure.transposedUniformity));
    m_resized->setMap(m_figure.resized.output, kColormap, rangeOf(m_figure.resizedUniformity),
                      m_figure.resizedUniformity.interior);
    m_resizedBar->setScale(kColormap, rangeOf(m_figure.resizedUniformity));
    refreshTexts();
}

QString CheckerboardView::countsText() const
{
    QStringList numbers;
    for (int count : m_counts1d)
        numbers << QString::number(count);
    return numbers.join(QLatin1Char(' '));
}

QString CheckerboardView::evennessText() const
{
    return m_evenness->text();
}

void CheckerboardView::refreshTexts()
{
    const Settings& s = m_settings;
    const OverlapMap& overlap = m_figure.overlap;
    const MapUniformity& u = overlap.uniformity;

    // One axis: the interior's counts in bold.
    const int begin = u.interior.empty() ? 0 : u.interior.x;
    const int end = u.interior.empty() ? 0 : u.interior.x + u.interior.width;
    QStringList cells;
    for (int j = 0; j < static_cast<int>(m_counts1d.size()); ++j) {
        const QString n = QString::number(m_counts1d[static_cast<std::size_t>(j)]);
        cells << (j >= begin && j < end ? QStringLiteral("<b>%1</b>").arg(n) : n);
    }
    m_counts->setText(tr("One axis (1D), %1 output cells, the interior in bold: %2")
                          .arg(m_counts1d.size())
                          .arg(cells.join(QLatin1Char(' '))));

    const QString size = QStringLiteral("%1×%2").arg(overlap.counts.rows).arg(overlap.counts.cols);
    m_overlapTitle->setText(tr("How many input cells reach each output cell (%1)").arg(size));
    m_transposedTitle->setText(
        tr("Transposed convolution: input of ones, %1×%1 kernel of ones").arg(s.kernel));
    const QString mode = s.resize == ResizeMode::Nearest ? tr("nearest") : tr("bilinear");
    m_resizedTitle->setText(tr("Resize ×%1 (%2), then a %3×%3 convolution of ones")
                                .arg(s.stride)
                                .arg(mode)
                                .arg(s.kernel));

    const int g = std::gcd(s.stride, s.dilation);
    const QString whole =
        tr("%1 to %2 over the whole map").arg(number(u.minimum), number(u.maximum));
    QString sentence;
    if (u.interior.empty()) {
        sentence = tr("No output cell lies away from the borders with an input this small: take a "
                      "larger input to see the interior (%1).")
                       .arg(whole);
    } else if (u.uniformInterior && overlap.evenByRule) {
        sentence = tr("Even inside the frame: every cell there receives %1 contributions (%2), "
                      "because s = %3 divides k = %4 and gcd(s, d) = gcd(%3, %5) = 1.")
                       .arg(number(u.interiorMaximum), whole)
                       .arg(s.stride)
                       .arg(s.kernel)
                       .arg(s.dilation);
    } else if (u.uniformInterior) {
        sentence = tr("Even inside the frame (%1 contributions, %2), but only because the frame "
                      "is narrower than the pattern's period s = %3: take a larger input.")
                       .arg(number(u.interiorMaximum), whole)
                       .arg(s.stride);
    } else if (g > 1) {
        sentence = tr("Uneven inside the frame: from %1 to %2 contributions (%3), some cells get "
                      "none, because gcd(s, d) = gcd(%4, %5) = %6 > 1: the taps land only on the "
                      "phases of the stride that are multiples of %6.")
                       .arg(number(u.interiorMinimum), number(u.interiorMaximum), whole)
                       .arg(s.stride)
                       .arg(s.dilation)
                       .arg(g);
    } else {
        sentence = tr("Uneven inside the frame, a checkerboard: from %1 to %2 contributions (%3), "
                      "because s = %4 does not divide k = %5: some phases of the stride receive "
                      "one tap more than others.")
                       .arg(number(u.interiorMinimum), number(u.interiorMaximum), whole)
                       .arg(s.stride)
                       .arg(s.kernel);
    }
    m_evenness->setText(sentence);

    const MapUniformity& r = m_figure.resizedUniformity;
    if (r.interior.empty())
        m_resizedNote->setText(
            tr("Resize then convolution: no cell lies away from the borders at this size."));
    else if (r.uniformInterior)
        m_resizedNote->setText(tr("Resize then convolution: %1 everywhere inside its frame, "
                                  "every output cell reads k×k cells of the enlarged input: no "
                                  "pattern.")
                                   .arg(number(r.interiorMaximum)));
    else
        m_resizedNote->setText(tr("Resize then convolution: from %1 to %2 inside its frame.")
                                   .arg(number(r.interiorMinimum), number(r.interiorMaximum)));
}

} // namespace convlab
