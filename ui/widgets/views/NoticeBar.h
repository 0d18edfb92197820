// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>
#include <functional>
#include <utility>
#include <vector>

class QHBoxLayout;
class QLabel;

namespace convlab {

// A calm strip above the views that asks something without blocking the window (e.g. "work
// from a session that did not close was found: restore it?"). Any button hides it.
class NoticeBar final : public QFrame {
    Q_OBJECT
  public:
    using Choice = std::pair<QString, std::function<void()>>;

    explicit NoticeBar(QWidget* parent = nullptr);

    void showNotice(const QString& text, const std::vector<Choice>& choices);
    QString text() const;
    // Presses the button with this text (what a click does); false if there is none.
    bool choose(const QString& buttonText);

  private:
    QLabel* m_text;
    QHBoxLayout* m_buttons;
    std::vector<Choice> m_choices;
};

} // namespace convlab
