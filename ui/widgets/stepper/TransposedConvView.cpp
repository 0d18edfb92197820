// SPDX-License-Identifier: MIT
#include "stepper/TransposedConvView.h"

#include "Error.h"
#include "geometry/ConvGeometry.h"
#include "i18n/CoreMessages.h"
#include "i18n/Retranslation.h"
#include "stepper/ArithmeticPanel.h"
#include "stepper/PresetBar.h"
#include "stepper/SetupCaption.h"
#include "stepper/StepperControls.h"
#include "stepper/StepperFormat.h"
#include "stepper/StepperModel.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QVariantAnimation>
#include <utility>

namespace convlab {
namespace {

constexpr int kStageMoveMs = 1100;
constexpr int kStagePauseMs = 600;

cv::Mat integerValues(std::mt19937& rng, int rows, int cols, int low, int high)
{
    std::uniform_int_distribution<int> values(low, high);
    cv::Mat m(rows, cols, CV_32F);
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c)
            m.at<float>(r, c) = static_cast<float>(values(rng));
    return m;
}

// Under the grid while the zero-inserted grid is built.
QString stageNote(TransposedConvView::Form form, TransposedConvView::Stage stage)
{
    if (form != TransposedConvView::Form::ZeroInsertion ||
        stage >= TransposedConvView::Stage::Slide)
        return {};
    return TransposedConvView::tr("(a)–(c) build the grid the flipped kernel slides over; from "
                                  "(d) on, each window's products are written out here.");
}

QSpinBox* spinBox(Retranslation& texts, QWidget* parent, const QString& objectName, int low,
                  int high, const Retranslation::Text& toolTip)
{
    auto* box = new QSpinBox(parent);
    box->setObjectName(objectName);
    box->setRange(low, high);
    texts.toolTip(box, toolTip);
    box->setKeyboardTracking(false);
    return box;
}

QSize qSize(const cv::Mat& m)
{
    return {m.cols, m.rows};
}

} // namespace

TransposedConvView::TransposedConvView(QWidget* parent)
    : QWidget(parent), m_texts(new Retranslation(this)), m_model(new StepperModel(this)),
      m_animation(new QVariantAnimation(this))
{
    setFocusPolicy(Qt::StrongFocus);
    auto* layout = new QVBoxLayout(this);
    m_presets = new PresetBar(PresetBar::Kind::Transposed, this);
    layout->addWidget(m_presets);
    layout->addWidget(buildParameterRow());
    layout->addWidget(buildFormRow());

    m_captions = new SetupCaption(this);
    layout->addWidget(m_captions);

    m_canvas = new TransposedCanvas(m_model, this);
    layout->addWidget(m_canvas, 1);

    m_agreement = new QLabel(this);
    m_agreement->setObjectName(QStringLiteral("agreement"));
    m_agreement->setWordWrap(true);
    layout->addWidget(m_agreement);

    auto* sizes = new QWidget(this);
    m_sizeRow = new QHBoxLayout(sizes);
    m_sizeRow->setContentsMargins(0, 0, 0, 0);
    m_sizes = new QLabel(sizes);
    m_sizes->setObjectName(QStringLiteral("inputSizes"));
    m_sizes->setWordWrap(true);
    m_sizeRow->addWidget(m_sizes, 1);
    layout->addWidget(sizes);

    m_arithmetic = new ArithmeticPanel(m_model, this);
    layout->addWidget(m_arithmetic);
    m_controls = new StepperControls(m_model, this);
    layout->addWidget(m_controls);

    m_animation->setStartValue(0.0);
    m_animation->setEndValue(1.0);
    m_animation->setDuration(kStageMoveMs);
    connect(m_animation, &QVariantAnimation::valueChanged, this, [this](const QVariant& value) {
        m_canvas->setStage(m_canvas->stage(), value.toDouble());
    });
    connect(m_animation, &QVariantAnimation::finished, this, [this] {
        if (m_playingStages)
            QTimer::singleShot(kStagePauseMs, this, &TransposedConvView::continueStages);
    });
    connect(m_presets, &PresetBar::presetChosen, this, &TransposedConvView::loadPreset);
    connect(m_model, &StepperModel::stepChanged, this, &TransposedConvView::onModelStep);
    connect(m_model, &StepperModel::playingChanged, this, &TransposedConvView::onModelPlaying);
    connect(m_model, &StepperModel::finished, this, &TransposedConvView::onModelFinished);
    loadPreset(GuideCase::PaddingStrides);
    m_texts->add([this] {
        refreshSizes();
        refreshSizeTexts(); // the caption in the new language, still without a hidden result
        m_arithmetic->setNote(stageNote(m_form, stage()));
    });
}

QWidget* TransposedConvView::buildParameterRow()
{
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    const auto add = [this, row, layout](const Retranslation::Text& label, QSpinBox* box) {
        layout->addWidget(m_texts->text(new QLabel(row), label));
        layout->addWidget(box);
    };
    Retranslation& texts = *m_texts;
    m_inputSize = spinBox(texts, row, QStringLiteral("inputSize"), 1, 7,
                          [] { return tr("Rows and columns of the input i′"); });
    m_kernelSize =
        spinBox(texts, row, QStringLiteral("kernelSize"), 1, 5, [] { return tr("Kernel size k"); });
    m_stride = spinBox(texts, row, QStringLiteral("stride"), 1, 4, [] { return tr("Stride s"); });
    m_padding = spinBox(texts, row, QStringLiteral("padding"), 0, 4,
                        [] { return tr("Padding p of the matching convolution, on every side"); });
    m_outputPadding = spinBox(texts, row, QStringLiteral("outputPadding"), 0, 3, [] {
        return tr("Output padding a, added at the bottom and right (a < s or a < d)");
    });
    m_dilation =
        spinBox(texts, row, QStringLiteral("dilation"), 1, 3, [] { return tr("Dilation d"); });
    add([] { return tr("Input"); }, m_inputSize);
    add([] { return tr("Kernel"); }, m_kernelSize);
    add([] { return tr("Stride"); }, m_stride);
    add([] { return tr("Padding"); }, m_padding);
    add([] { return tr("Output padding"); }, m_outputPadding);
    add([] { return tr("Dilation"); }, m_dilation);
    auto* newValues = texts.text(new QPushButton(row), [] { return tr("New values"); });
    newValues->setFocusPolicy(Qt::NoFocus);
    texts.toolTip(newValues,
                  [] { return tr("Draw new small integers for the input and the kernel"); });
    layout->addWidget(newValues);
    layout->addStretch(1);

    connect(m_inputSize, &QSpinBox::valueChanged, this, [this](int side) {
        m_input = integerValues(m_rng, side, side, 0, 3);
        onControlEdited();
    });
    connect(m_kernelSize, &QSpinBox::valueChanged, this, [this](int side) {
        m_kernel = integerValues(m_rng, side, side, -1, 2);
        onControlEdited();
    });
    for (QSpinBox* box : {m_stride, m_padding, m_outputPadding, m_dilation})
        connect(box, &QSpinBox::valueChanged, this, &TransposedConvView::onControlEdited);
    connect(newValues, &QPushButton::clicked, this, &TransposedConvView::newValues);
    return row;
}

QWidget* TransposedConvView::buildFormRow()
{
    // The forms on one line, the stages under them: on one line the French stages made the
    // page wider than a 1366-pixel screen beside the lesson's text.
    auto* row = new QWidget(this);
    auto* lines = new QVBoxLayout(row);
    lines->setContentsMargins(0, 0, 0, 0);
    auto* layout = new QHBoxLayout;
    lines->addLayout(layout);
    m_forms = new QButtonGroup(this);
    const auto formButton = [&](const Retranslation::Text& text, const Retranslation::Text& toolTip,
                                Form form) {
        auto* button = new QToolButton(row);
        m_texts->text(button, text);
        m_texts->toolTip(button, toolTip);
        button->setCheckable(true);
        button->setFocusPolicy(Qt::NoFocus);
        button->setObjectName(form == Form::ZeroInsertion ? QStringLiteral("zeroInsertionForm")
                                                          : QStringLiteral("scatterForm"));
        m_forms->addButton(button, static_cast<int>(form));
        layout->addWidget(button);
    };
    formButton([] { return tr("Zero insertion"); },
               [] { return tr("Insert s−1 zeros, add a border, slide the flipped kernel"); },
               Form::ZeroInsertion);
    formButton([] { return tr("Scatter"); },
               [] { return tr("Each input cell stamps value × kernel on the output"); },
               Form::Scatter);
    m_forms->button(static_cast<int>(Form::ZeroInsertion))->setChecked(true);
    connect(m_forms, &QButtonGroup::idClicked, this,
            [this](int id) { setForm(static_cast<Form>(id)); });

    layout->addStretch(1);
    m_stageRow = new QWidget(row);
    auto* stages = new QHBoxLayout(m_stageRow);
    stages->setContentsMargins(0, 0, 0, 0);
    m_stages = new QButtonGroup(this);
    const Retranslation::Text names[] = {
        [] { return tr("(a) input"); }, [] { return tr("(b) insert zeros"); },
        [] { return tr("(c) border"); }, [] { return tr("(d) slide the flipped kernel"); },
        [] { return tr("(e) output"); }};
    for (int i = 0; i < 5; ++i) {
        auto* button = new QToolButton(m_stageRow);
        m_texts->text(button, names[i]);
        button->setCheckable(true);
        button->setFocusPolicy(Qt::NoFocus);
        button->setObjectName(QStringLiteral("stage%1").arg(i));
        m_stages->addButton(button, i);
        stages->addWidget(button);
    }
    connect(m_stages, &QButtonGroup::idClicked, this, [this](int id) {
        m_playingStages = false;
        const auto target = static_cast<Stage>(id);
        setStage(target, static_cast<int>(target) == static_cast<int>(stage()) + 1);
    });
    auto* play = m_texts->text(new QPushButton(m_stageRow), [] { return tr("Play the stages"); });
    play->setObjectName(QStringLiteral("playStages"));
    play->setFocusPolicy(Qt::NoFocus);
    m_texts->toolTip(play, [] { return tr("(a) to (e) in turn (Space)"); });
    connect(play, &QPushButton::clicked, this, &TransposedConvView::playStages);
    stages->addWidget(play);
    stages->addStretch(1);
    lines->addWidget(m_stageRow);
    return row;
}

void TransposedConvView::loadPreset(GuideCase id)
{
    const StepperSetup setup = transposedSetup(arithmeticPreset(id));
    load(setup.input, setup.kernel, setup.transposed);
}

void TransposedConvView::setSizeHidden(bool hidden)
{
    if (hidden == m_sizeHidden)
        return;
    m_sizeHidden = hidden;
    m_canvas->setOutputHidden(hidden);
    m_controls->setTotalHidden(hidden);
    refreshSizeTexts(); // the stage and step the student is at stay
}

void TransposedConvView::load(const cv::Mat& input, const cv::Mat& kernel,
                              const TransposedParams& params)
{
    m_input = input.clone();
    m_kernel = kernel.clone();
    m_params = params;
    {
        const QSignalBlocker b1(m_inputSize), b2(m_kernelSize), b3(m_stride), b4(m_padding),
            b5(m_outputPadding), b6(m_dilation);
        m_inputSize->setValue(input.rows);
        m_kernelSize->setValue(kernel.rows);
        m_stride->setValue(params.stride.rows);
        m_padding->setValue(params.padding.top);
        m_outputPadding->setValue(params.outputPadding.rows);
        m_dilation->setValue(params.dilation.rows);
    }
    rebuild();
}

TransposedParams TransposedConvView::paramsFromControls() const
{
    TransposedParams p;
    p.stride = {m_stride->value(), m_stride->value()};
    p.padding = Padding::uniform(m_padding->value());
    p.outputPadding = {m_outputPadding->value(), m_outputPadding->value()};
    p.dilation = {m_dilation->value(), m_dilation->value()};
    return p;
}

void TransposedConvView::onControlEdited()
{
    m_params = paramsFromControls();
    rebuild();
}

void TransposedConvView::newValues()
{
    m_input = integerValues(m_rng, m_input.rows, m_input.cols, 0, 3);
    m_kernel = integerValues(m_rng, m_kernel.rows, m_kernel.cols, -1, 2);
    rebuild();
}

void TransposedConvView::setForm(Form form)
{
    m_form = form;
    m_forms->button(static_cast<int>(form))->setChecked(true);
    rebuild();
}

void TransposedConvView::rebuild()
{
    m_playingStages = false;
    m_animation->stop();
    try {
        m_zeroInsertion = transposedConvByZeroInsertion(m_input, m_kernel, m_params);
    } catch (const Error&) {
        m_zeroInsertion = {};
    }
    StepperSetup setup;
    setup.operation = m_form == Form::ZeroInsertion ? StepOperation::TransposedZeroInsertion
                                                    : StepOperation::TransposedScatter;
    setup.input = m_input;
    setup.kernel = m_kernel;
    setup.transposed = m_params;
    m_changingStage = true;
    m_model->setSetup(setup);
    m_changingStage = false;
    m_stageRow->setVisible(m_form == Form::ZeroInsertion);
    setStage(m_form == Form::ZeroInsertion ? Stage::Input : Stage::Slide);
    refreshSizes();
    refreshSizeTexts();
}

// The texts that state the output size, held back while a lesson's exercise asks for it.
void TransposedConvView::refreshSizeTexts()
{
    const StepperSetup& setup = m_model->setup();
    m_captions->describe(setup, m_sizeHidden);
    refreshAgreement();
    m_sizes->setVisible(!m_sizeHidden); // it says which size comes back
    for (QPushButton* button : std::as_const(m_sizeButtons))
        button->setVisible(!m_sizeHidden);
}

void TransposedConvView::setStage(Stage target, bool animate)
{
    m_animation->stop();
    m_changingStage = true;
    const Stage from = m_canvas->stage();
    if (target < Stage::Slide) {
        m_model->pause();
        m_model->first();
    } else if (target == Stage::Slide && from < Stage::Slide) {
        m_model->first();
    } else if (target == Stage::Output) {
        m_model->pause();
        m_model->last();
    }
    m_changingStage = false;
    m_arithmetic->setNote(stageNote(m_form, target));
    const bool moves = target == Stage::Spread || target == Stage::Border;
    if (animate && moves && m_form == Form::ZeroInsertion) {
        m_canvas->setStage(target, 0.0);
        m_animation->start();
    } else {
        m_canvas->setStage(target, 1.0);
        if (m_playingStages && target < Stage::Slide)
            QTimer::singleShot(kStagePauseMs, this, &TransposedConvView::continueStages);
    }
    refreshStageButtons();
}

void TransposedConvView::playStages()
{
    if (m_form != Form::ZeroInsertion) {
        m_model->play();
        return;
    }
    m_playingStages = true;
    setStage(Stage::Input);
}

void TransposedConvView::continueStages()
{
    if (!m_playingStages || m_animation->state() == QAbstractAnimation::Running)
        return;
    const Stage current = m_canvas->stage();
    if (current < Stage::Border) {
        setStage(static_cast<Stage>(static_cast<int>(current) + 1), true);
    } else if (current == Stage::Border) {
        setStage(Stage::Slide);
        m_model->play();
    }
}

void TransposedConvView::refreshStageButtons()
{
    if (QAbstractButton* button = m_stages->button(static_cast<int>(m_canvas->stage())))
        button->setChecked(true);
}

void TransposedConvView::onModelStep()
{
    // Stepping with the controls while a build-up stage is shown goes to (d), and stepping
    // back from (e) returns to it.
    if (m_changingStage || m_form != Form::ZeroInsertion || !m_model->isValid())
        return;
    if (m_canvas->stage() != Stage::Slide) {
        m_playingStages = false;
        m_animation->stop();
        m_canvas->setStage(Stage::Slide, 1.0);
        m_arithmetic->setNote({});
        refreshStageButtons();
    }
}

void TransposedConvView::onModelPlaying(bool playing)
{
    if (playing && !m_changingStage && m_form == Form::ZeroInsertion &&
        m_canvas->stage() != Stage::Slide) {
        m_animation->stop();
        m_canvas->setStage(Stage::Slide, 1.0);
        m_arithmetic->setNote({});
        refreshStageButtons();
    }
}

void TransposedConvView::onModelFinished()
{
    if (m_form == Form::ZeroInsertion && m_playingStages) {
        m_playingStages = false;
        setStage(Stage::Output);
    }
}

QSize TransposedConvView::stageSize(Stage which) const
{
    if (m_zeroInsertion.output.empty())
        return {};
    switch (which) {
    case Stage::Input:
        return qSize(m_input);
    case Stage::Spread:
        return qSize(m_zeroInsertion.zeroInserted);
    case Stage::Border:
        return qSize(m_zeroInsertion.padded);
    case Stage::Slide:
        return m_model->isValid()
                   ? QSize(m_model->step().window.width, m_model->step().window.height)
                   : QSize();
    case Stage::Output:
        return qSize(m_zeroInsertion.output);
    }
    return {};
}

void TransposedConvView::refreshAgreement()
{
    if (m_zeroInsertion.output.empty()) {
        m_agreement->clear();
        return;
    }
    const cv::Mat scatter = transposedConvByScatter(m_input, m_kernel, m_params);
    const cv::Mat matrix = transposedConvByMatrix(m_input, m_kernel, m_params);
    const double difference = std::max(cv::norm(m_zeroInsertion.output, scatter, cv::NORM_INF),
                                       cv::norm(matrix, scatter, cv::NORM_INF));
    const QString size = m_sizeHidden ? QStringLiteral("?×?")
                                      : QStringLiteral("%1×%2")
                                            .arg(m_zeroInsertion.output.rows)
                                            .arg(m_zeroInsertion.output.cols);
    m_agreement->setText(
        difference == 0
            ? tr("Zero insertion, scatter and Wᵀy end on exactly the same %1 output.").arg(size)
            : tr("Zero insertion, scatter and Wᵀy end on the same %1 output, up to float32 "
                 "round-off (largest difference %2).")
                  .arg(size, formatNumber(difference, 2)));
}

void TransposedConvView::refreshSizes()
{
    const int k = m_kernel.rows, s = m_params.stride.rows, p = m_params.padding.top;
    const int d = m_params.dilation.rows;
    const AxisGeometry axis{m_input.rows, k, s, p, p, d, 0};
    std::vector<int> sizes;
    int withoutOutputPadding = 0;
    try {
        sizes = convInputSizesFor(m_input.rows, axis);
        withoutOutputPadding = transposedOutputSize(axis); // a = 0
    } catch (const Error& e) {
        sizes.clear();
        m_sizes->setText(CoreMessages::translate(e.what()));
    }
    // The buttons of other sizes go, later: the one clicked may have brought us here. Those of
    // the same sizes stay (a language switch only writes them again).
    bool same = m_sizeButtons.size() == static_cast<qsizetype>(sizes.size());
    for (std::size_t i = 0; same && i < sizes.size(); ++i)
        same =
            m_sizeButtons[static_cast<qsizetype>(i)]->property("convInputSize").toInt() == sizes[i];
    if (!same) {
        for (QPushButton* button : std::as_const(m_sizeButtons)) {
            m_sizeRow->removeWidget(button);
            button->hide();
            button->deleteLater();
        }
        m_sizeButtons.clear();
    }
    if (sizes.empty())
        return;
    QStringList listed;
    for (int size : sizes)
        listed << QString::number(size);
    const QString dilation = d == 1 ? QString() : QStringLiteral(", d = %1").arg(d);
    m_sizes->setText(
        sizes.size() == 1
            ? tr("A convolution with k = %1, s = %2, p = %3%4 gives %5 cells only from an input "
                 "of %6: with stride 1 there is nothing for the output padding to choose.")
                  .arg(k)
                  .arg(s)
                  .arg(p)
                  .arg(dilation)
                  .arg(m_input.rows)
                  .arg(listed.join(QString()))
            : tr("A convolution with k = %1, s = %2, p = %3%4 gives %5 cells from inputs of %6: "
                 "the output padding a chooses which size comes back.")
                  .arg(k)
                  .arg(s)
                  .arg(p)
                  .arg(dilation)
                  .arg(m_input.rows)
                  .arg(listed.join(QStringLiteral(", "))));
    for (std::size_t i = 0; i < sizes.size(); ++i) {
        const int size = sizes[i];
        const int a = size - withoutOutputPadding;
        QPushButton* button = same ? m_sizeButtons[static_cast<qsizetype>(i)] : nullptr;
        if (!button) {
            button = new QPushButton(this);
            button->setCheckable(true);
            button->setFocusPolicy(Qt::NoFocus);
            button->setProperty("convInputSize", size);
            connect(button, &QPushButton::clicked, this, [this, button] {
                m_outputPadding->setValue(button->property("outputPadding").toInt());
            });
            m_sizeRow->addWidget(button);
            m_sizeButtons << button;
        }
        button->setProperty("outputPadding", a);
        button->setText(tr("a = %1 → %2").arg(a).arg(size));
        button->setChecked(a == m_params.outputPadding.rows);
        button->setEnabled(a < s || a < d);
    }
}

QString TransposedConvView::agreementText() const
{
    return m_agreement->text();
}

QString TransposedConvView::inputSizesText() const
{
    return m_sizes->text();
}

QString TransposedConvView::caption() const
{
    return m_captions->caption();
}

void TransposedConvView::keyPressEvent(QKeyEvent* event)
{
    if (stageKey(event->key()) || m_controls->handleKey(event->key()))
        event->accept();
    else
        QWidget::keyPressEvent(event);
}

bool TransposedConvView::stageKey(int key)
{
    if (m_form != Form::ZeroInsertion || !m_model->isValid())
        return false;
    const Stage current = m_canvas->stage();
    const auto shifted = [current](int by) {
        return static_cast<Stage>(static_cast<int>(current) + by);
    };
    switch (key) {
    case Qt::Key_Right:
        m_playingStages = false;
        if (current < Stage::Slide)
            setStage(shifted(1), true);
        else if (current == Stage::Slide && m_model->isAtEnd())
            setStage(Stage::Output);
        else if (current == Stage::Slide)
            return false; // the stepper's own →
        return true;
    case Qt::Key_Left:
        m_playingStages = false;
        if (current == Stage::Output)
            setStage(Stage::Slide);
        else if (current == Stage::Slide && m_model->current() == 0)
            setStage(Stage::Border);
        else if (current < Stage::Slide && current > Stage::Input)
            setStage(shifted(-1));
        else if (current == Stage::Slide)
            return false;
        return true;
    case Qt::Key_Home:
        m_playingStages = false;
        setStage(Stage::Input);
        return true;
    case Qt::Key_End:
        m_playingStages = false;
        setStage(Stage::Output);
        return true;
    case Qt::Key_Space:
        if (current == Stage::Slide)
            return false;
        playStages();
        return true;
    default:
        return false;
    }
}

} // namespace convlab
