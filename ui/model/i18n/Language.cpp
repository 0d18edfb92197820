// SPDX-License-Identifier: MIT
#include "i18n/Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace convlab {

namespace {

const QString kEnglish = QStringLiteral("en");
const QString kFrench = QStringLiteral("fr");

// The same store as the window's other preferences.
QSettings settings()
{
    if (QCoreApplication::organizationName().isEmpty())
        return QSettings(QStringLiteral("ConvLab"), QStringLiteral("ConvLab"));
    return QSettings();
}

struct Installed {
    QPointer<QTranslator> convlab;
    QPointer<QTranslator> qt;
    QString code = kEnglish;
};

Installed& installed()
{
    static Installed state;
    return state;
}

void remove(QPointer<QTranslator>& translator)
{
    if (!translator)
        return;
    QCoreApplication::removeTranslator(translator);
    delete translator;
}

} // namespace

QStringList Language::codes()
{
    return {kEnglish, kFrench};
}

bool Language::isKnown(const QString& code)
{
    return codes().contains(code);
}

QString Language::nativeName(const QString& code)
{
    if (code == kFrench)
        return QStringLiteral("Français");
    if (code == kEnglish)
        return QStringLiteral("English");
    return code;
}

QString Language::systemDefault()
{
    for (const QString& tag : QLocale::system().uiLanguages()) {
        const QString code = tag.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0);
        if (isKnown(code.toLower()))
            return code.toLower();
    }
    return kEnglish;
}

QString Language::saved()
{
    const QString code = settings().value(QStringLiteral("language")).toString();
    return isKnown(code) ? code : systemDefault();
}

void Language::save(const QString& code)
{
    settings().setValue(QStringLiteral("language"), code);
}

void Language::apply(const QString& code)
{
    installTranslators(code);
    QLocale::setDefault(locale(code));
}

void Language::applyToCommandLine(const QString& code)
{
    installTranslators(code);
    QLocale::setDefault(QLocale::c());
}

QString Language::current()
{
    return installed().code;
}

QLocale Language::locale(const QString& code)
{
    const QLocale::Language language = code == kFrench ? QLocale::French : QLocale::English;
    // The system's own variant when it speaks that language (fr_CA, en_GB), else the main one.
    const QLocale system = QLocale::system();
    return system.language() == language ? system : QLocale(language);
}

void Language::installTranslators(const QString& code)
{
    Installed& state = installed();
    remove(state.convlab);
    remove(state.qt);
    state.code = isKnown(code) ? code : kEnglish;
    QCoreApplication* app = QCoreApplication::instance();
    if (!app)
        return;
    // Qt's own texts first (standard buttons, file dialogs, command-line parser), then
    // ConvLab's, which are looked up first. Qt's may be missing (qt6-translations-l10n).
    auto* qt = new QTranslator(app);
    if (qt->load(QStringLiteral("qtbase_") + state.code,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        state.qt = qt;
    } else {
        delete qt;
    }
    auto* own = new QTranslator(app);
    if (own->load(QStringLiteral(":/i18n/convlab_") + state.code)) {
        QCoreApplication::installTranslator(own);
        state.convlab = own;
    } else {
        qWarning("ConvLab: the %s translation is missing from the resources",
                 qPrintable(state.code));
        delete own;
    }
}

} // namespace convlab
