// SPDX-License-Identifier: MIT
#include "export/RichTextMarkdown.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

namespace convlab {

namespace {

// Characters that Markdown (or Jupyter's MathJax, for $) would read as syntax.
QString escaped(const QString& text, bool code)
{
    if (code)
        return QString(text).replace(QLatin1Char('`'), QStringLiteral("'"));
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (QStringLiteral("\\`*_<>$").contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

// `text` between `mark`s, with the spaces at its ends left outside: "* x*" is not emphasis.
QString wrapped(const QString& text, const QString& mark)
{
    const QString inner = text.trimmed();
    if (inner.isEmpty())
        return text;
    const qsizetype lead = text.indexOf(inner);
    return text.left(lead) + mark + inner + mark + text.mid(lead + inner.size());
}

// &lt; &gt; &amp; &quot; &apos; &nbsp; and numeric references; others stay as written.
QString entitiesDecoded(const QString& text)
{
    if (!text.contains(QLatin1Char('&')))
        return text;
    static const QRegularExpression entity(QStringLiteral("&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);"));
    QString out;
    qsizetype from = 0;
    QRegularExpressionMatchIterator it = entity.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString name = m.captured(1);
        QString decoded;
        if (name.startsWith(QLatin1String("#x")))
            decoded = QChar(name.mid(2).toUInt(nullptr, 16));
        else if (name.startsWith(QLatin1Char('#')))
            decoded = QChar(name.mid(1).toUInt());
        else {
            static const QHash<QString, QString> named{
                {QStringLiteral("lt"), QStringLiteral("<")},
                {QStringLiteral("gt"), QStringLiteral(">")},
                {QStringLiteral("amp"), QStringLiteral("&")},
                {QStringLiteral("quot"), QStringLiteral("\"")},
                {QStringLiteral("apos"), QStringLiteral("'")},
                {QStringLiteral("nbsp"), QString(QChar(0xa0))}};
            decoded = named.value(name, m.captured(0));
        }
        out += text.mid(from, m.capturedStart() - from) + decoded;
        from = m.capturedEnd();
    }
    return out + text.mid(from);
}

} // namespace

QString richTextToMarkdown(const QString& html)
{
    static const QRegularExpression token(QStringLiteral("<(/?)([a-zA-Z0-9]+)[^>]*>|([^<]+)"));
    // What is open, innermost last: a tag name and the text gathered inside it.
    struct Open {
        QString tag;
        QString text;
    };
    QList<Open> open{{QString(), QString()}};
    QStringList blocks;
    const auto inCode = [&] {
        for (const Open& o : open)
            if (o.tag == QLatin1String("tt") || o.tag == QLatin1String("code"))
                return true;
        return false;
    };
    const auto endBlock = [&] {
        // Only the outermost text makes blocks; an unclosed inline tag is closed here.
        while (open.size() > 1) {
            const Open inner = open.takeLast();
            open.last().text += inner.text;
        }
        QString text = open.last().text.trimmed();
        if (text.startsWith(QLatin1Char('#'))) // not a heading
            text.prepend(QLatin1Char('\\'));
        if (!text.isEmpty())
            blocks << text;
        open.last().text.clear();
    };
    int listDepth = 0;
    QRegularExpressionMatchIterator it = token.globalMatch(html);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.hasCaptured(3) && !m.captured(3).isEmpty()) {
            QString text = entitiesDecoded(m.captured(3));
            text.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
            open.last().text += escaped(text, inCode());
            continue;
        }
        const bool closing = !m.captured(1).isEmpty();
        const QString tag = m.captured(2).toLower();
        if (tag == QLatin1String("p") || tag == QLatin1String("div") ||
            QRegularExpression(QStringLiteral("^h[1-6]$")).match(tag).hasMatch()) {
            endBlock();
            continue;
        }
        if (tag == QLatin1String("br")) {
            open.last().text += QStringLiteral("<br>");
            continue;
        }
        if (tag == QLatin1String("ul") || tag == QLatin1String("ol")) {
            endBlock();
            listDepth = std::max(0, listDepth + (closing ? -1 : 1));
            continue;
        }
        if (tag == QLatin1String("li")) {
            if (!closing) {
                endBlock();
                open.last().text = QString(2 * std::max(0, listDepth - 1), QLatin1Char(' ')) +
                                   QStringLiteral("- ");
            }
            continue;
        }
        static const QStringList inlineTags{QStringLiteral("i"),   QStringLiteral("em"),
                                            QStringLiteral("b"),   QStringLiteral("strong"),
                                            QStringLiteral("tt"),  QStringLiteral("code"),
                                            QStringLiteral("sub"), QStringLiteral("sup")};
        if (!inlineTags.contains(tag))
            continue; // unknown: the tag goes, its text stays
        if (!closing) {
            open.append({tag, QString()});
            continue;
        }
        if (open.size() < 2 || open.last().tag != tag)
            continue; // a stray closing tag
        const Open inner = open.takeLast();
        QString made;
        if (tag == QLatin1String("i") || tag == QLatin1String("em"))
            made = wrapped(inner.text, QStringLiteral("*"));
        else if (tag == QLatin1String("b") || tag == QLatin1String("strong"))
            made = wrapped(inner.text, QStringLiteral("**"));
        else if (tag == QLatin1String("tt") || tag == QLatin1String("code"))
            made = wrapped(inner.text, QStringLiteral("`"));
        else
            made = QStringLiteral("<%1>%2</%1>").arg(tag, inner.text);
        open.last().text += made;
    }
    endBlock();
    // List items follow each other without a blank line.
    QString out;
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        if (i > 0) {
            const bool list = blocks[i].trimmed().startsWith(QLatin1String("- ")) &&
                              blocks[i - 1].trimmed().startsWith(QLatin1String("- "));
            out += list ? QStringLiteral("\n") : QStringLiteral("\n\n");
        }
        out += blocks[i];
    }
    return out;
}

} // namespace convlab
