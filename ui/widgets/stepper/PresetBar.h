// SPDX-License-Identifier: MIT
#pragma once

#include "stepper/ArithmeticPresets.h"

#include <QWidget>
#include <map>

class QToolButton;

namespace convlab {

// One button per case of the convolution arithmetic guide: one click loads it. The tooltip is
// the case's caption, made from its parameters.
class PresetBar final : public QWidget {
    Q_OBJECT
  public:
    enum class Kind { Convolution, Transposed };

    explicit PresetBar(Kind kind, QWidget* parent = nullptr);

    QToolButton* button(GuideCase id) const { return m_buttons.at(id); }

  signals:
    void presetChosen(GuideCase id);

  private:
    std::map<GuideCase, QToolButton*> m_buttons;
};

} // namespace convlab
