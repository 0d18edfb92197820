// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonValue>
#include <QMap>
#include <QString>

namespace convlab {

// A lesson text in several languages, as a lesson file writes it: either one string (any
// language) or an object {"en": "…", "fr": "…"}. Lesson texts are content, not UI strings,
// so they live in the file beside each other rather than in the .ts translations.
class LocalizedText final {
  public:
    LocalizedText() = default;
    explicit LocalizedText(const QString& any) { m_texts.insert(QString(), any); }

    // nullopt-like: false with `error` set ("must be a string or an object of languages").
    static bool fromJson(const QJsonValue& value, LocalizedText* out, QString* error);

    // The text in `language` ("fr"), else English, else the first one written.
    QString in(const QString& language) const;
    // The UI language ("fr", "en"), as i18n/Language applied it.
    static QString uiLanguage();
    QString current() const { return in(uiLanguage()); }

    void set(const QString& language, const QString& text) { m_texts.insert(language, text); }
    bool isEmpty() const;
    QStringList languages() const { return m_texts.keys(); }

  private:
    QMap<QString, QString> m_texts; // "" for a plain string
};

} // namespace convlab
