// SPDX-License-Identifier: MIT
#pragma once

#include "lessons/Concealment.h"
#include "views/ResponseView.h"

#include <QPoint>
#include <QStringList>
#include <QWidget>
#include <memory>

class QLabel;
class QSplitter;

namespace convlab {

class ImageCanvas;
class PatchEditor;
class Session;
class ToolSettings;
struct ResponseResult;

// The input canvas, the patch editor and the response view, linked to a session: the views
// are fed from its document and its results (the peaks, the padding and the overlay on the
// input), their edits go back to the document as undo steps, and hovering one view lights up
// what it touches in the other (a response cell's receptive field, the cells an input pixel
// feeds). The window shows it, and the off-screen scene behind `convlab render` and `animate`
// draws with it, so both draw the same pixels by construction.
//
// The input and the response sit side by side in this widget; the patch editor is made here
// but shown wherever its owner puts it (the window's Patch dock).
class Workbench final : public QWidget {
    Q_OBJECT
  public:
    Workbench(Session* session, ToolSettings* tools, QWidget* parent = nullptr);
    ~Workbench() override;

    Session* session() const { return m_session; }
    ImageCanvas* inputCanvas() const { return m_input; }
    PatchEditor* patchEditor() const { return m_patch; }
    ResponseView* responseView() const { return m_response; }
    QWidget* inputPane() const { return m_inputPane; }
    QSplitter* splitter() const { return m_splitter; }

    // The result on the views (the newest delivered by the session's computation, or one
    // handed to showResult); nullptr before the first.
    std::shared_ptr<const ResponseResult> result() const;
    // Puts a result on the views, as a result of the session's computation is put.
    void showResult(const std::shared_ptr<const ResponseResult>& result);

    // What the mouse points at ("Input (row 3, col 4) = 0.5"), empty when nothing.
    QString cursorText() const { return m_cursorText; }
    // How long the response on screen took, or why there is none.
    QString computeText() const { return m_computeText; }
    // The longest texts computeText() may take, to size a status field once.
    QStringList computeTextSamples() const;
    // What the views hold back while a lesson's exercise asks for it (the peaks, a cell's value).
    void setConcealment(const Concealment& hidden);
    const Concealment& concealment() const { return m_hidden; }

  public slots:
    void zoomIn();
    void zoomOut();
    void zoomToFit();
    void zoomActualPixels();

  signals:
    void cursorTextChanged(const QString& text);
    void computeTextChanged(const QString& text);
    // After a result is on the views.
    void resultShown(const convlab::ResponseResult& result);

  protected:
    void changeEvent(QEvent* event) override;

  private:
    void retranslateUi();
    void onImageChanged(const QRect& dirty);
    void onPatchChanged();
    void onParametersChanged();
    void onViewSettingsChanged();
    void onBusyChanged(bool busy);
    void onInputHovered(int row, int col);
    void onResponseHovered(int row, int col, ResponseView::MapKind kind);
    void onPatchHovered(int row, int col);
    void showResultOnInput();
    void setCursorText(const QString& text);
    void setComputeText(const QString& text);
    QString computeTimeText(double milliseconds) const;

    Session* m_session;
    QSplitter* m_splitter;
    QWidget* m_inputPane;
    QLabel* m_inputTitle;
    ImageCanvas* m_input;
    ResponseView* m_response;
    PatchEditor* m_patch;
    QString m_cursorText;
    QString m_computeText;
    QPoint m_hoverInput{-1, -1};
    Concealment m_hidden;
};

} // namespace convlab
