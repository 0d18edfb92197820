// SPDX-License-Identifier: MIT
#include "Error.h"
#include "TestData.h"
#include "geometry/ConvGeometry.h"
#include "learn/ShapeTable.h"

#include <QTest>

using namespace convlab;
using namespace convlab::test;

Q_DECLARE_METATYPE(convlab::Architecture)

namespace {

Architecture withStages(std::vector<ConvStage> stages)
{
    Architecture a;
    a.stages = std::move(stages);
    return a;
}

} // namespace

class TestShapeTable : public QObject {
    Q_OBJECT

  private slots:
    void lectureNetworkLayerByLayer();
    void receptiveFieldGrowsByKernelTimesJump();
    void formulasAreConvLabs();
    void refusesImpossibleArchitectures_data();
    void refusesImpossibleArchitectures();
};

void TestShapeTable::lectureNetworkLayerByLayer()
{
    const ShapeTable table(Architecture::lecture());

    struct Row {
        const char* name;
        int channels, size;
        long long parameters, multiplyAdds;
    };
    // Worked by hand: conv1 8·(1·5·5 + 1); conv2 16·(8·5·5 + 1); linear (16·5·5 + 1)·10.
    const Row expected[] = {
        {"conv1", 8, 20, 208, 8 * 20 * 20 * 25},
        {"relu1", 8, 20, 0, 0},
        {"pool1", 8, 10, 0, 0},
        {"conv2", 16, 10, 3216, 16 * 10 * 10 * 200},
        {"relu2", 16, 10, 0, 0},
        {"pool2", 16, 5, 0, 0},
        {"linear", 10, 1, 4010, 4000},
    };
    QCOMPARE(table.layers().size(), std::size(expected));
    for (std::size_t i = 0; i < std::size(expected); ++i) {
        const LayerShape& l = table.layers()[i];
        QCOMPARE(QString::fromStdString(l.name), QString::fromLatin1(expected[i].name));
        QCOMPARE(l.channels, expected[i].channels);
        QCOMPARE(l.size, expected[i].size);
        QCOMPARE(l.parameters, expected[i].parameters);
        QCOMPARE(l.multiplyAdds, expected[i].multiplyAdds);
    }
    QCOMPARE(table.linearInputs(), 400);
    QCOMPARE(table.parameters(), 7434LL);
    QCOMPARE(table.multiplyAdds(), 404000LL);
}

void TestShapeTable::receptiveFieldGrowsByKernelTimesJump()
{
    const ShapeTable table(Architecture::lecture());

    // r grows by (k-1)·jump, the jump multiplies by the stride; padding 2 moves the start.
    QCOMPARE(table.layer("conv1").receptiveField, 5);
    QCOMPARE(table.layer("conv1").jump, 1);
    QCOMPARE(table.layer("conv1").fieldStart, -2);
    QCOMPARE(table.layer("pool1").receptiveField, 6);
    QCOMPARE(table.layer("pool1").jump, 2);
    QCOMPARE(table.layer("conv2").receptiveField, 14);
    QCOMPARE(table.layer("conv2").fieldStart, -6);
    QCOMPARE(table.layer("pool2").receptiveField, 16);
    QCOMPARE(table.layer("pool2").jump, 4);
    QCOMPARE(table.layer("linear").receptiveField, 32);

    const ShapeTable strided(withStages({{4, 3, 2, 0, 1}, {4, 3, 1, 1, 2}}));
    QCOMPARE(strided.layer("conv1").receptiveField, 3);
    QCOMPARE(strided.layer("conv1").jump, 2);
    QCOMPARE(strided.layer("conv2").receptiveField, 7);
    QCOMPARE(strided.layer("conv2").fieldStart, -2);
    QCOMPARE(strided.layer("pool2").receptiveField, 9);
    QCOMPARE(strided.layer("pool2").jump, 4);
}

void TestShapeTable::formulasAreConvLabs()
{
    const ShapeTable table(withStages({{4, 3, 2, 1, 2}}));

    AxisGeometry conv{20, 3, 2, 1, 1, 1, 0};
    QCOMPARE(QString::fromStdString(table.layer("conv1").formula),
             QString::fromStdString(convFormula(conv)));
    QCOMPARE(table.layer("conv1").size, convOutputSize(conv)); // floor(19/2)+1 = 10
    AxisGeometry pool{10, 2, 2, 0, 0, 1, 0};
    QCOMPARE(QString::fromStdString(table.layer("pool1").formula),
             QString::fromStdString(convFormula(pool)));
    QCOMPARE(table.layer("pool1").size, 5);
}

void TestShapeTable::refusesImpossibleArchitectures_data()
{
    QTest::addColumn<Architecture>("architecture");
    QTest::addColumn<QString>("message");
    QTest::addRow("no stage") << withStages({})
                              << "the network needs 1 to 3 convolution stages, not 0";
    QTest::addRow("four stages") << withStages({{}, {}, {}, {}})
                                 << "the network needs 1 to 3 convolution stages, not 4";
    QTest::addRow("zero filters") << withStages({{0, 5, 1, 2, 2}})
                                  << "layer conv1: filters 0 must be at least 1";
    QTest::addRow("too many filters") << withStages({{8, 5, 1, 2, 2}, {65, 5, 1, 2, 2}})
                                      << "layer conv2: filters 65 must be at most 64";
    QTest::addRow("kernel 0") << withStages({{8, 0, 1, 2, 2}})
                              << "layer conv1: kernel size 0 must be at least 1";
    QTest::addRow("negative padding")
        << withStages({{8, 5, 1, -1, 2}}) << "layer conv1: padding -1 must not be negative";
    QTest::addRow("stride 4") << withStages({{8, 5, 4, 2, 2}})
                              << "layer conv1: stride 4 must be at most 3";
    QTest::addRow("pool 0") << withStages({{8, 5, 1, 2, 0}})
                            << "layer pool1: pool size 0 must be at least 1";
    // 20 → 16 → 8 → 4 → 2: a 5×5 kernel no longer fits.
    QTest::addRow("map below the kernel")
        << withStages({{8, 5, 1, 0, 2}, {8, 5, 1, 0, 1}, {8, 5, 1, 0, 1}})
        << "layer conv3: kernel 5 is larger than padded input 4";
    QTest::addRow("map below the pool")
        << withStages({{8, 5, 1, 2, 4}, {8, 5, 1, 2, 4}, {8, 5, 1, 2, 4}})
        << "layer pool3: kernel 4 is larger than padded input 1";
    Architecture small = Architecture::lecture();
    small.inputSize = 4;
    QTest::addRow("input too small") << small << "layer input: input size 4 must be at least 8";
}

void TestShapeTable::refusesImpossibleArchitectures()
{
    QFETCH(Architecture, architecture);
    QFETCH(QString, message);

    QCOMPARE(messageOf([&] { ShapeTable{architecture}; }), message);
}

QTEST_APPLESS_MAIN(TestShapeTable)
#include "tst_shapetable.moc"
