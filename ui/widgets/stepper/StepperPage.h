// SPDX-License-Identifier: MIT
#pragma once

#include "compute/ResponseResult.h"
#include "stepper/ArithmeticPresets.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QWidget>
#include <random>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace convlab {

class Retranslation;

class ArithmeticPanel;
class Document;
class PresetBar;
class SetupCaption;
class StepperCanvas;
class StepperControls;
class StepperModel;

// The "Stepper" tab: conv, template matching and pooling stepped one output cell at a time.
// It steps through its own small example (the guide's presets, or sizes and values of one's
// choosing) or, once bound, through a document: the document's image and patch, its parameters
// (edited here through the document, so they are undoable), and for an image too large to step
// through cell by cell, a crop around the best match, looked for as soon as the page is shown.
class StepperPage final : public QWidget {
    Q_OBJECT
  public:
    enum class Source {
        Example,          // the page's own data
        Document,         // the document's image, whole
        DocumentCrop,     // a crop of the document's image around its best match
        DocumentTooLarge, // a document is bound but its image is too large: the example stays
    };

    explicit StepperPage(QWidget* parent = nullptr);
    ~StepperPage() override;

    // Follows `document` from now on (nullptr: back to the example).
    void bindToDocument(Document* document);
    // Loads a case of the convolution arithmetic guide as the example.
    void loadPreset(GuideCase id);
    // Loads any setup as the example (its sizes show in the controls where they can).
    void loadExample(const StepperSetup& setup);
    // What the "crop around the best match" button does: finds the peak off the GUI thread,
    // then steps through the crop.
    void cropAroundPeak();
    void followDocument();
    // While a lesson's exercise asks for the output size: the formula's result, the output
    // grid's size and the number of steps are held back.
    void setSizeHidden(bool hidden);
    bool isSizeHidden() const { return m_sizeHidden; }

    Source source() const { return m_source; }
    // The search for the best match (cropAroundPeak) is still running.
    bool isSearchingPeak() const { return m_searchingPeak; }
    QString noticeText() const;
    bool offersCrop() const;
    StepperModel* model() const { return m_model; }
    StepperControls* controls() const { return m_controls; }
    StepperCanvas* canvas() const { return m_canvas; }
    ArithmeticPanel* arithmetic() const { return m_arithmetic; }
    PresetBar* presetBar() const { return m_presets; }
    QString caption() const;

  protected:
    void keyPressEvent(QKeyEvent* event) override;
    void showEvent(QShowEvent* event) override;

  private:
    enum Choice { CrossCorrelation, TrueConvolution, Matching, MaxPooling, AveragePooling };

    QWidget* buildParameterRow();
    QWidget* buildNoticeRow();
    void onControlEdited();
    void onKernelSizeEdited();
    void onInputSizeEdited();
    void newValues();
    void onDocumentChanged();
    void onPeakFound();
    void cropIfShown();
    void showBestStep();
    void syncControlsFromDocument();
    void updateControlVisibility();
    void updateNotice();
    void rebuild();
    // The caption and formula of m_shownSetup, their result held back while the size is hidden.
    void refreshCaption();
    bool followsDocument() const;
    cv::Mat documentInput() const;
    StepperSetup exampleSetup() const;
    StepperSetup documentSetup() const;

    Retranslation* m_texts;

    StepperModel* m_model;
    PresetBar* m_presets = nullptr;
    StepperCanvas* m_canvas = nullptr;
    ArithmeticPanel* m_arithmetic = nullptr;
    StepperControls* m_controls = nullptr;
    SetupCaption* m_captions = nullptr;
    bool m_sizeHidden = false;
    StepperSetup m_shownSetup; // the one m_captions describes

    QComboBox* m_operation = nullptr;
    QComboBox* m_method = nullptr;
    QLabel* m_methodLabel = nullptr;
    QSpinBox* m_inputSize = nullptr;
    QLabel* m_kernelLabel = nullptr;
    QSpinBox* m_kernelSize = nullptr;
    QSpinBox* m_stride = nullptr;
    QSpinBox* m_padding = nullptr;
    QComboBox* m_paddingMode = nullptr;
    QLabel* m_paddingModeLabel = nullptr;
    QSpinBox* m_dilation = nullptr;
    QLabel* m_dilationLabel = nullptr;
    QPushButton* m_newValues = nullptr;

    QWidget* m_noticeRow = nullptr;
    QLabel* m_notice = nullptr;
    QPushButton* m_cropButton = nullptr;
    QPushButton* m_followButton = nullptr;

    Source m_source = Source::Example;
    QPointer<Document> m_document;
    QList<QMetaObject::Connection> m_documentConnections;
    cv::Point m_cropCentre;
    bool m_searchingPeak = false;
    QFutureWatcher<ResponseResult> m_peakWatcher;

    cv::Mat m_exampleInput;
    cv::Mat m_exampleKernel;
    std::mt19937 m_rng{2016}; // the year of the guide: reproducible "new values"
};

} // namespace convlab
