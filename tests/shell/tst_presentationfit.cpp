// SPDX-License-Identifier: MIT
// Presentation mode on a 1920×1080 projector: at every step of every built-in lesson, in
// English and in French, the window fits the screen, or its text is already back to the usual
// size. The offscreen platform's default screen (800 pixels) is too narrow to tell, so this
// test runs on a screen of its own.
#include "IsolatedSettings.h"
#include "MainWindow.h"
#include "lessons/LessonCatalog.h"
#include "lessons/LessonPanel.h"
#include "presentation/PresentationMode.h"

#include <QApplication>
#include <QFile>
#include <QFontInfo>
#include <QScreen>
#include <QTemporaryDir>
#include <QTest>

using namespace convlab;

class TestPresentationFit : public QObject {
    Q_OBJECT

  private slots:
    void initTestCase() { test::isolateSettings(QStringLiteral("tst_presentationfit")); }

    void everyStepFitsTheScreen_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("fr") << QStringLiteral("fr");
    }

    void everyStepFitsTheScreen()
    {
        QFETCH(QString, language);
        MainWindow window;
        window.setLanguage(language);
        window.resize(1100, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const int screenWidth = window.screen()->geometry().width();
        QCOMPARE(screenWidth, 1920);
        PresentationMode* presentation = window.presentation();
        for (const LessonCatalog::Entry& lesson : LessonCatalog::builtIn()) {
            QVERIFY(window.openLesson(lesson.path));
            presentation->enter();
            const int steps = window.lessonPanel()->script()->stepCount();
            for (int step = 0; step < steps; ++step) {
                QVERIFY(window.lessonPanel()->goToStep(step));
                QTest::qWait(60); // the step's response and texts arrive
                const int usual = QFontInfo(QApplication::font()).pixelSize();
                const int size = QFontInfo(window.font()).pixelSize();
                QVERIFY2(window.minimumSizeHint().width() <= screenWidth || size <= usual + 1,
                         qPrintable(QStringLiteral("%1 step %2: %3 px wide at %4 px text")
                                        .arg(lesson.path.section(QLatin1Char('/'), -1))
                                        .arg(step + 1)
                                        .arg(window.minimumSizeHint().width())
                                        .arg(size)));
            }
            presentation->leave();
        }
        window.setLanguage(QStringLiteral("en"));
    }
};

int main(int argc, char** argv)
{
    const QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("screen.json"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(R"({"screens": [{"name": "projector", "x": 0, "y": 0, "width": 1920,
                       "height": 1080, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})") < 0)
        return 1;
    file.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + config.toLocal8Bit());
    QApplication app(argc, argv);
    TestPresentationFit test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_presentationfit.moc"
