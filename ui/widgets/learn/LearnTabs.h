// SPDX-License-Identifier: MIT
#pragma once

#include "lessons/LessonStep.h"

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
    // The tab a lesson step names, in the state it names: the held-out digit on the pad, and
    // on "Back to pixels" the stage, the layer, the map and the unit (their defaults when the
    // step names none). The network is the student's: neither trained nor reset here.
    void show(const LearnedChoice& choice);
    // Back to pixels' part of it: the half shown, the stage, the layer, the map and the unit,
    // through the tab's own controls (also for the command line's page, which has no tabs).
    static void choose(BackToPixels* pixels, const LearnedChoice& choice);
    // The step left: what it hid (a half of Back to pixels) comes back for the student.
    void setAside();

  private:
    void feed();

    LearnPage* m_page;
    BackToPixels* m_pixels;
    DecoderView* m_decoder;
};

} // namespace convlab
