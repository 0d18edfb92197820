// SPDX-License-Identifier: MIT
// The headless drawing commands refuse bad arguments with exit code 2 and one line naming the
// value, write nothing, and speak the --lang language in their help and messages.
#include "HeadlessTest.h"

#include <QTemporaryDir>
#include <QTest>

using namespace headless;

class TestHeadlessErrors : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;

  private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void badArgumentsAreNamedAndWriteNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("named");
        const QString lesson = lessonPath("05_stride_and_padding.convlab");
        QTest::newRow("view") << QStringList{"render", lesson, "--view", "histogram"}
                              << "histogram";
        QTest::newRow("step 0") << QStringList{"render", lesson, "--step", "0"} << "--step 0";
        QTest::newRow("step past the end") << QStringList{"render", lesson, "--step", "42"} << "42";
        QTest::newRow("scale") << QStringList{"render", lesson, "--scale", "0"} << "--scale 0";
        QTest::newRow("scale text") << QStringList{"render", lesson, "--scale", "big"} << "big";
        QTest::newRow("theme") << QStringList{"render", lesson, "--theme", "sepia"} << "sepia";
        QTest::newRow("animate theme")
            << QStringList{"animate", lesson, "--theme", "blue"} << "blue";
        QTest::newRow("frame of a figure")
            << QStringList{"render", lesson, "--frame", "2"} << "--frame 2";
        QTest::newRow("frame past the end")
            << QStringList{"render", lesson, "--view", "stepper", "--step", "2", "--frame", "99"}
            << "99";
        QTest::newRow("missing lesson") << QStringList{"render", "/nonexistent/lesson.convlab"}
                                        << "/nonexistent/lesson.convlab";
        QTest::newRow("gif fps") << QStringList{"animate", lesson, "--fps", "51"} << "51";
        QTest::newRow("fps 0") << QStringList{"animate", lesson, "--fps", "0"} << "--fps 0";
        QTest::newRow("step of lesson frames")
            << QStringList{"animate", lesson, "--step", "2"} << "--step 2";
        QTest::newRow("arithmetic without --all") << QStringList{"arithmetic"} << "--all";
    }

    void badArgumentsAreNamedAndWriteNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, named);
        const QString out =
            m_dir->filePath(arguments[0] == QLatin1String("animate")  ? QStringLiteral("out.gif")
                            : arguments[0] == QLatin1String("render") ? QStringLiteral("out.png")
                                                                      : QStringLiteral("guide"));
        arguments << QStringLiteral("-o") << out;
        const Run run = runConvlab(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith(QStringLiteral("convlab: error: ")), qPrintable(run.err));
        QVERIFY2(run.err.contains(named), qPrintable(run.err));
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
        QCOMPARE(entriesOf(m_dir->path()), QStringList());
    }

    void helpAndMessagesFollowTheLanguage()
    {
        const Run english = runConvlab({QStringLiteral("render"), QStringLiteral("--help")});
        QCOMPARE(english.exitCode, 0);
        QVERIFY(english.out.contains(QStringLiteral("counted from 1")));
        const Run french = runConvlab({QStringLiteral("render"), QStringLiteral("--help"),
                                       QStringLiteral("--lang"), QStringLiteral("fr")});
        QCOMPARE(french.exitCode, 0);
        QVERIFY2(french.out.contains(QStringLiteral("à partir de 1")), qPrintable(french.out));
        const Run refused =
            runConvlab({QStringLiteral("render"), lessonPath("01_pattern_detector.convlab"),
                        QStringLiteral("-o"), m_dir->filePath("x.png"), QStringLiteral("--view"),
                        QStringLiteral("radar"), QStringLiteral("--lang"), QStringLiteral("fr")});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("vue inconnue")), qPrintable(refused.err));
    }
};

QTEST_MAIN(TestHeadlessErrors)
#include "tst_headlesserrors.moc"
