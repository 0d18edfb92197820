// SPDX-License-Identifier: MIT
#pragma once

#include "codegen/CodeGenerator.h"
#include "document/Parameters.h"

#include <QWidget>

class QComboBox;
class QPlainTextEdit;

namespace convlab {

// The NumPy / PyTorch / OpenCV lines that compute what is on screen, as `convlab code` prints
// them, so a student can check ConvLab in a notebook. The snippet loads input.npy and
// kernel.npy, which "Save arrays…" writes.
class CodePanel final : public QWidget {
    Q_OBJECT
  public:
    explicit CodePanel(QWidget* parent = nullptr);

    void setParameters(const Parameters& parameters);
    CodeLanguage language() const;
    void setLanguage(CodeLanguage language);
    QString code() const;

    // The snippet for these parameters (pooling appended as a second step).
    static QString codeFor(const Parameters& parameters, CodeLanguage language);

  signals:
    void saveArraysRequested();
    void copied();

  private:
    void refresh();

    Parameters m_parameters;
    QComboBox* m_language;
    QPlainTextEdit* m_text;
};

} // namespace convlab
