// SPDX-License-Identifier: MIT
#pragma once

#include "samples/SampleGallery.h"
#include "stepper/StepThroughPanel.h"
#include "views/ToolSettings.h"

#include <QList>
#include <QObject>

class QAction;
class QActionGroup;
class QUndoStack;

namespace convlab {

// Every action of the window, made once with its object name, shortcut and icon; their texts
// are written by retranslate(), again when the language changes. The window connects them; the
// menus and toolbars (WindowMenus) show them.
class WindowActions final : public QObject {
    Q_OBJECT
  public:
    enum class Export { Figure, Input, Patch, Response };

    WindowActions(QUndoStack* undoStack, QWidget* window);

    void retranslate();
    // The tool's action checked, the others not.
    void checkTool(Tool tool);

    QAction* newImage;
    QAction* open;
    QAction* save;
    QAction* saveAs;
    QAction* quit;
    QAction* undo;
    QAction* redo;
    QAction* copyCode;
    QAction* paste;
    QAction* useAsPatch;
    QAction* clear;
    QAction* invert;
    QAction* loadPatch;
    QAction* savePatch;
    QAction* zoomIn;
    QAction* zoomOut;
    QAction* zoomFit;
    QAction* zoomActual;
    QAction* overlay;
    QAction* sideBySide;
    QAction* about;
    QAction* copyFigure;
    QAction* exportAnimation;
    QAction* exportNotebook;
    QAction* brushSmaller;
    QAction* brushLarger;
    QAction* stepThrough;
    QAction* leaveStepThrough;
    QAction* learnedFilters;
    QAction* presentation;
    QList<QAction*> exports;          // data: Export
    QList<QAction*> samples;          // data: SampleGallery::Id
    QList<QAction*> tools;            // data: Tool
    QList<QAction*> colormaps;        // data: Colormap
    QList<QAction*> stepThroughPages; // data: StepThroughPanel::Tab
    QList<QAction*> languages;        // data: the language's code
    QList<QAction*> themes;           // data: the theme's choice

  private:
    void retranslateUndo();
    QAction* make(const QString& name, const QKeySequence& shortcut = {});
    static void setText(QAction* action, const QString& text, const QString& tip = {});

    QUndoStack* m_undoStack;
    QActionGroup* m_toolGroup;
    QActionGroup* m_colormapGroup;
    QActionGroup* m_languageGroup;
    QActionGroup* m_themeGroup;
};

} // namespace convlab
