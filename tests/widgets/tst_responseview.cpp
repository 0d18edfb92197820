// SPDX-License-Identifier: MIT
// The response view says the real reason when no peak is marked, and shares its space between
// the raw and the normalised maps so that both are shown large.
#include "TestData.h"
#include "compute/ResponsePipeline.h"
#include "document/DocumentState.h"
#include "views/HeatmapView.h"
#include "views/ResponseView.h"

#include <QTest>
#include <random>

using namespace convlab;

namespace {

// A random block on a black sheet: the flat windows' normalised scores are 0/0, undefined.
DocumentState blockOnBlack()
{
    std::mt19937 rng(5);
    DocumentState state;
    state.image = cv::Mat::zeros(40, 60, CV_32F);
    test::randomMat(rng, 12, 14, 1, 0.f, 1.f).copyTo(state.image(cv::Rect(30, 20, 14, 12)));
    state.patch = state.image(cv::Rect(32, 22, 6, 5)).clone();
    state.parameters.operation = Parameters::Operation::TemplateMatch;
    state.parameters.method = MatchMethod::CCoeffNormed;
    return state;
}

std::shared_ptr<const ResponseResult> resultOf(const DocumentState& state, bool sideBySide = false)
{
    return std::make_shared<const ResponseResult>(
        ResponsePipeline::compute({state.image, state.patch, state.parameters, sideBySide, 1}));
}

} // namespace

class TestResponseView : public QObject {
    Q_OBJECT

  private slots:
    // After a stroke, with the threshold on and some windows flat: the threshold hid the peaks,
    // not undefined scores.
    void aThresholdThatHidesEveryPeakIsNamed()
    {
        DocumentState state = blockOnBlack();
        state.parameters.peaks.useThreshold = true;
        state.parameters.peaks.threshold = 1.5f; // above every normalised score
        const auto result = resultOf(state);
        QVERIFY(result->ok());
        QVERIFY(result->peaks.empty());
        QVERIFY(result->undefinedCells > 0);
        QVERIFY(result->undefinedCells < static_cast<int>(result->response.total()));
        ResponseView view;
        view.setResult(result);
        const QString text = view.peakText();
        QVERIFY2(text.contains(QStringLiteral("threshold")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("every score is undefined")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("1.50")) || text.contains(QStringLiteral("1.5")),
                 qPrintable(text));
    }

    void everyScoreUndefinedIsSaidSo()
    {
        DocumentState state = blockOnBlack();
        state.image = cv::Mat::ones(40, 60, CV_32F); // every window flat
        const auto result = resultOf(state);
        QVERIFY(result->ok());
        QCOMPARE(result->undefinedCells, static_cast<int>(result->response.total()));
        ResponseView view;
        view.setResult(result);
        QVERIFY2(view.peakText().contains(QStringLiteral("every score is undefined")),
                 qPrintable(view.peakText()));
    }

    // Raw | normalised in a dock half a screen wide: the two maps one above the other, each
    // nearly the dock's width, rather than two strips beside two full-height colour bars.
    void sideBySideMapsShareTheSpace()
    {
        const DocumentState state = blockOnBlack();
        ResponseView view;
        view.resize(520, 900);
        ViewSettings settings;
        settings.sideBySide = true;
        view.setViewSettings(settings);
        view.setResult(resultOf(state, true));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        HeatmapView* raw = view.rawHeatmap();
        HeatmapView* normalised = view.normalisedHeatmap();
        QVERIFY(raw->isVisible() && normalised->isVisible());
        QVERIFY2(raw->width() > view.width() * 0.6, qPrintable(QString::number(raw->width())));
        QVERIFY(raw->mapTo(&view, QPoint(0, raw->height())).y() <=
                normalised->mapTo(&view, QPoint(0, 0)).y());
        // Wide and low: beside each other.
        view.resize(1400, 420);
        QTRY_VERIFY(raw->mapTo(&view, QPoint(raw->width(), 0)).x() <=
                    normalised->mapTo(&view, QPoint(0, 0)).x());
    }

    void theArrangementShowsTheMapsLarger()
    {
        // A 54×72 map: in a tall dock one above the other, in a wide one beside.
        QCOMPARE(ResponseView::sideBySideOrientation({500, 900}, {72, 54}, 80, 20), Qt::Vertical);
        QCOMPARE(ResponseView::sideBySideOrientation({1400, 400}, {72, 54}, 80, 20),
                 Qt::Horizontal);
        QCOMPARE(ResponseView::sideBySideOrientation({500, 900}, {}, 80, 20), Qt::Horizontal);
    }
};

QTEST_MAIN(TestResponseView)
#include "tst_responseview.moc"
