// SPDX-License-Identifier: MIT
#include "ImageBytes.h"
#include "io/ImageProbe.h"

#include <QTest>
#include <sstream>

using namespace convlab;
using namespace convlab::test;

Q_DECLARE_METATYPE(std::string)
Q_DECLARE_METATYPE(convlab::ImageFormat)

namespace {

// 37 rows × 53 columns: odd, and different, so that a swapped or off-by-one size shows.
constexpr long long kRows = 37;
constexpr long long kCols = 53;

ImageHeader probe(const std::string& bytes)
{
    std::istringstream in(bytes);
    return readImageHeader(in);
}

bool endMarkerReached(ImageFormat format, const std::string& bytes)
{
    return reachesEndMarker(format,
                            {reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()});
}

cv::Mat testImage(int type)
{
    cv::RNG rng(7);
    cv::Mat image(int{kRows}, int{kCols}, type);
    rng.fill(image, cv::RNG::UNIFORM, 0, CV_MAT_DEPTH(type) == CV_32F ? 1 : 256);
    return image;
}

} // namespace

class TestImageProbe : public QObject {
    Q_OBJECT

  private slots:
    void readsTheSizeOfFilesOpenCVWrites_data();
    void readsTheSizeOfFilesOpenCVWrites();
    void readsHandCraftedHeaders_data();
    void readsHandCraftedHeaders();
    void unknownSignatureIsNotRecognised();
    void pngEndMarker();
    void jpegEndMarker_data();
    void jpegEndMarker();
};

void TestImageProbe::readsTheSizeOfFilesOpenCVWrites_data()
{
    QTest::addColumn<std::string>("bytes");
    QTest::addColumn<ImageFormat>("format");

    const cv::Mat color = testImage(CV_8UC3), gray = testImage(CV_8UC1);
    const cv::Mat deep = testImage(CV_16UC1), real = testImage(CV_32FC3);
    QTest::addRow("png") << encoded(".png", color) << ImageFormat::Png;
    QTest::addRow("png 16-bit") << encoded(".png", deep) << ImageFormat::Png;
    QTest::addRow("jpeg") << encoded(".jpg", color) << ImageFormat::Jpeg;
    QTest::addRow("jpeg progressive")
        << encoded(".jpg", gray, {cv::IMWRITE_JPEG_PROGRESSIVE, 1}) << ImageFormat::Jpeg;
    QTest::addRow("bmp") << encoded(".bmp", color) << ImageFormat::Bmp;
    QTest::addRow("tiff") << encoded(".tiff", color) << ImageFormat::Tiff;
    QTest::addRow("tiff 16-bit") << encoded(".tiff", deep) << ImageFormat::Tiff;
    QTest::addRow("webp lossy") << encoded(".webp", color) << ImageFormat::WebP;
    QTest::addRow("webp lossless")
        << encoded(".webp", color, {cv::IMWRITE_WEBP_QUALITY, 101}) << ImageFormat::WebP;
    QTest::addRow("pbm") << encoded(".pbm", gray) << ImageFormat::Netpbm;
    QTest::addRow("pgm") << encoded(".pgm", gray) << ImageFormat::Netpbm;
    QTest::addRow("ppm") << encoded(".ppm", color) << ImageFormat::Netpbm;
    QTest::addRow("ppm ascii") << encoded(".ppm", color, {cv::IMWRITE_PXM_BINARY, 0})
                               << ImageFormat::Netpbm;
    QTest::addRow("pam") << encoded(".pam", color) << ImageFormat::Pam;
    QTest::addRow("pfm") << encoded(".pfm", real) << ImageFormat::Pfm;
    QTest::addRow("hdr") << encoded(".hdr", real) << ImageFormat::RadianceHdr;
    QTest::addRow("sun raster") << encoded(".ras", color) << ImageFormat::SunRaster;
    QTest::addRow("jpeg 2000") << encoded(".jp2", color) << ImageFormat::Jpeg2000;
}

// Every prefix of a real file is probed too: a cut header is recognised but has no size, and
// never yields a wrong one.
void TestImageProbe::readsTheSizeOfFilesOpenCVWrites()
{
    QFETCH(std::string, bytes);
    QFETCH(ImageFormat, format);
    QVERIFY2(!bytes.empty(), "OpenCV could not encode the test image");

    const ImageHeader header = probe(bytes);
    QCOMPARE(header.format, format);
    QCOMPARE(header.width, kCols);
    QCOMPARE(header.height, kRows);
    QVERIFY(endMarkerReached(format, bytes));

    bool sawCutHeader = false;
    const std::size_t longest = std::min<std::size_t>(bytes.size(), 1024);
    for (std::size_t length = 0; length < longest; ++length) {
        const ImageHeader cut = probe(bytes.substr(0, length));
        if (cut.hasSize()) {
            QCOMPARE(cut.width, kCols);
            QCOMPARE(cut.height, kRows);
        } else if (cut.recognised()) {
            sawCutHeader = true;
        }
    }
    QVERIFY(sawCutHeader);
}

void TestImageProbe::readsHandCraftedHeaders_data()
{
    QTest::addColumn<std::string>("bytes");
    QTest::addColumn<ImageFormat>("format");
    QTest::addColumn<long long>("width");
    QTest::addColumn<long long>("height");

    QTest::addRow("png claiming 60000×60000")
        << pngHeaderOnly(60000, 60000) << ImageFormat::Png << 60000LL << 60000LL;
    QTest::addRow("gif") << gifHeaderOnly(kCols, kRows) << ImageFormat::Gif << 53LL << 37LL;
    QTest::addRow("bmp top-down (negative height)")
        << bmpHeaderOnly(kCols, -kRows) << ImageFormat::Bmp << 53LL << 37LL;
    QTest::addRow("bmp OS/2 core header") << "BM" + std::string(12, '\0') + littleEndian(12, 4) +
                                                 littleEndian(kCols, 2) + littleEndian(kRows, 2)
                                          << ImageFormat::Bmp << 53LL << 37LL;
    QTest::addRow("tiff big-endian, SHORT width")
        << std::string("MM\0*", 4) + bigEndian(8, 4) + bigEndian(2, 2) + bigEndian(256, 2) +
               bigEndian(3, 2) + bigEndian(1, 4) + bigEndian(kCols, 2) + bigEndian(0, 2) +
               bigEndian(257, 2) + bigEndian(4, 2) + bigEndian(1, 4) + bigEndian(kRows, 4)
        << ImageFormat::Tiff << 53LL << 37LL;
    QTest::addRow("bigtiff, LONG8 width")
        << std::string("II+\0", 4) + littleEndian(8, 2) + littleEndian(0, 2) + littleEndian(16, 8) +
               littleEndian(2, 8) + littleEndian(256, 2) + littleEndian(16, 2) +
               littleEndian(1, 8) + littleEndian(70000, 8) + littleEndian(257, 2) +
               littleEndian(3, 2) + littleEndian(1, 8) + littleEndian(kRows, 8)
        << ImageFormat::Tiff << 70000LL << 37LL;
    QTest::addRow("jpeg after a 60 kB APP1 segment")
        << std::string("\xff\xd8\xff\xe1", 4) + bigEndian(60002, 2) + std::string(60000, 'x') +
               jpegHeaderOnly(kCols, kRows).substr(2)
        << ImageFormat::Jpeg << 53LL << 37LL;
    QTest::addRow("webp extended (VP8X)")
        << webpHeaderOnly(kCols, kRows) << ImageFormat::WebP << 53LL << 37LL;
    QTest::addRow("pgm with comments") << std::string("P5\n# made by hand\n53 # width\n  37\n255\n")
                                       << ImageFormat::Netpbm << 53LL << 37LL;
    QTest::addRow("pam") << std::string(
                                "P7\nWIDTH 53\nHEIGHT 37\nDEPTH 1\nMAXVAL 255\nTUPLTYPE GRAYSCALE\n"
                                "ENDHDR\n")
                         << ImageFormat::Pam << 53LL << 37LL;
    QTest::addRow("radiance, x axis first")
        << std::string("#?RADIANCE\nFORMAT=32-bit_rle_rgbe\n\n+X 53 -Y 37\n")
        << ImageFormat::RadianceHdr << 53LL << 37LL;
    QTest::addRow("jpeg 2000 codestream with image offset")
        << std::string("\xff\x4f\xff\x51", 4) + bigEndian(41, 2) + bigEndian(0, 2) +
               bigEndian(59, 4) + bigEndian(42, 4) + bigEndian(6, 4) + bigEndian(5, 4)
        << ImageFormat::Jpeg2000 << 53LL << 37LL;
}

void TestImageProbe::readsHandCraftedHeaders()
{
    QFETCH(std::string, bytes);
    QFETCH(ImageFormat, format);
    QFETCH(long long, width);
    QFETCH(long long, height);

    const ImageHeader header = probe(bytes);
    QCOMPARE(header.format, format);
    QCOMPARE(header.width, width);
    QCOMPARE(header.height, height);
}

void TestImageProbe::unknownSignatureIsNotRecognised()
{
    for (const std::string& bytes : {std::string(), std::string("hello, world\n"),
                                     std::string("\x93NUMPY\x01\x00", 8), std::string(1, 'P')}) {
        const ImageHeader header = probe(bytes);
        QVERIFY(!header.recognised());
        QVERIFY(!header.hasSize());
    }
}

void TestImageProbe::pngEndMarker()
{
    const std::string png = encoded(".png", testImage(CV_8UC3));
    QVERIFY(endMarkerReached(ImageFormat::Png, png));
    QVERIFY(endMarkerReached(ImageFormat::Png, png + "trailing bytes"));
    for (const std::size_t length : {std::size_t{0}, std::size_t{8}, std::size_t{33},
                                     png.size() / 2, png.size() - 12, png.size() - 1})
        QVERIFY2(!endMarkerReached(ImageFormat::Png, png.substr(0, length)),
                 qPrintable(QStringLiteral("cut at %1 of %2").arg(length).arg(png.size())));
}

void TestImageProbe::jpegEndMarker_data()
{
    QTest::addColumn<std::string>("jpeg");
    QTest::addRow("baseline") << encoded(".jpg", testImage(CV_8UC3));
    QTest::addRow("progressive") << encoded(".jpg", testImage(CV_8UC3),
                                            {cv::IMWRITE_JPEG_PROGRESSIVE, 1});
    QTest::addRow("restart markers")
        << encoded(".jpg", testImage(CV_8UC1), {cv::IMWRITE_JPEG_RST_INTERVAL, 1});
}

void TestImageProbe::jpegEndMarker()
{
    QFETCH(std::string, jpeg);
    QVERIFY(endMarkerReached(ImageFormat::Jpeg, jpeg));
    QVERIFY(endMarkerReached(ImageFormat::Jpeg, jpeg + "trailing bytes"));
    for (const std::size_t length :
         {std::size_t{2}, jpeg.size() / 3, jpeg.size() * 9 / 10, jpeg.size() - 2, jpeg.size() - 1})
        QVERIFY2(!endMarkerReached(ImageFormat::Jpeg, jpeg.substr(0, length)),
                 qPrintable(QStringLiteral("cut at %1 of %2").arg(length).arg(jpeg.size())));
}

QTEST_APPLESS_MAIN(TestImageProbe)
#include "tst_imageprobe.moc"
