// SPDX-License-Identifier: MIT
#pragma once

#include "lessons/StepLoader.h"
#include "session/Session.h"
#include "workbench/Workbench.h"

#include <QList>
#include <QMainWindow>
#include <functional>

class QDockWidget;
class QMimeData;

namespace convlab {

class CodePanel;
class Document;
class ImageCanvas;
class LearnedFiltersMode;
class LessonPanel;
class NoticeBar;
class ParametersPanel;
class PatchEditor;
class PresentationMode;
class ResponseComputer;
class ResponseView;
class Session;
class StatusText;
class StepThroughPanel;
class ToolSettings;
class ViewModes;
class WindowActions;
class WindowMenus;
class Workbench;
struct Outcome;
struct ViewSettings;

// The ConvLab window. It assembles: a session (the document, its undo stack, the background
// computation, autosave, recent files), a workbench showing it (input, patch, response), the
// parameters, code and lesson panels in docks, the step-through panel in place of the views on
// demand, and presentation mode; its actions and menus are made once (WindowActions,
// WindowMenus) and every widget retranslates itself when the language changes. User actions
// become session operations; their failures are shown here.
class MainWindow final : public QMainWindow, public StepStage {
    Q_OBJECT
  public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    Session* session() const { return m_session; }
    Document* document() const { return m_session->document(); }
    ResponseComputer* computer() const { return m_session->computer(); }
    Workbench* workbench() const { return m_workbench; }
    ImageCanvas* inputCanvas() const { return m_workbench->inputCanvas(); }
    PatchEditor* patchEditor() const { return m_workbench->patchEditor(); }
    ResponseView* responseView() const { return m_workbench->responseView(); }
    ParametersPanel* parametersPanel() const { return m_parameters; }
    CodePanel* codePanel() const { return m_code; }
    LessonPanel* lessonPanel() const { return m_lessonPanel; }
    ToolSettings* toolSettings() const { return m_tools; }
    StepThroughPanel* stepThroughPanel() const override { return m_stepThrough; }
    PresentationMode* presentation() const { return m_presentation; }
    WindowActions* actions() const { return m_actions; }
    LearnedFiltersMode* learnedFilters() const { return m_learn; }
    QString statusText() const;

    // A .convlab lesson replaces the document; an image, .npy or .txt becomes the input (an
    // undoable step). A bad file leaves everything as it was and says why; false then.
    bool openFile(const QString& path);
    // A guided lesson (Lessons menu): the document becomes its step 1, untitled, and the lesson
    // panel shows it. A bad file leaves everything as it was and says why; false then.
    bool openLesson(const QString& path);
    bool saveTo(const QString& path);
    // The input's rubber band becomes the patch; false (with a status message) if none.
    bool useSelectionAsPatch();
    // A blank image of rows × cols, zeros (an undoable step).
    void newImage(int rows, int cols);
    // Switches the interface to "fr" or "en" now (View ▸ Language), and remembers the choice.
    void setLanguage(const QString& code);
    // The step-through mode (View ▸ Step Through, F6): the stepper, the transposed convolution
    // and the matrix view in place of the image, patch and response, fed from the document.
    // The side panels and drawing tools step aside while it is shown and come back after.
    void setSteppingThrough(bool on) override;
    bool isSteppingThrough() const;
    // Applies "light", "dark" or "system" now (View ▸ Theme), and remembers the choice.
    void setTheme(const QString& choice);
    // The dock of "patch", "parameters", "code" or "lesson"; nullptr for another name.
    QDockWidget* panelDock(const QString& name) const override;
    // View ▸ Learned Filters on the tab and in the state a lesson step names (nullptr: set
    // aside, the views back).
    void showLearned(const LearnedChoice* choice) override;

  protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

  private:
    QWidget* buildCentralWidget();
    void buildDocks();
    void connectActions();
    void connectPanels();
    void retranslateUi();
    void offerRecovery();

    // Shows a failure (a message box, or the status bar for a remark) or a success's status
    // line; whether it succeeded.
    bool report(const Outcome& outcome);
    void showError(const QString& title, const QString& message);
    void showStatus(const QString& message, int milliseconds = 4000);
    // After unsaved work has been saved or discarded (asked once), `replace` runs.
    void settleThen(const std::function<void()>& replace);
    void takeImage(const QMimeData* mime, const QString& actionText);
    // The opened document's guided lesson, if it has one, in the lesson panel.
    void showDocumentLesson();
    bool save();
    bool saveAs();
    void openDialog();
    void newImageDialog();
    void loadPatchDialog();
    void savePatchDialog();
    void saveArraysDialog();
    void onPatchChanged();
    void onParametersChanged();
    void onViewSettingsChanged();
    void updateTitle();
    void showAbout();
    void setColormap(int colormap);
    void editViewSettings(const std::function<void(ViewSettings&)>& change);

    Session* m_session;
    ToolSettings* m_tools;
    Workbench* m_workbench = nullptr;
    NoticeBar* m_notice = nullptr;
    ViewModes* m_modes = nullptr;
    StepThroughPanel* m_stepThrough = nullptr;
    ParametersPanel* m_parameters = nullptr;
    CodePanel* m_code = nullptr;
    LessonPanel* m_lessonPanel = nullptr;
    QDockWidget* m_patchDock = nullptr;
    QDockWidget* m_parametersDock = nullptr;
    QDockWidget* m_codeDock = nullptr;
    QDockWidget* m_lessonDock = nullptr;
    StatusText* m_cursorStatus = nullptr;
    StatusText* m_computeStatus = nullptr;
    WindowActions* m_actions = nullptr;
    WindowMenus* m_menus = nullptr;
    PresentationMode* m_presentation = nullptr;
    LearnedFiltersMode* m_learn = nullptr;
    bool m_closeConfirmed = false;
};

} // namespace convlab
