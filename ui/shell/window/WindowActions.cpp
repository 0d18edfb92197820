// SPDX-License-Identifier: MIT
#include "window/WindowActions.h"

#include "i18n/Language.h"
#include "theme/Theme.h"
#include "views/Icons.h"

#include <QAction>
#include <QActionGroup>
#include <QStyle>
#include <QUndoStack>
#include <QWidget>

namespace convlab {

namespace {

template <typename Enum> QVariant dataOf(Enum value)
{
    return static_cast<int>(value);
}

} // namespace

WindowActions::WindowActions(QUndoStack* undoStack, QWidget* window)
    : QObject(window), m_undoStack(undoStack), m_toolGroup(new QActionGroup(this)),
      m_colormapGroup(new QActionGroup(this)), m_languageGroup(new QActionGroup(this)),
      m_themeGroup(new QActionGroup(this))
{
    QStyle* s = window->style();
    newImage = make(QStringLiteral("actionNew"), QKeySequence::New);
    newImage->setIcon(s->standardIcon(QStyle::SP_FileIcon));
    open = make(QStringLiteral("actionOpen"), QKeySequence::Open);
    open->setIcon(s->standardIcon(QStyle::SP_DialogOpenButton));
    save = make(QStringLiteral("actionSave"), QKeySequence::Save);
    save->setIcon(s->standardIcon(QStyle::SP_DialogSaveButton));
    saveAs = make(QStringLiteral("actionSaveAs"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    quit = make(QStringLiteral("actionQuit"), QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    // Made here rather than by QUndoStack, whose actions keep the prefix they were made with:
    // "Undo" must follow the language.
    undo = make(QStringLiteral("actionUndo"), QKeySequence::Undo);
    undo->setIcon(s->standardIcon(QStyle::SP_ArrowBack));
    redo = make(QStringLiteral("actionRedo"));
    redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    redo->setIcon(s->standardIcon(QStyle::SP_ArrowForward));
    connect(undo, &QAction::triggered, undoStack, &QUndoStack::undo);
    connect(redo, &QAction::triggered, undoStack, &QUndoStack::redo);
    connect(undoStack, &QUndoStack::canUndoChanged, undo, &QAction::setEnabled);
    connect(undoStack, &QUndoStack::canRedoChanged, redo, &QAction::setEnabled);
    connect(undoStack, &QUndoStack::undoTextChanged, this, &WindowActions::retranslateUndo);
    connect(undoStack, &QUndoStack::redoTextChanged, this, &WindowActions::retranslateUndo);
    undo->setEnabled(undoStack->canUndo());
    redo->setEnabled(undoStack->canRedo());

    copyCode = make(QStringLiteral("actionCopyCode"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C));
    paste = make(QStringLiteral("actionPaste"), QKeySequence::Paste);
    useAsPatch = make(QStringLiteral("actionUseAsPatch"), QKeySequence(Qt::CTRL | Qt::Key_U));
    useAsPatch->setIcon(icons::useAsPatch());
    clear = make(QStringLiteral("actionClear"), QKeySequence(Qt::CTRL | Qt::Key_Backspace));
    clear->setIcon(icons::clear());
    invert = make(QStringLiteral("actionInvert"), QKeySequence(Qt::CTRL | Qt::Key_I));
    invert->setIcon(icons::invert());
    loadPatch =
        make(QStringLiteral("actionLoadPatch"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_O));
    savePatch =
        make(QStringLiteral("actionSavePatch"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S));

    zoomIn = make(QStringLiteral("actionZoomIn"), QKeySequence::ZoomIn);
    zoomOut = make(QStringLiteral("actionZoomOut"), QKeySequence::ZoomOut);
    zoomFit = make(QStringLiteral("actionZoomFit"), QKeySequence(Qt::CTRL | Qt::Key_0));
    zoomFit->setIcon(icons::zoomFit());
    zoomActual = make(QStringLiteral("actionZoom1"), QKeySequence(Qt::CTRL | Qt::Key_1));
    zoomActual->setIcon(icons::zoomActual());
    overlay = make(QStringLiteral("actionOverlay"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    overlay->setCheckable(true);
    sideBySide =
        make(QStringLiteral("actionSideBySide"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    sideBySide->setCheckable(true);

    int key = Qt::Key_1;
    for (Colormap map : {Colormap::Viridis, Colormap::Gray, Colormap::Magma, Colormap::Diverging}) {
        QAction* action =
            make(QStringLiteral("actionColormap") + QString::fromStdString(toString(map)),
                 QKeySequence(Qt::ALT | Qt::SHIFT | key++));
        action->setCheckable(true);
        action->setData(dataOf(map));
        m_colormapGroup->addAction(action);
        colormaps.append(action);
    }

    for (Export what : {Export::Figure, Export::Input, Export::Patch, Export::Response}) {
        const int index = static_cast<int>(what);
        QAction* action = make(QStringLiteral("actionExport%1").arg(index),
                               what == Export::Figure
                                   ? QKeySequence(Qt::CTRL | Qt::Key_E)
                                   : QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key(Qt::Key_0 + index)));
        action->setData(dataOf(what));
        exports.append(action);
    }
    copyFigure =
        make(QStringLiteral("actionCopyFigure"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    exportAnimation = make(QStringLiteral("actionExportAnimation"),
                           QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    exportNotebook = make(QStringLiteral("actionExportNotebook"));

    key = Qt::Key_1;
    for (SampleGallery::Id id : SampleGallery::all()) {
        QAction* action = make(QStringLiteral("actionSample_") + SampleGallery::key(id),
                               QKeySequence(Qt::CTRL | Qt::SHIFT | key++));
        action->setData(dataOf(id));
        samples.append(action);
    }

    const std::pair<Tool, Qt::Key> toolKeys[] = {
        {Tool::Select, Qt::Key_S}, {Tool::Brush, Qt::Key_B},     {Tool::Eraser, Qt::Key_E},
        {Tool::Line, Qt::Key_L},   {Tool::Rectangle, Qt::Key_R}, {Tool::Ellipse, Qt::Key_O},
        {Tool::Text, Qt::Key_T},   {Tool::Fill, Qt::Key_F}};
    for (const auto& [tool, shortcut] : toolKeys) {
        QAction* action = make(QStringLiteral("actionTool%1").arg(static_cast<int>(tool)),
                               QKeySequence(shortcut));
        action->setIcon(icons::tool(tool));
        action->setCheckable(true);
        action->setData(dataOf(tool));
        m_toolGroup->addAction(action);
        tools.append(action);
    }
    brushSmaller = make(QStringLiteral("actionBrushSmaller"), QKeySequence(Qt::Key_BracketLeft));
    brushLarger = make(QStringLiteral("actionBrushLarger"), QKeySequence(Qt::Key_BracketRight));

    stepThrough = make(QStringLiteral("actionStepThrough"), QKeySequence(Qt::Key_F6));
    stepThrough->setCheckable(true);
    leaveStepThrough = make(QStringLiteral("actionLeaveStepThrough"));
    learnedFilters = make(QStringLiteral("actionLearnedFilters"), QKeySequence(Qt::Key_F7));
    learnedFilters->setCheckable(true);
    key = Qt::Key_1;
    for (auto tab : {StepThroughPanel::Tab::Stepper, StepThroughPanel::Tab::Transposed,
                     StepThroughPanel::Tab::Matrix, StepThroughPanel::Tab::Checkerboard}) {
        QAction* action = make(QStringLiteral("actionStepThrough%1").arg(static_cast<int>(tab)),
                               QKeySequence(Qt::ALT | key++));
        action->setData(dataOf(tab));
        stepThroughPages.append(action);
    }

    for (const QString& code : Language::codes()) {
        QAction* action = make(QStringLiteral("actionLanguage_") + code);
        action->setCheckable(true);
        action->setChecked(code == Language::current());
        action->setData(code);
        m_languageGroup->addAction(action);
        languages.append(action);
    }
    const QString savedTheme = Theme::saved();
    for (const QString& choice : Theme::choices()) {
        QAction* action = make(QStringLiteral("actionTheme_") + choice);
        action->setCheckable(true);
        action->setChecked(choice == savedTheme);
        action->setData(choice);
        m_themeGroup->addAction(action);
        themes.append(action);
    }

    about = make(QStringLiteral("actionAbout"), QKeySequence::HelpContents);
    about->setMenuRole(QAction::AboutRole);
    presentation = make(QStringLiteral("actionPresentation"), QKeySequence(Qt::Key_F5));
    presentation->setCheckable(true);
    retranslate();
}

QAction* WindowActions::make(const QString& name, const QKeySequence& shortcut)
{
    auto* action = new QAction(this);
    action->setObjectName(name);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    return action;
}

// The text, its status tip, and a tool tip naming the shortcut.
void WindowActions::setText(QAction* action, const QString& text, const QString& tip)
{
    action->setText(text);
    action->setStatusTip(tip);
    const QString plain = QString(text).remove(QLatin1Char('&'));
    const QKeySequence shortcut = action->shortcut();
    action->setToolTip(
        shortcut.isEmpty()
            ? plain
            : QStringLiteral("%1 (%2)").arg(plain, shortcut.toString(QKeySequence::NativeText)));
}

void WindowActions::retranslate()
{
    setText(newImage, tr("&New Blank Image…"), tr("Replace the input by a blank image"));
    setText(open, tr("&Open…"), tr("Open a lesson (.convlab), an image, .npy or .txt"));
    setText(save, tr("&Save"));
    setText(saveAs, tr("Save &As…"));
    setText(quit, tr("&Quit"));
    retranslateUndo();
    setText(copyCode, tr("Copy as &Code"),
            tr("Copy the Python lines that compute what is on screen"));
    setText(paste, tr("&Paste Image"), tr("Use the image on the clipboard as input"));
    setText(useAsPatch, tr("&Use Selection as Patch"),
            tr("Cut the selected rectangle of the input into the patch"));
    setText(clear, tr("C&lear Image"), tr("Set every pixel to 0"));
    setText(invert, tr("&Invert Image"), tr("Dark becomes light"));
    setText(loadPatch, tr("&Load Patch…"));
    setText(savePatch, tr("Sa&ve Patch…"));
    setText(zoomIn, tr("Zoom &In"));
    setText(zoomOut, tr("Zoom &Out"));
    setText(zoomFit, tr("&Fit to Window"));
    setText(zoomActual, tr("&Actual Pixels (1:1)"));
    setText(overlay, tr("&Overlay Response on Input"));
    setText(sideBySide, tr("&Raw and Normalised Side by Side"));

    const QString colormapTexts[] = {tr("&Viridis"), tr("&Gray"), tr("&Magma"),
                                     tr("&Diverging (0 = white)")};
    for (int i = 0; i < colormaps.size(); ++i)
        setText(colormaps[i], colormapTexts[i]);
    const QString exportTexts[] = {tr("&Figure: Input | Patch | Response…"), tr("&Input View…"),
                                   tr("&Patch View…"), tr("&Response View…")};
    for (int i = 0; i < exports.size(); ++i)
        setText(exports[i], exportTexts[i]);
    setText(copyFigure, tr("&Copy Figure to Clipboard"));
    setText(exportAnimation, tr("&Animation (GIF, MP4, PNG Sequence)…"));
    setText(exportNotebook, tr("&Notebook (Jupyter) of the Lesson…"));
    for (QAction* action : std::as_const(samples))
        setText(action,
                SampleGallery::name(static_cast<SampleGallery::Id>(action->data().toInt())));

    const QString toolTexts[] = {tr("&Select (rubber band, type a value)"),
                                 tr("&Brush"),
                                 tr("&Eraser (paints 0)"),
                                 tr("&Line"),
                                 tr("&Rectangle"),
                                 tr("Elli&pse"),
                                 tr("&Text Stamp"),
                                 tr("&Fill")};
    for (int i = 0; i < tools.size(); ++i)
        setText(tools[i], toolTexts[i]);
    setText(brushSmaller, tr("Smaller Brush"));
    setText(brushLarger, tr("Larger Brush"));

    setText(stepThrough, tr("Step &Through"),
            tr("Step through stride and padding, transposed convolution and its matrices, then "
               "back to the views"));
    setText(leaveStepThrough, tr("Back to the Views"));
    leaveStepThrough->setToolTip(
        tr("Back to the image, patch and response (%1)")
            .arg(stepThrough->shortcut().toString(QKeySequence::NativeText)));
    setText(learnedFilters, tr("L&earned Filters"),
            tr("Train a small CNN on handwritten digits, watch its filters learn, look inside"));
    const QString pageTexts[] = {tr("&Stepper: Stride and Padding"), tr("&Transposed Convolution"),
                                 tr("&Convolution Matrix"), tr("C&heckerboard Artefacts")};
    for (int i = 0; i < stepThroughPages.size(); ++i)
        setText(stepThroughPages[i], pageTexts[i]);
    // Each language under its own name, so that anyone can find theirs.
    for (QAction* action : std::as_const(languages))
        action->setText(Language::nativeName(action->data().toString()));
    for (QAction* action : std::as_const(themes))
        action->setText(Theme::menuText(action->data().toString()));

    setText(about, tr("&About ConvLab"));
    setText(presentation, tr("Presentation &Mode"),
            tr("Full screen, large and high-contrast, only the views the lesson step needs; "
               "Space and arrows walk the steps, Esc leaves"));
}

// "Undo Paint", as QUndoStack's own actions write it, in the interface's language.
void WindowActions::retranslateUndo()
{
    const auto prefixed = [](const QString& prefix, const QString& text) {
        return text.isEmpty() ? prefix : prefix + QLatin1Char(' ') + text;
    };
    undo->setText(prefixed(tr("&Undo"), m_undoStack->undoText()));
    redo->setText(prefixed(tr("&Redo"), m_undoStack->redoText()));
}

void WindowActions::checkTool(Tool tool)
{
    for (QAction* action : std::as_const(tools))
        action->setChecked(action->data().toInt() == static_cast<int>(tool));
}

} // namespace convlab
