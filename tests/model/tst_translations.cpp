// SPDX-License-Identifier: MIT
// The French and English translations (resources/translations/*.ts): every message translated,
// placeholders and accelerators kept, and the files up to date with the sources — lupdate,
// run on copies, must find nothing new, nothing gone and no tr() whose context it cannot tell.
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // "", "unfinished", "vanished" or "obsolete"
    QStringList forms;

    QString key() const { return context + u'\x1f' + source + u'\x1f' + comment; }
    QString name() const { return context + QStringLiteral(": ") + source; }
};

QString tsFile(const QString& language)
{
    return QStringLiteral(CONVLAB_SOURCE_DIR "/resources/translations/convlab_%1.ts").arg(language);
}

QList<Message> readTs(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Message> messages;
    QString context;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            Message m;
            m.context = context;
            m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("source")) {
                    m.source = xml.readElementText();
                } else if (xml.name() == QLatin1String("comment")) {
                    m.comment = xml.readElementText();
                } else if (xml.name() == QLatin1String("translation")) {
                    m.type = xml.attributes().value(QLatin1String("type")).toString();
                    if (!m.numerus) {
                        m.forms << xml.readElementText();
                    } else {
                        while (xml.readNextStartElement())
                            m.forms << xml.readElementText();
                    }
                } else {
                    xml.skipCurrentElement();
                }
            }
            messages << m;
        }
    }
    return xml.hasError() ? QList<Message>() : messages;
}

// %1, %L2 and %n, each once, sorted: what a translation must keep.
QStringList placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?([1-9][0-9]?|n)"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(1));
    QStringList list(found.begin(), found.end());
    list.sort();
    return list;
}

// A menu or button text's accelerator: "&" before a character other than "&" or a space.
bool hasAccelerator(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("&[^&\\s]"));
    return !text.contains(QLatin1Char('<')) &&
           pattern.match(QString(text).remove(QStringLiteral("&&"))).hasMatch();
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_lupdateOutput;

    QString copyOf(const QString& language) const
    {
        return m_dir.filePath(QStringLiteral("convlab_%1.ts").arg(language));
    }

  private slots:
    // lupdate once, on copies of both files, exactly as `update_translations` runs it but
    // keeping what vanished from the sources, so that a stale message shows.
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (const QString& language : {QStringLiteral("fr"), QStringLiteral("en")})
            QVERIFY(QFile::copy(tsFile(language), copyOf(language)));
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(CONVLAB_SOURCE_DIR));
        // The sources and include paths of qt_add_translations in resources/CMakeLists.txt.
        lupdate.start(QStringLiteral(CONVLAB_LUPDATE),
                      {QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-I"),
                       QStringLiteral("ui/model"), QStringLiteral("-I"),
                       QStringLiteral("ui/widgets"), QStringLiteral("-I"),
                       QStringLiteral("ui/shell"), QStringLiteral("-I"), QStringLiteral("app"),
                       QStringLiteral("-I"), QStringLiteral("core"), QStringLiteral("ui"),
                       QStringLiteral("app"), QStringLiteral("-ts"), copyOf(QStringLiteral("fr")),
                       copyOf(QStringLiteral("en"))});
        QVERIFY(lupdate.waitForFinished(60000));
        m_lupdateOutput =
            QString::fromUtf8(lupdate.readAllStandardOutput() + lupdate.readAllStandardError());
        QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
                 qPrintable(m_lupdateOutput));
    }

    void everyMessageIsTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("fr") << QStringLiteral("fr");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void everyMessageIsTranslated()
    {
        QFETCH(QString, language);
        const QList<Message> messages = readTs(tsFile(language));
        QVERIFY(messages.size() > 100);
        for (const Message& m : messages) {
            QVERIFY2(m.type.isEmpty(), qPrintable(m.type + QStringLiteral(": ") + m.name()));
            QVERIFY2(!m.forms.isEmpty(), qPrintable(m.name()));
            QCOMPARE(m.forms.size(), m.numerus ? 2 : 1); // French and English: one, many
            for (const QString& form : m.forms)
                QVERIFY2(!form.isEmpty(), qPrintable(m.name()));
        }
    }

    void placeholdersAndAcceleratorsAreKept_data() { everyMessageIsTranslated_data(); }

    void placeholdersAndAcceleratorsAreKept()
    {
        QFETCH(QString, language);
        for (const Message& m : readTs(tsFile(language))) {
            for (const QString& form : m.forms) {
                QVERIFY2(placeholders(form) == placeholders(m.source),
                         qPrintable(m.name() + QStringLiteral(" → ") + form));
                QVERIFY2(hasAccelerator(form) == hasAccelerator(m.source),
                         qPrintable(m.name() + QStringLiteral(" → ") + form));
            }
        }
    }

    void theFilesAreUpToDateWithTheSources_data() { everyMessageIsTranslated_data(); }

    void theFilesAreUpToDateWithTheSources()
    {
        QFETCH(QString, language);
        QSet<QString> committed;
        for (const Message& m : readTs(tsFile(language)))
            committed.insert(m.key());
        QSet<QString> current;
        for (const Message& m : readTs(copyOf(language))) {
            QVERIFY2(m.type != QLatin1String("unfinished"),
                     qPrintable(QStringLiteral("new in the sources, not translated: ") + m.name()));
            QVERIFY2(m.type != QLatin1String("vanished") && m.type != QLatin1String("obsolete"),
                     qPrintable(QStringLiteral("gone from the sources: ") + m.name()));
            current.insert(m.key());
        }
        QCOMPARE(current, committed);
    }

    // A tr() outside a class with Q_OBJECT or Q_DECLARE_TR_FUNCTIONS (say, a free function
    // forwarding to X::tr) files its strings under a context the program never asks for:
    // they would stay English however well they are translated.
    void everyContextIsOneTheProgramAsksFor()
    {
        QVERIFY2(!m_lupdateOutput.contains(QLatin1String("lacks Q_OBJECT macro")),
                 qPrintable(m_lupdateOutput));
        for (const Message& m : readTs(tsFile(QStringLiteral("fr"))))
            QVERIFY2(m.context != QLatin1String("convlab") && m.context != QLatin1String("cv") &&
                         m.context != QLatin1String("std"),
                     qPrintable(QStringLiteral("namespace used as a context: ") + m.name()));
    }

    void theCompiledTranslationsAreInTheResources()
    {
        QTranslator french;
        QVERIFY(french.load(QStringLiteral(":/i18n/convlab_fr.qm")));
        QCOMPARE(french.translate("convlab::WindowMenus", "&File"), QStringLiteral("&Fichier"));
        QCOMPARE(french.translate("convlab::core", "stride", "a quantity, subject of a message"),
                 QStringLiteral("le pas"));
        QTranslator english;
        QVERIFY(english.load(QStringLiteral(":/i18n/convlab_en.qm")));
        QCOMPARE(english.translate("convlab::ResponseView", " · %n peak(s) marked", nullptr, 1),
                 QStringLiteral(" · %n peak marked"));
        QCOMPARE(english.translate("convlab::ResponseView", " · %n peak(s) marked", nullptr, 3),
                 QStringLiteral(" · %n peaks marked"));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
