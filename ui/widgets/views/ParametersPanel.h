// SPDX-License-Identifier: MIT
#pragma once

#include "compute/ResponseResult.h"
#include "document/Parameters.h"
#include "lessons/Concealment.h"

#include <QWidget>
#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace convlab {

class Retranslation;

// The parameters of the computation: operation, stride, padding per side (with valid / same /
// full), padding mode, dilation, pooling. Below them, the output-size formula with the current
// numbers, and, when the combination is impossible, the explanation naming the value.
// Edits are offered through parametersEdited(); the panel shows what setParameters() gives.
class ParametersPanel final : public QWidget {
    Q_OBJECT
  public:
    explicit ParametersPanel(QWidget* parent = nullptr);

    void setParameters(const Parameters& parameters);
    const Parameters& parameters() const { return m_parameters; }
    // Valid / same / full need the kernel size.
    void setPatchSize(int rows, int cols);
    // The formula, the output size and any explanation come from the computed result.
    void setResult(const ResponseResult& result);
    // What a lesson's unanswered exercise holds back (the output size: formulas' results).
    void setConcealment(const Concealment& hidden);
    // The output-size formula, for a layout that must keep it in view.
    const QLabel* formulaLabel() const { return m_formula; }

    QString formulaText() const;
    QString explanationText() const; // empty when the parameters are possible

  signals:
    void parametersEdited(const convlab::Parameters& parameters);

  private:
    std::optional<ResponseResult> m_result; // the last one, to write again
    Concealment m_hidden;
    void buildOperation(QGridLayout* grid, int& row);
    void buildGeometry(QGridLayout* grid, int& row);
    QGroupBox* buildPooling();
    QSpinBox* addSpin(int minimum, int maximum, const QString& name,
                      const std::function<QString()>& tip);
    void readControls();
    void applyPreset(PaddingPreset preset);
    void markProblem(ResponseResult::Problem problem);
    void syncEnabled();

    Retranslation* m_texts;
    Parameters m_parameters;
    int m_patchRows = 1, m_patchCols = 1;
    bool m_updating = false;

    QComboBox* m_operation = nullptr;
    QComboBox* m_method = nullptr;
    QLabel* m_methodLabel = nullptr;
    QSpinBox* m_strideRows = nullptr;
    QSpinBox* m_strideCols = nullptr;
    QSpinBox* m_dilationRows = nullptr;
    QSpinBox* m_dilationCols = nullptr;
    QSpinBox* m_padTop = nullptr;
    QSpinBox* m_padBottom = nullptr;
    QSpinBox* m_padLeft = nullptr;
    QSpinBox* m_padRight = nullptr;
    QComboBox* m_paddingMode = nullptr;
    QGroupBox* m_pooling = nullptr;
    QComboBox* m_poolMode = nullptr;
    QSpinBox* m_poolSizeRows = nullptr;
    QSpinBox* m_poolSizeCols = nullptr;
    QSpinBox* m_poolStrideRows = nullptr;
    QSpinBox* m_poolStrideCols = nullptr;
    QSpinBox* m_poolPadding = nullptr;
    QLabel* m_strideLabel = nullptr;
    QLabel* m_dilationLabel = nullptr;
    QLabel* m_paddingLabel = nullptr;
    QLabel* m_paddingModeLabel = nullptr;
    QLabel* m_formula = nullptr;
    QLabel* m_explanation = nullptr;
};

} // namespace convlab
