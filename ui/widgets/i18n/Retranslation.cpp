// SPDX-License-Identifier: MIT
#include "i18n/Retranslation.h"

#include <QComboBox>
#include <QEvent>
#include <QTabWidget>
#include <QWidget>

namespace convlab {

Retranslation::Retranslation(QWidget* owner) : QObject(owner)
{
    owner->installEventFilter(this);
}

void Retranslation::add(std::function<void()> write)
{
    write();
    m_writes.push_back(std::move(write));
}

void Retranslation::itemText(QComboBox* box, int index, Text text)
{
    add([box, index, text] { box->setItemText(index, text()); });
}

void Retranslation::tabText(QTabWidget* tabs, int index, Text text)
{
    add([tabs, index, text] { tabs->setTabText(index, text()); });
}

void Retranslation::run() const
{
    for (const auto& write : m_writes)
        write();
}

bool Retranslation::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && watched == parent())
        run();
    return false;
}

} // namespace convlab
