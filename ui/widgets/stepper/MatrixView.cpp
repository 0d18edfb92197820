// SPDX-License-Identifier: MIT
#include "stepper/MatrixView.h"

#include "Error.h"
#include "i18n/CoreMessages.h"
#include "i18n/Retranslation.h"
#include "stepper/MatrixPresets.h"
#include "stepper/MatrixWidget.h"
#include "stepper/StepperFormat.h"
#include "theme/ThemedStyleSheet.h"
#include "views/Palette.h"

#include <QButtonGroup>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>
#include <cmath>

namespace convlab {
namespace {

cv::Mat integerValues(std::mt19937& rng, int rows, int cols, int low, int high)
{
    std::uniform_int_distribution<int> values(low, high);
    cv::Mat m(rows, cols, CV_32F);
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c)
            m.at<float>(r, c) = static_cast<float>(values(rng));
    return m;
}

// A column of n entries: symbols base₁ … base_n, or the values of `values` (any shape, row-major).
MatrixCells vectorCells(const cv::Mat& values, const QString& base, bool symbolic)
{
    MatrixCells cells;
    cells.rows = static_cast<int>(values.total());
    cells.cols = 1;
    const cv::Mat flat = values.isContinuous() ? values : values.clone();
    for (int i = 0; i < cells.rows; ++i)
        cells.text << (symbolic ? subscripted(base, i + 1) : formatNumber(flat.ptr<float>()[i], 3));
    cells.faint.assign(static_cast<size_t>(cells.rows), false);
    return cells;
}

// The same entries laid out as an image of `shape`.
MatrixCells imageCells(const MatrixCells& column, Pair shape)
{
    MatrixCells cells = column;
    cells.rows = shape.rows;
    cells.cols = shape.cols;
    return cells;
}

// A matrix whose entries hold kernel taps: w₁ … symbolically, or the numbers; 0 faint.
MatrixCells tapCells(const cv::Mat& values, const cv::Mat& taps, bool symbolic)
{
    MatrixCells cells;
    cells.rows = values.rows;
    cells.cols = values.cols;
    for (int r = 0; r < values.rows; ++r)
        for (int c = 0; c < values.cols; ++c) {
            const int tap = taps.at<int>(r, c);
            cells.faint.push_back(tap < 0);
            if (tap < 0)
                cells.text << QStringLiteral("0");
            else
                cells.text << (symbolic ? subscripted(QStringLiteral("w"), tap + 1)
                                        : formatNumber(values.at<float>(r, c), 3));
        }
    return cells;
}

MatrixCells numberCells(const cv::Mat& values)
{
    MatrixCells cells;
    cells.rows = values.rows;
    cells.cols = values.cols;
    for (int r = 0; r < values.rows; ++r)
        for (int c = 0; c < values.cols; ++c) {
            const float v = values.at<float>(r, c);
            cells.text << formatNumber(v, 3);
            cells.faint.push_back(std::abs(v) < 1e-6f);
        }
    return cells;
}

QLabel* operatorLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    label->setFont(font);
    label->setAlignment(Qt::AlignCenter);
    return label;
}

QLabel* heading(QWidget* parent)
{
    auto* label = new QLabel(parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.2);
    label->setFont(font);
    label->setWordWrap(true); // a long (French) title must not be cut at the scroll area's edge
    return label;
}

QLabel* note(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QSet<int> windowOf(const cv::Mat& taps, int row)
{
    QSet<int> window;
    if (row < 0 || row >= taps.rows)
        return window;
    for (int j = 0; j < taps.cols; ++j)
        if (taps.at<int>(row, j) >= 0)
            window.insert(j);
    return window;
}

} // namespace

MatrixView::MatrixView(QWidget* parent) : QWidget(parent), m_texts(new Retranslation(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildControls());
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(buildContent());
    layout->addWidget(m_scroll, 1);
    m_scroll->installEventFilter(this);
    loadPreset(Preset::Lecture);
    m_texts->add([this] { recompute(); }); // the notes under the figures
}

QSize MatrixView::unscrolledSizeHint() const
{
    // Room for a vertical scroll bar too, which fitToWidth keeps free: figures at full scale.
    const int frame = 2 * m_scroll->frameWidth();
    return sizeHint() + m_scroll->widget()->sizeHint() + QSize(frame, frame) -
           m_scroll->sizeHint() + QSize(m_scroll->verticalScrollBar()->sizeHint().width(), 0);
}

bool MatrixView::eventFilter(QObject* watched, QEvent* event)
{
    // The room changes (the window, the lesson's column) or the figures' fonts do (presentation
    // mode scales each one): the scale that fits, at once, so that presentation mode, which
    // shrinks the text while the page scrolls, sees the page as it will be.
    if ((watched == m_scroll && event->type() == QEvent::Resize) ||
        (event->type() == QEvent::FontChange && qobject_cast<MatrixWidget*>(watched)))
        fitToWidth();
    return QWidget::eventFilter(watched, event);
}

// The largest scale (1, then smaller steps) at which the figures are no wider than the scroll
// area, a vertical scroll bar's width kept free so that the choice does not depend on whether
// one shows. Trial scales go in without a relayout; only the chosen one is applied.
void MatrixView::fitToWidth()
{
    if (m_fitting || !m_content)
        return;
    m_fitting = true;
    const int available = m_scroll->width() - 2 * m_scroll->frameWidth() -
                          m_scroll->verticalScrollBar()->sizeHint().width();
    const QList<MatrixWidget*> figures = m_content->findChildren<MatrixWidget*>();
    const QList<QLayout*> layouts = m_content->findChildren<QLayout*>();
    const QList<QWidget*> panels = m_content->findChildren<QWidget*>(Qt::FindDirectChildrenOnly);
    const auto widthAt = [&](double scale) {
        // The layouts' cached hints, the panels' included, go stale at once, not on the next
        // turn of the event loop.
        for (MatrixWidget* figure : figures)
            figure->setScale(scale);
        for (QLayout* layout : layouts)
            layout->invalidate();
        for (QWidget* panel : panels)
            panel->updateGeometry();
        return m_content->sizeHint().width();
    };
    double chosen = kSmallestFigureScale;
    for (const double scale : {1.0, 0.9, 0.8, kSmallestFigureScale})
        if (widthAt(scale) <= available) {
            chosen = scale;
            break;
        }
    widthAt(chosen);
    m_figureScale = chosen;
    m_fitting = false;
}

QWidget* MatrixView::buildControls()
{
    auto* bar = new QWidget(this);
    auto* rows = new QVBoxLayout(bar);
    rows->setContentsMargins(0, 0, 0, 0);

    auto* presets = new QHBoxLayout;
    presets->addWidget(m_texts->text(new QLabel(bar), [] { return tr("Presets:"); }));
    const auto presetButton = [&](const Retranslation::Text& text,
                                  const Retranslation::Text& toolTip, Preset preset,
                                  const QString& name) {
        auto* button = m_texts->text(new QPushButton(bar), text);
        button->setObjectName(name);
        m_texts->toolTip(button, toolTip);
        button->setFocusPolicy(Qt::NoFocus);
        connect(button, &QPushButton::clicked, this, [this, preset] { loadPreset(preset); });
        presets->addWidget(button);
    };
    presetButton([] { return tr("Lecture example"); },
                 [] { return tr("x of 7 values, w of 3, stride 2"); }, Preset::Lecture,
                 QStringLiteral("lecturePreset"));
    presetButton([] { return tr("Orthonormal W"); },
                 [] { return tr("kernel [−1, 0, 0, 1]/√2, stride 4: W·Wᵀ = I"); },
                 Preset::Orthonormal, QStringLiteral("orthonormalPreset"));
    presetButton([] { return tr("Tiny 2D image"); },
                 [] { return tr("a 3×3 image, a 2×2 kernel, stride 1, flattened"); },
                 Preset::TinyImage, QStringLiteral("tinyImagePreset"));
    presetButton([] { return tr("Backward pass"); },
                 [] {
                     return tr("the lecture's x and w, padding 1, a target t: δ = y − t and "
                               "∂L/∂x = Wᵀδ");
                 },
                 Preset::Backward, QStringLiteral("backwardPreset"));
    presets->addStretch(1);
    rows->addLayout(presets);

    // Three short rows rather than two long ones: beside the lesson's text on a 1366-pixel
    // projector, in French, the page has less than 1000 pixels. The presets, then how the case
    // is drawn, then its numbers.
    auto* drawing = new QHBoxLayout;
    auto* dimensions = new QButtonGroup(this);
    m_signalButton = new QToolButton(bar);
    m_texts->text(m_signalButton, [] { return tr("1D signal"); });
    m_imageButton = new QToolButton(bar);
    m_texts->text(m_imageButton, [] { return tr("2D image (flattened)"); });
    for (QToolButton* button : {m_signalButton, m_imageButton}) {
        button->setCheckable(true);
        button->setFocusPolicy(Qt::NoFocus);
        dimensions->addButton(button);
        drawing->addWidget(button);
    }
    drawing->addSpacing(16);
    connect(m_signalButton, &QToolButton::clicked, this,
            [this] { setDimension(Dimension::Signal); });
    connect(m_imageButton, &QToolButton::clicked, this, [this] { setDimension(Dimension::Image); });
    m_symbolsButton = new QPushButton(tr("Numbers"), bar);
    m_symbolsButton->setObjectName(QStringLiteral("symbolsButton"));
    m_texts->toolTip(m_symbolsButton,
                     [] { return tr("Switch between symbols (w₁, x₁, …) and numbers"); });
    m_symbolsButton->setFocusPolicy(Qt::NoFocus);
    connect(m_symbolsButton, &QPushButton::clicked, this, [this] { setSymbolic(!m_symbolic); });
    drawing->addWidget(m_symbolsButton);
    auto* fresh = m_texts->text(new QPushButton(bar), [] { return tr("New values"); });
    fresh->setFocusPolicy(Qt::NoFocus);
    connect(fresh, &QPushButton::clicked, this, &MatrixView::newValues);
    drawing->addWidget(fresh);
    drawing->addStretch(1);
    rows->addLayout(drawing);

    auto* parameters = new QHBoxLayout;
    const auto spin = [&](const Retranslation::Text& label, int low, int high,
                          const QString& name) {
        parameters->addWidget(m_texts->text(new QLabel(bar), label));
        auto* box = new QSpinBox(bar);
        box->setRange(low, high);
        box->setObjectName(name);
        box->setKeyboardTracking(false);
        parameters->addWidget(box);
        return box;
    };
    m_inputSize = spin([] { return tr("Input"); }, 2, 16, QStringLiteral("inputSize"));
    m_kernelSize = spin([] { return tr("Kernel"); }, 1, 5, QStringLiteral("kernelSize"));
    m_stride = spin([] { return tr("Stride"); }, 1, 4, QStringLiteral("stride"));
    m_padding = spin([] { return tr("Padding"); }, 0, 3, QStringLiteral("padding"));
    m_dilation = spin([] { return tr("Dilation"); }, 1, 3, QStringLiteral("dilation"));
    parameters->addStretch(1);
    rows->addLayout(parameters);

    for (QSpinBox* box : {m_stride, m_padding, m_dilation})
        connect(box, &QSpinBox::valueChanged, this, &MatrixView::onControlEdited);
    for (QSpinBox* box : {m_inputSize, m_kernelSize})
        connect(box, &QSpinBox::valueChanged, this, &MatrixView::onSizeEdited);
    return bar;
}

QWidget* MatrixView::buildContent()
{
    m_content = new QWidget;
    auto* layout = new QGridLayout(m_content);
    m_y = new MatrixWidget(QStringLiteral("y"), MatrixWidget::Look::Matrix, m_content);
    m_W = new MatrixWidget(QStringLiteral("W"), MatrixWidget::Look::Matrix, m_content);
    m_x = new MatrixWidget(QStringLiteral("x"), MatrixWidget::Look::Matrix, m_content);
    m_xImage = new MatrixWidget(QString(), MatrixWidget::Look::Grid, m_content);
    m_yImage = new MatrixWidget(QString(), MatrixWidget::Look::Grid, m_content);
    m_xHat = new MatrixWidget(QStringLiteral("x̂"), MatrixWidget::Look::Matrix, m_content);
    m_Wt = new MatrixWidget(QStringLiteral("Wᵀ"), MatrixWidget::Look::Matrix, m_content);
    m_yAgain = new MatrixWidget(QStringLiteral("y"), MatrixWidget::Look::Matrix, m_content);
    m_xHatAgain = new MatrixWidget(QStringLiteral("x̂"), MatrixWidget::Look::Matrix, m_content);
    m_C = new MatrixWidget(QStringLiteral("C"), MatrixWidget::Look::Matrix, m_content);
    m_z = new MatrixWidget(QStringLiteral("z"), MatrixWidget::Look::Matrix, m_content);
    m_zImage = new MatrixWidget(QString(), MatrixWidget::Look::Grid, m_content);
    m_texts->title(m_xImage, [] { return tr("x as an image"); });
    m_texts->title(m_yImage, [] { return tr("y as an image"); });
    m_texts->title(m_zImage, [] { return tr("z as an image"); });
    m_WWt = new MatrixWidget(QStringLiteral("W Wᵀ"), MatrixWidget::Look::Matrix, m_content);
    m_xCompared = new MatrixWidget(QStringLiteral("x"), MatrixWidget::Look::Matrix, m_content);
    m_xHatCompared =
        new MatrixWidget(QStringLiteral("x̂ = WᵀWx"), MatrixWidget::Look::Matrix, m_content);
    m_error = note(m_content, QStringLiteral("error"));
    new ThemedStyleSheet(m_error, [](const QPalette& colours) {
        return QStringLiteral("color: %1;").arg(palette::errorText(colours).name());
    });
    m_rearrangement = note(m_content, QStringLiteral("rearrangement"));
    m_lectureNote = note(m_content, QStringLiteral("lectureNote"));
    m_verdict = note(m_content, QStringLiteral("verdict"));
    m_delta = new MatrixWidget(QStringLiteral("δ"), MatrixWidget::Look::Matrix, m_content);
    m_yBackward = new MatrixWidget(QStringLiteral("y"), MatrixWidget::Look::Matrix, m_content);
    m_target = new MatrixWidget(QStringLiteral("t"), MatrixWidget::Look::Matrix, m_content);
    m_gradient = new MatrixWidget(QStringLiteral("∂L/∂x"), MatrixWidget::Look::Matrix, m_content);
    m_WtBackward = new MatrixWidget(QStringLiteral("Wᵀ"), MatrixWidget::Look::Matrix, m_content);
    m_deltaAgain = new MatrixWidget(QStringLiteral("δ"), MatrixWidget::Look::Matrix, m_content);
    m_backwardNote = note(m_content, QStringLiteral("backwardNote"));

    // Four panels, two by two, so the lecture's example fits on one projected screen.
    const auto panel = [this](const Retranslation::Text& title,
                              std::initializer_list<QWidget*> equation,
                              std::initializer_list<QWidget*> notes) {
        auto* box = new QWidget(m_content);
        auto* column = new QVBoxLayout(box);
        column->setContentsMargins(0, 0, 12, 12);
        column->addWidget(m_texts->text(heading(box), title));
        auto* row = new QHBoxLayout;
        row->setSpacing(10);
        for (QWidget* widget : equation) {
            widget->setParent(box);
            row->addWidget(widget, 0, Qt::AlignTop);
        }
        row->addStretch(1);
        column->addLayout(row);
        for (QWidget* widget : notes) {
            widget->setParent(box);
            column->addWidget(widget);
        }
        column->addStretch(1);
        return box;
    };
    layout->addWidget(m_error, 0, 0, 1, 2);
    layout->addWidget(
        panel([] { return tr("The convolution as a product: y = W x"); },
              {m_y, operatorLabel(QStringLiteral("="), m_content), m_W, m_x, m_xImage, m_yImage},
              {}),
        1, 0);
    layout->addWidget(panel([] { return tr("Going back with the transpose: x̂ = Wᵀ y"); },
                            {m_xHat, operatorLabel(QStringLiteral("="), m_content), m_Wt, m_yAgain},
                            {}),
                      1, 1);
    m_rearrangedPanel =
        panel([] { return tr("Rearranged, Wᵀ y is a convolution: x̂ = C z"); },
              {m_xHatAgain, operatorLabel(QStringLiteral("="), m_content), m_C, m_z, m_zImage},
              {m_rearrangement});
    layout->addWidget(m_rearrangedPanel, 2, 0);
    // The note on the lecture's slide under the verdict: the two columns end level, so the
    // lecture's example fits a 1366×768 projector without scrolling.
    m_inversePanel = panel([] { return tr("Is Wᵀ the inverse of W? W Wᵀ and the reconstruction"); },
                           {m_WWt, m_xCompared, m_xHatCompared}, {m_verdict, m_lectureNote});
    layout->addWidget(m_inversePanel, 2, 1);
    // The backward pass takes the place of the last two panels (isBackwardShown).
    auto* gap = new QWidget(m_content);
    gap->setFixedWidth(24);
    m_backwardPanel =
        panel([] { return tr("The backward pass: δ = ∂L/∂y = y − t, then ∂L/∂x = Wᵀ δ"); },
              {m_delta, operatorLabel(QStringLiteral("="), m_content), m_yBackward,
               operatorLabel(QStringLiteral("−"), m_content), m_target, gap, m_gradient,
               operatorLabel(QStringLiteral("="), m_content), m_WtBackward, m_deltaAgain},
              {m_backwardNote});
    layout->addWidget(m_backwardPanel, 3, 0, 1, 2);
    layout->setRowStretch(4, 1);
    for (MatrixWidget* figure : m_content->findChildren<MatrixWidget*>())
        figure->installEventFilter(this);
    layout->setColumnStretch(0, 1);
    layout->setColumnStretch(1, 1);

    connect(m_W, &MatrixWidget::entryHovered, this, [this](int row, int) { hoverW(row); });
    connect(m_Wt, &MatrixWidget::entryHovered, this, [this](int, int col) { hoverWt(col); });
    connect(m_x, &MatrixWidget::entryHovered, this, [this](int row, int) { hoverX(row); });
    connect(m_WtBackward, &MatrixWidget::entryHovered, this,
            [this](int, int col) { hoverWtBackward(col); });
    connect(m_xImage, &MatrixWidget::entryHovered, this, [this](int row, int col) {
        hoverX(row < 0 ? -1 : row * m_xImage->columnCount() + col);
    });
    // An entry of y is a row of W: the same highlight.
    connect(m_y, &MatrixWidget::entryHovered, this, [this](int row, int) { hoverW(row); });
    connect(m_yImage, &MatrixWidget::entryHovered, this, [this](int row, int col) {
        hoverW(row < 0 ? -1 : row * m_yImage->columnCount() + col);
    });
    return m_content;
}

cv::Mat& MatrixView::currentX()
{
    return m_dimension == Dimension::Signal ? m_signal : m_image;
}

cv::Mat& MatrixView::currentKernel()
{
    return m_dimension == Dimension::Signal ? m_signalKernel : m_imageKernel;
}

void MatrixView::loadPreset(Preset preset)
{
    const MatrixPresetData data = matrixPresetData(static_cast<MatrixPresetId>(preset));
    m_symbolic = data.symbolic;
    m_backward = !data.target.empty();
    if (m_backward)
        m_signalTarget = data.target.clone();
    load(data.x, data.kernel, data.stride, data.padding, data.dilation);
}

void MatrixView::setBackwardShown(bool shown)
{
    m_backward = shown;
    recompute();
}

void MatrixView::load(const cv::Mat& x, const cv::Mat& kernel, int stride, int padding,
                      int dilation)
{
    m_dimension = x.rows == 1 && kernel.rows == 1 ? Dimension::Signal : Dimension::Image;
    currentX() = x.clone();
    currentKernel() = kernel.clone();
    const QSignalBlocker b1(m_inputSize), b2(m_kernelSize), b3(m_stride), b4(m_padding),
        b5(m_dilation);
    const bool signal = m_dimension == Dimension::Signal;
    m_inputSize->setRange(2, signal ? 16 : 5);
    m_kernelSize->setRange(1, signal ? 5 : 3);
    m_inputSize->setValue(x.cols);
    m_kernelSize->setValue(kernel.cols);
    m_stride->setValue(stride);
    m_padding->setValue(padding);
    m_dilation->setValue(dilation);
    recompute();
}

void MatrixView::setDimension(Dimension dimension)
{
    m_dimension = dimension;
    const bool signal = dimension == Dimension::Signal;
    const QSignalBlocker b1(m_inputSize), b2(m_kernelSize);
    m_inputSize->setRange(2, signal ? 16 : 5);
    m_kernelSize->setRange(1, signal ? 5 : 3);
    // The other view keeps its data when it still fits the shared kernel size.
    const int n = m_inputSize->value(), k = m_kernelSize->value();
    if (currentX().empty() || currentX().cols != n)
        currentX() = integerValues(m_rng, signal ? 1 : n, n, 0, 3);
    if (currentKernel().empty() || currentKernel().cols != k)
        currentKernel() = integerValues(m_rng, signal ? 1 : k, k, -1, 2);
    recompute();
}

void MatrixView::setValueHidden(const std::optional<Pair>& cell)
{
    if (cell == m_hiddenCell)
        return;
    m_hiddenCell = cell;
    refreshCells();
}

void MatrixView::setSymbolic(bool symbolic)
{
    m_symbolic = symbolic;
    refreshCells();
}

void MatrixView::onControlEdited()
{
    recompute();
}

void MatrixView::onSizeEdited()
{
    const bool signal = m_dimension == Dimension::Signal;
    const int n = m_inputSize->value(), k = m_kernelSize->value();
    if (currentX().cols != n)
        currentX() = integerValues(m_rng, signal ? 1 : n, n, 0, 3);
    if (currentKernel().cols != k)
        currentKernel() = integerValues(m_rng, signal ? 1 : k, k, -1, 2);
    recompute();
}

void MatrixView::newValues()
{
    currentX() = integerValues(m_rng, currentX().rows, currentX().cols, 0, 3);
    currentKernel() = integerValues(m_rng, currentKernel().rows, currentKernel().cols, -1, 2);
    m_signalTarget.release(); // a new target too, as long as y
    recompute();
}

void MatrixView::recompute()
{
    m_signalButton->setChecked(m_dimension == Dimension::Signal);
    m_imageButton->setChecked(m_dimension == Dimension::Image);
    const int s = m_stride->value(), p = m_padding->value(), d = m_dilation->value();
    const bool signal = m_dimension == Dimension::Signal;
    try {
        m_figures = computeMatrixFigures(currentX(), currentKernel(), {signal ? 1 : s, s},
                                         signal ? Padding{0, 0, p, p} : Padding::uniform(p),
                                         {signal ? 1 : d, d});
        if (isBackwardShown()) {
            // t as long as y: a new one when the case changed y's length.
            const int outputs = m_figures.outputShape.cols;
            if (m_signalTarget.rows != 1 || m_signalTarget.cols != outputs)
                m_signalTarget = integerValues(m_rng, 1, outputs, 0, 6);
            m_figures.backward = squaredErrorBackward(m_figures.W, m_figures.x, m_signalTarget);
        }
        m_valid = true;
        m_error->clear();
    } catch (const Error& e) {
        m_valid = false;
        m_error->setText(tr("Cannot build W: %1").arg(CoreMessages::translate(e.what())));
    }
    m_error->setVisible(!m_valid);
    showPanels();
    if (!m_valid)
        return;
    m_xImage->setVisible(!signal);
    m_yImage->setVisible(!signal);
    m_zImage->setVisible(!signal);
    refreshCells();
    refreshTexts();
    fitToWidth();
}

void MatrixView::refreshCells()
{
    m_symbolsButton->setText(m_symbolic ? tr("Numbers") : tr("Symbols"));
    if (!m_valid)
        return;
    const MatrixFigures& f = m_figures;
    const Reconstruction& rec = f.reconstruction;
    const QString x = QStringLiteral("x"), y = QStringLiteral("y"), xHat = QStringLiteral("x̂");
    const MatrixCells xCells = vectorCells(f.x, x, m_symbolic);
    MatrixCells yCells = vectorCells(rec.y, y, m_symbolic);
    // The hidden value's entry, y flattened row-major as W's rows are.
    int hidden = -1;
    if (m_hiddenCell && !m_symbolic && m_hiddenCell->rows >= 0 && m_hiddenCell->cols >= 0 &&
        m_hiddenCell->rows < f.outputShape.rows && m_hiddenCell->cols < f.outputShape.cols) {
        hidden = m_hiddenCell->rows * f.outputShape.cols + m_hiddenCell->cols;
        if (hidden < yCells.text.size())
            yCells.text[hidden] = QStringLiteral("?");
    }
    const MatrixCells xHatCells = vectorCells(rec.xHat, xHat, m_symbolic);
    const MatrixCells W = tapCells(f.W, f.taps, m_symbolic);
    const cv::Mat Wt = f.W.t(), WtTaps = f.taps.t();

    MatrixCells z;
    z.rows = static_cast<int>(f.zSource.total());
    z.cols = 1;
    for (int i = 0; i < z.rows; ++i) {
        const int source = f.zSource.ptr<int>()[i];
        z.faint.push_back(source < 0);
        if (source < 0)
            z.text << QStringLiteral("0");
        else
            z.text << (m_symbolic         ? subscripted(y, source + 1)
                       : source == hidden ? QStringLiteral("?")
                                          : formatNumber(rec.y.ptr<float>()[source], 3));
    }

    m_y->setCells(yCells);
    m_W->setCells(W);
    m_x->setCells(xCells);
    m_xImage->setCells(imageCells(xCells, {f.x.rows, f.x.cols}));
    m_yImage->setCells(imageCells(yCells, f.outputShape));
    m_xHat->setCells(xHatCells);
    m_Wt->setCells(tapCells(Wt, WtTaps, m_symbolic));
    m_yAgain->setCells(yCells);
    m_xHatAgain->setCells(xHatCells);
    m_C->setCells(tapCells(f.C, f.Ctaps, m_symbolic));
    m_z->setCells(z);
    m_zImage->setCells(imageCells(z, {f.zSource.rows, f.zSource.cols}));
    m_WWt->setCells(numberCells(rec.WWt));
    m_xCompared->setCells(vectorCells(f.x, x, false));
    m_xHatCompared->setCells(vectorCells(rec.xHat, xHat, false));

    const auto sized = [](const QString& name, int rows, int cols) {
        return QStringLiteral("%1 (%2×%3)").arg(name).arg(rows).arg(cols);
    };
    m_W->setTitle(sized(QStringLiteral("W"), f.W.rows, f.W.cols));
    m_Wt->setTitle(sized(QStringLiteral("Wᵀ"), Wt.rows, Wt.cols));
    m_C->setTitle(sized(QStringLiteral("C"), f.C.rows, f.C.cols));
    m_z->setTitle(QStringLiteral("z (%1)").arg(z.rows));
    m_WWt->setTitle(sized(QStringLiteral("W Wᵀ"), rec.WWt.rows, rec.WWt.cols));
    refreshBackward();
}

void MatrixView::showPanels()
{
    for (QWidget* widget : m_content->findChildren<QWidget*>(Qt::FindDirectChildrenOnly))
        if (widget != m_error)
            widget->setVisible(m_valid);
    if (!m_valid)
        return;
    const bool backward = isBackwardShown();
    m_rearrangedPanel->setVisible(!backward);
    m_inversePanel->setVisible(!backward);
    m_backwardPanel->setVisible(backward);
}

// The backward pass with numbers, whatever the symbols: its point is the values of Wᵀδ.
void MatrixView::refreshBackward()
{
    if (!m_figures.backward)
        return;
    const SquaredErrorBackward& b = *m_figures.backward;
    MatrixCells y = vectorCells(b.y, QStringLiteral("y"), false);
    MatrixCells delta = vectorCells(b.delta, QStringLiteral("δ"), false);
    // While an exercise asks for a value of y, δ = y − t would give it away too.
    const Pair out = m_figures.outputShape;
    if (m_hiddenCell && m_hiddenCell->rows == 0 && m_hiddenCell->cols >= 0 &&
        m_hiddenCell->cols < out.cols && m_hiddenCell->cols < y.text.size()) {
        y.text[m_hiddenCell->cols] = QStringLiteral("?");
        delta.text[m_hiddenCell->cols] = QStringLiteral("?");
    }
    m_delta->setCells(delta);
    m_yBackward->setCells(y);
    m_target->setCells(vectorCells(b.target, QStringLiteral("t"), false));
    m_gradient->setCells(vectorCells(b.gradient, QStringLiteral("g"), false));
    const cv::Mat Wt = m_figures.W.t(), WtTaps = m_figures.taps.t();
    m_WtBackward->setCells(tapCells(Wt, WtTaps, false));
    m_WtBackward->setTitle(QStringLiteral("Wᵀ (%1×%2)").arg(Wt.rows).arg(Wt.cols));
    m_deltaAgain->setCells(delta);
}

void MatrixView::refreshTexts()
{
    const MatrixFigures& f = m_figures;
    const Reconstruction& rec = f.reconstruction;
    const bool signal = m_dimension == Dimension::Signal;
    // One axis tells the story: columns for a signal, rows (= columns) for a square image.
    const int n = f.x.cols, k = f.kernel.cols, s = f.stride.cols, p = f.padding.left;
    const int d = f.dilation.cols, o = f.outputShape.cols;
    const int a = f.transposed.outputPadding.cols;
    const int spread = (o - 1) * s + 1;
    const int before = d * (k - 1) - p;
    QStringList flipped;
    for (int t = static_cast<int>(f.kernel.total()); t >= 1; --t)
        flipped << subscripted(QStringLiteral("w"), t);
    const QString perAxis = signal ? QString() : tr(" (per axis)");

    m_rearrangement->setText(
        tr("C slides the flipped kernel (%1) with stride 1 over z: y with s − 1 = %n zero(s) "
           "between its entries, %2 in all%3, and a border of d(k − 1) − p = %4 before and "
           "%5 + a = %6 after (a = %7 makes C z as long as x). C is %8×%9, and C z = Wᵀ y: "
           "largest difference %10.",
           nullptr, s - 1)
            .arg(flipped.join(QLatin1Char(' ')))
            .arg(spread)
            .arg(perAxis)
            .arg(formatNumber(before))
            .arg(formatNumber(before))
            .arg(formatNumber(before + a))
            .arg(a)
            .arg(f.C.rows)
            .arg(f.C.cols)
            .arg(formatNumber(f.rearrangementDifference, 2)));

    const bool lecture = signal && n == 7 && k == 3 && s == 2 && p == 0 && d == 1;
    m_lectureNote->setVisible(lecture);
    m_lectureNote->setText(
        lecture ? tr("The lecture's slide is loose here: its vectors run to x₈ although x has 7 "
                     "entries, and its zero-inserted y has 12 entries (two zeros between y₁ and "
                     "y₂, three between y₂ and y₃). Exactly: y has ⌊(7 − 3)/2⌋ + 1 = %1 entries, "
                     "one zero between them makes %2, a border of k − 1 = %3 zeros on each side "
                     "makes %4, so C is 7×%4.")
                      .arg(o)
                      .arg(spread)
                      .arg(before)
                      .arg(f.C.cols)
                : QString());

    if (f.backward)
        m_backwardNote->setText(
            tr("L = ½ Σ (y − t)² = %1. Its gradient with respect to y is δ = ∂L/∂y = y − t; "
               "through y = W x the chain rule gives ∂L/∂x = Wᵀ δ: the same Wᵀ that multiplies y "
               "above, now applied to δ. The backward pass of a convolution is a transposed "
               "convolution of δ (stride %2, padding %3); libtorch's autograd gives these "
               "numbers.")
                .arg(formatNumber(f.backward->loss, 4))
                .arg(s)
                .arg(p));
    else
        m_backwardNote->clear();

    const QString orthonormality = formatNumber(rec.orthonormalityError, 3);
    const QString error = formatNumber(rec.reconstructionError, 3);
    if (rec.orthonormalityError <= kMatrixOrthonormalTolerance) {
        const bool square = f.W.rows == f.W.cols;
        m_verdict->setText(
            square ? tr("‖W Wᵀ − I‖ = %1: W is orthonormal and square, so Wᵀ = W⁻¹ and WᵀWx = x "
                        "(‖WᵀWx − x‖/‖x‖ = %2).")
                         .arg(orthonormality, error)
                   : tr("‖W Wᵀ − I‖ = %1: the rows of W are orthonormal, so W Wᵀ y = y: Wᵀ undoes "
                        "W on what W produces. But W is %2×%3, wider than tall, so it has no "
                        "inverse: WᵀWx is the projection of x onto the rows of W, equal to x "
                        "only when x lies there (here ‖WᵀWx − x‖/‖x‖ = %4).")
                         .arg(orthonormality)
                         .arg(f.W.rows)
                         .arg(f.W.cols)
                         .arg(error));
    } else {
        m_verdict->setText(tr("‖W Wᵀ − I‖ = %1: W is not orthonormal, so Wᵀ is not its inverse "
                              "and WᵀWx differs from x (‖WᵀWx − x‖/‖x‖ = %2). The usual case: a "
                              "transposed convolution brings the size back, not the signal.")
                               .arg(orthonormality, error));
    }
}

void MatrixView::clearHovers()
{
    for (MatrixWidget* widget : {m_y, m_W, m_x, m_xImage, m_yImage, m_xHat, m_Wt, m_yAgain})
        widget->clearHighlight();
}

void MatrixView::hoverW(int row)
{
    clearHovers();
    if (row < 0)
        return;
    const QSet<int> window = windowOf(m_figures.taps, row);
    m_W->setHighlight({row}, {}, {});
    m_x->setHighlight({}, {}, window);
    m_xImage->setHighlight({}, {}, window);
    m_y->setHighlight({}, {}, {row});
    m_yImage->setHighlight({}, {}, {row});
}

void MatrixView::hoverWt(int col)
{
    clearHovers();
    if (col < 0)
        return;
    // Column j of Wᵀ is row j of W: y_j feeds the entries of x̂ in that window.
    m_Wt->setHighlight({}, {col}, {});
    m_yAgain->setHighlight({}, {}, {col});
    m_xHat->setHighlight({}, {}, windowOf(m_figures.taps, col));
}

void MatrixView::hoverWtBackward(int col)
{
    for (MatrixWidget* widget : {m_WtBackward, m_deltaAgain, m_gradient})
        widget->clearHighlight();
    if (col < 0)
        return;
    // δ_j goes back, through column j of Wᵀ, to the entries of x that y_j read.
    m_WtBackward->setHighlight({}, {col}, {});
    m_deltaAgain->setHighlight({}, {}, {col});
    m_gradient->setHighlight({}, {}, windowOf(m_figures.taps, col));
}

void MatrixView::hoverX(int index)
{
    clearHovers();
    if (index < 0)
        return;
    m_x->setHighlight({}, {}, {index});
    m_xImage->setHighlight({}, {}, {index});
    m_W->setHighlight({}, {index}, {});
}

QString MatrixView::verdictText() const
{
    return m_verdict->text();
}

QString MatrixView::backwardText() const
{
    return isBackwardShown() ? m_backwardNote->text() : QString();
}

QString MatrixView::rearrangementText() const
{
    return m_rearrangement->text();
}

QString MatrixView::errorText() const
{
    return m_valid ? QString() : m_error->text();
}

} // namespace convlab
