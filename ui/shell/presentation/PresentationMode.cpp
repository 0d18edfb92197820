// SPDX-License-Identifier: MIT
#include "presentation/PresentationMode.h"

#include "lessons/LessonPanel.h"
#include "views/ParametersPanel.h"
#include "views/PatchEditor.h"
#include "views/ResponseView.h"
#include "workbench/Workbench.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QFontInfo>
#include <QKeyEvent>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTextBrowser>
#include <QTextEdit>
#include <QTimer>
#include <QToolBar>
#include <algorithm>
#include <cmath>
#include <utility>

namespace convlab {

namespace {

// How far below the usual size a page of figures may go to show whole.
constexpr double kSmallestFigureRatio = 0.75;

// A widget where Space, arrows, Home and End edit text: they stay its own.
bool editsText(const QWidget* widget)
{
    if (qobject_cast<const QLineEdit*>(widget) || qobject_cast<const QAbstractSpinBox*>(widget))
        return true;
    if (const auto* combo = qobject_cast<const QComboBox*>(widget))
        return combo->isEditable();
    if (const auto* text = qobject_cast<const QTextEdit*>(widget))
        return !text->isReadOnly();
    if (const auto* text = qobject_cast<const QPlainTextEdit*>(widget))
        return !text->isReadOnly();
    return false;
}

// The font `ratio` times larger, in points when it was given in points: widgets that derive
// their own font from it (a title 1.2× the text) scale its point size.
QFont enlarged(QFont font, double ratio)
{
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * ratio);
    else
        font.setPixelSize(static_cast<int>(std::lround(font.pixelSize() * ratio)));
    return font;
}

// Every pixel of `widget` inside each of its parents (a scroll area's viewport included), and a
// label's text not taller (wrapped) or wider (on one line) than the label.
bool whole(const QWidget* widget)
{
    const QRect rect(widget->mapToGlobal(QPoint(0, 0)), widget->size());
    for (const QWidget* parent = widget->parentWidget(); parent && !parent->isWindow();
         parent = parent->parentWidget())
        if (!QRect(parent->mapToGlobal(QPoint(0, 0)), parent->size()).contains(rect))
            return false;
    const auto* label = qobject_cast<const QLabel*>(widget);
    if (!label)
        return true;
    return label->wordWrap() ? label->heightForWidth(label->width()) <= label->height()
                             : label->sizeHint().width() <= label->width();
}

} // namespace

PresentationMode::PresentationMode(const PresentedWindow& parts, LessonPanel* lessons)
    : QObject(parts.window), m_parts(parts), m_window(parts.window), m_lessons(lessons)
{
    QWidget* content = parts.parametersDock ? parts.parametersDock->widget() : nullptr;
    if (const auto* area = qobject_cast<QScrollArea*>(content))
        content = area->widget();
    m_parameters = qobject_cast<const ParametersPanel*>(content);
    // The step's own panel arrangement (StepLoader) runs before these signals; presentation
    // mode then has the last word.
    connect(lessons, &LessonPanel::stepChanged, this, &PresentationMode::arrange);
    connect(lessons, &LessonPanel::lessonChanged, this, &PresentationMode::arrange);
}

PresentationMode::~PresentationMode()
{
    if (m_active)
        qApp->removeEventFilter(this);
}

PresentationViews PresentationMode::views() const
{
    const bool hasStepThrough = m_parts.hasStepThrough;
    if (!m_lessons || !m_lessons->hasLesson() || m_lessons->currentStep() < 0)
        return PresentationLayout::forStep(nullptr, -1, hasStepThrough);
    const int index = m_lessons->currentStep();
    return PresentationLayout::forStep(&m_lessons->script()->step(index), index, hasStepThrough);
}

int PresentationMode::presentationPixelSize() const
{
    const QScreen* screen = m_window->screen();
    const int height = screen ? screen->geometry().height() : 1080;
    const int usual = QFontInfo(QApplication::font()).pixelSize();
    // 30 px on a 1080-line projector (15 logical pixels at 200 %): the size slides use to be
    // read from the back row. Never smaller than the usual text.
    return std::max(usual, height / 36);
}

void PresentationMode::setActive(bool active)
{
    if (active)
        enter();
    else
        leave();
}

void PresentationMode::enter()
{
    if (m_active)
        return;
    QSplitter* splitter = m_parts.workbench->splitter();
    m_saved.geometry = m_window->saveGeometry();
    m_saved.state = m_window->saveState();
    m_saved.splitter = splitter ? splitter->saveState() : QByteArray();
    m_saved.windowState = m_window->windowState();
    m_saved.font = m_window->font();
    m_saved.ownFont = m_window->testAttribute(Qt::WA_SetFont);
    m_saved.menuBar = !m_window->menuBar()->isHidden();
    m_saved.statusBar = !m_window->statusBar()->isHidden();
    m_saved.contrast = Theme::currentContrast();
    m_active = true;

    for (QToolBar* bar : std::as_const(m_parts.toolBars))
        bar->hide();
    m_window->menuBar()->hide();
    m_window->statusBar()->hide();
    // Panels hidden before the font grows, so that they never push the window wider.
    arrangePanels();
    recordOwnFonts(); // first: afterwards every font would seem to have its own size
    m_fontRatio = 1;
    fitFonts();
    Theme::apply(Theme::resolve(Theme::current()), Theme::Contrast::High);
    // Without a window manager (a bare X server) full screen is only a wish: the screen's
    // geometry first makes it true there too.
    if (const QScreen* screen = m_window->screen())
        m_window->setGeometry(screen->geometry());
    m_window->showFullScreen();
    qApp->installEventFilter(this);
    arrangePanels(); // the panels' widths, now in proportion to the screen
    shrinkToFit();   // a page that would scroll on this screen
    emit activeChanged(true);
}

void PresentationMode::leave()
{
    if (!m_active)
        return;
    qApp->removeEventFilter(this);
    m_active = false;
    // The platform may still owe the window its full-screen geometry: it must arrive before
    // the saved geometry, not after (user input waits, so no key is handled twice).
    QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    // Everything shown again first: a hidden widget would keep the size its large font gave
    // it, and push the restored window wider.
    QList<QWidget*> parts{m_window->centralWidget(), m_parts.workbench->inputPane(),
                          m_parts.workbench->responseView()};
    parts << controlBars();
    for (QWidget* part : std::as_const(parts))
        if (part)
            part->show();
    m_window->menuBar()->setVisible(m_saved.menuBar);
    m_window->statusBar()->setVisible(m_saved.statusBar);
    m_window->restoreState(m_saved.state);
    Theme::apply(Theme::resolve(Theme::current()), m_saved.contrast);
    if (m_saved.ownFont)
        m_window->setFont(m_saved.font);
    else
        m_window->setFont(QFont()); // inherits the application's font again
    for (const OwnFont& own : std::as_const(m_saved.ownFonts))
        if (own.widget)
            own.widget->setFont(own.font);
    m_saved.ownFonts.clear();
    restoreNormalLayout();
    emit activeChanged(false);
}

void PresentationMode::restoreNormalLayout()
{
    if (m_active || m_saved.geometry.isEmpty())
        return;
    m_window->restoreState(m_saved.state);
    // The minimum size must be the normal font's before the geometry comes back, or the large
    // one would widen the window.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    m_window->showNormal();
    m_window->restoreGeometry(m_saved.geometry);
    m_window->setWindowState(m_saved.windowState);
    m_window->restoreState(m_saved.state); // dock sizes, now in the restored window
    m_parts.workbench->splitter()->restoreState(m_saved.splitter);
}

// The response's and the patch's controls (colormap, range, peaks; size, presets): for the
// teacher's desk, not for the room.
QList<QWidget*> PresentationMode::controlBars() const
{
    return {m_parts.workbench->responseView()->controls(),
            m_parts.workbench->patchEditor()->controls()};
}

void PresentationMode::recordOwnFonts()
{
    m_saved.ownFonts.clear();
    for (QWidget* widget : m_window->findChildren<QWidget*>())
        if (widget->testAttribute(Qt::WA_SetFont) &&
            (widget->font().resolveMask() & QFont::SizeResolved))
            m_saved.ownFonts.append({widget, widget->font()});
}

void PresentationMode::scaleFonts(double ratio)
{
    m_window->setFont(enlarged(m_saved.font, ratio));
    for (const OwnFont& own : std::as_const(m_saved.ownFonts))
        if (own.widget)
            own.widget->setFont(enlarged(own.font, ratio));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
}

void PresentationMode::fitFonts()
{
    const double target = static_cast<double>(presentationPixelSize()) /
                          std::max(1, QFontInfo(m_saved.font).pixelSize());
    if (target != m_fontRatio)
        scaleFonts(m_fontRatio = target);
    shrinkWhileTooLarge();
}

bool PresentationMode::shrinkWhileTooLarge()
{
    // Long words (a NumPy call, a French button) and the panels a step shows may not fit the
    // screen at the target size; nor may a page that scrolls (the Matrix page's figures and
    // notes), and a projector cannot scroll.
    const QScreen* screen = m_window->screen();
    const auto tooWide = [&] {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        // The layout's own minimum may exceed the hint (docks beside the views).
        const int needed = std::max(m_window->minimumSizeHint().width(),
                                    m_window->layout()->totalMinimumSize().width());
        return screen && needed > screen->geometry().width();
    };
    const auto onScreen = [&] {
        fillScreen();
        return screen && m_window->geometry() == screen->geometry();
    };
    const double before = m_fontRatio;
    // The usual size is the floor for text; a page of figures (the Matrix page on a 768-line
    // screen) may go a little below it rather than hide its last rows and its verdict.
    while ((m_fontRatio * 0.93 >= 1 && (tooWide() || (onScreen() && !showsWhole()))) ||
           (m_fontRatio * 0.93 >= kSmallestFigureRatio && !tooWide() && onScreen() &&
            centralScrolls()))
        scaleFonts(m_fontRatio *= 0.93);
    fillScreen();
    return m_fontRatio != before;
}

bool PresentationMode::showsWhole() const
{
    QList<const QWidget*> parts;
    if (const QWidget* central = m_window->centralWidget())
        for (const QLabel* label : central->findChildren<QLabel*>())
            parts << label;
    if (m_lessons && m_parts.lessonDock->isVisible()) {
        for (const QLabel* label : m_lessons->findChildren<QLabel*>())
            parts << label;
        const QTextBrowser* text = m_lessons->textView();
        if (text->isVisible() && text->verticalScrollBar()->maximum() > 0)
            return false;
    }
    if (m_parameters && m_parts.parametersDock->isVisible())
        parts << m_parameters->formulaLabel();
    for (const QWidget* part : std::as_const(parts))
        if (part->isVisible() && !whole(part))
            return false;
    return true;
}

bool PresentationMode::centralScrolls() const
{
    const QWidget* central = m_window->centralWidget();
    if (!central)
        return false;
    for (const QScrollArea* area : central->findChildren<QScrollArea*>())
        if (area->isVisibleTo(m_window) && (area->verticalScrollBar()->maximum() > 0 ||
                                            area->horizontalScrollBar()->maximum() > 0))
            return true;
    return false;
}

void PresentationMode::fillScreen()
{
    // A window once pushed wider than the screen by its minimum size stays so when that
    // minimum shrinks again (without a window manager nothing holds it to the screen).
    const QScreen* screen = m_window->screen();
    if (m_active && screen && m_window->geometry() != screen->geometry()) {
        m_window->setGeometry(screen->geometry());
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    }
}

void PresentationMode::shrinkToFit()
{
    m_shrinkPending = false;
    if (m_active && shrinkWhileTooLarge())
        arrangePanels();
}

void PresentationMode::arrange()
{
    if (!m_active)
        return;
    arrangePanels();
    // Each step shows other panels: the text as large as they leave room for.
    const double before = m_fontRatio;
    fitFonts();
    if (m_fontRatio != before)
        arrangePanels();
}

void PresentationMode::arrangePanels()
{
    if (!m_active)
        return;
    const PresentationViews show = views();
    QDockWidget* patch = m_parts.patchDock;
    QDockWidget* parameters = m_parts.parametersDock;
    QDockWidget* lesson = m_parts.lessonDock;
    patch->setVisible(show.patch);
    parameters->setVisible(show.parameters);
    lesson->setVisible(show.lessonText);
    for (QDockWidget* dock : std::as_const(m_parts.otherDocks))
        dock->hide();
    m_parts.workbench->inputPane()->setVisible(show.input);
    m_parts.workbench->responseView()->setVisible(show.response);
    for (QWidget* bar : controlBars())
        bar->hide();
    if (QWidget* central = m_window->centralWidget())
        central->setVisible(show.input || show.response || show.stepThrough);
    m_parts.workbench->splitter()->setSizes({1000, 1000});

    // One column on the left: the text, then the patch and the parameters under it; the
    // views take the rest of the screen's width.
    QList<QDockWidget*> column;
    for (QDockWidget* dock : {lesson, patch, parameters})
        if (dock && dock->isVisibleTo(m_window)) {
            m_window->addDockWidget(Qt::LeftDockWidgetArea, dock, Qt::Vertical);
            column << dock;
        }
    if (column.isEmpty())
        return;
    m_window->resizeDocks({column.first()}, {m_window->width() * 26 / 100}, Qt::Horizontal);
    if (column.size() > 1 && column.first() == lesson) {
        // The text keeps the larger part; the others share the rest, the parameters (whose
        // formula wraps over several lines in a narrow column) the larger share of it.
        const int rest = m_window->height() * 45 / 100;
        QList<int> heights(column.size(), rest / (column.size() - 1));
        if (column.size() == 3 && column.last() == parameters)
            heights = {0, rest * 2 / 5, rest * 3 / 5};
        heights.first() = m_window->height() * 55 / 100;
        m_window->resizeDocks(column, heights, Qt::Vertical);
    }
}

bool PresentationMode::eventFilter(QObject* watched, QEvent* event)
{
    // A step's content may widen the window after it is shown (a response's text, a French
    // label): the text shrinks then, once the layouts have settled.
    // So does a page's scrolled content (another preset on the Matrix page).
    const auto* widget = qobject_cast<const QWidget*>(watched);
    const bool scrolledContent =
        widget && widget->parentWidget() &&
        qobject_cast<QScrollArea*>(widget->parentWidget()->parentWidget()) &&
        m_window->centralWidget() && m_window->centralWidget()->isAncestorOf(widget);
    if (event->type() == QEvent::LayoutRequest && (watched == m_window || scrolledContent) &&
        !m_shrinkPending) {
        m_shrinkPending = true;
        QTimer::singleShot(0, this, &PresentationMode::shrinkToFit);
        return false;
    }
    // A page that scrolls comes into view (the presenter clicks the Matrix tab): the text as
    // large as it leaves room for, which its own size hints do not tell the window.
    if (event->type() == QEvent::Show && qobject_cast<QScrollArea*>(watched) &&
        m_window->centralWidget() &&
        m_window->centralWidget()->isAncestorOf(static_cast<QWidget*>(watched)) &&
        !m_refitPending) {
        m_refitPending = true;
        QTimer::singleShot(0, this, [this] {
            m_refitPending = false;
            arrange();
        });
        return false;
    }
    if (event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride)
        return false;
    if (!widget || widget->window() != m_window || QApplication::activePopupWidget() ||
        QApplication::activeModalWidget())
        return false;
    const Command command = commandFor(*static_cast<const QKeyEvent*>(event), widget);
    if (command == Command::None)
        return false;
    // Claimed before any shortcut (F5 would toggle twice), carried out on the key press.
    event->accept();
    if (event->type() == QEvent::KeyPress)
        run(command);
    return true;
}

PresentationMode::Command PresentationMode::commandFor(const QKeyEvent& key,
                                                       const QWidget* focus) const
{
    if (key.modifiers() & ~Qt::KeyboardModifiers(Qt::KeypadModifier))
        return Command::None;
    const bool lesson = m_lessons && m_lessons->hasLesson();
    const bool editing = editsText(focus);
    switch (key.key()) {
    case Qt::Key_Escape:
    case Qt::Key_F5:
        return Command::Leave;
    case Qt::Key_PageDown:
        return lesson ? Command::Next : Command::None;
    case Qt::Key_PageUp:
        return lesson ? Command::Previous : Command::None;
    case Qt::Key_Space:
    case Qt::Key_Right:
        return lesson && !editing ? Command::Next : Command::None;
    case Qt::Key_Left:
        return lesson && !editing ? Command::Previous : Command::None;
    case Qt::Key_Home:
        return lesson && !editing ? Command::First : Command::None;
    case Qt::Key_End:
        return lesson && !editing ? Command::Last : Command::None;
    default:
        return Command::None;
    }
}

void PresentationMode::run(Command command)
{
    switch (command) {
    case Command::Next:
        m_lessons->next();
        break;
    case Command::Previous:
        m_lessons->previous();
        break;
    case Command::First:
        m_lessons->goToStep(0);
        break;
    case Command::Last:
        m_lessons->goToStep(m_lessons->stepCount() - 1);
        break;
    case Command::Leave:
        leave();
        break;
    case Command::None:
        break;
    }
}

} // namespace convlab
