// SPDX-License-Identifier: MIT
#include "views/ParametersPanel.h"

#include "geometry/ConvGeometry.h"
#include "i18n/Retranslation.h"
#include "theme/ThemedStyleSheet.h"
#include "views/Palette.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace convlab {

namespace {

using Operation = Parameters::Operation;

QString methodDescription(MatchMethod method)
{
    switch (method) {
    case MatchMethod::SqDiff:
        return ParametersPanel::tr("sqdiff — squared difference (lower is better)");
    case MatchMethod::SqDiffNormed:
        return ParametersPanel::tr("sqdiff_normed — normalised squared difference");
    case MatchMethod::CCorr:
        return ParametersPanel::tr("ccorr — raw correlation");
    case MatchMethod::CCorrNormed:
        return ParametersPanel::tr("ccorr_normed — normalised correlation");
    case MatchMethod::CCoeff:
        return ParametersPanel::tr("ccoeff — correlation of deviations from the mean");
    case MatchMethod::CCoeffNormed:
        return ParametersPanel::tr("ccoeff_normed — Pearson correlation (−1 … 1)");
    }
    return {};
}

void setBlocked(QSpinBox* spin, int value)
{
    const QSignalBlocker blocker(spin);
    spin->setValue(value);
}

QLabel* header()
{
    auto* label = new QLabel;
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    label->setFont(font);
    label->setAlignment(Qt::AlignCenter);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

ParametersPanel::ParametersPanel(QWidget* parent)
    : QWidget(parent), m_texts(new Retranslation(this))
{
    auto* layout = new QVBoxLayout(this);
    // The output-size formula first: what the panel is for stays in view above the fold of a
    // small screen's dock and of presentation mode's column; the controls that shape it follow.
    m_formula = new QLabel(this);
    m_formula->setObjectName(QStringLiteral("formula"));
    m_formula->setTextFormat(Qt::RichText);
    m_formula->setWordWrap(true);
    m_formula->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_formula->setFrameShape(QFrame::StyledPanel);
    m_formula->setMargin(fontMetrics().height() / 3);
    m_formula->setBackgroundRole(QPalette::Base);
    m_formula->setAutoFillBackground(true);
    layout->addWidget(m_formula);

    m_explanation = new QLabel(this);
    m_explanation->setObjectName(QStringLiteral("explanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::RichText);
    m_explanation->setMargin(fontMetrics().height() / 3);
    new ThemedStyleSheet(m_explanation, [](const QPalette& colours) {
        const palette::Callout callout = palette::problemCallout(colours);
        return QStringLiteral("QLabel { background: %1; color: %3; border-left: 4px solid %2; }")
            .arg(callout.background.name(), callout.accent.name(), callout.text.name());
    });
    m_explanation->hide();
    layout->addWidget(m_explanation);

    auto* grid = new QGridLayout;
    for (int column = 1; column <= 4; ++column)
        grid->setColumnStretch(column, 1);
    int row = 0;
    buildOperation(grid, row);
    buildGeometry(grid, row);
    layout->addLayout(grid);
    layout->addWidget(buildPooling());
    layout->addStretch(1);

    setParameters(Parameters{});
    // The formula and the explanation are written by setResult(): the window computes the
    // response again in the new language.
    m_texts->add([this] { syncEnabled(); });
}

QSpinBox* ParametersPanel::addSpin(int minimum, int maximum, const QString& name,
                                   const Retranslation::Text& tip)
{
    auto* spin = new QSpinBox(this);
    spin->setRange(minimum, maximum);
    spin->setObjectName(name);
    m_texts->toolTip(spin, tip);
    spin->setAccelerated(true);
    connect(spin, &QSpinBox::valueChanged, this, &ParametersPanel::readControls);
    return spin;
}

void ParametersPanel::buildOperation(QGridLayout* grid, int& row)
{
    m_operation = new QComboBox(this);
    m_operation->setObjectName(QStringLiteral("operation"));
    m_operation->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_operation->setMinimumContentsLength(14);
    m_operation->addItem(QString(), static_cast<int>(Operation::CrossCorrelation));
    m_operation->addItem(QString(), static_cast<int>(Operation::TrueConvolution));
    m_operation->addItem(QString(), static_cast<int>(Operation::TemplateMatch));
    m_texts->itemText(m_operation, 0, [] { return tr("Cross-correlation (conv2d)"); });
    m_texts->itemText(m_operation, 1, [] { return tr("True convolution (kernel flipped)"); });
    m_texts->itemText(m_operation, 2, [] { return tr("Template matching"); });
    m_texts->toolTip(m_operation, [] {
        return tr("Cross-correlation is what PyTorch's conv2d computes; true convolution flips "
                  "the kernel by 180°.");
    });
    connect(m_operation, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating)
            return;
        // matchTemplate has no dilation: leave none behind when switching to it.
        if (m_operation->currentData().toInt() == static_cast<int>(Operation::TemplateMatch)) {
            setBlocked(m_dilationRows, 1);
            setBlocked(m_dilationCols, 1);
        }
        readControls();
    });
    grid->addWidget(m_texts->text(new QLabel(this), [] { return tr("Operation"); }), row, 0);
    grid->addWidget(m_operation, row++, 1, 1, 4);

    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("method"));
    for (int m = 0; m <= static_cast<int>(MatchMethod::CCoeffNormed); ++m) {
        const auto method = static_cast<MatchMethod>(m);
        m_method->addItem(QString::fromStdString(toString(method)), m);
        m_texts->add([this, m, method] {
            m_method->setItemData(m, methodDescription(method), Qt::ToolTipRole);
        });
    }
    connect(m_method, &QComboBox::currentIndexChanged, this, &ParametersPanel::readControls);
    m_methodLabel = m_texts->text(new QLabel(this), [] { return tr("Method"); });
    grid->addWidget(m_methodLabel, row, 0);
    grid->addWidget(m_method, row++, 1, 1, 4);
}

void ParametersPanel::buildGeometry(QGridLayout* grid, int& row)
{
    // Columns 1–4: two spin boxes (rows, cols) span two columns each; padding uses all four.
    grid->addWidget(m_texts->text(header(), [] { return tr("rows"); }), row, 1, 1, 2);
    grid->addWidget(m_texts->text(header(), [] { return tr("cols"); }), row++, 3, 1, 2);

    m_strideLabel = m_texts->text(new QLabel(this), [] { return tr("Stride"); });
    m_strideRows = addSpin(1, limits::kMaxStride, QStringLiteral("strideRows"),
                           [] { return tr("Vertical step of the window"); });
    m_strideCols = addSpin(1, limits::kMaxStride, QStringLiteral("strideCols"),
                           [] { return tr("Horizontal step of the window"); });
    grid->addWidget(m_strideLabel, row, 0);
    grid->addWidget(m_strideRows, row, 1, 1, 2);
    grid->addWidget(m_strideCols, row++, 3, 1, 2);

    m_dilationLabel = m_texts->text(new QLabel(this), [] { return tr("Dilation"); });
    m_dilationRows = addSpin(1, limits::kMaxDilation, QStringLiteral("dilationRows"),
                             [] { return tr("Spacing between kernel taps, vertically"); });
    m_dilationCols = addSpin(1, limits::kMaxDilation, QStringLiteral("dilationCols"),
                             [] { return tr("Spacing between kernel taps, horizontally"); });
    grid->addWidget(m_dilationLabel, row, 0);
    grid->addWidget(m_dilationRows, row, 1, 1, 2);
    grid->addWidget(m_dilationCols, row++, 3, 1, 2);

    m_paddingLabel = m_texts->text(new QLabel(this), [] { return tr("Padding"); });
    m_padTop = addSpin(0, limits::kMaxPadding, QStringLiteral("padTop"),
                       [] { return tr("Rows added on top"); });
    m_padBottom = addSpin(0, limits::kMaxPadding, QStringLiteral("padBottom"),
                          [] { return tr("Rows added at the bottom"); });
    m_padLeft = addSpin(0, limits::kMaxPadding, QStringLiteral("padLeft"),
                        [] { return tr("Columns added on the left"); });
    m_padRight = addSpin(0, limits::kMaxPadding, QStringLiteral("padRight"),
                         [] { return tr("Columns added on the right"); });
    grid->addWidget(m_texts->text(header(), [] { return tr("top"); }), row, 1);
    grid->addWidget(m_texts->text(header(), [] { return tr("bottom"); }), row, 2);
    grid->addWidget(m_texts->text(header(), [] { return tr("left"); }), row, 3);
    grid->addWidget(m_texts->text(header(), [] { return tr("right"); }), row++, 4);
    grid->addWidget(m_paddingLabel, row, 0);
    grid->addWidget(m_padTop, row, 1);
    grid->addWidget(m_padBottom, row, 2);
    grid->addWidget(m_padLeft, row, 3);
    grid->addWidget(m_padRight, row++, 4);

    auto* presets = new QHBoxLayout;
    const std::pair<PaddingPreset, Retranslation::Text> buttons[] = {
        {PaddingPreset::Valid, [] { return tr("Valid"); }},
        {PaddingPreset::Same, [] { return tr("Same"); }},
        {PaddingPreset::Full, [] { return tr("Full"); }}};
    const QString names[] = {QStringLiteral("paddingValid"), QStringLiteral("paddingSame"),
                             QStringLiteral("paddingFull")};
    const Retranslation::Text tips[] = {
        [] { return tr("No padding: only windows that fit inside the image"); },
        [] { return tr("Pad so that, at stride 1, the output has the input's size"); },
        [] { return tr("Pad d(k−1) on each side: every overlap of kernel and image"); }};
    int index = 0;
    for (const auto& [preset, text] : buttons) {
        auto* button = m_texts->text(new QPushButton(this), text);
        button->setObjectName(names[index]);
        m_texts->toolTip(button, tips[index++]);
        connect(button, &QPushButton::clicked, this, [this, p = preset] { applyPreset(p); });
        presets->addWidget(button);
    }
    grid->addLayout(presets, row++, 1, 1, 4);

    m_paddingModeLabel = m_texts->text(new QLabel(this), [] { return tr("Padding mode"); });
    m_paddingMode = new QComboBox(this);
    m_paddingMode->setObjectName(QStringLiteral("paddingMode"));
    for (PaddingMode mode :
         {PaddingMode::Zeros, PaddingMode::Reflect, PaddingMode::Replicate, PaddingMode::Circular})
        m_paddingMode->addItem(QString(), static_cast<int>(mode));
    m_texts->itemText(m_paddingMode, 0, [] { return tr("zeros"); });
    m_texts->itemText(m_paddingMode, 1, [] { return tr("reflect"); });
    m_texts->itemText(m_paddingMode, 2, [] { return tr("replicate"); });
    m_texts->itemText(m_paddingMode, 3, [] { return tr("circular"); });
    m_texts->toolTip(m_paddingMode,
                     [] { return tr("What the padding cells hold, with PyTorch's names"); });
    connect(m_paddingMode, &QComboBox::currentIndexChanged, this, &ParametersPanel::readControls);
    grid->addWidget(m_paddingModeLabel, row, 0);
    grid->addWidget(m_paddingMode, row++, 1, 1, 4);
}

QGroupBox* ParametersPanel::buildPooling()
{
    m_pooling = m_texts->title(new QGroupBox(this), [] { return tr("Pooling after"); });
    m_pooling->setObjectName(QStringLiteral("pooling"));
    m_pooling->setCheckable(true);
    connect(m_pooling, &QGroupBox::toggled, this, &ParametersPanel::readControls);
    auto* grid = new QGridLayout(m_pooling);
    m_poolMode = new QComboBox(m_pooling);
    m_poolMode->setObjectName(QStringLiteral("poolMode"));
    m_poolMode->addItem(QString(), static_cast<int>(PoolMode::Max));
    m_poolMode->addItem(QString(), static_cast<int>(PoolMode::Average));
    m_texts->itemText(m_poolMode, 0, [] { return tr("max"); });
    m_texts->itemText(m_poolMode, 1, [] { return tr("average"); });
    connect(m_poolMode, &QComboBox::currentIndexChanged, this, &ParametersPanel::readControls);
    m_poolSizeRows = addSpin(1, limits::kMaxPoolSize, QStringLiteral("poolSizeRows"),
                             [] { return tr("Pooling window height"); });
    m_poolSizeCols = addSpin(1, limits::kMaxPoolSize, QStringLiteral("poolSizeCols"),
                             [] { return tr("Pooling window width"); });
    m_poolStrideRows = addSpin(1, limits::kMaxPoolStride, QStringLiteral("poolStrideRows"),
                               [] { return tr("Pooling stride, vertically"); });
    m_poolStrideCols = addSpin(1, limits::kMaxPoolStride, QStringLiteral("poolStrideCols"),
                               [] { return tr("Pooling stride, horizontally"); });
    m_poolPadding = addSpin(0, limits::kMaxPoolSize / 2, QStringLiteral("poolPadding"), [] {
        return tr("Pooling padding on every side (at most half the window)");
    });
    const auto label = [this](const Retranslation::Text& text) {
        return m_texts->text(new QLabel(m_pooling), text);
    };
    grid->addWidget(label([] { return tr("Mode"); }), 0, 0);
    grid->addWidget(m_poolMode, 0, 1, 1, 2);
    grid->addWidget(label([] { return tr("Size"); }), 1, 0);
    grid->addWidget(m_poolSizeRows, 1, 1);
    grid->addWidget(m_poolSizeCols, 1, 2);
    grid->addWidget(label([] { return tr("Stride"); }), 2, 0);
    grid->addWidget(m_poolStrideRows, 2, 1);
    grid->addWidget(m_poolStrideCols, 2, 2);
    grid->addWidget(label([] { return tr("Padding"); }), 3, 0);
    grid->addWidget(m_poolPadding, 3, 1);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    return m_pooling;
}

void ParametersPanel::setParameters(const Parameters& parameters)
{
    m_parameters = parameters;
    m_updating = true; // the controls' signals see it and stay silent
    m_operation->setCurrentIndex(m_operation->findData(static_cast<int>(parameters.operation)));
    m_method->setCurrentIndex(m_method->findData(static_cast<int>(parameters.method)));
    const ConvParams& conv = parameters.conv;
    m_strideRows->setValue(conv.stride.rows);
    m_strideCols->setValue(conv.stride.cols);
    m_dilationRows->setValue(conv.dilation.rows);
    m_dilationCols->setValue(conv.dilation.cols);
    m_padTop->setValue(conv.padding.top);
    m_padBottom->setValue(conv.padding.bottom);
    m_padLeft->setValue(conv.padding.left);
    m_padRight->setValue(conv.padding.right);
    m_paddingMode->setCurrentIndex(m_paddingMode->findData(static_cast<int>(conv.paddingMode)));
    m_pooling->setChecked(parameters.poolEnabled);
    const PoolParams& pool = parameters.pool;
    m_poolMode->setCurrentIndex(m_poolMode->findData(static_cast<int>(pool.mode)));
    m_poolSizeRows->setValue(pool.size.rows);
    m_poolSizeCols->setValue(pool.size.cols);
    m_poolStrideRows->setValue(pool.stride.rows);
    m_poolStrideCols->setValue(pool.stride.cols);
    m_poolPadding->setValue(pool.padding.top);
    m_updating = false;
    syncEnabled();
}

void ParametersPanel::setPatchSize(int rows, int cols)
{
    m_patchRows = rows;
    m_patchCols = cols;
}

void ParametersPanel::syncEnabled()
{
    const bool match = m_parameters.isTemplateMatch();
    m_method->setVisible(match);
    m_methodLabel->setVisible(match);
    m_dilationRows->setEnabled(!match);
    m_dilationCols->setEnabled(!match);
    m_dilationLabel->setToolTip(match ? tr("Template matching compares whole windows: no "
                                           "dilation.")
                                      : QString());
}

void ParametersPanel::readControls()
{
    if (m_updating)
        return;
    Parameters p = m_parameters;
    p.operation = static_cast<Operation>(m_operation->currentData().toInt());
    p.method = static_cast<MatchMethod>(m_method->currentData().toInt());
    p.conv.stride = {m_strideRows->value(), m_strideCols->value()};
    p.conv.dilation = {m_dilationRows->value(), m_dilationCols->value()};
    p.conv.padding = {m_padTop->value(), m_padBottom->value(), m_padLeft->value(),
                      m_padRight->value()};
    p.conv.paddingMode = static_cast<PaddingMode>(m_paddingMode->currentData().toInt());
    p.conv.trueConvolution = p.operation == Operation::TrueConvolution;
    p.poolEnabled = m_pooling->isChecked();
    p.pool.mode = static_cast<PoolMode>(m_poolMode->currentData().toInt());
    p.pool.size = {m_poolSizeRows->value(), m_poolSizeCols->value()};
    p.pool.stride = {m_poolStrideRows->value(), m_poolStrideCols->value()};
    p.pool.padding = Padding::uniform(m_poolPadding->value());
    if (p == m_parameters)
        return;
    m_parameters = p;
    syncEnabled();
    emit parametersEdited(p);
}

void ParametersPanel::applyPreset(PaddingPreset preset)
{
    const Padding padding = resolvePadding(preset, {m_patchRows, m_patchCols},
                                           {m_dilationRows->value(), m_dilationCols->value()});
    m_updating = true;
    setBlocked(m_padTop, padding.top);
    setBlocked(m_padBottom, padding.bottom);
    setBlocked(m_padLeft, padding.left);
    setBlocked(m_padRight, padding.right);
    m_updating = false;
    readControls();
}

void ParametersPanel::setConcealment(const Concealment& hidden)
{
    m_hidden = hidden;
    if (m_result)
        setResult(*m_result);
}

void ParametersPanel::setResult(const ResponseResult& result)
{
    if (!m_result || &*m_result != &result)
        m_result = result;
    const bool hide = m_hidden.outputSize;
    const auto line = [hide](const QString& name, const QString& formula) {
        return QStringLiteral("<tr><td style='padding-right:0.6em'><b>%1</b></td>"
                              "<td><code>%2</code></td></tr>")
            .arg(name, (hide ? withoutResult(formula) : formula).toHtmlEscaped());
    };
    QString html = QStringLiteral("<table cellspacing='2'>");
    if (!result.rowFormula.isEmpty())
        html += line(tr("rows"), result.rowFormula) + line(tr("cols"), result.colFormula);
    if (!result.poolRowFormula.isEmpty())
        html += line(tr("pool rows"), result.poolRowFormula) +
                line(tr("pool cols"), result.poolColFormula);
    html += QStringLiteral("</table>");
    if (result.ok()) {
        const Pair out = result.pooledSize;
        const QString rows = hide ? QStringLiteral("?") : QString::number(out.rows);
        const QString cols = hide ? QStringLiteral("?") : QString::number(out.cols);
        html += QStringLiteral("<p style='margin-top:0.4em'>") +
                tr("Input %1 × %2, patch %3 × %4 → <b>response %5 × %6</b>")
                    .arg(result.imageSize.height)
                    .arg(result.imageSize.width)
                    .arg(result.patchSize.height)
                    .arg(result.patchSize.width)
                    .arg(rows, cols) +
                QStringLiteral("</p>");
        m_explanation->hide();
        m_explanation->clear();
    } else {
        m_explanation->setText(
            QStringLiteral("<b>%1</b><br>%2")
                .arg(tr("This combination is impossible:"), result.error.toHtmlEscaped()));
        m_explanation->show();
    }
    m_formula->setText(html);
    markProblem(result.problem);
}

void ParametersPanel::markProblem(ResponseResult::Problem problem)
{
    using P = ResponseResult::Problem;
    const std::pair<QWidget*, P> labels[] = {{m_strideLabel, P::Stride},
                                             {m_paddingLabel, P::Padding},
                                             {m_paddingModeLabel, P::PaddingMode},
                                             {m_dilationLabel, P::Dilation},
                                             {m_pooling, P::Pooling}};
    for (const auto& [label, which] : labels) {
        QFont font; // only the weight is the label's own: the size follows the window's
        font.setBold(which == problem);
        label->setFont(font);
        QPalette colors = palette();
        if (which == problem)
            colors.setColor(QPalette::WindowText, palette::errorText(colors));
        label->setPalette(colors);
    }
}

QString ParametersPanel::formulaText() const
{
    return m_formula->text();
}

QString ParametersPanel::explanationText() const
{
    return m_explanation->isHidden() ? QString() : m_explanation->text();
}

} // namespace convlab
