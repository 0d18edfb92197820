// SPDX-License-Identifier: MIT
#pragma once

#include "stepper/MatrixFigures.h"

#include <QWidget>
#include <optional>
#include <random>

class QLabel;
class QPushButton;
class QSpinBox;
class QToolButton;

class QScrollArea;

namespace convlab {

class Retranslation;

class MatrixWidget;

// The "Matrix" tab: the lecture's 1D justification made exact, for a signal or a tiny image
// (flattened row-major). It draws y = Wx with W built from the kernel, stride, padding and
// dilation, symbolically (w₁, w₂, …) or with numbers; x̂ = Wᵀy; the rearrangement of Wᵀy into
// the convolution x̂ = C z of the zero-inserted, bordered y with the flipped kernel; W·Wᵀ and
// the reconstruction error with a verdict on orthonormality. Hovering a row of W lights its
// window in x, hovering a column of Wᵀ the outputs it feeds; the flattened and image views of
// x and y light up together. Stride, padding, dilation and kernel size are shared by the 1D
// and 2D views, so switching keeps them in step.
class MatrixView final : public QWidget {
    Q_OBJECT
  public:
    enum class Dimension { Signal, Image };
    enum class Preset {
        Lecture,     // x of 7, w of 3, stride 2 (the lecture's slide)
        Orthonormal, // kernel [−1, 0, 0, 1]/√2, stride 4: W·Wᵀ = I
        TinyImage,   // a 3×3 image, a 2×2 kernel, stride 1
        Backward,    // the lecture's x and w, padding 1, a target t: ∂L/∂x = Wᵀδ
    };

    explicit MatrixView(QWidget* parent = nullptr);

    void loadPreset(Preset preset);
    // Any data: x 1×n for a signal (kernel 1×k), or a small image.
    void load(const cv::Mat& x, const cv::Mat& kernel, int stride, int padding, int dilation);
    void setSymbolic(bool symbolic);
    void setDimension(Dimension dimension);
    // The backward pass of L = ½ Σ (y − t)² through the same W (a signal only): δ = y − t and
    // ∂L/∂x = Wᵀδ, in place of the rearrangement and the inverse. The Backward preset turns it
    // on with its target, the other presets off; t follows y's length when the case changes.
    void setBackwardShown(bool shown);
    // While a lesson's exercise asks for the response's value at `cell`: y's entry there (and
    // its copies in z) reads "?" (std::nullopt: every value shown).
    void setValueHidden(const std::optional<Pair>& cell);

    Dimension dimension() const { return m_dimension; }
    bool isSymbolic() const { return m_symbolic; }
    bool isValid() const { return m_valid; }
    bool isBackwardShown() const { return m_backward && m_dimension == Dimension::Signal; }
    const MatrixFigures& figures() const { return m_figures; }

    MatrixWidget* matrixW() const { return m_W; }
    MatrixWidget* matrixWt() const { return m_Wt; }
    MatrixWidget* matrixC() const { return m_C; }
    MatrixWidget* vectorX() const { return m_x; }
    MatrixWidget* vectorY() const { return m_y; }
    MatrixWidget* vectorZ() const { return m_z; }
    MatrixWidget* vectorXHat() const { return m_xHat; }
    MatrixWidget* imageX() const { return m_xImage; }
    MatrixWidget* imageY() const { return m_yImage; }
    MatrixWidget* vectorDelta() const { return m_delta; }
    MatrixWidget* vectorTarget() const { return m_target; }
    MatrixWidget* vectorGradient() const { return m_gradient; }
    MatrixWidget* matrixWtBackward() const { return m_WtBackward; }
    QString verdictText() const;
    QString backwardText() const;
    QString rearrangementText() const;
    QString errorText() const;
    // The size that shows every figure without scrolling (for a slide of the whole view).
    QSize unscrolledSizeHint() const;
    // The figures' scale (MatrixWidget::setScale): 1 where there is room; on a page short of
    // width (a 1366-pixel projector beside the lesson's text), as much smaller as it takes for
    // every matrix to fit without scrolling sideways, down to kSmallestFigureScale.
    double figureScale() const { return m_figureScale; }
    static constexpr double kSmallestFigureScale = 0.7;

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    QWidget* buildControls();
    QWidget* buildContent();
    void onControlEdited();
    void onSizeEdited();
    void newValues();
    void recompute();
    void refreshCells();
    void refreshTexts();
    void hoverW(int row);
    void hoverWt(int col);
    void hoverX(int index);
    void hoverWtBackward(int col);
    void showPanels();
    void refreshBackward();
    void fitToWidth();
    void clearHovers();
    cv::Mat& currentX();
    cv::Mat& currentKernel();

    QToolButton* m_signalButton = nullptr;
    QToolButton* m_imageButton = nullptr;
    QPushButton* m_symbolsButton = nullptr;
    QSpinBox* m_inputSize = nullptr;
    QSpinBox* m_kernelSize = nullptr;
    QSpinBox* m_stride = nullptr;
    QSpinBox* m_padding = nullptr;
    QSpinBox* m_dilation = nullptr;

    MatrixWidget* m_y = nullptr;
    Retranslation* m_texts;
    QScrollArea* m_scroll = nullptr;
    MatrixWidget* m_W = nullptr;
    MatrixWidget* m_x = nullptr;
    MatrixWidget* m_xImage = nullptr;
    MatrixWidget* m_yImage = nullptr;
    MatrixWidget* m_xHat = nullptr;
    MatrixWidget* m_Wt = nullptr;
    MatrixWidget* m_yAgain = nullptr;
    MatrixWidget* m_xHatAgain = nullptr;
    MatrixWidget* m_C = nullptr;
    MatrixWidget* m_z = nullptr;
    MatrixWidget* m_zImage = nullptr;
    MatrixWidget* m_WWt = nullptr;
    MatrixWidget* m_xCompared = nullptr;
    MatrixWidget* m_xHatCompared = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_rearrangement = nullptr;
    QLabel* m_lectureNote = nullptr;
    QLabel* m_verdict = nullptr;
    QWidget* m_content = nullptr;
    QWidget* m_rearrangedPanel = nullptr;
    QWidget* m_inversePanel = nullptr;
    QWidget* m_backwardPanel = nullptr;
    MatrixWidget* m_delta = nullptr;
    MatrixWidget* m_yBackward = nullptr;
    MatrixWidget* m_target = nullptr;
    MatrixWidget* m_gradient = nullptr;
    MatrixWidget* m_WtBackward = nullptr;
    MatrixWidget* m_deltaAgain = nullptr;
    QLabel* m_backwardNote = nullptr;

    Dimension m_dimension = Dimension::Signal;
    bool m_symbolic = true;
    bool m_valid = false;
    std::optional<Pair> m_hiddenCell;
    cv::Mat m_signal, m_signalKernel; // 1×n, 1×k
    cv::Mat m_image, m_imageKernel;   // n×n, k×k
    cv::Mat m_signalTarget;           // 1×(y's length): t of the backward pass
    bool m_backward = false;
    double m_figureScale = 1;
    bool m_fitting = false;
    MatrixFigures m_figures;
    std::mt19937 m_rng{2016};
};

} // namespace convlab
