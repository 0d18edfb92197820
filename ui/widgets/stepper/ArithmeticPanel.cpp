// SPDX-License-Identifier: MIT
#include "stepper/ArithmeticPanel.h"

#include "i18n/Retranslation.h"
#include "stepper/StepperArithmetic.h"
#include "stepper/StepperModel.h"

#include <QLabel>
#include <QVBoxLayout>

namespace convlab {

ArithmeticPanel::ArithmeticPanel(const StepperModel* model, QWidget* parent)
    : QFrame(parent), m_model(model), m_label(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    m_label->setObjectName(QStringLiteral("arithmetic"));
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = m_label->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_label->setFont(font);
    layout->addWidget(m_label);
    connect(model, &StepperModel::stepChanged, this, &ArithmeticPanel::refresh);
    connect(model, &StepperModel::setupChanged, this, &ArithmeticPanel::refresh);
    (new Retranslation(this))->add([this] { refresh(); });
}

QString ArithmeticPanel::text() const
{
    return m_label->text();
}

void ArithmeticPanel::setNote(const QString& note)
{
    m_note = note;
    refresh();
}

void ArithmeticPanel::refresh()
{
    if (!m_note.isEmpty()) {
        m_label->setText(m_note);
        return;
    }
    m_label->setText(m_model->isValid()
                         ? StepperArithmetic::describe(m_model->setup(), m_model->step())
                         : QString());
}

} // namespace convlab
