// SPDX-License-Identifier: MIT
#include "MainWindow.h"

#include "Error.h"
#include "compute/ResponseComputer.h"
#include "document/Lesson.h"
#include "export/ExportAnimationDialog.h"
#include "export/WindowAnimation.h"
#include "figures/FigureExporter.h"
#include "figures/ImageConversion.h"
#include "i18n/CoreMessages.h"
#include "i18n/Language.h"
#include "io/ArrayIO.h"
#include "io/Autosave.h"
#include "io/LessonFile.h"
#include "lessons/LessonPanel.h"
#include "lessons/LessonsMenu.h"
#include "presentation/PresentationMode.h"
#include "samples/SampleGallery.h"
#include "stepper/StepThroughPanel.h"
#include "stepper/StepperPage.h"
#include "stepper/TransposedConvView.h"
#include "theme/Theme.h"
#include "views/CodePanel.h"
#include "views/HeatmapView.h"
#include "views/Icons.h"
#include "views/ImageCanvas.h"
#include "views/NoticeBar.h"
#include "views/ParametersPanel.h"
#include "views/PatchEditor.h"
#include "views/ResponseAlignment.h"
#include "views/StatusText.h"
#include "views/ToolSettings.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>
#include <opencv2/imgproc.hpp>
#include <utility>

namespace convlab {

namespace {

constexpr int kMaxRecentFiles = 8;

QSettings settings()
{
    if (QCoreApplication::organizationName().isEmpty())
        return QSettings(QStringLiteral("ConvLab"), QStringLiteral("ConvLab"));
    return QSettings();
}

bool isLessonFile(const QString& path)
{
    return QFileInfo(path).suffix().compare(QLatin1String(LessonFile::kSuffix),
                                            Qt::CaseInsensitive) == 0;
}

QString errorText(const std::exception& error)
{
    return CoreMessages::translate(QString::fromUtf8(error.what()));
}

// The patch as a small image, for drawing it on the input where a window reads.
QImage patchImage(const cv::Mat& patch)
{
    if (patch.empty())
        return {};
    double low = 0, high = 0;
    cv::minMaxLoc(patch, &low, &high);
    return grayImage(patch, {low, high > low ? high : low + 1});
}

enum ExportWhat { ExportFigure, ExportInput, ExportPatch, ExportResponse };

QAction* makeAction(QObject* parent, const QString& text, const QString& name,
                    const QKeySequence& shortcut, const QString& tip = {})
{
    auto* action = new QAction(text, parent);
    action->setObjectName(name);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    action->setStatusTip(tip);
    action->setToolTip(shortcut.isEmpty() ? QString(text).remove(QLatin1Char('&'))
                                          : QStringLiteral("%1 (%2)").arg(
                                                QString(text).remove(QLatin1Char('&')),
                                                shortcut.toString(QKeySequence::NativeText)));
    return action;
}

} // namespace

struct MainWindow::Actions {
    QAction* newImage = nullptr;
    QAction* open = nullptr;
    QAction* save = nullptr;
    QAction* saveAs = nullptr;
    QAction* quit = nullptr;
    QAction* undo = nullptr;
    QAction* redo = nullptr;
    QAction* copyCode = nullptr;
    QAction* paste = nullptr;
    QAction* useAsPatch = nullptr;
    QAction* clear = nullptr;
    QAction* invert = nullptr;
    QAction* loadPatch = nullptr;
    QAction* savePatch = nullptr;
    QAction* zoomIn = nullptr;
    QAction* zoomOut = nullptr;
    QAction* zoomFit = nullptr;
    QAction* zoomActual = nullptr;
    QAction* overlay = nullptr;
    QAction* sideBySide = nullptr;
    QAction* about = nullptr;
    QList<QAction*> exports;
    QAction* copyFigure = nullptr;
    QAction* exportAnimation = nullptr;
    QList<QAction*> samples;
    QList<QAction*> tools;
    QList<QAction*> colormaps;
    QAction* brushSmaller = nullptr;
    QAction* brushLarger = nullptr;
    QAction* stepThrough = nullptr;
    QAction* leaveStepThrough = nullptr;
    QList<QAction*> stepThroughPages;
    QAction* presentation = nullptr;
};

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_lesson(new Lesson(this)), m_tools(new ToolSettings(this)),
      m_actions(std::make_unique<Actions>())
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    setDockNestingEnabled(true);
    Theme::apply(Theme::resolve(Theme::saved()));
    buildViews();
    buildDocks();
    m_presentation = new PresentationMode(this, m_lessonPanel);
    connect(
        m_presentation, &PresentationMode::activeChanged, this,
        [this](bool active) {
            if (!active && std::exchange(m_rebuildAfterPresentation, false)) {
                rebuildInterface();
                m_presentation->restoreNormalLayout();
            }
        },
        Qt::QueuedConnection); // the switch may come from an action that the rebuild deletes
    buildActions();
    buildMenus();
    buildToolBars();
    connectDocument();
    connectViews();
    m_computer = new ResponseComputer(m_lesson, this);
    connect(m_computer, &ResponseComputer::resultReady, this, &MainWindow::onResult);
    connect(m_computer, &ResponseComputer::busyChanged, this, [this](bool busy) {
        if (busy)
            m_computeStatus->setText(tr("Computing…"));
    });
    m_autosave = new Autosave(m_lesson, this);
    connect(m_autosave, &Autosave::failed, this, [this](const QString& message) {
        statusBar()->showMessage(tr("Autosave failed: %1").arg(message), 8000);
    });
    restoreSettings();
    onImageChanged(QRect());
    onPatchChanged();
    onParametersChanged();
    onViewSettingsChanged();
    updateTitle();
    offerRecovery();
}

MainWindow::~MainWindow()
{
    // The document outlives this class's part of the object (it is a QObject child): its undo
    // stack signals "clean" as it is destroyed, which must not reach this half-destroyed window.
    disconnect(m_lesson, nullptr, this, nullptr);
}

// ---------------------------------------------------------------------------------- layout

void MainWindow::buildViews()
{
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_notice = new NoticeBar(central);
    layout->addWidget(m_notice);

    m_splitter = new QSplitter(Qt::Horizontal, central);
    m_splitter->setObjectName(QStringLiteral("viewsSplitter"));
    m_splitter->setChildrenCollapsible(false);
    const int margin = fontMetrics().height() / 3;

    auto* inputPane = new QWidget(m_splitter);
    auto* inputLayout = new QVBoxLayout(inputPane);
    inputLayout->setContentsMargins(margin, margin, margin, margin);
    m_inputTitle = new QLabel(inputPane);
    QFont bold = m_inputTitle->font();
    bold.setBold(true);
    m_inputTitle->setFont(bold);
    m_input = new ImageCanvas(m_tools, inputPane);
    m_input->setObjectName(QStringLiteral("inputCanvas"));
    inputLayout->addWidget(m_inputTitle);
    inputLayout->addWidget(m_input, 1);

    m_response = new ResponseView(m_splitter);
    m_response->setObjectName(QStringLiteral("responseView"));
    m_response->setContentsMargins(margin, margin, margin, margin);
    m_splitter->addWidget(inputPane);
    m_splitter->addWidget(m_response);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({1000, 1000}); // equal halves, whatever the window's width
    layout->addWidget(m_splitter, 1);
    setCentralWidget(wrapInModes(central));

    m_cursorStatus = new StatusText(this);
    m_cursorStatus->setObjectName(QStringLiteral("cursorStatus"));
    m_computeStatus = new StatusText(this);
    m_computeStatus->setObjectName(QStringLiteral("computeStatus"));
    m_computeStatus->setWidthSamples(
        {computeTimeText(88888.8), tr("No response"), tr("Computing…")});
    statusBar()->addWidget(m_cursorStatus, 1);
    statusBar()->addPermanentWidget(m_computeStatus);
}

// The views and the step-through panel, one shown at a time (View ▸ Step Through).
QWidget* MainWindow::wrapInModes(QWidget* views)
{
    m_modes = new QStackedWidget(this);
    m_modes->setObjectName(QStringLiteral("modes"));
    m_modes->addWidget(views);
    m_stepThrough = new StepThroughPanel(m_modes);
    m_stepThrough->setObjectName(QStringLiteral("stepThroughPanel"));
    m_stepThrough->bindToLesson(m_lesson);
    m_modes->addWidget(m_stepThrough);
    // The page not shown must not widen the window: an ignored size policy keeps its minimum
    // size out of the stack's.
    const auto sizeByShownPage = [this](int shown) {
        for (int i = 0; i < m_modes->count(); ++i)
            m_modes->widget(i)->setSizePolicy(
                i == shown ? QSizePolicy::Preferred : QSizePolicy::Ignored,
                i == shown ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    };
    connect(m_modes, &QStackedWidget::currentChanged, this, sizeByShownPage);
    sizeByShownPage(m_modes->currentIndex());
    return m_modes;
}

bool MainWindow::isSteppingThrough() const
{
    return m_modes->currentWidget() == m_stepThrough;
}

void MainWindow::setSteppingThrough(bool on)
{
    m_actions->stepThrough->setChecked(on);
    if (on == isSteppingThrough())
        return;
    if (on) {
        // The side panels and the drawing tools edit what the views show; the stepper has its
        // own controls and needs the room.
        QList<QWidget*> aside = {m_patchDock, m_parametersDock, m_codeDock};
        for (const char* name : {"toolsToolBar", "toolOptionsToolBar"})
            aside << findChild<QToolBar*>(QLatin1String(name), Qt::FindDirectChildrenOnly);
        for (QWidget* widget : aside)
            if (widget && widget->isVisible()) {
                m_docksAsideForStepping << widget->objectName();
                widget->hide();
            }
        m_modes->setCurrentWidget(m_stepThrough);
        m_stepThrough->setFocus();
    } else {
        m_modes->setCurrentIndex(0);
        for (const QString& name : std::as_const(m_docksAsideForStepping))
            if (auto* widget = findChild<QWidget*>(name, Qt::FindDirectChildrenOnly))
                widget->show();
        m_docksAsideForStepping.clear();
        m_input->setFocus();
    }
}

void MainWindow::buildDocks()
{
    const auto dock = [this](const QString& title, const QString& name, QWidget* content) {
        auto* widget = new QDockWidget(title, this);
        widget->setObjectName(name);
        widget->setWidget(content);
        widget->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                            QDockWidget::DockWidgetClosable);
        return widget;
    };
    m_patch = new PatchEditor(m_tools, this);
    m_patch->setObjectName(QStringLiteral("patchEditor"));
    m_patchDock = dock(tr("Patch (kernel)"), QStringLiteral("patchDock"), m_patch);

    m_parameters = new ParametersPanel(this);
    m_parameters->setObjectName(QStringLiteral("parametersPanel"));
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_parameters);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(m_parameters->minimumSizeHint().width() +
                            scroll->verticalScrollBar()->sizeHint().width());
    m_parametersDock = dock(tr("Parameters"), QStringLiteral("parametersDock"), scroll);

    m_code = new CodePanel(this);
    m_code->setObjectName(QStringLiteral("codePanel"));
    m_codeDock = dock(tr("Code"), QStringLiteral("codeDock"), m_code);

    if (!m_lessonPanel) { // it keeps the lesson's progress across rebuildInterface()
        m_lessonPanel = new LessonPanel(m_lesson, this, this);
        connect(m_lessonPanel, &LessonPanel::concealmentChanged, this,
                &MainWindow::applyConcealment);
    }
    m_lessonDock = dock(tr("Lesson"), QStringLiteral("lessonDock"), m_lessonPanel);
    addDockWidget(Qt::LeftDockWidgetArea, m_lessonDock);
    m_lessonDock->hide(); // shown when a lesson is opened

    addDockWidget(Qt::RightDockWidgetArea, m_patchDock);
    addDockWidget(Qt::RightDockWidgetArea, m_parametersDock);
    tabifyDockWidget(m_parametersDock, m_codeDock);
    m_parametersDock->raise();

    const int line = fontMetrics().height();
    resizeDocks({m_patchDock}, {line * 25}, Qt::Horizontal);
    resizeDocks({m_patchDock, m_parametersDock}, {line * 14, line * 24}, Qt::Vertical);
}

void MainWindow::buildActions()
{
    Actions& a = *m_actions;
    QStyle* s = style();
    a.newImage = makeAction(this, tr("&New Blank Image…"), QStringLiteral("actionNew"),
                            QKeySequence::New, tr("Replace the input by a blank image"));
    a.newImage->setIcon(s->standardIcon(QStyle::SP_FileIcon));
    connect(a.newImage, &QAction::triggered, this, &MainWindow::newImageDialog);
    a.open = makeAction(this, tr("&Open…"), QStringLiteral("actionOpen"), QKeySequence::Open,
                        tr("Open a lesson (.convlab), an image, .npy or .txt"));
    a.open->setIcon(s->standardIcon(QStyle::SP_DialogOpenButton));
    connect(a.open, &QAction::triggered, this, &MainWindow::openDialog);
    a.save = makeAction(this, tr("&Save"), QStringLiteral("actionSave"), QKeySequence::Save);
    a.save->setIcon(s->standardIcon(QStyle::SP_DialogSaveButton));
    connect(a.save, &QAction::triggered, this, &MainWindow::save);
    a.saveAs = makeAction(this, tr("Save &As…"), QStringLiteral("actionSaveAs"),
                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(a.saveAs, &QAction::triggered, this, &MainWindow::saveAsDialog);
    a.quit = makeAction(this, tr("&Quit"), QStringLiteral("actionQuit"),
                        QKeySequence(Qt::CTRL | Qt::Key_Q));
    a.quit->setMenuRole(QAction::QuitRole);
    connect(a.quit, &QAction::triggered, this, &QWidget::close);

    a.undo = m_lesson->undoStack()->createUndoAction(this, tr("&Undo"));
    a.undo->setObjectName(QStringLiteral("actionUndo"));
    a.undo->setShortcut(QKeySequence::Undo);
    a.undo->setIcon(s->standardIcon(QStyle::SP_ArrowBack));
    a.redo = m_lesson->undoStack()->createRedoAction(this, tr("&Redo"));
    a.redo->setObjectName(QStringLiteral("actionRedo"));
    a.redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    a.redo->setIcon(s->standardIcon(QStyle::SP_ArrowForward));

    a.copyCode = makeAction(this, tr("Copy as &Code"), QStringLiteral("actionCopyCode"),
                            QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C),
                            tr("Copy the Python lines that compute what is on screen"));
    connect(a.copyCode, &QAction::triggered, this, &MainWindow::copyAsCode);
    a.paste = makeAction(this, tr("&Paste Image"), QStringLiteral("actionPaste"),
                         QKeySequence::Paste, tr("Use the image on the clipboard as input"));
    connect(a.paste, &QAction::triggered, this, &MainWindow::pasteImage);
    a.useAsPatch =
        makeAction(this, tr("&Use Selection as Patch"), QStringLiteral("actionUseAsPatch"),
                   QKeySequence(Qt::CTRL | Qt::Key_U),
                   tr("Cut the selected rectangle of the input into the patch"));
    a.useAsPatch->setIcon(icons::useAsPatch());
    connect(a.useAsPatch, &QAction::triggered, this, &MainWindow::useSelectionAsPatch);
    a.clear = makeAction(this, tr("C&lear Image"), QStringLiteral("actionClear"),
                         QKeySequence(Qt::CTRL | Qt::Key_Backspace), tr("Set every pixel to 0"));
    a.clear->setIcon(icons::clear());
    connect(a.clear, &QAction::triggered, this, &MainWindow::clearImage);
    a.invert = makeAction(this, tr("&Invert Image"), QStringLiteral("actionInvert"),
                          QKeySequence(Qt::CTRL | Qt::Key_I), tr("Dark becomes light"));
    a.invert->setIcon(icons::invert());
    connect(a.invert, &QAction::triggered, this, &MainWindow::invertImage);
    a.loadPatch = makeAction(this, tr("&Load Patch…"), QStringLiteral("actionLoadPatch"),
                             QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_O));
    connect(a.loadPatch, &QAction::triggered, this, &MainWindow::loadPatchDialog);
    a.savePatch = makeAction(this, tr("Sa&ve Patch…"), QStringLiteral("actionSavePatch"),
                             QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S));
    connect(a.savePatch, &QAction::triggered, this, &MainWindow::savePatchDialog);

    a.zoomIn =
        makeAction(this, tr("Zoom &In"), QStringLiteral("actionZoomIn"), QKeySequence::ZoomIn);
    a.zoomOut =
        makeAction(this, tr("Zoom &Out"), QStringLiteral("actionZoomOut"), QKeySequence::ZoomOut);
    a.zoomFit = makeAction(this, tr("&Fit to Window"), QStringLiteral("actionZoomFit"),
                           QKeySequence(Qt::CTRL | Qt::Key_0));
    a.zoomFit->setIcon(icons::zoomFit());
    a.zoomActual = makeAction(this, tr("&Actual Pixels (1:1)"), QStringLiteral("actionZoom1"),
                              QKeySequence(Qt::CTRL | Qt::Key_1));
    a.zoomActual->setIcon(icons::zoomActual());
    connect(a.zoomIn, &QAction::triggered, this, [this] {
        m_input->zoomIn();
        m_response->zoomIn();
    });
    connect(a.zoomOut, &QAction::triggered, this, [this] {
        m_input->zoomOut();
        m_response->zoomOut();
    });
    connect(a.zoomFit, &QAction::triggered, this, [this] {
        m_input->zoomToFit();
        m_response->zoomToFit();
    });
    connect(a.zoomActual, &QAction::triggered, this, [this] {
        m_input->zoomActualPixels();
        m_response->zoomActualPixels();
    });
    a.overlay = makeAction(this, tr("&Overlay Response on Input"), QStringLiteral("actionOverlay"),
                           QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    a.overlay->setCheckable(true);
    connect(a.overlay, &QAction::triggered, this,
            [this](bool on) { editViewSettings([on](ViewSettings& v) { v.overlay = on; }); });
    a.sideBySide =
        makeAction(this, tr("&Raw and Normalised Side by Side"), QStringLiteral("actionSideBySide"),
                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    a.sideBySide->setCheckable(true);
    connect(a.sideBySide, &QAction::triggered, this,
            [this](bool on) { editViewSettings([on](ViewSettings& v) { v.sideBySide = on; }); });

    m_colormapGroup = new QActionGroup(this);
    const std::pair<Colormap, QString> maps[] = {
        {Colormap::Viridis, tr("&Viridis")},
        {Colormap::Gray, tr("&Gray")},
        {Colormap::Magma, tr("&Magma")},
        {Colormap::Diverging, tr("&Diverging (0 = white)")}};
    int key = Qt::Key_1;
    for (const auto& [map, text] : maps) {
        QAction* action = makeAction(
            this, text, QStringLiteral("actionColormap") + QString::fromStdString(toString(map)),
            QKeySequence(Qt::ALT | Qt::SHIFT | key++));
        action->setCheckable(true);
        action->setData(static_cast<int>(map));
        m_colormapGroup->addAction(action);
        connect(action, &QAction::triggered, this,
                [this, m = static_cast<int>(map)] { setColormap(m); });
        a.colormaps.append(action);
    }

    const std::pair<ExportWhat, QString> exports[] = {
        {ExportFigure, tr("&Figure: Input | Patch | Response…")},
        {ExportInput, tr("&Input View…")},
        {ExportPatch, tr("&Patch View…")},
        {ExportResponse, tr("&Response View…")}};
    for (const auto& [what, text] : exports) {
        QAction* action = makeAction(
            this, text, QStringLiteral("actionExport%1").arg(static_cast<int>(what)),
            what == ExportFigure
                ? QKeySequence(Qt::CTRL | Qt::Key_E)
                : QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key(Qt::Key_0 + static_cast<int>(what))));
        connect(action, &QAction::triggered, this,
                [this, w = static_cast<int>(what)] { exportDialog(w); });
        a.exports.append(action);
    }
    a.copyFigure =
        makeAction(this, tr("&Copy Figure to Clipboard"), QStringLiteral("actionCopyFigure"),
                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(a.copyFigure, &QAction::triggered, this, &MainWindow::copyFigure);
    a.exportAnimation = makeAction(this, tr("&Animation (GIF, MP4, PNG Sequence)…"),
                                   QStringLiteral("actionExportAnimation"),
                                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(a.exportAnimation, &QAction::triggered, this,
            [this] { WindowAnimation::dialogFor(this)->open(); });

    key = Qt::Key_1;
    for (SampleGallery::Id id : SampleGallery::all()) {
        QAction* action = makeAction(this, SampleGallery::name(id),
                                     QStringLiteral("actionSample_") + SampleGallery::key(id),
                                     QKeySequence(Qt::CTRL | Qt::SHIFT | key++));
        connect(action, &QAction::triggered, this,
                [this, i = static_cast<int>(id)] { openSample(i); });
        a.samples.append(action);
    }

    m_toolGroup = new QActionGroup(this);
    const std::tuple<Tool, QString, Qt::Key> tools[] = {
        {Tool::Select, tr("&Select (rubber band, type a value)"), Qt::Key_S},
        {Tool::Brush, tr("&Brush"), Qt::Key_B},
        {Tool::Eraser, tr("&Eraser (paints 0)"), Qt::Key_E},
        {Tool::Line, tr("&Line"), Qt::Key_L},
        {Tool::Rectangle, tr("&Rectangle"), Qt::Key_R},
        {Tool::Ellipse, tr("Elli&pse"), Qt::Key_O},
        {Tool::Text, tr("&Text Stamp"), Qt::Key_T},
        {Tool::Fill, tr("&Fill"), Qt::Key_F}};
    for (const auto& [tool, text, shortcut] : tools) {
        QAction* action =
            makeAction(this, text, QStringLiteral("actionTool%1").arg(static_cast<int>(tool)),
                       QKeySequence(shortcut));
        action->setIcon(icons::tool(tool));
        action->setCheckable(true);
        action->setChecked(tool == m_tools->tool());
        m_toolGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, t = tool] { m_tools->setTool(t); });
        a.tools.append(action);
    }
    a.brushSmaller = makeAction(this, tr("Smaller Brush"), QStringLiteral("actionBrushSmaller"),
                                QKeySequence(Qt::Key_BracketLeft));
    connect(a.brushSmaller, &QAction::triggered, this,
            [this] { m_tools->setBrushSize(m_tools->brushSize() - 1); });
    a.brushLarger = makeAction(this, tr("Larger Brush"), QStringLiteral("actionBrushLarger"),
                               QKeySequence(Qt::Key_BracketRight));
    connect(a.brushLarger, &QAction::triggered, this,
            [this] { m_tools->setBrushSize(m_tools->brushSize() + 1); });

    a.stepThrough = makeAction(this, tr("Step &Through"), QStringLiteral("actionStepThrough"),
                               QKeySequence(Qt::Key_F6),
                               tr("Step through stride and padding, transposed convolution and "
                                  "its matrices, then back to the views"));
    a.stepThrough->setCheckable(true);
    connect(a.stepThrough, &QAction::triggered, this, &MainWindow::setSteppingThrough);
    a.leaveStepThrough =
        makeAction(this, tr("Back to the Views"), QStringLiteral("actionLeaveStepThrough"), {});
    a.leaveStepThrough->setToolTip(
        tr("Back to the image, patch and response (%1)")
            .arg(a.stepThrough->shortcut().toString(QKeySequence::NativeText)));
    connect(a.leaveStepThrough, &QAction::triggered, this, [this] { setSteppingThrough(false); });
    m_stepThrough->setBackAction(a.leaveStepThrough);
    const std::pair<StepThroughPanel::Tab, QString> pages[] = {
        {StepThroughPanel::Tab::Stepper, tr("&Stepper: Stride and Padding")},
        {StepThroughPanel::Tab::Transposed, tr("&Transposed Convolution")},
        {StepThroughPanel::Tab::Matrix, tr("&Convolution Matrix")}};
    key = Qt::Key_1;
    for (const auto& [tab, text] : pages) {
        QAction* action =
            makeAction(this, text, QStringLiteral("actionStepThrough%1").arg(static_cast<int>(tab)),
                       QKeySequence(Qt::ALT | key++));
        connect(action, &QAction::triggered, this, [this, t = tab] {
            m_stepThrough->showTab(t);
            setSteppingThrough(true);
        });
        a.stepThroughPages.append(action);
    }

    a.about = makeAction(this, tr("&About ConvLab"), QStringLiteral("actionAbout"),
                         QKeySequence::HelpContents);
    a.about->setMenuRole(QAction::AboutRole);
    connect(a.about, &QAction::triggered, this, &MainWindow::showAbout);

    a.presentation = makeAction(this, tr("Presentation &Mode"),
                                QStringLiteral("actionPresentation"), QKeySequence(Qt::Key_F5),
                                tr("Full screen, large and high-contrast, only the views the "
                                   "lesson step needs; Space and arrows walk the steps, Esc "
                                   "leaves"));
    a.presentation->setCheckable(true);
    a.presentation->setChecked(m_presentation->isActive());
    connect(a.presentation, &QAction::triggered, m_presentation, &PresentationMode::setActive);
    connect(m_presentation, &PresentationMode::activeChanged, a.presentation, &QAction::setChecked);
}

void MainWindow::buildMenus()
{
    Actions& a = *m_actions;
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(a.newImage);
    file->addAction(a.open);
    QMenu* samples = file->addMenu(tr("Open &Sample"));
    samples->addActions(a.samples);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    rebuildRecentMenu();
    file->addSeparator();
    file->addAction(a.save);
    file->addAction(a.saveAs);
    QMenu* exportMenu = file->addMenu(tr("&Export"));
    exportMenu->addActions(a.exports);
    exportMenu->addAction(a.exportAnimation);
    exportMenu->addSeparator();
    exportMenu->addAction(a.copyFigure);
    file->addSeparator();
    file->addAction(a.loadPatch);
    file->addAction(a.savePatch);
    file->addSeparator();
    file->addAction(a.quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(a.undo);
    edit->addAction(a.redo);
    edit->addSeparator();
    edit->addAction(a.copyCode);
    edit->addAction(a.paste);
    edit->addAction(a.useAsPatch);
    edit->addSeparator();
    edit->addAction(a.clear);
    edit->addAction(a.invert);
    QMenu* tools = edit->addMenu(tr("&Tools"));
    tools->addActions(a.tools);
    tools->addSeparator();
    tools->addAction(a.brushSmaller);
    tools->addAction(a.brushLarger);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(a.zoomIn);
    view->addAction(a.zoomOut);
    view->addAction(a.zoomFit);
    view->addAction(a.zoomActual);
    view->addSeparator();
    QMenu* colormaps = view->addMenu(tr("&Colormap"));
    colormaps->addActions(a.colormaps);
    view->addAction(a.overlay);
    view->addAction(a.sideBySide);
    view->addSeparator();
    QMenu* panels = view->addMenu(tr("&Panels"));
    for (QDockWidget* dock : {m_patchDock, m_parametersDock, m_codeDock})
        panels->addAction(dock->toggleViewAction());
    const QKeySequence panelKeys[] = {QKeySequence(Qt::Key_F2), QKeySequence(Qt::Key_F3),
                                      QKeySequence(Qt::Key_F4)};
    int index = 0;
    for (QDockWidget* dock : {m_patchDock, m_parametersDock, m_codeDock})
        dock->toggleViewAction()->setShortcut(panelKeys[index++]);
    view->addSeparator();
    view->addAction(a.stepThrough);
    QMenu* stepPages = view->addMenu(tr("Step Through Pa&ge"));
    stepPages->addActions(a.stepThroughPages);
    buildLanguageMenu(view);
    buildThemeMenu(view);
    view->addSeparator();
    view->addAction(a.presentation);

    auto* lessons = new LessonsMenu(m_lessonPanel, this);
    menuBar()->addMenu(lessons);
    connect(lessons, &LessonsMenu::lessonChosen, this, [this](const QString& path) {
        if (m_lesson->isModified() &&
            QMessageBox::question(this, tr("Open lesson"),
                                  tr("Opening a lesson replaces the current work, which has "
                                     "unsaved changes. Continue without saving?")) !=
                QMessageBox::Yes)
            return;
        openLesson(path);
    });

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(a.about);
}

void MainWindow::buildToolBars()
{
    Actions& a = *m_actions;
    QToolBar* main = addToolBar(tr("Main"));
    main->setObjectName(QStringLiteral("mainToolBar"));
    main->addAction(a.newImage);
    main->addAction(a.open);
    main->addAction(a.save);
    main->addSeparator();
    main->addAction(a.undo);
    main->addAction(a.redo);
    main->addSeparator();
    main->addAction(a.useAsPatch);
    main->addAction(a.clear);
    main->addAction(a.invert);
    main->addSeparator();
    main->addAction(a.zoomFit);
    main->addAction(a.zoomActual);

    QToolBar* options = addToolBar(tr("Tool Options"));
    options->setObjectName(QStringLiteral("toolOptionsToolBar"));
    auto* size = new QSpinBox(options);
    size->setObjectName(QStringLiteral("brushSize"));
    size->setRange(1, 256);
    size->setSuffix(tr(" px"));
    size->setToolTip(tr("Brush and outline width, in image pixels ([ and ])"));
    size->setValue(m_tools->brushSize());
    connect(size, &QSpinBox::valueChanged, m_tools, &ToolSettings::setBrushSize);
    auto* intensity = new QDoubleSpinBox(options);
    intensity->setObjectName(QStringLiteral("intensity"));
    intensity->setRange(-100, 100);
    intensity->setDecimals(2);
    intensity->setSingleStep(0.1);
    intensity->setValue(m_tools->intensity());
    intensity->setToolTip(tr("The value the tools write into the pixels"));
    connect(intensity, &QDoubleSpinBox::valueChanged, m_tools, &ToolSettings::setIntensity);
    auto* filled = new QCheckBox(tr("Filled"), options);
    filled->setToolTip(tr("Rectangles and ellipses filled rather than outlined"));
    connect(filled, &QCheckBox::toggled, m_tools, &ToolSettings::setFilled);
    auto* text = new QLineEdit(m_tools->text(), options);
    text->setObjectName(QStringLiteral("stampText"));
    text->setToolTip(tr("What the text stamp writes"));
    text->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 6);
    connect(text, &QLineEdit::textChanged, m_tools, &ToolSettings::setText);
    auto* font = new QFontComboBox(options);
    font->setCurrentFont(m_tools->font());
    font->setToolTip(tr("Font of the text stamp"));
    font->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 11);
    connect(font, &QFontComboBox::currentFontChanged, m_tools, &ToolSettings::setFont);
    auto* textSize = new QSpinBox(options);
    textSize->setRange(4, 1024);
    textSize->setValue(m_tools->font().pixelSize());
    textSize->setSuffix(tr(" px"));
    textSize->setToolTip(tr("Height of the text stamp, in image pixels"));
    connect(textSize, &QSpinBox::valueChanged, m_tools, &ToolSettings::setTextSize);
    connect(m_tools, &ToolSettings::changed, size,
            [this, size] { size->setValue(m_tools->brushSize()); });

    options->addWidget(new QLabel(tr(" Size "), options));
    options->addWidget(size);
    options->addWidget(new QLabel(tr(" Value "), options));
    options->addWidget(intensity);
    options->addWidget(filled);
    options->addSeparator();
    options->addWidget(new QLabel(tr(" Text "), options));
    options->addWidget(text);
    options->addWidget(font);
    options->addWidget(textSize);

    QToolBar* toolbox = new QToolBar(tr("Tools"), this);
    toolbox->setObjectName(QStringLiteral("toolsToolBar"));
    toolbox->addActions(a.tools);
    addToolBar(Qt::LeftToolBarArea, toolbox);

    connect(m_tools, &ToolSettings::changed, m_toolGroup, [this] {
        for (QAction* action : m_actions->tools)
            action->setChecked(
                action->objectName() ==
                QStringLiteral("actionTool%1").arg(static_cast<int>(m_tools->tool())));
    });
}

// From the document to this window: made once. Connections to and from widgets belong in
// connectViews(), which runs again whenever rebuildInterface() builds the widgets anew.
void MainWindow::connectDocument()
{
    connect(m_lesson, &Lesson::imageChanged, this, &MainWindow::onImageChanged);
    connect(m_lesson, &Lesson::patchChanged, this, &MainWindow::onPatchChanged);
    connect(m_lesson, &Lesson::parametersChanged, this, &MainWindow::onParametersChanged);
    connect(m_lesson, &Lesson::viewSettingsChanged, this, &MainWindow::onViewSettingsChanged);
    connect(m_lesson, &Lesson::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_lesson, &Lesson::filePathChanged, this, &MainWindow::updateTitle);
}

void MainWindow::applyConcealment()
{
    const Concealment& hidden = m_lessonPanel->concealment();
    m_response->setConcealment(hidden);
    m_parameters->setConcealment(hidden);
    m_stepThrough->stepper()->setSizeHidden(hidden.outputSize);
    m_stepThrough->transposed()->setSizeHidden(hidden.transposedSize);
    showResultOnInput();
}

void MainWindow::connectViews()
{
    applyConcealment(); // on the views just built
    connect(m_input, &ImageCanvas::imageEdited, m_lesson, &Lesson::paintImage);
    connect(m_input, &ImageCanvas::selectionChanged, this, &MainWindow::updateUseAsPatch);
    connect(m_input, &PixelView::cellHovered, this, &MainWindow::onInputHovered);
    connect(m_patch, &PatchEditor::patchEdited, m_lesson, &Lesson::paintPatch);
    connect(m_patch, &PatchEditor::patchReplaced, m_lesson, &Lesson::setPatch);
    connect(m_patch, &PatchEditor::loadRequested, this, &MainWindow::loadPatchDialog);
    connect(m_patch, &PatchEditor::saveRequested, this, &MainWindow::savePatchDialog);
    connect(m_patch, &PatchEditor::cellHovered, this, &MainWindow::onPatchHovered);
    connect(m_patch, &PatchEditor::failed, this,
            [this](const QString& message) { showError(tr("Patch"), message); });
    connect(m_parameters, &ParametersPanel::parametersEdited, m_lesson, &Lesson::setParameters);
    connect(m_response, &ResponseView::viewSettingsEdited, m_lesson, &Lesson::setViewSettings);
    connect(m_response, &ResponseView::peakQueryEdited, this, [this](const PeakQuery& query) {
        LessonParameters parameters = m_lesson->parameters();
        parameters.peaks = query;
        m_lesson->setParameters(parameters);
    });
    connect(m_response, &ResponseView::cellHovered, this, &MainWindow::onResponseHovered);
    connect(m_code, &CodePanel::saveArraysRequested, this, &MainWindow::saveArraysDialog);
    connect(m_code, &CodePanel::copied, this,
            [this] { statusBar()->showMessage(tr("Code copied to the clipboard"), 3000); });
}

// ----------------------------------------------------------------------- document → views

void MainWindow::onImageChanged(const QRect& dirty)
{
    const cv::Mat& image = m_lesson->image();
    if (dirty.isNull() || image.size() != m_input->image().size())
        m_input->setImage(image);
    else
        m_input->updateImage(image, dirty);
    m_inputTitle->setText(tr("Input, %1 × %2").arg(image.rows).arg(image.cols));
}

void MainWindow::onPatchChanged()
{
    const cv::Mat& patch = m_lesson->patch();
    m_patch->setPatch(patch);
    m_parameters->setPatchSize(patch.rows, patch.cols);
    m_patchDock->setWindowTitle(tr("Patch (kernel), %1 × %2").arg(patch.rows).arg(patch.cols));
}

void MainWindow::onParametersChanged()
{
    m_parameters->setParameters(m_lesson->parameters());
    m_response->setPeakQuery(m_lesson->parameters().peaks);
    m_code->setParameters(m_lesson->parameters());
}

void MainWindow::onViewSettingsChanged()
{
    const ViewSettings& view = m_lesson->viewSettings();
    m_response->setViewSettings(view);
    m_actions->overlay->setChecked(view.overlay);
    m_actions->sideBySide->setChecked(view.sideBySide);
    for (QAction* action : m_actions->colormaps)
        action->setChecked(action->data().toInt() == static_cast<int>(view.colormap));
    m_input->setOverlayVisible(view.overlay);
    showResultOnInput(); // in the new colours
}

void MainWindow::onResult(const std::shared_ptr<const ResponseResult>& result)
{
    m_response->setResult(result);
    m_parameters->setResult(*result);
    m_computeStatus->setText(result->ok() ? computeTimeText(result->elapsedMs) : tr("No response"));
    showResultOnInput();
    // Whatever the mouse points at is now described by the new result.
    if (m_hoverInput != QPoint(-1, -1))
        onInputHovered(m_hoverInput.y(), m_hoverInput.x());
}

QString MainWindow::computeTimeText(double milliseconds) const
{
    return tr("Response in %L1 ms").arg(milliseconds, 0, 'f', 1);
}

void MainWindow::showResultOnInput()
{
    if (const auto result = m_response->result()) {
        if (m_lessonPanel->concealment().peak) { // the exercise asks where the best match is
            ResponseResult withoutPeaks = *result;
            withoutPeaks.peaks.clear();
            showOnInput(*m_input, withoutPeaks, m_response->coloredResponse());
            return;
        }
        showOnInput(*m_input, *result, m_response->coloredResponse());
    }
}

// ------------------------------------------------------------------------------ hovering

void MainWindow::onInputHovered(int row, int col)
{
    m_hoverInput = QPoint(col, row);
    const auto result = m_response->result();
    if (row < 0) {
        m_cursorStatus->clear();
        m_response->setHighlightedCells({});
        return;
    }
    const cv::Mat& image = m_lesson->image();
    m_cursorStatus->setText(tr("Input (row %1, col %2) = %3")
                                .arg(row)
                                .arg(col)
                                .arg(formatCellValue(image.at<float>(row, col))));
    if (result && result->ok())
        m_response->setHighlightedCells(ResponseAlignment(*result).cellsFedBy(row, col));
}

void MainWindow::onResponseHovered(int row, int col, ResponseView::MapKind kind)
{
    const auto result = m_response->result();
    if (row < 0 || !result || !result->ok()) {
        m_input->setFieldHighlight(std::nullopt);
        m_cursorStatus->clear();
        return;
    }
    const bool prePool = kind != ResponseView::MapKind::Response;
    const cv::Mat& map = kind == ResponseView::MapKind::Raw          ? result->rawCorrelation
                         : kind == ResponseView::MapKind::Normalised ? result->normalisedCorrelation
                                                                     : result->response;
    if (row >= map.rows || col >= map.cols)
        return;
    const std::optional<Pair> hiddenCell = m_lessonPanel->concealment().cell;
    const bool hidden = !prePool && hiddenCell && *hiddenCell == Pair{row, col};
    const QString value = hidden ? QStringLiteral("?") : formatCellValue(map.at<float>(row, col));
    const QString name = kind == ResponseView::MapKind::Raw          ? tr("Raw correlation")
                         : kind == ResponseView::MapKind::Normalised ? tr("Normalised")
                                                                     : tr("Response");
    m_cursorStatus->setText(tr("%1 (row %2, col %3) = %4").arg(name).arg(row).arg(col).arg(value));
    const auto field = ResponseAlignment(*result).field(row, col, prePool);
    if (!field) {
        m_input->setFieldHighlight(std::nullopt);
        return;
    }
    FieldHighlight highlight;
    highlight.window = field->window;
    highlight.taps = field->taps;
    highlight.step = field->step;
    highlight.patch = patchImage(m_lesson->patch());
    highlight.label = tr("out(%1, %2) = %3").arg(row).arg(col).arg(value);
    highlight.tapOrigin = field->tapOrigin;
    m_input->setFieldHighlight(highlight);
}

void MainWindow::onPatchHovered(int row, int col)
{
    const cv::Mat& patch = m_lesson->patch();
    if (row < 0 || row >= patch.rows || col < 0 || col >= patch.cols) {
        m_cursorStatus->clear();
        return;
    }
    m_cursorStatus->setText(tr("Patch w[%1, %2] = %3")
                                .arg(row)
                                .arg(col)
                                .arg(formatCellValue(patch.at<float>(row, col))));
}

QString MainWindow::statusText() const
{
    return m_cursorStatus->text();
}

// ------------------------------------------------------------------------------- actions

void MainWindow::updateTitle()
{
    const QString path = m_lesson->filePath();
    const QString name = path.isEmpty() ? tr("Untitled") : QFileInfo(path).fileName();
    setWindowTitle(tr("%1[*] — ConvLab").arg(name));
    setWindowModified(m_lesson->isModified());
}

void MainWindow::updateUseAsPatch()
{
    const QRect selection = m_input->selection();
    m_actions->useAsPatch->setEnabled(!selection.isEmpty());
}

void MainWindow::editViewSettings(const std::function<void(ViewSettings&)>& change)
{
    ViewSettings view = m_lesson->viewSettings();
    change(view);
    if (!(view == m_lesson->viewSettings()))
        m_lesson->setViewSettings(view);
}

void MainWindow::setColormap(int colormap)
{
    editViewSettings([colormap](ViewSettings& v) { v.colormap = static_cast<Colormap>(colormap); });
    settings().setValue(QStringLiteral("colormap"), colormap);
}

bool MainWindow::useSelectionAsPatch()
{
    const QRect selection = m_input->selection();
    if (selection.isEmpty()) {
        statusBar()->showMessage(tr("Select a rectangle on the input first (Select tool, S)."),
                                 5000);
        return false;
    }
    if (selection.width() > limits::kMaxPatchSide || selection.height() > limits::kMaxPatchSide) {
        showError(tr("Use as patch"), tr("The selection is %1×%2; a patch can be at most %3×%3.")
                                          .arg(selection.height())
                                          .arg(selection.width())
                                          .arg(limits::kMaxPatchSide));
        return false;
    }
    const cv::Rect rect(selection.x(), selection.y(), selection.width(), selection.height());
    m_lesson->setPatch(
        m_lesson->image()(rect).clone(),
        tr("Use selection (row %1, col %2) as patch").arg(selection.y()).arg(selection.x()));
    return true;
}

void MainWindow::newImage(int rows, int cols)
{
    m_lesson->setImage(cv::Mat::zeros(rows, cols, CV_32F),
                       tr("New blank image %1×%2").arg(rows).arg(cols));
}

void MainWindow::newImageDialog()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("New Blank Image"));
    auto* form = new QFormLayout(&dialog);
    auto* rows = new QSpinBox(&dialog);
    auto* cols = new QSpinBox(&dialog);
    for (QSpinBox* spin : {rows, cols})
        spin->setRange(1, 4096);
    rows->setValue(m_lesson->image().rows);
    cols->setValue(m_lesson->image().cols);
    form->addRow(tr("Rows (height)"), rows);
    form->addRow(tr("Columns (width)"), cols);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() == QDialog::Accepted)
        newImage(rows->value(), cols->value());
}

bool MainWindow::openFile(const QString& path)
{
    if (isLessonFile(path)) {
        if (!loadLessonFile(path, path))
            return false;
        addRecentFile(path);
        return true;
    }
    try {
        cv::Mat image = readArray(path.toStdString());
        if (image.channels() != 1)
            cv::cvtColor(image, image, cv::COLOR_RGB2GRAY);
        m_lesson->setImage(image, tr("Open %1").arg(QFileInfo(path).fileName()));
        addRecentFile(path);
        return true;
    } catch (const std::exception& error) {
        showError(tr("Cannot open the image"),
                  tr("%1\n\nThe open work is unchanged.").arg(errorText(error)));
        return false;
    }
}

bool MainWindow::openLesson(const QString& path)
{
    if (!loadLessonFile(path, QString()))
        return false;
    m_lessonDock->raise();
    return true;
}

bool MainWindow::loadLessonFile(const QString& path, const QString& documentPath)
{
    QString error;
    const auto state = LessonFile::load(path, &error);
    if (!state) {
        showError(tr("Cannot open the lesson"), tr("%1\n\nThe open work is unchanged.").arg(error));
        return false;
    }
    m_lesson->replaceAll(*state, documentPath);
    m_lessonPanel->start(state->notes, false);
    m_lessonDock->setVisible(m_lessonPanel->hasLesson());
    return true;
}

void MainWindow::openDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open"), QString(),
        tr("Lessons and images (*.convlab *.png *.jpg *.jpeg *.bmp *.tif *.tiff *.pgm *.ppm "
           "*.webp *.npy *.txt *.csv);;ConvLab lessons (*.convlab);;All files (*)"));
    if (path.isEmpty())
        return;
    if (isLessonFile(path) && m_lesson->isModified()) {
        const auto answer = QMessageBox::question(
            this, tr("Open lesson"),
            tr("Opening a lesson replaces the current work, which has unsaved changes. Save "
               "them first?"),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !save()))
            return;
    }
    openFile(path);
}

bool MainWindow::saveTo(const QString& path)
{
    QString target = path;
    if (QFileInfo(target).suffix().isEmpty())
        target += QLatin1Char('.') + QLatin1String(LessonFile::kSuffix);
    QString error;
    if (!LessonFile::save(target, m_lesson->snapshot(), &error)) {
        showError(tr("Cannot save"), error);
        return false;
    }
    m_lesson->markSaved(target);
    addRecentFile(target);
    statusBar()->showMessage(tr("Saved %1").arg(QFileInfo(target).fileName()), 4000);
    return true;
}

bool MainWindow::save()
{
    if (m_lesson->filePath().isEmpty())
        return saveAsDialog();
    return saveTo(m_lesson->filePath());
}

bool MainWindow::saveAsDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Lesson"), m_lesson->filePath(),
                                                      tr("ConvLab lessons (*.convlab)"));
    return !path.isEmpty() && saveTo(path);
}

void MainWindow::openSample(int sampleId)
{
    const auto id = static_cast<SampleGallery::Id>(sampleId);
    const LessonState state = SampleGallery::lessonFor(id);
    QUndoStack* undo = m_lesson->undoStack();
    undo->beginMacro(tr("Open sample %1").arg(SampleGallery::name(id)));
    m_lesson->setImage(state.image, tr("Sample image"));
    m_lesson->setPatch(state.patch, tr("Sample patch"));
    m_lesson->setParameters(state.parameters);
    undo->endMacro();
    m_input->setSelection(QRect());
}

void MainWindow::loadPatchDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Load Patch"), QString(),
        tr("Arrays and images (*.npy *.txt *.csv *.png *.jpg *.jpeg *.bmp *.pgm);;All files (*)"));
    if (path.isEmpty())
        return;
    try {
        cv::Mat patch = readArray(path.toStdString());
        if (patch.channels() != 1)
            cv::cvtColor(patch, patch, cv::COLOR_RGB2GRAY);
        if (patch.rows > limits::kMaxPatchSide || patch.cols > limits::kMaxPatchSide)
            throw Error(tr("The patch in %1 is %2×%3; a patch can be at most %4×%4.")
                            .arg(QFileInfo(path).fileName())
                            .arg(patch.rows)
                            .arg(patch.cols)
                            .arg(limits::kMaxPatchSide)
                            .toStdString());
        m_lesson->setPatch(patch, tr("Load patch %1").arg(QFileInfo(path).fileName()));
    } catch (const std::exception& error) {
        showError(tr("Cannot load the patch"), errorText(error));
    }
}

void MainWindow::savePatchDialog()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Patch"), QStringLiteral("kernel.npy"),
        tr("NumPy array (*.npy);;Text matrix (*.txt);;PNG image (*.png)"));
    if (path.isEmpty())
        return;
    try {
        writeArray(path.toStdString(), m_lesson->patch());
    } catch (const std::exception& error) {
        showError(tr("Cannot save the patch"), errorText(error));
    }
}

void MainWindow::saveArraysDialog()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Save input.npy and "
                                                                      "kernel.npy in"));
    if (folder.isEmpty())
        return;
    try {
        writeNpy(QDir(folder).filePath(QStringLiteral("input.npy")).toStdString(),
                 m_lesson->image());
        writeNpy(QDir(folder).filePath(QStringLiteral("kernel.npy")).toStdString(),
                 m_lesson->patch());
        statusBar()->showMessage(tr("Wrote input.npy and kernel.npy in %1").arg(folder), 5000);
    } catch (const std::exception& error) {
        showError(tr("Cannot save the arrays"), errorText(error));
    }
}

void MainWindow::exportDialog(int what)
{
    const QString png1 = tr("PNG, 1× (*.png)"), png2 = tr("PNG, 2× for slides (*.png)"),
                  png4 = tr("PNG, 4× for print (*.png)"), svg = tr("SVG, vector (*.svg)");
    QString filter = png2;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export"), QStringLiteral("convlab.png"),
        QStringList{png1, png2, png4, svg}.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    Drawing drawing;
    const auto result = m_response->result();
    switch (what) {
    case ExportFigure:
        if (!result || !result->ok()) {
            showError(tr("Export"), tr("There is no response to put in the figure yet."));
            return;
        }
        drawing =
            FigureExporter::drawingOf(FigureExporter::lessonFigure(m_lesson->snapshot(), *result));
        break;
    case ExportInput:
        drawing = FigureExporter::drawingOf(m_input);
        break;
    case ExportPatch:
        drawing = FigureExporter::drawingOf(m_patch);
        break;
    default:
        drawing = FigureExporter::drawingOf(m_response);
        break;
    }
    QString error;
    const bool vector = filter == svg || path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive);
    const int scale = filter == png4 ? 4 : filter == png1 ? 1 : 2;
    const bool ok = vector ? FigureExporter::saveSvg(drawing, path, &error)
                           : FigureExporter::savePng(drawing, path, scale, &error);
    if (!ok)
        showError(tr("Export failed"), error);
    else
        statusBar()->showMessage(tr("Exported %1").arg(QFileInfo(path).fileName()), 4000);
}

void MainWindow::copyFigure()
{
    const auto result = m_response->result();
    if (!result || !result->ok()) {
        statusBar()->showMessage(tr("There is no response to copy yet."), 4000);
        return;
    }
    FigureExporter::copyToClipboard(
        FigureExporter::drawingOf(FigureExporter::lessonFigure(m_lesson->snapshot(), *result)), 2);
    statusBar()->showMessage(tr("Figure copied to the clipboard"), 3000);
}

void MainWindow::pasteImage()
{
    const QMimeData* mime = QApplication::clipboard()->mimeData();
    if (mime && mime->hasImage()) {
        const QImage image = qvariant_cast<QImage>(mime->imageData());
        if (!image.isNull()) {
            m_lesson->setImage(toGrayFloat(image), tr("Paste image"));
            return;
        }
    }
    if (mime && mime->hasUrls() && !mime->urls().isEmpty() && mime->urls().first().isLocalFile()) {
        openFile(mime->urls().first().toLocalFile());
        return;
    }
    statusBar()->showMessage(tr("The clipboard holds no image."), 4000);
}

void MainWindow::copyAsCode()
{
    QApplication::clipboard()->setText(
        CodePanel::codeFor(m_lesson->parameters(), m_code->language()));
    statusBar()->showMessage(tr("Code copied to the clipboard"), 3000);
}

void MainWindow::clearImage()
{
    const cv::Mat& image = m_lesson->image();
    m_lesson->setImage(cv::Mat::zeros(image.size(), image.type()), tr("Clear image"));
}

void MainWindow::invertImage()
{
    cv::Mat image = m_lesson->image().clone();
    double low = 0, high = 0;
    cv::minMaxLoc(image, &low, &high);
    if (low >= 0 && high <= 1) {
        low = 0;
        high = 1;
    }
    m_lesson->setImage(cv::Scalar::all(low + high) - image, tr("Invert image"));
}

void MainWindow::showError(const QString& title, const QString& message)
{
    // Window-modal but not blocking: the work stays visible and nothing waits on the answer.
    auto* box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About ConvLab"),
        tr("<h3>ConvLab %1</h3><p>A laboratory for convolution as convolutional neural "
           "networks use it: draw or load an image, shape a patch, and watch the response, "
           "its peaks and the output-size arithmetic live.</p><p>Semantics follow PyTorch "
           "(conv2d, pooling) and OpenCV (matchTemplate). MIT licence.</p>")
            .arg(QCoreApplication::applicationVersion()));
}

// --------------------------------------------------------------- files, settings, closing

void MainWindow::addRecentFile(const QString& path)
{
    QSettings s = settings();
    QStringList files = s.value(QStringLiteral("recentFiles")).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    s.setValue(QStringLiteral("recentFiles"), files);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = settings().value(QStringLiteral("recentFiles")).toStringList();
    for (const QString& file : files) {
        QAction* action = m_recentMenu->addAction(QFileInfo(file).fileName());
        action->setToolTip(file);
        connect(action, &QAction::triggered, this, [this, file] {
            if (!QFileInfo::exists(file)) {
                QSettings s = settings();
                QStringList list = s.value(QStringLiteral("recentFiles")).toStringList();
                list.removeAll(file);
                s.setValue(QStringLiteral("recentFiles"), list);
                showError(tr("Open Recent"), tr("%1 no longer exists.").arg(file));
                return;
            }
            openFile(file);
        });
    }
    if (files.isEmpty())
        m_recentMenu->addAction(tr("(none yet)"))->setEnabled(false);
}

void MainWindow::restoreSettings()
{
    QSettings s = settings();
    if (!restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray())) {
        const QScreen* screen = QGuiApplication::primaryScreen();
        const QRect available = screen ? screen->availableGeometry() : QRect(0, 0, 1366, 768);
        resize(available.size() * 0.92);
        move(available.center() - rect().center());
    }
    restoreState(s.value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(s.value(QStringLiteral("window/splitter")).toByteArray());
    m_code->setLanguage(static_cast<CodeLanguage>(
        s.value(QStringLiteral("codeLanguage"), static_cast<int>(CodeLanguage::NumPy)).toInt()));
    if (s.contains(QStringLiteral("colormap"))) {
        // The preferred colormap applies to the starting document without making it modified.
        LessonState state = m_lesson->snapshot();
        state.view.colormap = static_cast<Colormap>(s.value(QStringLiteral("colormap")).toInt());
        m_lesson->replaceAll(state);
    }
}

void MainWindow::saveSettings() const
{
    QSettings s = settings();
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState());
    s.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    s.setValue(QStringLiteral("colormap"), static_cast<int>(m_lesson->viewSettings().colormap));
    s.setValue(QStringLiteral("codeLanguage"), static_cast<int>(m_code->language()));
}

void MainWindow::offerRecovery()
{
    if (!m_autosave->hasRecoverableAutosave())
        return;
    m_notice->showNotice(
        tr("ConvLab did not close normally last time. Work saved automatically before that "
           "can be restored."),
        {{tr("Restore"),
          [this] {
              QString error;
              if (!m_autosave->recover(&error))
                  showError(tr("Cannot restore the autosaved work"), error);
          }},
         {tr("Discard"), [this] { m_autosave->discard(); }}});
}

// ------------------------------------------------------------------------------ language

void MainWindow::buildLanguageMenu(QMenu* view)
{
    QMenu* menu = view->addMenu(tr("&Language"));
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto* group = new QActionGroup(this);
    for (const QString& code : Language::codes()) {
        // Each language under its own name, so that anyone can find theirs.
        QAction* action = menu->addAction(Language::nativeName(code));
        action->setObjectName(QStringLiteral("actionLanguage_") + code);
        action->setCheckable(true);
        action->setChecked(code == Language::current());
        group->addAction(action);
        // Queued: the switch deletes the menu that is still delivering this signal.
        connect(
            action, &QAction::triggered, this, [this, code] { setLanguage(code); },
            Qt::QueuedConnection);
    }
}

void MainWindow::setLanguage(const QString& code)
{
    if (!Language::isKnown(code))
        return;
    Language::save(code);
    if (code == Language::current())
        return;
    Language::apply(code);
    rebuildInterface();
}

// Every text of the window is written by tr() when its widgets are built, so a new language
// takes effect by building them again around what lives on: the document and its undo stack,
// the computation, the autosave, the tool settings and the lesson panel (which keeps the
// lesson's progress and retranslates itself). The layout, the splitter and the code language
// are carried over; the computation runs again so that its explanations are in the new
// language too. Anything built in build*() is rebuilt: do not create actions or menus
// elsewhere.
void MainWindow::rebuildInterface()
{
    const QByteArray layout = saveState();
    const QByteArray splitter = m_splitter->saveState();
    const CodeLanguage codeLanguage = m_code->language();
    const bool offeringRecovery = !m_notice->isHidden();
    const bool steppingThrough = isSteppingThrough();
    const StepThroughPanel::Tab stepThroughTab = m_stepThrough->currentTab();
    const auto result = m_response->result();
    setUpdatesEnabled(false);

    if (m_lessonPanel)
        m_lessonPanel->setParent(this); // out of its dock, which goes
    for (QToolBar* bar : findChildren<QToolBar*>(QString(), Qt::FindDirectChildrenOnly)) {
        removeToolBar(bar);
        delete bar;
    }
    for (QDockWidget* dock : findChildren<QDockWidget*>(QString(), Qt::FindDirectChildrenOnly)) {
        removeDockWidget(dock);
        delete dock;
    }
    delete takeCentralWidget();
    delete m_cursorStatus;
    delete m_computeStatus;
    qDeleteAll(menuBar()->findChildren<QMenu*>(QString(), Qt::FindDirectChildrenOnly));
    qDeleteAll(findChildren<QMenu*>(QString(), Qt::FindDirectChildrenOnly));
    menuBar()->clear();
    qDeleteAll(findChildren<QActionGroup*>(QString(), Qt::FindDirectChildrenOnly));
    qDeleteAll(findChildren<QAction*>(QString(), Qt::FindDirectChildrenOnly));
    m_actions = std::make_unique<Actions>();

    buildViews();
    buildDocks();
    buildActions();
    buildMenus();
    buildToolBars();
    connectViews();
    restoreState(layout);
    m_splitter->restoreState(splitter);
    m_lessonPanel->restorePage(); // the new pages show the step's case, not their default
    m_stepThrough->showTab(stepThroughTab);
    if (steppingThrough) { // the docks set aside stay hidden: restoreState() kept them so
        m_modes->setCurrentWidget(m_stepThrough);
        m_actions->stepThrough->setChecked(true);
    }
    m_code->setLanguage(codeLanguage);
    onImageChanged(QRect());
    onPatchChanged();
    onParametersChanged();
    onViewSettingsChanged();
    updateTitle();
    updateUseAsPatch();
    if (result)
        onResult(result);
    if (offeringRecovery)
        offerRecovery();
    m_presentation->arrange(); // nothing unless presenting
    m_rebuildAfterPresentation = m_presentation->isActive();
    setUpdatesEnabled(true);
    m_computer->schedule();
}

// --------------------------------------------------------------------------------- theme

void MainWindow::buildThemeMenu(QMenu* view)
{
    QMenu* menu = view->addMenu(tr("T&heme"));
    menu->setObjectName(QStringLiteral("themeMenu"));
    auto* group = new QActionGroup(this);
    const QString saved = Theme::saved();
    for (const QString& choice : Theme::choices()) {
        QAction* action = menu->addAction(Theme::menuText(choice));
        action->setObjectName(QStringLiteral("actionTheme_") + choice);
        action->setCheckable(true);
        action->setChecked(choice == saved);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, choice] { setTheme(choice); });
    }
}

void MainWindow::setTheme(const QString& choice)
{
    if (!Theme::choices().contains(choice))
        return;
    Theme::save(choice);
    Theme::apply(Theme::resolve(choice), Theme::currentContrast());
    if (QAction* action = findChild<QAction*>(QStringLiteral("actionTheme_") + choice))
        action->setChecked(true);
}

// --------------------------------------------------------------------------------- closing

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_lesson->isModified() && !m_closeConfirmed) {
        event->ignore();
        auto* box =
            new QMessageBox(QMessageBox::Question, tr("Unsaved changes"),
                            tr("The lesson has unsaved changes. Save them before closing?"),
                            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
        box->setObjectName(QStringLiteral("unsavedChanges"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::finished, this, [this, box] {
            const auto answer = box->standardButton(box->clickedButton());
            if (answer == QMessageBox::Cancel || answer == QMessageBox::NoButton)
                return;
            if (answer == QMessageBox::Save && !save())
                return;
            m_closeConfirmed = true;
            close();
        });
        box->open();
        return;
    }
    m_presentation->leave();   // the normal layout is the one to remember
    setSteppingThrough(false); // the layout saved is the views' one
    saveSettings();
    m_autosave->closeCleanly();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    const QMimeData* mime = event->mimeData();
    if (mime->hasImage() ||
        (mime->hasUrls() && !mime->urls().isEmpty() && mime->urls().first().isLocalFile()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QMimeData* mime = event->mimeData();
    if (mime->hasUrls() && !mime->urls().isEmpty() && mime->urls().first().isLocalFile()) {
        openFile(mime->urls().first().toLocalFile());
        event->acceptProposedAction();
    } else if (mime->hasImage()) {
        const QImage image = qvariant_cast<QImage>(mime->imageData());
        if (!image.isNull())
            m_lesson->setImage(toGrayFloat(image), tr("Drop image"));
        event->acceptProposedAction();
    }
}

} // namespace convlab
