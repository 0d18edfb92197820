// SPDX-License-Identifier: MIT
#include "stepper/StepThroughPanel.h"

#include "i18n/Retranslation.h"
#include "lessons/Concealment.h"
#include "stepper/CheckerboardView.h"
#include "stepper/MatrixView.h"
#include "stepper/StepperPage.h"
#include "stepper/TransposedConvView.h"

#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace convlab {

StepThroughPanel::StepThroughPanel(QWidget* parent)
    : QWidget(parent), m_tabs(new QTabWidget(this)), m_stepper(new StepperPage(m_tabs)),
      m_transposed(new TransposedConvView(m_tabs)), m_matrix(new MatrixView(m_tabs)),
      m_checkerboard(new CheckerboardView(m_tabs))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_stepper, QString());
    m_tabs->addTab(m_transposed, QString());
    m_tabs->addTab(m_matrix, QString());
    m_tabs->addTab(m_checkerboard, QString());
    auto* texts = new Retranslation(this);
    texts->tabText(m_tabs, 0, [] { return tr("Stepper"); });
    texts->tabText(m_tabs, 1, [] { return tr("Transposed"); });
    texts->tabText(m_tabs, 2, [] { return tr("Matrix"); });
    texts->tabText(m_tabs, 3, [] { return tr("Checkerboard"); });
    layout->addWidget(m_tabs);
    // The keys go to the page shown, without a click first.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        setFocusProxy(m_tabs->widget(index));
        m_tabs->widget(index)->setFocus();
    });
    setFocusProxy(m_stepper);
}

void StepThroughPanel::bindToDocument(Document* document)
{
    m_stepper->bindToDocument(document);
}

void StepThroughPanel::setBackAction(QAction* action)
{
    auto* button = new QToolButton(m_tabs);
    button->setObjectName(QStringLiteral("backButton"));
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setFocusPolicy(Qt::NoFocus);
    m_tabs->setCornerWidget(button, Qt::TopRightCorner);
}

void StepThroughPanel::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(static_cast<int>(tab));
}

void StepThroughPanel::setConcealment(const Concealment& hidden)
{
    m_stepper->setSizeHidden(hidden.outputSize);
    m_transposed->setSizeHidden(hidden.transposedSize);
    m_matrix->setValueHidden(hidden.cell);
}

StepThroughPanel::Tab StepThroughPanel::currentTab() const
{
    return static_cast<Tab>(m_tabs->currentIndex());
}

} // namespace convlab
