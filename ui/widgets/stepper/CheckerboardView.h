// SPDX-License-Identifier: MIT
#pragma once

#include "ops/Checkerboard.h"
#include "stepper/StepperSetup.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QSpinBox;

namespace convlab {

class ColorBar;
class OverlapMapView;
class Retranslation;

// The "Checkerboard" tab (Odena, Dumoulin & Olah 2016): for a kernel size, stride and dilation,
// how many input cells reach each output cell of a transposed convolution (2D map and one
// axis's counts as a row of numbers), a constant input through a constant kernel (the same
// pattern), resize then convolution beside it (none), and a sentence computed from the maps
// saying whether the interior is even and why. Square input and kernel, no padding: the whole
// output, borders included. Everything comes from core's checkerboardFigure().
class CheckerboardView final : public QWidget {
    Q_OBJECT
  public:
    struct Settings {
        int input = 5;    // i, rows and columns of the input
        int kernel = 3;   // k
        int stride = 2;   // s
        int dilation = 1; // d
        ResizeMode resize = ResizeMode::Nearest;
        friend bool operator==(const Settings&, const Settings&) = default;
    };
    // The spin boxes' limits: the output, (i−1)s + d(k−1) + 1 cells a side, stays small enough
    // for its numbers to be written in its cells.
    static constexpr int kMaxInput = 8;
    static constexpr int kMaxKernel = 7;
    static constexpr int kMaxStride = 4;
    static constexpr int kMaxDilation = 3;

    explicit CheckerboardView(QWidget* parent = nullptr);

    // Clamped to the limits; the controls show them.
    void setSettings(const Settings& settings);
    Settings settings() const { return m_settings; }
    // The input size, kernel size, stride and dilation of a Transposed page's setup (rows),
    // clamped to the limits; the resize mode stays.
    void followTransposed(const StepperSetup& setup);
    // The page's geometry as core's TransposedParams (no padding).
    TransposedParams params() const;

    const CheckerboardFigure& figure() const { return m_figure; }
    const std::vector<int>& counts1d() const { return m_counts1d; }
    QString countsText() const;   // the 1D row of numbers
    QString evennessText() const; // the sentence under the maps

    OverlapMapView* overlapView() const { return m_overlap; }
    OverlapMapView* transposedView() const { return m_transposed; }
    OverlapMapView* resizedView() const { return m_resized; }

  private:
    QWidget* buildControls();
    QWidget* buildPanel(OverlapMapView*& view, ColorBar*& bar, QLabel*& title);
    void onControlEdited();
    void recompute();
    void refreshTexts();

    Retranslation* m_texts;
    Settings m_settings;
    CheckerboardFigure m_figure;
    std::vector<int> m_counts1d;

    QSpinBox* m_input = nullptr;
    QSpinBox* m_kernel = nullptr;
    QSpinBox* m_stride = nullptr;
    QSpinBox* m_dilation = nullptr;
    QComboBox* m_resize = nullptr;
    QLabel* m_counts = nullptr;
    QLabel* m_evenness = nullptr;
    QLabel* m_resizedNote = nullptr;
    OverlapMapView* m_overlap = nullptr;
    OverlapMapView* m_transposed = nullptr;
    OverlapMapView* m_resized = nullptr;
    ColorBar* m_overlapBar = nullptr;
    ColorBar* m_transposedBar = nullptr;
    ColorBar* m_resizedBar = nullptr;
    QLabel* m_overlapTitle = nullptr;
    QLabel* m_transposedTitle = nullptr;
    QLabel* m_resizedTitle = nullptr;
};

} // namespace convlab
