// SPDX-License-Identifier: MIT
#include "views/NoticeBar.h"

#include "theme/ThemedStyleSheet.h"
#include "views/Palette.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace convlab {

NoticeBar::NoticeBar(QWidget* parent) : QFrame(parent), m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("noticeBar"));
    new ThemedStyleSheet(this, [](const QPalette& colours) {
        const palette::Callout callout = palette::noticeCallout(colours);
        return QStringLiteral("#noticeBar { background: %1; border-bottom: 1px solid %2; } "
                              "#noticeBar QLabel { color: %3; }")
            .arg(callout.background.name(), callout.accent.name(), callout.text.name());
    });
    auto* layout = new QHBoxLayout(this);
    const int margin = fontMetrics().height() / 2;
    layout->setContentsMargins(margin, margin / 2, margin, margin / 2);
    m_text->setWordWrap(true);
    layout->addWidget(m_text, 1);
    m_buttons = new QHBoxLayout;
    layout->addLayout(m_buttons);
    hide();
}

void NoticeBar::showNotice(const QString& text, const std::vector<Choice>& choices)
{
    m_text->setText(text);
    while (QLayoutItem* item = m_buttons->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_choices = choices;
    for (const Choice& choice : m_choices) {
        auto* button = new QPushButton(choice.first, this);
        connect(button, &QPushButton::clicked, this, [this, text = choice.first] { choose(text); });
        m_buttons->addWidget(button);
    }
    show();
}

QString NoticeBar::text() const
{
    return m_text->text();
}

bool NoticeBar::choose(const QString& buttonText)
{
    for (const Choice& choice : m_choices)
        if (choice.first == buttonText) {
            const auto action = choice.second; // a copy: the action may show a new notice
            hide();
            action();
            return true;
        }
    return false;
}

} // namespace convlab
