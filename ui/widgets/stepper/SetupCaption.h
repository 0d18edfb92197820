// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;

namespace convlab {

struct StepperSetup;

// The two lines over a step-through canvas: the case in the guide's notation (bold) and its
// output-size formula with the numbers filled in, both without the output size while a
// lesson's exercise asks for it. One above the other: side by side they made a page wider than
// a 1366-pixel screen beside the lesson's text (a dilated case).
class SetupCaption final : public QWidget {
    Q_OBJECT
  public:
    explicit SetupCaption(QWidget* parent = nullptr);

    void describe(const StepperSetup& setup, bool sizeHidden);
    QString caption() const;

  private:
    QLabel* m_caption;
    QLabel* m_formula;
};

} // namespace convlab
