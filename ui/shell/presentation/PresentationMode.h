// SPDX-License-Identifier: MIT
#pragma once

#include "presentation/PresentationLayout.h"
#include "theme/Theme.h"

#include <QByteArray>
#include <QFont>
#include <QList>
#include <QObject>
#include <QPointer>

class QDockWidget;
class QKeyEvent;
class QMainWindow;
class QToolBar;
class QWidget;

namespace convlab {

class LessonPanel;
class ParametersPanel;
class Workbench;

// The parts of the window that presentation mode shows, hides and resizes. They live as long
// as the window (nothing is rebuilt).
struct PresentedWindow {
    QMainWindow* window = nullptr;
    Workbench* workbench = nullptr; // input pane, response view, their controls, the split
    QDockWidget* lessonDock = nullptr;
    QDockWidget* patchDock = nullptr;
    QDockWidget* parametersDock = nullptr;
    QList<QDockWidget*> otherDocks; // hidden while presenting
    QList<QToolBar*> toolBars;      // hidden while presenting
    bool hasStepThrough = false;    // the window can show a step's step-through page
};

// Presentation mode for a classroom projector: the window full screen, its text large and
// its lines thick (the views draw strokes in proportion to their font), the theme in high
// contrast, only the views the current lesson step needs (PresentationLayout), and the keys a
// presenter remote sends: Space, →, PageDown for the next step, ←, PageUp for the previous,
// Home and End for the first and last, Esc (or F5 again) to leave. Leaving restores the
// window exactly: geometry, full-screen or maximised state, docks, toolbars, menu and status
// bars, the views' split, the font and the theme's contrast.
class PresentationMode final : public QObject {
    Q_OBJECT
  public:
    PresentationMode(const PresentedWindow& parts, LessonPanel* lessons);
    ~PresentationMode() override;

    bool isActive() const { return m_active; }
    // What the current step shows (meaningful while active).
    PresentationViews views() const;
    // The font size presenting aims at, from the screen's height; the window takes a few
    // steps less when it would not fit the screen at that size.
    int presentationPixelSize() const;

  public slots:
    void setActive(bool active);
    void enter();
    void leave();
    // Shows the views the current step needs and hides the rest, the text as large as they
    // leave room for; nothing when inactive.
    void arrange();

  signals:
    void activeChanged(bool active);

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    enum class Command { None, Next, Previous, First, Last, Leave };
    Command commandFor(const QKeyEvent& key, const QWidget* focus) const;
    void run(Command command);
    void recordOwnFonts();
    // The window's text and every own-sized font `ratio` times their normal size.
    void scaleFonts(double ratio);
    // The panels the step needs, in their proportions.
    void arrangePanels();
    // The presentation size, a few steps smaller while the window would be wider than the
    // screen at that size or a page would scroll; never smaller than the usual text.
    void fitFonts();
    // A few steps smaller while the window is wider than the screen or a step-through page
    // would scroll, never smaller than the usual text; whether the size changed.
    bool shrinkWhileTooLarge();
    // Whether a scroll area of the central widget (the Matrix page) hides part of its content.
    bool centralScrolls() const;
    // Whether the step's text, the views' and pages' labels and the parameters' formula are
    // whole on screen (not cut by a dock, a layout that ran out of room, or a scroll).
    bool showsWhole() const;
    // The window's geometry back to the screen's, should a minimum size have pushed it wider.
    void fillScreen();
    // After the window's layout changed (content arriving after its step): shrinks if needed.
    void shrinkToFit();
    // After leaving: the window's geometry, docks, toolbars and split as they were before.
    void restoreNormalLayout();
    QList<QWidget*> controlBars() const;

    // A widget whose own font has its own size (a title 1.2× the text): it does not follow the
    // window's font, so it is enlarged by the same ratio and given its font back on leaving.
    struct OwnFont {
        QPointer<QWidget> widget;
        QFont font;
    };
    struct Saved {
        QByteArray geometry;
        QByteArray state;
        QByteArray splitter;
        Qt::WindowStates windowState;
        QFont font;
        bool ownFont = false;
        bool menuBar = true;
        bool statusBar = true;
        Theme::Contrast contrast = Theme::Contrast::Normal;
        QList<OwnFont> ownFonts;
    };

    PresentedWindow m_parts;
    QMainWindow* m_window;
    QPointer<LessonPanel> m_lessons;
    const ParametersPanel* m_parameters = nullptr; // in the parameters dock: its formula in view
    bool m_active = false;
    double m_fontRatio = 1; // the fonts' size now, over their normal size
    bool m_shrinkPending = false;
    bool m_refitPending = false;
    Saved m_saved;
};

} // namespace convlab
