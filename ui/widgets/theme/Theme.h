// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QPalette>
#include <QString>
#include <QStringList>

namespace convlab {

// The light and dark looks of ConvLab, applied to the whole QApplication (style and palette),
// so that every widget and every view's own painting follows: views take their colours from
// the palette. A high-contrast variant of each serves presentation mode. Usable without a
// window: `convlab render --theme dark` applies the same palette before rendering.
class Theme final {
    Q_DECLARE_TR_FUNCTIONS(Theme)
  public:
    enum class Contrast { Normal, High };

    static QStringList names();   // "light", "dark": what apply() takes
    static QStringList choices(); // "system", "light", "dark": what the View menu offers
    static bool isKnown(const QString& name);
    // A choice as the View ▸ Theme menu writes it ("&Dark"), in the interface language.
    static QString menuText(const QString& choice);
    // "system" becomes "light" or "dark" after the platform's own palette; a name stays.
    static QString resolve(const QString& choice);

    // The choice made in View ▸ Theme (QSettings), "system" before any.
    static QString saved();
    static void save(const QString& choice);

    // Applies "light" or "dark" to the running QApplication; false (nothing changed) for any
    // other name.
    static bool apply(const QString& name, Contrast contrast = Contrast::Normal);
    // What apply() set last: "light" or "dark"; empty while the platform's look is in place.
    static QString current();
    static Contrast currentContrast();

    static QPalette palette(const QString& name, Contrast contrast = Contrast::Normal);
    static bool isDark(const QPalette& palette);
};

} // namespace convlab
