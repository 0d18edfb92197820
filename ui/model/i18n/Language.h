// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace convlab {

// The interface language, French or English: ConvLab's own translations (compiled into the
// resources under ":/i18n"), Qt's for the standard buttons and dialogs, and for the window the
// matching QLocale as default, so that numbers follow the language (0,93 in French).
class Language final {
  public:
    static QStringList codes(); // "en", "fr"
    static bool isKnown(const QString& code);
    // A language's name in that language ("Français"), as a language menu shows it.
    static QString nativeName(const QString& code);
    // The first of the system's preferred languages that ConvLab speaks; English otherwise.
    static QString systemDefault();
    // The language chosen in the window's menu (QSettings), or the system's.
    static QString saved();
    static void save(const QString& code);

    // For the window: translations, and numbers written as the language writes them.
    static void apply(const QString& code);
    // For the headless commands: translations, but numbers stay as Python writes them, so
    // that scripts can read them whatever the language.
    static void applyToCommandLine(const QString& code);
    // The language applied last; English, the language of the sources, before any.
    static QString current();
    static QLocale locale(const QString& code);

  private:
    static void installTranslators(const QString& code);
};

} // namespace convlab
