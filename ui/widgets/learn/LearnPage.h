// SPDX-License-Identifier: MIT
#pragma once

#include "learn/Network.h"
#include "learn/TrainingSession.h"

#include <QWidget>
#include <opencv2/core.hpp>

class QAction;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace convlab {

class DigitPad;
class FeatureMaps;
class FilterGrid;
class NetworkTable;
class ProbabilityBars;
class Retranslation;
class TrainingCurves;

// "Learned filters": a student trains the lecture's small CNN on the digits and looks inside.
// Fed by a TrainingSession (the training runs on its worker; this page only shows what it
// publishes):
// - the network with its shapes (NetworkTable), editable while nothing is being trained;
// - Train / Pause / Stop / Reset, the seed, the learning rate and the epochs, a progress bar
//   and the loss and accuracy curves (TrainingCurves);
// - the first layer's filters (FilterGrid, diverging colours centred on 0), redrawn as they
//   learn; clicking one offers it as the main views' patch (filterChosen); the second layer's
//   as a filter × channel grid;
// - a pad to draw a digit on, or a held-out digit to pick, with the ten softmax probabilities
//   (ProbabilityBars) and every layer's feature maps (FeatureMaps), following each stroke and
//   each new copy of the network.
class LearnPage final : public QWidget {
    Q_OBJECT
  public:
    explicit LearnPage(TrainingSession* session, QWidget* parent = nullptr);

    // A button for `action` in the page's bar (the main window's way back to its views).
    void setBackAction(QAction* action);

    TrainingSession* session() const { return m_session; }
    NetworkTable* networkTable() const { return m_table; }
    TrainingCurves* curves() const { return m_curves; }
    FilterGrid* firstLayer() const { return m_first; }
    FilterGrid* secondLayer() const { return m_second; }
    DigitPad* pad() const { return m_pad; }
    ProbabilityBars* bars() const { return m_bars; }
    FeatureMaps* featureMaps() const { return m_maps; }
    QPushButton* trainButton() const { return m_train; }
    QPushButton* pauseButton() const { return m_pause; }
    QPushButton* stopButton() const { return m_stop; }
    QPushButton* resetButton() const { return m_reset; }
    QSpinBox* seedBox() const { return m_seed; }
    QDoubleSpinBox* learningRateBox() const { return m_learningRate; }
    QSpinBox* epochsBox() const { return m_epochs; }
    QSpinBox* heldOutBox() const { return m_heldOutIndex; }
    QProgressBar* progressBar() const { return m_progress; }
    QString statusText() const;

    // The digit on the pad as the network reads it (prepareDigit, as `convlab predict`), and the
    // prediction shown for it; empty when the pad is blank.
    const cv::Mat& digit() const { return m_digit; }
    const Prediction& prediction() const { return m_prediction; }
    // Shows the held-out digit `index` (0-based, into the split's held-out digits) on the pad.
    void pickHeldOut(int index);

  signals:
    // A first-layer filter clicked: conv1's filter `index` (0-based), kernel × kernel CV_32FC1.
    void filterChosen(int index, const cv::Mat& filter);

  private:
    QWidget* buildControls();
    QWidget* buildNetwork();
    QWidget* buildTraining();
    QWidget* buildInside();
    void applySettings();
    void updateState();
    void updateProgress(const TrainingProgress& progress);
    void updateFilters(const FilterSnapshot& filters);
    void predict();
    void updateHeldOutCaption();

    TrainingSession* m_session;
    Retranslation* m_texts;
    QPushButton* m_train = nullptr;
    QPushButton* m_pause = nullptr;
    QPushButton* m_stop = nullptr;
    QPushButton* m_reset = nullptr;
    QSpinBox* m_seed = nullptr;
    QDoubleSpinBox* m_learningRate = nullptr;
    QSpinBox* m_epochs = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_problem = nullptr;
    QWidget* m_bar = nullptr;
    NetworkTable* m_table = nullptr;
    TrainingCurves* m_curves = nullptr;
    FilterGrid* m_first = nullptr;
    FilterGrid* m_second = nullptr;
    QLabel* m_secondCaption = nullptr;
    DigitPad* m_pad = nullptr;
    QSpinBox* m_heldOutIndex = nullptr;
    QLabel* m_heldOutLabel = nullptr;
    ProbabilityBars* m_bars = nullptr;
    QLabel* m_answer = nullptr;
    FeatureMaps* m_maps = nullptr;
    cv::Mat m_digit;
    Prediction m_prediction;
    QString m_digitProblem; // why the pad's drawing is no digit (English, from prepareDigit)
};

} // namespace convlab
