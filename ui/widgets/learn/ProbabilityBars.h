// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>
#include <vector>

namespace convlab {

// The network's answer for one digit: ten bars, one per class 0–9, as long as the softmax
// probability, the most probable one in the accent colour with its percentage.
class ProbabilityBars final : public QWidget {
    Q_OBJECT
  public:
    explicit ProbabilityBars(QWidget* parent = nullptr);

    // Empty: no digit to predict (the bars are drawn empty).
    void setProbabilities(const std::vector<float>& probabilities);
    const std::vector<float>& probabilities() const { return m_probabilities; }
    int predicted() const; // -1 when empty

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

  protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

  private:
    std::vector<float> m_probabilities;
};

} // namespace convlab
