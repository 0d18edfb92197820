// SPDX-License-Identifier: MIT
#include "TestData.h"
#include "geometry/ConvGeometry.h"
#include "stepper/StepperModel.h"

#include <QSignalSpy>
#include <QTest>
#include <cmath>
#include <limits>
#include <random>

using namespace convlab;

namespace {

// PyTorch's padding, written independently of core: which input index padded index `index` reads.
int padSource(int index, int before, int size, PaddingMode mode)
{
    int i = index - before;
    if (i >= 0 && i < size)
        return i;
    switch (mode) {
    case PaddingMode::Zeros:
        return -1;
    case PaddingMode::Replicate:
        return std::clamp(i, 0, size - 1);
    case PaddingMode::Circular:
        return ((i % size) + size) % size;
    case PaddingMode::Reflect:
        while (i < 0 || i >= size)
            i = i < 0 ? -i : 2 * (size - 1) - i;
        return i;
    }
    return -1;
}

double paddedValue(const cv::Mat& x, int row, int col, const Padding& p, PaddingMode mode)
{
    const int r = padSource(row, p.top, x.rows, mode), c = padSource(col, p.left, x.cols, mode);
    return r < 0 || c < 0 ? 0.0 : x.at<float>(r, c);
}

int randomInt(std::mt19937& rng, int low, int high)
{
    return std::uniform_int_distribution<int>(low, high)(rng);
}

int outputSize(int input, int before, int after, int kernel, int dilation, int stride)
{
    return (input + before + after - dilation * (kernel - 1) - 1) / stride + 1;
}

bool fits(int input, int before, int after, int kernel, int dilation)
{
    return dilation * (kernel - 1) + 1 <= input + before + after;
}

StepperSetup randomConv(std::mt19937& rng)
{
    for (;;) {
        StepperSetup s;
        s.operation = StepOperation::Convolution;
        s.input = test::randomMat(rng, randomInt(rng, 3, 9), randomInt(rng, 3, 9));
        s.kernel = test::randomMat(rng, randomInt(rng, 1, 4), randomInt(rng, 1, 4));
        s.conv.paddingMode = static_cast<PaddingMode>(randomInt(rng, 0, 3));
        const int maxRowPad = std::min(2, s.input.rows - 1),
                  maxColPad = std::min(2, s.input.cols - 1);
        s.conv.padding = {randomInt(rng, 0, maxRowPad), randomInt(rng, 0, maxRowPad),
                          randomInt(rng, 0, maxColPad), randomInt(rng, 0, maxColPad)};
        s.conv.stride = {randomInt(rng, 1, 3), randomInt(rng, 1, 3)};
        s.conv.dilation = {randomInt(rng, 1, 2), randomInt(rng, 1, 2)};
        s.conv.trueConvolution = randomInt(rng, 0, 1) == 1;
        if (fits(s.input.rows, s.conv.padding.top, s.conv.padding.bottom, s.kernel.rows,
                 s.conv.dilation.rows) &&
            fits(s.input.cols, s.conv.padding.left, s.conv.padding.right, s.kernel.cols,
                 s.conv.dilation.cols))
            return s;
    }
}

// out(i, j) = Σ x_pad(i·s + u·d, j·s + v·d) · w(u, v), the kernel flipped for true convolution.
double bruteConv(const StepperSetup& s, int i, int j)
{
    double sum = 0;
    for (int u = 0; u < s.kernel.rows; ++u)
        for (int v = 0; v < s.kernel.cols; ++v) {
            const int ku = s.conv.trueConvolution ? s.kernel.rows - 1 - u : u;
            const int kv = s.conv.trueConvolution ? s.kernel.cols - 1 - v : v;
            sum += paddedValue(s.input, i * s.conv.stride.rows + u * s.conv.dilation.rows,
                               j * s.conv.stride.cols + v * s.conv.dilation.cols, s.conv.padding,
                               s.conv.paddingMode) *
                   s.kernel.at<float>(ku, kv);
        }
    return sum;
}

// Each input value stamps value × kernel on the output; `upTo` limits the stamps (row-major).
cv::Mat bruteScatter(const StepperSetup& s, long long upTo, cv::Mat* written = nullptr)
{
    const TransposedParams& t = s.transposed;
    const int k = s.kernel.rows, kc = s.kernel.cols;
    const int rows = (s.input.rows - 1) * t.stride.rows - t.padding.top - t.padding.bottom +
                     t.dilation.rows * (k - 1) + t.outputPadding.rows + 1;
    const int cols = (s.input.cols - 1) * t.stride.cols - t.padding.left - t.padding.right +
                     t.dilation.cols * (kc - 1) + t.outputPadding.cols + 1;
    cv::Mat out = cv::Mat::zeros(rows, cols, CV_64F);
    cv::Mat touched = cv::Mat::zeros(rows, cols, CV_8U);
    for (int n = 0; n < s.input.rows; ++n)
        for (int m = 0; m < s.input.cols; ++m) {
            if (static_cast<long long>(n) * s.input.cols + m > upTo)
                continue;
            for (int u = 0; u < k; ++u)
                for (int v = 0; v < kc; ++v) {
                    const int r = n * t.stride.rows + u * t.dilation.rows - t.padding.top;
                    const int c = m * t.stride.cols + v * t.dilation.cols - t.padding.left;
                    if (r < 0 || c < 0 || r >= rows || c >= cols)
                        continue;
                    out.at<double>(r, c) +=
                        double(s.input.at<float>(n, m)) * s.kernel.at<float>(u, v);
                    touched.at<uchar>(r, c) = 1;
                }
        }
    if (written)
        *written = touched;
    cv::Mat result;
    out.convertTo(result, CV_32F);
    return result;
}

StepperSetup randomTransposed(std::mt19937& rng, StepOperation form)
{
    for (;;) {
        StepperSetup s;
        s.operation = form;
        s.input = test::randomMat(rng, randomInt(rng, 1, 4), randomInt(rng, 1, 4));
        s.kernel = test::randomMat(rng, randomInt(rng, 1, 4), randomInt(rng, 1, 4));
        TransposedParams& t = s.transposed;
        t.stride = {randomInt(rng, 1, 3), randomInt(rng, 1, 3)};
        t.dilation = {randomInt(rng, 1, 2), randomInt(rng, 1, 2)};
        t.padding = Padding::symmetric(randomInt(rng, 0, 2), randomInt(rng, 0, 2));
        t.outputPadding = {randomInt(rng, 0, t.stride.rows - 1),
                           randomInt(rng, 0, t.stride.cols - 1)};
        const auto size = [](int i, int s, int p, int d, int k, int a) {
            return (i - 1) * s - 2 * p + d * (k - 1) + a + 1;
        };
        if (size(s.input.rows, t.stride.rows, t.padding.top, t.dilation.rows, s.kernel.rows,
                 t.outputPadding.rows) >= 1 &&
            size(s.input.cols, t.stride.cols, t.padding.left, t.dilation.cols, s.kernel.cols,
                 t.outputPadding.cols) >= 1)
            return s;
    }
}

// The zero-inserted, bordered grid the flipped kernel reads: value at (row, col) of it.
double zeroInsertedValue(const StepperSetup& s, int row, int col)
{
    const TransposedParams& t = s.transposed;
    const int r = row - (t.dilation.rows * (s.kernel.rows - 1) - t.padding.top);
    const int c = col - (t.dilation.cols * (s.kernel.cols - 1) - t.padding.left);
    if (r < 0 || c < 0 || r % t.stride.rows != 0 || c % t.stride.cols != 0)
        return 0;
    const int n = r / t.stride.rows, m = c / t.stride.cols;
    return n < s.input.rows && m < s.input.cols ? s.input.at<float>(n, m) : 0.0;
}

double relativeError(double actual, double expected)
{
    return std::abs(actual - expected) / std::max(1.0, std::abs(expected));
}

} // namespace

class TestStepperModel : public QObject {
    Q_OBJECT
  private slots:
    void convolutionStepsGiveTheWindowTapsAndSum_data()
    {
        QTest::addColumn<int>("seed");
        for (int seed = 1; seed <= 14; ++seed)
            QTest::addRow("random conv %d", seed) << seed;
    }

    void convolutionStepsGiveTheWindowTapsAndSum()
    {
        QFETCH(int, seed);
        std::mt19937 rng(static_cast<unsigned>(seed));
        const StepperSetup s = randomConv(rng);
        StepperModel model;
        model.setSetup(s);
        QVERIFY2(model.isValid(), qPrintable(model.error()));
        const int outRows = outputSize(s.input.rows, s.conv.padding.top, s.conv.padding.bottom,
                                       s.kernel.rows, s.conv.dilation.rows, s.conv.stride.rows);
        const int outCols = outputSize(s.input.cols, s.conv.padding.left, s.conv.padding.right,
                                       s.kernel.cols, s.conv.dilation.cols, s.conv.stride.cols);
        QCOMPARE(model.total(), static_cast<long long>(outRows) * outCols);

        for (long long n = 0; n < model.total(); ++n) {
            model.setStep(n);
            const StepTrace& step = model.step();
            const int i = static_cast<int>(n / outCols), j = static_cast<int>(n % outCols);
            QCOMPARE(step.outRow, i);
            QCOMPARE(step.outCol, j);
            QCOMPARE(step.window, cv::Rect(j * s.conv.stride.cols, i * s.conv.stride.rows,
                                           s.conv.dilation.cols * (s.kernel.cols - 1) + 1,
                                           s.conv.dilation.rows * (s.kernel.rows - 1) + 1));
            QCOMPARE(static_cast<int>(step.taps.size()), s.kernel.rows * s.kernel.cols);
            for (int u = 0; u < s.kernel.rows; ++u)
                for (int v = 0; v < s.kernel.cols; ++v) {
                    const Tap& tap = step.taps[static_cast<size_t>(u * s.kernel.cols + v)];
                    const int row = i * s.conv.stride.rows + u * s.conv.dilation.rows;
                    const int col = j * s.conv.stride.cols + v * s.conv.dilation.cols;
                    QCOMPARE(tap.row, row);
                    QCOMPARE(tap.col, col);
                    QCOMPARE(double(tap.input),
                             paddedValue(s.input, row, col, s.conv.padding, s.conv.paddingMode));
                    const int ku = s.conv.trueConvolution ? s.kernel.rows - 1 - u : u;
                    const int kv = s.conv.trueConvolution ? s.kernel.cols - 1 - v : v;
                    QCOMPARE(tap.weight, s.kernel.at<float>(ku, kv));
                    const bool padding =
                        row < s.conv.padding.top || row >= s.conv.padding.top + s.input.rows ||
                        col < s.conv.padding.left || col >= s.conv.padding.left + s.input.cols;
                    QCOMPARE(tap.inPadding, padding);
                }
            QVERIFY2(relativeError(step.value, bruteConv(s, i, j)) < 1e-5,
                     qPrintable(QStringLiteral("step %1: %2 vs %3")
                                    .arg(n)
                                    .arg(step.value)
                                    .arg(bruteConv(s, i, j))));
            // The output shown so far: steps 0..n filled, the rest blank (NaN).
            const cv::Mat& shown = model.outputSoFar();
            for (long long m = 0; m < model.total(); ++m) {
                const float value =
                    shown.at<float>(static_cast<int>(m / outCols), static_cast<int>(m % outCols));
                QCOMPARE(std::isnan(value), m > n);
            }
        }
        // The last frame is the whole output: the brute force's, and core's conv2d.
        model.last();
        cv::Mat expected(outRows, outCols, CV_32F);
        for (int i = 0; i < outRows; ++i)
            for (int j = 0; j < outCols; ++j)
                expected.at<float>(i, j) = static_cast<float>(bruteConv(s, i, j));
        CONVLAB_COMPARE_MATS(model.outputSoFar(), expected, 1e-5);
        CONVLAB_COMPARE_MATS(model.outputSoFar(), conv2d(s.input, s.kernel, s.conv), 0);
    }

    void paddingCellsShowWhatTheModeReads()
    {
        std::mt19937 rng(5);
        for (int mode = 0; mode < 4; ++mode) {
            StepperSetup s;
            s.input = test::randomMat(rng, 4, 5);
            s.kernel = test::randomMat(rng, 3, 3);
            s.conv.padding = {2, 1, 3, 2};
            s.conv.paddingMode = static_cast<PaddingMode>(mode);
            StepperModel model;
            model.setSetup(s);
            const SteppedGrid& grid = model.grid();
            QCOMPARE(grid.values.rows, 4 + 3);
            QCOMPARE(grid.values.cols, 5 + 5);
            QCOMPARE(grid.inputOrigin, cv::Point(3, 2));
            for (int r = 0; r < grid.values.rows; ++r)
                for (int c = 0; c < grid.values.cols; ++c) {
                    QCOMPARE(double(grid.values.at<float>(r, c)),
                             paddedValue(s.input, r, c, s.conv.padding, s.conv.paddingMode));
                    const bool inside = r >= 2 && r < 6 && c >= 3 && c < 8;
                    QCOMPARE(grid.roles.at<uchar>(r, c),
                             static_cast<uchar>(inside ? CellRole::Input : CellRole::Padding));
                }
        }
    }

    void unreachedRowsAndColumnsAreThoseNoWindowReads_data()
    {
        QTest::addColumn<int>("input");
        QTest::addColumn<int>("kernel");
        QTest::addColumn<int>("stride");
        QTest::addColumn<int>("padding");
        QTest::addColumn<int>("dilation");
        QTest::addRow("i6 k3 s2 p0") << 6 << 3 << 2 << 0 << 1;
        QTest::addRow("i7 k2 s3 p0") << 7 << 2 << 3 << 0 << 1;
        QTest::addRow("i9 k3 s4 p1") << 9 << 3 << 4 << 1 << 1;
        QTest::addRow("i8 k2 s3 p0 d2") << 8 << 2 << 3 << 0 << 2;
        QTest::addRow("i5 k3 s2 p1 (divides)") << 5 << 3 << 2 << 1 << 1;
    }

    void unreachedRowsAndColumnsAreThoseNoWindowReads()
    {
        QFETCH(int, input);
        QFETCH(int, kernel);
        QFETCH(int, stride);
        QFETCH(int, padding);
        QFETCH(int, dilation);
        StepperSetup s;
        s.input = cv::Mat::ones(input, input, CV_32F);
        s.kernel = cv::Mat::ones(kernel, kernel, CV_32F);
        s.conv.stride = {stride, stride};
        s.conv.padding = Padding::uniform(padding);
        s.conv.dilation = {dilation, dilation};
        StepperModel model;
        model.setSetup(s);
        // Brute force: walk every window, mark what it reads, list the input rows never read.
        std::vector<bool> read(static_cast<size_t>(input), false);
        const int outputs = outputSize(input, padding, padding, kernel, dilation, stride);
        for (int j = 0; j < outputs; ++j)
            for (int u = 0; u < kernel; ++u) {
                const int cell = j * stride + u * dilation - padding;
                if (cell >= 0 && cell < input)
                    read[static_cast<size_t>(cell)] = true;
            }
        std::vector<int> expected;
        for (int i = 0; i < input; ++i)
            if (!read[static_cast<size_t>(i)])
                expected.push_back(i + padding); // grid coordinates
        QCOMPARE(model.grid().unreachedRows, expected);
        QCOMPARE(model.grid().unreachedCols, expected);
    }

    void poolingStepsAndLastFrame_data()
    {
        QTest::addColumn<int>("seed");
        for (int seed = 1; seed <= 6; ++seed)
            QTest::addRow("random pool %d", seed) << seed;
    }

    void poolingStepsAndLastFrame()
    {
        QFETCH(int, seed);
        std::mt19937 rng(static_cast<unsigned>(100 + seed));
        StepperSetup s;
        s.operation = StepOperation::Pooling;
        s.input = test::randomMat(rng, randomInt(rng, 4, 8), randomInt(rng, 4, 8));
        const int k = randomInt(rng, 2, 3);
        s.pool.size = {k, k};
        s.pool.stride = {randomInt(rng, 1, 3), randomInt(rng, 1, 3)};
        s.pool.padding = Padding::uniform(randomInt(rng, 0, k / 2));
        s.pool.mode = seed % 2 ? PoolMode::Max : PoolMode::Average;
        StepperModel model;
        model.setSetup(s);
        QVERIFY2(model.isValid(), qPrintable(model.error()));
        const int p = s.pool.padding.top;
        const int outRows = outputSize(s.input.rows, p, p, k, 1, s.pool.stride.rows);
        const int outCols = outputSize(s.input.cols, p, p, k, 1, s.pool.stride.cols);
        QCOMPARE(model.total(), static_cast<long long>(outRows) * outCols);
        cv::Mat expected(outRows, outCols, CV_32F);
        for (int i = 0; i < outRows; ++i)
            for (int j = 0; j < outCols; ++j) {
                double best = -std::numeric_limits<double>::infinity(), sum = 0;
                for (int u = 0; u < k; ++u)
                    for (int v = 0; v < k; ++v) {
                        const int r = i * s.pool.stride.rows + u - p;
                        const int c = j * s.pool.stride.cols + v - p;
                        const bool inside =
                            r >= 0 && c >= 0 && r < s.input.rows && c < s.input.cols;
                        const double value = inside ? s.input.at<float>(r, c) : 0.0;
                        if (inside)
                            best = std::max(best, value);
                        sum += value;
                    }
                expected.at<float>(i, j) =
                    static_cast<float>(s.pool.mode == PoolMode::Max ? best : sum / (k * k));
                model.setStep(static_cast<long long>(i) * outCols + j);
                QCOMPARE(model.step().window,
                         cv::Rect(j * s.pool.stride.cols, i * s.pool.stride.rows, k, k));
                QVERIFY(relativeError(model.step().value, expected.at<float>(i, j)) < 1e-5);
            }
        model.last();
        CONVLAB_COMPARE_MATS(model.outputSoFar(), expected, 1e-5);
        CONVLAB_COMPARE_MATS(model.outputSoFar(), pool2d(s.input, s.pool), 0);
        // The max pooling padding is −∞ on the grid (never the maximum).
        if (s.pool.mode == PoolMode::Max && p > 0)
            QVERIFY(std::isinf(model.grid().values.at<float>(0, 0)));
    }

    void templateMatchingStepsAndLastFrame_data()
    {
        QTest::addColumn<int>("method");
        QTest::addColumn<int>("stride");
        QTest::addColumn<int>("padding");
        for (int method = 0; method < 6; ++method)
            QTest::addRow("%s s%d p%d", toString(static_cast<MatchMethod>(method)).c_str(),
                          1 + method % 2, method % 3)
                << method << 1 + method % 2 << method % 3;
    }

    void templateMatchingStepsAndLastFrame()
    {
        QFETCH(int, method);
        QFETCH(int, stride);
        QFETCH(int, padding);
        std::mt19937 rng(static_cast<unsigned>(200 + method));
        StepperSetup s;
        s.operation = StepOperation::TemplateMatch;
        s.method = static_cast<MatchMethod>(method);
        s.input = test::randomMat(rng, 9, 8, 1, 0.f, 1.f);
        s.kernel = test::randomMat(rng, 3, 4, 1, 0.f, 1.f);
        s.conv.stride = {stride, stride};
        s.conv.padding = Padding::uniform(padding);
        s.conv.paddingMode = PaddingMode::Replicate;
        StepperModel model;
        model.setSetup(s);
        QVERIFY2(model.isValid(), qPrintable(model.error()));
        const int outRows = outputSize(9, padding, padding, 3, 1, stride);
        const int outCols = outputSize(8, padding, padding, 4, 1, stride);
        QCOMPARE(model.outputSize(), (Pair{outRows, outCols}));
        cv::Mat expected(outRows, outCols, CV_32F);
        for (int i = 0; i < outRows; ++i)
            for (int j = 0; j < outCols; ++j) {
                // OpenCV's six formulas, in double, over the padded window.
                double t = 0, w = 0, tt = 0, ww = 0, tw = 0, d2 = 0;
                const double count = 12;
                std::vector<double> window, patch;
                for (int u = 0; u < 3; ++u)
                    for (int v = 0; v < 4; ++v) {
                        const double iv = paddedValue(s.input, i * stride + u, j * stride + v,
                                                      s.conv.padding, s.conv.paddingMode);
                        const double tv = s.kernel.at<float>(u, v);
                        window.push_back(iv);
                        patch.push_back(tv);
                        t += tv, w += iv, tt += tv * tv, ww += iv * iv, tw += tv * iv;
                        d2 += (tv - iv) * (tv - iv);
                    }
                double ct = 0, cw = 0, ctw = 0;
                for (size_t q = 0; q < window.size(); ++q) {
                    const double a = patch[q] - t / count, b = window[q] - w / count;
                    ct += a * a, cw += b * b, ctw += a * b;
                }
                const double values[6] = {d2,  d2 / std::sqrt(tt * ww), tw, tw / std::sqrt(tt * ww),
                                          ctw, ctw / std::sqrt(ct * cw)};
                expected.at<float>(i, j) = static_cast<float>(values[method]);
                model.setStep(static_cast<long long>(i) * outCols + j);
                QCOMPARE(model.step().window, cv::Rect(j * stride, i * stride, 4, 3));
                QVERIFY2(relativeError(model.step().value, values[method]) < 1e-4,
                         qPrintable(QStringLiteral("(%1, %2): %3 vs %4")
                                        .arg(i)
                                        .arg(j)
                                        .arg(model.step().value)
                                        .arg(values[method])));
            }
        model.last();
        CONVLAB_COMPARE_MATS(model.outputSoFar(), expected, 1e-3);
    }

    void transposedStepsReadTheZeroInsertedGrid_data()
    {
        QTest::addColumn<int>("seed");
        for (int seed = 1; seed <= 10; ++seed)
            QTest::addRow("random transposed %d", seed) << seed;
    }

    void transposedStepsReadTheZeroInsertedGrid()
    {
        QFETCH(int, seed);
        std::mt19937 rng(static_cast<unsigned>(300 + seed));
        const StepperSetup s = randomTransposed(rng, StepOperation::TransposedZeroInsertion);
        StepperModel model;
        model.setSetup(s);
        QVERIFY2(model.isValid(), qPrintable(model.error()));
        const cv::Mat expected = bruteScatter(s, std::numeric_limits<long long>::max());
        QCOMPARE(model.outputSize(), (Pair{expected.rows, expected.cols}));
        const TransposedParams& t = s.transposed;
        for (long long n = 0; n < model.total(); ++n) {
            model.setStep(n);
            const StepTrace& step = model.step();
            const int i = static_cast<int>(n / expected.cols),
                      j = static_cast<int>(n % expected.cols);
            QCOMPARE(step.window, cv::Rect(j, i, t.dilation.cols * (s.kernel.cols - 1) + 1,
                                           t.dilation.rows * (s.kernel.rows - 1) + 1));
            for (const Tap& tap : step.taps) {
                QCOMPARE(double(tap.input), zeroInsertedValue(s, tap.row, tap.col));
                const int u = (tap.row - i) / t.dilation.rows, v = (tap.col - j) / t.dilation.cols;
                QCOMPARE(tap.weight,
                         s.kernel.at<float>(s.kernel.rows - 1 - u, s.kernel.cols - 1 - v));
            }
            QVERIFY(relativeError(step.value, expected.at<float>(i, j)) < 1e-5);
        }
        model.last();
        CONVLAB_COMPARE_MATS(model.outputSoFar(), expected, 1e-5);
    }

    void scatterStepsStampTheKernel_data()
    {
        QTest::addColumn<int>("seed");
        for (int seed = 1; seed <= 8; ++seed)
            QTest::addRow("random scatter %d", seed) << seed;
    }

    void scatterStepsStampTheKernel()
    {
        QFETCH(int, seed);
        std::mt19937 rng(static_cast<unsigned>(400 + seed));
        const StepperSetup s = randomTransposed(rng, StepOperation::TransposedScatter);
        StepperModel model;
        model.setSetup(s);
        QVERIFY2(model.isValid(), qPrintable(model.error()));
        QCOMPARE(model.total(), static_cast<long long>(s.input.total()));
        const TransposedParams& t = s.transposed;
        for (long long n = 0; n < model.total(); ++n) {
            model.setStep(n);
            const StepTrace& step = model.step();
            const int r = static_cast<int>(n / s.input.cols),
                      c = static_cast<int>(n % s.input.cols);
            QCOMPARE(step.outRow, r);
            QCOMPARE(step.outCol, c);
            QCOMPARE(step.value, s.input.at<float>(r, c));
            QCOMPARE(step.window.tl(), cv::Point(c * t.stride.cols - t.padding.left,
                                                 r * t.stride.rows - t.padding.top));
            for (const Tap& tap : step.taps)
                QCOMPARE(tap.product, tap.input * tap.weight);
            cv::Mat written;
            cv::Mat partial = bruteScatter(s, n, &written);
            if (n + 1 < model.total()) // blank until written, except in the complete output
                partial.setTo(std::numeric_limits<float>::quiet_NaN(), written == 0);
            CONVLAB_COMPARE_MATS(model.outputSoFar(), partial, 1e-5);
        }
        CONVLAB_COMPARE_MATS(model.outputSoFar(),
                             bruteScatter(s, std::numeric_limits<long long>::max()), 1e-5);
    }

    void aNewSetupRestartsAtZeroWithItsOwnN()
    {
        StepperSetup s;
        s.input = cv::Mat::ones(7, 7, CV_32F);
        s.kernel = cv::Mat::ones(3, 3, CV_32F);
        StepperModel model;
        model.setSetup(s);
        QCOMPARE(model.total(), 25LL);
        model.setStep(17);
        QCOMPARE(model.current(), 17LL);
        QSignalSpy setupSpy(&model, &StepperModel::setupChanged);
        QSignalSpy stepSpy(&model, &StepperModel::stepChanged);
        s.conv.stride = {2, 2};
        model.setSetup(s);
        QCOMPARE(setupSpy.count(), 1);
        QCOMPARE(stepSpy.count(), 1);
        QCOMPARE(stepSpy.takeFirst().at(0).toLongLong(), 0LL);
        QCOMPARE(model.current(), 0LL);
        QCOMPARE(model.total(), 9LL);
        QCOMPARE(model.step().index, 0LL);
        QVERIFY(std::isnan(model.outputSoFar().at<float>(0, 1)));
    }

    void stepsAreClampedAndNavigate()
    {
        StepperSetup s;
        s.input = cv::Mat::ones(4, 4, CV_32F);
        s.kernel = cv::Mat::ones(2, 2, CV_32F);
        StepperModel model;
        model.setSetup(s);
        model.previous();
        QCOMPARE(model.current(), 0LL);
        model.next();
        model.next();
        QCOMPARE(model.current(), 2LL);
        model.last();
        QCOMPARE(model.current(), 8LL);
        QVERIFY(model.isAtEnd());
        model.next();
        QCOMPARE(model.current(), 8LL);
        model.setStep(-5);
        QCOMPARE(model.current(), 0LL);
        model.setStep(1000);
        QCOMPARE(model.current(), 8LL);
        model.first();
        QCOMPARE(model.current(), 0LL);
    }

    void playingRunsToTheEndAndStops()
    {
        StepperSetup s;
        s.input = cv::Mat::ones(4, 4, CV_32F);
        s.kernel = cv::Mat::ones(3, 3, CV_32F);
        StepperModel model;
        model.setSpeed(1000); // clamped to the fastest speed
        QCOMPARE(model.speed(), StepperModel::kMaxSpeed);
        model.setSetup(s);
        QSignalSpy finished(&model, &StepperModel::finished);
        QSignalSpy playing(&model, &StepperModel::playingChanged);
        model.play();
        QVERIFY(model.isPlaying());
        QTRY_VERIFY_WITH_TIMEOUT(model.isAtEnd(), 2000);
        QTRY_VERIFY(!model.isPlaying());
        QCOMPARE(finished.count(), 1);
        QCOMPARE(playing.count(), 2);
        // Play from the end starts again from the first step.
        model.play();
        QCOMPARE(model.current(), 0LL);
        model.pause();
        QVERIFY(!model.isPlaying());
    }

    void anImpossibleSetupSaysWhyAndHasNoSteps()
    {
        StepperSetup s;
        s.input = cv::Mat::ones(4, 4, CV_32F);
        s.kernel = cv::Mat::ones(3, 3, CV_32F);
        s.conv.dilation = {3, 3};
        StepperModel model;
        model.setSetup(s);
        QVERIFY(!model.isValid());
        QCOMPARE(model.total(), 0LL);
        QVERIFY2(model.error().contains(QStringLiteral("7")) &&
                     model.error().contains(QStringLiteral("4")),
                 qPrintable(model.error()));
        model.next();
        model.play();
        QVERIFY(!model.isPlaying());
        QCOMPARE(model.current(), 0LL);
    }
};

QTEST_MAIN(TestStepperModel)
#include "tst_steppermodel.moc"
