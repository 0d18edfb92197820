// SPDX-License-Identifier: MIT
#pragma once

#include <QProxyStyle>

namespace convlab {

// Fusion with a checked state that reads in every look: a checked tool button or push button
// (a drawing tool, a stage of the transposed convolution, Overlay) is filled with the
// palette's highlight, lightened toward the button in the light looks and darkened in the dark
// ones, and framed in the highlight. Fusion's own checked state, a slightly darker button,
// nearly vanishes on the dark look.
class CheckedStateStyle final : public QProxyStyle {
    Q_OBJECT
  public:
    CheckedStateStyle(); // over Fusion

    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget = nullptr) const override;

    // The fill and frame of a checked button in `palette`.
    static QColor checkedFill(const QPalette& palette);
    static QColor checkedFrame(const QPalette& palette);
};

} // namespace convlab
