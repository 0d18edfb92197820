// SPDX-License-Identifier: MIT
#pragma once

#include "stepper/ArithmeticPresets.h"
#include "stepper/TransposedCanvas.h"

#include <QWidget>
#include <random>

class QButtonGroup;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QSpinBox;
class QToolButton;
class QVariantAnimation;

namespace convlab {

class Retranslation;

class ArithmeticPanel;
class PresetBar;
class SetupCaption;
class StepperControls;
class StepperModel;

// The "Transposed" tab: a small input, kernel, stride, padding, output padding and dilation;
// the zero-insertion form built in stages (a)–(e), or the scatter form stamped cell by cell,
// both ending on the same numbers (the view says by how much they differ: 0 up to float32
// round-off); and the conv input sizes that give this input size, one per output padding a.
// Keys: → and ← walk through the stages and the steps of (d), Space plays, Home and End jump.
class TransposedConvView final : public QWidget {
    Q_OBJECT
  public:
    using Stage = TransposedCanvas::Stage;
    enum class Form { ZeroInsertion, Scatter };

    explicit TransposedConvView(QWidget* parent = nullptr);

    // Loads the transposed counterpart of a case of the guide.
    void loadPreset(GuideCase id);
    // While a lesson's exercise asks for the output size: the formula's result, the sizes
    // note, the output grid's size and the number of steps are held back.
    void setSizeHidden(bool hidden);
    bool isSizeHidden() const { return m_sizeHidden; }
    // Any input, kernel and parameters (the controls show them where they can).
    void load(const cv::Mat& input, const cv::Mat& kernel, const TransposedParams& params);
    void setForm(Form form);
    void setStage(Stage stage, bool animate = false);
    // (a) to (e) in turn, then the kernel plays through (d).
    void playStages();

    Form form() const { return m_form; }
    Stage stage() const { return m_canvas->stage(); }
    // The size of what each stage shows, from core's zero-insertion result: (a) the input,
    // (b) the zero-inserted grid, (c) the bordered grid, (d) the dilated kernel's window,
    // (e) the output. Rows × cols as QSize(cols, rows).
    QSize stageSize(Stage stage) const;
    QString agreementText() const;
    // Conv input sizes that map to this input size, with the output padding that picks each.
    QString inputSizesText() const;
    QList<QPushButton*> inputSizeButtons() const { return m_sizeButtons; }

    StepperModel* model() const { return m_model; }
    TransposedCanvas* canvas() const { return m_canvas; }
    StepperControls* controls() const { return m_controls; }
    ArithmeticPanel* arithmetic() const { return m_arithmetic; }
    PresetBar* presetBar() const { return m_presets; }
    QString caption() const;

  protected:
    void keyPressEvent(QKeyEvent* event) override;

  private:
    QWidget* buildParameterRow();
    QWidget* buildFormRow();
    TransposedParams paramsFromControls() const;
    void onControlEdited();
    void newValues();
    void rebuild();
    void refreshSizes();
    void refreshAgreement();
    void refreshSizeTexts();
    void refreshStageButtons();
    void onModelStep();
    void onModelPlaying(bool playing);
    void onModelFinished();
    void continueStages();
    bool stageKey(int key);

    Retranslation* m_texts;
    StepperModel* m_model;
    TransposedCanvas* m_canvas = nullptr;
    ArithmeticPanel* m_arithmetic = nullptr;
    StepperControls* m_controls = nullptr;
    PresetBar* m_presets = nullptr;
    SetupCaption* m_captions = nullptr;
    bool m_sizeHidden = false;
    QLabel* m_agreement = nullptr;
    QLabel* m_sizes = nullptr;
    QHBoxLayout* m_sizeRow = nullptr;
    QList<QPushButton*> m_sizeButtons;

    QSpinBox* m_inputSize = nullptr;
    QSpinBox* m_kernelSize = nullptr;
    QSpinBox* m_stride = nullptr;
    QSpinBox* m_padding = nullptr;
    QSpinBox* m_outputPadding = nullptr;
    QSpinBox* m_dilation = nullptr;
    QButtonGroup* m_forms = nullptr;
    QButtonGroup* m_stages = nullptr;
    QWidget* m_stageRow = nullptr;
    QVariantAnimation* m_animation;

    Form m_form = Form::ZeroInsertion;
    cv::Mat m_input;
    cv::Mat m_kernel;
    TransposedParams m_params;
    ZeroInsertion m_zeroInsertion; // core's grids for the stage sizes; empty when impossible
    bool m_playingStages = false;
    bool m_changingStage = false;
    std::mt19937 m_rng{2016};
};

} // namespace convlab
