// SPDX-License-Identifier: MIT
#include "views/PatchEditor.h"

#include "Error.h"
#include "document/Parameters.h"
#include "i18n/CoreMessages.h"
#include "i18n/Retranslation.h"
#include "kernels/KernelPresets.h"
#include "views/ImageCanvas.h"
#include "views/KernelGrid.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <random>

namespace convlab {

namespace {

QString presetName(KernelPreset preset)
{
    switch (preset) {
    case KernelPreset::Identity:
        return PatchEditor::tr("Identity");
    case KernelPreset::Box:
        return PatchEditor::tr("Box blur");
    case KernelPreset::Gaussian:
        return PatchEditor::tr("Gaussian blur");
    case KernelPreset::SobelX:
        return PatchEditor::tr("Sobel x (vertical edges)");
    case KernelPreset::SobelY:
        return PatchEditor::tr("Sobel y (horizontal edges)");
    case KernelPreset::Laplacian:
        return PatchEditor::tr("Laplacian");
    case KernelPreset::Sharpen:
        return PatchEditor::tr("Sharpen");
    case KernelPreset::Emboss:
        return PatchEditor::tr("Emboss");
    case KernelPreset::Gabor:
        return PatchEditor::tr("Gabor-like (oriented stripes)");
    case KernelPreset::Random:
        return PatchEditor::tr("Random");
    }
    return {};
}

cv::Mat flippedLeftRight(const cv::Mat& patch)
{
    cv::Mat out;
    cv::flip(patch, out, 1);
    return out;
}

cv::Mat flippedUpDown(const cv::Mat& patch)
{
    cv::Mat out;
    cv::flip(patch, out, 0);
    return out;
}

QToolButton* textButton(Retranslation& texts, const Retranslation::Text& text,
                        const Retranslation::Text& tip, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    texts.text(button, text);
    texts.toolTip(button, tip);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAutoRaise(false);
    return button;
}

} // namespace

cv::Mat PatchEditor::resized(const cv::Mat& patch, int rows, int cols)
{
    cv::Mat out = cv::Mat::zeros(rows, cols, CV_32F);
    if (patch.empty())
        return out;
    // Centred: a preset keeps its centre where 'same' padding expects it.
    const int dr = (rows - patch.rows) / 2, dc = (cols - patch.cols) / 2;
    const cv::Rect target = cv::Rect(dc, dr, patch.cols, patch.rows) & cv::Rect(0, 0, cols, rows);
    patch(target - cv::Point(dc, dr)).copyTo(out(target));
    return out;
}

PatchEditor::PatchEditor(ToolSettings* tools, QWidget* parent)
    : QWidget(parent), m_texts(new Retranslation(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_controls = buildBar();
    layout->addWidget(m_controls);
    m_stack = new QStackedWidget(this);
    m_grid = new KernelGrid(m_stack);
    m_grid->setObjectName(QStringLiteral("kernelGrid"));
    m_canvas = new ImageCanvas(tools, m_stack);
    m_canvas->setObjectName(QStringLiteral("patchCanvas"));
    m_stack->addWidget(m_grid);
    m_stack->addWidget(m_canvas);
    layout->addWidget(m_stack, 1);

    connect(m_grid, &KernelGrid::cellEdited, this, [this](int row, int col, float value) {
        cv::Mat edited = m_patch.clone();
        edited.at<float>(row, col) = value;
        emit patchEdited(edited, QRect(col, row, 1, 1), nextStrokeId());
    });
    connect(m_grid, &KernelGrid::cellHovered, this, &PatchEditor::cellHovered);
    connect(m_canvas, &ImageCanvas::imageEdited, this, &PatchEditor::patchEdited);
    connect(m_canvas, &PixelView::cellHovered, this, &PatchEditor::cellHovered);
}

QWidget* PatchEditor::buildBar()
{
    auto* bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("patchControls")); // presentation mode hides it
    auto* grid = new QGridLayout(bar);
    grid->setContentsMargins(0, 0, 0, 0);

    const auto sizeSpin = [this, bar](const QString& name, const Retranslation::Text& tip) {
        auto* spin = new QSpinBox(bar);
        spin->setObjectName(name);
        spin->setRange(1, limits::kMaxPatchSide);
        m_texts->toolTip(spin, tip);
        spin->setKeyboardTracking(false);
        connect(spin, &QSpinBox::valueChanged, this,
                [this] { resizeTo(m_rows->value(), m_cols->value()); });
        return spin;
    };
    m_rows = sizeSpin(QStringLiteral("patchRows"), [] { return tr("Patch height (rows)"); });
    m_cols = sizeSpin(QStringLiteral("patchCols"), [] { return tr("Patch width (columns)"); });
    auto* by = new QLabel(QStringLiteral("×"), bar);

    m_presets = new QComboBox(bar);
    m_presets->setObjectName(QStringLiteral("presets"));
    m_presets->addItem(QString());
    m_texts->itemText(m_presets, 0, [] { return tr("Preset…"); });
    for (KernelPreset preset : allKernelPresets()) {
        m_presets->addItem(QString(), static_cast<int>(preset));
        m_texts->itemText(m_presets, m_presets->count() - 1,
                          [preset] { return presetName(preset); });
    }
    m_texts->toolTip(
        m_presets, [] { return tr("Replace the patch by a classic kernel of the current size"); });
    connect(m_presets, &QComboBox::activated, this, &PatchEditor::applyPreset);

    auto* normalise = textButton(
        *m_texts, [] { return tr("Normalise"); },
        [] {
            return tr("Scale so the weights sum to 1 (edge kernels, which sum to 0: to unit "
                      "length)");
        },
        bar);
    normalise->setObjectName(QStringLiteral("normalise"));
    connect(normalise, &QToolButton::clicked, this,
            [this] { replaceWith(&normaliseKernel, tr("Normalise patch")); });

    auto* flip = textButton(
        *m_texts, [] { return tr("Flip"); }, [] { return tr("Mirror the patch"); }, bar);
    flip->setObjectName(QStringLiteral("flip"));
    flip->setPopupMode(QToolButton::InstantPopup);
    auto* flipMenu = new QMenu(flip);
    QAction* leftRight = flipMenu->addAction(
        QString(), this, [this] { replaceWith(&flippedLeftRight, tr("Flip patch left-right")); });
    QAction* upDown = flipMenu->addAction(
        QString(), this, [this] { replaceWith(&flippedUpDown, tr("Flip patch top-bottom")); });
    QAction* rotate = flipMenu->addAction(
        QString(), this, [this] { replaceWith(&flipKernel, tr("Rotate patch 180°")); });
    m_texts->add([leftRight, upDown, rotate] {
        leftRight->setText(tr("Left ↔ right"));
        upDown->setText(tr("Top ↕ bottom"));
        rotate->setText(tr("Rotate 180° (true convolution)"));
    });
    flip->setMenu(flipMenu);

    auto* load = textButton(
        *m_texts, [] { return tr("Load…"); },
        [] { return tr("Load a patch from .npy, .txt or an image"); }, bar);
    connect(load, &QToolButton::clicked, this, &PatchEditor::loadRequested);
    auto* save = textButton(
        *m_texts, [] { return tr("Save…"); },
        [] { return tr("Save the patch as .npy, .txt or .png"); }, bar);
    connect(save, &QToolButton::clicked, this, &PatchEditor::saveRequested);

    auto* sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_texts->text(new QLabel(bar), [] { return tr("Size"); }));
    sizeRow->addWidget(m_rows, 1);
    sizeRow->addWidget(by);
    sizeRow->addWidget(m_cols, 1);
    sizeRow->addWidget(m_presets, 3);
    grid->addLayout(sizeRow, 0, 0);
    auto* actions = new QHBoxLayout;
    for (QWidget* w : {static_cast<QWidget*>(normalise), static_cast<QWidget*>(flip),
                       static_cast<QWidget*>(load), static_cast<QWidget*>(save)})
        actions->addWidget(w);
    actions->addStretch(1);
    grid->addLayout(actions, 1, 0);
    return bar;
}

void PatchEditor::setPatch(const cv::Mat& patch)
{
    m_patch = patch;
    {
        const QSignalBlocker rows(m_rows), cols(m_cols);
        m_rows->setValue(patch.rows);
        m_cols->setValue(patch.cols);
    }
    const bool small = patch.rows <= kGridLimit && patch.cols <= kGridLimit;
    if (small) {
        m_grid->setKernel(patch);
        m_stack->setCurrentWidget(m_grid);
    } else {
        m_canvas->setImage(patch);
        m_stack->setCurrentWidget(m_canvas);
    }
}

bool PatchEditor::showsGrid() const
{
    return m_stack->currentWidget() == m_grid;
}

void PatchEditor::resizeTo(int rows, int cols)
{
    if (rows == m_patch.rows && cols == m_patch.cols)
        return;
    emit patchReplaced(resized(m_patch, rows, cols),
                       tr("Resize patch to %1×%2").arg(rows).arg(cols));
}

void PatchEditor::applyPreset(int index)
{
    if (index <= 0)
        return;
    KernelSpec spec;
    spec.preset = static_cast<KernelPreset>(m_presets->itemData(index).toInt());
    spec.size = {m_patch.rows, m_patch.cols};
    spec.angleDegrees = 30;
    spec.seed = std::random_device{}();
    {
        const QSignalBlocker blocker(m_presets);
        m_presets->setCurrentIndex(0);
    }
    if (!supportsSize(spec.preset, spec.size)) {
        // Edge and sharpening kernels exist only odd and square: take the nearest such size.
        const int side = std::max(3, std::max(spec.size.rows, spec.size.cols) | 1);
        spec.size = {std::min(side, 31), std::min(side, 31)};
    }
    try {
        emit patchReplaced(makeKernel(spec), tr("Patch preset: %1").arg(presetName(spec.preset)));
    } catch (const Error& error) {
        emit failed(CoreMessages::translate(QString::fromUtf8(error.what())));
    }
}

void PatchEditor::replaceWith(cv::Mat (*transform)(const cv::Mat&), const QString& actionText)
{
    if (m_patch.empty())
        return;
    try {
        emit patchReplaced(transform(m_patch), actionText);
    } catch (const Error& error) {
        emit failed(CoreMessages::translate(QString::fromUtf8(error.what())));
    }
}

} // namespace convlab
