// SPDX-License-Identifier: MIT
// The colour bar's numbers: at one precision fitted to their spacing, 0 written "0" at that
// precision, a tiny or huge range in units of a power of ten said once — never "-1.3E-05".
#include "format/CellValue.h"
#include "format/ScaleLabels.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTest>

using namespace convlab;

class TestScaleLabels : public QObject {
    Q_OBJECT

  private slots:
    void init() { QLocale::setDefault(QLocale::c()); }
    void cleanupTestCase() { QLocale::setDefault(QLocale::system()); }

    void ticksShareOnePrecision()
    {
        QCOMPARE(ScaleLabels::of({0, 1}, 5).ticks,
                 QStringList({"1.00", "0.75", "0.50", "0.25", "0.00"}));
        const ScaleLabels bytes = ScaleLabels::of({0, 255}, 5);
        QCOMPARE(bytes.ticks.first(), QStringLiteral("255"));
        QCOMPARE(bytes.ticks.last(), QStringLiteral("0"));
        QVERIFY(bytes.factor.isEmpty());
        QCOMPARE(ScaleLabels::of({-1, 1}, 3).ticks, QStringList({"1.0", "0.0", "-1.0"}));
    }

    // Float noise around 0 at one end of a range: 0 at the displayed precision, written so.
    void noiseAtZeroReadsZero()
    {
        const ScaleLabels labels = ScaleLabels::of({-1.3e-05, 0.92}, 5);
        QCOMPARE(labels.ticks.last(), QStringLiteral("0.00"));
        QVERIFY(labels.factor.isEmpty());
        for (const QString& tick : labels.ticks)
            QVERIFY2(!tick.contains(QLatin1Char('e'), Qt::CaseInsensitive), qPrintable(tick));
    }

    // A range that is tiny as a whole: a power of ten said once, plain numbers on the ticks.
    void aTinyRangeIsWrittenInUnitsOfAPowerOfTen()
    {
        const ScaleLabels labels = ScaleLabels::of({-1.3e-05, 1.2e-05}, 5);
        QCOMPARE(labels.factor, QStringLiteral("×10⁻⁵"));
        QCOMPARE(labels.ticks.first(), QStringLiteral("1.20"));
        QCOMPARE(labels.ticks.last(), QStringLiteral("-1.30"));
        QStringList distinct = labels.ticks;
        QCOMPARE(distinct.removeDuplicates(), 0);
        for (const QString& tick : labels.ticks)
            QVERIFY2(!tick.contains(QLatin1Char('e'), Qt::CaseInsensitive), qPrintable(tick));
        const ScaleLabels huge = ScaleLabels::of({0, 2.5e6}, 5);
        QCOMPARE(huge.factor, QStringLiteral("×10⁶"));
        QCOMPARE(huge.ticks.first(), QStringLiteral("2.50"));
    }

    // A constant map's range is centred on its value; ticks still differ.
    void neighbouringTicksDiffer_data()
    {
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        QTest::newRow("unit") << 0.0 << 1.0;
        QTest::newRow("constant 9") << 4.5 << 13.5;
        QTest::newRow("narrow around 1000") << 1000.0001 << 1000.0002;
        QTest::newRow("nearly constant") << 0.4999995 << 0.5000004;
        QTest::newRow("diverging tiny") << -3e-7 << 3e-7;
    }

    void neighbouringTicksDiffer()
    {
        QFETCH(double, low);
        QFETCH(double, high);
        QStringList ticks = ScaleLabels::of({low, high}, 5).ticks;
        QCOMPARE(ticks.size(), 5);
        QCOMPARE(ticks.removeDuplicates(), 0);
        static const QRegularExpression plain(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?$"));
        for (const QString& tick : ticks) {
            QVERIFY2(plain.match(tick).hasMatch(), qPrintable(tick));
            QVERIFY2(!tick.startsWith(QStringLiteral("-0")) ||
                         tick.contains(QRegularExpression("[1-9]")),
                     qPrintable(tick));
        }
    }

    // A single value (a score, a cell) far from 1: two digits and the power of ten.
    void aValueFarFromOneIsWrittenWithItsPowerOfTen()
    {
        QCOMPARE(formatCellValue(1.38e-05), QStringLiteral("1.4×10⁻⁵"));
        QCOMPARE(formatCellValue(-9.99e-06), QStringLiteral("-1.0×10⁻⁵"));
        QCOMPARE(formatCellValue(123456.7), QStringLiteral("1.2×10⁵"));
        QCOMPARE(formatCellValue(0.5), QStringLiteral("0.50"));
        QCOMPARE(formatCellValue(0), QStringLiteral("0"));
    }

    void theLocaleWritesTheDecimals()
    {
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        QCOMPARE(ScaleLabels::of({0, 1}, 3).ticks, QStringList({"1,00", "0,50", "0,00"}));
    }
};

QTEST_MAIN(TestScaleLabels)
#include "tst_scalelabels.moc"
