// SPDX-License-Identifier: MIT
#include "stepper/StepperPage.h"

#include "compute/ResponsePipeline.h"
#include "document/Document.h"
#include "i18n/Retranslation.h"
#include "ops/TemplateMatch.h"
#include "stepper/ArithmeticPanel.h"
#include "stepper/PresetBar.h"
#include "stepper/SetupCaption.h"
#include "stepper/StepperCanvas.h"
#include "stepper/StepperControls.h"
#include "stepper/StepperCrop.h"
#include "stepper/StepperModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <cmath>

namespace convlab {
namespace {

constexpr int kMaxExampleSide = 16;
constexpr int kMaxExampleKernel = 7;

// Small integers, so that every product can be checked by hand.
cv::Mat integerValues(std::mt19937& rng, int rows, int cols, int low, int high)
{
    std::uniform_int_distribution<int> values(low, high);
    cv::Mat m(rows, cols, CV_32F);
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c)
            m.at<float>(r, c) = static_cast<float>(values(rng));
    return m;
}

QSpinBox* spinBox(Retranslation& texts, QWidget* parent, int low, int high,
                  const Retranslation::Text& toolTip)
{
    auto* box = new QSpinBox(parent);
    box->setRange(low, high);
    texts.toolTip(box, toolTip);
    box->setKeyboardTracking(false);
    return box;
}

void setEnabledItem(QComboBox* combo, int index, bool enabled)
{
    auto* items = qobject_cast<QStandardItemModel*>(combo->model());
    if (QStandardItem* item = items ? items->item(index) : nullptr)
        item->setEnabled(enabled);
}

} // namespace

StepperPage::StepperPage(QWidget* parent)
    : QWidget(parent), m_texts(new Retranslation(this)), m_model(new StepperModel(this))
{
    setFocusPolicy(Qt::StrongFocus);
    auto* layout = new QVBoxLayout(this);
    m_presets = new PresetBar(PresetBar::Kind::Convolution, this);
    layout->addWidget(m_presets);
    layout->addWidget(buildParameterRow());
    layout->addWidget(buildNoticeRow());

    m_captions = new SetupCaption(this);
    layout->addWidget(m_captions);

    m_canvas = new StepperCanvas(m_model, this);
    layout->addWidget(m_canvas, 1);
    m_arithmetic = new ArithmeticPanel(m_model, this);
    layout->addWidget(m_arithmetic);
    m_controls = new StepperControls(m_model, this);
    layout->addWidget(m_controls);

    connect(m_presets, &PresetBar::presetChosen, this, &StepperPage::loadPreset);
    connect(&m_peakWatcher, &QFutureWatcher<ResponseResult>::finished, this,
            &StepperPage::onPeakFound);
    loadPreset(GuideCase::PaddingStrides);
    m_texts->add([this] {
        updateControlVisibility();
        updateNotice();
        refreshCaption(); // in the new language, still without a hidden result
    });
}

StepperPage::~StepperPage()
{
    m_peakWatcher.waitForFinished();
}

QWidget* StepperPage::buildParameterRow()
{
    // The operation on one line, the sizes under it: on one line the French controls made the
    // page wider than a 1366-pixel screen beside the lesson's text.
    auto* row = new QWidget(this);
    auto* lines = new QVBoxLayout(row);
    lines->setContentsMargins(0, 0, 0, 0);
    auto* top = new QHBoxLayout;
    auto* sizes = new QHBoxLayout;
    lines->addLayout(top);
    lines->addLayout(sizes);
    QHBoxLayout* layout = top;
    const auto label = [this, row, &layout](const Retranslation::Text& text) {
        auto* l = m_texts->text(new QLabel(row), text);
        layout->addWidget(l);
        return l;
    };

    label([] { return tr("Operation"); });
    m_operation = new QComboBox(row);
    m_operation->setObjectName(QStringLiteral("operation"));
    for (int i = 0; i < 5; ++i)
        m_operation->addItem(QString());
    m_texts->itemText(m_operation, 0, [] { return tr("Cross-correlation (conv2d)"); });
    m_texts->itemText(m_operation, 1, [] { return tr("True convolution"); });
    m_texts->itemText(m_operation, 2, [] { return tr("Template matching"); });
    m_texts->itemText(m_operation, 3, [] { return tr("Max pooling"); });
    m_texts->itemText(m_operation, 4, [] { return tr("Average pooling"); });
    layout->addWidget(m_operation);

    m_methodLabel = label([] { return tr("Method"); });
    m_method = new QComboBox(row);
    for (const MatchMethod method :
         {MatchMethod::SqDiff, MatchMethod::SqDiffNormed, MatchMethod::CCorr,
          MatchMethod::CCorrNormed, MatchMethod::CCoeff, MatchMethod::CCoeffNormed})
        m_method->addItem(QString::fromStdString(toString(method)), static_cast<int>(method));
    m_method->setCurrentIndex(static_cast<int>(MatchMethod::CCoeffNormed));
    layout->addWidget(m_method);
    top->addStretch(1);

    layout = sizes;
    label([] { return tr("Input"); });
    m_inputSize = spinBox(*m_texts, row, 1, kMaxExampleSide,
                          [] { return tr("Rows and columns of the example input"); });
    m_inputSize->setObjectName(QStringLiteral("inputSize"));
    layout->addWidget(m_inputSize);
    m_kernelLabel = label([] { return tr("Kernel"); });
    m_kernelSize = spinBox(*m_texts, row, 1, kMaxExampleKernel,
                           [] { return tr("Rows and columns of the kernel"); });
    m_kernelSize->setObjectName(QStringLiteral("kernelSize"));
    layout->addWidget(m_kernelSize);
    label([] { return tr("Stride"); });
    m_stride = spinBox(*m_texts, row, 1, 8, [] { return tr("Stride s"); });
    m_stride->setObjectName(QStringLiteral("stride"));
    layout->addWidget(m_stride);
    label([] { return tr("Padding"); });
    m_padding = spinBox(*m_texts, row, 0, 8, [] { return tr("Padding p, on every side"); });
    m_padding->setObjectName(QStringLiteral("padding"));
    layout->addWidget(m_padding);
    m_paddingModeLabel = label([] { return tr("Mode"); });
    m_paddingMode = new QComboBox(row);
    m_paddingMode->setObjectName(QStringLiteral("paddingMode"));
    for (PaddingMode mode :
         {PaddingMode::Zeros, PaddingMode::Reflect, PaddingMode::Replicate, PaddingMode::Circular})
        m_paddingMode->addItem(QString(), static_cast<int>(mode));
    m_texts->itemText(m_paddingMode, 0, [] { return tr("zeros"); });
    m_texts->itemText(m_paddingMode, 1, [] { return tr("reflect"); });
    m_texts->itemText(m_paddingMode, 2, [] { return tr("replicate"); });
    m_texts->itemText(m_paddingMode, 3, [] { return tr("circular"); });
    layout->addWidget(m_paddingMode);
    m_dilationLabel = label([] { return tr("Dilation"); });
    m_dilation = spinBox(*m_texts, row, 1, 4,
                         [] { return tr("Dilation d: gaps of d−1 cells between kernel taps"); });
    m_dilation->setObjectName(QStringLiteral("dilation"));
    layout->addWidget(m_dilation);
    m_newValues = m_texts->text(new QPushButton(row), [] { return tr("New values"); });
    m_texts->toolTip(m_newValues, [] {
        return tr("Draw new small integers for the example's input and kernel");
    });
    m_newValues->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(m_newValues);
    layout->addStretch(1);

    connect(m_operation, &QComboBox::currentIndexChanged, this, &StepperPage::onControlEdited);
    connect(m_method, &QComboBox::currentIndexChanged, this, &StepperPage::onControlEdited);
    connect(m_paddingMode, &QComboBox::currentIndexChanged, this, &StepperPage::onControlEdited);
    for (QSpinBox* box : {m_stride, m_padding, m_dilation})
        connect(box, &QSpinBox::valueChanged, this, &StepperPage::onControlEdited);
    connect(m_kernelSize, &QSpinBox::valueChanged, this, &StepperPage::onKernelSizeEdited);
    connect(m_inputSize, &QSpinBox::valueChanged, this, &StepperPage::onInputSizeEdited);
    connect(m_newValues, &QPushButton::clicked, this, &StepperPage::newValues);
    return row;
}

QWidget* StepperPage::buildNoticeRow()
{
    m_noticeRow = new QWidget(this);
    auto* layout = new QHBoxLayout(m_noticeRow);
    layout->setContentsMargins(0, 0, 0, 0);
    m_notice = new QLabel(m_noticeRow);
    m_notice->setObjectName(QStringLiteral("notice"));
    m_notice->setWordWrap(true);
    layout->addWidget(m_notice, 1);
    m_cropButton = new QPushButton(m_noticeRow);
    m_cropButton->setObjectName(QStringLiteral("cropButton"));
    layout->addWidget(m_cropButton);
    m_followButton =
        m_texts->text(new QPushButton(m_noticeRow), [] { return tr("Follow the lesson"); });
    m_followButton->setObjectName(QStringLiteral("followButton"));
    layout->addWidget(m_followButton);
    connect(m_cropButton, &QPushButton::clicked, this, &StepperPage::cropAroundPeak);
    connect(m_followButton, &QPushButton::clicked, this, &StepperPage::followDocument);
    m_noticeRow->hide();
    return m_noticeRow;
}

void StepperPage::keyPressEvent(QKeyEvent* event)
{
    if (m_controls->handleKey(event->key()))
        event->accept();
    else
        QWidget::keyPressEvent(event);
}

bool StepperPage::followsDocument() const
{
    return m_document && (m_source == Source::Document || m_source == Source::DocumentCrop);
}

void StepperPage::bindToDocument(Document* document)
{
    for (const QMetaObject::Connection& connection : m_documentConnections)
        disconnect(connection);
    m_documentConnections.clear();
    m_document = document;
    if (!document) {
        m_source = Source::Example;
        updateControlVisibility();
        updateNotice();
        rebuild();
        return;
    }
    const auto changed = [this] { onDocumentChanged(); };
    m_documentConnections << connect(document, &Document::imageChanged, this, changed)
                          << connect(document, &Document::patchChanged, this, changed)
                          << connect(document, &Document::parametersChanged, this, changed)
                          << connect(document, &QObject::destroyed, this,
                                     [this] { bindToDocument(nullptr); });
    followDocument();
}

void StepperPage::followDocument()
{
    if (!m_document)
        return;
    const cv::Size image = m_document->image().size();
    m_source = steppercrop::fitsStepper(image) ? Source::Document : Source::DocumentTooLarge;
    syncControlsFromDocument();
    updateControlVisibility();
    updateNotice();
    rebuild();
    cropIfShown();
}

void StepperPage::cropIfShown()
{
    // The search for the best match runs over the whole image: only for a page someone sees.
    if (m_source == Source::DocumentTooLarge && isVisible())
        cropAroundPeak();
}

void StepperPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    cropIfShown();
}

void StepperPage::onDocumentChanged()
{
    if (m_source == Source::Example)
        return;
    const bool fits = steppercrop::fitsStepper(m_document->image().size());
    if (fits)
        m_source = Source::Document;
    else if (m_source == Source::Document)
        m_source = Source::DocumentTooLarge;
    syncControlsFromDocument();
    updateControlVisibility();
    updateNotice();
    rebuild();
    cropIfShown();
}

void StepperPage::cropAroundPeak()
{
    if (!m_document || m_searchingPeak)
        return;
    ResponsePipeline::Input input = ResponsePipeline::inputFor(m_document->snapshot());
    input.sideBySide = false; // only the peak is wanted
    m_searchingPeak = true;
    updateNotice();
    m_peakWatcher.setFuture(
        QtConcurrent::run([input] { return ResponsePipeline::compute(input); }));
}

void StepperPage::onPeakFound()
{
    m_searchingPeak = false;
    if (!m_document || m_source == Source::Example)
        return; // a guide case chosen while the search ran stays on screen
    const ResponseResult result = m_peakWatcher.result();
    const cv::Size image = m_document->image().size();
    if (result.ok() && !result.peaks.empty()) {
        const cv::Rect& field = result.peaks.front().rect;
        m_cropCentre = {field.x + field.width / 2, field.y + field.height / 2};
    } else {
        m_cropCentre = {image.width / 2, image.height / 2};
    }
    m_source = steppercrop::fitsStepper(image) ? Source::Document : Source::DocumentCrop;
    syncControlsFromDocument();
    updateControlVisibility();
    updateNotice();
    rebuild();
    showBestStep();
}

void StepperPage::showBestStep()
{
    // The crop was chosen for its best match: open on the step that finds it.
    if (!m_model->isValid())
        return;
    const cv::Mat& scores = m_model->finalOutput();
    const bool lower = lowerIsBetter(m_document->parameters().peakMethod());
    long long best = -1;
    float bestScore = 0;
    for (int r = 0; r < scores.rows; ++r)
        for (int c = 0; c < scores.cols; ++c) {
            const float v = scores.at<float>(r, c);
            if (!std::isnan(v) && (best < 0 || (lower ? v < bestScore : v > bestScore))) {
                best = static_cast<long long>(r) * scores.cols + c;
                bestScore = v;
            }
        }
    if (best >= 0)
        m_model->setStep(best);
}

cv::Mat StepperPage::documentInput() const
{
    const cv::Mat& image = m_document->image();
    if (m_source != Source::DocumentCrop)
        return image;
    return image(steppercrop::cropAround(image.size(), m_cropCentre, m_document->patch().size()))
        .clone();
}

void StepperPage::syncControlsFromDocument()
{
    if (!followsDocument())
        return;
    const Parameters& p = m_document->parameters();
    const QSignalBlocker b1(m_operation), b2(m_method), b3(m_stride), b4(m_padding),
        b5(m_paddingMode), b6(m_dilation), b7(m_kernelSize), b8(m_inputSize);
    m_operation->setCurrentIndex(p.operation == Parameters::Operation::TemplateMatch ? Matching
                                 : p.operation == Parameters::Operation::TrueConvolution
                                     ? TrueConvolution
                                     : CrossCorrelation);
    m_method->setCurrentIndex(m_method->findData(static_cast<int>(p.method)));
    m_stride->setValue(p.conv.stride.rows);
    m_padding->setValue(p.conv.padding.top);
    m_paddingMode->setCurrentIndex(m_paddingMode->findData(static_cast<int>(p.conv.paddingMode)));
    m_dilation->setValue(p.conv.dilation.rows);
}

void StepperPage::onControlEdited()
{
    if (!followsDocument()) {
        updateControlVisibility();
        rebuild();
        return;
    }
    // Following a lesson, the controls edit the lesson: one undoable change, and the lesson's
    // signal brings the stepper back here.
    Parameters p = m_document->parameters();
    const int choice = m_operation->currentIndex();
    p.operation = choice == Matching          ? Parameters::Operation::TemplateMatch
                  : choice == TrueConvolution ? Parameters::Operation::TrueConvolution
                                              : Parameters::Operation::CrossCorrelation;
    p.method = static_cast<MatchMethod>(m_method->currentData().toInt());
    p.conv.stride = {m_stride->value(), m_stride->value()};
    if (m_padding->value() != p.conv.padding.top)
        p.conv.padding = Padding::uniform(m_padding->value());
    p.conv.paddingMode = static_cast<PaddingMode>(m_paddingMode->currentData().toInt());
    p.conv.dilation = {m_dilation->value(), m_dilation->value()};
    m_document->setParameters(p);
}

void StepperPage::onKernelSizeEdited()
{
    const int side = m_kernelSize->value();
    if (m_exampleKernel.rows != side || m_exampleKernel.cols != side)
        m_exampleKernel = integerValues(m_rng, side, side, -1, 2);
    rebuild();
}

void StepperPage::onInputSizeEdited()
{
    const int side = m_inputSize->value();
    m_exampleInput = integerValues(m_rng, side, side, 0, 3);
    rebuild();
}

void StepperPage::newValues()
{
    m_exampleInput = integerValues(m_rng, m_exampleInput.rows, m_exampleInput.cols, 0, 3);
    m_exampleKernel = integerValues(m_rng, m_exampleKernel.rows, m_exampleKernel.cols, -1, 2);
    rebuild();
}

void StepperPage::loadPreset(GuideCase id)
{
    loadExample(convolutionSetup(arithmeticPreset(id)));
}

void StepperPage::loadExample(const StepperSetup& setup)
{
    m_source = Source::Example;
    m_exampleInput = setup.input.clone();
    m_exampleKernel = setup.kernel.empty()
                          ? cv::Mat::ones(setup.pool.size.rows, setup.pool.size.cols, CV_32F)
                          : setup.kernel.clone();
    {
        const QSignalBlocker b1(m_operation), b2(m_method), b3(m_stride), b4(m_padding),
            b5(m_paddingMode), b6(m_dilation), b7(m_kernelSize), b8(m_inputSize);
        switch (setup.operation) {
        case StepOperation::TemplateMatch:
            m_operation->setCurrentIndex(Matching);
            break;
        case StepOperation::Pooling:
            m_operation->setCurrentIndex(setup.pool.mode == PoolMode::Max ? MaxPooling
                                                                          : AveragePooling);
            break;
        default:
            m_operation->setCurrentIndex(setup.conv.trueConvolution ? TrueConvolution
                                                                    : CrossCorrelation);
        }
        m_method->setCurrentIndex(m_method->findData(static_cast<int>(setup.method)));
        const bool pooling = setup.operation == StepOperation::Pooling;
        m_stride->setValue(pooling ? setup.pool.stride.rows : setup.conv.stride.rows);
        m_padding->setValue(pooling ? setup.pool.padding.top : setup.conv.padding.top);
        m_paddingMode->setCurrentIndex(
            m_paddingMode->findData(static_cast<int>(setup.conv.paddingMode)));
        m_dilation->setValue(setup.conv.dilation.rows);
        m_kernelSize->setValue(pooling ? setup.pool.size.rows : m_exampleKernel.rows);
        m_inputSize->setValue(m_exampleInput.rows);
    }
    updateControlVisibility();
    updateNotice();
    // The example as given, not rebuilt from the (square, uniform) controls.
    StepperSetup exact = setup;
    exact.input = m_exampleInput;
    if (!setup.kernel.empty())
        exact.kernel = m_exampleKernel;
    m_model->setSetup(exact);
    m_shownSetup = exact;
    refreshCaption();
}

StepperSetup StepperPage::exampleSetup() const
{
    StepperSetup s;
    const int choice = m_operation->currentIndex();
    s.input = m_exampleInput;
    s.kernel = m_exampleKernel;
    const int stride = m_stride->value(), padding = m_padding->value();
    s.conv.stride = {stride, stride};
    s.conv.padding = Padding::uniform(padding);
    s.conv.paddingMode = static_cast<PaddingMode>(m_paddingMode->currentData().toInt());
    s.conv.dilation = {m_dilation->value(), m_dilation->value()};
    s.conv.trueConvolution = choice == TrueConvolution;
    s.method = static_cast<MatchMethod>(m_method->currentData().toInt());
    s.pool.size = {m_kernelSize->value(), m_kernelSize->value()};
    s.pool.stride = {stride, stride};
    s.pool.padding = Padding::uniform(padding);
    s.pool.mode = choice == AveragePooling ? PoolMode::Average : PoolMode::Max;
    switch (choice) {
    case Matching:
        s.operation = StepOperation::TemplateMatch;
        s.conv.dilation = {1, 1};
        break;
    case MaxPooling:
    case AveragePooling:
        s.operation = StepOperation::Pooling;
        break;
    default:
        s.operation = StepOperation::Convolution;
    }
    return s;
}

StepperSetup StepperPage::documentSetup() const
{
    const Parameters& p = m_document->parameters();
    StepperSetup s;
    s.operation = p.isTemplateMatch() ? StepOperation::TemplateMatch : StepOperation::Convolution;
    s.input = documentInput();
    s.kernel = m_document->patch();
    s.conv = p.effectiveConv();
    s.method = p.method;
    return s;
}

void StepperPage::setSizeHidden(bool hidden)
{
    m_sizeHidden = hidden;
    m_canvas->setOutputHidden(hidden);
    m_controls->setTotalHidden(hidden);
    refreshCaption();
}

void StepperPage::refreshCaption()
{
    m_captions->describe(m_shownSetup, m_sizeHidden);
}

void StepperPage::rebuild()
{
    if (m_source == Source::DocumentTooLarge)
        return; // the example stays on screen until a crop is chosen
    const StepperSetup setup = followsDocument() ? documentSetup() : exampleSetup();
    m_model->setSetup(setup);
    m_shownSetup = setup;
    refreshCaption();
}

void StepperPage::updateControlVisibility()
{
    const int choice = m_operation->currentIndex();
    const bool pooling = choice == MaxPooling || choice == AveragePooling;
    const bool matching = choice == Matching;
    m_method->setVisible(matching);
    m_methodLabel->setVisible(matching);
    m_dilation->setVisible(!pooling && !matching);
    m_dilationLabel->setVisible(!pooling && !matching);
    m_paddingMode->setVisible(!pooling);
    m_paddingModeLabel->setVisible(!pooling);
    m_kernelLabel->setText(pooling ? tr("Window") : matching ? tr("Patch") : tr("Kernel"));

    const bool lesson = followsDocument();
    m_inputSize->setEnabled(!lesson);
    m_kernelSize->setEnabled(!lesson);
    m_newValues->setEnabled(!lesson);
    setEnabledItem(m_operation, MaxPooling, !lesson);
    setEnabledItem(m_operation, AveragePooling, !lesson);
    if (lesson) {
        const QSignalBlocker b1(m_kernelSize), b2(m_inputSize);
        m_kernelSize->setMaximum(limits::kMaxPatchSide);
        m_kernelSize->setValue(m_document->patch().rows);
        m_inputSize->setMaximum(steppercrop::kMaxSide);
        m_inputSize->setValue(documentInput().rows);
    } else {
        m_kernelSize->setMaximum(kMaxExampleKernel);
        m_inputSize->setMaximum(kMaxExampleSide);
    }
}

void StepperPage::updateNotice()
{
    if (!m_document) {
        m_noticeRow->hide();
        return;
    }
    m_noticeRow->show();
    const cv::Size image = m_document->image().size();
    const cv::Size patch = m_document->patch().size();
    m_cropButton->setVisible(m_source == Source::DocumentTooLarge);
    m_followButton->setVisible(m_source == Source::Example);
    switch (m_source) {
    case Source::Example:
        m_notice->setText(tr("Stepping through an example, not the lesson."));
        break;
    case Source::Document:
        m_notice->setText(tr("Stepping through the lesson's image (%1×%2) and patch (%3×%4); "
                             "the parameters set here are the lesson's.")
                              .arg(image.height)
                              .arg(image.width)
                              .arg(patch.height)
                              .arg(patch.width));
        break;
    case Source::DocumentCrop: {
        const cv::Rect crop = steppercrop::cropAround(image, m_cropCentre, patch);
        m_notice->setText(tr("Stepping through a %1×%2 crop of the lesson's image, from (row %3, "
                             "col %4), around the best match; padding applies at the crop's "
                             "edges.")
                              .arg(crop.height)
                              .arg(crop.width)
                              .arg(crop.y)
                              .arg(crop.x));
        break;
    }
    case Source::DocumentTooLarge: {
        const cv::Rect crop =
            steppercrop::cropAround(image, {image.width / 2, image.height / 2}, patch);
        m_notice->setText(
            m_searchingPeak
                ? tr("Looking for the best match…")
                : tr("The lesson's image is %1×%2: too large to step through cell by cell (at "
                     "most %3×%3). The example stays here.")
                      .arg(image.height)
                      .arg(image.width)
                      .arg(steppercrop::kMaxSide));
        m_cropButton->setText(
            tr("Step through a %1×%2 crop around the best match").arg(crop.height).arg(crop.width));
        m_cropButton->setEnabled(!m_searchingPeak);
        break;
    }
    }
}

QString StepperPage::noticeText() const
{
    return m_noticeRow->isHidden() ? QString() : m_notice->text();
}

bool StepperPage::offersCrop() const
{
    return !m_noticeRow->isHidden() && !m_cropButton->isHidden();
}

QString StepperPage::caption() const
{
    return m_captions->caption();
}

} // namespace convlab
