// SPDX-License-Identifier: MIT
#include "TestData.h"
#include "stepper/StepperArithmetic.h"
#include "stepper/StepperFormat.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTest>
#include <limits>
#include <random>

using namespace convlab;

namespace {

const QChar kMinus(0x2212);

cv::Mat matrix(int rows, int cols, std::initializer_list<float> values)
{
    cv::Mat m(rows, cols, CV_32F);
    std::copy(values.begin(), values.end(), m.begin<float>());
    return m;
}

StepperSetup convolution(const cv::Mat& input, const cv::Mat& kernel)
{
    StepperSetup s;
    s.input = input;
    s.kernel = kernel;
    return s;
}

double parseNumber(QString text)
{
    text.replace(kMinus, QLatin1Char('-'));
    text.remove(QLatin1Char('('));
    text.remove(QLatin1Char(')'));
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    return ok ? value : std::numeric_limits<double>::quiet_NaN();
}

} // namespace

class TestStepperArithmetic : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void numbersAreWrittenAsOnTheBoard_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("text");
        QTest::addRow("2.25") << 2.25 << QStringLiteral("2.25");
        QTest::addRow("integer") << 12.0 << QStringLiteral("12");
        QTest::addRow("true minus") << -1.0 << QString(kMinus) + QStringLiteral("1");
        QTest::addRow("four digits") << 1234.5678 << QStringLiteral("1235");
        QTest::addRow("float noise") << 2.2500002 << QStringLiteral("2.25");
        QTest::addRow("round-off is 0, not -0") << -1e-9 << QStringLiteral("0");
        QTest::addRow("NaN") << std::numeric_limits<double>::quiet_NaN() << QStringLiteral("—");
        QTest::addRow("-inf") << -std::numeric_limits<double>::infinity()
                              << QString(kMinus) + QChar(0x221E);
    }

    void numbersAreWrittenAsOnTheBoard()
    {
        QFETCH(double, value);
        QFETCH(QString, text);
        QCOMPARE(formatNumber(value), text);
    }

    void numbersFollowTheLocale()
    {
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        QCOMPARE(formatNumber(2.25), QStringLiteral("2,25"));
        QCOMPARE(formatNumber(-0.5), QString(kMinus) + QStringLiteral("0,5"));
        QLocale::setDefault(QLocale::c());
    }

    void subscriptsAreUnicodeDigits()
    {
        QCOMPARE(subscripted(QStringLiteral("w"), 12), QStringLiteral("w₁₂"));
        QCOMPARE(formatFactor(-1), QStringLiteral("(") + kMinus + QStringLiteral("1)"));
        QCOMPARE(formatFactor(3), QStringLiteral("3"));
    }

    void aSmallKernelIsWrittenInFull()
    {
        // Hand-computed: 0.5·1 + 0·(−1) + 1·0.5 + 2·0.25 = 1.5.
        const StepperSetup s =
            convolution(matrix(2, 2, {0.5f, 0, 1, 2}), matrix(2, 2, {1, -1, 0.5f, 0.25f}));
        const StepTrace step = stepOf(s, 0);
        QCOMPARE(StepperArithmetic::describe(s, step),
                 QStringLiteral("out(0, 0) = 0.5·1 + 0·(") + kMinus +
                     QStringLiteral("1) + 1·0.5 + 2·0.25 = 1.5"));
    }

    void aNegativeInputBecomesASubtraction()
    {
        // −0.5·2 + −1·1 is written −0.5·2 − 1·1 = −2.
        const StepperSetup s = convolution(matrix(1, 2, {-0.5f, -1}), matrix(1, 2, {2, 1}));
        const QString text = StepperArithmetic::describe(s, stepOf(s, 0));
        QCOMPARE(text, QStringLiteral("out(0, 0) = ") + kMinus + QStringLiteral("0.5·2 ") + kMinus +
                           QStringLiteral(" 1·1 = ") + kMinus + QStringLiteral("2"));
        QVERIFY(!text.contains(QLatin1Char('-')));
    }

    void theWrittenProductsAddUpToTheValue_data()
    {
        QTest::addColumn<int>("seed");
        for (int seed = 1; seed <= 8; ++seed)
            QTest::addRow("seed %d", seed) << seed;
    }

    void theWrittenProductsAddUpToTheValue()
    {
        // Integer data: the products written can be parsed back exactly.
        QFETCH(int, seed);
        std::mt19937 rng(static_cast<unsigned>(seed));
        std::uniform_int_distribution<int> value(-3, 3), side(1, 5);
        const int k = side(rng), kc = side(rng);
        cv::Mat input(7, 7, CV_32F), kernel(k, kc, CV_32F);
        for (float& v : cv::Mat_<float>(input))
            v = static_cast<float>(value(rng));
        for (float& v : cv::Mat_<float>(kernel))
            v = static_cast<float>(value(rng));
        StepperSetup s = convolution(input, kernel);
        s.conv.padding = Padding::uniform(1);
        s.conv.paddingMode = PaddingMode::Reflect;
        const StepTrace step = stepOf(s, seed % stepCountOf(s));
        const QString text = StepperArithmetic::describe(s, step);
        const QString expression = text.section(QStringLiteral(" = "), 1, 1);
        const QString result = text.section(QStringLiteral(" = "), 2, 2);
        // Split into signed products: "a·b", "+ a·b" or "− a·b".
        const QStringList terms =
            expression.split(QRegularExpression(QStringLiteral(" (?=[+−] )")));
        QCOMPARE(terms.size(), kernel.rows * kernel.cols);
        double sum = 0;
        for (int i = 0; i < terms.size(); ++i) {
            QString term = terms[i];
            double sign = 1;
            if (term.startsWith(QStringLiteral("+ ")))
                term = term.mid(2);
            else if (term.startsWith(kMinus + QStringLiteral(" "))) {
                sign = -1;
                term = term.mid(2);
            }
            const QStringList factors = term.split(QStringLiteral("·"));
            QCOMPARE(factors.size(), 2);
            const double input = sign * parseNumber(factors[0]), weight = parseNumber(factors[1]);
            QCOMPARE(input, double(step.taps[static_cast<size_t>(i)].input));
            QCOMPARE(weight, double(step.taps[static_cast<size_t>(i)].weight));
            sum += input * weight;
        }
        QCOMPARE(parseNumber(result), sum);
        QCOMPARE(double(step.value), sum);
    }

    void aLargeKernelIsSummarised()
    {
        std::mt19937 rng(9);
        StepperSetup s = convolution(test::randomMat(rng, 9, 9), test::randomMat(rng, 6, 6));
        s.conv.padding = Padding::uniform(2);
        const StepTrace step = stepOf(s, 0);
        const QString text = StepperArithmetic::describe(s, step);
        QVERIFY2(text.contains(QStringLiteral("36")) && text.contains(QStringLiteral("6×6")) &&
                     text.contains(QStringLiteral("20 read the padding")) &&
                     text.endsWith(formatNumber(step.value)),
                 qPrintable(text));
    }

    void poolingIsAMaxOrAMean()
    {
        StepperSetup s;
        s.operation = StepOperation::Pooling;
        s.input = matrix(2, 2, {0.5f, -1, 2, 0});
        s.pool.size = {2, 2};
        s.pool.stride = {2, 2};
        s.pool.padding = {};
        QCOMPARE(StepperArithmetic::describe(s, stepOf(s, 0)),
                 QStringLiteral("out(0, 0) = max(0.5, ") + kMinus + QStringLiteral("1, 2, 0) = 2"));
        s.pool.mode = PoolMode::Average;
        QCOMPARE(StepperArithmetic::describe(s, stepOf(s, 0)),
                 QStringLiteral("out(0, 0) = (0.5 ") + kMinus +
                     QStringLiteral(" 1 + 2 + 0) / 4 = 0.375"));
    }

    void maxPoolingPaddingIsMinusInfinity()
    {
        StepperSetup s;
        s.operation = StepOperation::Pooling;
        s.input = matrix(2, 2, {1, 2, 3, 4});
        s.pool.size = {2, 2};
        s.pool.stride = {2, 2};
        s.pool.padding = Padding::uniform(1);
        const QString text = StepperArithmetic::describe(s, stepOf(s, 0));
        QCOMPARE(text, QStringLiteral("out(0, 0) = max(") + kMinus + QChar(0x221E) +
                           QStringLiteral(", ") + kMinus + QChar(0x221E) + QStringLiteral(", ") +
                           kMinus + QChar(0x221E) + QStringLiteral(", 1) = 1"));
    }

    void templateMatchingWritesItsFormula_data()
    {
        QTest::addColumn<int>("method");
        QTest::addColumn<QString>("numerator");
        QTest::addRow("sqdiff") << 0 << QStringLiteral("Σ(I − T)² = (1 − 0)² + (2 − 1)² = 2");
        QTest::addRow("ccorr") << 2 << QStringLiteral("Σ I·T = 1·0 + 2·1 = 2");
        QTest::addRow("ccoeff") << 4 << QStringLiteral("Σ(I − ⟨I⟩)·(T − ⟨T⟩) = ");
    }

    void templateMatchingWritesItsFormula()
    {
        QFETCH(int, method);
        QFETCH(QString, numerator);
        StepperSetup s;
        s.operation = StepOperation::TemplateMatch;
        s.method = static_cast<MatchMethod>(method);
        s.input = matrix(1, 3, {1, 2, 3});
        s.kernel = matrix(1, 2, {0, 1});
        const QString text = StepperArithmetic::describe(s, stepOf(s, 0));
        QVERIFY2(text.startsWith(QStringLiteral("out(0, 0): ")), qPrintable(text));
        QVERIFY2(text.contains(numerator), qPrintable(text));
    }

    void anUndefinedScoreIsSaidToBe()
    {
        StepperSetup s;
        s.operation = StepOperation::TemplateMatch;
        s.method = MatchMethod::CCoeffNormed;
        s.input = matrix(1, 3, {2, 2, 2});
        s.kernel = matrix(1, 2, {0, 1});
        const QString text = StepperArithmetic::describe(s, stepOf(s, 0));
        QVERIFY2(text.contains(QStringLiteral("undefined")), qPrintable(text));
    }

    void aScatterStepNamesItsStamp()
    {
        StepperSetup s;
        s.operation = StepOperation::TransposedScatter;
        s.input = matrix(2, 2, {1, 2, 3, 4});
        s.kernel = matrix(2, 2, {1, 0, -1, 2});
        s.transposed.stride = {2, 2};
        const QString text = StepperArithmetic::describe(s, stepOf(s, 1));
        QVERIFY2(text.startsWith(QStringLiteral("in(0, 1) = 2 stamps 2 × kernel on output rows "
                                                "0–1, cols 2–3: 2·1 = 2, 2·0 = 0, 2·(") +
                                 kMinus + QStringLiteral("1) = ") + kMinus +
                                 QStringLiteral("2, 2·2 = 4.")),
                 qPrintable(text));
    }
};

QTEST_MAIN(TestStepperArithmetic)
#include "tst_stepperarithmetic.moc"
