// SPDX-License-Identifier: MIT
#include "Error.h"
#include "TestData.h"
#include "geometry/ConvGeometry.h"
#include "kernels/KernelPresets.h"
#include "ops/Conv2d.h"

#include <QTest>
#include <opencv2/imgproc.hpp>
#include <random>

using namespace convlab;

namespace {

cv::Mat mat3(std::initializer_list<float> values)
{
    cv::Mat m(3, 3, CV_32F);
    std::copy(values.begin(), values.end(), m.begin<float>());
    return m;
}

// Interior of a map: OpenCV's border handling differs from none at all only near the edge.
cv::Mat interior(const cv::Mat& m, int margin)
{
    return m(cv::Rect(margin, margin, m.cols - 2 * margin, m.rows - 2 * margin)).clone();
}

} // namespace

class TestKernelPresets : public QObject {
    Q_OBJECT
  private slots:
    void sums_data()
    {
        QTest::addColumn<int>("preset");
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("cols");
        QTest::addColumn<double>("sum");
        const auto row = [](KernelPreset p, int r, int c, double s) {
            QTest::addRow("%s %dx%d", toString(p).c_str(), r, c) << int(p) << r << c << s;
        };
        row(KernelPreset::Identity, 3, 3, 1);
        row(KernelPreset::Identity, 4, 2, 1);
        row(KernelPreset::Box, 3, 5, 1);
        row(KernelPreset::Box, 7, 7, 1);
        row(KernelPreset::Gaussian, 5, 5, 1);
        row(KernelPreset::Gaussian, 4, 9, 1);
        row(KernelPreset::SobelX, 3, 3, 0);
        row(KernelPreset::SobelY, 7, 7, 0);
        row(KernelPreset::Laplacian, 3, 3, 0);
        row(KernelPreset::Laplacian, 5, 5, 0);
        row(KernelPreset::Sharpen, 3, 3, 1);
        row(KernelPreset::Sharpen, 5, 5, 1);
        row(KernelPreset::Emboss, 3, 3, 1);
        row(KernelPreset::Emboss, 7, 7, 1);
        row(KernelPreset::Gabor, 9, 9, 0);
        row(KernelPreset::Gabor, 6, 11, 0);
    }
    void sums()
    {
        QFETCH(int, preset);
        QFETCH(int, rows);
        QFETCH(int, cols);
        QFETCH(double, sum);
        const cv::Mat k = makeKernel({KernelPreset(preset), {rows, cols}, 30, 0});
        QCOMPARE(k.type(), CV_32FC1);
        QCOMPARE(k.rows, rows);
        QCOMPARE(k.cols, cols);
        QVERIFY2(std::abs(cv::sum(k)[0] - sum) < 1e-5, qPrintable(QString::number(cv::sum(k)[0])));
    }

    void sobelAndLaplacianHaveTheTextbookValues()
    {
        CONVLAB_COMPARE_MATS(makeKernel({KernelPreset::SobelX, {3, 3}}),
                             mat3({-1, 0, 1, -2, 0, 2, -1, 0, 1}), 0);
        CONVLAB_COMPARE_MATS(makeKernel({KernelPreset::SobelY, {3, 3}}),
                             mat3({-1, -2, -1, 0, 0, 0, 1, 2, 1}), 0);
        CONVLAB_COMPARE_MATS(makeKernel({KernelPreset::Laplacian, {3, 3}}),
                             mat3({0, 1, 0, 1, -4, 1, 0, 1, 0}), 0);
        CONVLAB_COMPARE_MATS(makeKernel({KernelPreset::Sharpen, {3, 3}}),
                             mat3({0, -1, 0, -1, 5, -1, 0, -1, 0}), 0);
        CONVLAB_COMPARE_MATS(makeKernel({KernelPreset::Emboss, {3, 3}}),
                             mat3({-2, -1, 0, -1, 1, 1, 0, 1, 2}), 0);
    }

    // Cross-correlating with the preset gives what OpenCV's own filter of that name gives.
    void presetsFilterAsOpenCvDoes_data()
    {
        QTest::addColumn<int>("size");
        for (int k : {3, 5, 7})
            QTest::addRow("%dx%d", k, k) << k;
    }
    void presetsFilterAsOpenCvDoes()
    {
        QFETCH(int, size);
        std::mt19937 rng(size);
        const cv::Mat image = test::randomMat(rng, 24, 31);
        const int margin = size / 2;
        const auto filtered = [&](KernelPreset preset) {
            cv::Mat out;
            cv::filter2D(image, out, CV_32F, makeKernel({preset, {size, size}}));
            return cv::Mat(interior(out, margin));
        };
        cv::Mat expected;
        cv::Sobel(image, expected, CV_32F, 1, 0, size);
        CONVLAB_COMPARE_MATS(filtered(KernelPreset::SobelX), interior(expected, margin), 1e-4);
        cv::Sobel(image, expected, CV_32F, 0, 1, size);
        CONVLAB_COMPARE_MATS(filtered(KernelPreset::SobelY), interior(expected, margin), 1e-4);
        cv::GaussianBlur(image, expected, cv::Size(size, size), 0, 0);
        CONVLAB_COMPARE_MATS(filtered(KernelPreset::Gaussian), interior(expected, margin), 1e-4);
        if (size > 3) { // OpenCV's 3×3 Laplacian aperture is not the 4-neighbour one
            cv::Laplacian(image, expected, CV_32F, size);
            CONVLAB_COMPARE_MATS(filtered(KernelPreset::Laplacian), interior(expected, margin),
                                 1e-4);
        }
    }

    void symmetries()
    {
        for (int k : {3, 5, 9}) {
            const cv::Mat sx = makeKernel({KernelPreset::SobelX, {k, k}});
            const cv::Mat sy = makeKernel({KernelPreset::SobelY, {k, k}});
            cv::Mat mirrored;
            cv::flip(sx, mirrored, 1);
            CONVLAB_COMPARE_MATS(mirrored, cv::Mat(-sx), 0); // odd in x
            cv::flip(sx, mirrored, 0);
            CONVLAB_COMPARE_MATS(mirrored, sx, 0); // even in y
            CONVLAB_COMPARE_MATS(cv::Mat(sx.t()), sy, 0);
            for (KernelPreset even : {KernelPreset::Gaussian, KernelPreset::Laplacian,
                                      KernelPreset::Box, KernelPreset::Sharpen}) {
                const cv::Mat g = makeKernel({even, {k, k}});
                CONVLAB_COMPARE_MATS(flipKernel(g), g, 1e-7);
                CONVLAB_COMPARE_MATS(cv::Mat(g.t()), g, 1e-7);
            }
            // Gabor at 90° is Gabor at 0° with rows and columns swapped.
            const cv::Mat g0 = makeKernel({KernelPreset::Gabor, {k, k}, 0});
            const cv::Mat g90 = makeKernel({KernelPreset::Gabor, {k, k}, 90});
            CONVLAB_COMPARE_MATS(g90, cv::Mat(g0.t()), 1e-5);
        }
    }

    // 'same' padding with the identity kernel gives the input back, even sizes included.
    void identityKeepsTheImageWithSamePadding_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("cols");
        QTest::addRow("3x3") << 3 << 3;
        QTest::addRow("4x4") << 4 << 4;
        QTest::addRow("2x5") << 2 << 5;
        QTest::addRow("1x1") << 1 << 1;
    }
    void identityKeepsTheImageWithSamePadding()
    {
        QFETCH(int, rows);
        QFETCH(int, cols);
        std::mt19937 rng(rows * 10 + cols);
        const cv::Mat image = test::randomMat(rng, 9, 12);
        ConvParams params;
        params.padding = resolvePadding(PaddingPreset::Same, {rows, cols}, {1, 1});
        const cv::Mat out =
            conv2d(image, makeKernel({KernelPreset::Identity, {rows, cols}}), params);
        CONVLAB_COMPARE_MATS(out, image, 0);
    }

    void randomIsReproducibleAndBounded()
    {
        const cv::Mat a = makeKernel({KernelPreset::Random, {6, 4}, 0, 42});
        const cv::Mat b = makeKernel({KernelPreset::Random, {6, 4}, 0, 42});
        const cv::Mat c = makeKernel({KernelPreset::Random, {6, 4}, 0, 43});
        CONVLAB_COMPARE_MATS(a, b, 0);
        QVERIFY(cv::norm(a, c, cv::NORM_INF) > 0);
        double low = 0, high = 0;
        cv::minMaxLoc(a, &low, &high);
        QVERIFY(low >= -1 && high <= 1);
    }

    void gaborIsZeroMeanWithUnitPeak()
    {
        const cv::Mat g = makeKernel({KernelPreset::Gabor, {11, 11}, 45});
        QVERIFY(std::abs(cv::mean(g)[0]) < 1e-6);
        QCOMPARE(cv::norm(g, cv::NORM_INF), 1.0);
    }

    void unsupportedSizesAreRefusedWithTheSize()
    {
        for (KernelPreset p : {KernelPreset::SobelX, KernelPreset::Laplacian, KernelPreset::Sharpen,
                               KernelPreset::Emboss}) {
            QVERIFY(!supportsSize(p, {4, 4}));
            QVERIFY(!supportsSize(p, {3, 5}));
            try {
                makeKernel({p, {4, 4}});
                QFAIL("a 4x4 kernel was made");
            } catch (const Error& e) {
                QVERIFY2(std::string(e.what()).find("4x4") != std::string::npos, e.what());
            }
        }
        QVERIFY(!supportsSize(KernelPreset::SobelX, {33, 33}));
        QVERIFY(supportsSize(KernelPreset::Emboss, {33, 33}));
        QVERIFY(!supportsSize(KernelPreset::Box, {0, 3}));
        QVERIFY(supportsSize(KernelPreset::Gabor, {2, 64}));
    }

    void normaliseSumsToOneOrUnitEnergy()
    {
        const cv::Mat box3 = 3 * makeKernel({KernelPreset::Box, {3, 4}});
        QVERIFY(std::abs(cv::sum(normaliseKernel(box3))[0] - 1) < 1e-6);
        const cv::Mat sobel = makeKernel({KernelPreset::SobelX, {5, 5}});
        const cv::Mat unit = normaliseKernel(sobel);
        QVERIFY(std::abs(cv::norm(unit, cv::NORM_L2) - 1) < 1e-6);
        CONVLAB_COMPARE_MATS(cv::Mat(unit * cv::norm(sobel, cv::NORM_L2)), sobel, 1e-5);
        QVERIFY_THROWS_EXCEPTION(Error, normaliseKernel(cv::Mat::zeros(3, 3, CV_32F)));
    }

    void flipRotatesHalfATurn()
    {
        std::mt19937 rng(5);
        const cv::Mat k = test::randomMat(rng, 4, 7);
        const cv::Mat f = flipKernel(k);
        for (int r = 0; r < k.rows; ++r)
            for (int c = 0; c < k.cols; ++c)
                QCOMPARE(f.at<float>(r, c), k.at<float>(k.rows - 1 - r, k.cols - 1 - c));
        CONVLAB_COMPARE_MATS(flipKernel(f), k, 0);
    }

    void namesRoundTrip()
    {
        for (KernelPreset p : allKernelPresets())
            QVERIFY(kernelPresetFromString(toString(p)) == p);
        QVERIFY_THROWS_EXCEPTION(Error, kernelPresetFromString("blurry"));
    }
};

QTEST_APPLESS_MAIN(TestKernelPresets)
#include "tst_kernelpresets.moc"
