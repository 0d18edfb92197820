// SPDX-License-Identifier: MIT
#include "TestData.h"
#include "compute/ResponsePipeline.h"
#include "samples/SampleGallery.h"

#include <QSet>
#include <QTest>

using namespace convlab;

namespace {

ResponseResult responseFor(const DocumentState& state)
{
    return ResponsePipeline::compute({state.image, state.patch, state.parameters, false, 1});
}

} // namespace

class TestSampleGallery : public QObject {
    Q_OBJECT
  private slots:
    void everySampleIsUsable()
    {
        QSet<QString> names, keys;
        for (SampleGallery::Id id : SampleGallery::all()) {
            const SampleGallery::Sample s = SampleGallery::make(id);
            QVERIFY(!s.name.isEmpty());
            QVERIFY(!s.description.isEmpty());
            names.insert(s.name);
            keys.insert(SampleGallery::key(id));
            QCOMPARE(s.image.type(), CV_32FC1);
            QCOMPARE(s.patch.type(), CV_32FC1);
            QVERIFY(cv::checkRange(s.image) && cv::checkRange(s.patch));
            QVERIFY(s.patch.rows <= limits::kMaxPatchSide && s.patch.cols <= limits::kMaxPatchSide);
            QVERIFY(cv::norm(s.image, cv::NORM_INF) > 0); // something was drawn
            if (!s.patchSource.isEmpty()) {
                const QRect r = s.patchSource;
                QCOMPARE(cv::norm(s.patch, s.image(cv::Rect(r.x(), r.y(), r.width(), r.height())),
                                  cv::NORM_INF),
                         0.0);
            }
            const ResponseResult result = responseFor(SampleGallery::stateFor(id));
            QVERIFY2(result.ok(), qPrintable(result.error));
        }
        QCOMPARE(names.size(), SampleGallery::all().size());
        QCOMPARE(keys.size(), SampleGallery::all().size());
    }

    void generationIsDeterministic()
    {
        for (SampleGallery::Id id : SampleGallery::all()) {
            const SampleGallery::Sample a = SampleGallery::make(id), b = SampleGallery::make(id);
            QCOMPARE(cv::norm(a.image, b.image, cv::NORM_INF), 0.0);
        }
    }

    // The lecture's question: where is the 2? At the place it was cut from; the threshold of
    // the sample keeps the six 2s of the sheet and no other digit.
    void theCutTwoIsFoundOnTheDigitSheet()
    {
        const SampleGallery::Sample s = SampleGallery::make(SampleGallery::Id::RenderedDigits);
        const ResponseResult r = responseFor(SampleGallery::stateFor(s.id));
        QVERIFY(r.ok());
        QCOMPARE(r.peaks.front().row, s.patchSource.y());
        QCOMPARE(r.peaks.front().col, s.patchSource.x());
        QVERIFY(r.peaks.front().score > 0.999f);
        QCOMPARE(r.peaks.size(), std::size_t(6));
        QSet<int> cells; // the sheet is 10 digits of 32 px per row, rows of 40 px
        for (const Peak& peak : r.peaks)
            cells.insert((peak.row + s.patch.rows / 2) / 40 * 10 +
                         (peak.col + s.patch.cols / 2) / 32);
        QCOMPARE(cells.size(), 6); // six different digits
        // Without the threshold the next best window is another digit, far below.
        DocumentState loose = SampleGallery::stateFor(s.id);
        loose.parameters.peaks.useThreshold = false;
        const ResponseResult all = responseFor(loose);
        QVERIFY(all.peaks.size() > 6);
        QVERIFY(all.peaks[6].score < 0.65f);
    }

    void theFiveByFiveGridGivesTheTextbookResult()
    {
        const ResponseResult r = responseFor(SampleGallery::stateFor(SampleGallery::Id::Grid5));
        cv::Mat expected = (cv::Mat_<float>(3, 3) << 4, 3, 4, 2, 4, 3, 2, 3, 4);
        CONVLAB_COMPARE_MATS(r.response, expected, 0);
    }

    void theSevenBySevenGridUsesStrideTwo()
    {
        const DocumentState state = SampleGallery::stateFor(SampleGallery::Id::Grid7);
        const ResponseResult r = responseFor(state);
        QCOMPARE(r.response.rows, 3);
        QCOMPARE(r.response.cols, 3);
        for (int i = 0; i < 3; ++i)
            for (int j = 0; j < 3; ++j) {
                float sum = 0;
                for (int u = 0; u < 3; ++u)
                    for (int v = 0; v < 3; ++v)
                        sum += state.image.at<float>(2 * i + u, 2 * j + v) *
                               state.patch.at<float>(u, v);
                QCOMPARE(r.response.at<float>(i, j), sum);
                QCOMPARE(sum, std::round(sum)); // integers, to check by hand
            }
    }
};

QTEST_MAIN(TestSampleGallery)
#include "tst_samplegallery.moc"
