// SPDX-License-Identifier: MIT
#include "learn/LearnPage.h"

#include "Error.h"
#include "document/Document.h"
#include "i18n/CoreMessages.h"
#include "i18n/Retranslation.h"
#include "learn/ConfusionMatrix.h"
#include "learn/DigitImage.h"
#include "learn/DigitPad.h"
#include "learn/FeatureMaps.h"
#include "learn/FilterGrid.h"
#include "learn/NetworkTable.h"
#include "learn/OwnDigitsPanel.h"
#include "learn/ProbabilityBars.h"
#include "learn/TrainingCurves.h"
#include "session/Outcome.h"
#include "views/Palette.h"

#include <QAction>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>
#include <unordered_map>

namespace convlab {

namespace {

using State = TrainingSession::State;

constexpr int kMaxSeed = 999'999;
constexpr int kMaxEpochs = 50; // minutes at most; the command line allows more
constexpr double kMinLearningRate = 0.0001;
constexpr double kMaxLearningRate = 10; // as `convlab train --lr`

QString percent(double fraction)
{
    return QLocale().toString(100 * fraction, 'f', 1);
}

// "12 sevens": a digit's name counted, for the browsing caption.
QString digitsNamed(int digit, int count)
{
    switch (digit) {
    case 0:
        return LearnPage::tr("%n zero(s)", nullptr, count);
    case 1:
        return LearnPage::tr("%n one(s)", nullptr, count);
    case 2:
        return LearnPage::tr("%n two(s)", nullptr, count);
    case 3:
        return LearnPage::tr("%n three(s)", nullptr, count);
    case 4:
        return LearnPage::tr("%n four(s)", nullptr, count);
    case 5:
        return LearnPage::tr("%n five(s)", nullptr, count);
    case 6:
        return LearnPage::tr("%n six(es)", nullptr, count);
    case 7:
        return LearnPage::tr("%n seven(s)", nullptr, count);
    case 8:
        return LearnPage::tr("%n eight(s)", nullptr, count);
    case 9:
        return LearnPage::tr("%n nine(s)", nullptr, count);
    }
    return QString::number(count);
}

QLabel* caption(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

LearnPage::LearnPage(TrainingSession* session, QWidget* parent)
    : QWidget(parent), m_session(session), m_texts(new Retranslation(this))
{
    setObjectName(QStringLiteral("learnPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(buildControls());

    auto* content = new QWidget(this);
    auto* columns = new QHBoxLayout(content);
    columns->addWidget(buildNetwork(), 3);
    columns->addWidget(buildTraining(), 4);
    columns->addWidget(buildInside(), 3);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("learnScroll"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(scroll, 1);

    connect(m_session, &TrainingSession::stateChanged, this, &LearnPage::updateState);
    connect(m_session, &TrainingSession::progressed, this, &LearnPage::updateProgress);
    connect(m_session, &TrainingSession::filtersChanged, this, &LearnPage::updateFilters);
    connect(m_session, &TrainingSession::networkChanged, this, &LearnPage::predict);
    connect(m_session, &TrainingSession::failed, this, [this] { updateState(); });
    connect(m_session, &TrainingSession::heldOutChanged, this, &LearnPage::updateConfusion);
    connect(m_session, &TrainingSession::modelOpened, this, &LearnPage::modelOpened);
    connect(m_session, &TrainingSession::openingChanged, this, [this] { updateState(); });
    m_texts->add([this] {
        updateState();
        updateHeldOutCaption();
        updateBrowseCaption();
        predict(); // the answer's sentence
    });
    updateFilters(m_session->filters());
    m_curves->clear(m_session->settings().epochs);
    updateProgress(m_session->progress());
    updateConfusion();
    pickHeldOut(0);
}

// ~QWidget destroys the children after this class is gone; a settings box losing the focus then
// would still call applySettings on what is left of the page.
LearnPage::~LearnPage()
{
    for (QObject* child : findChildren<QObject*>())
        child->disconnect(this);
}

QWidget* LearnPage::buildControls()
{
    m_bar = new QWidget(this);
    m_bar->setObjectName(QStringLiteral("learnControls"));
    // Two rows, the buttons then the settings and the progress: one row would make the page
    // wider than a projector's 1366 pixels beside a lesson's text.
    auto* rows = new QVBoxLayout(m_bar);
    auto* bar = new QHBoxLayout;
    auto* settingsRow = new QHBoxLayout;
    rows->addLayout(bar);
    rows->addLayout(settingsRow);
    const TrainingSettings& settings = m_session->settings();
    const auto button = [this, bar](const char* name) {
        auto* b = new QPushButton(m_bar);
        b->setObjectName(QLatin1String(name));
        bar->addWidget(b);
        return b;
    };
    m_train = button("trainButton");
    m_pause = button("pauseButton");
    m_stop = button("stopButton");
    m_reset = button("resetButton");
    m_train->setDefault(true);
    m_texts->toolTip(m_reset, [] { return tr("Back to the random weights the seed gives"); });
    connect(m_train, &QPushButton::clicked, this, [this] {
        applySettings();
        m_fileProblem.clear();
        m_session->start();
    });
    connect(m_pause, &QPushButton::clicked, m_session, &TrainingSession::pause);
    connect(m_stop, &QPushButton::clicked, m_session, &TrainingSession::stop);
    connect(m_reset, &QPushButton::clicked, this, [this] {
        applySettings();
        m_fileProblem.clear();
        m_session->reset();
    });
    bar->addSpacing(fontMetrics().height());
    m_saveModel = button("saveModelButton");
    m_openModel = button("openModelButton");
    m_texts->text(m_saveModel, [] { return tr("Save &Model…"); });
    m_texts->text(m_openModel, [] { return tr("Ope&n Model…"); });
    m_texts->toolTip(m_saveModel, [] {
        return tr("The network as it is now, to a .pt file: a TorchScript archive that `convlab "
                  "predict` and PyTorch (torch.jit.load) read");
    });
    m_texts->toolTip(m_openModel, [] {
        return tr("A network saved by ConvLab or `convlab train` in place of this one: its "
                  "architecture, filters and predictions");
    });
    connect(m_saveModel, &QPushButton::clicked, this, [this] {
        const QString path = chooseModelPath(ModelFileChoice::Save);
        if (!path.isEmpty())
            saveModel(path);
    });
    connect(m_openModel, &QPushButton::clicked, this, [this] {
        const QString path = chooseModelPath(ModelFileChoice::Open);
        if (!path.isEmpty()) {
            m_fileProblem.clear();
            m_openingPath = path;
            m_session->beginOpenModel(path);
        }
    });
    bar->addStretch(1);

    const auto labelled = [this, settingsRow](QWidget* box, Retranslation::Text text) {
        auto* label = m_texts->text(new QLabel(m_bar), std::move(text));
        label->setBuddy(box);
        settingsRow->addWidget(label);
        settingsRow->addWidget(box);
    };
    m_seed = new QSpinBox(m_bar);
    m_seed->setObjectName(QStringLiteral("seedBox"));
    m_seed->setRange(0, kMaxSeed);
    m_seed->setValue(static_cast<int>(settings.seed));
    m_texts->toolTip(m_seed, [] {
        return tr("The initial weights and the order of the digits: the same seed trains the "
                  "same filters");
    });
    labelled(m_seed, [] { return tr("See&d"); });
    m_learningRate = new QDoubleSpinBox(m_bar);
    m_learningRate->setObjectName(QStringLiteral("learningRateBox"));
    m_learningRate->setDecimals(4);
    m_learningRate->setRange(kMinLearningRate, kMaxLearningRate);
    m_learningRate->setSingleStep(0.01);
    m_learningRate->setValue(settings.learningRate);
    m_texts->toolTip(m_learningRate, [] {
        return tr("The first steps' size, decayed to 0 along a cosine (SGD with momentum). Too "
                  "large, and the loss becomes NaN");
    });
    labelled(m_learningRate, [] { return tr("&Learning rate"); });
    m_epochs = new QSpinBox(m_bar);
    m_epochs->setObjectName(QStringLiteral("epochsBox"));
    m_epochs->setRange(1, kMaxEpochs);
    m_epochs->setValue(settings.epochs);
    m_texts->toolTip(m_epochs, [] { return tr("Passes over the 4,000 training digits"); });
    labelled(m_epochs, [] { return tr("&Epochs"); });
    for (QAbstractSpinBox* box :
         {static_cast<QAbstractSpinBox*>(m_seed), static_cast<QAbstractSpinBox*>(m_learningRate),
          static_cast<QAbstractSpinBox*>(m_epochs)})
        connect(box, &QAbstractSpinBox::editingFinished, this, &LearnPage::applySettings);

    settingsRow->addSpacing(fontMetrics().height());
    m_progress = new QProgressBar(m_bar);
    m_progress->setObjectName(QStringLiteral("trainingProgress"));
    m_progress->setMinimumWidth(fontMetrics().height() * 8);
    settingsRow->addWidget(m_progress, 1);

    auto* column = new QWidget(this);
    auto* stack = new QVBoxLayout(column);
    stack->setContentsMargins(0, 0, 0, 0);
    stack->setSpacing(0);
    stack->addWidget(m_bar);
    auto* statusRow = new QHBoxLayout;
    statusRow->setContentsMargins(fontMetrics().height() / 2, 0, fontMetrics().height() / 2, 0);
    m_status = new QLabel(column);
    m_status->setObjectName(QStringLiteral("trainingStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusRow->addWidget(m_status, 1);
    stack->addLayout(statusRow);
    m_problem = new QLabel(column);
    m_problem->setObjectName(QStringLiteral("trainingProblem"));
    m_problem->setWordWrap(true);
    m_problem->setContentsMargins(fontMetrics().height() / 2, 0, fontMetrics().height() / 2, 0);
    m_problem->hide();
    stack->addWidget(m_problem);
    return column;
}

void LearnPage::setBackAction(QAction* action)
{
    auto* button = new QToolButton(m_bar);
    button->setObjectName(QStringLiteral("backButton"));
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setFocusPolicy(Qt::NoFocus);
    // At the end of the second row, after the progress bar.
    m_bar->layout()->itemAt(1)->layout()->addWidget(button);
}

QWidget* LearnPage::buildNetwork()
{
    auto* group = m_texts->title(new QGroupBox(this), [] { return tr("The network"); });
    auto* layout = new QVBoxLayout(group);
    auto* about = caption(group);
    m_texts->text(about, [] {
        return tr("Each stage: convolution → ReLU → max-pooling; then one linear layer to the ten "
                  "digits. Hover an output size for its formula.");
    });
    layout->addWidget(about);
    m_table = new NetworkTable(group);
    m_table->setArchitecture(m_session->settings().architecture);
    layout->addWidget(m_table, 1);
    connect(m_table, &NetworkTable::architectureEdited, this, [this](const Architecture& a) {
        TrainingSettings settings = m_session->settings();
        if (settings.architecture == a)
            return;
        settings.architecture = a;
        m_session->setSettings(settings);
        m_session->reset(); // the weights of the new network, random
    });
    return group;
}

QWidget* LearnPage::buildTraining()
{
    auto* column = new QWidget(this);
    auto* layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* curves = m_texts->title(new QGroupBox(column), [] { return tr("Training"); });
    auto* curvesLayout = new QVBoxLayout(curves);
    m_curves = new TrainingCurves(curves);
    m_curves->setObjectName(QStringLiteral("trainingCurves"));
    curvesLayout->addWidget(m_curves);
    layout->addWidget(curves);

    // Both layers' grids in one panel: what `convlab render --view filters` draws.
    m_filtersPanel = new QWidget(column);
    m_filtersPanel->setObjectName(QStringLiteral("filtersPanel"));
    auto* filters = new QVBoxLayout(m_filtersPanel);
    filters->setContentsMargins(0, 0, 0, 0);
    auto* first =
        m_texts->title(new QGroupBox(m_filtersPanel), [] { return tr("First-layer filters"); });
    auto* firstLayout = new QVBoxLayout(first);
    auto* firstCaption = caption(first);
    m_texts->text(firstCaption, [] {
        return tr("Blue negative, white 0, red positive, on one scale. Random noise at first, "
                  "strokes and edges once trained. Click a filter to use it as the patch of the "
                  "main views, on the sheet of digits.");
    });
    firstLayout->addWidget(firstCaption);
    m_first = new FilterGrid(first);
    m_first->setObjectName(QStringLiteral("firstLayerFilters"));
    m_first->setMaximumCellSize(64);
    m_texts->toolTip(m_first, [] { return tr("Click to use this filter as the patch"); });
    firstLayout->addWidget(m_first);
    connect(m_first, &FilterGrid::cellClicked, this,
            [this](int index) { emit filterChosen(index, m_first->cell(index)); });
    filters->addWidget(first);

    auto* second =
        m_texts->title(new QGroupBox(m_filtersPanel), [] { return tr("Second-layer filters"); });
    auto* secondLayout = new QVBoxLayout(second);
    m_secondCaption = caption(second);
    secondLayout->addWidget(m_secondCaption);
    m_second = new FilterGrid(second);
    m_second->setObjectName(QStringLiteral("secondLayerFilters"));
    m_second->setMaximumCellSize(28);
    secondLayout->addWidget(m_second);
    filters->addWidget(second);
    layout->addWidget(m_filtersPanel);
    layout->addStretch(1);
    return column;
}

QWidget* LearnPage::buildInside()
{
    auto* column = new QWidget(this);
    auto* layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* look = m_texts->title(new QGroupBox(column), [] { return tr("Look inside"); });
    auto* lookLayout = new QVBoxLayout(look);
    auto* how = caption(look);
    m_texts->text(how, [] {
        return tr("Draw a digit with the mouse (right-click clears), or pick one the network "
                  "never trained on.");
    });
    lookLayout->addWidget(how);
    auto* padRow = new QHBoxLayout;
    m_pad = new DigitPad(look);
    m_pad->setObjectName(QStringLiteral("digitPad"));
    padRow->addWidget(m_pad, 1);
    m_bars = new ProbabilityBars(look);
    m_bars->setObjectName(QStringLiteral("probabilityBars"));
    auto* barsColumn = new QVBoxLayout;
    m_answer = new QLabel(look);
    m_answer->setObjectName(QStringLiteral("predictionText"));
    m_answer->setWordWrap(true);
    barsColumn->addWidget(m_answer);
    barsColumn->addWidget(m_bars);
    barsColumn->addStretch(1);
    padRow->addLayout(barsColumn, 1);
    lookLayout->addLayout(padRow);

    auto* pickRow = new QHBoxLayout;
    auto* clear = m_texts->text(new QPushButton(look), [] { return tr("&Clear"); });
    clear->setObjectName(QStringLiteral("clearPadButton"));
    connect(clear, &QPushButton::clicked, m_pad, &DigitPad::clear);
    pickRow->addWidget(clear);
    auto* pickLabel = m_texts->text(new QLabel(look), [] { return tr("&Held-out digit"); });
    m_heldOutIndex = new QSpinBox(look);
    m_heldOutIndex->setObjectName(QStringLiteral("heldOutIndex"));
    m_heldOutIndex->setRange(1,
                             std::max<int>(1, static_cast<int>(m_session->split().heldOut.size())));
    m_heldOutIndex->setWrapping(true);
    pickLabel->setBuddy(m_heldOutIndex);
    pickRow->addWidget(pickLabel);
    pickRow->addWidget(m_heldOutIndex);
    m_heldOutLabel = new QLabel(look);
    pickRow->addWidget(m_heldOutLabel, 1);
    connect(m_heldOutIndex, &QSpinBox::valueChanged, this,
            [this](int value) { pickHeldOut(value - 1); });
    lookLayout->addLayout(pickRow);
    layout->addWidget(look);

    // The held-out digits and the student's own as two tabs under the pad: one at a time, they
    // fit a 1366×768 projector beside a lesson's text.
    auto* digits = new QTabWidget(column);
    digits->setObjectName(QStringLiteral("digitTabs"));
    digits->addTab(buildConfusion(), QString());
    m_own = new OwnDigitsPanel(digits);
    connect(m_own, &OwnDigitsPanel::addRequested, this, &LearnPage::addOwnDigit);
    digits->addTab(m_own, QString());
    m_texts->tabText(digits, 0, [] { return tr("Right and wrong"); });
    m_texts->tabText(digits, 1, [] { return tr("Your own digits"); });
    layout->addWidget(digits);

    auto* maps = m_texts->title(new QGroupBox(column), [] { return tr("Feature maps"); });
    m_mapsPanel = maps;
    auto* mapsLayout = new QVBoxLayout(maps);
    m_maps = new FeatureMaps(maps);
    m_maps->setObjectName(QStringLiteral("featureMaps"));
    mapsLayout->addWidget(m_maps);
    layout->addWidget(maps);
    layout->addStretch(1);
    connect(m_pad, &DigitPad::changed, this, &LearnPage::predict);
    return column;
}

QWidget* LearnPage::buildConfusion()
{
    auto* group =
        m_texts->title(new QGroupBox(this), [] { return tr("Held-out digits: right and wrong"); });
    auto* layout = new QVBoxLayout(group);
    m_confusionAbout = caption(group);
    layout->addWidget(m_confusionAbout);
    m_confusion = new ConfusionMatrix(group);
    m_confusion->setObjectName(QStringLiteral("confusionMatrix"));
    m_texts->toolTip(m_confusion, [] { return tr("Click a cell to see its digits on the pad"); });
    layout->addWidget(m_confusion, 0, Qt::AlignHCenter);
    auto* row = new QHBoxLayout;
    const auto arrow = [group, row](const char* name, Qt::ArrowType type) {
        auto* button = new QToolButton(group);
        button->setObjectName(QLatin1String(name));
        button->setArrowType(type);
        row->addWidget(button);
        return button;
    };
    m_previous = arrow("previousDigitButton", Qt::LeftArrow);
    m_next = arrow("nextDigitButton", Qt::RightArrow);
    m_texts->toolTip(m_previous, [] { return tr("The cell's previous digit"); });
    m_texts->toolTip(m_next, [] { return tr("The cell's next digit"); });
    m_browseCaption = new QLabel(group);
    m_browseCaption->setObjectName(QStringLiteral("browseCaption"));
    m_browseCaption->setWordWrap(true);
    row->addWidget(m_browseCaption, 1);
    layout->addLayout(row);
    connect(m_confusion, &ConfusionMatrix::cellClicked, this, &LearnPage::showCell);
    connect(m_previous, &QToolButton::clicked, this, [this] { browse(-1); });
    connect(m_next, &QToolButton::clicked, this, [this] { browse(1); });
    return group;
}

void LearnPage::updateConfusion()
{
    m_browsed.clear();
    m_browsedAt = 0;
    m_confusion->setCounts(m_session->heldOut().confusion);
    updateBrowseCaption();
}

void LearnPage::showCell(int label, int predicted)
{
    const Evaluation& eval = m_session->heldOut();
    if (eval.confusion.empty())
        return;
    // Evaluation lists the wrong answers only; every other held-out digit was read right.
    std::unordered_map<int, int> wrong;
    for (const WrongPrediction& w : eval.wrong)
        wrong[w.index] = w.predicted;
    const std::vector<int>& heldOut = m_session->split().heldOut;
    m_browsed.clear();
    for (int k = 0; k < static_cast<int>(heldOut.size()); ++k) {
        const int index = heldOut[static_cast<std::size_t>(k)];
        const int digit = m_session->data().label(index);
        const auto it = wrong.find(index);
        if (digit == label && (it == wrong.end() ? digit : it->second) == predicted)
            m_browsed.push_back(k);
    }
    m_browsedAt = 0;
    m_confusion->setSelected(ConfusionMatrix::Cell{label, predicted});
    if (!m_browsed.empty())
        pickHeldOut(m_browsed.front());
    updateBrowseCaption();
}

void LearnPage::browse(int step)
{
    const int n = static_cast<int>(m_browsed.size());
    if (n == 0)
        return;
    m_browsedAt = ((m_browsedAt + step) % n + n) % n;
    pickHeldOut(m_browsed[static_cast<std::size_t>(m_browsedAt)]);
    updateBrowseCaption();
}

void LearnPage::updateBrowseCaption()
{
    const bool evaluated = !m_confusion->isEmpty();
    m_confusionAbout->setText(
        evaluated ? tr("A row per true digit, a column per digit the network read: right answers "
                       "on the outlined diagonal, mistakes elsewhere.")
                  : tr("Train the network: its answers on the held-out digits fill this table."));
    const std::optional<ConfusionMatrix::Cell> cell = m_confusion->selected();
    m_previous->setEnabled(m_browsed.size() > 1);
    m_next->setEnabled(m_browsed.size() > 1);
    if (!cell) {
        m_browseCaption->setText(evaluated ? tr("Click a cell to browse its digits.") : QString());
        return;
    }
    const int n = static_cast<int>(m_browsed.size());
    if (n == 0)
        m_browseCaption->setText(
            tr("No held-out %1 was read as %2.").arg(cell->label).arg(cell->predicted));
    else if (cell->label == cell->predicted)
        m_browseCaption->setText(tr("%1 read right — showing %2 of %3")
                                     .arg(digitsNamed(cell->label, n))
                                     .arg(m_browsedAt + 1)
                                     .arg(n));
    else
        m_browseCaption->setText(tr("%1 read as %2 — showing %3 of %4")
                                     .arg(digitsNamed(cell->label, n))
                                     .arg(cell->predicted)
                                     .arg(m_browsedAt + 1)
                                     .arg(n));
}

QString LearnPage::chooseModelPath(ModelFileChoice choice)
{
    if (m_choosePath)
        return m_choosePath(choice);
    const QString filter = tr("ConvLab models (*.pt);;All files (*)");
    if (choice == ModelFileChoice::Open)
        return QFileDialog::getOpenFileName(this, tr("Open Model"), {}, filter);
    QString path =
        QFileDialog::getSaveFileName(this, tr("Save Model"), QStringLiteral("model.pt"), filter);
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pt");
    return path;
}

Outcome LearnPage::saveModel(const QString& path)
{
    const Outcome outcome = m_session->saveModel(path);
    showFileOutcome(outcome);
    return outcome;
}

Outcome LearnPage::openModel(const QString& path)
{
    const Outcome outcome = m_session->openModel(path);
    modelOpened(outcome);
    return outcome;
}

void LearnPage::modelOpened(const Outcome& outcome)
{
    m_openingPath.clear();
    if (outcome.ok)
        m_table->setArchitecture(m_session->settings().architecture);
    showFileOutcome(outcome);
}

void LearnPage::setDocument(Document* document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_own->setDocument(document);
    const auto follow = [this] {
        m_session->setOwnDigits(m_document ? OwnDigits::clone(m_document->ownDigits())
                                           : std::vector<OwnDigit>{});
        updateOwnDigitsRun();
    };
    if (m_document)
        connect(m_document, &Document::ownDigitsChanged, this, follow);
    follow();
}

Outcome LearnPage::addOwnDigit(int label)
{
    const QString title = tr("Cannot add the digit to the training set");
    Outcome outcome;
    if (!m_document)
        outcome = Outcome::failure(title, tr("there is no document to keep it in"));
    else if (m_pad->isBlank())
        outcome = Outcome::failure(title, tr("the pad is blank: draw a digit on it first"));
    else if (m_pad->image().rows != DigitPad::kSide || m_pad->image().cols != DigitPad::kSide)
        outcome = Outcome::failure(
            title, tr("the pad shows a digit of the sheet (%1 × %2 pixels, not drawn on the %3 × "
                      "%3 pad): draw a digit of your own")
                       .arg(m_pad->image().rows)
                       .arg(m_pad->image().cols)
                       .arg(DigitPad::kSide));
    else if (m_digit.empty())
        outcome = Outcome::failure(title, m_answer->text());
    else
        outcome = m_document->addOwnDigit(m_digit, label);
    m_own->showProblem(outcome.ok ? QString() : outcome.message);
    return outcome;
}

void LearnPage::updateOwnDigitsRun()
{
    const int next = static_cast<int>(m_session->ownDigits().size());
    const int inRun = m_session->ownDigitsInRun();
    const State state = m_session->state();
    const bool underWay = state == State::Running || state == State::Paused;
    const bool ended =
        state == State::Stopped || state == State::Finished || state == State::Diverged;
    const QString total = QLocale().toString(m_session->trainingDigitsInRun());
    const QString sheet = QLocale().toString(static_cast<int>(m_session->split().train.size()));
    QString text;
    if (underWay && inRun == next)
        text =
            tr("This run trains on %1 digits: the sheet's %2 and %n of your own.", nullptr, inRun)
                .arg(total, sheet);
    else if (underWay)
        text = tr("This run trains on %n of your own digits; the next one on %1.", nullptr, inRun)
                   .arg(next);
    else if (ended && inRun == next)
        text = tr("The last run trained on %1 digits: the sheet's %2 and %n of your own.", nullptr,
                  inRun)
                   .arg(total, sheet);
    else if (ended)
        text = tr("The last run trained on %n of your own digits; the next one trains on %1.",
                  nullptr, inRun)
                   .arg(next);
    else
        text = tr("The next run trains on the sheet's %1 digits and %n of your own.", nullptr, next)
                   .arg(sheet);
    m_own->setRunText(text);
}

void LearnPage::showFileOutcome(const Outcome& outcome)
{
    m_fileProblem = outcome.ok ? QString() : outcome.title + QStringLiteral(": ") + outcome.message;
    updateState();
    if (outcome.ok)
        m_status->setText(outcome.message);
}

void LearnPage::applySettings()
{
    TrainingSettings settings = m_session->settings();
    settings.seed = static_cast<std::uint64_t>(m_seed->value());
    settings.learningRate = m_learningRate->value();
    settings.epochs = m_epochs->value();
    m_session->setSettings(settings);
}

void LearnPage::pickHeldOut(int index)
{
    const std::vector<int>& heldOut = m_session->split().heldOut;
    if (index < 0 || index >= static_cast<int>(heldOut.size()))
        return;
    if (m_heldOutIndex->value() != index + 1) {
        m_heldOutIndex->setValue(index + 1); // comes back here
        return;
    }
    updateHeldOutCaption();
    // A digit picked outside the cell being browsed ends the browsing.
    const auto browsed = std::find(m_browsed.begin(), m_browsed.end(), index);
    if (browsed != m_browsed.end()) {
        m_browsedAt = static_cast<int>(browsed - m_browsed.begin());
    } else if (m_confusion->selected()) {
        m_browsed.clear();
        m_confusion->setSelected(std::nullopt);
    }
    updateBrowseCaption();
    m_pad->setDigit(m_session->data().image(heldOut[static_cast<std::size_t>(index)]));
}

void LearnPage::updateHeldOutCaption()
{
    const std::vector<int>& heldOut = m_session->split().heldOut;
    const int index = m_heldOutIndex->value() - 1;
    if (index < static_cast<int>(heldOut.size()))
        m_heldOutLabel->setText(
            tr("a %1, never trained on")
                .arg(m_session->data().label(heldOut[static_cast<std::size_t>(index)])));
}

void LearnPage::updateState()
{
    const State state = m_session->state();
    const bool running = state == State::Running;
    const bool underWay = running || state == State::Paused;
    m_train->setText(state == State::Paused ? tr("&Resume") : tr("&Train"));
    m_pause->setText(tr("&Pause"));
    m_stop->setText(tr("St&op"));
    m_reset->setText(tr("Re&set"));
    m_train->setEnabled(!running);
    const bool opening = m_session->isOpening();
    m_saveModel->setEnabled(!running && !opening);
    m_openModel->setEnabled(!running && !opening);
    m_pause->setEnabled(running);
    m_stop->setEnabled(underWay);
    for (QWidget* box : {static_cast<QWidget*>(m_seed), static_cast<QWidget*>(m_learningRate),
                         static_cast<QWidget*>(m_epochs)})
        box->setEnabled(!underWay);
    m_table->setEditable(!underWay);
    const QString problem = m_session->message().isEmpty() ? m_fileProblem : m_session->message();
    m_problem->setVisible(!problem.isEmpty());
    QPalette palette = m_problem->palette();
    palette.setColor(QPalette::WindowText, palette::errorText(this->palette()));
    m_problem->setPalette(palette);
    m_problem->setText(problem);
    m_status->setText(statusText());
    updateOwnDigitsRun();

    const Architecture& a = m_session->settings().architecture;
    if (a.stages.size() > 1)
        m_secondCaption->setText(
            tr("A column per filter of conv2 (%1), a row per channel it reads (%2: the maps of "
               "conv1's filters, pooled).")
                .arg(a.stages[1].filters)
                .arg(a.stages[0].filters));
    else
        m_secondCaption->setText(tr("This network has one stage only."));
}

QString LearnPage::statusText() const
{
    const TrainingProgress& p = m_session->progress();
    const QString heldOut = p.heldOutAccuracy
                                ? tr(", held-out accuracy %1 %").arg(percent(*p.heldOutAccuracy))
                                : QString();
    const QString where = tr("epoch %1 of %2, batch %3 of %4: loss %5, train accuracy %6 %%7")
                              .arg(p.epoch)
                              .arg(p.epochs)
                              .arg(p.batch)
                              .arg(p.batches)
                              .arg(QLocale().toString(p.loss, 'f', 3))
                              .arg(percent(p.trainAccuracy), heldOut);
    const Evaluation& eval = m_session->heldOut();
    if (m_session->isOpening())
        return tr("Opening the model %1…").arg(QFileInfo(m_openingPath).fileName());
    switch (m_session->state()) {
    case State::Untrained:
        return tr("Not trained: the filters are the seed's random weights. Press Train.");
    case State::Running:
        return tr("Training, %1").arg(where);
    case State::Paused:
        return tr("Paused at %1").arg(where);
    case State::Stopped:
        return tr("Stopped at %1").arg(where);
    case State::Finished:
        return tr("Trained: %1 of %2 held-out digits right (%3 %)")
            .arg(eval.correct)
            .arg(eval.count)
            .arg(percent(eval.accuracy()));
    case State::Diverged:
        return tr("Training diverged at epoch %1").arg(p.epoch);
    case State::Opened:
        return tr("Opened %1: %2 of %3 held-out digits right (%4 %)")
            .arg(QFileInfo(m_session->modelPath()).fileName())
            .arg(eval.correct)
            .arg(eval.count)
            .arg(percent(eval.accuracy()));
    }
    return {};
}

void LearnPage::updateProgress(const TrainingProgress& p)
{
    const int total = std::max(1, p.epochs * p.batches);
    m_progress->setRange(0, total);
    m_progress->setValue(p.epochEnd ? p.epoch * p.batches : (p.epoch - 1) * p.batches + p.batch);
    if (p.batch == 0)
        m_curves->clear(p.batches > 0 ? p.epochs : m_session->settings().epochs);
    else
        m_curves->add(p);
    m_status->setText(statusText());
}

void LearnPage::updateFilters(const FilterSnapshot& filters)
{
    m_first->setCells(filters.first, std::min<int>(8, static_cast<int>(filters.first.size())));
    // A row per channel read, a column per filter: as wide as the first layer's row.
    std::vector<cv::Mat> cells;
    const int channels = filters.second.empty() ? 0 : filters.second.front().channels();
    for (int c = 0; c < channels; ++c)
        for (const cv::Mat& filter : filters.second) {
            cv::Mat channel;
            cv::extractChannel(filter, channel, c);
            cells.push_back(channel);
        }
    m_second->setCells(cells, static_cast<int>(filters.second.size()));
    m_second->parentWidget()->setVisible(!filters.second.empty());
}

void LearnPage::predict()
{
    const std::shared_ptr<const Network> network = m_session->network();
    m_digit.release();
    m_prediction = {};
    QString problem;
    if (network && !m_pad->isBlank()) {
        try {
            m_digit = prepareDigit(m_pad->image());
            m_prediction = network->predict(m_digit);
            m_maps->setMaps(network->shapes(), m_digit, network->activations(m_digit));
        } catch (const Error& e) {
            m_digit.release();
            m_prediction = {};
            problem = CoreMessages::translate(e.what());
        }
    }
    if (m_digit.empty())
        m_maps->clear();
    m_bars->setProbabilities(m_prediction.probabilities);
    if (m_prediction.digit >= 0)
        m_answer->setText(
            tr("The network reads a <b>%1</b> (%2 %)")
                .arg(m_prediction.digit)
                .arg(percent(
                    m_prediction.probabilities[static_cast<std::size_t>(m_prediction.digit)])));
    else
        m_answer->setText(problem.isEmpty() ? tr("Draw a digit on the pad.") : problem);
}

} // namespace convlab
