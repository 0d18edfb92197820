// SPDX-License-Identifier: MIT
#pragma once

#include "learn/PixelsComputer.h"

#include <QWidget>
#include <memory>
#include <opencv2/core.hpp>

class QComboBox;
class QLabel;
class QSpinBox;

namespace convlab {

class Network;
class PixelMapView;
class Retranslation;

// "Back to pixels", for the trained digit network and the digit on the learned-filters pad:
// - the backward pass through a conv stage: autograd's ∂L/∂x beside ConvLab's transposed
//   convolution of δ = ∂L/∂y with the stage's filters (layerGradient), on one colour range, and
//   their largest difference as computed; and for a chosen filter, autograd's ∂L/∂W beside
//   ConvLab's correlation of the stage's input with that filter's δ, likewise;
// - what a unit responds to: the digit with the unit's receptive field, the deconvnet projection
//   of the unit (or of a whole map) and the plain gradient saliency, with their correlation.
// Computed off the GUI thread (PixelsComputer), and only while the page is visible.
class BackToPixels final : public QWidget {
    Q_OBJECT
  public:
    enum class UnitChoice { Strongest, WholeMap, At };
    enum class Section { Both, Gradient, Unit };

    explicit BackToPixels(QWidget* parent = nullptr);

    // The network, the digit as it reads it (empty: none drawn) and the class whose loss is
    // differentiated (the network's answer).
    void setInput(std::shared_ptr<const Network> network, const cv::Mat& digit, int label);
    // Computes on the calling thread and shows the result (the command line's pictures).
    void computeNow();
    // Which of the two parts is shown (a slide shows one).
    void setSection(Section section);

    PixelsComputer* computer() const { return m_computer; }
    const PixelsResult& result() const { return m_result; }
    QComboBox* stageBox() const { return m_stage; }
    QSpinBox* inputChannelBox() const { return m_inputChannel; }
    QComboBox* layerBox() const { return m_layer; }
    QSpinBox* channelBox() const { return m_channel; }
    QComboBox* unitBox() const { return m_unitChoice; }
    QSpinBox* rowBox() const { return m_row; }
    QSpinBox* columnBox() const { return m_column; }
    PixelMapView* autogradView() const { return m_autograd; }
    PixelMapView* transposedView() const { return m_transposed; }
    QSpinBox* filterBox() const { return m_filter; } // 1-based, as on screen
    PixelMapView* weightAutogradView() const { return m_weightAutograd; }
    PixelMapView* weightCorrelationView() const { return m_weightCorrelation; }
    PixelMapView* digitView() const { return m_digitView; }
    PixelMapView* deconvnetView() const { return m_deconvnet; }
    PixelMapView* saliencyView() const { return m_saliency; }
    QString gradientText() const;
    QString weightText() const;
    QString unitText() const;

  protected:
    void showEvent(QShowEvent* event) override;

  private:
    QWidget* buildGradient();
    QWidget* buildUnit();
    void fillLayers();
    void updateRanges();
    PixelsRequest currentRequest() const;
    void schedule();
    void display(const PixelsResult& result);
    void showGradient();
    void showWeightGradient();
    void showUnit();

    Retranslation* m_texts;
    PixelsComputer* m_computer;
    std::shared_ptr<const Network> m_network;
    cv::Mat m_digit;
    int m_label = 0;
    bool m_stale = false; // an input or a choice not computed yet (the page was hidden)
    PixelsResult m_result;

    QLabel* m_about = nullptr;
    QWidget* m_gradientGroup = nullptr;
    QWidget* m_unitGroup = nullptr;
    QComboBox* m_stage = nullptr;
    QSpinBox* m_inputChannel = nullptr;
    PixelMapView* m_autograd = nullptr;
    PixelMapView* m_transposed = nullptr;
    QLabel* m_autogradCaption = nullptr;
    QLabel* m_transposedCaption = nullptr;
    QLabel* m_gradientFacts = nullptr;
    QSpinBox* m_filter = nullptr;
    PixelMapView* m_weightAutograd = nullptr;
    PixelMapView* m_weightCorrelation = nullptr;
    QLabel* m_weightAutogradCaption = nullptr;
    QLabel* m_weightCorrelationCaption = nullptr;
    QLabel* m_weightFacts = nullptr;
    QComboBox* m_layer = nullptr;
    QSpinBox* m_channel = nullptr;
    QComboBox* m_unitChoice = nullptr;
    QSpinBox* m_row = nullptr;
    QSpinBox* m_column = nullptr;
    PixelMapView* m_digitView = nullptr;
    PixelMapView* m_deconvnet = nullptr;
    PixelMapView* m_saliency = nullptr;
    QLabel* m_digitCaption = nullptr;
    QLabel* m_deconvnetCaption = nullptr;
    QLabel* m_saliencyCaption = nullptr;
    QLabel* m_unitFacts = nullptr;
};

} // namespace convlab
