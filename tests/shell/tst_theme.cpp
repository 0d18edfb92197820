// SPDX-License-Identifier: MIT
// Themes: the light and dark palettes and their high-contrast variants, applied to the whole
// application without a window; the views' own painting following them; View ▸ Theme
// switching live and remembered.
#include "Contrast.h"
#include "IsolatedSettings.h"
#include "MainWindow.h"
#include "document/Document.h"
#include "stepper/StepperControls.h"
#include "stepper/StepperModel.h"
#include "theme/CheckedStateStyle.h"
#include "theme/Theme.h"
#include "theme/ThemedStyleSheet.h"
#include "views/ImageCanvas.h"
#include "views/KernelGrid.h"
#include "views/Palette.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QPainter>
#include <QSettings>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>
#include <cmath>
#include <memory>

using namespace convlab;

namespace {

using test::contrastRatio;

// The widest run of painted pixels across the middle row of a hatch brush's tile.
int hatchLineWidth(const QBrush& brush)
{
    const QImage tile = brush.texture().toImage();
    const int y = tile.height() / 2;
    int widest = 0, run = 0;
    for (int x = 0; x < tile.width(); ++x) {
        run = qAlpha(tile.pixel(x, y)) > 127 ? run + 1 : 0;
        widest = std::max(widest, run);
    }
    return widest;
}

// The strongest contrast any pixel of `image` has against `background`.
double strongestContrast(const QImage& image, const QColor& background)
{
    double strongest = 1;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            strongest = std::max(strongest, contrastRatio(QColor(image.pixel(x, y)), background));
    return strongest;
}

// `icon` at `side` pixels, composed over `background` as a button shows it.
QImage iconOn(const QIcon& icon, int side, const QColor& background)
{
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(background);
    QPainter painter(&image);
    icon.paint(&painter, QRect(0, 0, side, side));
    return image;
}

} // namespace

class TestTheme : public QObject {
    Q_OBJECT

  private slots:
    void initTestCase() { test::isolateSettings(QStringLiteral("tst_theme")); }

    void cleanup() { QSettings().clear(); }

    void namesAndChoices()
    {
        QCOMPARE(Theme::names(), QStringList({QStringLiteral("light"), QStringLiteral("dark")}));
        QVERIFY(Theme::choices().contains(QStringLiteral("system")));
        QVERIFY(!Theme::isKnown(QStringLiteral("system")));
        QCOMPARE(Theme::resolve(QStringLiteral("dark")), QStringLiteral("dark"));
        QCOMPARE(Theme::resolve(QStringLiteral("light")), QStringLiteral("light"));
        QVERIFY(Theme::isKnown(Theme::resolve(QStringLiteral("system"))));
    }

    void applyChangesTheApplicationPalette()
    {
        QVERIFY(Theme::apply(QStringLiteral("dark")));
        QCOMPARE(Theme::current(), QStringLiteral("dark"));
        QVERIFY(Theme::isDark(QApplication::palette()));
        QVERIFY(QApplication::palette().color(QPalette::Text).lightness() > 200);
        QVERIFY(Theme::apply(QStringLiteral("light")));
        QCOMPARE(Theme::current(), QStringLiteral("light"));
        QVERIFY(!Theme::isDark(QApplication::palette()));
        QVERIFY(QApplication::palette().color(QPalette::Text).lightness() < 60);
    }

    void unknownThemeChangesNothing()
    {
        QVERIFY(Theme::apply(QStringLiteral("dark")));
        const QPalette before = QApplication::palette();
        QVERIFY(!Theme::apply(QStringLiteral("purple")));
        QVERIFY(!Theme::apply(QStringLiteral("system"))); // resolve() it first
        QCOMPARE(QApplication::palette(), before);
        QCOMPARE(Theme::current(), QStringLiteral("dark"));
    }

    // Text must read on its background in every look, and presentation's high contrast must
    // really be higher.
    void textContrast_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("light") << QStringLiteral("light");
        QTest::newRow("dark") << QStringLiteral("dark");
    }

    void textContrast()
    {
        QFETCH(QString, name);
        const QPalette normal = Theme::palette(name);
        const QPalette high = Theme::palette(name, Theme::Contrast::High);
        for (const auto& [text, background] :
             {std::pair{QPalette::WindowText, QPalette::Window},
              std::pair{QPalette::Text, QPalette::Base},
              std::pair{QPalette::ButtonText, QPalette::Button},
              std::pair{QPalette::HighlightedText, QPalette::Highlight}}) {
            const double usual = contrastRatio(normal.color(text), normal.color(background));
            const double strong = contrastRatio(high.color(text), high.color(background));
            QVERIFY2(usual >= 4.5, qPrintable(QString::number(usual)));
            QVERIFY2(strong >= usual, qPrintable(QString::number(strong)));
        }
        QVERIFY(contrastRatio(high.color(QPalette::Text), high.color(QPalette::Base)) >= 15);
        QVERIFY(contrastRatio(normal.color(QPalette::PlaceholderText),
                              normal.color(QPalette::Base)) >= 3);
        QCOMPARE(Theme::isDark(normal), name == QLatin1String("dark"));
        QCOMPARE(Theme::isDark(high), name == QLatin1String("dark"));
    }

    void choiceIsRemembered()
    {
        QCOMPARE(Theme::saved(), QStringLiteral("system"));
        Theme::save(QStringLiteral("dark"));
        QCOMPARE(Theme::saved(), QStringLiteral("dark"));
        QCOMPARE(QSettings().value(QStringLiteral("theme")).toString(), QStringLiteral("dark"));
        Theme::save(QStringLiteral("purple"));
        QCOMPARE(Theme::saved(), QStringLiteral("dark"));
        QSettings().setValue(QStringLiteral("theme"), QStringLiteral("chartreuse"));
        QCOMPARE(Theme::saved(), QStringLiteral("system"));
    }

    void strokesGrowWithTheFont()
    {
        QWidget widget;
        QCOMPARE(palette::strokeScale(widget), 1.0);
        QFont font = widget.font();
        font.setPixelSize(QFontInfo(QApplication::font()).pixelSize() * 3);
        widget.setFont(font);
        QVERIFY(std::abs(palette::strokeScale(widget) - 3.0) < 0.01);
    }

    void hatchLinesGrowWithTheStroke()
    {
        const int thin = hatchLineWidth(palette::hatch(Qt::black, 1));
        const int thick = hatchLineWidth(palette::hatch(Qt::black, 3));
        QVERIFY2(thin >= 1 && thin <= 3, qPrintable(QString::number(thin)));
        QVERIFY2(thick >= 3 * thin - 1, qPrintable(QStringLiteral("%1 %2").arg(thin).arg(thick)));
    }

    // The kernel grid writes zeros on the view's own background and keeps every value
    // readable, in both themes.
    void kernelCellsFollowTheTheme_data() { textContrast_data(); }

    void kernelCellsFollowTheTheme()
    {
        QFETCH(QString, name);
        QVERIFY(Theme::apply(name));
        KernelModel model;
        cv::Mat kernel = (cv::Mat_<float>(1, 5) << -1.f, -0.5f, 0.f, 0.5f, 1.f);
        model.setKernel(kernel);
        const QColor zero = model.data(model.index(0, 2), Qt::BackgroundRole).value<QColor>();
        QCOMPARE(zero, QApplication::palette().color(QPalette::Base));
        for (int c = 0; c < kernel.cols; ++c) {
            const QModelIndex index = model.index(0, c);
            const auto fill = model.data(index, Qt::BackgroundRole).value<QColor>();
            const auto ink = model.data(index, Qt::ForegroundRole).value<QColor>();
            QVERIFY2(contrastRatio(fill, ink) >= 4.5, qPrintable(QString::number(c)));
        }
    }

    // Errors, right answers, notices and explanations of a problem: readable in every look,
    // their boxes light in the light looks and dark in the dark ones.
    void messageColours_data() { textContrast_data(); }
    void messageColours()
    {
        QFETCH(QString, name);
        for (const Theme::Contrast contrast : {Theme::Contrast::Normal, Theme::Contrast::High}) {
            const QPalette colours = Theme::palette(name, contrast);
            const QColor window = colours.color(QPalette::Window);
            QVERIFY(contrastRatio(palette::errorText(colours), window) >= 4.5);
            QVERIFY(contrastRatio(palette::successText(colours), window) >= 4.5);
            for (const palette::Callout& box :
                 {palette::noticeCallout(colours), palette::problemCallout(colours)}) {
                QVERIFY(contrastRatio(box.text, box.background) >= 7);
                QCOMPARE(box.background.lightness() < 128, Theme::isDark(colours));
            }
        }
    }

    // A checked button — a drawing tool, a stage of the transposed convolution, Overlay — is
    // framed and filled so that it stands out in every look (a frame of at least 3:1 against
    // the window, WCAG's contrast for controls), its text still readable on the fill.
    void checkedButtonsStandOut_data() { textContrast_data(); }
    void checkedButtonsStandOut()
    {
        QFETCH(QString, name);
        QVERIFY(Theme::apply(name));
        for (const bool autoRaise : {true, false}) {
            QWidget window;
            window.resize(200, 60);
            auto* checked = new QToolButton(&window);
            auto* unchecked = new QToolButton(&window);
            for (QToolButton* button : {checked, unchecked}) {
                button->setCheckable(true);
                button->setAutoRaise(autoRaise);
                button->resize(60, 30);
            }
            checked->setChecked(true);
            unchecked->move(80, 0);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            const QColor background = window.palette().color(QPalette::Window);
            const double on = strongestContrast(checked->grab().toImage(), background);
            const double off = strongestContrast(unchecked->grab().toImage(), background);
            QVERIFY2(on >= 3,
                     qPrintable(QStringLiteral("checked: %1 (unchecked %2)").arg(on).arg(off)));
            const QColor centre = checked->grab().toImage().pixel(30, 15);
            QVERIFY2(contrastRatio(centre, unchecked->grab().toImage().pixel(30, 15)) >= 1.3,
                     qPrintable(centre.name() + QLatin1Char(' ') +
                                QColor(unchecked->grab().toImage().pixel(30, 15)).name()));
        }
        const QPalette colours = QApplication::palette();
        QVERIFY(contrastRatio(colours.color(QPalette::ButtonText),
                              CheckedStateStyle::checkedFill(colours)) >= 4.5);
    }

    // The stepper's player (first, back, play, pause, step, last) in the look's text colour:
    // as visible on the dark look as on the light one.
    void playerIconsShow_data() { textContrast_data(); }
    void playerIconsShow()
    {
        QFETCH(QString, name);
        QVERIFY(Theme::apply(name));
        StepperModel model;
        StepperControls controls(&model);
        const QColor background = QApplication::palette().color(QPalette::Window);
        for (const char* button : {"firstButton", "backButton", "playButton", "pauseButton",
                                   "stepButton", "lastButton"}) {
            auto* tool = controls.findChild<QToolButton*>(QLatin1String(button));
            QVERIFY(tool);
            const double contrast =
                strongestContrast(iconOn(tool->icon(), 24, background), background);
            QVERIFY2(contrast >= 4.5,
                     qPrintable(QStringLiteral("%1: %2").arg(button).arg(contrast)));
        }
    }

    // A style sheet naming colours (the notice bar's, an exercise's verdict) follows a change
    // of theme.
    void styleSheetColoursFollowTheTheme()
    {
        Theme::apply(QStringLiteral("light"));
        QLabel label;
        new ThemedStyleSheet(&label, [](const QPalette& colours) { // owned by the label
            return QStringLiteral("color: %1;").arg(palette::errorText(colours).name());
        });
        const auto shows = [&](const QString& look) {
            return label.styleSheet().contains(palette::errorText(Theme::palette(look)).name());
        };
        QVERIFY(shows(QStringLiteral("light")));
        Theme::apply(QStringLiteral("dark"));
        QTRY_VERIFY(shows(QStringLiteral("dark")));
        Theme::apply(QStringLiteral("light"));
        QTRY_VERIFY(shows(QStringLiteral("light")));
    }

    // View ▸ Theme: applied at once to the window's widgets and their painting, remembered
    // for the next window.
    void menuSwitchesLiveAndPersists()
    {
        auto window = std::make_unique<MainWindow>();
        window->resize(900, 600);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        auto* dark = window->findChild<QAction*>(QStringLiteral("actionTheme_dark"));
        auto* light = window->findChild<QAction*>(QStringLiteral("actionTheme_light"));
        QVERIFY(dark && light);

        dark->trigger();
        QVERIFY(dark->isChecked());
        QCOMPARE(Theme::saved(), QStringLiteral("dark"));
        // Widgets receive the new palette through the event loop.
        QTRY_VERIFY(Theme::isDark(window->inputCanvas()->palette()));
        // The canvas paints its surroundings in the theme's colours.
        QImage shot = window->inputCanvas()->grab().toImage();
        QVERIFY(QColor(shot.pixel(1, 1)).lightness() < 60);

        light->trigger();
        QVERIFY(light->isChecked() && !dark->isChecked());
        QCOMPARE(Theme::saved(), QStringLiteral("light"));
        QTRY_VERIFY(!Theme::isDark(window->inputCanvas()->palette()));
        shot = window->inputCanvas()->grab().toImage();
        QVERIFY(QColor(shot.pixel(1, 1)).lightness() > 200);

        dark->trigger();
        window->document()->undoStack()->setClean();
        window.reset();
        Theme::apply(QStringLiteral("light")); // a new window shows the remembered choice
        auto next = std::make_unique<MainWindow>();
        auto* checked = next->findChild<QAction*>(QStringLiteral("actionTheme_dark"));
        QVERIFY(checked && checked->isChecked());
        next->setTheme(QStringLiteral("system"));
        QCOMPARE(Theme::saved(), QStringLiteral("system"));
        QCOMPARE(Theme::current(), Theme::resolve(QStringLiteral("system")));
        next->document()->undoStack()->setClean();
    }
};

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
