// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>
#include <functional>
#include <vector>

class QComboBox;
class QTabWidget;
class QWidget;

namespace convlab {

// The texts a widget writes with tr(), written again when the language changes: each one is
// set through add(), which runs it now and again on every QEvent::LanguageChange the widget
// receives. The widget keeps its identity (and its children theirs) across a switch of
// language; nothing is rebuilt.
//
//     m_texts->add([this] { m_title->setText(tr("Operation")); });
//     layout->addWidget(m_texts->text(new QLabel(this), [] { return tr("Stride"); }));
class Retranslation final : public QObject {
    Q_OBJECT
  public:
    using Text = std::function<QString()>;

    explicit Retranslation(QWidget* owner);

    void add(std::function<void()> write);
    // The usual texts of a widget, returned for chaining.
    template <typename Widget> Widget* text(Widget* widget, Text text)
    {
        add([widget, text] { widget->setText(text()); });
        return widget;
    }
    template <typename Widget> Widget* title(Widget* widget, Text text)
    {
        add([widget, text] { widget->setTitle(text()); });
        return widget;
    }
    template <typename Widget> Widget* toolTip(Widget* widget, Text text)
    {
        add([widget, text] { widget->setToolTip(text()); });
        return widget;
    }
    void itemText(QComboBox* box, int index, Text text);
    void tabText(QTabWidget* tabs, int index, Text text);
    // Every text again (what a LanguageChange does).
    void run() const;

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    std::vector<std::function<void()>> m_writes;
};

} // namespace convlab
