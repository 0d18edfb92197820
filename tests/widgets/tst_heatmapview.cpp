// SPDX-License-Identifier: MIT
// The heatmap's marks stay readable: the peaks' (row, col) labels never cover one another or
// another peak's ring (those with no room left are counted on screen), and a ring is sized to
// the map, inside a 1×2 map.
#include "views/HeatmapView.h"

#include <QTest>
#include <random>

using namespace convlab;

namespace {

std::vector<Peak> peaksAt(const std::vector<std::pair<int, int>>& cells)
{
    std::vector<Peak> peaks;
    float score = 1;
    for (const auto& [row, col] : cells) {
        Peak peak;
        peak.row = row;
        peak.col = col;
        peak.score = score;
        score -= 0.01f;
        peaks.push_back(peak);
    }
    return peaks;
}

cv::Mat randomMap(int rows, int cols)
{
    std::mt19937 rng(3);
    std::uniform_real_distribution<float> dist(0, 1);
    cv::Mat map(rows, cols, CV_32F);
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c)
            map.at<float>(r, c) = dist(rng);
    return map;
}

} // namespace

class TestHeatmapView : public QObject {
    Q_OBJECT

  private slots:
    // Ten peaks close together, as top-10 on a sheet of digits gives them.
    void peakLabelsNeverPileUp_data()
    {
        QTest::addColumn<QSize>("map");
        QTest::addColumn<QSize>("view");
        QTest::newRow("clustered, small view") << QSize(40, 30) << QSize(360, 280);
        QTest::newRow("clustered, large view") << QSize(40, 30) << QSize(900, 700);
        QTest::newRow("clustered, large map") << QSize(320, 240) << QSize(500, 400);
    }

    void peakLabelsNeverPileUp()
    {
        QFETCH(QSize, map);
        QFETCH(QSize, view);
        HeatmapView heatmap;
        heatmap.resize(view);
        heatmap.setMap(randomMap(map.height(), map.width()), Colormap::Viridis, {0, 1});
        const int r0 = map.height() / 2, c0 = map.width() / 2;
        const std::vector<Peak> peaks = peaksAt({{r0, c0},
                                                 {r0, c0 + 2},
                                                 {r0 + 1, c0 + 1},
                                                 {r0 + 2, c0},
                                                 {r0 - 2, c0 + 3},
                                                 {r0 + 3, c0 + 3},
                                                 {r0 - 1, c0 - 3},
                                                 {r0 + 2, c0 + 5},
                                                 {r0 - 3, c0},
                                                 {r0, c0 + 6}});
        heatmap.setPeaks(peaks);
        const QList<PlacedLabel> labels = heatmap.peakLabels();
        QVERIFY(!labels.isEmpty());
        QCOMPARE(labels.front().index, 0); // the best peak is always labelled
        const double radius = heatmap.peakRadius();
        for (int i = 0; i < labels.size(); ++i) {
            QVERIFY(QRectF(heatmap.rect()).contains(labels[i].box));
            for (int j = i + 1; j < labels.size(); ++j)
                QVERIFY2(!labels[i].box.intersects(labels[j].box),
                         qPrintable(QStringLiteral("labels %1 and %2 overlap")
                                        .arg(labels[i].index)
                                        .arg(labels[j].index)));
            for (int p = 0; p < static_cast<int>(peaks.size()); ++p) {
                if (p == labels[i].index)
                    continue;
                const QPointF centre = heatmap.cellToWidget(
                    QPointF(peaks[std::size_t(p)].col + 0.5, peaks[std::size_t(p)].row + 0.5));
                const QRectF ring(centre - QPointF(radius, radius), QSizeF(2 * radius, 2 * radius));
                QVERIFY2(!labels[i].box.intersects(ring),
                         qPrintable(QStringLiteral("label %1 covers the ring of peak %2")
                                        .arg(labels[i].index)
                                        .arg(p)));
            }
        }
        // The peaks without a label are said on screen.
        if (labels.size() < static_cast<int>(peaks.size())) {
            QVERIFY(heatmap.labelNote().contains(QString::number(labels.size())));
            QVERIFY(heatmap.labelNote().contains(QStringLiteral("10")));
        } else {
            QVERIFY(heatmap.labelNote().isEmpty());
        }
    }

    void oneLabelPerPeakWhenThereIsRoom()
    {
        HeatmapView heatmap;
        heatmap.resize(800, 600);
        heatmap.setMap(randomMap(30, 40), Colormap::Viridis, {0, 1});
        heatmap.setPeaks(peaksAt({{5, 5}, {20, 30}, {5, 30}}));
        QCOMPARE(heatmap.peakLabels().size(), 3);
        QVERIFY(heatmap.labelNote().isEmpty());
    }

    // The ring of a 1×2 map (a response one row high) stays on the map.
    void peakRingsAreSizedToTheMap_data()
    {
        QTest::addColumn<QSize>("map");
        QTest::addColumn<QSize>("view");
        QTest::newRow("1×2") << QSize(2, 1) << QSize(400, 300);
        QTest::newRow("2×1") << QSize(1, 2) << QSize(400, 300);
        QTest::newRow("1×1") << QSize(1, 1) << QSize(300, 300);
        QTest::newRow("3×3") << QSize(3, 3) << QSize(500, 300);
    }

    void peakRingsAreSizedToTheMap()
    {
        QFETCH(QSize, map);
        QFETCH(QSize, view);
        HeatmapView heatmap;
        heatmap.resize(view);
        heatmap.setMap(randomMap(map.height(), map.width()), Colormap::Viridis, {0, 1});
        heatmap.setPeaks(peaksAt({{map.height() - 1, map.width() - 1}}));
        const QRectF mapRect = heatmap.cellsToWidget(QRectF(QPointF(0, 0), QSizeF(map)));
        const QPointF centre = heatmap.cellToWidget(QPointF(map.width() - 0.5, map.height() - 0.5));
        // The ring with its halo (4.5 px wide for the best peak).
        const double outer = heatmap.peakRadius() + 4.5 / 2;
        const QRectF ring(centre - QPointF(outer, outer), QSizeF(2 * outer, 2 * outer));
        QVERIFY2(mapRect.adjusted(-0.5, -0.5, 0.5, 0.5).contains(ring),
                 qPrintable(QStringLiteral("ring radius %1 on a map %2 px high")
                                .arg(heatmap.peakRadius())
                                .arg(mapRect.height())));
        QVERIFY(heatmap.peakRadius() >= 4); // still a ring one sees
    }
};

QTEST_MAIN(TestHeatmapView)
#include "tst_heatmapview.moc"
