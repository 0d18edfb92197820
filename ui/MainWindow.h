// SPDX-License-Identifier: MIT
#pragma once

#include "views/ResponseView.h"

#include <QMainWindow>
#include <QStringList>
#include <memory>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;

namespace convlab {

class Autosave;
class CodePanel;
class ImageCanvas;
class Lesson;
class NoticeBar;
class ParametersPanel;
class PatchEditor;
class ResponseComputer;
class StatusText;
class ToolSettings;
class LessonPanel;
class StepThroughPanel;
class PresentationMode;
struct ResponseResult;

// The ConvLab window: the input, the patch and the response, linked; the parameters and the
// generated code beside them. It owns the document (Lesson), the background computation and
// the autosave, and turns every user action into an edit of the document.
class MainWindow final : public QMainWindow {
    Q_OBJECT
  public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    Lesson* lesson() const { return m_lesson; }
    ResponseComputer* computer() const { return m_computer; }
    ImageCanvas* inputCanvas() const { return m_input; }
    PatchEditor* patchEditor() const { return m_patch; }
    ResponseView* responseView() const { return m_response; }
    ParametersPanel* parametersPanel() const { return m_parameters; }
    CodePanel* codePanel() const { return m_code; }
    LessonPanel* lessonPanel() const { return m_lessonPanel; }
    ToolSettings* toolSettings() const { return m_tools; }
    StepThroughPanel* stepThroughPanel() const { return m_stepThrough; }
    PresentationMode* presentation() const { return m_presentation; }
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
    // and the matrix view in place of the image, patch and response, fed from the lesson. The
    // side panels and drawing tools step aside while it is shown and come back with the views.
    void setSteppingThrough(bool on);
    bool isSteppingThrough() const;
    // Applies "light", "dark" or "system" now (View ▸ Theme), and remembers the choice.
    void setTheme(const QString& choice);

  protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

  private:
    void buildViews();
    QWidget* wrapInModes(QWidget* views);
    void buildDocks();
    void buildActions();
    void buildMenus();
    void buildToolBars();
    void connectDocument();
    void connectViews();
    void buildLanguageMenu(QMenu* view);
    void buildThemeMenu(QMenu* view);
    void rebuildInterface();
    void restoreSettings();
    void saveSettings() const;
    void offerRecovery();

    void onResult(const std::shared_ptr<const ResponseResult>& result);
    void onImageChanged(const QRect& dirty);
    void onPatchChanged();
    void onParametersChanged();
    void onViewSettingsChanged();
    void onInputHovered(int row, int col);
    void onResponseHovered(int row, int col, ResponseView::MapKind kind);
    void onPatchHovered(int row, int col);
    void updateTitle();
    void showResultOnInput();
    void applyConcealment(); // the lesson panel's: what the views hold back
    QString computeTimeText(double milliseconds) const;
    void updateUseAsPatch();

    void newImageDialog();
    void openDialog();
    // A .convlab file becomes the document (saved back to `documentPath`, untitled when empty)
    // and its steps the lesson panel's; a bad file is refused with its reason, work unchanged.
    bool loadLessonFile(const QString& path, const QString& documentPath);
    bool save();
    bool saveAsDialog();
    void openSample(int sampleId);
    void loadPatchDialog();
    void savePatchDialog();
    void saveArraysDialog();
    void exportDialog(int what);
    void copyFigure();
    void pasteImage();
    void copyAsCode();
    void clearImage();
    void invertImage();
    void rebuildRecentMenu();
    void addRecentFile(const QString& path);
    void showError(const QString& title, const QString& message);
    void showAbout();
    void setColormap(int colormap);
    void editViewSettings(const std::function<void(ViewSettings&)>& change);

    Lesson* m_lesson = nullptr;
    ResponseComputer* m_computer = nullptr;
    Autosave* m_autosave = nullptr;
    ToolSettings* m_tools = nullptr;

    ImageCanvas* m_input = nullptr;
    QLabel* m_inputTitle = nullptr;
    PatchEditor* m_patch = nullptr;
    ResponseView* m_response = nullptr;
    ParametersPanel* m_parameters = nullptr;
    CodePanel* m_code = nullptr;
    NoticeBar* m_notice = nullptr;
    QSplitter* m_splitter = nullptr;
    QStackedWidget* m_modes = nullptr;
    StepThroughPanel* m_stepThrough = nullptr;
    QStringList m_docksAsideForStepping; // object names: they survive a language switch
    QDockWidget* m_patchDock = nullptr;
    QDockWidget* m_parametersDock = nullptr;
    QDockWidget* m_codeDock = nullptr;
    QDockWidget* m_lessonDock = nullptr;
    LessonPanel* m_lessonPanel = nullptr;
    PresentationMode* m_presentation = nullptr;
    // A language switch while presenting builds widgets around the large font: they are
    // built again once the normal font is back.
    bool m_rebuildAfterPresentation = false;
    StatusText* m_cursorStatus = nullptr;
    StatusText* m_computeStatus = nullptr;
    QMenu* m_recentMenu = nullptr;
    QActionGroup* m_toolGroup = nullptr;
    QActionGroup* m_colormapGroup = nullptr;

    struct Actions;
    std::unique_ptr<Actions> m_actions;
    bool m_closeConfirmed = false;
    QPoint m_hoverInput{-1, -1};
};

} // namespace convlab
