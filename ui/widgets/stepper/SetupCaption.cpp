// SPDX-License-Identifier: MIT
#include "stepper/SetupCaption.h"

#include "lessons/Concealment.h"
#include "stepper/StepperCaption.h"

#include <QLabel>
#include <QVBoxLayout>

namespace convlab {

SetupCaption::SetupCaption(QWidget* parent)
    : QWidget(parent), m_caption(new QLabel(this)), m_formula(new QLabel(this))
{
    m_caption->setObjectName(QStringLiteral("caption"));
    QFont bold = m_caption->font();
    bold.setBold(true);
    m_caption->setFont(bold);
    m_formula->setObjectName(QStringLiteral("formula"));
    m_formula->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_caption);
    layout->addWidget(m_formula);
}

void SetupCaption::describe(const StepperSetup& setup, bool sizeHidden)
{
    const QString caption = StepperCaption::of(setup);
    const QString formula = StepperCaption::formula(setup);
    m_caption->setText(sizeHidden ? withoutOutput(caption) : caption);
    m_formula->setText(sizeHidden ? withoutResult(formula) : formula);
}

QString SetupCaption::caption() const
{
    return m_caption->text();
}

} // namespace convlab
