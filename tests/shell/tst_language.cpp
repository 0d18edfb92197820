// SPDX-License-Identifier: MIT
// Language: French and English translators, the default locale that numbers follow, the
// remembered choice; and the window switching language live around the same document.
#include "IsolatedSettings.h"
#include "MainWindow.h"
#include "compute/ResponseComputer.h"
#include "document/Document.h"
#include "i18n/Language.h"
#include "lessons/LessonPanel.h"
#include "stepper/StepThroughPanel.h"
#include "views/ParametersPanel.h"
#include "views/ResponseView.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>
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
DocumentState onePeakState()
{
    DocumentState state;
    state.image = cv::Mat::zeros(12, 12, CV_32F);
    state.image.at<float>(3, 4) = 1.0F;
    state.patch = cv::Mat(1, 1, CV_32F, cv::Scalar(0.5));
    state.parameters.operation = Parameters::Operation::CrossCorrelation;
    return state;
}

void chooseLanguage(MainWindow& window, const QString& code)
{
    QAction* action = window.findChild<QAction*>(QStringLiteral("actionLanguage_") + code);
    QVERIFY2(action, qPrintable(code));
    action->trigger();
    QCOMPARE(Language::current(), code); // at once: nothing is rebuilt
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
        QCOMPARE(QCoreApplication::translate("convlab::WindowMenus", "&File"),
                 QStringLiteral("&Fichier"));
        QCOMPARE(QLocale().toString(0.93), QStringLiteral("0,93"));

        Language::apply(QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("convlab::WindowMenus", "&File"),
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
        Document* document = window->document();
        document->replaceAll(onePeakState());
        document->setPatch(cv::Mat(1, 1, CV_32F, cv::Scalar(0.5)), QStringLiteral("same patch"));
        QVERIFY(settle(*window));
        const int undoSteps = document->undoStack()->count();
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
        QCOMPARE(window->document(), document);
        QCOMPARE(document->undoStack()->count(), undoSteps);
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
        QCOMPARE(document->undoStack()->count(), undoSteps);
        document->undoStack()->undo();
        QVERIFY(document->undoStack()->index() == undoSteps - 1);
        document->undoStack()->setClean();
    }

    // A language switch retranslates in place: the window keeps every widget, action, menu and
    // dock it had, and their texts change.
    void theSwitchKeepsEveryWidgetAndChangesItsText()
    {
        auto window = std::make_unique<MainWindow>();
        window->resize(1366, 768);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        const QList<QWidget*> widgets = window->findChildren<QWidget*>();
        const QList<QAction*> actions = window->findChildren<QAction*>();
        QVERIFY(widgets.size() > 100 && actions.size() > 50);
        QList<QPointer<QObject>> guarded;
        QStringList names; // of the guarded objects, to name one that goes
        for (QObject* object : widgets)
            guarded << object;
        for (QObject* object : actions)
            guarded << object;
        for (QObject* object : std::as_const(guarded))
            names << QStringLiteral("%1 %2").arg(
                QString::fromLatin1(object->metaObject()->className()), object->objectName());
        QAction* open = window->findChild<QAction*>(QStringLiteral("actionOpen"));
        auto* lessonDock = window->findChild<QDockWidget*>(QStringLiteral("lessonDock"));
        auto* parametersDock = window->findChild<QDockWidget*>(QStringLiteral("parametersDock"));
        QLabel* stride = nullptr;
        for (QLabel* label : window->parametersPanel()->findChildren<QLabel*>())
            if (label->text() == QStringLiteral("Stride"))
                stride = label;
        auto* tabs = window->stepThroughPanel()->findChild<QTabWidget*>();
        auto* overlay = window->responseView()->findChild<QToolButton*>(QStringLiteral("overlay"));
        QVERIFY(open && lessonDock && parametersDock && stride && tabs && overlay);
        const QString openText = open->text(), dockTitle = parametersDock->windowTitle(),
                      label = stride->text(), tab = tabs->tabText(0), toggle = overlay->text();
        const QStringList titles = menuTitles(*window);

        chooseLanguage(*window, QStringLiteral("fr"));
        for (int i = 0; i < guarded.size(); ++i)
            QVERIFY2(guarded[i], qPrintable(names[i]));          // nothing deleted
        for (QWidget* widget : window->findChildren<QWidget*>()) // nothing added
            QVERIFY2(
                widgets.contains(widget),
                qPrintable(QStringLiteral("%1 %2 in %3: %4")
                               .arg(QString::fromLatin1(widget->metaObject()->className()),
                                    widget->objectName(),
                                    widget->parentWidget()
                                        ? QString::fromLatin1(
                                              widget->parentWidget()->metaObject()->className()) +
                                              widget->parentWidget()->objectName()
                                        : QString(),
                                    widget->property("text").toString())));
        QCOMPARE(window->findChildren<QAction*>().size(), actions.size());
        QCOMPARE(window->findChild<QAction*>(QStringLiteral("actionOpen")), open);
        QCOMPARE(window->findChild<QDockWidget*>(QStringLiteral("lessonDock")), lessonDock);
        QCOMPARE(open->text(), QStringLiteral("&Ouvrir…"));
        QVERIFY(parametersDock->windowTitle() != dockTitle);
        QVERIFY2(stride->text() != label, qPrintable(stride->text()));
        QVERIFY2(tabs->tabText(0) != tab, qPrintable(tabs->tabText(0)));
        QVERIFY2(overlay->text() != toggle, qPrintable(overlay->text()));
        QVERIFY(menuTitles(*window) != titles);

        chooseLanguage(*window, QStringLiteral("en"));
        for (int i = 0; i < guarded.size(); ++i)
            QVERIFY2(guarded[i], qPrintable(names[i]));
        QCOMPARE(open->text(), openText);
        QCOMPARE(parametersDock->windowTitle(), dockTitle);
        QCOMPARE(stride->text(), label);
        QCOMPARE(tabs->tabText(0), tab);
        QCOMPARE(overlay->text(), toggle);
        QCOMPARE(menuTitles(*window), titles);
        window->document()->undoStack()->setClean();
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
        window->document()->undoStack()->setClean();
    }
};

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
