// SPDX-License-Identifier: MIT
#include "MainWindow.h"

#include "compute/ResponseComputer.h"
#include "document/Document.h"
#include "export/ExportAnimationDialog.h"
#include "export/NotebookExport.h"
#include "export/ViewExport.h"
#include "export/WindowAnimation.h"
#include "i18n/Language.h"
#include "io/Autosave.h"
#include "io/Settings.h"
#include "learn/LearnTabs.h"
#include "lessons/LessonPanel.h"
#include "lessons/LessonsMenu.h"
#include "presentation/PresentationMode.h"
#include "session/Session.h"
#include "stepper/StepThroughPanel.h"
#include "stepper/StepperPage.h"
#include "stepper/TransposedConvView.h"
#include "theme/Theme.h"
#include "views/CodePanel.h"
#include "views/FittingScrollArea.h"
#include "views/ImageCanvas.h"
#include "views/NoticeBar.h"
#include "views/ParametersPanel.h"
#include "views/PatchEditor.h"
#include "views/StatusText.h"
#include "views/ToolSettings.h"
#include "window/FileDialogs.h"
#include "window/LearnedFiltersMode.h"
#include "window/NewImageDialog.h"
#include "window/RecentFilesMenu.h"
#include "window/UnsavedChanges.h"
#include "window/ViewModes.h"
#include "window/WindowActions.h"
#include "window/WindowMenus.h"
#include "window/WindowSettings.h"
#include "workbench/Workbench.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QMessageBox>
#include <QMimeData>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace convlab {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_session(new Session(this)), m_tools(new ToolSettings(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    setDockNestingEnabled(true);
    Theme::apply(Theme::resolve(Theme::saved()));
    m_session->enableAutosave();
    setCentralWidget(buildCentralWidget());
    buildDocks();
    m_actions = new WindowActions(m_session->undoStack(), this);
    auto* recent = new RecentFilesMenu(m_session->recentFiles(), this);
    auto* lessons = new LessonsMenu(m_lessonPanel, this);
    m_menus = new WindowMenus(this, m_actions, {m_patchDock, m_parametersDock, m_codeDock}, recent,
                              lessons, m_tools);
    m_stepThrough->setBackAction(m_actions->leaveStepThrough);
    m_learn = new LearnedFiltersMode(m_session, m_modes, m_actions->learnedFilters,
                                     m_actions->leaveStepThrough, this);
    connect(m_learn, &LearnedFiltersMode::reported, this, &MainWindow::report);
    connect(m_modes, &ViewModes::currentChanged, this,
            [this] { m_actions->stepThrough->setChecked(isSteppingThrough()); });
    // The side panels and the drawing tools edit what the views show; the stepper has its own
    // controls and needs the room.
    QList<QWidget*> aside{m_patchDock, m_parametersDock, m_codeDock};
    for (QToolBar* bar : m_menus->drawingBars())
        aside << bar;
    m_modes->setAside(aside);

    m_presentation = new PresentationMode({this,
                                           m_workbench,
                                           m_lessonDock,
                                           m_patchDock,
                                           m_parametersDock,
                                           {m_codeDock},
                                           m_menus->toolBars(),
                                           true},
                                          m_lessonPanel);

    connect(recent, &RecentFilesMenu::fileChosen, this, [this](const QString& path) {
        if (Session::isDocumentFile(path))
            settleThen([this, path] { openFile(path); });
        else
            openFile(path);
    });
    connect(recent, &RecentFilesMenu::fileMissing, this,
            [this](const QString& message) { showError(tr("Open Recent"), message); });
    connect(lessons, &LessonsMenu::lessonChosen, this,
            [this](const QString& path) { settleThen([this, path] { openLesson(path); }); });
    connectActions();
    connectPanels();
    connect(m_session->autosave(), &Autosave::failed, this, [this](const QString& message) {
        showStatus(tr("Autosave failed: %1").arg(message), 8000);
    });
    WindowSettings::restore(*this, *m_workbench->splitter(), *m_code, *document());
    onPatchChanged();
    onParametersChanged();
    onViewSettingsChanged();
    updateTitle();
    offerRecovery();
}

MainWindow::~MainWindow()
{
    // The session outlives this class's part of the object (it is a QObject child): its undo
    // stack signals "clean" as it is destroyed, which must not reach this half-destroyed window.
    disconnect(document(), nullptr, this, nullptr);
}

QString MainWindow::statusText() const
{
    return m_cursorStatus->text();
}

// ---------------------------------------------------------------------------------- layout

// The views (under the notice bar), or the step-through panel in their place.
QWidget* MainWindow::buildCentralWidget()
{
    auto* views = new QWidget(this);
    auto* layout = new QVBoxLayout(views);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_notice = new NoticeBar(views);
    m_workbench = new Workbench(m_session, m_tools, views);
    layout->addWidget(m_notice);
    layout->addWidget(m_workbench, 1);
    m_stepThrough = new StepThroughPanel(this);
    m_stepThrough->setObjectName(QStringLiteral("stepThroughPanel"));
    m_stepThrough->bindToDocument(document());
    m_modes = new ViewModes(views, m_stepThrough, this);

    m_cursorStatus = new StatusText(this);
    m_cursorStatus->setObjectName(QStringLiteral("cursorStatus"));
    m_computeStatus = new StatusText(this);
    m_computeStatus->setObjectName(QStringLiteral("computeStatus"));
    m_computeStatus->setWidthSamples(m_workbench->computeTextSamples());
    statusBar()->addWidget(m_cursorStatus, 1);
    statusBar()->addPermanentWidget(m_computeStatus);
    connect(m_workbench, &Workbench::cursorTextChanged, m_cursorStatus, &StatusText::setText);
    connect(m_workbench, &Workbench::computeTextChanged, m_computeStatus, &StatusText::setText);
    return m_modes;
}

void MainWindow::buildDocks()
{
    const auto dock = [this](const QString& name, QWidget* content) {
        auto* widget = new QDockWidget(this);
        widget->setObjectName(name);
        widget->setWidget(content);
        widget->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                            QDockWidget::DockWidgetClosable);
        return widget;
    };
    m_patchDock = dock(QStringLiteral("patchDock"), m_workbench->patchEditor());
    m_workbench->patchEditor()->show();

    m_parameters = new ParametersPanel(this);
    m_parameters->setObjectName(QStringLiteral("parametersPanel"));
    m_parametersDock =
        dock(QStringLiteral("parametersDock"), new FittingScrollArea(m_parameters, this));

    m_code = new CodePanel(this);
    m_code->setObjectName(QStringLiteral("codePanel"));
    m_codeDock = dock(QStringLiteral("codeDock"), m_code);

    m_lessonPanel = new LessonPanel(document(), this, this);
    m_lessonDock = dock(QStringLiteral("lessonDock"), m_lessonPanel);
    addDockWidget(Qt::LeftDockWidgetArea, m_lessonDock);
    m_lessonDock->hide(); // shown when a lesson is opened

    addDockWidget(Qt::RightDockWidgetArea, m_patchDock);
    addDockWidget(Qt::RightDockWidgetArea, m_parametersDock);
    tabifyDockWidget(m_parametersDock, m_codeDock);
    m_parametersDock->raise();
    retranslateUi();

    const int line = fontMetrics().height();
    resizeDocks({m_patchDock}, {line * 25}, Qt::Horizontal);
    resizeDocks({m_patchDock, m_parametersDock}, {line * 14, line * 24}, Qt::Vertical);
}

QDockWidget* MainWindow::panelDock(const QString& name) const
{
    for (QDockWidget* dock : {m_patchDock, m_parametersDock, m_codeDock, m_lessonDock})
        if (dock->objectName() == name + QStringLiteral("Dock"))
            return dock;
    return nullptr;
}

bool MainWindow::isSteppingThrough() const
{
    return m_modes->isSteppingThrough();
}

void MainWindow::showLearned(const LearnedChoice* choice)
{
    if (!choice) {
        if (m_learn->isMade())
            m_learn->tabs()->setAside();
        m_learn->setShown(false);
        return;
    }
    m_learn->tabs()->show(*choice);
    m_learn->setShown(true);
}

void MainWindow::setSteppingThrough(bool on)
{
    m_actions->stepThrough->setChecked(on);
    if (on == isSteppingThrough())
        return;
    m_modes->setSteppingThrough(on);
    if (!on)
        inputCanvas()->setFocus();
}

// -------------------------------------------------------------------------------- wiring

void MainWindow::connectActions()
{
    const WindowActions& a = *m_actions;
    connect(a.newImage, &QAction::triggered, this, &MainWindow::newImageDialog);
    connect(a.open, &QAction::triggered, this, &MainWindow::openDialog);
    connect(a.save, &QAction::triggered, this, &MainWindow::save);
    connect(a.saveAs, &QAction::triggered, this, &MainWindow::saveAs);
    connect(a.quit, &QAction::triggered, this, &QWidget::close);
    connect(a.copyCode, &QAction::triggered, this, [this] {
        QApplication::clipboard()->setText(
            CodePanel::codeFor(document()->parameters(), m_code->language()));
        showStatus(tr("Code copied to the clipboard"), 3000);
    });
    connect(a.paste, &QAction::triggered, this,
            [this] { takeImage(QApplication::clipboard()->mimeData(), tr("Paste image")); });
    connect(a.useAsPatch, &QAction::triggered, this, &MainWindow::useSelectionAsPatch);
    connect(a.clear, &QAction::triggered, m_session, &Session::clearImage);
    connect(a.invert, &QAction::triggered, m_session, &Session::invertImage);
    connect(a.loadPatch, &QAction::triggered, this, &MainWindow::loadPatchDialog);
    connect(a.savePatch, &QAction::triggered, this, &MainWindow::savePatchDialog);
    connect(a.zoomIn, &QAction::triggered, m_workbench, &Workbench::zoomIn);
    connect(a.zoomOut, &QAction::triggered, m_workbench, &Workbench::zoomOut);
    connect(a.zoomFit, &QAction::triggered, m_workbench, &Workbench::zoomToFit);
    connect(a.zoomActual, &QAction::triggered, m_workbench, &Workbench::zoomActualPixels);
    connect(a.overlay, &QAction::triggered, this,
            [this](bool on) { editViewSettings([on](ViewSettings& v) { v.overlay = on; }); });
    connect(a.sideBySide, &QAction::triggered, this,
            [this](bool on) { editViewSettings([on](ViewSettings& v) { v.sideBySide = on; }); });
    for (QAction* action : a.colormaps)
        connect(action, &QAction::triggered, this,
                [this, map = action->data().toInt()] { setColormap(map); });
    for (QAction* action : a.exports)
        connect(action, &QAction::triggered, this, [this, action] {
            report(ViewExport::exportView(
                this, static_cast<WindowActions::Export>(action->data().toInt()), *m_workbench));
        });
    connect(a.copyFigure, &QAction::triggered, this,
            [this] { report(ViewExport::copyFigure(*m_workbench)); });
    connect(a.exportAnimation, &QAction::triggered, this, [this] {
        ExportAnimationDialog* dialog = WindowAnimation::dialogFor(
            document()->snapshot(), isSteppingThrough() ? m_stepThrough : nullptr, this);
        connect(dialog, &ExportAnimationDialog::exported, this, [this](const QString& path) {
            showStatus(tr("Exported the animation to %1").arg(path), 5000);
        });
        dialog->open();
    });
    NotebookExport::attach(a.exportNotebook, m_lessonPanel, this,
                           [this](const Outcome& outcome) { report(outcome); });
    for (QAction* action : a.samples)
        connect(action, &QAction::triggered, this, [this, action] {
            m_session->openSample(static_cast<SampleGallery::Id>(action->data().toInt()));
            inputCanvas()->setSelection(QRect());
        });
    for (QAction* action : a.tools)
        connect(action, &QAction::triggered, this,
                [this, action] { m_tools->setTool(static_cast<Tool>(action->data().toInt())); });
    connect(m_tools, &ToolSettings::changed, this,
            [this] { m_actions->checkTool(m_tools->tool()); });
    m_actions->checkTool(m_tools->tool());
    connect(a.brushSmaller, &QAction::triggered, this,
            [this] { m_tools->setBrushSize(m_tools->brushSize() - 1); });
    connect(a.brushLarger, &QAction::triggered, this,
            [this] { m_tools->setBrushSize(m_tools->brushSize() + 1); });
    connect(a.stepThrough, &QAction::triggered, this, &MainWindow::setSteppingThrough);
    connect(a.leaveStepThrough, &QAction::triggered, this, [this] { setSteppingThrough(false); });
    for (QAction* action : a.stepThroughPages)
        connect(action, &QAction::triggered, this, [this, action] {
            m_stepThrough->showTab(static_cast<StepThroughPanel::Tab>(action->data().toInt()));
            setSteppingThrough(true);
        });
    for (QAction* action : a.languages)
        connect(action, &QAction::triggered, this,
                [this, action] { setLanguage(action->data().toString()); });
    for (QAction* action : a.themes)
        connect(action, &QAction::triggered, this,
                [this, action] { setTheme(action->data().toString()); });
    connect(a.about, &QAction::triggered, this, &MainWindow::showAbout);
    a.presentation->setChecked(m_presentation->isActive());
    connect(a.presentation, &QAction::triggered, m_presentation, &PresentationMode::setActive);
    connect(m_presentation, &PresentationMode::activeChanged, a.presentation, &QAction::setChecked);
}

// The document and the docks: the workbench feeds its own views.
void MainWindow::connectPanels()
{
    Document* doc = document();
    connect(doc, &Document::patchChanged, this, &MainWindow::onPatchChanged);
    connect(doc, &Document::parametersChanged, this, &MainWindow::onParametersChanged);
    connect(doc, &Document::viewSettingsChanged, this, &MainWindow::onViewSettingsChanged);
    connect(doc, &Document::modifiedChanged, this, &MainWindow::updateTitle);
    connect(doc, &Document::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_workbench, &Workbench::resultShown, m_parameters, &ParametersPanel::setResult);
    connect(inputCanvas(), &ImageCanvas::selectionChanged, this, [this](const QRect& selection) {
        m_actions->useAsPatch->setEnabled(!selection.isEmpty());
    });
    connect(patchEditor(), &PatchEditor::loadRequested, this, &MainWindow::loadPatchDialog);
    connect(patchEditor(), &PatchEditor::saveRequested, this, &MainWindow::savePatchDialog);
    connect(patchEditor(), &PatchEditor::failed, this,
            [this](const QString& message) { showError(tr("Patch"), message); });
    connect(m_parameters, &ParametersPanel::parametersEdited, doc, &Document::setParameters);
    connect(m_code, &CodePanel::saveArraysRequested, this, &MainWindow::saveArraysDialog);
    connect(m_code, &CodePanel::copied, this,
            [this] { showStatus(tr("Code copied to the clipboard"), 3000); });
    connect(m_lessonPanel, &LessonPanel::concealmentChanged, this,
            [this](const Concealment& hidden) {
                m_workbench->setConcealment(hidden);
                m_parameters->setConcealment(hidden);
                m_stepThrough->setConcealment(hidden);
            });
}

void MainWindow::onPatchChanged()
{
    const cv::Mat& patch = document()->patch();
    m_parameters->setPatchSize(patch.rows, patch.cols);
    m_patchDock->setWindowTitle(tr("Patch (kernel), %1 × %2").arg(patch.rows).arg(patch.cols));
}

void MainWindow::onParametersChanged()
{
    m_parameters->setParameters(document()->parameters());
    m_code->setParameters(document()->parameters());
}

void MainWindow::onViewSettingsChanged()
{
    const ViewSettings& view = document()->viewSettings();
    m_actions->overlay->setChecked(view.overlay);
    m_actions->sideBySide->setChecked(view.sideBySide);
    for (QAction* action : std::as_const(m_actions->colormaps))
        action->setChecked(action->data().toInt() == static_cast<int>(view.colormap));
}

void MainWindow::updateTitle()
{
    const QString path = document()->filePath();
    const QString name = path.isEmpty() ? tr("Untitled") : QFileInfo(path).fileName();
    setWindowTitle(tr("%1[*] — ConvLab").arg(name));
    setWindowModified(document()->isModified());
}

void MainWindow::editViewSettings(const std::function<void(ViewSettings&)>& change)
{
    ViewSettings view = document()->viewSettings();
    change(view);
    if (!(view == document()->viewSettings()))
        document()->setViewSettings(view);
}

void MainWindow::setColormap(int colormap)
{
    editViewSettings([colormap](ViewSettings& v) { v.colormap = static_cast<Colormap>(colormap); });
    settings().setValue(QStringLiteral("colormap"), colormap);
}

// ------------------------------------------------------------------------------ operations

bool MainWindow::report(const Outcome& outcome)
{
    if (!outcome.ok && !outcome.title.isEmpty())
        showError(outcome.title, outcome.message);
    else if (!outcome.message.isEmpty())
        showStatus(outcome.message, outcome.ok ? 4000 : 5000);
    return outcome.ok;
}

void MainWindow::showError(const QString& title, const QString& message)
{
    // Window-modal but not blocking: the work stays visible and nothing waits on the answer.
    auto* box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showStatus(const QString& message, int milliseconds)
{
    statusBar()->showMessage(message, milliseconds);
}

void MainWindow::settleThen(const std::function<void()>& replace)
{
    UnsavedChanges::settleThen(
        this, *m_session, [this] { return save(); }, replace);
}

void MainWindow::showDocumentLesson()
{
    m_lessonPanel->start(document()->notes(), false);
    m_lessonDock->setVisible(m_lessonPanel->hasLesson());
}

bool MainWindow::openFile(const QString& path)
{
    if (!report(m_session->open(path)))
        return false;
    if (Session::isDocumentFile(path))
        showDocumentLesson();
    return true;
}

bool MainWindow::openLesson(const QString& path)
{
    if (!report(m_session->openLesson(path)))
        return false;
    showDocumentLesson();
    m_lessonDock->raise();
    return true;
}

bool MainWindow::saveTo(const QString& path)
{
    return report(m_session->saveTo(path));
}

bool MainWindow::save()
{
    if (document()->filePath().isEmpty())
        return saveAs();
    return saveTo(document()->filePath());
}

bool MainWindow::saveAs()
{
    const QString path = FileDialogs::savePath(this, document()->filePath());
    return !path.isEmpty() && saveTo(path);
}

bool MainWindow::useSelectionAsPatch()
{
    return report(m_session->useAsPatch(inputCanvas()->selection()));
}

void MainWindow::newImage(int rows, int cols)
{
    m_session->newImage(rows, cols);
}

void MainWindow::newImageDialog()
{
    NewImageDialog dialog(document()->image().rows, document()->image().cols, this);
    if (dialog.exec() == QDialog::Accepted)
        newImage(dialog.rows(), dialog.cols());
}

void MainWindow::openDialog()
{
    const QString path = FileDialogs::openPath(this);
    if (path.isEmpty())
        return;
    if (Session::isDocumentFile(path))
        settleThen([this, path] { openFile(path); });
    else
        openFile(path);
}

void MainWindow::loadPatchDialog()
{
    if (const QString path = FileDialogs::loadPatchPath(this); !path.isEmpty())
        report(m_session->loadPatch(path));
}

void MainWindow::savePatchDialog()
{
    if (const QString path = FileDialogs::savePatchPath(this); !path.isEmpty())
        report(m_session->savePatch(path));
}

void MainWindow::saveArraysDialog()
{
    if (const QString folder = FileDialogs::arraysFolder(this); !folder.isEmpty())
        report(m_session->saveArrays(folder));
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

// ---------------------------------------------------------------- settings and recovery

void MainWindow::offerRecovery()
{
    Autosave* autosave = m_session->autosave();
    if (!autosave->hasRecoverableAutosave())
        return;
    m_notice->showNotice(
        tr("ConvLab did not close normally last time. Work saved automatically before that "
           "can be restored."),
        {{tr("Restore"),
          [this, autosave] {
              QString error;
              if (!autosave->recover(&error))
                  showError(tr("Cannot restore the autosaved work"), error);
          }},
         {tr("Discard"), [autosave] { autosave->discard(); }}});
}

// ------------------------------------------------------------------- language and theme

void MainWindow::setLanguage(const QString& code)
{
    if (!Language::isKnown(code))
        return;
    Language::save(code);
    if (code == Language::current())
        return;
    Language::apply(code);
    // Every widget retranslates itself on the LanguageChange Qt posts: now, not later. Numbers
    // follow the new locale in the widgets already made.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    setLocale(QLocale());
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    if (m_actions) { // not while the docks are first built
        m_actions->retranslate();
        m_menus->retranslate();
        for (QAction* action : std::as_const(m_actions->languages))
            action->setChecked(action->data().toString() == Language::current());
        m_computeStatus->setWidthSamples(m_workbench->computeTextSamples());
        updateTitle();
        if (!m_notice->isHidden())
            offerRecovery();
        // The response's explanations come from the computation: in the new language too.
        computer()->schedule();
        m_presentation->arrange(); // the text as large as the new words leave room for
    }
    const cv::Mat& patch = document()->patch();
    m_patchDock->setWindowTitle(tr("Patch (kernel), %1 × %2").arg(patch.rows).arg(patch.cols));
    m_parametersDock->setWindowTitle(tr("Parameters"));
    m_codeDock->setWindowTitle(tr("Code"));
    m_lessonDock->setWindowTitle(tr("Lesson"));
}

void MainWindow::setTheme(const QString& choice)
{
    if (!Theme::choices().contains(choice))
        return;
    Theme::save(choice);
    Theme::apply(Theme::resolve(choice), Theme::currentContrast());
    for (QAction* action : std::as_const(m_actions->themes))
        action->setChecked(action->data().toString() == choice);
}

// --------------------------------------------------------------------------------- closing

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (document()->isModified() && !m_closeConfirmed) {
        event->ignore();
        settleThen([this] {
            m_closeConfirmed = true;
            close();
        });
        return;
    }
    m_presentation->leave();   // the normal layout is the one to remember
    setSteppingThrough(false); // the layout saved is the views' one
    m_learn->setShown(false);
    WindowSettings::save(*this, *m_workbench->splitter(), *m_code, *document());
    m_session->autosave()->closeCleanly();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (Session::offersImage(event->mimeData()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    if (!Session::offersImage(event->mimeData()))
        return;
    event->acceptProposedAction();
    takeImage(event->mimeData(), tr("Drop image"));
}

// A file is opened as File ▸ Open opens it (a lesson file shows its lesson); pixels become the
// input.
void MainWindow::takeImage(const QMimeData* mime, const QString& actionText)
{
    if (const QString file = Session::localFile(mime); !file.isEmpty())
        openFile(file);
    else
        report(m_session->takeImage(mime, actionText));
}

} // namespace convlab
