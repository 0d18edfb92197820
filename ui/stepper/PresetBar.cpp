// SPDX-License-Identifier: MIT
#include "stepper/PresetBar.h"

#include "stepper/StepperCaption.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace convlab {

PresetBar::PresetBar(Kind kind, QWidget* parent) : QWidget(parent)
{
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(4);
    auto* title = new QLabel(kind == Kind::Convolution ? tr("Arithmetic guide:")
                                                       : tr("Transposed counterparts:"),
                             this);
    title->setToolTip(tr("The cases of Dumoulin & Visin, “A guide to convolution arithmetic for "
                         "deep learning”"));
    row->addWidget(title);
    for (const ArithmeticPreset& preset : arithmeticPresets()) {
        auto* button = new QToolButton(this);
        button->setText(StepperCaption::guideTitle(preset.id));
        button->setToolTip(StepperCaption::of(kind == Kind::Convolution ? convolutionSetup(preset)
                                                                        : transposedSetup(preset)));
        button->setFocusPolicy(Qt::NoFocus);
        button->setObjectName(QStringLiteral("guide%1").arg(static_cast<int>(preset.id)));
        connect(button, &QToolButton::clicked, this, [this, id = preset.id] { emit presetChosen(id); });
        m_buttons[preset.id] = button;
        row->addWidget(button);
    }
    row->addStretch(1);
}

} // namespace convlab
