// SPDX-License-Identifier: MIT
#pragma once

#include "learn/Network.h"
#include "learn/TrainingSession.h"

#include <QWidget>
#include <functional>
#include <opencv2/core.hpp>

class QAction;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace convlab {

class ConfusionMatrix;
class DigitPad;
class Document;
class OwnDigitsPanel;
class FeatureMaps;
class FilterGrid;
class NetworkTable;
class ProbabilityBars;
class Retranslation;
class TrainingCurves;
struct Outcome;

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
//   each new copy of the network;
// - the held-out confusion matrix after a run: clicking a cell browses its digits on the pad;
// - Save Model… and Open Model…: the network to a model file and back (TrainingSession; a
//   model is opened on the session's worker, the page stays responsive meanwhile);
// - the student's own digits (OwnDigitsPanel): the pad's digit, labelled, added to the
//   document's list (an undo step), which the next training run includes.
class LearnPage final : public QWidget {
    Q_OBJECT
  public:
    enum class ModelFileChoice { Save, Open };
    // Asks where to save or what to open; an empty answer cancels. A file dialog by default;
    // tests give paths.
    using ModelPathChooser = std::function<QString(ModelFileChoice)>;

    explicit LearnPage(TrainingSession* session, QWidget* parent = nullptr);
    ~LearnPage() override;

    // The document whose own digits the page lists, edits and trains on (setOwnDigits of the
    // session follows it); without one, the own digits' panel is disabled.
    void setDocument(Document* document);

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
    ConfusionMatrix* confusionMatrix() const { return m_confusion; }
    OwnDigitsPanel* ownDigits() const { return m_own; }
    // The first- and second-layer filters with their titles and captions, and the feature maps
    // with theirs: the panels `convlab render --view filters|featuremaps` draws.
    QWidget* filtersPanel() const { return m_filtersPanel; }
    QWidget* featureMapsPanel() const { return m_mapsPanel; }
    QLabel* browseCaption() const { return m_browseCaption; }
    QToolButton* previousButton() const { return m_previous; }
    QToolButton* nextButton() const { return m_next; }
    QPushButton* trainButton() const { return m_train; }
    QPushButton* pauseButton() const { return m_pause; }
    QPushButton* stopButton() const { return m_stop; }
    QPushButton* resetButton() const { return m_reset; }
    QPushButton* saveModelButton() const { return m_saveModel; }
    QPushButton* openModelButton() const { return m_openModel; }
    QLabel* problemLabel() const { return m_problem; }
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
    // The held-out digits of `label` the network reads as `predicted` (positions as pickHeldOut
    // takes them), the first shown on the pad; then browse(±1) steps through them.
    void showCell(int label, int predicted);
    void browse(int step);

    void setModelPathChooser(ModelPathChooser chooser) { m_choosePath = std::move(chooser); }
    // What the buttons do once a path is chosen; a failure is shown on the page too. The
    // button opens in the background (TrainingSession::beginOpenModel); openModel waits.
    Outcome saveModel(const QString& path);
    Outcome openModel(const QString& path);
    // The digit on the pad, as the network reads it, added to the document's own digits with
    // `label`. Refused with a message (shown on the panel too) when the pad is blank, shows a
    // held-out digit, or holds no readable digit, and when the document refuses it.
    Outcome addOwnDigit(int label);
    const std::vector<int>& browsedDigits() const { return m_browsed; }

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
    QWidget* buildConfusion();
    void updateConfusion();
    void updateBrowseCaption();
    void showFileOutcome(const Outcome& outcome);
    void modelOpened(const Outcome& outcome);
    void updateOwnDigitsRun();
    QString chooseModelPath(ModelFileChoice choice);

    TrainingSession* m_session;
    Retranslation* m_texts;
    QPushButton* m_train = nullptr;
    QPushButton* m_pause = nullptr;
    QPushButton* m_stop = nullptr;
    QPushButton* m_reset = nullptr;
    QPushButton* m_saveModel = nullptr;
    QPushButton* m_openModel = nullptr;
    ModelPathChooser m_choosePath;
    QString m_fileProblem; // the last model file refused, until the next success or run
    QString m_openingPath; // the model file being opened in the background
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
    QWidget* m_filtersPanel = nullptr;
    QWidget* m_mapsPanel = nullptr;
    ConfusionMatrix* m_confusion = nullptr;
    OwnDigitsPanel* m_own = nullptr;
    Document* m_document = nullptr;
    QLabel* m_confusionAbout = nullptr;
    QLabel* m_browseCaption = nullptr;
    QToolButton* m_previous = nullptr;
    QToolButton* m_next = nullptr;
    std::vector<int> m_browsed; // held-out positions of the cell clicked
    int m_browsedAt = 0;
    cv::Mat m_digit;
    Prediction m_prediction;
    QString m_digitProblem; // why the pad's drawing is no digit (English, from prepareDigit)
};

} // namespace convlab
