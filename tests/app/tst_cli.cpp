// SPDX-License-Identifier: MIT
// The `convlab` executable end to end: every subcommand on small files, its numbers checked
// against brute-force computations written here; every bad input refused with exit code 2,
// one line naming the value, and no output file touched.
#include "ImageBytes.h"
#include "TestData.h"
#include "io/ArrayIO.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cmath>
#include <fstream>
#include <limits>
#include <memory>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <random>
#include <vector>

namespace {

using convlab::test::randomMat;

struct Size2 {
    int rows = 1;
    int cols = 1;
};

struct Sides {
    int top = 0;
    int bottom = 0;
    int left = 0;
    int right = 0;
};

enum class Border { Zeros, Reflect, Replicate, Circular };

struct Result {
    int exitCode = -1;
    QString out;
    QString err;
};

// ---------------------------------------------------------------- brute-force references

// The unpadded index that padded index i reads (before = cells of padding in front), or -1
// for a zero; PyTorch's modes: reflect leaves the edge out.
int sourceIndex(int i, int before, int n, Border border)
{
    int j = i - before;
    if (j >= 0 && j < n)
        return j;
    switch (border) {
    case Border::Zeros:
        return -1;
    case Border::Replicate:
        return std::clamp(j, 0, n - 1);
    case Border::Circular:
        return ((j % n) + n) % n;
    case Border::Reflect:
        while (j < 0 || j >= n)
            j = j < 0 ? -j : 2 * (n - 1) - j;
        return j;
    }
    return -1;
}

// out[i, j] = Σ x_pad[i·s + u·d, j·s + v·d] · w[u, v], in double, one channel of `x` against
// one channel of `w`.
cv::Mat bruteConv(const cv::Mat& x, const cv::Mat& w, Size2 s, Sides p, Border border, Size2 d,
                  bool flip)
{
    const int oh = (x.rows + p.top + p.bottom - d.rows * (w.rows - 1) - 1) / s.rows + 1;
    const int ow = (x.cols + p.left + p.right - d.cols * (w.cols - 1) - 1) / s.cols + 1;
    cv::Mat out(oh, ow, CV_32F);
    for (int i = 0; i < oh; ++i)
        for (int j = 0; j < ow; ++j) {
            double sum = 0;
            for (int u = 0; u < w.rows; ++u)
                for (int v = 0; v < w.cols; ++v) {
                    const int r = sourceIndex(i * s.rows + u * d.rows, p.top, x.rows, border);
                    const int c = sourceIndex(j * s.cols + v * d.cols, p.left, x.cols, border);
                    if (r < 0 || c < 0)
                        continue;
                    const float weight =
                        flip ? w.at<float>(w.rows - 1 - u, w.cols - 1 - v) : w.at<float>(u, v);
                    sum += static_cast<double>(x.at<float>(r, c)) * weight;
                }
            out.at<float>(i, j) = static_cast<float>(sum);
        }
    return out;
}

// Each input value stamps value × kernel at stride s; output padding adds rows/cols at the
// bottom/right; the padding is cropped from each side (PyTorch conv_transpose2d).
cv::Mat bruteTransposed(const cv::Mat& x, const cv::Mat& w, Size2 s, Sides p, Size2 a, Size2 d)
{
    const int fullRows = (x.rows - 1) * s.rows + d.rows * (w.rows - 1) + 1 + a.rows;
    const int fullCols = (x.cols - 1) * s.cols + d.cols * (w.cols - 1) + 1 + a.cols;
    cv::Mat full = cv::Mat::zeros(fullRows, fullCols, CV_64F);
    for (int i = 0; i < x.rows; ++i)
        for (int j = 0; j < x.cols; ++j)
            for (int u = 0; u < w.rows; ++u)
                for (int v = 0; v < w.cols; ++v)
                    full.at<double>(i * s.rows + u * d.rows, j * s.cols + v * d.cols) +=
                        static_cast<double>(x.at<float>(i, j)) * w.at<float>(u, v);
    cv::Mat out;
    full(cv::Range(p.top, fullRows - p.bottom), cv::Range(p.left, fullCols - p.right))
        .convertTo(out, CV_32F);
    return out;
}

// PyTorch's pooling: floor mode, -inf padding for max, zeros that count for average.
cv::Mat brutePool(const cv::Mat& x, Size2 k, Size2 s, Sides p, bool max)
{
    const int oh = (x.rows + p.top + p.bottom - k.rows) / s.rows + 1;
    const int ow = (x.cols + p.left + p.right - k.cols) / s.cols + 1;
    cv::Mat out(oh, ow, CV_32F);
    for (int i = 0; i < oh; ++i)
        for (int j = 0; j < ow; ++j) {
            double best = -std::numeric_limits<double>::infinity();
            double sum = 0;
            for (int u = 0; u < k.rows; ++u)
                for (int v = 0; v < k.cols; ++v) {
                    const int r = sourceIndex(i * s.rows + u, p.top, x.rows, Border::Zeros);
                    const int c = sourceIndex(j * s.cols + v, p.left, x.cols, Border::Zeros);
                    if (r < 0 || c < 0)
                        continue;
                    best = std::max(best, static_cast<double>(x.at<float>(r, c)));
                    sum += x.at<float>(r, c);
                }
            out.at<float>(i, j) = static_cast<float>(max ? best : sum / (k.rows * k.cols));
        }
    return out;
}

// OpenCV's TM_CCOEFF_NORMED and TM_SQDIFF, straight from their definitions; NaN where a
// normalised score is 0/0.
cv::Mat bruteMatch(const cv::Mat& image, const cv::Mat& patch, bool sqdiff)
{
    const double patchMean = cv::mean(patch)[0];
    cv::Mat out(image.rows - patch.rows + 1, image.cols - patch.cols + 1, CV_32F);
    for (int i = 0; i < out.rows; ++i)
        for (int j = 0; j < out.cols; ++j) {
            const cv::Mat window = image(cv::Rect(j, i, patch.cols, patch.rows));
            const double windowMean = cv::mean(window)[0];
            double cross = 0, windowEnergy = 0, patchEnergy = 0, distance = 0;
            for (int u = 0; u < patch.rows; ++u)
                for (int v = 0; v < patch.cols; ++v) {
                    const double a = window.at<float>(u, v) - windowMean;
                    const double b = patch.at<float>(u, v) - patchMean;
                    cross += a * b;
                    windowEnergy += a * a;
                    patchEnergy += b * b;
                    const double diff = window.at<float>(u, v) - patch.at<float>(u, v);
                    distance += diff * diff;
                }
            const double score = sqdiff ? distance
                                 : windowEnergy * patchEnergy == 0
                                     ? std::numeric_limits<double>::quiet_NaN()
                                     : cross / std::sqrt(windowEnergy * patchEnergy);
            out.at<float>(i, j) = static_cast<float>(score);
        }
    return out;
}

struct Spot {
    int row;
    int col;
};

// Best cells first (lowest for sqdiff), NaN skipped, ties in row-major order; a cell within
// minDistance (Chebyshev) of a kept one is dropped.
std::vector<Spot> brutePeaks(const cv::Mat& response, bool lowerIsBetter, int topK, int minDistance)
{
    std::vector<Spot> cells;
    for (int r = 0; r < response.rows; ++r)
        for (int c = 0; c < response.cols; ++c)
            if (!std::isnan(response.at<float>(r, c)))
                cells.push_back({r, c});
    std::stable_sort(cells.begin(), cells.end(), [&](Spot a, Spot b) {
        const float sa = response.at<float>(a.row, a.col), sb = response.at<float>(b.row, b.col);
        return lowerIsBetter ? sa < sb : sa > sb;
    });
    std::vector<Spot> kept;
    for (const Spot& cell : cells) {
        if (static_cast<int>(kept.size()) == topK)
            break;
        const bool near = std::any_of(kept.begin(), kept.end(), [&](Spot k) {
            return std::max(std::abs(k.row - cell.row), std::abs(k.col - cell.col)) <= minDistance;
        });
        if (!near)
            kept.push_back(cell);
    }
    return kept;
}

int convOutput(int i, int k, int s, int before, int after, int d)
{
    return (i + before + after - d * (k - 1) - 1) / s + 1;
}

// ----------------------------------------------------------------------------- file helpers

void writeText(const QString& path, const cv::Mat& m)
{
    std::ofstream out(path.toStdString());
    char number[32];
    for (int r = 0; r < m.rows; ++r) {
        for (int c = 0; c < m.cols; ++c) {
            std::snprintf(number, sizeof number, "%.9g", static_cast<double>(m.at<float>(r, c)));
            out << (c ? " " : "") << number;
        }
        out << '\n';
    }
}

cv::Mat readText(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    std::vector<std::vector<float>> rows;
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        std::vector<float> row;
        for (const QByteArray& token : line.simplified().split(' '))
            row.push_back(token.toFloat());
        rows.push_back(row);
    }
    cv::Mat m(static_cast<int>(rows.size()), static_cast<int>(rows.front().size()), CV_32F);
    for (int r = 0; r < m.rows; ++r)
        for (int c = 0; c < m.cols; ++c)
            m.at<float>(r, c) = rows[r][c];
    return m;
}

void writeBytes(const QString& path, const std::string& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes.data(), static_cast<qint64>(bytes.size()));
}

QByteArray readBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

cv::Mat randomImage8(std::mt19937& rng, int rows, int cols, int channels)
{
    std::uniform_int_distribution<int> dist(0, 255);
    cv::Mat m(rows, cols, CV_8UC(channels));
    for (int r = 0; r < rows; ++r)
        for (int i = 0; i < cols * channels; ++i)
            m.ptr<uchar>(r)[i] = static_cast<uchar>(dist(rng));
    return m;
}

} // namespace

Q_DECLARE_METATYPE(Size2)
Q_DECLARE_METATYPE(Sides)
Q_DECLARE_METATYPE(Border)

class TestCli : public QObject {
    Q_OBJECT

  private slots:
    void init();
    void cleanup();

    void convMatchesBruteForce_data();
    void convMatchesBruteForce();
    void convOfAColourImage();
    void convWritesAMinMaxNormalisedPng();
    void transposedConvMatchesScatter_data();
    void transposedConvMatchesScatter();
    void poolMatchesBruteForce_data();
    void poolMatchesBruteForce();
    void matchReportsBestPeakAsNumpyDoes();
    void matchJsonListsPeaksBestFirst_data();
    void matchJsonListsPeaksBestFirst();
    void matchReportsUndefinedScores();
    void matchWithAFlatPatchHasNoPeak();
    void shapePrintsTheFormulaPerAxis_data();
    void shapePrintsTheFormulaPerAxis();
    void shapeJson();
    void codePrintsTheSnippetForTheseParameters();

    void badInputIsRefused_data();
    void badInputIsRefused();
    void helpForEverySubcommand_data();
    void helpForEverySubcommand();
    void overviewListsTheSubcommands();
    void windowWithoutDisplayExplainsTheHeadlessCommands();

  private:
    QString path(const QString& name) const { return m_dir->filePath(name); }
    QStringList files() const { return QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden); }
    Result convlab(const QStringList& args,
                   const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment()) const;
    Result succeed(const QStringList& args) const;
    void writeBadInputs() const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

Result TestCli::convlab(const QStringList& args, const QProcessEnvironment& env) const
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(m_dir->path());
    process.start(QStringLiteral(CONVLAB_EXE), args);
    Result result;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

// Runs a command that must succeed, reporting its stderr if it does not.
Result TestCli::succeed(const QStringList& args) const
{
    const Result result = convlab(args);
    if (result.exitCode != 0)
        qWarning("convlab %s: exit %d, %s", qPrintable(args.join(' ')), result.exitCode,
                 qPrintable(result.err));
    return result;
}

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCli::cleanup()
{
    m_dir.reset();
}

// ------------------------------------------------------------------------------------ conv

void TestCli::convMatchesBruteForce_data()
{
    QTest::addColumn<Size2>("input");
    QTest::addColumn<Size2>("kernel");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<Size2>("stride");
    QTest::addColumn<Sides>("padding");
    QTest::addColumn<Border>("border");
    QTest::addColumn<Size2>("dilation");
    QTest::addColumn<bool>("flip");

    QTest::addRow("stride 2,1, reflect per side, dilation 1,2, flip")
        << Size2{9, 10} << Size2{3, 2}
        << QStringList{"--stride",   "2,1", "--padding", "1,2,0,1", "--padding-mode", "reflect",
                       "--dilation", "1,2", "--flip",    "-o",      "out.npy"}
        << Size2{2, 1} << Sides{1, 2, 0, 1} << Border::Reflect << Size2{1, 2} << true;
    // same with an even kernel: PyTorch puts the odd cell after (3 rows: 1 before, 2 after).
    QTest::addRow("replicate, same, even kernel")
        << Size2{6, 7} << Size2{4, 3}
        << QStringList{"--padding", "same", "--padding-mode", "replicate", "-o", "out.npy"}
        << Size2{1, 1} << Sides{1, 2, 1, 1} << Border::Replicate << Size2{1, 1} << false;
    QTest::addRow("circular, dilation 2, stride 2")
        << Size2{8, 9} << Size2{3, 3}
        << QStringList{"--padding",  "2",      "--padding-mode", "circular",
                       "--dilation", "2",      "--stride",       "2",
                       "-o",         "out.npy"}
        << Size2{2, 2} << Sides{2, 2, 2, 2} << Border::Circular << Size2{2, 2} << false;
    QTest::addRow("zeros, full, stride 3,2, text output")
        << Size2{10, 9} << Size2{3, 2}
        << QStringList{"--padding", "full", "--stride", "3,2", "-o", "out.txt"} << Size2{3, 2}
        << Sides{2, 2, 1, 1} << Border::Zeros << Size2{1, 1} << false;
}

void TestCli::convMatchesBruteForce()
{
    QFETCH(Size2, input);
    QFETCH(Size2, kernel);
    QFETCH(QStringList, options);
    QFETCH(Size2, stride);
    QFETCH(Sides, padding);
    QFETCH(Border, border);
    QFETCH(Size2, dilation);
    QFETCH(bool, flip);

    std::mt19937 rng(input.rows * 100 + kernel.cols);
    const cv::Mat x = randomMat(rng, input.rows, input.cols);
    const cv::Mat w = randomMat(rng, kernel.rows, kernel.cols);
    convlab::writeNpy(path("x.npy").toStdString(), x);
    writeText(path("w.txt"), w);

    const Result result = succeed(QStringList{"conv", "x.npy", "w.txt"} + options);
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.err.isEmpty());
    const QString output = options.last();
    const cv::Mat out = output.endsWith(".txt") ? readText(path(output))
                                                : convlab::readNpy(path(output).toStdString());
    CONVLAB_COMPARE_MATS(out, bruteConv(x, w, stride, padding, border, dilation, flip), 1e-5);
}

// A k×k×3 kernel is one filter over the R, G, B channels; a k×k kernel sees the image gray.
void TestCli::convOfAColourImage()
{
    std::mt19937 rng(5);
    const cv::Mat bgr = randomImage8(rng, 9, 11, 3);
    QVERIFY(cv::imwrite(path("photo.png").toStdString(), bgr));
    cv::Mat planes[3];
    cv::Mat bgrFloat;
    bgr.convertTo(bgrFloat, CV_32F, 1.0 / 255);
    cv::split(bgrFloat, planes);
    const cv::Mat w3 = randomMat(rng, 3, 3, 3);
    const cv::Mat w2 = randomMat(rng, 2, 3);
    convlab::writeNpy(path("w3.npy").toStdString(), w3);
    convlab::writeNpy(path("w2.npy").toStdString(), w2);

    QCOMPARE(succeed({"conv", "photo.png", "w3.npy", "-o", "rgb.npy", "--padding", "1"}).exitCode,
             0);
    cv::Mat kernelPlanes[3];
    cv::split(w3, kernelPlanes);
    cv::Mat expected = cv::Mat::zeros(9, 11, CV_32F);
    for (int c = 0; c < 3; ++c) // kernel channel c meets R, G, B in turn: BGR plane 2 - c
        expected += bruteConv(planes[2 - c], kernelPlanes[c], {1, 1}, {1, 1, 1, 1}, Border::Zeros,
                              {1, 1}, false);
    CONVLAB_COMPARE_MATS(convlab::readNpy(path("rgb.npy").toStdString()), expected, 1e-5);

    QCOMPARE(succeed({"conv", "photo.png", "w2.npy", "-o", "gray.npy"}).exitCode, 0);
    const cv::Mat gray = 0.114 * planes[0] + 0.587 * planes[1] + 0.299 * planes[2];
    CONVLAB_COMPARE_MATS(convlab::readNpy(path("gray.npy").toStdString()),
                         bruteConv(gray, w2, {1, 1}, {}, Border::Zeros, {1, 1}, false), 1e-5);
}

void TestCli::convWritesAMinMaxNormalisedPng()
{
    std::mt19937 rng(11);
    const cv::Mat x = randomMat(rng, 8, 8);
    const cv::Mat w = randomMat(rng, 3, 3);
    convlab::writeNpy(path("x.npy").toStdString(), x);
    writeText(path("w.txt"), w);
    const cv::Mat expected = bruteConv(x, w, {2, 2}, {}, Border::Zeros, {1, 1}, false);

    const Result png = succeed({"conv", "x.npy", "w.txt", "-o", "out.png", "--stride", "2"});
    QCOMPARE(png.exitCode, 0);
    QVERIFY2(png.out.contains("3×3"), qPrintable(png.out));
    const cv::Mat image = cv::imread(path("out.png").toStdString(), cv::IMREAD_UNCHANGED);
    QCOMPARE(image.type(), CV_8UC1);
    QCOMPARE(image.rows, 3);
    QCOMPARE(image.cols, 3);
    // Min–max normalised: the smallest value is black, the largest white.
    cv::Point low, high, imageLow, imageHigh;
    cv::minMaxLoc(expected, nullptr, nullptr, &low, &high);
    double black = 0, white = 0;
    cv::minMaxLoc(image, &black, &white, &imageLow, &imageHigh);
    QCOMPARE(black, 0.0);
    QCOMPARE(white, 255.0);
    QCOMPARE(imageLow, low);
    QCOMPARE(imageHigh, high);
}

// ----------------------------------------------------------------------------------- tconv

void TestCli::transposedConvMatchesScatter_data()
{
    QTest::addColumn<Size2>("input");
    QTest::addColumn<Size2>("kernel");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<Size2>("stride");
    QTest::addColumn<Sides>("padding");
    QTest::addColumn<Size2>("outputPadding");
    QTest::addColumn<Size2>("dilation");

    QTest::addRow("stride 2, padding 1, output padding 1")
        << Size2{3, 3} << Size2{3, 3}
        << QStringList{"--stride", "2", "--padding", "1", "--output-padding", "1"} << Size2{2, 2}
        << Sides{1, 1, 1, 1} << Size2{1, 1} << Size2{1, 1};
    QTest::addRow("stride 2,3, per side, output padding 1,2")
        << Size2{4, 3} << Size2{2, 3}
        << QStringList{"--stride", "2,3", "--padding", "1,0,2,1", "--output-padding", "1,2"}
        << Size2{2, 3} << Sides{1, 0, 2, 1} << Size2{1, 2} << Size2{1, 1};
    QTest::addRow("same, stride 2, dilation 2")
        << Size2{5, 5} << Size2{3, 3}
        << QStringList{"--padding", "same", "--stride", "2", "--dilation", "2"} << Size2{2, 2}
        << Sides{2, 2, 2, 2} << Size2{0, 0} << Size2{2, 2};
}

void TestCli::transposedConvMatchesScatter()
{
    QFETCH(Size2, input);
    QFETCH(Size2, kernel);
    QFETCH(QStringList, options);
    QFETCH(Size2, stride);
    QFETCH(Sides, padding);
    QFETCH(Size2, outputPadding);
    QFETCH(Size2, dilation);

    std::mt19937 rng(input.cols * 31 + kernel.rows);
    const cv::Mat x = randomMat(rng, input.rows, input.cols);
    const cv::Mat w = randomMat(rng, kernel.rows, kernel.cols);
    convlab::writeNpy(path("y.npy").toStdString(), x);
    convlab::writeNpy(path("w.npy").toStdString(), w);

    QCOMPARE(succeed(QStringList{"tconv", "y.npy", "w.npy", "-o", "out.npy"} + options).exitCode,
             0);
    CONVLAB_COMPARE_MATS(convlab::readNpy(path("out.npy").toStdString()),
                         bruteTransposed(x, w, stride, padding, outputPadding, dilation), 1e-5);
}

// ------------------------------------------------------------------------------------ pool

void TestCli::poolMatchesBruteForce_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<Size2>("size");
    QTest::addColumn<Size2>("stride");
    QTest::addColumn<Sides>("padding");
    QTest::addColumn<bool>("max");

    QTest::addRow("max 2, stride defaults to the size")
        << QStringList{"--size", "2"} << Size2{2, 2} << Size2{2, 2} << Sides{} << true;
    QTest::addRow("avg 3,2, stride 2,1, padding 1 counted")
        << QStringList{"--size", "3,2", "--stride", "2,1", "--padding", "1", "--mode", "avg"}
        << Size2{3, 2} << Size2{2, 1} << Sides{1, 1, 1, 1} << false;
    QTest::addRow("max 3, stride 2, per side")
        << QStringList{"--size", "3", "--stride", "2", "--padding", "1,1,0,1", "--mode", "max"}
        << Size2{3, 3} << Size2{2, 2} << Sides{1, 1, 0, 1} << true;
}

void TestCli::poolMatchesBruteForce()
{
    QFETCH(QStringList, options);
    QFETCH(Size2, size);
    QFETCH(Size2, stride);
    QFETCH(Sides, padding);
    QFETCH(bool, max);

    std::mt19937 rng(size.rows * 7 + stride.cols);
    const cv::Mat x = randomMat(rng, 9, 8);
    convlab::writeNpy(path("x.npy").toStdString(), x);
    QCOMPARE(succeed(QStringList{"pool", "x.npy", "-o", "out.npy"} + options).exitCode, 0);
    CONVLAB_COMPARE_MATS(convlab::readNpy(path("out.npy").toStdString()),
                         brutePool(x, size, stride, padding, max), 1e-6);
}

// ----------------------------------------------------------------------------------- match

void TestCli::matchReportsBestPeakAsNumpyDoes()
{
    std::mt19937 rng(17);
    const cv::Mat image = randomMat(rng, 40, 50, 1, 0.f, 1.f);
    const cv::Mat patch = image(cv::Rect(23, 17, 5, 6)).clone(); // rows 17–22, cols 23–27
    convlab::writeNpy(path("image.npy").toStdString(), image);
    convlab::writeNpy(path("patch.npy").toStdString(), patch);

    const Result result =
        succeed({"match", "image.npy", "patch.npy", "--top", "3", "--min-distance", "3"});
    QCOMPARE(result.exitCode, 0);
    const QStringList lines = result.out.split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY2(lines[0].startsWith("best match at (row 17, col 23), score "), qPrintable(lines[0]));
    QVERIFY(std::abs(lines[0].section("score ", 1).toDouble() - 1.0) < 1e-5);
    QCOMPARE(lines[1], QStringLiteral("patch 6×5 at rows 17–22, cols 23–27 of the image"));
    const std::vector<Spot> peaks = brutePeaks(bruteMatch(image, patch, false), false, 3, 3);
    for (int k = 1; k < 3; ++k)
        QVERIFY2(lines[k + 1].startsWith(QStringLiteral("peak %1 at (row %2, col %3), score ")
                                             .arg(k + 1)
                                             .arg(peaks[k].row)
                                             .arg(peaks[k].col)),
                 qPrintable(lines[k + 1]));
}

void TestCli::matchJsonListsPeaksBestFirst_data()
{
    QTest::addColumn<QString>("method");
    QTest::addRow("ccoeff_normed (highest first)") << "ccoeff_normed";
    QTest::addRow("sqdiff (lowest first)") << "sqdiff";
}

void TestCli::matchJsonListsPeaksBestFirst()
{
    QFETCH(QString, method);
    const bool sqdiff = method == QLatin1String("sqdiff");
    std::mt19937 rng(23);
    const cv::Mat image = randomMat(rng, 24, 30, 1, 0.f, 1.f);
    const cv::Mat patch = randomMat(rng, 4, 5, 1, 0.f, 1.f);
    convlab::writeNpy(path("image.npy").toStdString(), image);
    convlab::writeNpy(path("patch.npy").toStdString(), patch);

    const Result result = succeed({"match", "image.npy", "patch.npy", "--method", method, "--top",
                                   "4", "--min-distance", "2", "--json", "-o", "response.npy"});
    QCOMPARE(result.exitCode, 0);
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);

    const cv::Mat expected = bruteMatch(image, patch, sqdiff);
    const cv::Mat response = convlab::readNpy(path("response.npy").toStdString());
    CONVLAB_COMPARE_MATS(response, expected, 1e-4);
    QCOMPARE(json["method"].toString(), method);
    QCOMPARE(json["response_shape"].toArray(), (QJsonArray{21, 26}));
    QCOMPARE(json["undefined_cells"].toInt(), 0);

    const std::vector<Spot> spots = brutePeaks(expected, sqdiff, 4, 2);
    const QJsonArray peaks = json["peaks"].toArray();
    QCOMPARE(peaks.size(), 4);
    for (int k = 0; k < 4; ++k) {
        const QJsonObject peak = peaks[k].toObject();
        const int row = peak["row"].toInt(), col = peak["col"].toInt();
        QCOMPARE(row, spots[k].row);
        QCOMPARE(col, spots[k].col);
        QCOMPARE(peak["rect"].toArray(), (QJsonArray{row, col, 4, 5}));
        // The printed score reads back as the very float32 of the response map.
        QCOMPARE(static_cast<float>(peak["score"].toDouble()), response.at<float>(row, col));
    }
}

// Windows entirely in a flat region have no normalised score: NaN in the map, not peaks.
void TestCli::matchReportsUndefinedScores()
{
    std::mt19937 rng(29);
    cv::Mat image = cv::Mat::zeros(20, 24, CV_32F);
    randomMat(rng, 20, 10, 1, 0.f, 1.f).copyTo(image(cv::Rect(14, 0, 10, 20)));
    const cv::Mat patch = randomMat(rng, 4, 4, 1, 0.f, 1.f);
    convlab::writeNpy(path("image.npy").toStdString(), image);
    convlab::writeNpy(path("patch.npy").toStdString(), patch);
    const cv::Mat expected = bruteMatch(image, patch, false);
    const int undefined = static_cast<int>(std::count_if(
        expected.begin<float>(), expected.end<float>(), [](float v) { return std::isnan(v); }));
    QCOMPARE(undefined, 17 * 11); // the windows whose 4 columns lie in columns 0–13

    const Result json = succeed({"match", "image.npy", "patch.npy", "--top", "50", "--json"});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject report = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(report["undefined_cells"].toInt(), undefined);
    const QJsonArray peaks = report["peaks"].toArray();
    QVERIFY(!peaks.isEmpty());
    for (const QJsonValue& peak : peaks) {
        const int row = peak["row"].toInt(), col = peak["col"].toInt();
        QVERIFY2(!std::isnan(expected.at<float>(row, col)),
                 qPrintable(QStringLiteral("peak at undefined cell (%1, %2)").arg(row).arg(col)));
    }

    const Result text = succeed({"match", "image.npy", "patch.npy"});
    QVERIFY2(
        text.out.contains(
            QStringLiteral("%1 of %2 scores are undefined").arg(undefined).arg(expected.total())),
        qPrintable(text.out));
}

void TestCli::matchWithAFlatPatchHasNoPeak()
{
    std::mt19937 rng(31);
    convlab::writeNpy(path("image.npy").toStdString(), randomMat(rng, 10, 10));
    convlab::writeNpy(path("flat.npy").toStdString(), cv::Mat(3, 3, CV_32F, cv::Scalar(0.5)));
    const Result result = succeed({"match", "image.npy", "flat.npy", "--json"});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject report = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QVERIFY(report["peaks"].toArray().isEmpty());
    QCOMPARE(report["undefined_cells"].toInt(), 64);
}

// ----------------------------------------------------------------------------------- shape

void TestCli::shapePrintsTheFormulaPerAxis_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("cols");

    // Dumoulin & Visin: i=5, k=3, s=2, p=1.
    QTest::addRow("padding and strides")
        << QStringList{"--input", "5", "--kernel", "3", "--stride", "2", "--padding", "1"}
        << convOutput(5, 3, 2, 1, 1, 1) << convOutput(5, 3, 2, 1, 1, 1);
    QTest::addRow("rectangular, per side, dilation")
        << QStringList{"--input", "7,9",       "--kernel", "3,2",        "--stride",
                       "2,1",     "--padding", "1,0,2,1",  "--dilation", "1,2"}
        << convOutput(7, 3, 2, 1, 0, 1) << convOutput(9, 2, 1, 2, 1, 2);
    // Transposed: o = (i-1)s - 2p + d(k-1) + a + 1 = 2·2 - 2 + 2 + 1 + 1.
    QTest::addRow("transposed") << QStringList{"--input",          "3", "--kernel",    "3",
                                               "--stride",         "2", "--padding",   "1",
                                               "--output-padding", "1", "--transposed"}
                                << 6 << 6;
}

void TestCli::shapePrintsTheFormulaPerAxis()
{
    QFETCH(QStringList, options);
    QFETCH(int, rows);
    QFETCH(int, cols);
    const Result result = succeed(QStringList{"shape"} + options);
    QCOMPARE(result.exitCode, 0);
    const QStringList lines = result.out.split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines[0].startsWith("rows: ") && lines[0].endsWith(QStringLiteral(" = %1").arg(rows)),
             qPrintable(lines[0]));
    QVERIFY2(lines[1].startsWith("cols: ") && lines[1].endsWith(QStringLiteral(" = %1").arg(cols)),
             qPrintable(lines[1]));
    // The numbers are filled in: the input size appears in each line.
    QVERIFY(lines[0].contains(options[1].section(',', 0, 0)));
    QVERIFY(lines[1].contains(options[1].section(',', -1)));
}

void TestCli::shapeJson()
{
    const Result conv =
        succeed({"shape", "--input", "7", "--kernel", "3", "--dilation", "2", "--json"});
    QCOMPARE(conv.exitCode, 0);
    const QJsonObject convReport = QJsonDocument::fromJson(conv.out.toUtf8()).object();
    const int o = convOutput(7, 3, 1, 0, 0, 2); // 3
    QCOMPARE(convReport["output"].toArray(), (QJsonArray{o, o}));
    QVERIFY2(convReport["formula"].toString().contains(QStringLiteral("= %1").arg(o)),
             qPrintable(conv.out));

    const Result transposed = succeed(
        {"shape", "--input", "4,2", "--kernel", "4", "--stride", "2,3", "--transposed", "--json"});
    QCOMPARE(transposed.exitCode, 0);
    const QJsonObject report = QJsonDocument::fromJson(transposed.out.toUtf8()).object();
    QCOMPARE(report["output"].toArray(), (QJsonArray{(4 - 1) * 2 + 3 + 1, (2 - 1) * 3 + 3 + 1}));
    QVERIFY(report["formula"].toString().contains("= 10"));
}

// ------------------------------------------------------------------------------------ code

void TestCli::codePrintsTheSnippetForTheseParameters()
{
    std::mt19937 rng(37);
    writeText(path("w.txt"), randomMat(rng, 3, 4));

    // same needs the kernel's size: 3×4 dilated by 2 gives 2 rows and 3 cols each side.
    const Result pytorch =
        succeed({"code", "conv", "x.npy", "w.txt", "--stride", "2,1", "--dilation", "2", "--flip",
                 "--padding", "same", "--lang", "pytorch", "-o", "ignored.npy"});
    QCOMPARE(pytorch.exitCode, 0);
    QVERIFY2(pytorch.out.contains("F.conv2d(x, w, stride=(2, 1), padding=(2, 3), dilation=(2, 2)"),
             qPrintable(pytorch.out));
    QVERIFY(pytorch.out.contains("torch.flip(w, [0, 1])"));

    const Result opencv = succeed(
        {"code", "match", "image.png", "two.png", "--method", "sqdiff", "--lang", "opencv"});
    QCOMPARE(opencv.exitCode, 0);
    QVERIFY(opencv.out.contains("cv2.matchTemplate(image, patch, cv2.TM_SQDIFF)"));
    QVERIFY(opencv.out.contains("np.unravel_index(np.argmin(r), r.shape)"));
    QVERIFY(!files().contains("ignored.npy"));
}

// ---------------------------------------------------------------------------------- errors

void TestCli::writeBadInputs() const
{
    std::mt19937 rng(41);
    convlab::writeNpy(path("x.npy").toStdString(), randomMat(rng, 6, 6));
    convlab::writeNpy(path("small.npy").toStdString(), randomMat(rng, 4, 4));
    writeText(path("w.txt"), randomMat(rng, 3, 3));
    writeText(path("big.txt"), randomMat(rng, 7, 7));
    std::vector<uchar> png;
    cv::imencode(".png", randomImage8(rng, 16, 16, 1), png);
    writeBytes(path("truncated.png"), std::string(png.begin(), png.begin() + png.size() / 2));
    writeBytes(path("huge.png"), convlab::test::pngHeaderOnly(60000, 60000));
    writeBytes(path("nan.txt"), "1 2 3\n4 nan 6\n7 8 9\n");
    // Decoders that would print their own lines on stderr before ConvLab's one.
    std::vector<uchar> jpeg;
    cv::imencode(".jpg", randomImage8(rng, 64, 64, 3), jpeg);
    writeBytes(path("cut.jpg"),
               std::string(jpeg.begin(), jpeg.begin() + jpeg.size() / 2) + "\xff\xd9");
    std::string damaged(png.begin(), png.end());
    damaged[23] = static_cast<char>(damaged[23] ^ 0x01); // IHDR's CRC no longer fits
    writeBytes(path("crc.png"), damaged);
    std::vector<uchar> tiff;
    cv::imencode(".tif", randomImage8(rng, 16, 16, 1), tiff);
    writeBytes(path("cut.tif"), std::string(tiff.begin(), tiff.begin() + tiff.size() / 3));
    // A TIFF whose SamplesPerPixel (tag 277) says 5: OpenCV's decoder throws, and OpenCV 4.6
    // writes the exception to std::cerr.
    std::string fiveChannels(tiff.begin(), tiff.end());
    QVERIFY(fiveChannels.compare(0, 4, std::string("II*\0", 4)) == 0); // little endian
    const auto u16 = [&](std::size_t at) {
        return std::size_t(std::uint8_t(fiveChannels[at])) |
               std::size_t(std::uint8_t(fiveChannels[at + 1])) << 8;
    };
    const std::size_t ifd = u16(4) | u16(6) << 16;
    bool found = false;
    for (std::size_t entry = ifd + 2; entry < ifd + 2 + 12 * u16(ifd); entry += 12)
        if (u16(entry) == 277) {
            fiveChannels[entry + 8] = 5;
            found = true;
        }
    QVERIFY(found);
    writeBytes(path("five.tif"), fiveChannels);
    writeBytes(path("escape.txt"), "1 2\n3 \x1b[31m\n");
}

void TestCli::badInputIsRefused_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("named");
    // existing: an earlier out.npy is there and must survive untouched, also when the refusal
    // comes after the input files were read.
    QTest::addColumn<bool>("existing");

    const QStringList conv{"conv", "x.npy", "w.txt", "-o", "out.npy"};
    QTest::addRow("stride 0") << conv + QStringList{"--stride", "0"} << QStringList{"stride 0"}
                              << false;
    QTest::addRow("negative padding")
        << conv + QStringList{"--padding", "-1"} << QStringList{"padding -1"} << true;
    QTest::addRow("three paddings")
        << conv + QStringList{"--padding", "1,2,3"} << QStringList{"'1,2,3'"} << false;
    QTest::addRow("unknown padding mode")
        << conv + QStringList{"--padding-mode", "sideways"} << QStringList{"'sideways'"} << false;
    QTest::addRow("kernel larger than the padded input")
        << QStringList{"conv", "small.npy", "big.txt", "-o", "out.npy", "--padding", "1"}
        << QStringList{"kernel 7", "6"} << true;
    QTest::addRow("truncated png") << QStringList{"conv", "truncated.png", "w.txt", "-o", "out.npy"}
                                   << QStringList{"truncated.png"} << true;
    QTest::addRow("jpeg cut short, ending on its marker")
        << QStringList{"conv", "cut.jpg", "w.txt", "-o", "out.npy"}
        << QStringList{"cut.jpg", "incomplete JPEG"} << true;
    QTest::addRow("png with a damaged chunk")
        << QStringList{"conv", "crc.png", "w.txt", "-o", "out.npy"} << QStringList{"crc.png"}
        << true;
    QTest::addRow("tiff with five samples per pixel")
        << QStringList{"conv", "five.tif", "w.txt", "-o", "out.npy"} << QStringList{"five.tif"}
        << true;
    QTest::addRow("tiff cut short") << QStringList{"conv", "cut.tif", "w.txt", "-o", "out.npy"}
                                    << QStringList{"cut.tif"} << true;
    QTest::addRow("an escape sequence in a text matrix, shown escaped")
        << QStringList{"conv", "x.npy", "escape.txt", "-o", "out.npy"}
        << QStringList{"escape.txt", "\\x1b[31m"} << true;
    QTest::addRow("missing file") << QStringList{"conv", "missing.npy", "w.txt", "-o", "out.npy"}
                                  << QStringList{"missing.npy"} << false;
    QTest::addRow("NaN in a text matrix")
        << QStringList{"conv", "x.npy", "nan.txt", "-o", "out.npy"} << QStringList{"nan.txt", "NaN"}
        << true;
    QTest::addRow("oversized image header")
        << QStringList{"match", "huge.png", "w.txt", "-o", "out.npy"}
        << QStringList{"huge.png", "60000"} << false;
    QTest::addRow("unknown method")
        << QStringList{"match", "x.npy", "w.txt", "--method", "foo", "-o", "out.npy"}
        << QStringList{"'foo'"} << true;
    QTest::addRow("output padding not below the stride")
        << QStringList{"tconv",   "x.npy",    "w.txt", "-o",
                       "out.npy", "--stride", "2",     "--output-padding",
                       "2"}
        << QStringList{"output padding 2"} << true;
    QTest::addRow("pool without size")
        << QStringList{"pool", "x.npy", "-o", "out.npy"} << QStringList{"--size"} << false;
    QTest::addRow("unknown option")
        << conv + QStringList{"--strid", "2"} << QStringList{"'strid'"} << false;
    QTest::addRow("unwritable extension") << QStringList{"conv", "x.npy", "w.txt", "-o", "out.jpg"}
                                          << QStringList{"out.jpg"} << false;
    QTest::addRow("no output") << QStringList{"conv", "x.npy", "w.txt"} << QStringList{"-o OUT"}
                               << false;
    QTest::addRow("unknown command")
        << QStringList{"convolve", "x.npy"} << QStringList{"'convolve'"} << false;
    QTest::addRow("code without an operation")
        << QStringList{"code", "x.npy", "w.txt"} << QStringList{"conv, tconv, match or pool"}
        << false;
}

void TestCli::badInputIsRefused()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, named);
    QFETCH(bool, existing);
    writeBadInputs();
    const QByteArray precious("a student's earlier result");
    if (existing)
        writeBytes(path("out.npy"), precious.toStdString());
    const QStringList before = files();

    const Result result = convlab(args);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(!result.err.contains(QChar(0x1b)), qPrintable(result.err));
    QVERIFY2(result.err.startsWith("convlab: error: ") && result.err.endsWith('\n') &&
                 result.err.count('\n') == 1,
             qPrintable(result.err));
    for (const QString& value : named)
        QVERIFY2(result.err.contains(value), qPrintable(result.err));
    QCOMPARE(files(), before); // no output, no temporary left behind
    if (existing)
        QCOMPARE(readBytes(path("out.npy")), precious);
}

// ------------------------------------------------------------------------------------ help

void TestCli::helpForEverySubcommand_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("option");
    QTest::addRow("conv") << "conv"
                          << "--padding-mode";
    QTest::addRow("tconv") << "tconv"
                           << "--output-padding";
    QTest::addRow("match") << "match"
                           << "--min-distance";
    QTest::addRow("pool") << "pool"
                          << "--size";
    QTest::addRow("shape") << "shape"
                           << "--transposed";
    QTest::addRow("code") << "code"
                          << "--lang";
}

void TestCli::helpForEverySubcommand()
{
    QFETCH(QString, command);
    QFETCH(QString, option);
    const Result result = convlab({command, "--help"});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.err.isEmpty());
    QVERIFY2(result.out.startsWith(QStringLiteral("Usage: convlab %1 ").arg(command)),
             qPrintable(result.out));
    QVERIFY2(result.out.contains(option), qPrintable(result.out));
}

void TestCli::overviewListsTheSubcommands()
{
    const Result help = convlab({"--help"});
    QCOMPARE(help.exitCode, 0);
    for (const char* command : {"conv", "tconv", "match", "pool", "shape", "code"})
        QVERIFY2(help.out.contains(QStringLiteral("\n  %1 ").arg(command)), command);
    const Result version = convlab({"--version"});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith("convlab "));
}

void TestCli::windowWithoutDisplayExplainsTheHeadlessCommands()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* variable : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(variable);
    const Result result = convlab({}, env);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("no display"), qPrintable(result.err));
    QVERIFY2(result.err.contains("shape --input"), qPrintable(result.err));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
