// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>

class QLabel;

namespace convlab {

class StepperModel;

// The arithmetic of the current step, written out under the canvas (see StepperArithmetic).
class ArithmeticPanel final : public QFrame {
    Q_OBJECT
  public:
    explicit ArithmeticPanel(const StepperModel* model, QWidget* parent = nullptr);

    QString text() const;
    // Shown instead of the step's arithmetic while not empty (a stage with no window yet).
    void setNote(const QString& note);

  private:
    void refresh();

    const StepperModel* m_model;
    QLabel* m_label;
    QString m_note;
};

} // namespace convlab
