// SPDX-License-Identifier: MIT
#include "Error.h"
#include "TestData.h"
#include "codegen/CodeGenerator.h"
#include "io/ArrayIO.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <cstdlib>
#include <opencv2/imgcodecs.hpp>
#include <random>
#include <string>
#include <vector>

using namespace convlab;

namespace {

using Operation = CodeRequest::Operation;

CodeRequest convRequest(ConvParams params)
{
    return {.operation = Operation::Conv, .inputPath = "image.npy", .conv = params};
}

CodeRequest transposedRequest(TransposedParams params)
{
    return {.operation = Operation::TransposedConv,
            .inputPath = "y.npy",
            .kernelPath = "w.npy",
            .transposed = params};
}

CodeRequest matchRequest(MatchMethod method)
{
    return {.operation = Operation::Match,
            .inputPath = "digits.npy",
            .kernelPath = "two.npy",
            .method = method};
}

CodeRequest poolRequest(PoolParams params)
{
    return {.operation = Operation::Pool, .inputPath = "map.npy", .pool = params};
}

ConvParams conv(Pair stride, Padding padding, PaddingMode mode, Pair dilation, bool flip)
{
    return {stride, padding, mode, dilation, flip};
}

bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

// Fails naming the missing (or unwanted) fragment and showing the snippet.
void checkFragments(const std::string& code, const QStringList& present, const QStringList& absent)
{
    for (const QString& part : present)
        if (!contains(code, part.toStdString()))
            QFAIL(qPrintable(
                QStringLiteral("missing \"%1\" in:\n%2").arg(part, QString::fromStdString(code))));
    for (const QString& part : absent)
        if (contains(code, part.toStdString()))
            QFAIL(qPrintable(QStringLiteral("unexpected \"%1\" in:\n%2")
                                 .arg(part, QString::fromStdString(code))));
}

// Runs every snippet given on its command line in its own namespace, its prints silenced, and
// saves what it computed (`out`, or the best peak's `row, col`) beside it as .result.npy; a
// failing snippet leaves its traceback in .error.txt instead. PyTorch snippets run only when
// torch imports.
const char* const kDriver = R"(import contextlib, io, sys, traceback
import numpy as np
try:
    import torch
    have_torch = True
except ImportError:
    have_torch = False
for script in sys.argv[1:]:
    if script.endswith('_pytorch.py') and not have_torch:
        continue
    env = {'__name__': '__main__'}
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            exec(compile(open(script).read(), script, 'exec'), env)
        got = np.array([[env['row'], env['col']]]) if 'row' in env else np.asarray(env['out'])
        np.save(script[:-3] + '.result.npy', got.astype(np.float32))
    except Exception:
        open(script[:-3] + '.error.txt', 'w').write(traceback.format_exc())
)";

// A Python 3 with NumPy and OpenCV, or an empty string.
std::string findPython()
{
    for (const char* candidate : {"python3", "/usr/bin/python3"}) {
        const std::string probe =
            std::string(candidate) + " -c 'import numpy, cv2' >/dev/null 2>&1";
        if (std::system(probe.c_str()) == 0)
            return candidate;
    }
    return {};
}

QString readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// One computation for the snippets: the request, and ConvLab's own result for it.
struct Case {
    QString name;
    CodeRequest request;
    cv::Mat expected;
};

class SnippetCases {
  public:
    explicit SnippetCases(const QString& dir) : m_dir(dir) {}

    void addConv(std::mt19937& rng, int index)
    {
        std::uniform_int_distribution<int> small(0, 2), size(8, 10), kernel(1, 4), step(1, 3);
        ConvParams p;
        p.stride = {step(rng), step(rng)};
        p.padding = {small(rng), small(rng), small(rng), small(rng)};
        p.paddingMode = static_cast<PaddingMode>(index % 4);
        p.dilation = {1 + small(rng) % 2, 1 + small(rng) % 2};
        p.trueConvolution = index % 2 == 1;
        const cv::Mat x = test::randomMat(rng, size(rng), size(rng));
        const cv::Mat w = test::randomMat(rng, kernel(rng), kernel(rng));
        add(QStringLiteral("conv%1").arg(index),
            {.operation = Operation::Conv,
             .inputPath = save("conv" + std::to_string(index) + "_x.npy", x),
             .kernelPath = saveText("conv" + std::to_string(index) + "_w.txt", w),
             .conv = p},
            conv2d(x, w, p));
    }

    // An 8-bit colour PNG, seen in gray by a k×k kernel and in R, G, B by a k×k×3 one.
    void addConvOfImage(std::mt19937& rng)
    {
        cv::Mat bgr(9, 12, CV_8UC3);
        cv::randu(bgr, 0, 256);
        const std::string image = (m_dir + "/photo.png").toStdString();
        QVERIFY(cv::imwrite(image, bgr));
        for (const int channels : {1, 3}) {
            CodeRequest r;
            r.operation = Operation::Conv;
            r.inputPath = image;
            const cv::Mat w = test::randomMat(rng, 3, 2, channels);
            r.kernelPath = save("photo_w" + std::to_string(channels) + ".npy", w);
            r.conv.padding = Padding::uniform(1);
            const cv::Mat x = readImage(image, channels == 3);
            add(QStringLiteral("photo%1").arg(channels), r, conv2d(x, w, r.conv));
        }
    }

    void addTransposed(std::mt19937& rng, int index)
    {
        std::uniform_int_distribution<int> small(0, 2), size(2, 4), kernel(1, 4), step(1, 3);
        TransposedParams p;
        p.stride = {step(rng), step(rng)};
        p.dilation = {1 + small(rng) % 2, 1 + small(rng) % 2};
        p.outputPadding = {small(rng) % std::max(p.stride.rows, p.dilation.rows),
                           small(rng) % std::max(p.stride.cols, p.dilation.cols)};
        const cv::Mat x = test::randomMat(rng, size(rng), size(rng));
        const cv::Mat w = test::randomMat(rng, kernel(rng), kernel(rng));
        // Padding that leaves at least one output cell per axis.
        const int rows = (x.rows - 1) * p.stride.rows + p.dilation.rows * (w.rows - 1) + 1;
        const int cols = (x.cols - 1) * p.stride.cols + p.dilation.cols * (w.cols - 1) + 1;
        p.padding = {small(rng) % rows, 0, small(rng) % cols, 0};
        p.padding.bottom = std::min(small(rng), rows - 1 - p.padding.top);
        p.padding.right = std::min(small(rng), cols - 1 - p.padding.left);
        add(QStringLiteral("tconv%1").arg(index),
            {.operation = Operation::TransposedConv,
             .inputPath = save("tconv" + std::to_string(index) + "_x.npy", x),
             .kernelPath = save("tconv" + std::to_string(index) + "_w.npy", w),
             .transposed = p},
            transposedConv2d(x, w, p));
    }

    // The patch cut from the image, then the image blurred with noise: one clear best peak.
    void addMatch(std::mt19937& rng, MatchMethod method)
    {
        cv::Mat image = test::randomMat(rng, 20, 24, 1, 0.f, 1.f);
        const cv::Mat patch = image(cv::Rect(9, 6, 5, 4)).clone();
        image += test::randomMat(rng, 20, 24, 1, 0.f, 0.05f);
        const std::string name = toString(method);
        const Peak best = findPeaks(matchTemplate(image, patch, method), method, patch.size())[0];
        add(QString::fromStdString(name),
            {.operation = Operation::Match,
             .inputPath = save(name + "_image.npy", image),
             .kernelPath = saveText(name + "_patch.txt", patch),
             .method = method},
            (cv::Mat_<float>(1, 2) << best.row, best.col));
    }

    void addPool(std::mt19937& rng, int index)
    {
        std::uniform_int_distribution<int> window(1, 3), step(1, 3), size(8, 9);
        PoolParams p;
        p.size = {window(rng), window(rng)};
        p.stride = {step(rng), step(rng)};
        p.padding = {p.size.rows / 2, 0, 0, p.size.cols / 2};
        p.mode = index % 2 ? PoolMode::Average : PoolMode::Max;
        const cv::Mat x = test::randomMat(rng, size(rng), size(rng));
        add(QStringLiteral("pool%1").arg(index),
            {.operation = Operation::Pool,
             .inputPath = save("pool" + std::to_string(index) + "_x.npy", x),
             .pool = p},
            pool2d(x, p));
    }

    const std::vector<Case>& cases() const { return m_cases; }

    QString script(const Case& c, CodeLanguage lang) const
    {
        return m_dir + "/" + c.name + "_" + QString::fromStdString(toString(lang)) + ".py";
    }

  private:
    std::string save(const std::string& name, const cv::Mat& m) const
    {
        const std::string path = (m_dir + "/").toStdString() + name;
        writeNpy(path, m);
        return path;
    }

    std::string saveText(const std::string& name, const cv::Mat& m) const
    {
        const std::string path = (m_dir + "/").toStdString() + name;
        writeTextMatrix(path, m);
        return path;
    }

    void add(const QString& name, const CodeRequest& request, const cv::Mat& expected)
    {
        m_cases.push_back({name, request, expected});
    }

    QString m_dir;
    std::vector<Case> m_cases;
};

} // namespace

Q_DECLARE_METATYPE(convlab::CodeRequest)
Q_DECLARE_METATYPE(convlab::CodeLanguage)

class TestCodeGenerator : public QObject {
    Q_OBJECT

  private slots:
    void languageNamesRoundTrip();
    void unknownLanguageIsRefusedByName();
    void snippetHasTheRightCalls_data();
    void snippetHasTheRightCalls();
    void filesAreLoadedAsConvLabReadsThem_data();
    void filesAreLoadedAsConvLabReadsThem();
    void pathsAreQuotedForPython();
    void convImageKeepsColoursOnlyForAThreeDimensionalKernel();
    void snippetsComputeWhatConvLabComputes();
};

void TestCodeGenerator::languageNamesRoundTrip()
{
    for (const CodeLanguage lang :
         {CodeLanguage::NumPy, CodeLanguage::PyTorch, CodeLanguage::OpenCV})
        QVERIFY(codeLanguageFromString(toString(lang)) == lang);
    QCOMPARE(QString::fromStdString(toString(CodeLanguage::PyTorch)), QStringLiteral("pytorch"));
}

void TestCodeGenerator::unknownLanguageIsRefusedByName()
{
    try {
        codeLanguageFromString("fortran");
        QFAIL("fortran was accepted");
    } catch (const Error& e) {
        QVERIFY2(contains(e.what(), "'fortran'"), e.what());
    }
}

void TestCodeGenerator::snippetHasTheRightCalls_data()
{
    QTest::addColumn<CodeRequest>("request");
    QTest::addColumn<CodeLanguage>("lang");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");

    const Padding none{};
    const auto zeros = PaddingMode::Zeros;

    // conv, PyTorch: zero padding on equal sides goes into conv2d; anything else through F.pad.
    QTest::addRow("conv pytorch stride (2, 1)")
        << convRequest(conv({2, 1}, Padding::symmetric(1, 2), zeros, {1, 1}, false))
        << CodeLanguage::PyTorch
        << QStringList{"import torch.nn.functional as F",
                       "F.conv2d(x, w, stride=(2, 1), padding=(1, 2), dilation=(1, 1)"}
        << QStringList{"F.pad", "torch.flip"};
    QTest::addRow("conv pytorch reflect per side")
        << convRequest(conv({1, 1}, {1, 2, 3, 4}, PaddingMode::Reflect, {1, 1}, false))
        << CodeLanguage::PyTorch
        << QStringList{"F.pad(x, (3, 4, 1, 2), mode='reflect')", "padding=0,"} << QStringList{};
    QTest::addRow("conv pytorch replicate")
        << convRequest(conv({1, 1}, Padding::uniform(2), PaddingMode::Replicate, {1, 1}, false))
        << CodeLanguage::PyTorch
        << QStringList{"F.pad(x, (2, 2, 2, 2), mode='replicate')", "padding=0,"} << QStringList{};
    QTest::addRow("conv pytorch circular")
        << convRequest(conv({1, 1}, {0, 1, 1, 0}, PaddingMode::Circular, {1, 1}, false))
        << CodeLanguage::PyTorch << QStringList{"F.pad(x, (1, 0, 0, 1), mode='circular')"}
        << QStringList{};
    QTest::addRow("conv pytorch unequal zeros")
        << convRequest(conv({1, 1}, {0, 1, 2, 0}, zeros, {1, 1}, false)) << CodeLanguage::PyTorch
        << QStringList{"F.pad(x, (2, 0, 0, 1), mode='constant')", "padding=0,"} << QStringList{};
    QTest::addRow("conv pytorch flip, dilation (2, 3)")
        << convRequest(conv({1, 1}, none, zeros, {2, 3}, true)) << CodeLanguage::PyTorch
        << QStringList{"torch.flip(w, [0, 1])", "dilation=(2, 3)"} << QStringList{};

    QTest::addRow("conv numpy reflect")
        << convRequest(conv({3, 2}, {1, 2, 3, 4}, PaddingMode::Reflect, {2, 1}, false))
        << CodeLanguage::NumPy
        << QStringList{"np.pad(x, ((1, 2), (3, 4))", "mode='reflect'",
                       "(sr, sc), (dr, dc) = (3, 2), (2, 1)"}
        << QStringList{"torch", "w[::-1, ::-1]"};
    QTest::addRow("conv numpy replicate flip")
        << convRequest(conv({1, 1}, Padding::uniform(1), PaddingMode::Replicate, {1, 1}, true))
        << CodeLanguage::NumPy << QStringList{"mode='edge'", "w = w[::-1, ::-1]"} << QStringList{};
    QTest::addRow("conv numpy circular")
        << convRequest(conv({1, 1}, Padding::uniform(1), PaddingMode::Circular, {1, 1}, false))
        << CodeLanguage::NumPy << QStringList{"mode='wrap'"} << QStringList{};
    QTest::addRow("conv numpy zeros")
        << convRequest(conv({1, 1}, Padding::uniform(1), zeros, {1, 1}, false))
        << CodeLanguage::NumPy << QStringList{"mode='constant'"} << QStringList{};

    QTest::addRow("conv opencv reflect, stride (2, 1)")
        << convRequest(conv({2, 1}, {1, 2, 3, 4}, PaddingMode::Reflect, {1, 1}, true))
        << CodeLanguage::OpenCV
        << QStringList{"cv2.copyMakeBorder(x, 1, 2, 3, 4, cv2.BORDER_REFLECT_101)",
                       "cv2.filter2D(",
                       "cv2.flip(w, -1)",
                       "(sr, sc), (dr, dc) = (2, 1), (1, 1)",
                       ": sr, ",
                       ": sc]"}
        << QStringList{"torch"};
    QTest::addRow("conv opencv zeros")
        << convRequest(conv({1, 1}, none, zeros, {1, 1}, false)) << CodeLanguage::OpenCV
        << QStringList{"cv2.BORDER_CONSTANT, value=0"} << QStringList{"cv2.flip"};
    QTest::addRow("conv opencv replicate")
        << convRequest(conv({1, 1}, none, PaddingMode::Replicate, {1, 1}, false))
        << CodeLanguage::OpenCV << QStringList{"cv2.BORDER_REPLICATE"} << QStringList{};
    QTest::addRow("conv opencv circular")
        << convRequest(conv({1, 1}, none, PaddingMode::Circular, {1, 1}, false))
        << CodeLanguage::OpenCV << QStringList{"cv2.BORDER_WRAP"} << QStringList{};

    // tconv: PyTorch's padding is both sides; unequal sides are cropped from padding=0.
    TransposedParams even;
    even.stride = {2, 2};
    even.padding = Padding::symmetric(1, 2);
    even.outputPadding = {1, 0};
    even.dilation = {1, 2};
    QTest::addRow("tconv pytorch symmetric")
        << transposedRequest(even) << CodeLanguage::PyTorch
        << QStringList{"F.conv_transpose2d(x, w, stride=(2, 2), padding=(1, 2), "
                       "output_padding=(1, 0), dilation=(1, 2))"}
        << QStringList{"crop"};
    TransposedParams uneven = even;
    uneven.padding = {1, 0, 2, 1};
    QTest::addRow("tconv pytorch per side")
        << transposedRequest(uneven) << CodeLanguage::PyTorch
        << QStringList{"padding=0, output_padding=(1, 0)", "crop",
                       "out = out[1 : out.shape[0] - 0, 2 : out.shape[1] - 1]"}
        << QStringList{};
    QTest::addRow("tconv numpy")
        << transposedRequest(uneven) << CodeLanguage::NumPy
        << QStringList{"(sr, sc), (dr, dc), (ar, ac) = (2, 2), (1, 2), (1, 0)", "+= w[u, v] * x",
                       "out = full[1 : full.shape[0] - 0, 2 : full.shape[1] - 1]"}
        << QStringList{"torch"};
    QTest::addRow("tconv opencv") << transposedRequest(uneven) << CodeLanguage::OpenCV
                                  << QStringList{"z[::sr, ::sc] = x", "cv2.flip(w, -1)",
                                                 "cv2.filter2D(zp, -1, kd",
                                                 "top, bottom = rr - 1, rr - 0 + 1",
                                                 "left, right = rc - 2, rc - 1 + 0"}
                                  << QStringList{};

    // match: OpenCV's constant, and numpy's argmax (argmin for the sqdiff methods).
    const struct {
        MatchMethod method;
        const char* constant;
        const char* best;
    } methods[] = {
        {MatchMethod::SqDiff, "cv2.TM_SQDIFF)", "np.unravel_index(np.argmin(r), r.shape)"},
        {MatchMethod::SqDiffNormed, "cv2.TM_SQDIFF_NORMED)",
         "np.unravel_index(np.argmin(r), r.shape)"},
        {MatchMethod::CCorr, "cv2.TM_CCORR)", "np.unravel_index(np.argmax(r), r.shape)"},
        {MatchMethod::CCorrNormed, "cv2.TM_CCORR_NORMED)",
         "np.unravel_index(np.argmax(r), r.shape)"},
        {MatchMethod::CCoeff, "cv2.TM_CCOEFF)", "np.unravel_index(np.argmax(r), r.shape)"},
        {MatchMethod::CCoeffNormed, "cv2.TM_CCOEFF_NORMED)",
         "np.unravel_index(np.argmax(r), r.shape)"},
    };
    for (const auto& m : methods) {
        const QString name = QString::fromStdString(toString(m.method));
        const QString other = lowerIsBetter(m.method) ? "np.argmax" : "np.argmin";
        QTest::addRow("match opencv %s", qPrintable(name))
            << matchRequest(m.method) << CodeLanguage::OpenCV
            << QStringList{QStringLiteral("cv2.matchTemplate(image, patch, ") + m.constant, m.best}
            << QStringList{other};
        QTest::addRow("match numpy %s", qPrintable(name))
            << matchRequest(m.method) << CodeLanguage::NumPy
            << QStringList{"sliding_window_view", m.best}
            << QStringList{"cv2.matchTemplate", other};
        QTest::addRow("match pytorch %s", qPrintable(name))
            << matchRequest(m.method) << CodeLanguage::PyTorch << QStringList{"F.conv2d(It", m.best}
            << QStringList{"cv2.matchTemplate", other};
    }
    QTest::addRow("match numpy ccoeff_normed is centred and undefined where flat")
        << matchRequest(MatchMethod::CCoeffNormed) << CodeLanguage::NumPy
        << QStringList{"Tc = T - T.mean()", "np.nan", "np.where(np.isnan(r), -np.inf, r)"}
        << QStringList{};
    QTest::addRow("match numpy ccorr has no undefined score")
        << matchRequest(MatchMethod::CCorr) << CodeLanguage::NumPy << QStringList{"r = corr"}
        << QStringList{"np.nan", "Tc"};

    // pool: PyTorch's functions with equal sides, F.pad first otherwise.
    PoolParams maxPool;
    maxPool.size = {3, 2};
    maxPool.stride = {2, 1};
    maxPool.padding = Padding::symmetric(1, 1);
    maxPool.mode = PoolMode::Max;
    QTest::addRow("pool pytorch max")
        << poolRequest(maxPool) << CodeLanguage::PyTorch
        << QStringList{"F.max_pool2d(x, kernel_size=(3, 2), stride=(2, 1), padding=(1, 1))"}
        << QStringList{"F.pad", "avg_pool2d"};
    PoolParams avgPool = maxPool;
    avgPool.mode = PoolMode::Average;
    avgPool.padding = {1, 0, 1, 1};
    QTest::addRow("pool pytorch avg per side")
        << poolRequest(avgPool) << CodeLanguage::PyTorch
        << QStringList{"F.pad(x, (1, 1, 1, 0), value=0.0)",
                       "F.avg_pool2d(x, kernel_size=(3, 2), stride=(2, 1), padding=0, "
                       "count_include_pad=True)"}
        << QStringList{"max_pool2d"};
    PoolParams maxUneven = maxPool;
    maxUneven.padding = {0, 1, 0, 0};
    QTest::addRow("pool pytorch max per side")
        << poolRequest(maxUneven) << CodeLanguage::PyTorch
        << QStringList{"F.pad(x, (0, 0, 0, 1), value=-float('inf'))", "padding=0)"}
        << QStringList{};
    QTest::addRow("pool numpy max")
        << poolRequest(maxPool) << CodeLanguage::NumPy
        << QStringList{"(kh, kw), (sr, sc) = (3, 2), (2, 1)", "constant_values=-np.inf",
                       "np.max(taps, axis=0)"}
        << QStringList{"np.mean"};
    QTest::addRow("pool numpy avg")
        << poolRequest(avgPool) << CodeLanguage::NumPy
        << QStringList{"constant_values=0", "np.mean(taps, axis=0)"} << QStringList{"np.max"};
    QTest::addRow("pool opencv max")
        << poolRequest(maxPool) << CodeLanguage::OpenCV
        << QStringList{"cv2.copyMakeBorder(x, 1, 1, 1, 1, cv2.BORDER_CONSTANT, value=(-np.inf,) "
                       "* 4)",
                       "cv2.dilate(xp, np.ones((kh, kw), np.uint8), anchor=(0, 0))"}
        << QStringList{"boxFilter"};
    QTest::addRow("pool opencv avg")
        << poolRequest(avgPool) << CodeLanguage::OpenCV
        << QStringList{"cv2.boxFilter(xp, -1, (kw, kh), anchor=(0, 0), normalize=True)"}
        << QStringList{"dilate"};
}

void TestCodeGenerator::snippetHasTheRightCalls()
{
    QFETCH(CodeRequest, request);
    QFETCH(CodeLanguage, lang);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    checkFragments(generateCode(request, lang), present, absent);
}

void TestCodeGenerator::filesAreLoadedAsConvLabReadsThem_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");
    QTest::addRow("npy") << "in.npy" << QStringList{"np.load('in.npy').astype(np.float32)"}
                         << QStringList{"cv2", "read_image"};
    QTest::addRow("txt, spaces or commas")
        << "in.txt"
        << QStringList{"np.loadtxt(open('in.txt').read().replace(',', ' ').splitlines()"}
        << QStringList{"cv2"};
    QTest::addRow("image, grayscale in [0, 1]")
        << "in.PNG"
        << QStringList{"import cv2", "def read_image(", "cv2.IMREAD_ANYCOLOR | cv2.IMREAD_ANYDEPTH",
                       "cv2.COLOR_BGR2GRAY", "read_image('in.PNG')"}
        << QStringList{};
}

void TestCodeGenerator::filesAreLoadedAsConvLabReadsThem()
{
    QFETCH(QString, path);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    for (const Operation op : {Operation::TransposedConv, Operation::Match, Operation::Pool}) {
        CodeRequest r;
        r.operation = op;
        r.inputPath = path.toStdString();
        r.kernelPath = "k.npy";
        checkFragments(generateCode(r, CodeLanguage::NumPy), present, absent);
    }
}

void TestCodeGenerator::pathsAreQuotedForPython()
{
    CodeRequest r = convRequest({});
    r.inputPath = "it's\\here.npy";
    r.kernelPath = "kernel.png";
    const std::string code = generateCode(r, CodeLanguage::PyTorch);
    checkFragments(code, {"x = np.load('it\\'s\\\\here.npy')", "w = read_image('kernel.png')"}, {});
}

void TestCodeGenerator::convImageKeepsColoursOnlyForAThreeDimensionalKernel()
{
    CodeRequest r = convRequest({});
    r.inputPath = "photo.jpg";
    const std::string code = generateCode(r, CodeLanguage::NumPy);
    checkFragments(code, {"x = read_image('photo.jpg', rgb=w.ndim == 3)", "COLOR_BGR2RGB"}, {});
    // The kernel is read first: whether the image keeps its colours depends on it.
    QVERIFY(code.find("w = np.load") < code.find("x = read_image"));
}

// Runs the snippets in Python on random cases of every operation and compares their numbers
// with ConvLab's: needs python3 with NumPy and OpenCV (and PyTorch for those snippets).
void TestCodeGenerator::snippetsComputeWhatConvLabComputes()
{
    const std::string python = findPython();
    if (python.empty())
        QSKIP("needs python3 with numpy and cv2 (python3-numpy, python3-opencv)");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SnippetCases cases(dir.path());
    std::mt19937 rng(2024);
    for (int i = 0; i < 4; ++i)
        cases.addConv(rng, i);
    cases.addConvOfImage(rng);
    for (int i = 0; i < 3; ++i)
        cases.addTransposed(rng, i);
    for (int m = 0; m < 6; ++m)
        cases.addMatch(rng, static_cast<MatchMethod>(m));
    for (int i = 0; i < 2; ++i)
        cases.addPool(rng, i);

    const CodeLanguage languages[] = {CodeLanguage::NumPy, CodeLanguage::PyTorch,
                                      CodeLanguage::OpenCV};
    std::string command = python + " '" + dir.filePath("driver.py").toStdString() + "'";
    {
        QFile driver(dir.filePath("driver.py"));
        QVERIFY(driver.open(QIODevice::WriteOnly));
        driver.write(kDriver);
    }
    for (const Case& c : cases.cases())
        for (const CodeLanguage lang : languages) {
            QFile script(cases.script(c, lang));
            QVERIFY(script.open(QIODevice::WriteOnly));
            script.write(QByteArray::fromStdString(generateCode(c.request, lang)));
            command += " '" + script.fileName().toStdString() + "'";
        }
    QCOMPARE(std::system(command.c_str()), 0);

    bool ranPyTorch = false;
    for (const Case& c : cases.cases())
        for (const CodeLanguage lang : languages) {
            const QString script = cases.script(c, lang);
            const QString base = script.chopped(3);
            const QString error = readAll(base + ".error.txt");
            QVERIFY2(error.isEmpty(), qPrintable(script + ":\n" + error + "\n" + readAll(script)));
            if (!QFile::exists(base + ".result.npy")) {
                QVERIFY2(lang == CodeLanguage::PyTorch, qPrintable(script + " gave no result"));
                continue;
            }
            ranPyTorch = ranPyTorch || lang == CodeLanguage::PyTorch;
            const cv::Mat got = readNpy((base + ".result.npy").toStdString());
            const cv::Mat expected = c.expected.reshape(1, c.expected.rows);
            const cv::Mat flat = got.reshape(1, got.rows);
            if (test::maxRelativeError(flat, expected) > 1e-4)
                QFAIL(qPrintable(QStringLiteral("%1: the snippet's numbers differ from "
                                                "ConvLab's\n%2")
                                     .arg(script, readAll(script))));
        }
    if (!ranPyTorch)
        qInfo("PyTorch is not installed: the PyTorch snippets were not run");
}

QTEST_APPLESS_MAIN(TestCodeGenerator)
#include "tst_codegenerator.moc"
