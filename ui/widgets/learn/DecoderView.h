// SPDX-License-Identifier: MIT
#pragma once

#include "learn/DecoderSession.h"

#include <QWidget>
#include <vector>

class QLabel;
class QPushButton;

namespace convlab {

class EnergyCurve;
class PixelMapView;
class Retranslation;

// "A decoder that learns to upsample", live: Start trains both decoders of a DecoderSession
// (on its worker), and after every epoch the view shows a few held-out digits as each decoder
// upsamples them (beside their 10×10 inputs and 20×20 originals), the checkerboard energy curve
// of both, and a sentence with the numbers of the last epoch.
class DecoderView final : public QWidget {
    Q_OBJECT
  public:
    explicit DecoderView(DecoderSession* session, QWidget* parent = nullptr);

    DecoderSession* session() const { return m_session; }
    QPushButton* startButton() const { return m_start; }
    QPushButton* stopButton() const { return m_stop; }
    EnergyCurve* curve() const { return m_curve; }
    // Row 0: inputs, 1: transposed, 2: resize-conv, 3: originals; one view per sample.
    PixelMapView* sample(int row, int index) const;
    QString factsText() const;

  private:
    void showEpoch(DecoderKind kind, const DecoderEpoch& epoch);
    void updateState();
    void showFacts();

    DecoderSession* m_session;
    Retranslation* m_texts;
    QPushButton* m_start = nullptr;
    QPushButton* m_stop = nullptr;
    QLabel* m_facts = nullptr;
    EnergyCurve* m_curve = nullptr;
    std::vector<std::vector<PixelMapView*>> m_samples;
};

} // namespace convlab
