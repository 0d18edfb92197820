// SPDX-License-Identifier: MIT
// `convlab --lang fr|en`: the headless commands' help, messages and errors in French or
// English, the option anywhere on the line, the system's language by default, and
// `convlab code … --lang pytorch` left to its own meaning.
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Result {
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs convlab under a system that speaks `systemLanguage` ("" for the C locale).
Result run(const QStringList& arguments, const QString& systemLanguage = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LANGUAGE"), systemLanguage);
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CONVLAB_EXE), arguments);
    // No deadline of its own: under the sanitizers on a loaded machine a start can take over
    // 30 s; ctest's timeout bounds a hang.
    if (!process.waitForFinished(-1))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class TestLanguageOption : public QObject {
    Q_OBJECT

  private slots:
    void anImpossibleShapeIsExplainedInFrench_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QStringList shape = {QStringLiteral("shape"), QStringLiteral("--input"),
                                   QStringLiteral("7"), QStringLiteral("--kernel"),
                                   QStringLiteral("9")};
        QTest::addRow("before the command")
            << QStringList{QStringLiteral("--lang"), QStringLiteral("fr")} + shape;
        QTest::addRow("after it") << shape + QStringList{QStringLiteral("--lang"),
                                                         QStringLiteral("fr")};
        QTest::addRow("joined") << QStringList{QStringLiteral("--lang=fr")} + shape;
    }

    void anImpossibleShapeIsExplainedInFrench()
    {
        QFETCH(QStringList, arguments);
        const Result r = run(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err, QStringLiteral("convlab : erreur : sur les lignes, le noyau (taille 9) est "
                                       "plus grand que l'entrée après remplissage (taille 7)\n"));
    }

    void englishByDefaultAndOnRequest()
    {
        const QStringList shape = {QStringLiteral("shape"), QStringLiteral("--input"),
                                   QStringLiteral("7"), QStringLiteral("--kernel"),
                                   QStringLiteral("9")};
        const QString english =
            QStringLiteral("convlab: error: kernel 9 is larger than padded input 7 (rows)\n");
        QCOMPARE(run(shape).err, english);
        QCOMPARE(run(QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + shape,
                     QStringLiteral("fr"))
                     .err,
                 english);
    }

    void theSystemLanguageIsTheDefault()
    {
        const Result r = run({QStringLiteral("pool"), QStringLiteral("in.npy"),
                              QStringLiteral("-o"), QStringLiteral("out.npy")},
                             QStringLiteral("fr_FR:en"));
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err, QStringLiteral("convlab : erreur : pool attend --size K (la fenêtre : n "
                                       "ou lignes,colonnes)\n"));
    }

    void helpAndResultsInFrench()
    {
        const Result help = run({QStringLiteral("--lang"), QStringLiteral("fr"),
                                 QStringLiteral("shape"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.startsWith(QStringLiteral("Utilisation : convlab shape ")),
                 qPrintable(help.out));
        QVERIFY2(help.out.contains(QStringLiteral("Taille d'entrée : H, ou H,W (obligatoire).")),
                 qPrintable(help.out));
        QVERIFY(help.out.contains(QStringLiteral("Afficher cette aide.")));

        const Result overview = run({QStringLiteral("--help"), QStringLiteral("--lang=fr")});
        QCOMPARE(overview.exitCode, 0);
        QVERIFY2(overview.out.contains(QStringLiteral("--lang fr|en   Langue de la fenêtre")),
                 qPrintable(overview.out));

        // Words in French, numbers and formulas as Python writes them.
        const Result shape =
            run({QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("shape"),
                 QStringLiteral("--input"), QStringLiteral("7"), QStringLiteral("--kernel"),
                 QStringLiteral("3"), QStringLiteral("--stride"), QStringLiteral("2")});
        QCOMPARE(shape.exitCode, 0);
        QCOMPARE(shape.out,
                 QStringLiteral("lignes : o = floor((7 + 0 + 0 - 1·(3-1) - 1) / 2) + 1 = 3\n"
                                "colonnes : o = floor((7 + 0 + 0 - 1·(3-1) - 1) / 2) + 1 = 3\n"));
    }

    void optionErrorsInFrench()
    {
        const Result r =
            run({QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("shape"),
                 QStringLiteral("--input"), QStringLiteral("7"), QStringLiteral("--kernel"),
                 QStringLiteral("3"), QStringLiteral("--stride"), QStringLiteral("0")});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err, QStringLiteral("convlab : erreur : le pas doit valoir au moins 1 (valeur "
                                       "donnée : 0)\n"));
    }

    void anUnknownLanguageIsRefused()
    {
        const Result r =
            run({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("shape")});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err, QStringLiteral("convlab: error: --lang: 'de' is not a language of ConvLab "
                                       "(fr or en)\n"));
        QCOMPARE(run({QStringLiteral("--lang")}).exitCode, 2);
    }

    // After `code`, --lang names the language of the generated snippet.
    void theCodeCommandKeepsItsOwnLang()
    {
        const QTemporaryDir dir;
        const Result r = run(
            {QStringLiteral("code"), QStringLiteral("pool"), dir.filePath(QStringLiteral("x.npy")),
             QStringLiteral("--size"), QStringLiteral("2"), QStringLiteral("--lang"),
             QStringLiteral("pytorch"), QStringLiteral("--lang"), QStringLiteral("fr")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("torch")), qPrintable(r.out + r.err));
    }
};

QTEST_GUILESS_MAIN(TestLanguageOption)
#include "tst_languageoption.moc"
