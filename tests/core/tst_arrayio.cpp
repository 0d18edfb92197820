// SPDX-License-Identifier: MIT
#include "Error.h"
#include "ImageBytes.h"
#include "TestData.h"
#include "color/Colormap.h"
#include "io/ArrayIO.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <bit>
#include <csignal>
#include <cstring>
#include <fstream>
#include <functional>
#include <limits>
#include <memory>
#include <opencv2/imgcodecs.hpp>
#include <random>
#include <sstream>
#include <sys/resource.h>

using namespace convlab;
using namespace convlab::test;

Q_DECLARE_METATYPE(std::string)
Q_DECLARE_METATYPE(cv::Mat)

namespace {

void writeFile(const std::string& path, const std::string& bytes)
{
    std::ofstream(path, std::ios::binary) << bytes;
}

std::string fileContents(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

// The message of the Error `action` throws, empty when it throws none.
QString errorOf(const std::function<void()>& action)
{
    try {
        action();
    } catch (const Error& e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

// Fails unless `message` is an error message containing every fragment.
#define VERIFY_MESSAGE_HAS(message, fragments)                                                     \
    do {                                                                                           \
        QVERIFY2(!(message).isEmpty(), "no error was thrown");                                     \
        for (const QString& fragment_ : (fragments))                                               \
            QVERIFY2((message).contains(fragment_),                                                \
                     qPrintable(QStringLiteral("'%1' lacks '%2'").arg(message, fragment_)));       \
    } while (false)

// .npy bytes as the format specification describes them, independently of writeNpy: magic,
// version, little-endian header length, the dict padded with spaces to a multiple of 64 and
// ended by a newline, then the data.
std::string npyFile(const std::string& dict, const std::string& data, int major = 1)
{
    const std::size_t lengthBytes = major == 1 ? 2 : 4;
    std::string header = dict;
    while ((8 + lengthBytes + header.size() + 1) % 64 != 0)
        header.push_back(' ');
    header.push_back('\n');
    return std::string("\x93NUMPY", 6) + static_cast<char>(major) + '\0' +
           littleEndian(header.size(), static_cast<int>(lengthBytes)) + header + data;
}

std::string npyDict(const std::string& descr, const std::string& shape,
                    const std::string& fortran = "False")
{
    return "{'descr': '" + descr + "', 'fortran_order': " + fortran + ", 'shape': " + shape + ", }";
}

std::string f4(std::initializer_list<float> values)
{
    std::string bytes;
    for (const float v : values)
        bytes += littleEndian(std::bit_cast<std::uint32_t>(v), 4);
    return bytes;
}

std::string f8(std::initializer_list<double> values)
{
    std::string bytes;
    for (const double v : values)
        bytes += littleEndian(std::bit_cast<std::uint64_t>(v), 8);
    return bytes;
}

bool bitwiseEqual(const cv::Mat& a, const cv::Mat& b)
{
    if (a.size() != b.size() || a.type() != b.type())
        return false;
    const std::size_t rowBytes = a.cols * a.elemSize();
    for (int r = 0; r < a.rows; ++r)
        if (std::memcmp(a.ptr(r), b.ptr(r), rowBytes) != 0)
            return false;
    return true;
}

QStringList entriesOf(const QString& directory)
{
    return QDir(directory).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

class TestArrayIO : public QObject {
    Q_OBJECT

  private slots:
    void init();
    void cleanup();

    void npyRoundTripsExactly_data();
    void npyRoundTripsExactly();
    void writeNpyLaysOutBytesAsNumpyDoes();
    void readsNpyWrittenByHand_data();
    void readsNpyWrittenByHand();
    void refusesBadNpy_data();
    void refusesBadNpy();

    void readsTextMatrices_data();
    void readsTextMatrices();
    void textRoundTripsExactly_data();
    void textRoundTripsExactly();
    void refusesBadText_data();
    void refusesBadText();

    void readsGrayscaleImagesInUnitRange_data();
    void readsGrayscaleImagesInUnitRange();
    void readsColourImages();
    void refusesNonFiniteFloatImages();
    void readsLossyJpeg();
    void refusesTruncatedImages_data();
    void refusesTruncatedImages();
    void refusesAJpegCutShortThatEndsOnItsMarker_data();
    void refusesAJpegCutShortThatEndsOnItsMarker();
    void refusesAPngWithADamagedChunk();
    void refusesOversizedHeaderBeforeDecoding_data();
    void refusesOversizedHeaderBeforeDecoding();
    void oversizedMessageIsExact();
    void refusesMissingEmptyAndForeignFiles();

    void dispatchesOnExtension();
    void writesPngMinMaxNormalised();
    void refusesUnknownOutputExtension();

    void writingIntoMissingFolderLeavesNothing();
    void replacesExistingTargetOnSuccess();
    void failedWriteLeavesTargetUntouched();
    void failedRenameRemovesTemporary();
    void refusedMatrixLeavesTargetUntouched();

  private:
    std::string path(const char* name) const
    {
        return QDir(m_dir->path()).filePath(QString::fromUtf8(name)).toStdString();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestArrayIO::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestArrayIO::cleanup()
{
    m_dir.reset();
}

// ------------------------------------------------------------------------------------- npy

void TestArrayIO::npyRoundTripsExactly_data()
{
    QTest::addColumn<cv::Mat>("m");
    std::mt19937 rng(2024);
    QTest::addRow("1×1") << randomMat(rng, 1, 1);
    QTest::addRow("3×4") << randomMat(rng, 3, 4);
    QTest::addRow("1×9") << randomMat(rng, 1, 9);
    QTest::addRow("5×7×3") << randomMat(rng, 5, 7, 3);
    QTest::addRow("2×3×2") << randomMat(rng, 2, 3, 2);
    QTest::addRow("64×33×4 wide values") << randomMat(rng, 64, 33, 4, -1e30f, 1e30f);
    cv::Mat extremes = (cv::Mat_<float>(2, 3) << std::numeric_limits<float>::max(),
                        -std::numeric_limits<float>::max(),
                        std::numeric_limits<float>::denorm_min(), -0.f, 1e-38f, 0.1f);
    QTest::addRow("float32 extremes") << extremes;
}

void TestArrayIO::npyRoundTripsExactly()
{
    QFETCH(cv::Mat, m);
    const std::string file = path("m.npy");
    writeNpy(file, m);
    const cv::Mat back = readNpy(file);
    QCOMPARE(back.channels(), m.channels());
    QVERIFY(bitwiseEqual(back, m));
    // In memory: the same bytes as the file, read back the same.
    const std::string bytes = encodeNpy(m);
    QCOMPARE(bytes, fileContents(file));
    QVERIFY(bitwiseEqual(decodeNpy(bytes, "m"), m));
}

void TestArrayIO::writeNpyLaysOutBytesAsNumpyDoes()
{
    const std::string file = path("m.npy");
    writeNpy(file, (cv::Mat_<float>(2, 3) << 1, 2, 3, 4, 5, 6));
    // 10 bytes of preamble + 59 of dict + 58 spaces + newline = 128, where the data starts.
    const std::string dict = "{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }";
    const std::string expected = std::string("\x93NUMPY\x01\x00\x76\x00", 10) + dict +
                                 std::string(58, ' ') + "\n" +
                                 std::string("\x00\x00\x80\x3f"
                                             "\x00\x00\x00\x40"
                                             "\x00\x00\x40\x40"
                                             "\x00\x00\x80\x40"
                                             "\x00\x00\xa0\x40"
                                             "\x00\x00\xc0\x40",
                                             24);
    QCOMPARE(fileContents(file), expected);

    // Channels become the last axis.
    writeNpy(file, cv::Mat(1, 2, CV_32FC3, cv::Scalar(1, 2, 3)));
    QVERIFY(fileContents(file).find("'shape': (1, 2, 3), }") != std::string::npos);
    QCOMPARE(fileContents(file).size(), std::size_t{128 + 24});
}

void TestArrayIO::readsNpyWrittenByHand_data()
{
    QTest::addColumn<std::string>("bytes");
    QTest::addColumn<cv::Mat>("expected");

    QTest::addRow("float64 2×2") << npyFile(npyDict("<f8", "(2, 2)"), f8({1.5, -2.25, 3.0, 0.001}))
                                 << cv::Mat((cv::Mat_<float>(2, 2) << 1.5f, -2.25f, 3.f, 0.001f));
    QTest::addRow("uint8 keeps its numbers (no scaling)")
        << npyFile(npyDict("|u1", "(2, 3)"), std::string("\x00\x07\xff\x01\x80\x40", 6))
        << cv::Mat((cv::Mat_<float>(2, 3) << 0, 7, 255, 1, 128, 64));
    QTest::addRow("uint8 spelt '<u1'")
        << npyFile(npyDict("<u1", "(1, 2)"), std::string("\x02\x03", 2))
        << cv::Mat((cv::Mat_<float>(1, 2) << 2, 3));
    cv::Mat hwc(2, 2, CV_32FC3);
    for (int i = 0; i < 12; ++i)
        hwc.ptr<float>(i / 6)[i % 6] = static_cast<float>(i);
    QTest::addRow("float32 H×W×C, channel fastest")
        << npyFile(npyDict("<f4", "(2, 2, 3)"), f4({0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11})) << hwc;
    QTest::addRow("1-D is one row") << npyFile(npyDict("<f4", "(4,)"), f4({1, -2, 3, -4}))
                                    << cv::Mat((cv::Mat_<float>(1, 4) << 1, -2, 3, -4));
    QTest::addRow("format version 2")
        << npyFile(npyDict("<f4", "(1, 1)"), f4({42}), 2) << cv::Mat((cv::Mat_<float>(1, 1) << 42));
    QTest::addRow("keys in another order, double quotes")
        << npyFile("{\"shape\": (2, 1), \"fortran_order\": False, \"descr\": \"<f4\"}", f4({5, 6}))
        << cv::Mat((cv::Mat_<float>(2, 1) << 5, 6));
}

void TestArrayIO::readsNpyWrittenByHand()
{
    QFETCH(std::string, bytes);
    QFETCH(cv::Mat, expected);
    const std::string file = path("hand.npy");
    writeFile(file, bytes);
    const cv::Mat m = readNpy(file);
    QCOMPARE(m.type(), expected.type());
    QVERIFY(bitwiseEqual(m, expected));
}

void TestArrayIO::refusesBadNpy_data()
{
    QTest::addColumn<std::string>("bytes");
    QTest::addColumn<QStringList>("fragments");

    const std::string dict23 = npyDict("<f4", "(2, 3)");
    const std::string data23 = f4({1, 2, 3, 4, 5, 6});
    const float nan = std::numeric_limits<float>::quiet_NaN();
    QTest::addRow("data one byte short")
        << npyFile(dict23, data23.substr(0, 23))
        << QStringList{"(2, 3)", "float32", "24 bytes", "holds 23 bytes"};
    QTest::addRow("data one byte too long")
        << npyFile(dict23, data23 + "x") << QStringList{"24 bytes", "holds 25 bytes"};
    QTest::addRow("float64 data of float32 size")
        << npyFile(npyDict("<f8", "(2, 3)"), data23) << QStringList{"48 bytes", "holds 24"};
    QTest::addRow("fortran order")
        << npyFile(npyDict("<f4", "(2, 3)", "True"), data23) << QStringList{"Fortran order"};
    QTest::addRow("int32") << npyFile(npyDict("<i4", "(2, 3)"), data23)
                           << QStringList{"'<i4'", "'<f4'"};
    QTest::addRow("big-endian float32")
        << npyFile(npyDict(">f4", "(2, 3)"), data23) << QStringList{"'>f4'"};
    QTest::addRow("NaN") << npyFile(dict23, f4({1, 2, 3, 4, 5, nan}))
                         << QStringList{"NaN", "(row 1, col 2)"};
    QTest::addRow("-Inf in float64")
        << npyFile(npyDict("<f8", "(1, 2)"), f8({0, -std::numeric_limits<double>::infinity()}))
        << QStringList{"-Inf", "(row 0, col 1)"};
    QTest::addRow("NaN in a channel")
        << npyFile(npyDict("<f4", "(2, 1, 3)"), f4({0, 0, 0, 0, 0, nan}))
        << QStringList{"NaN", "(row 1, col 0, channel 2)"};
    QTest::addRow("float64 beyond float32") << npyFile(npyDict("<f8", "(1, 2)"), f8({1e300, 0}))
                                            << QStringList{"1e+300", "(row 0, col 0)", "float32"};
    QTest::addRow("4-D") << npyFile(npyDict("<f4", "(1, 2, 3, 1)"), data23)
                         << QStringList{"(1, 2, 3, 1)"};
    QTest::addRow("0-D") << npyFile(npyDict("<f4", "()"), f4({1})) << QStringList{"shape ()"};
    QTest::addRow("empty") << npyFile(npyDict("<f4", "(0, 3)"), "")
                           << QStringList{"empty", "(0, 3)"};
    QTest::addRow("not a .npy file")
        << std::string("P5 53 37 255\n") << QStringList{"not a .npy file"};
    QTest::addRow("cut inside the header")
        << npyFile(dict23, data23).substr(0, 40) << QStringList{"truncated", "40 bytes"};
    QTest::addRow("missing comma")
        << npyFile("{'descr': '<f4' 'fortran_order': False, 'shape': (2, 3)}", data23)
        << QStringList{"malformed", "expected '}'"};
    QTest::addRow("missing key") << npyFile("{'descr': '<f4', 'fortran_order': False}", data23)
                                 << QStringList{"missing key 'shape'"};
    QTest::addRow("unknown version")
        << std::string("\x93NUMPY\x07\x00", 8) + littleEndian(0, 2) << QStringList{"version 7"};
    // Bytes from the file are quoted escaped: an escape sequence would recolour the terminal.
    QTest::addRow("control characters in the dtype")
        << npyFile(npyDict("\x1b[31mred", "(2, 3)"), data23) << QStringList{"'\\x1b[31mred'"};
    std::string manyDimensions = "(";
    for (int i = 0; i < 5000; ++i)
        manyDimensions += "1, ";
    QTest::addRow("5000 dimensions, said shortly")
        << npyFile(npyDict("<f4", manyDimensions + ")"), data23)
        << QStringList{"(1, 1, 1, 1, 1, 1, … 5000 dimensions in all)"};
}

void TestArrayIO::refusesBadNpy()
{
    QFETCH(std::string, bytes);
    QFETCH(QStringList, fragments);
    const std::string file = path("bad.npy");
    writeFile(file, bytes);
    const QString message = errorOf([&] { readNpy(file); });
    QVERIFY2(!message.contains(QChar(0x1b)), qPrintable(message));
    QVERIFY2(message.size() < 400, qPrintable(QString::number(message.size())));
    VERIFY_MESSAGE_HAS(message, fragments + QStringList{QString::fromStdString(file)});
    // From memory, the same message names what the caller calls the bytes.
    const QString inMemory = errorOf([&] { decodeNpy(bytes, "the embedded patch"); });
    QCOMPARE(inMemory, QString(message).replace(QString::fromStdString(file),
                                                QStringLiteral("the embedded patch")));
}

// ------------------------------------------------------------------------------------ text

void TestArrayIO::readsTextMatrices_data()
{
    QTest::addColumn<std::string>("text");
    QTest::addColumn<cv::Mat>("expected");

    const cv::Mat m23 = (cv::Mat_<float>(2, 3) << 1, 2, 3, 4, 5, 6);
    QTest::addRow("spaces") << std::string("1 2 3\n4 5 6\n") << m23;
    QTest::addRow("commas") << std::string("1,2,3\n4,5,6") << m23;
    QTest::addRow("commas with spaces") << std::string("1, 2, 3\n 4 ,5 , 6 \n") << m23;
    QTest::addRow("comments and blank lines")
        << std::string("# x y z\n1 2 3  # first row\n\n   # indented\n4 5 6\n") << m23;
    QTest::addRow("tabs and CRLF") << std::string("1\t2\t3\r\n4\t5\t6\r\n") << m23;
    QTest::addRow("numpy.savetxt default format")
        << std::string("1.000000000000000000e+00 -2.500000000000000000e-01\n")
        << cv::Mat((cv::Mat_<float>(1, 2) << 1, -0.25f));
    QTest::addRow("one column") << std::string("1\n2\n3\n")
                                << cv::Mat((cv::Mat_<float>(3, 1) << 1, 2, 3));
    QTest::addRow("signs, exponents, bare decimal point")
        << std::string("+1.5 -2e3 .5 -0.125E+1\n")
        << cv::Mat((cv::Mat_<float>(1, 4) << 1.5f, -2000, 0.5f, -1.25f));
    QTest::addRow("underflow is zero")
        << std::string("1e-400 1e-50\n") << cv::Mat((cv::Mat_<float>(1, 2) << 0, 0));
}

void TestArrayIO::readsTextMatrices()
{
    QFETCH(std::string, text);
    QFETCH(cv::Mat, expected);
    const std::string file = path("m.txt");
    writeFile(file, text);
    const cv::Mat m = readTextMatrix(file);
    QVERIFY(bitwiseEqual(m, expected));
}

void TestArrayIO::textRoundTripsExactly_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<char>("separator");
    QTest::addRow("txt") << "m.txt" << ' ';
    QTest::addRow("csv") << "m.csv" << ',';
}

// "%.9g" must bring every float32 back bit for bit, whatever its magnitude.
void TestArrayIO::textRoundTripsExactly()
{
    QFETCH(QString, name);
    QFETCH(char, separator);
    std::mt19937 rng(11);
    std::uniform_int_distribution<std::uint32_t> bits(0, 0x7f7fffff); // finite, non-negative
    cv::Mat m(17, 9, CV_32F);
    for (int i = 0; i < 17 * 9; ++i)
        m.at<float>(i / 9, i % 9) = std::bit_cast<float>(bits(rng)) * (i % 2 ? -1.f : 1.f);
    m.at<float>(0, 0) = std::numeric_limits<float>::max();
    m.at<float>(0, 1) = std::numeric_limits<float>::denorm_min();

    const std::string file = path(qPrintable(name));
    writeTextMatrix(file, m);
    QVERIFY(bitwiseEqual(readTextMatrix(file), m));
    const std::string text = fileContents(file);
    QCOMPARE(std::count(text.begin(), text.end(), separator), std::ptrdiff_t{17 * 8});
    QCOMPARE(std::count(text.begin(), text.end(), '\n'), std::ptrdiff_t{17});
}

void TestArrayIO::refusesBadText_data()
{
    QTest::addColumn<std::string>("text");
    QTest::addColumn<QStringList>("fragments");

    QTest::addRow("ragged") << std::string("# header\n1 2 3\n4 5\n")
                            << QStringList{"line 3 has 2 values", "line 2 has 3"};
    QTest::addRow("not a number") << std::string("1 2\n3 abc\n")
                                  << QStringList{"line 2", "'abc' is not a number"};
    QTest::addRow("number with trailing letters")
        << std::string("1.5x 2\n") << QStringList{"line 1", "'1.5x'"};
    QTest::addRow("NaN") << std::string("1 2\n3 4\n5 nan\n")
                         << QStringList{"line 3", "NaN", "(row 2, col 1)"};
    QTest::addRow("Inf") << std::string("-inf,0\n")
                         << QStringList{"line 1", "-Inf", "(row 0, col 0)"};
    QTest::addRow("beyond float32") << std::string("1e50\n") << QStringList{"1e+50", "float32"};
    QTest::addRow("beyond double") << std::string("0 1e400\n") << QStringList{"1e400", "too large"};
    QTest::addRow("empty field") << std::string("1,,2\n") << QStringList{"line 1", "empty field"};
    QTest::addRow("empty file") << std::string() << QStringList{"holds no numbers"};
    QTest::addRow("only comments") << std::string("# nothing\n\n") << QStringList{"no numbers"};
    QTest::addRow("an escape sequence in a cell")
        << std::string("1 2\n3 \x1b[31mred\n") << QStringList{"line 2", "'\\x1b[31mred'"};
    QTest::addRow("a very long cell, said shortly") << "1 " + std::string(5000, '7') + "x\n"
                                                    << QStringList{"… (5001 bytes in all)"};
}

void TestArrayIO::refusesBadText()
{
    QFETCH(std::string, text);
    QFETCH(QStringList, fragments);
    const std::string file = path("bad.txt");
    writeFile(file, text);
    const QString message = errorOf([&] { readTextMatrix(file); });
    VERIFY_MESSAGE_HAS(message, fragments << QString::fromStdString(file));
    QVERIFY2(!message.contains(QChar(0x1b)), qPrintable(message));
    QVERIFY2(message.size() < 400, qPrintable(QString::number(message.size())));
}

// ---------------------------------------------------------------------------------- images

void TestArrayIO::readsGrayscaleImagesInUnitRange_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("depth");
    QTest::addRow("png 8-bit") << "g.png" << CV_8U;
    QTest::addRow("png 16-bit") << "g.png" << CV_16U;
    QTest::addRow("tiff 16-bit") << "g.tiff" << CV_16U;
    QTest::addRow("pgm") << "g.pgm" << CV_8U;
    QTest::addRow("bmp") << "g.bmp" << CV_8U;
}

void TestArrayIO::readsGrayscaleImagesInUnitRange()
{
    QFETCH(QString, name);
    QFETCH(int, depth);
    const double maximum = depth == CV_8U ? 255 : 65535;
    cv::Mat image(23, 31, CV_MAKETYPE(depth, 1));
    cv::RNG(5).fill(image, cv::RNG::UNIFORM, 0, maximum + 1);
    image(cv::Rect(0, 0, 1, 1)) = 0; // both ends of the range appear
    image(cv::Rect(30, 22, 1, 1)) = maximum;
    const std::string file = path(qPrintable(name));
    QVERIFY(cv::imwrite(file, image));

    const cv::Mat m = readImage(file);
    QCOMPARE(m.type(), CV_32FC1);
    cv::Mat expected;
    image.convertTo(expected, CV_32F, 1.0 / maximum);
    CONVLAB_COMPARE_MATS(m, expected, 1e-7);
    double low = 0, high = 0;
    cv::minMaxLoc(m, &low, &high);
    QVERIFY(low >= 0 && high <= 1);
}

void TestArrayIO::refusesNonFiniteFloatImages()
{
    cv::Mat image(4, 6, CV_32F, cv::Scalar(0.5));
    image.at<float>(2, 5) = std::numeric_limits<float>::quiet_NaN();
    const std::string file = path("f.tiff");
    QVERIFY(cv::imwrite(file, image));
    const QString message = errorOf([&] { readImage(file); });
    VERIFY_MESSAGE_HAS(message,
                       (QStringList{QString::fromStdString(file), "NaN", "(row 2, col 5)"}));
}

void TestArrayIO::readsColourImages()
{
    cv::Mat bgra(19, 27, CV_8UC4);
    cv::RNG(9).fill(bgra, cv::RNG::UNIFORM, 0, 256);
    const std::string file = path("c.png");
    QVERIFY(cv::imwrite(file, bgra));

    const cv::Mat rgb = readImage(file, true);
    const cv::Mat gray = readImage(file);
    QCOMPARE(rgb.type(), CV_32FC3); // alpha dropped
    QCOMPARE(gray.type(), CV_32FC1);
    for (int r = 0; r < bgra.rows; ++r)
        for (int c = 0; c < bgra.cols; ++c) {
            const cv::Vec4b p = bgra.at<cv::Vec4b>(r, c);
            const float red = p[2] / 255.f, green = p[1] / 255.f, blue = p[0] / 255.f;
            const cv::Vec3f got = rgb.at<cv::Vec3f>(r, c);
            QVERIFY(std::abs(got[0] - red) < 1e-7f && std::abs(got[1] - green) < 1e-7f &&
                    std::abs(got[2] - blue) < 1e-7f);
            const float luma = 0.299f * red + 0.587f * green + 0.114f * blue; // ITU-R BT.601
            QVERIFY(std::abs(gray.at<float>(r, c) - luma) < 1e-5f);
        }
}

void TestArrayIO::readsLossyJpeg()
{
    cv::Mat image(40, 48, CV_8UC1);
    for (int r = 0; r < image.rows; ++r)
        for (int c = 0; c < image.cols; ++c)
            image.at<std::uint8_t>(r, c) = static_cast<std::uint8_t>(4 * r + 2 * c);
    const std::string file = path("smooth.jpg");
    QVERIFY(cv::imwrite(file, image, {cv::IMWRITE_JPEG_QUALITY, 95}));
    cv::Mat expected;
    image.convertTo(expected, CV_32F, 1.0 / 255);
    const cv::Mat m = readImage(file);
    QCOMPARE(m.type(), CV_32FC1);
    QVERIFY(cv::norm(m, expected, cv::NORM_INF) < 0.03);
}

void TestArrayIO::refusesTruncatedImages_data()
{
    QTest::addColumn<std::string>("bytes");
    cv::Mat image(32, 32, CV_8UC3);
    cv::RNG(3).fill(image, cv::RNG::UNIFORM, 0, 256);
    const std::string png = encoded(".png", image), jpeg = encoded(".jpg", image);
    QTest::addRow("png cut in half") << png.substr(0, png.size() / 2);
    QTest::addRow("png without its IEND chunk") << png.substr(0, png.size() - 12);
    QTest::addRow("png cut inside IHDR") << png.substr(0, 20);
    QTest::addRow("jpeg cut at nine tenths") << jpeg.substr(0, jpeg.size() * 9 / 10);
    QTest::addRow("jpeg without EOI") << jpeg.substr(0, jpeg.size() - 2);
    QTest::addRow("png signature then garbage")
        << std::string("\x89PNG\r\n\x1a\n", 8) + std::string(200, '\x42');
}

void TestArrayIO::refusesTruncatedImages()
{
    QFETCH(std::string, bytes);
    const std::string file = path("cut.png");
    writeFile(file, bytes);
    const QString message = errorOf([&] { readImage(file); });
    VERIFY_MESSAGE_HAS(message, (QStringList{QString::fromStdString(file) +
                                             " is not an image ConvLab can read (truncated or "
                                             "corrupt)"}));
}

// A JPEG whose picture data stops early but which still ends on EOI: libjpeg only warns
// ("premature end of data segment") and greys the rest; OpenCV would hand that picture over.
void TestArrayIO::refusesAJpegCutShortThatEndsOnItsMarker_data()
{
    QTest::addColumn<double>("kept");
    QTest::newRow("half the scan") << 0.5;
    QTest::newRow("nine tenths of the scan") << 0.9;
    QTest::newRow("the scan header alone") << 0.0;
}

void TestArrayIO::refusesAJpegCutShortThatEndsOnItsMarker()
{
    QFETCH(double, kept);
    cv::Mat image(240, 320, CV_8UC3);
    cv::RNG(5).fill(image, cv::RNG::UNIFORM, 0, 256);
    const std::string jpeg = encoded(".jpg", image);
    const std::size_t scan = jpeg.find("\xff\xda");
    QVERIFY(scan != std::string::npos);
    const std::size_t dataStart =
        scan + 2 +
        ((std::size_t(std::uint8_t(jpeg[scan + 2])) << 8) | std::uint8_t(jpeg[scan + 3]));
    const std::size_t dataEnd = jpeg.size() - 2; // before EOI
    const std::size_t cut =
        dataStart + static_cast<std::size_t>(kept * static_cast<double>(dataEnd - dataStart));
    const std::string file = path("cut.jpg");
    writeFile(file, jpeg.substr(0, cut) + "\xff\xd9");
    const QString message = errorOf([&] { readImage(file); });
    VERIFY_MESSAGE_HAS(message,
                       (QStringList{QString::fromStdString(file) + " is an incomplete JPEG"}));

    writeFile(file, jpeg); // the whole file is read, as before
    QCOMPARE(readImage(file).size(), cv::Size(320, 240));
}

// A damaged chunk is refused before libpng, which would print its own error on stderr.
void TestArrayIO::refusesAPngWithADamagedChunk()
{
    cv::Mat image(32, 32, CV_8UC1);
    cv::RNG(4).fill(image, cv::RNG::UNIFORM, 0, 256);
    std::string png = encoded(".png", image);
    png[23] = static_cast<char>(png[23] ^ 0x01); // a bit of IHDR's height; its CRC no longer fits
    const std::string file = path("crc.png");
    writeFile(file, png);
    const QString message = errorOf([&] { readImage(file); });
    VERIFY_MESSAGE_HAS(message, (QStringList{QString::fromStdString(file) +
                                             " is not an image ConvLab can read (truncated or "
                                             "corrupt)"}));
}

void TestArrayIO::refusesOversizedHeaderBeforeDecoding_data()
{
    QTest::addColumn<std::string>("bytes");
    QTest::addColumn<QStringList>("fragments");

    // Only headers: had the file been decoded, the refusal would be "truncated or corrupt".
    const QStringList sixty{"10000×6000 pixels (60.0 megapixels)", "up to 50 megapixels"};
    QTest::addRow("png") << pngHeaderOnly(10000, 6000) << sixty;
    QTest::addRow("jpeg") << jpegHeaderOnly(10000, 6000) << sixty;
    QTest::addRow("bmp") << bmpHeaderOnly(10000, 6000) << sixty;
    QTest::addRow("gif") << gifHeaderOnly(10000, 6000) << sixty;
    QTest::addRow("tiff") << tiffHeaderOnly(10000, 6000) << sixty;
    QTest::addRow("webp") << webpHeaderOnly(10000, 6000) << sixty;
    QTest::addRow("ppm") << ppmHeaderOnly(10000, 6000) << sixty;
    QTest::addRow("just over the limit")
        << pngHeaderOnly(7072, 7072) << QStringList{"7072×7072", "50.0 megapixels"};
    QTest::addRow("one side beyond any product")
        << tiffHeaderOnly(4'000'000'000u, 1) << QStringList{"4000000000×1", "4.0 gigapixels"};
    QTest::addRow("just under the limit is decoded (and found cut)")
        << pngHeaderOnly(7071, 7071) << QStringList{"truncated or corrupt"};
}

void TestArrayIO::refusesOversizedHeaderBeforeDecoding()
{
    QFETCH(std::string, bytes);
    QFETCH(QStringList, fragments);
    const std::string file = path("huge.img");
    writeFile(file, bytes);
    const QString message = errorOf([&] { readImage(file); });
    VERIFY_MESSAGE_HAS(message, fragments << QString::fromStdString(file));
}

void TestArrayIO::oversizedMessageIsExact()
{
    const std::string file = path("image.png");
    writeFile(file, pngHeaderOnly(60000, 60000) + pngChunk("IEND", ""));
    QCOMPARE(errorOf([&] { readImage(file, true); }),
             QString::fromStdString(file) + " is 60000×60000 pixels (3.6 gigapixels); ConvLab "
                                            "opens images up to 50 megapixels");
}

void TestArrayIO::refusesMissingEmptyAndForeignFiles()
{
    const std::string missing = path("missing.png");
    VERIFY_MESSAGE_HAS(errorOf([&] { readImage(missing); }),
                       (QStringList{"cannot open " + QString::fromStdString(missing),
                                    "No such file or directory"}));
    VERIFY_MESSAGE_HAS(errorOf([&] { readArray(path("missing.npy")); }),
                       (QStringList{"missing.npy", "No such file"}));

    const std::string empty = path("empty.png");
    writeFile(empty, "");
    VERIFY_MESSAGE_HAS(errorOf([&] { readImage(empty); }),
                       (QStringList{QString::fromStdString(empty) + " is empty"}));

    VERIFY_MESSAGE_HAS(errorOf([&] { readImage(m_dir->path().toStdString()); }),
                       (QStringList{m_dir->path(), "is a folder"}));

    const std::string text = path("notes.png");
    writeFile(text, "these are not pixels\n");
    VERIFY_MESSAGE_HAS(errorOf([&] { readImage(text); }),
                       (QStringList{"notes.png is not in an image format ConvLab can read"}));

    // A format whose size cannot be read first is decoded only when the file is small.
    const std::string big = path("big.unknown");
    writeFile(big, std::string(5'000'000, '\x01'));
    VERIFY_MESSAGE_HAS(errorOf([&] { readImage(big); }),
                       (QStringList{"big.unknown", "5.0 MB", "too large to try"}));
}

// -------------------------------------------------------------------------------- dispatch

void TestArrayIO::dispatchesOnExtension()
{
    std::mt19937 rng(17);
    const cv::Mat m = randomMat(rng, 6, 5);
    for (const char* name : {"a.npy", "a.NPY", "a.txt", "a.csv", "a.CSV"}) {
        const std::string file = path(name);
        writeArray(file, m);
        QVERIFY2(bitwiseEqual(readArray(file), m), name);
    }
    const cv::Mat hwc = randomMat(rng, 4, 3, 3);
    writeArray(path("c.npy"), hwc);
    QVERIFY(bitwiseEqual(readArray(path("c.npy")), hwc));

    cv::Mat image(8, 9, CV_8UC3, cv::Scalar(10, 20, 30));
    QVERIFY(cv::imwrite(path("c.png"), image));
    const cv::Mat rgb = readArray(path("c.png"), true);
    QCOMPARE(rgb.type(), CV_32FC3);
    QCOMPARE(rgb.at<cv::Vec3f>(7, 8)[0], 30 / 255.f);
    QCOMPARE(readArray(path("c.png")).type(), CV_32FC1);
}

void TestArrayIO::writesPngMinMaxNormalised()
{
    std::mt19937 rng(23);
    const cv::Mat m = randomMat(rng, 12, 10, 1, -3.f, 5.f);
    const std::string file = path("out.png");
    writeArray(file, m);
    cv::Mat expected;
    normaliseToGray8(m).convertTo(expected, CV_32F, 1.0 / 255);
    const cv::Mat back = readImage(file);
    CONVLAB_COMPARE_MATS(back, expected, 1e-7);
    double low = 0, high = 0;
    cv::minMaxLoc(back, &low, &high);
    QCOMPARE(low, 0.0);
    QCOMPARE(high, 1.0);

    // Three channels (R, G, B) share one normalisation: -1 -> 0, 0 -> 128, 1 -> 255.
    cv::Mat rgb(2, 2, CV_32FC3, cv::Scalar(-1, 0, 1));
    rgb.at<cv::Vec3f>(1, 1) = cv::Vec3f(1, 1, 1);
    writeArray(file, rgb);
    const cv::Mat bgr = cv::imread(file, cv::IMREAD_UNCHANGED);
    QCOMPARE(bgr.type(), CV_8UC3);
    QCOMPARE(bgr.at<cv::Vec3b>(0, 0), cv::Vec3b(255, 128, 0));
    QCOMPARE(bgr.at<cv::Vec3b>(1, 1), cv::Vec3b(255, 255, 255));
}

void TestArrayIO::refusesUnknownOutputExtension()
{
    const cv::Mat m(3, 3, CV_32F, cv::Scalar(1));
    VERIFY_MESSAGE_HAS(errorOf([&] { writeArray(path("out.jpg"), m); }),
                       (QStringList{"out.jpg", ".npy, .txt, .csv and .png"}));
    VERIFY_MESSAGE_HAS(errorOf([&] { writeArray(path("out.png"), cv::Mat(2, 2, CV_32FC2)); }),
                       (QStringList{"out.png", "2"}));
    VERIFY_MESSAGE_HAS(errorOf([&] { writeTextMatrix(path("out.txt"), cv::Mat(2, 2, CV_32FC3)); }),
                       (QStringList{"out.txt", "one channel", "3"}));
    QVERIFY(entriesOf(m_dir->path()).isEmpty());
}

// --------------------------------------------------------------------------- atomic writes

void TestArrayIO::writingIntoMissingFolderLeavesNothing()
{
    const std::string file = path("no-such-folder/out.npy");
    const QString message = errorOf([&] { writeNpy(file, cv::Mat(2, 2, CV_32F, 1.f)); });
    VERIFY_MESSAGE_HAS(message, (QStringList{"cannot write " + QString::fromStdString(file),
                                             "No such file or directory"}));
    QVERIFY(entriesOf(m_dir->path()).isEmpty());
}

void TestArrayIO::replacesExistingTargetOnSuccess()
{
    const std::string file = path("target.txt");
    writeFile(file, "old contents\n");
    writeFileAtomically(file, "new");
    QCOMPARE(fileContents(file), std::string("new"));
    writeFileAtomically(file, "");
    QCOMPARE(fileContents(file), std::string());
    QCOMPARE(entriesOf(m_dir->path()), QStringList{"target.txt"});
}

// A write that fails half-way (the file size limit stands in for a full disk) must leave the
// old target as it was and no temporary file behind.
void TestArrayIO::failedWriteLeavesTargetUntouched()
{
    const std::string file = path("target.npy");
    writeFile(file, "old contents\n");

    rlimit saved{};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
    rlimit small = saved;
    small.rlim_cur = 1000;
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
    const QString message = errorOf([&] { writeFileAtomically(file, std::string(100000, 'x')); });
    setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, previousHandler);

    VERIFY_MESSAGE_HAS(
        message, (QStringList{"cannot write " + QString::fromStdString(file), "File too large"}));
    QCOMPARE(fileContents(file), std::string("old contents\n"));
    QCOMPARE(entriesOf(m_dir->path()), QStringList{"target.npy"});
}

void TestArrayIO::failedRenameRemovesTemporary()
{
    // The target is a folder that is not empty: the rename is what fails.
    QVERIFY(QDir(m_dir->path()).mkpath("target.npy/inside"));
    const std::string file = path("target.npy");
    const QString message = errorOf([&] { writeNpy(file, cv::Mat(2, 2, CV_32F, 1.f)); });
    VERIFY_MESSAGE_HAS(message, (QStringList{"cannot write " + QString::fromStdString(file)}));
    QCOMPARE(entriesOf(m_dir->path()), QStringList{"target.npy"});
    QCOMPARE(entriesOf(QString::fromStdString(file)), QStringList{"inside"});
}

void TestArrayIO::refusedMatrixLeavesTargetUntouched()
{
    const std::string file = path("target.npy");
    writeFile(file, "old contents\n");
    VERIFY_MESSAGE_HAS(errorOf([&] { writeNpy(file, cv::Mat()); }),
                       (QStringList{"target.npy", "empty"}));
    QCOMPARE(fileContents(file), std::string("old contents\n"));
    QCOMPARE(entriesOf(m_dir->path()), QStringList{"target.npy"});
}

QTEST_APPLESS_MAIN(TestArrayIO)
#include "tst_arrayio.moc"
