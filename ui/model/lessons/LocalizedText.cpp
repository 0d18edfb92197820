// SPDX-License-Identifier: MIT
#include "lessons/LocalizedText.h"

#include "i18n/Language.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace convlab {

bool LocalizedText::fromJson(const QJsonValue& value, LocalizedText* out, QString* error)
{
    LocalizedText text;
    if (value.isString()) {
        text.m_texts.insert(QString(), value.toString());
    } else if (value.isObject() && !value.toObject().isEmpty()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!it.value().isString()) {
                *error =
                    QCoreApplication::translate("LocalizedText", "the \"%1\" text must be a string")
                        .arg(it.key());
                return false;
            }
            text.m_texts.insert(it.key(), it.value().toString());
        }
    } else {
        *error = QCoreApplication::translate(
            "LocalizedText", "must be a string or an object of languages, e.g. {\"en\": …, "
                             "\"fr\": …}");
        return false;
    }
    *out = text;
    return true;
}

QString LocalizedText::in(const QString& language) const
{
    for (const QString& key : {language, QStringLiteral("en"), QString()})
        if (m_texts.contains(key))
            return m_texts.value(key);
    return m_texts.isEmpty() ? QString() : m_texts.first();
}

QString LocalizedText::uiLanguage()
{
    return Language::current();
}

bool LocalizedText::isEmpty() const
{
    for (const QString& text : m_texts)
        if (!text.trimmed().isEmpty())
            return false;
    return true;
}

} // namespace convlab
