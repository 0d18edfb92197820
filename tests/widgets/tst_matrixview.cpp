// SPDX-License-Identifier: MIT
#include "TestData.h"
#include "stepper/MatrixView.h"
#include "stepper/MatrixWidget.h"
#include "stepper/StepperFormat.h"

#include <QApplication>
#include <QLocale>
#include <QMouseEvent>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTest>
#include <random>

using namespace convlab;

namespace {

int randomInt(std::mt19937& rng, int low, int high)
{
    return std::uniform_int_distribution<int>(low, high)(rng);
}

cv::Mat integers(std::mt19937& rng, int rows, int cols)
{
    cv::Mat m(rows, cols, CV_32F);
    for (float& v : cv::Mat_<float>(m))
        v = static_cast<float>(randomInt(rng, -3, 3));
    return m;
}

struct Problem {
    cv::Mat x, kernel;
    int stride = 1, padding = 0, dilation = 1;
    bool signal = true;
};

int outputSize(int n, int k, int s, int p, int d)
{
    return (n + 2 * p - d * (k - 1) - 1) / s + 1;
}

Problem randomProblem(std::mt19937& rng, bool signal)
{
    for (;;) {
        Problem q;
        q.signal = signal;
        const int n = signal ? randomInt(rng, 3, 12) : randomInt(rng, 2, 4);
        const int k = signal ? randomInt(rng, 1, 4) : randomInt(rng, 1, 3);
        q.x = integers(rng, signal ? 1 : n, n);
        q.kernel = integers(rng, signal ? 1 : k, k);
        q.stride = randomInt(rng, 1, 3);
        q.padding = randomInt(rng, 0, 2);
        q.dilation = randomInt(rng, 1, 2);
        if (q.dilation * (k - 1) + 1 <= n + 2 * q.padding)
            return q;
    }
}

// W by its definition: output (i, j) reads input (i·s + u·d − p, j·s + v·d − p) with tap (u, v).
// `taps` receives the tap's flat index, −1 where W holds a structural 0.
cv::Mat bruteW(const Problem& q, cv::Mat* taps)
{
    const int rows = q.x.rows, cols = q.x.cols, kr = q.kernel.rows, kc = q.kernel.cols;
    const int rowStride = q.signal ? 1 : q.stride, rowPad = q.signal ? 0 : q.padding;
    const int rowDilation = q.signal ? 1 : q.dilation;
    const int outRows = outputSize(rows, kr, rowStride, rowPad, rowDilation);
    const int outCols = outputSize(cols, kc, q.stride, q.padding, q.dilation);
    cv::Mat W = cv::Mat::zeros(outRows * outCols, rows * cols, CV_32F);
    *taps = cv::Mat(W.size(), CV_32S, cv::Scalar(-1));
    for (int i = 0; i < outRows; ++i)
        for (int j = 0; j < outCols; ++j)
            for (int u = 0; u < kr; ++u)
                for (int v = 0; v < kc; ++v) {
                    const int r = i * rowStride + u * rowDilation - rowPad;
                    const int c = j * q.stride + v * q.dilation - q.padding;
                    if (r < 0 || c < 0 || r >= rows || c >= cols)
                        continue;
                    W.at<float>(i * outCols + j, r * cols + c) = q.kernel.at<float>(u, v);
                    taps->at<int>(i * outCols + j, r * cols + c) = u * kc + v;
                }
    return W;
}

double parse(QString text)
{
    text.replace(QChar(0x2212), QLatin1Char('-'));
    return text.toDouble();
}

QStringList rowTexts(const MatrixWidget* m, int row)
{
    QStringList texts;
    for (int c = 0; c < m->columnCount(); ++c)
        texts << m->textAt(row, c);
    return texts;
}

QStringList columnTexts(const MatrixWidget* m)
{
    QStringList texts;
    for (int r = 0; r < m->rowCount(); ++r)
        texts << m->textAt(r, 0);
    return texts;
}

void hover(MatrixWidget* widget, int row, int col)
{
    const QPointF at = widget->entryRect(row, col).center();
    QMouseEvent move(QEvent::MouseMove, at, widget->mapToGlobal(at), Qt::NoButton, Qt::NoButton,
                     Qt::NoModifier);
    QApplication::sendEvent(widget, &move);
}

QSet<int> highlightedEntries(const MatrixWidget* m)
{
    QSet<int> entries;
    for (int r = 0; r < m->rowCount(); ++r)
        for (int c = 0; c < m->columnCount(); ++c)
            if (m->isHighlighted(r, c))
                entries.insert(r * m->columnCount() + c);
    return entries;
}

QString w(int index)
{
    return subscripted(QStringLiteral("w"), index);
}

QString y(int index)
{
    return subscripted(QStringLiteral("y"), index);
}

} // namespace

class TestMatrixView : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void theDrawnWIsCoresConvMatrix_data()
    {
        QTest::addColumn<int>("seed");
        QTest::addColumn<bool>("signal");
        for (int seed = 1; seed <= 8; ++seed) {
            QTest::addRow("1D %d", seed) << seed << true;
            QTest::addRow("2D %d", seed) << seed << false;
        }
    }

    void theDrawnWIsCoresConvMatrix()
    {
        QFETCH(int, seed);
        QFETCH(bool, signal);
        std::mt19937 rng(static_cast<unsigned>(seed));
        const Problem q = randomProblem(rng, signal);
        MatrixView view;
        view.load(q.x, q.kernel, q.stride, q.padding, q.dilation);
        QVERIFY2(view.isValid(), qPrintable(view.errorText()));
        QCOMPARE(view.dimension(),
                 signal ? MatrixView::Dimension::Signal : MatrixView::Dimension::Image);
        cv::Mat taps;
        const cv::Mat expected = bruteW(q, &taps);
        CONVLAB_COMPARE_MATS(view.figures().W, expected, 0);

        const MatrixWidget* W = view.matrixW();
        QCOMPARE(W->rowCount(), expected.rows);
        QCOMPARE(W->columnCount(), expected.cols);
        view.setSymbolic(false);
        for (int r = 0; r < expected.rows; ++r)
            for (int c = 0; c < expected.cols; ++c)
                QCOMPARE(parse(W->textAt(r, c)), double(expected.at<float>(r, c)));
        view.setSymbolic(true);
        for (int r = 0; r < expected.rows; ++r)
            for (int c = 0; c < expected.cols; ++c) {
                const int tap = taps.at<int>(r, c);
                QCOMPARE(W->textAt(r, c), tap < 0 ? QStringLiteral("0") : w(tap + 1));
            }
        // Wᵀ is drawn as the transpose.
        const MatrixWidget* Wt = view.matrixWt();
        QCOMPARE(Wt->rowCount(), expected.cols);
        for (int r = 0; r < expected.rows; ++r)
            for (int c = 0; c < expected.cols; ++c)
                QCOMPARE(Wt->textAt(c, r), W->textAt(r, c));
        // x̂ = Wᵀ W x, and its rearrangement C z, agree with the definition.
        cv::Mat x = q.x.reshape(1, static_cast<int>(q.x.total()));
        cv::Mat xHat = expected.t() * (expected * x);
        CONVLAB_COMPARE_MATS(view.figures().reconstruction.xHat, xHat, 1e-5);
        CONVLAB_COMPARE_MATS(
            view.figures().rearranged.output.reshape(1, static_cast<int>(x.total())), xHat, 1e-5);
        QVERIFY(view.figures().rearrangementDifference <= 1e-4);
    }

    void theLectureExampleIsDrawnExactly()
    {
        MatrixView view;
        view.loadPreset(MatrixView::Preset::Lecture);
        QVERIFY(view.isSymbolic());
        const MatrixWidget* W = view.matrixW();
        QCOMPARE(W->rowCount(), 3);
        QCOMPARE(W->columnCount(), 7);
        const QString zero = QStringLiteral("0");
        QCOMPARE(rowTexts(W, 0), QStringList({w(1), w(2), w(3), zero, zero, zero, zero}));
        QCOMPARE(rowTexts(W, 1), QStringList({zero, zero, w(1), w(2), w(3), zero, zero}));
        QCOMPARE(rowTexts(W, 2), QStringList({zero, zero, zero, zero, w(1), w(2), w(3)}));
        // z: one zero between the y's (s − 1), two zeros at each end (k − 1): 9 entries, not 12.
        QCOMPARE(columnTexts(view.vectorZ()),
                 QStringList({zero, zero, y(1), zero, y(2), zero, y(3), zero, zero}));
        const MatrixWidget* C = view.matrixC();
        QCOMPARE(C->rowCount(), 7);
        QCOMPARE(C->columnCount(), 9);
        QCOMPARE(rowTexts(C, 0),
                 QStringList({w(3), w(2), w(1), zero, zero, zero, zero, zero, zero}));
        QCOMPARE(rowTexts(C, 6),
                 QStringList({zero, zero, zero, zero, zero, zero, w(3), w(2), w(1)}));
        QCOMPARE(view.vectorX()->rowCount(), 7);
        QCOMPARE(view.vectorX()->textAt(6, 0), subscripted(QStringLiteral("x"), 7));
        const QString note =
            view.findChild<QWidget*>(QStringLiteral("lectureNote"))->property("text").toString();
        QVERIFY2(note.contains(QStringLiteral("x₈")) && note.contains(QStringLiteral("7×9")),
                 qPrintable(note));
        QVERIFY(view.rearrangementText().contains(QStringLiteral("largest difference 0")));
        QVERIFY2(view.verdictText().contains(QStringLiteral("not orthonormal")),
                 qPrintable(view.verdictText()));
    }

    void theOrthonormalPresetHasWWtEqualToI()
    {
        MatrixView view;
        view.findChild<QPushButton*>(QStringLiteral("orthonormalPreset"))->click();
        const MatrixFigures& f = view.figures();
        QCOMPARE(f.W.rows, 2);
        QCOMPARE(f.W.cols, 8);
        const cv::Mat identity = cv::Mat::eye(2, 2, CV_32F);
        CONVLAB_COMPARE_MATS(f.reconstruction.WWt, identity, 1e-6);
        QVERIFY(f.reconstruction.orthonormalityError < 1e-6);
        QVERIFY2(view.verdictText().contains(QStringLiteral("orthonormal")) &&
                     view.verdictText().contains(QStringLiteral("projection")),
                 qPrintable(view.verdictText()));
        // W (Wᵀ y) = y: Wᵀ undoes W on what W produces.
        const cv::Mat y = f.reconstruction.y;
        const cv::Mat back = f.W * (f.W.t() * y);
        CONVLAB_COMPARE_MATS(back, y, 1e-5);
        QVERIFY(!view.isSymbolic());
        QCOMPARE(parse(view.matrixW()->textAt(0, 0)), -0.707);
    }

    void hoveringARowOfWLightsItsWindowInX()
    {
        MatrixView view;
        view.loadPreset(MatrixView::Preset::Lecture);
        hover(view.matrixW(), 1, 0);
        QCOMPARE(highlightedEntries(view.vectorX()), QSet<int>({2, 3, 4}));
        QCOMPARE(highlightedEntries(view.vectorY()), QSet<int>({1}));
        QVERIFY(view.matrixW()->isHighlighted(1, 5));
        QVERIFY(!view.matrixW()->isHighlighted(0, 0));
        // A column of Wᵀ: the y it multiplies and the x̂ entries it feeds.
        hover(view.matrixWt(), 0, 2);
        QCOMPARE(highlightedEntries(view.vectorXHat()), QSet<int>({4, 5, 6}));
        QVERIFY(view.matrixWt()->isHighlighted(3, 2));
        QVERIFY(highlightedEntries(view.vectorX()).isEmpty());
    }

    void theFlattenedAndImageViewsStayInStep()
    {
        MatrixView view;
        view.loadPreset(MatrixView::Preset::TinyImage); // 3×3 image, 2×2 kernel
        QCOMPARE(view.dimension(), MatrixView::Dimension::Image);
        QCOMPARE(view.imageX()->rowCount(), 3);
        QCOMPARE(view.imageX()->columnCount(), 3);
        QCOMPARE(view.vectorX()->rowCount(), 9);
        // Hovering pixel (1, 1) of the image lights x₅ of the flattened x and column 5 of W.
        hover(view.imageX(), 1, 1);
        QCOMPARE(highlightedEntries(view.vectorX()), QSet<int>({4}));
        QVERIFY(view.matrixW()->isHighlighted(0, 4));
        // Hovering row 3 of W (output (1, 1)) lights its 2×2 window in both views of x.
        hover(view.matrixW(), 3, 0);
        QCOMPARE(highlightedEntries(view.vectorX()), QSet<int>({4, 5, 7, 8}));
        QCOMPARE(highlightedEntries(view.imageX()), QSet<int>({4, 5, 7, 8}));
        QCOMPARE(highlightedEntries(view.imageY()), QSet<int>({3}));
        // The shared parameters carry over to the 1D view.
        view.findChild<QSpinBox*>(QStringLiteral("padding"))->setValue(1);
        QCOMPARE(view.figures().padding, Padding::uniform(1));
        view.setDimension(MatrixView::Dimension::Signal);
        QCOMPARE(view.figures().padding, (Padding{0, 0, 1, 1}));
        QCOMPARE(view.figures().x.rows, 1);
        QCOMPARE(view.figures().kernel.cols, 2);
    }

    void anImpossibleGeometryIsExplained()
    {
        MatrixView view;
        cv::Mat x = cv::Mat::ones(1, 3, CV_32F), kernel = cv::Mat::ones(1, 5, CV_32F);
        view.load(x, kernel, 1, 0, 1);
        QVERIFY(!view.isValid());
        QVERIFY2(view.errorText().contains(QStringLiteral("larger than padded input 3")),
                 qPrintable(view.errorText()));
        view.loadPreset(MatrixView::Preset::Lecture);
        QVERIFY(view.isValid());
        QVERIFY(view.errorText().isEmpty());
    }

    // The Backward preset: y = Wx, δ = y − t and ∂L/∂x = Wᵀδ drawn with numbers, each checked by
    // hand (x = (3, 1, 4, 1, 5, 9, 2), w = (1, 2, −1), stride 2, padding 1, t = (4, 6, 3, 10))
    // and against the drawn Wᵀ times the drawn δ; in place of the rearrangement and the verdict.
    void theBackwardPresetDrawsWTransposeDelta()
    {
        MatrixView view;
        view.resize(1200, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.findChild<QPushButton*>(QStringLiteral("backwardPreset"))->click();
        QVERIFY(view.isBackwardShown());
        QVERIFY(!view.isSymbolic());
        const auto numbers = [](const MatrixWidget* m) {
            QList<double> values;
            for (const QString& text : columnTexts(m))
                values << parse(text);
            return values;
        };
        QCOMPARE(numbers(view.vectorY()), QList<double>({5, 8, 2, 13}));
        QCOMPARE(numbers(view.vectorTarget()), QList<double>({4, 6, 3, 10}));
        QCOMPARE(numbers(view.vectorDelta()), QList<double>({1, 2, -1, 3}));
        const QList<double> gradient{2, 1, 4, -3, -2, 4, 6};
        QCOMPARE(numbers(view.vectorGradient()), gradient);
        // The drawn Wᵀ is the page's Wᵀ (the x̂ = Wᵀy panel's), and times δ gives ∂L/∂x.
        const MatrixWidget* Wt = view.matrixWtBackward();
        QCOMPARE(Wt->rowCount(), 7);
        QCOMPARE(Wt->columnCount(), 4);
        for (int r = 0; r < 7; ++r) {
            double sum = 0;
            for (int c = 0; c < 4; ++c) {
                QCOMPARE(Wt->textAt(r, c), view.matrixWt()->textAt(r, c));
                sum += parse(Wt->textAt(r, c)) * numbers(view.vectorDelta())[c];
            }
            QCOMPARE(sum, gradient[r]);
        }
        QVERIFY2(view.backwardText().contains(QStringLiteral("= 7.5")),
                 qPrintable(view.backwardText()));
        QVERIFY(view.vectorGradient()->isVisible());
        QVERIFY(!view.matrixC()->isVisible());
        QVERIFY(!view.findChild<QWidget*>(QStringLiteral("verdict"))->isVisible());
        // A column of Wᵀ: δ_j and the entries of ∂L/∂x that y_j read.
        hover(view.matrixWtBackward(), 0, 1);
        QCOMPARE(highlightedEntries(view.vectorGradient()), QSet<int>({1, 2, 3}));

        // Another case keeps the backward pass, t as long as the new y.
        view.findChild<QSpinBox*>(QStringLiteral("inputSize"))->setValue(11);
        QVERIFY(view.isBackwardShown());
        const MatrixFigures& f = view.figures();
        QVERIFY(f.backward);
        QCOMPARE(f.backward->target.total(), f.reconstruction.y.total());
        QCOMPARE(view.vectorGradient()->rowCount(), 11);
        const cv::Mat expected = f.W.t() * (f.reconstruction.y - f.backward->target);
        CONVLAB_COMPARE_MATS(f.backward->gradient, expected, 1e-5);

        // Another preset, or the 2D view, brings back the rearrangement and the verdict.
        view.setDimension(MatrixView::Dimension::Image);
        QVERIFY(!view.isBackwardShown());
        QVERIFY(view.matrixC()->isVisible());
        view.setDimension(MatrixView::Dimension::Signal);
        QVERIFY(view.isBackwardShown());
        view.loadPreset(MatrixView::Preset::Lecture);
        QVERIFY(!view.isBackwardShown());
        QVERIFY(!view.vectorGradient()->isVisible());
        QVERIFY(view.findChild<QWidget*>(QStringLiteral("verdict"))->isVisible());
        QVERIFY(view.backwardText().isEmpty());
    }

    // Short of width, the figures are drawn smaller rather than scrolled sideways; with room,
    // at their full size.
    void aNarrowPageDrawsTheFiguresSmaller()
    {
        MatrixView view;
        view.loadPreset(MatrixView::Preset::Orthonormal); // C is 8×11 of ±0.707
        view.resize(1800, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_COMPARE(view.figureScale(), 1.0);
        const int wide = view.matrixC()->sizeHint().width();
        view.resize(1250, 900);
        QTRY_VERIFY(view.figureScale() < 1.0);
        QVERIFY(view.matrixC()->scale() == view.figureScale());
        QVERIFY(view.matrixC()->sizeHint().width() < wide * 0.95);
        auto* area = view.findChild<QScrollArea*>();
        QTRY_COMPARE(area->horizontalScrollBar()->maximum(), 0);
        // The numbers are the same, only smaller.
        QCOMPARE(parse(view.matrixW()->textAt(0, 0)), -0.707);
        view.resize(1800, 900);
        QTRY_COMPARE(view.figureScale(), 1.0);
    }
};

QTEST_MAIN(TestMatrixView)
#include "tst_matrixview.moc"
