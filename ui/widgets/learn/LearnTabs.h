// SPDX-License-Identifier: MIT
#pragma once

#include <QTabWidget>

namespace convlab {

class BackToPixels;
class DecoderView;
class LearnPage;
class TrainingSession;

// The learned-filters page and, in tabs beside it, "Back to pixels" fed with the page's
// network and the digit on its pad (and the network's answer for it, whose loss it
// differentiates), and the upsampling decoders learning (a DecoderSession of its own).
class LearnTabs final : public QTabWidget {
    Q_OBJECT
  public:
    explicit LearnTabs(TrainingSession* session, QWidget* parent = nullptr);

    LearnPage* learnPage() const { return m_page; }
    BackToPixels* backToPixels() const { return m_pixels; }
    DecoderView* decoder() const { return m_decoder; }

  private:
    void feed();

    LearnPage* m_page;
    BackToPixels* m_pixels;
    DecoderView* m_decoder;
};

} // namespace convlab
