// SPDX-License-Identifier: MIT
// The Checkerboard page: every number it shows against core and a count written here, its
// sentence against the map, its state across a language switch.
#include "i18n/Language.h"
#include "stepper/CheckerboardView.h"
#include "stepper/OverlapMapView.h"
#include "stepper/StepThroughPanel.h"
#include "theme/Theme.h"
#include "views/ColorBar.h"

#include <QComboBox>
#include <QLabel>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <algorithm>
#include <numeric>

using namespace convlab;

namespace {

struct Brute {
    std::vector<int> axis;             // one axis's counts
    std::vector<std::vector<int>> map; // rows × cols
    int interiorBegin = 0;             // [begin, end) on each axis, empty when begin >= end
    int interiorEnd = 0;
};

// The definition: input cell n and tap u stamp output cell n·s + u·d (no padding); counted
// pair by pair in 2D, not as a product of the axes.
Brute bruteForce(int i, int k, int s, int d)
{
    Brute b;
    const int o = (i - 1) * s + d * (k - 1) + 1;
    b.axis.assign(static_cast<std::size_t>(o), 0);
    for (int n = 0; n < i; ++n)
        for (int u = 0; u < k; ++u)
            ++b.axis[static_cast<std::size_t>(n * s + u * d)];
    b.map.assign(static_cast<std::size_t>(o), std::vector<int>(static_cast<std::size_t>(o), 0));
    for (int nr = 0; nr < i; ++nr)
        for (int nc = 0; nc < i; ++nc)
            for (int ur = 0; ur < k; ++ur)
                for (int uc = 0; uc < k; ++uc)
                    ++b.map[static_cast<std::size_t>(nr * s + ur * d)]
                           [static_cast<std::size_t>(nc * s + uc * d)];
    // Where every tap can land on an input cell: from the last tap's reach to the last input.
    b.interiorBegin = d * (k - 1);
    b.interiorEnd = std::min(o, (i - 1) * s + 1);
    return b;
}

CheckerboardView::Settings settingsOf(int i, int k, int s, int d)
{
    CheckerboardView::Settings settings;
    settings.input = i;
    settings.kernel = k;
    settings.stride = s;
    settings.dilation = d;
    return settings;
}

QString plain(const QString& rich)
{
    QString text = rich;
    return text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
}

} // namespace

class TestCheckerboardView : public QObject {
    Q_OBJECT

    static void cases()
    {
        QTest::addColumn<int>("i");
        QTest::addColumn<int>("k");
        QTest::addColumn<int>("s");
        QTest::addColumn<int>("d");
        QTest::newRow("k 3, s 2: checkerboard") << 5 << 3 << 2 << 1;
        QTest::newRow("k 4, s 2: even") << 5 << 4 << 2 << 1;
        QTest::newRow("k 3, s 2, d 2: holes") << 4 << 3 << 2 << 2;
        QTest::newRow("k 5, s 3") << 6 << 5 << 3 << 1;
        QTest::newRow("k 6, s 3, d 2: even") << 6 << 6 << 3 << 2;
        QTest::newRow("k 1, s 2") << 3 << 1 << 2 << 1;
        QTest::newRow("s 1, d 3") << 5 << 2 << 1 << 3;
        QTest::newRow("largest: k 7, s 4, d 3") << 8 << 7 << 4 << 3;
    }

  private slots:
    void init() { Language::apply(QStringLiteral("en")); }

    void everyNumberShownIsCoresAndTheBruteCount_data() { cases(); }
    void everyNumberShownIsCoresAndTheBruteCount()
    {
        QFETCH(int, i);
        QFETCH(int, k);
        QFETCH(int, s);
        QFETCH(int, d);
        CheckerboardView page;
        page.setAttribute(Qt::WA_DontShowOnScreen);
        page.resize(960, 540);
        page.show();

        page.setSettings(settingsOf(i, k, s, d));

        const Brute brute = bruteForce(i, k, s, d);
        const int o = static_cast<int>(brute.axis.size());
        const cv::Mat core = transposedOverlap({i, i}, {k, k}, page.params());
        const cv::Mat& shown = page.overlapView()->map();
        const cv::Mat& constant = page.transposedView()->map();
        QCOMPARE(shown.rows, o);
        QCOMPARE(shown.cols, o);
        QCOMPARE(constant.rows, o);
        int maximum = 0;
        for (int r = 0; r < o; ++r)
            for (int c = 0; c < o; ++c) {
                const int expected = brute.map[std::size_t(r)][std::size_t(c)];
                maximum = std::max(maximum, expected);
                QCOMPARE(shown.at<float>(r, c), float(expected));
                QCOMPARE(core.at<float>(r, c), float(expected));
                // Ones through ones: the same numbers.
                QCOMPARE(constant.at<float>(r, c), float(expected));
            }
        // The numbers written in the cells: on a slide-sized page, every cell of the small maps.
        if (o <= 11)
            QVERIFY(page.overlapView()->numbersFit());
        if (page.overlapView()->numbersFit())
            for (int r = 0; r < o; ++r)
                for (int c = 0; c < o; ++c)
                    QCOMPARE(page.overlapView()->numberAt(r, c),
                             QString::number(brute.map[std::size_t(r)][std::size_t(c)]));
        // The 1D row of numbers, as text and on the label.
        QCOMPARE(page.counts1d(), transposedOverlap1d({i, k, s, 0, 0, d, 0}));
        QCOMPARE(page.counts1d(), brute.axis);
        QStringList numbers;
        for (int n : brute.axis)
            numbers << QString::number(n);
        QCOMPARE(page.countsText(), numbers.join(QLatin1Char(' ')));
        auto* label = page.findChild<QLabel*>(QStringLiteral("counts1d"));
        QVERIFY(plain(label->text()).endsWith(page.countsText()));
        // The colour bars go from 0 to the largest count.
        const QList<ColorBar*> bars = page.findChildren<ColorBar*>();
        QCOMPARE(bars.size(), 3);
        QCOMPARE(bars[0]->range().low, 0.0);
        QCOMPARE(bars[0]->range().high, double(std::max(1, maximum)));
        // The interior frame.
        const cv::Rect interior = page.overlapView()->interior();
        if (brute.interiorBegin < brute.interiorEnd)
            QCOMPARE(interior, cv::Rect(brute.interiorBegin, brute.interiorBegin,
                                        brute.interiorEnd - brute.interiorBegin,
                                        brute.interiorEnd - brute.interiorBegin));
        else
            QVERIFY(interior.empty());
        // Resize then convolution: i·s cells a side, k² everywhere inside its frame.
        const cv::Mat& resized = page.resizedView()->map();
        QCOMPARE(resized.rows, i * s);
        const cv::Rect inside = page.resizedView()->interior();
        for (int r = inside.y; r < inside.y + inside.height; ++r)
            for (int c = inside.x; c < inside.x + inside.width; ++c)
                QCOMPARE(resized.at<float>(r, c), float(k * k));
    }

    void theSentenceSaysWhatTheMapShows_data() { cases(); }
    void theSentenceSaysWhatTheMapShows()
    {
        QFETCH(int, i);
        QFETCH(int, k);
        QFETCH(int, s);
        QFETCH(int, d);
        CheckerboardView page;

        page.setSettings(settingsOf(i, k, s, d));

        const Brute brute = bruteForce(i, k, s, d);
        const QString text = page.evennessText();
        if (brute.interiorBegin >= brute.interiorEnd) {
            QVERIFY2(text.startsWith(QStringLiteral("No output cell")), qPrintable(text));
            return;
        }
        int low = INT_MAX, high = 0;
        for (int r = brute.interiorBegin; r < brute.interiorEnd; ++r)
            for (int c = brute.interiorBegin; c < brute.interiorEnd; ++c) {
                low = std::min(low, brute.map[std::size_t(r)][std::size_t(c)]);
                high = std::max(high, brute.map[std::size_t(r)][std::size_t(c)]);
            }
        int wholeLow = INT_MAX, wholeHigh = 0;
        for (const auto& row : brute.map)
            for (int n : row) {
                wholeLow = std::min(wholeLow, n);
                wholeHigh = std::max(wholeHigh, n);
            }
        QVERIFY2(text.contains(
                     QStringLiteral("%1 to %2 over the whole map").arg(wholeLow).arg(wholeHigh)),
                 qPrintable(text));
        const bool rule = s <= k && k % s == 0 && std::gcd(s, d) == 1;
        if (low == high) {
            QVERIFY2(text.startsWith(QStringLiteral("Even inside")), qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("receives %1 contributions").arg(low)) ||
                         text.contains(QStringLiteral("(%1 contributions").arg(low)),
                     qPrintable(text));
            if (rule)
                QVERIFY2(text.contains(QStringLiteral("s = %1 divides k = %2").arg(s).arg(k)),
                         qPrintable(text));
        } else {
            QVERIFY(!rule);
            QVERIFY2(text.startsWith(QStringLiteral("Uneven inside")), qPrintable(text));
            QVERIFY2(
                text.contains(QStringLiteral("from %1 to %2 contributions").arg(low).arg(high)),
                qPrintable(text));
            if (std::gcd(s, d) > 1)
                QVERIFY2(text.contains(QStringLiteral("gcd(s, d) = gcd(%1, %2) = %3 > 1")
                                           .arg(s)
                                           .arg(d)
                                           .arg(std::gcd(s, d))),
                         qPrintable(text));
            else
                QVERIFY2(
                    text.contains(QStringLiteral("s = %1 does not divide k = %2").arg(s).arg(k)),
                    qPrintable(text));
        }
    }

    void theControlsChangeTheMaps()
    {
        CheckerboardView page;
        auto* kernel = page.findChild<QSpinBox*>(QStringLiteral("kernelSize"));
        auto* resize = page.findChild<QComboBox*>(QStringLiteral("resizeMode"));
        QVERIFY(kernel && resize);

        kernel->setValue(4);
        resize->setCurrentIndex(1);

        QCOMPARE(page.settings().kernel, 4);
        QVERIFY(page.settings().resize == ResizeMode::Bilinear);
        QVERIFY(page.evennessText().startsWith(QStringLiteral("Even inside")));
        // Out of the limits: clamped, the spin box says so.
        page.setSettings(settingsOf(20, 20, 9, 9));
        QCOMPARE(page.settings(),
                 settingsOf(CheckerboardView::kMaxInput, CheckerboardView::kMaxKernel,
                            CheckerboardView::kMaxStride, CheckerboardView::kMaxDilation));
        QCOMPARE(kernel->value(), CheckerboardView::kMaxKernel);
    }

    void aLanguageSwitchKeepsTheWidgetsAndTheSettings()
    {
        StepThroughPanel panel;
        panel.showTab(StepThroughPanel::Tab::Checkerboard);
        CheckerboardView* page = panel.checkerboard();
        CheckerboardView::Settings settings = settingsOf(6, 5, 3, 2);
        settings.resize = ResizeMode::Bilinear;
        page->setSettings(settings);
        const QList<QWidget*> widgets = page->findChildren<QWidget*>();
        auto* tabs = panel.findChild<QTabWidget*>();
        const QString english = page->evennessText();
        QCOMPARE(tabs->tabText(3), QStringLiteral("Checkerboard"));
        QCOMPARE(panel.currentTab(), StepThroughPanel::Tab::Checkerboard);

        Language::apply(QStringLiteral("fr"));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange); // posted to windows

        QCOMPARE(page->findChildren<QWidget*>(), widgets);
        QVERIFY(page->settings() == settings);
        QCOMPARE(page->findChild<QSpinBox*>(QStringLiteral("kernelSize"))->value(), 5);
        QCOMPARE(page->findChild<QComboBox*>(QStringLiteral("resizeMode"))->currentIndex(), 1);
        QCOMPARE(page->findChild<QComboBox*>(QStringLiteral("resizeMode"))->currentText(),
                 QStringLiteral("bilinéaire"));
        QCOMPARE(tabs->tabText(3), QStringLiteral("Damier"));
        QVERIFY(page->evennessText() != english);
        QVERIFY2(page->evennessText().startsWith(QStringLiteral("Irrégulier")),
                 qPrintable(page->evennessText()));
        QCOMPARE(panel.currentTab(), StepThroughPanel::Tab::Checkerboard);

        Language::apply(QStringLiteral("en"));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange); // posted to windows

        QCOMPARE(page->findChildren<QWidget*>(), widgets);
        QCOMPARE(page->evennessText(), english);
        QVERIFY(page->settings() == settings);
    }
};

QTEST_MAIN(TestCheckerboardView)
#include "tst_checkerboardview.moc"
