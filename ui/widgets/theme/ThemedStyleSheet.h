// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPalette>
#include <QString>
#include <functional>

class QWidget;

namespace convlab {

// Keeps a widget's style sheet made from the application's palette: set at once, and again
// whenever the look changes (View ▸ Theme, presentation mode's high contrast), so that the
// colours a style sheet names follow the light and dark themes.
class ThemedStyleSheet final : public QObject {
  public:
    using Make = std::function<QString(const QPalette&)>;

    ThemedStyleSheet(QWidget* widget, Make make); // a child of `widget`
    // Made again now: for a style sheet that also depends on the owner's state.
    void refresh();

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    QWidget* m_widget;
    Make m_make;
};

} // namespace convlab
