// SPDX-License-Identifier: MIT
#include "stepper/PresetBar.h"

#include "i18n/Retranslation.h"
#include "stepper/StepperCaption.h"

#include <QGridLayout>
#include <QLabel>
#include <QToolButton>

namespace convlab {

PresetBar::PresetBar(Kind kind, QWidget* parent) : QWidget(parent)
{
    // The title over two rows of four: one row of eight, or the title beside them, is wider
    // than a 1366-pixel screen in French beside the lesson's text.
    constexpr int kPerRow = 4;
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(4);
    grid->setVerticalSpacing(2);
    auto* texts = new Retranslation(this);
    auto* title = new QLabel(this);
    texts->add([title, kind] {
        title->setText(kind == Kind::Convolution ? tr("Arithmetic guide:")
                                                 : tr("Transposed counterparts:"));
        title->setToolTip(tr("The cases of Dumoulin & Visin, “A guide to convolution arithmetic "
                             "for deep learning”"));
    });
    grid->addWidget(title, 0, 0, 1, kPerRow, Qt::AlignTop | Qt::AlignLeft);
    int index = 0;
    for (const ArithmeticPreset& preset : arithmeticPresets()) {
        auto* button = new QToolButton(this);
        texts->add([button, kind, preset] {
            button->setText(StepperCaption::guideTitle(preset.id));
            button->setToolTip(StepperCaption::of(
                kind == Kind::Convolution ? convolutionSetup(preset) : transposedSetup(preset)));
        });
        button->setFocusPolicy(Qt::NoFocus);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        button->setObjectName(QStringLiteral("guide%1").arg(static_cast<int>(preset.id)));
        connect(button, &QToolButton::clicked, this,
                [this, id = preset.id] { emit presetChosen(id); });
        m_buttons[preset.id] = button;
        grid->addWidget(button, 1 + index / kPerRow, index % kPerRow);
        ++index;
    }
    grid->setColumnStretch(kPerRow, 1);
}

} // namespace convlab
