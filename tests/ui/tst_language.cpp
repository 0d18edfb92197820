// SPDX-License-Identifier: MIT
// Language: French and English translators, the default locale that numbers follow, the
// remembered choice; and the window switching language live around the same document.
#include "IsolatedSettings.h"
#include "MainWindow.h"
#include "compute/ResponseComputer.h"
#include "document/Lesson.h"
#include "i18n/Language.h"
#include "lessons/LessonPanel.h"
#include "views/ParametersPanel.h"
#include "views/ResponseView.h"

#include <QAction>
#include <QApplication>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QTest>
#include <QUndoStack>
#include <memory>

using namespace convlab;

namespace {

bool settle(MainWindow& window, int timeoutMs = 8000)
{
    return QTest::qWaitFor(
        [&window] {
            ResponseComputer* computer = window.computer();
            return !computer->isBusy() && computer->latest() &&
                   computer->latest()->generation == computer->generation();
        },
        timeoutMs);
}

QStringList menuTitles(const MainWindow& window)
{
    QStringList titles;
    for (const QAction* action : window.menuBar()->actions())
        titles << action->text();
    return titles;
}

// Pairs of items of one menu that share an accelerator (Alt+letter), by position:
// "menu/submenu:i,j", so that the two languages can be compared.
void collectAcceleratorClashes(const QMenu* menu, const QString& path, QSet<QString>& clashes)
{
    QHash<QString, int> seen;
    const QList<QAction*> actions = menu->actions();
    for (int i = 0; i < actions.size(); ++i) {
        const QAction* action = actions[i];
        if (action->isSeparator() || !action->isVisible())
            continue;
        const QString key = QKeySequence::mnemonic(action->text()).toString().toLower();
        if (!key.isEmpty() && seen.contains(key))
            clashes.insert(path + QStringLiteral(":%1,%2").arg(seen.value(key)).arg(i));
        seen.insert(key, i);
        if (action->menu())
            collectAcceleratorClashes(action->menu(), path + QStringLiteral("/%1").arg(i), clashes);
    }
}

QSet<QString> acceleratorClashes(const MainWindow& window)
{
    QSet<QString> clashes;
    const QList<QAction*> menus = window.menuBar()->actions();
    for (int i = 0; i < menus.size(); ++i)
        collectAcceleratorClashes(menus[i]->menu(), QString::number(i), clashes);
    return clashes;
}

// A 12×12 image holding one bright cell at (row 3, col 4), and a 1×1 patch of 0.5: the best
// response is 0.5, a number whose decimal point the language chooses.
LessonState onePeakState()
{
    LessonState state;
    state.image = cv::Mat::zeros(12, 12, CV_32F);
    state.image.at<float>(3, 4) = 1.0F;
    state.patch = cv::Mat(1, 1, CV_32F, cv::Scalar(0.5));
    state.parameters.operation = LessonParameters::Operation::CrossCorrelation;
    return state;
}

void chooseLanguage(MainWindow& window, const QString& code)
{
    QAction* action = window.findChild<QAction*>(QStringLiteral("actionLanguage_") + code);
    QVERIFY2(action, qPrintable(code));
    action->trigger();
    // The switch is queued (the menu that triggers it is rebuilt): wait for its effect.
    QTRY_COMPARE(Language::current(), code);
}

} // namespace

class TestLanguage : public QObject {
    Q_OBJECT

  private slots:
    void initTestCase() { test::isolateSettings(QStringLiteral("tst_language")); }

    void cleanup() { Language::apply(QStringLiteral("en")); }

    void applyTranslatesAndLocalisesNumbers()
    {
        Language::apply(QStringLiteral("fr"));
        QCOMPARE(Language::current(), QStringLiteral("fr"));
        QCOMPARE(QCoreApplication::translate("convlab::MainWindow", "&File"),
                 QStringLiteral("&Fichier"));
        QCOMPARE(QLocale().toString(0.93), QStringLiteral("0,93"));

        Language::apply(QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("convlab::MainWindow", "&File"),
                 QStringLiteral("&File"));
        QCOMPARE(QLocale().toString(0.93), QStringLiteral("0.93"));
    }

    void theCommandLineKeepsPythonNumbers()
    {
        Language::applyToCommandLine(QStringLiteral("fr"));
        QCOMPARE(QCoreApplication::translate("convlab::cli", "convlab: error: %1"),
                 QStringLiteral("convlab : erreur : %1"));
        QCOMPARE(QLocale().toString(0.93), QStringLiteral("0.93"));
    }

    void anUnknownLanguageFallsBackToEnglish()
    {
        Language::apply(QStringLiteral("de"));
        QCOMPARE(Language::current(), QStringLiteral("en"));
        QVERIFY(!Language::isKnown(QStringLiteral("de")));
        QCOMPARE(Language::nativeName(QStringLiteral("fr")), QStringLiteral("Français"));
    }

    void theChoiceIsRemembered()
    {
        Language::save(QStringLiteral("fr"));
        QCOMPARE(Language::saved(), QStringLiteral("fr"));
        QSettings().setValue(QStringLiteral("language"), QStringLiteral("klingon"));
        QCOMPARE(Language::saved(), Language::systemDefault());
        QVERIFY(Language::isKnown(Language::systemDefault()));
        QSettings().remove(QStringLiteral("language"));
    }

    void theWindowSwitchesToFrenchAndBackKeepingTheDocument()
    {
        auto window = std::make_unique<MainWindow>();
        window->resize(1366, 768);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        Lesson* lesson = window->lesson();
        lesson->replaceAll(onePeakState());
        lesson->setPatch(cv::Mat(1, 1, CV_32F, cv::Scalar(0.5)), QStringLiteral("same patch"));
        QVERIFY(settle(*window));
        const int undoSteps = lesson->undoStack()->count();
        QVERIFY(undoSteps > 0);
        QVERIFY(menuTitles(*window).contains(QStringLiteral("&File")));
        QVERIFY(window->responseView()->peakText().contains(QStringLiteral("0.50")));
        const QSet<QString> englishClashes = acceleratorClashes(*window);

        chooseLanguage(*window, QStringLiteral("fr"));
        QVERIFY(settle(*window));
        const QStringList french = menuTitles(*window);
        for (const char* title : {"&Fichier", "É&dition", "&Affichage", "Aid&e"})
            QVERIFY2(french.contains(QString::fromUtf8(title)), qPrintable(french.join(u' ')));
        const QString formula = window->parametersPanel()->formulaText();
        QVERIFY2(formula.contains(QStringLiteral("<b>lignes</b>")) &&
                     formula.contains(QStringLiteral("<b>colonnes</b>")) &&
                     formula.contains(QStringLiteral("réponse 12 × 12")),
                 qPrintable(formula));
        const QString peak = window->responseView()->peakText();
        QVERIFY2(peak.contains(QStringLiteral("(ligne 3, colonne 4)")) &&
                     peak.contains(QStringLiteral("0,50")) &&
                     peak.contains(QStringLiteral("np.unravel_index(np.argmax(result), "
                                                  "result.shape)")),
                 qPrintable(peak));
        QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("fr"));
        // The French accelerators add no clash to those the English ones may have.
        const QSet<QString> newClashes = acceleratorClashes(*window) - englishClashes;
        QVERIFY2(newClashes.isEmpty(),
                 qPrintable(QStringList(newClashes.begin(), newClashes.end()).join(u' ')));

        // The same document, undo history included, behind the new widgets.
        QCOMPARE(window->lesson(), lesson);
        QCOMPARE(lesson->undoStack()->count(), undoSteps);
        QVERIFY(window->computer()->latest()->ok());
        // A core error reaches the window in French.
        QVERIFY(!window->openFile(QStringLiteral("/nonexistent/convlab/image.png")));
        auto* box = window->findChild<QMessageBox*>(QStringLiteral("errorMessage"));
        QVERIFY(box);
        QVERIFY2(box->text().startsWith(QStringLiteral("impossible d'ouvrir ")),
                 qPrintable(box->text()));
        box->close();

        chooseLanguage(*window, QStringLiteral("en"));
        QVERIFY(settle(*window));
        QVERIFY(menuTitles(*window).contains(QStringLiteral("&File")));
        QVERIFY(window->parametersPanel()->formulaText().contains(QStringLiteral("<b>rows</b>")));
        QVERIFY(window->responseView()->peakText().contains(QStringLiteral("0.50")));
        QCOMPARE(lesson->undoStack()->count(), undoSteps);
        lesson->undoStack()->undo();
        QVERIFY(lesson->undoStack()->index() == undoSteps - 1);
        lesson->undoStack()->setClean();
    }

    // The lesson panel is not rebuilt: the step a student has reached survives the switch,
    // and the panel writes the lesson's own French text.
    void aGuidedLessonKeepsItsStepAcrossTheSwitch()
    {
        auto window = std::make_unique<MainWindow>();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QVERIFY(window->openLesson(
            QStringLiteral(CONVLAB_SOURCE_DIR "/resources/lessons/01_pattern_detector.convlab")));
        LessonPanel* panel = window->lessonPanel();
        QVERIFY(panel->stepCount() > 1);
        QVERIFY(panel->next());
        QCOMPARE(panel->currentStep(), 1);
        QVERIFY(panel->isVisible());

        chooseLanguage(*window, QStringLiteral("fr"));
        QCOMPARE(window->lessonPanel(), panel);
        QCOMPARE(panel->currentStep(), 1);
        QTRY_VERIFY(panel->isVisible());
        // Qt posts LanguageChange to the windows: the panel rewrites itself when it arrives.
        QTRY_VERIFY2(panel->lessonTitle().contains(QStringLiteral("Un patch est un détecteur de "
                                                                  "motif")),
                     qPrintable(panel->lessonTitle()));

        chooseLanguage(*window, QStringLiteral("en"));
        QCOMPARE(panel->currentStep(), 1);
        QTRY_VERIFY(panel->lessonTitle().contains(QStringLiteral("A patch is a pattern detector")));
        window->lesson()->undoStack()->setClean();
    }
};

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
