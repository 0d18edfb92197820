// SPDX-License-Identifier: MIT
#include "window/ToolOptionsBar.h"

#include "views/ToolSettings.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFontComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace convlab {

ToolOptionsBar::ToolOptionsBar(ToolSettings* tools, QWidget* parent)
    : QToolBar(parent), m_tools(tools), m_sizeLabel(new QLabel(this)), m_size(new QSpinBox(this)),
      m_valueLabel(new QLabel(this)), m_intensity(new QDoubleSpinBox(this)),
      m_filled(new QCheckBox(this)), m_textLabel(new QLabel(this)),
      m_text(new QLineEdit(tools->text(), this)), m_font(new QFontComboBox(this)),
      m_textSize(new QSpinBox(this))
{
    setObjectName(QStringLiteral("toolOptionsToolBar"));
    m_size->setObjectName(QStringLiteral("brushSize"));
    m_size->setRange(1, 256);
    m_size->setValue(tools->brushSize());
    connect(m_size, &QSpinBox::valueChanged, tools, &ToolSettings::setBrushSize);
    m_intensity->setObjectName(QStringLiteral("intensity"));
    m_intensity->setRange(-100, 100);
    m_intensity->setDecimals(2);
    m_intensity->setSingleStep(0.1);
    m_intensity->setValue(tools->intensity());
    connect(m_intensity, &QDoubleSpinBox::valueChanged, tools, &ToolSettings::setIntensity);
    connect(m_filled, &QCheckBox::toggled, tools, &ToolSettings::setFilled);
    m_text->setObjectName(QStringLiteral("stampText"));
    m_text->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 6);
    connect(m_text, &QLineEdit::textChanged, tools, &ToolSettings::setText);
    m_font->setCurrentFont(tools->font());
    m_font->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 11);
    connect(m_font, &QFontComboBox::currentFontChanged, tools, &ToolSettings::setFont);
    m_textSize->setRange(4, 1024);
    m_textSize->setValue(tools->font().pixelSize());
    connect(m_textSize, &QSpinBox::valueChanged, tools, &ToolSettings::setTextSize);
    connect(tools, &ToolSettings::changed, m_size,
            [this] { m_size->setValue(m_tools->brushSize()); });

    addWidget(m_sizeLabel);
    addWidget(m_size);
    addWidget(m_valueLabel);
    addWidget(m_intensity);
    addWidget(m_filled);
    addSeparator();
    addWidget(m_textLabel);
    addWidget(m_text);
    addWidget(m_font);
    addWidget(m_textSize);
    retranslateUi();
}

void ToolOptionsBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QToolBar::changeEvent(event);
}

void ToolOptionsBar::retranslateUi()
{
    setWindowTitle(tr("Tool Options"));
    m_sizeLabel->setText(tr(" Size "));
    m_size->setSuffix(tr(" px"));
    m_size->setToolTip(tr("Brush and outline width, in image pixels ([ and ])"));
    m_valueLabel->setText(tr(" Value "));
    m_intensity->setToolTip(tr("The value the tools write into the pixels"));
    m_filled->setText(tr("Filled"));
    m_filled->setToolTip(tr("Rectangles and ellipses filled rather than outlined"));
    m_textLabel->setText(tr(" Text "));
    m_text->setToolTip(tr("What the text stamp writes"));
    m_font->setToolTip(tr("Font of the text stamp"));
    m_textSize->setSuffix(tr(" px"));
    m_textSize->setToolTip(tr("Height of the text stamp, in image pixels"));
}

} // namespace convlab
