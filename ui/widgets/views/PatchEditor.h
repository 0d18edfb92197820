// SPDX-License-Identifier: MIT
#pragma once

#include <QRect>
#include <QWidget>
#include <opencv2/core.hpp>

class QComboBox;
class QSpinBox;
class QStackedWidget;

namespace convlab {

class Retranslation;

class ImageCanvas;
class KernelGrid;
class ToolSettings;

// The patch (kernel): numbers in a grid up to 9×9, a drawing canvas beyond; its size (1×1 to
// 64×64, not necessarily square), presets, normalise and flip. It never changes the patch it
// shows: edits are offered through the signals, the owner hands the result back.
class PatchEditor final : public QWidget {
    Q_OBJECT
  public:
    static constexpr int kGridLimit = 9; // largest side edited as numbers

    explicit PatchEditor(ToolSettings* tools, QWidget* parent = nullptr);

    void setPatch(const cv::Mat& patch);
    const cv::Mat& patch() const { return m_patch; }
    bool showsGrid() const;
    KernelGrid* grid() const { return m_grid; }
    ImageCanvas* canvas() const { return m_canvas; }
    // The size, preset and transform controls (presentation mode hides them).
    QWidget* controls() const { return m_controls; }

    // Pure helpers behind the buttons (tested on their own).
    static cv::Mat resized(const cv::Mat& patch, int rows, int cols); // centred, zeros around

  signals:
    // A stroke or a typed value: calls with the same stroke id merge into one undo step.
    void patchEdited(const cv::Mat& patch, const QRect& dirty, int strokeId);
    // A whole new patch (resize, preset, normalise, flip), with the undo step's name.
    void patchReplaced(const cv::Mat& patch, const QString& actionText);
    void loadRequested();
    void saveRequested();
    void cellHovered(int row, int col);
    void failed(const QString& message);

  private:
    QWidget* buildBar();
    void applyPreset(int index);
    void resizeTo(int rows, int cols);
    void replaceWith(cv::Mat (*transform)(const cv::Mat&), const QString& actionText);

    Retranslation* m_texts;
    cv::Mat m_patch;
    QWidget* m_controls = nullptr;
    QSpinBox* m_rows = nullptr;
    QSpinBox* m_cols = nullptr;
    QComboBox* m_presets = nullptr;
    QStackedWidget* m_stack = nullptr;
    KernelGrid* m_grid = nullptr;
    ImageCanvas* m_canvas = nullptr;
};

} // namespace convlab
