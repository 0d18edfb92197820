// SPDX-License-Identifier: MIT
#pragma once

#include <QScrollArea>

namespace convlab {

// A scroll area for a panel that scrolls down only (the parameters): as wide as the panel needs
// in the language shown, so a longer French label widens the dock instead of cutting the
// panel's right edge off.
class FittingScrollArea final : public QScrollArea {
    Q_OBJECT
  public:
    explicit FittingScrollArea(QWidget* panel, QWidget* parent = nullptr);

    QSize minimumSizeHint() const override;

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace convlab
