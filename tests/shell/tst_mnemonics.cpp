// SPDX-License-Identifier: MIT
// No literal mnemonics: a "&" in a label is a mnemonic only when the label has a buddy to
// reach; without one, QLabel writes the "&" itself ("Frame &size:"). Every label of the
// window and of its dialogs is walked, in English and in French, and so are the titles of
// the docks (a window title never takes a mnemonic).
#include "IsolatedSettings.h"
#include "MainWindow.h"
#include "document/Document.h"
#include "export/ExportAnimationDialog.h"
#include "export/FunctionFrameSource.h"
#include "i18n/Language.h"

#include <QDockWidget>
#include <QLabel>
#include <QRegularExpression>
#include <QTest>
#include <QUndoStack>

using namespace convlab;

namespace {

// A "&" before a character other than "&" or a space, as QLabel reads a mnemonic.
bool hasMnemonic(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("&[^&\\s]"));
    return pattern.match(QString(text).remove(QStringLiteral("&&"))).hasMatch();
}

QString describe(const QWidget* widget, const QString& text)
{
    QStringList path;
    for (const QObject* o = widget; o; o = o->parent())
        path.prepend(o->objectName().isEmpty() ? QString::fromLatin1(o->metaObject()->className())
                                               : o->objectName());
    return path.join(QLatin1Char('/')) + QStringLiteral(": \"") + text + QLatin1Char('"');
}

// The labels under `root` that would show a "&" literally.
QStringList literalMnemonics(const QWidget* root)
{
    QStringList found;
    for (const QLabel* label : root->findChildren<QLabel*>()) {
        const QString text = label->text();
        const bool rich = label->textFormat() == Qt::RichText ||
                          (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text));
        if (rich) // "&amp;" and entities: HTML, not mnemonics
            continue;
        if (hasMnemonic(text) && !label->buddy())
            found << describe(label, text);
    }
    for (const QDockWidget* dock : root->findChildren<QDockWidget*>())
        if (dock->windowTitle().contains(QLatin1Char('&')))
            found << describe(dock, dock->windowTitle());
    return found;
}

QImage plainFrame(int, const QSize& size, qreal scale)
{
    QImage image(size * scale, QImage::Format_RGB32);
    image.fill(Qt::gray);
    return image;
}

} // namespace

class TestMnemonics : public QObject {
    Q_OBJECT

  private slots:
    void initTestCase() { test::isolateSettings(QStringLiteral("tst_mnemonics")); }
    void cleanupTestCase() { Language::apply(QStringLiteral("en")); }

    void hasMnemonicReadsAsQLabelDoes()
    {
        QVERIFY(hasMnemonic(QStringLiteral("Frame &size:")));
        QVERIFY(!hasMnemonic(QStringLiteral("Input && patch")));
        QVERIFY(!hasMnemonic(QStringLiteral("a & b")));
    }

    void noLabelShowsItsAmpersand_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("fr") << QStringLiteral("fr");
    }

    void noLabelShowsItsAmpersand()
    {
        QFETCH(QString, language);
        Language::apply(language);
        MainWindow window;
        window.setAttribute(Qt::WA_DontShowOnScreen);
        window.show();
        QStringList found = literalMnemonics(&window);

        ExportAnimationDialog dialog(std::make_shared<FunctionFrameSource>(3, plainFrame),
                                     AnimationOptions{});
        found << literalMnemonics(&dialog);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
        window.document()->undoStack()->setClean();
    }
};

QTEST_MAIN(TestMnemonics)
#include "tst_mnemonics.moc"
