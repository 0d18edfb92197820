// SPDX-License-Identifier: MIT
#include "Error.h"
#include "TestData.h"
#include "geometry/ConvGeometry.h"
#include "geometry/Types.h"

#include <QTest>
#include <climits>
#include <functional>
#include <random>
#include <set>

using namespace convlab;
using convlab::test::messageOf;

Q_DECLARE_METATYPE(AxisGeometry)
Q_DECLARE_METATYPE(PaddingPreset)
Q_DECLARE_METATYPE(std::function<void()>)

namespace {

AxisGeometry axis(int i, int k, int s = 1, int p = 0, int d = 1)
{
    return {i, k, s, p, p, d, 0};
}

// The output cells that read padded cell `cell`, by trying every output and every tap.
std::vector<int> bruteForceReaders(const AxisGeometry& a, int outputs, int cell)
{
    std::vector<int> readers;
    for (int j = 0; j < outputs; ++j)
        for (int u = 0; u < a.kernel; ++u)
            if (j * a.stride + u * a.dilation == cell) {
                readers.push_back(j);
                break;
            }
    return readers;
}

// How many windows of the dilated kernel fit in the padded input, one stride apart.
int bruteForceOutputs(const AxisGeometry& a)
{
    const int padded = a.input + a.padBefore + a.padAfter;
    const int span = a.dilation * (a.kernel - 1) + 1;
    int count = 0;
    while (count * a.stride + span <= padded)
        ++count;
    return count;
}

} // namespace

class TestConvGeometry : public QObject {
    Q_OBJECT

  private slots:
    void paddingModeNamesRoundTrip();
    void unknownPaddingModeIsNamed();
    void dilatedKernelSpan();
    void dumoulinVisinCases_data();
    void dumoulinVisinCases();
    void lectureExample1d();
    void formulasShowTheNumbers();
    void asymmetricPaddingAndOutputPadding();
    void outputSizesMatchCountingWindows();
    void receptiveFieldSpansTheDilatedKernel();
    void outputsFedByHandCases_data();
    void outputsFedByHandCases();
    void unreachedInputsHandCases_data();
    void unreachedInputsHandCases();
    void readersAndUnreachedMatchBruteForce();
    void convInputSizesForTheTransposedOutput();
    void convInputSizesMatchBruteForce();
    void presetsResolveAsPyTorch_data();
    void presetsResolveAsPyTorch();
    void samePaddingKeepsTheSizeAtStrideOne();
    void splitsIntoAxes();
    void errorsNameTheValues_data();
    void errorsNameTheValues();
    void errors2dNameTheAxis();
};

void TestConvGeometry::paddingModeNamesRoundTrip()
{
    QCOMPARE(toString(PaddingMode::Zeros), std::string("zeros"));
    QCOMPARE(toString(PaddingMode::Reflect), std::string("reflect"));
    QCOMPARE(toString(PaddingMode::Replicate), std::string("replicate"));
    QCOMPARE(toString(PaddingMode::Circular), std::string("circular"));
    for (PaddingMode mode :
         {PaddingMode::Zeros, PaddingMode::Reflect, PaddingMode::Replicate, PaddingMode::Circular})
        QVERIFY(paddingModeFromString(toString(mode)) == mode); // QCOMPARE would call our toString
}

void TestConvGeometry::unknownPaddingModeIsNamed()
{
    QCOMPARE(messageOf([] { paddingModeFromString("mirror"); }),
             QStringLiteral("unknown padding mode 'mirror' (expected one of zeros, reflect, "
                            "replicate, circular)"));
    QVERIFY(messageOf([] { paddingModeFromString("Zeros"); }).contains("'Zeros'"));
    // A value cast from a corrupt integer is named, not printed as garbage.
    QCOMPARE(messageOf([] { toString(static_cast<PaddingMode>(9)); }),
             QStringLiteral("unknown padding mode 9"));
}

void TestConvGeometry::dilatedKernelSpan()
{
    QCOMPARE(dilatedKernelSize(3, 1), 3);
    QCOMPARE(dilatedKernelSize(3, 2), 5);
    QCOMPARE(dilatedKernelSize(7, 2), 13);
    QCOMPARE(dilatedKernelSize(1, 9), 1);
}

// Every case of Dumoulin & Visin, "A guide to convolution arithmetic", computed by hand, and
// its transposed counterpart: the conv's output size goes back to i, with a = (i+2p-d(k-1)-1) mod
// s.
void TestConvGeometry::dumoulinVisinCases_data()
{
    QTest::addColumn<int>("i");
    QTest::addColumn<int>("k");
    QTest::addColumn<int>("s");
    QTest::addColumn<int>("p");
    QTest::addColumn<int>("d");
    QTest::addColumn<int>("o");
    QTest::addColumn<int>("a");
    QTest::addRow("no padding, no strides") << 4 << 3 << 1 << 0 << 1 << 2 << 0;
    QTest::addRow("arbitrary padding") << 5 << 4 << 1 << 2 << 1 << 6 << 0;
    QTest::addRow("half (same) padding") << 5 << 3 << 1 << 1 << 1 << 5 << 0;
    QTest::addRow("full padding") << 5 << 3 << 1 << 2 << 1 << 7 << 0;
    QTest::addRow("no padding, strides") << 5 << 3 << 2 << 0 << 1 << 2 << 0;
    QTest::addRow("padding, strides") << 5 << 3 << 2 << 1 << 1 << 3 << 0;
    QTest::addRow("padding, strides (odd)") << 6 << 3 << 2 << 1 << 1 << 3 << 1;
    QTest::addRow("dilation") << 7 << 3 << 1 << 0 << 2 << 3 << 0;
}

void TestConvGeometry::dumoulinVisinCases()
{
    QFETCH(int, i);
    QFETCH(int, k);
    QFETCH(int, s);
    QFETCH(int, p);
    QFETCH(int, d);
    QFETCH(int, o);
    QFETCH(int, a);
    QCOMPARE(convOutputSize(axis(i, k, s, p, d)), o);

    AxisGeometry transposed = axis(o, k, s, p, d);
    transposed.outputPadding = a;
    QCOMPARE(transposedOutputSize(transposed), i);
    // Without the output padding, the odd case comes back one short: 6 -> 3 -> 5.
    transposed.outputPadding = 0;
    QCOMPARE(transposedOutputSize(transposed), i - a);
}

// x of 7 values, w of 3, stride 2: y of 3, and y goes back to 7 (or to 8 with a = 1: the
// lecture's x₈ is the other conv input size that gives 3 outputs).
void TestConvGeometry::lectureExample1d()
{
    const AxisGeometry conv = axis(7, 3, 2);
    QCOMPARE(convOutputSize(conv), 3);
    QCOMPARE(transposedOutputSize(axis(3, 3, 2)), 7);
    QCOMPARE(convInputSizesFor(3, conv), (std::vector<int>{7, 8}));
    QCOMPARE(receptiveField(conv, 0), (Range{0, 3}));
    QCOMPARE(receptiveField(conv, 1), (Range{2, 5}));
    QCOMPARE(receptiveField(conv, 2), (Range{4, 7}));
    QCOMPARE(unreachedInputs(conv), std::vector<int>{});
    QCOMPARE(unreachedInputs(axis(8, 3, 2)), std::vector<int>{7});
}

void TestConvGeometry::formulasShowTheNumbers()
{
    QCOMPARE(convFormula(axis(7, 3, 2)),
             std::string("o = floor((7 + 0 + 0 - 1·(3-1) - 1) / 2) + 1 = 3"));
    QCOMPARE(convFormula({7, 3, 1, 1, 2, 2, 0}),
             std::string("o = floor((7 + 1 + 2 - 2·(3-1) - 1) / 1) + 1 = 6"));
    QCOMPARE(transposedFormula(axis(3, 3, 2)),
             std::string("o = (3-1)·2 - 0 - 0 + 1·(3-1) + 0 + 1 = 7"));
    QCOMPARE(transposedFormula({3, 3, 2, 1, 1, 1, 1}),
             std::string("o = (3-1)·2 - 1 - 1 + 1·(3-1) + 1 + 1 = 6"));
}

void TestConvGeometry::asymmetricPaddingAndOutputPadding()
{
    // floor((5 + 0 + 3 - 3) / 2) + 1 = 3, padding only after.
    QCOMPARE(convOutputSize({5, 3, 2, 0, 3, 1, 0}), 3);
    // PyTorch accepts a >= s when a < d: (2-1)·1 - 0 - 0 + 3·(2-1) + 2 + 1 = 7.
    QCOMPARE(transposedOutputSize({2, 2, 1, 0, 0, 3, 2}), 7);
}

void TestConvGeometry::outputSizesMatchCountingWindows()
{
    std::mt19937 rng(11);
    auto pick = [&rng](int low, int high) { return std::uniform_int_distribution(low, high)(rng); };
    int valid = 0;
    for (int trial = 0; trial < 2000; ++trial) {
        const AxisGeometry a{pick(1, 20), pick(1, 6), pick(1, 5), pick(0, 4),
                             pick(0, 4),  pick(1, 4), 0};
        const int expected = bruteForceOutputs(a);
        if (expected == 0) {
            QVERIFY(messageOf([&] { convOutputSize(a); }).contains("is larger than padded input"));
            continue;
        }
        ++valid;
        QCOMPARE(convOutputSize(a), expected);
    }
    QVERIFY(valid > 1000);
}

void TestConvGeometry::receptiveFieldSpansTheDilatedKernel()
{
    const AxisGeometry dilated = axis(7, 3, 1, 0, 2);
    QCOMPARE(receptiveField(dilated, 0), (Range{0, 5}));
    QCOMPARE(receptiveField(dilated, 2), (Range{2, 7}));
    const AxisGeometry padded = axis(5, 3, 2, 1);
    QCOMPARE(receptiveField(padded, 2), (Range{4, 7})); // padded coordinates: 7 = 5 + 2
    QCOMPARE(receptiveField(padded, 2).size(), 3);
}

void TestConvGeometry::outputsFedByHandCases_data()
{
    QTest::addColumn<AxisGeometry>("geometry");
    QTest::addColumn<int>("in");
    QTest::addColumn<std::vector<int>>("outputs");
    QTest::addRow("lecture, shared cell") << axis(7, 3, 2) << 2 << std::vector<int>{0, 1};
    QTest::addRow("lecture, odd cell") << axis(7, 3, 2) << 3 << std::vector<int>{1};
    QTest::addRow("lecture, last cell") << axis(7, 3, 2) << 6 << std::vector<int>{2};
    QTest::addRow("dilation skips a gap") << axis(7, 3, 1, 0, 2) << 3 << std::vector<int>{1};
    QTest::addRow("dilation, two taps") << axis(7, 3, 1, 0, 2) << 2 << std::vector<int>{0, 2};
    QTest::addRow("padding shifts") << axis(5, 3, 2, 1) << 0 << std::vector<int>{0};
    QTest::addRow("padding, shared") << axis(5, 3, 2, 1) << 1 << std::vector<int>{0, 1};
    QTest::addRow("stride beyond kernel") << axis(5, 2, 3) << 2 << std::vector<int>{};
}

void TestConvGeometry::outputsFedByHandCases()
{
    QFETCH(AxisGeometry, geometry);
    QFETCH(int, in);
    QFETCH(std::vector<int>, outputs);
    QCOMPARE(outputsFedBy(geometry, in), outputs);
}

void TestConvGeometry::unreachedInputsHandCases_data()
{
    QTest::addColumn<AxisGeometry>("geometry");
    QTest::addColumn<std::vector<int>>("unreached");
    QTest::addRow("stride divides") << axis(5, 3, 2) << std::vector<int>{};
    QTest::addRow("last cell left over") << axis(6, 3, 2) << std::vector<int>{5};
    QTest::addRow("stride beyond kernel") << axis(5, 2, 3) << std::vector<int>{2};
    QTest::addRow("stride and dilation") << axis(7, 2, 4, 0, 2) << std::vector<int>{1, 3, 5};
    QTest::addRow("padding reaches all") << axis(6, 3, 2, 1) << std::vector<int>{};
}

void TestConvGeometry::unreachedInputsHandCases()
{
    QFETCH(AxisGeometry, geometry);
    QFETCH(std::vector<int>, unreached);
    QCOMPARE(unreachedInputs(geometry), unreached);
}

void TestConvGeometry::readersAndUnreachedMatchBruteForce()
{
    std::mt19937 rng(12);
    auto pick = [&rng](int low, int high) { return std::uniform_int_distribution(low, high)(rng); };
    for (int trial = 0; trial < 400; ++trial) {
        const AxisGeometry a{pick(1, 16), pick(1, 5), pick(1, 5), pick(0, 3),
                             pick(0, 3),  pick(1, 3), 0};
        const int outputs = bruteForceOutputs(a);
        if (outputs == 0)
            continue;
        std::vector<int> unreached;
        for (int in = 0; in < a.input; ++in) {
            const std::vector<int> expected = bruteForceReaders(a, outputs, in + a.padBefore);
            QCOMPARE(outputsFedBy(a, in), expected);
            if (expected.empty())
                unreached.push_back(in);
        }
        QCOMPARE(unreachedInputs(a), unreached);
        for (int out = 0; out < outputs; ++out) {
            const Range field = receptiveField(a, out);
            QCOMPARE(field.begin, out * a.stride);
            QCOMPARE(field.size(), a.dilation * (a.kernel - 1) + 1);
            QVERIFY(field.end <= a.input + a.padBefore + a.padAfter);
        }
    }
}

void TestConvGeometry::convInputSizesForTheTransposedOutput()
{
    // 6,3,2,1 and 5,3,2,1 both give 3: the output padding a picks which one comes back.
    QCOMPARE(convInputSizesFor(3, axis(0, 3, 2, 1)), (std::vector<int>{5, 6}));
    QCOMPARE(convInputSizesFor(2, axis(1, 3, 3)), (std::vector<int>{6, 7, 8}));
    QCOMPARE(convInputSizesFor(4, axis(1, 3, 1, 1)), (std::vector<int>{4}));
    // Only positive sizes: (1-1)·3 + 1 - 2 - 2 + a >= 1 needs a = 4, beyond s - 1.
    QCOMPARE(convInputSizesFor(1, axis(1, 1, 3, 2)), std::vector<int>{});
    QCOMPARE(convInputSizesFor(1, axis(1, 1, 4, 1)), (std::vector<int>{1, 2}));
}

void TestConvGeometry::convInputSizesMatchBruteForce()
{
    std::mt19937 rng(13);
    auto pick = [&rng](int low, int high) { return std::uniform_int_distribution(low, high)(rng); };
    for (int trial = 0; trial < 300; ++trial) {
        AxisGeometry a{1, pick(1, 5), pick(1, 4), pick(0, 3), pick(0, 3), pick(1, 3), 0};
        const int convOutput = pick(1, 8);
        std::vector<int> expected;
        for (int i = 1; i <= 80; ++i) {
            a.input = i;
            if (bruteForceOutputs(a) == convOutput)
                expected.push_back(i);
        }
        QCOMPARE(convInputSizesFor(convOutput, a), expected);
        // Each of them comes back from the transposed conv with its own output padding.
        for (size_t n = 0; n < expected.size(); ++n) {
            AxisGeometry t = a;
            t.input = convOutput;
            t.outputPadding =
                (expected[n] + a.padBefore + a.padAfter - a.dilation * (a.kernel - 1) - 1) %
                a.stride;
            if (t.outputPadding < t.stride || t.outputPadding < t.dilation)
                QCOMPARE(transposedOutputSize(t), expected[n]);
        }
    }
}

void TestConvGeometry::presetsResolveAsPyTorch_data()
{
    QTest::addColumn<PaddingPreset>("preset");
    QTest::addColumn<int>("k");
    QTest::addColumn<int>("d");
    QTest::addColumn<int>("before");
    QTest::addColumn<int>("after");
    QTest::addRow("valid") << PaddingPreset::Valid << 5 << 2 << 0 << 0;
    QTest::addRow("same 3") << PaddingPreset::Same << 3 << 1 << 1 << 1;
    QTest::addRow("same 4: odd cell after") << PaddingPreset::Same << 4 << 1 << 1 << 2;
    QTest::addRow("same 2 dilated 3") << PaddingPreset::Same << 2 << 3 << 1 << 2;
    QTest::addRow("same 4 dilated 2") << PaddingPreset::Same << 4 << 2 << 3 << 3;
    QTest::addRow("same 1") << PaddingPreset::Same << 1 << 1 << 0 << 0;
    QTest::addRow("full 3") << PaddingPreset::Full << 3 << 1 << 2 << 2;
    QTest::addRow("full 3 dilated 2") << PaddingPreset::Full << 3 << 2 << 4 << 4;
}

void TestConvGeometry::presetsResolveAsPyTorch()
{
    QFETCH(PaddingPreset, preset);
    QFETCH(int, k);
    QFETCH(int, d);
    QFETCH(int, before);
    QFETCH(int, after);
    QCOMPARE(resolveAxisPadding(preset, k, d), (Range{before, after}));
    QCOMPARE(resolvePadding(preset, {k, 2}, {d, 1}),
             (Padding{before, after, resolveAxisPadding(preset, 2, 1).begin,
                      resolveAxisPadding(preset, 2, 1).end}));
}

void TestConvGeometry::samePaddingKeepsTheSizeAtStrideOne()
{
    for (int k = 1; k <= 7; ++k)
        for (int d = 1; d <= 3; ++d) {
            const Range same = resolveAxisPadding(PaddingPreset::Same, k, d);
            QCOMPARE(convOutputSize({9, k, 1, same.begin, same.end, d, 0}), 9);
            const Range full = resolveAxisPadding(PaddingPreset::Full, k, d);
            QCOMPARE(convOutputSize({9, k, 1, full.begin, full.end, d, 0}), 9 + d * (k - 1));
        }
}

void TestConvGeometry::splitsIntoAxes()
{
    const ConvGeometry2d g{{6, 7}, {3, 2}, {2, 1}, {1, 0, 2, 3}, {1, 2}, {1, 0}};
    const AxisGeometry rows = g.rows();
    const AxisGeometry cols = g.cols();
    QCOMPARE(rows.input, 6);
    QCOMPARE(rows.kernel, 3);
    QCOMPARE(rows.stride, 2);
    QCOMPARE(rows.padBefore, 1);
    QCOMPARE(rows.padAfter, 0);
    QCOMPARE(rows.dilation, 1);
    QCOMPARE(rows.outputPadding, 1);
    QCOMPARE(cols.input, 7);
    QCOMPARE(cols.kernel, 2);
    QCOMPARE(cols.stride, 1);
    QCOMPARE(cols.padBefore, 2);
    QCOMPARE(cols.padAfter, 3);
    QCOMPARE(cols.dilation, 2);
    QCOMPARE(cols.outputPadding, 0);
    // rows: floor((6+1+0-2-1)/2)+1 = 3; cols: floor((7+2+3-2-1)/1)+1 = 10.
    QCOMPARE(g.convOutput(), (Pair{3, 10}));
    // rows: (6-1)·2 - 1 - 0 + 2 + 1 + 1 = 13; cols: (7-1)·1 - 2 - 3 + 2 + 0 + 1 = 4.
    QCOMPARE(g.transposedOutput(), (Pair{13, 4}));
}

void TestConvGeometry::errorsNameTheValues_data()
{
    using Action = std::function<void()>;
    QTest::addColumn<Action>("action");
    QTest::addColumn<QString>("message");
    QTest::addRow("kernel larger than padded input") << Action([] {
        convOutputSize({5, 7, 1, 2, 2, 2, 0});
    }) << "kernel 7 (dilated 13) is larger than padded input 9";
    QTest::addRow("undilated kernel larger")
        << Action([] { convOutputSize(axis(5, 6)); }) << "kernel 6 is larger than padded input 5";
    QTest::addRow("stride 0") << Action([] { convOutputSize(axis(5, 3, 0)); })
                              << "stride 0 must be at least 1";
    QTest::addRow("negative padding before") << Action([] {
        convOutputSize({5, 3, 1, -1, 0, 1, 0});
    }) << "padding -1 must not be negative";
    QTest::addRow("negative padding after") << Action([] {
        convOutputSize({5, 3, 1, 0, -3, 1, 0});
    }) << "padding -3 must not be negative";
    QTest::addRow("dilation 0") << Action([] { convOutputSize(axis(5, 3, 1, 0, 0)); })
                                << "dilation 0 must be at least 1";
    QTest::addRow("kernel 0") << Action([] { convOutputSize(axis(5, 0)); })
                              << "kernel size 0 must be at least 1";
    QTest::addRow("input 0") << Action([] { convOutputSize(axis(0, 1)); })
                             << "input size 0 must be at least 1";
    QTest::addRow("output padding too large") << Action([] {
        transposedOutputSize({3, 3, 2, 0, 0, 1, 2});
    }) << "output padding 2 must be smaller than stride 2 or dilation 1";
    QTest::addRow("negative output padding") << Action([] {
        transposedOutputSize({3, 3, 2, 0, 0, 1, -1});
    }) << "output padding -1 must not be negative";
    QTest::addRow("transposed stride 0")
        << Action([] { transposedOutputSize(axis(3, 3, 0)); }) << "stride 0 must be at least 1";
    QTest::addRow("transposed input 0")
        << Action([] { transposedOutputSize(axis(0, 3)); }) << "input size 0 must be at least 1";
    QTest::addRow("padding crops everything")
        << Action([] { transposedOutputSize(axis(1, 1, 1, 1)); })
        << "padding 1 + 1 crops the whole output: o = (1-1)·1 - 1 - 1 + 1·(1-1) + 0 + 1 = -1";
    QTest::addRow("formula refuses too")
        << Action([] { convFormula(axis(5, 3, 0)); }) << "stride 0 must be at least 1";
    QTest::addRow("transposed formula refuses") << Action([] {
        transposedFormula({3, 3, 2, 0, 0, 1, 2});
    }) << "output padding 2 must be smaller than stride 2 or dilation 1";
    QTest::addRow("receptive field of a missing output")
        << Action([] { receptiveField(axis(7, 3, 2), 3); })
        << "output cell 3 is out of range: the output has 3 cells (0 to 2)";
    QTest::addRow("receptive field of cell -1")
        << Action([] { receptiveField(axis(7, 3, 2), -1); })
        << "output cell -1 is out of range: the output has 3 cells (0 to 2)";
    QTest::addRow("outputs fed by a missing input")
        << Action([] { outputsFedBy(axis(7, 3, 2), 7); })
        << "input cell 7 is out of range: the input has 7 cells (0 to 6)";
    QTest::addRow("unreached of an impossible geometry")
        << Action([] { unreachedInputs(axis(2, 3)); }) << "kernel 3 is larger than padded input 2";
    QTest::addRow("conv input sizes for 0 outputs")
        << Action([] { convInputSizesFor(0, axis(1, 3)); })
        << "conv output size 0 must be at least 1";
    QTest::addRow("conv input sizes, stride 0")
        << Action([] { convInputSizesFor(2, axis(1, 3, 0)); }) << "stride 0 must be at least 1";
    QTest::addRow("conv input sizes, absurd stride")
        << Action([] { convInputSizesFor(2, axis(1, 3, 100000)); })
        << "stride 100000 is too large to list its 100000 input sizes (at most 65536)";
    QTest::addRow("preset, kernel 0")
        << Action([] { resolveAxisPadding(PaddingPreset::Same, 0, 1); })
        << "kernel size 0 must be at least 1";
    QTest::addRow("unknown preset")
        << Action([] { resolveAxisPadding(static_cast<PaddingPreset>(7), 3, 1); })
        << "unknown padding preset 7";
    QTest::addRow("preset, dilation -2") << Action([] {
        resolvePadding(PaddingPreset::Full, {3, 3}, {1, -2});
    }) << "dilation -2 must be at least 1";
    QTest::addRow("dilated span overflows")
        << Action([] { dilatedKernelSize(3, INT_MAX); })
        << "the kernel 3 dilated by 2147483647 would be 4294967295 cells, more than 2147483647";
    QTest::addRow("padded input overflows") << Action([] {
        convOutputSize({5, 3, 1, INT_MAX, 0, 1, 0});
    }) << "the padded input would be 2147483652 cells, more than 2147483647";
    QTest::addRow("transposed output overflows")
        << Action([] { transposedOutputSize(axis(100000, 1, 100000)); })
        << "the transposed output would be 9999900001 cells, more than 2147483647";
}

void TestConvGeometry::errorsNameTheValues()
{
    using Action = std::function<void()>;
    QFETCH(Action, action);
    QFETCH(QString, message);
    QCOMPARE(messageOf(action), message);
}

void TestConvGeometry::errors2dNameTheAxis()
{
    const ConvGeometry2d tooWide{{9, 5}, {3, 7}, {1, 1}, {0, 0, 2, 2}, {1, 2}};
    QCOMPARE(messageOf([&] { tooWide.convOutput(); }),
             QStringLiteral("kernel 7 (dilated 13) is larger than padded input 9 (columns)"));
    const ConvGeometry2d zeroStride{{9, 9}, {3, 3}, {0, 1}, {}, {1, 1}};
    QCOMPARE(messageOf([&] { zeroStride.convOutput(); }),
             QStringLiteral("stride 0 must be at least 1 (rows)"));
    const ConvGeometry2d badOutputPadding{{3, 3}, {3, 3}, {2, 2}, {}, {1, 1}, {0, 2}};
    QCOMPARE(
        messageOf([&] { badOutputPadding.transposedOutput(); }),
        QStringLiteral("output padding 2 must be smaller than stride 2 or dilation 1 (columns)"));
}

QTEST_APPLESS_MAIN(TestConvGeometry)
#include "tst_convgeometry.moc"
