// SPDX-License-Identifier: MIT
#pragma once

#include <QIcon>
#include <QWidget>
#include <functional>

class QLabel;
class QSlider;
class QToolButton;

namespace convlab {

class Retranslation;

class StepperModel;

// Playback controls of a StepperModel: first / back / play / pause / step / last, the speed,
// a scrubber over the N steps and the counter "(row, col) · n / N" (row and col of the output
// cell as numpy indexes it, n counted from 1). The buttons take no focus, so Space and the
// arrows always reach handleKey() through the page that holds them.
class StepperControls final : public QWidget {
    Q_OBJECT
  public:
    explicit StepperControls(StepperModel* model, QWidget* parent = nullptr);

    // Space plays or pauses, ← and → step, Home and End jump to the first and last step.
    // Returns false for any other key.
    bool handleKey(int key);

    // While a lesson's exercise asks for the output size: the counter says "n / ?" (the number
    // of steps, the output cell and the scrubber's span would tell the size), and Last and End
    // do not jump to the final step.
    void setTotalHidden(bool hidden);
    bool isTotalHidden() const { return m_totalHidden; }

    QString counterText() const;
    QSlider* scrubber() const { return m_scrubber; }
    QSlider* speedSlider() const { return m_speed; }

  private:
    QToolButton* addButton(const QString& objectName, const QIcon& icon,
                           const std::function<QString()>& toolTip);
    void refresh();
    void showSpeed();

    Retranslation* m_texts;

    StepperModel* m_model;
    QToolButton* m_first;
    QToolButton* m_back;
    QToolButton* m_play;
    QToolButton* m_pause;
    QToolButton* m_step;
    QToolButton* m_last;
    QSlider* m_scrubber;
    QSlider* m_speed;
    QLabel* m_speedLabel;
    QLabel* m_counter;
    bool m_totalHidden = false;
};

} // namespace convlab
