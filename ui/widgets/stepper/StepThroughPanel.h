// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QAction;
class QTabWidget;

namespace convlab {

struct Concealment;
class CheckerboardView;
class Document;
class MatrixView;
class StepperPage;
class TransposedConvView;

// Step through stride and padding, animate transposed convolution, and see its matrices: three
// tabs in one widget, ready to be docked or shown as a page of the main window.
//
// - "Stepper" (StepperPage): conv, template matching and pooling, one output cell per step,
//   with the guide's presets. Keys: Space play/pause, ← → step, Home End first/last.
// - "Transposed" (TransposedConvView): zero insertion in stages (a)–(e) or the scatter form,
//   the guide's transposed counterparts, the conv input sizes output padding chooses between.
// - "Matrix" (MatrixView): y = Wx, Wᵀ, the rearrangement into a convolution, W·Wᵀ.
// - "Checkerboard" (CheckerboardView): the overlap of a transposed convolution's stamps.
//
// Constructed alone it steps through its own small examples. bindToDocument() makes the Stepper
// tab follow a document (its image, patch and parameters; a crop around the best match when the
// image is larger than 64×64); the other tabs keep their own small examples, which is what
// their figures need. The panel never owns the lesson; it unbinds itself if the document is
// destroyed.
class StepThroughPanel final : public QWidget {
    Q_OBJECT
  public:
    enum class Tab { Stepper, Transposed, Matrix, Checkerboard };

    explicit StepThroughPanel(QWidget* parent = nullptr);

    // Follows `document` (nullptr: back to the examples).
    void bindToDocument(Document* document);

    // A button for `action` beside the tabs (the main window's way back to its views).
    void setBackAction(QAction* action);

    void showTab(Tab tab);
    Tab currentTab() const;

    // What a lesson's unanswered exercise holds back, on every page: the stepper's and the
    // transposed page's output size (formula, grid, number of steps), the matrix page's y
    // entry at the asked cell.
    void setConcealment(const Concealment& hidden);

    StepperPage* stepper() const { return m_stepper; }
    TransposedConvView* transposed() const { return m_transposed; }
    MatrixView* matrix() const { return m_matrix; }
    CheckerboardView* checkerboard() const { return m_checkerboard; }

  private:
    QTabWidget* m_tabs;
    StepperPage* m_stepper;
    TransposedConvView* m_transposed;
    MatrixView* m_matrix;
    CheckerboardView* m_checkerboard;
};

} // namespace convlab
