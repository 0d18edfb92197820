// SPDX-License-Identifier: MIT
#include "export/AnimationExport.h"
#include "export/ColorHistogram.h"
#include "export/FunctionFrameSource.h"
#include "export/GifPalette.h"
#include "export/PngSequenceWriter.h"

#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <cmath>
#include <cstdint>
#include <memory>
#include <opencv2/core.hpp>
#include <opencv2/videoio.hpp>
#include <random>
#include <stdexcept>
#include <unistd.h>

using namespace convlab;

namespace {

// ---- A GIF reader written for the test: blocks, LZW, frames composited as a viewer does ----

struct GifImage {
    QRect rect;
    int delay = -1;       // from the graphic control extension before it; -1 if none
    int transparent = -1; // transparent index, -1 if none
    int disposal = 0;
    bool interlaced = false;
    std::vector<QRgb> localPalette;
    std::vector<std::uint8_t> indices;
};

struct Gif {
    QSize screen;
    std::vector<QRgb> globalPalette;
    int loopCount = -1; // NETSCAPE2.0 application extension; -1 if absent
    int graphicControls = 0;
    std::vector<GifImage> images;
    QString error; // empty when the whole stream parsed, trailer included
};

class ByteReader {
  public:
    explicit ByteReader(const QByteArray& bytes) : m_bytes(bytes) {}
    bool atEnd() const { return m_at >= m_bytes.size(); }
    int byte() { return atEnd() ? -1 : static_cast<std::uint8_t>(m_bytes[m_at++]); }
    int word()
    {
        const int low = byte();
        const int high = byte();
        return low < 0 || high < 0 ? -1 : low | (high << 8);
    }
    QByteArray take(int count)
    {
        const QByteArray part = m_bytes.mid(m_at, count);
        m_at += count;
        return part;
    }
    // The data sub-blocks that follow (size byte, bytes…, 0), concatenated.
    QByteArray subBlocks()
    {
        QByteArray data;
        for (int size = byte(); size > 0; size = byte())
            data += take(size);
        return data;
    }

  private:
    const QByteArray& m_bytes;
    qsizetype m_at = 0;
};

std::vector<QRgb> readPalette(ByteReader& in, int entries)
{
    std::vector<QRgb> palette;
    for (int i = 0; i < entries; ++i) {
        const int r = in.byte(), g = in.byte(), b = in.byte();
        palette.push_back(qRgb(r, g, b));
    }
    return palette;
}

// GIF's variable-width LZW, codes packed least significant bit first.
std::vector<std::uint8_t> decodeLzw(const QByteArray& data, int minimumCodeSize, bool* ok)
{
    const int clear = 1 << minimumCodeSize;
    const int end = clear + 1;
    std::vector<std::vector<std::uint8_t>> table;
    const auto reset = [&] {
        table.assign(static_cast<std::size_t>(end + 1), {});
        for (int i = 0; i < clear; ++i)
            table[static_cast<std::size_t>(i)] = {static_cast<std::uint8_t>(i)};
    };
    reset();
    int codeSize = minimumCodeSize + 1;
    int previous = -1;
    std::vector<std::uint8_t> out;
    std::uint32_t bits = 0;
    int bitCount = 0;
    qsizetype at = 0;
    *ok = false;
    while (true) {
        while (bitCount < codeSize && at < data.size()) {
            bits |= static_cast<std::uint32_t>(static_cast<std::uint8_t>(data[at++])) << bitCount;
            bitCount += 8;
        }
        if (bitCount < codeSize)
            return out; // ran out of data before the end code
        const int code = static_cast<int>(bits & ((1u << codeSize) - 1));
        bits >>= codeSize;
        bitCount -= codeSize;
        if (code == clear) {
            reset();
            codeSize = minimumCodeSize + 1;
            previous = -1;
            continue;
        }
        if (code == end) {
            *ok = true;
            return out;
        }
        std::vector<std::uint8_t> entry;
        const int next = static_cast<int>(table.size());
        if (code < next && (code < clear || !table[static_cast<std::size_t>(code)].empty()))
            entry = table[static_cast<std::size_t>(code)];
        else if (code == next && previous >= 0) {
            entry = table[static_cast<std::size_t>(previous)];
            entry.push_back(entry.front());
        } else {
            return out; // a code the encoder could not have sent
        }
        out.insert(out.end(), entry.begin(), entry.end());
        if (previous >= 0 && next < 4096) {
            std::vector<std::uint8_t> added = table[static_cast<std::size_t>(previous)];
            added.push_back(entry.front());
            table.push_back(std::move(added));
            if (static_cast<int>(table.size()) == (1 << codeSize) && codeSize < 12)
                ++codeSize;
        }
        previous = code;
    }
}

Gif parseGif(const QByteArray& bytes)
{
    Gif gif;
    ByteReader in(bytes);
    if (in.take(6) != "GIF89a") {
        gif.error = QStringLiteral("no GIF89a header");
        return gif;
    }
    const int width = in.word();
    const int height = in.word();
    gif.screen = QSize(width, height);
    const int packed = in.byte();
    in.byte(); // background colour index
    in.byte(); // aspect ratio
    if (packed & 0x80)
        gif.globalPalette = readPalette(in, 1 << ((packed & 7) + 1));
    GifImage pending;
    while (true) {
        const int block = in.byte();
        if (block == 0x3B)
            return gif;
        if (block == 0x21) {
            const int label = in.byte();
            if (label == 0xF9) {
                const QByteArray control = in.subBlocks();
                if (control.size() != 4) {
                    gif.error =
                        QStringLiteral("graphic control extension of %1 bytes").arg(control.size());
                    return gif;
                }
                ++gif.graphicControls;
                const auto flags = static_cast<std::uint8_t>(control[0]);
                pending.disposal = (flags >> 2) & 7;
                pending.delay = static_cast<std::uint8_t>(control[1]) |
                                (static_cast<std::uint8_t>(control[2]) << 8);
                pending.transparent = (flags & 1) ? static_cast<std::uint8_t>(control[3]) : -1;
            } else if (label == 0xFF) {
                const QByteArray application = in.subBlocks();
                if (application.startsWith("NETSCAPE2.0") && application.size() >= 14)
                    gif.loopCount = static_cast<std::uint8_t>(application[12]) |
                                    (static_cast<std::uint8_t>(application[13]) << 8);
            } else {
                in.subBlocks();
            }
            continue;
        }
        if (block == 0x2C) {
            GifImage image = pending;
            pending = GifImage();
            const int left = in.word(), top = in.word(), width = in.word(), height = in.word();
            image.rect = QRect(left, top, width, height);
            const int flags = in.byte();
            image.interlaced = flags & 0x40;
            if (flags & 0x80)
                image.localPalette = readPalette(in, 1 << ((flags & 7) + 1));
            const int minimumCodeSize = in.byte();
            if (minimumCodeSize < 2 || minimumCodeSize > 8) { // what GIF allows
                gif.error = QStringLiteral("image %1: LZW code size %2")
                                .arg(gif.images.size())
                                .arg(minimumCodeSize);
                return gif;
            }
            bool ok = false;
            image.indices = decodeLzw(in.subBlocks(), minimumCodeSize, &ok);
            if (!ok || image.indices.size() != static_cast<std::size_t>(width * height)) {
                gif.error = QStringLiteral("image %1: LZW data decodes to %2 of %3 pixels")
                                .arg(gif.images.size())
                                .arg(image.indices.size())
                                .arg(width * height);
                return gif;
            }
            gif.images.push_back(std::move(image));
            continue;
        }
        gif.error = QStringLiteral("unexpected block 0x%1").arg(block, 2, 16, QLatin1Char('0'));
        return gif;
    }
}

// The pictures a viewer shows, frame by frame (disposal "leave in place", as the exporter
// writes: each frame drawn over the previous one, transparent pixels letting it through).
std::vector<QImage> composite(const Gif& gif)
{
    std::vector<QImage> frames;
    QImage canvas(gif.screen, QImage::Format_RGB32);
    canvas.fill(Qt::black);
    for (const GifImage& image : gif.images) {
        const std::vector<QRgb>& palette =
            image.localPalette.empty() ? gif.globalPalette : image.localPalette;
        for (int y = 0; y < image.rect.height(); ++y)
            for (int x = 0; x < image.rect.width(); ++x) {
                const int index =
                    image.indices[static_cast<std::size_t>(y * image.rect.width() + x)];
                if (index != image.transparent)
                    canvas.setPixel(image.rect.x() + x, image.rect.y() + y,
                                    palette[static_cast<std::size_t>(index)]);
            }
        frames.push_back(canvas.copy());
    }
    return frames;
}

// ---- Frame sources ----

QColor cellColor(int index)
{
    static const QColor colors[] = {QColor(230, 57, 70), QColor(69, 123, 157), QColor(29, 53, 87),
                                    QColor(241, 250, 238), QColor(252, 191, 73)};
    return colors[index % 5];
}

// A diagram: flat cells and a square that moves one cell per frame. Few colours, no
// antialiasing, so a GIF keeps them exactly.
QImage drawDiagram(int index, const QSize& size, qreal scale)
{
    QImage image(size * scale, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.scale(scale, scale);
    const int cell = 8;
    for (int row = 0; row * cell < size.height(); ++row)
        for (int col = 0; col * cell < size.width(); ++col)
            if ((row + col) % 3 == 0)
                painter.fillRect(col * cell, row * cell, cell, cell, cellColor(row * 7 + col));
    painter.fillRect((index * cell) % std::max(cell, size.width() - cell), cell, cell, cell,
                     QColor(20, 20, 20));
    return image;
}

// Smooth gradients, with a hue that changes with the frame, plus seeded noise: far more than
// 255 colours.
QImage drawRich(int index, const QSize& size, qreal scale)
{
    QImage image(size * scale, QImage::Format_RGB32);
    std::mt19937 rng(static_cast<unsigned>(index) + 11);
    std::uniform_int_distribution<int> noise(-6, 6);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const int r = 255 * x / std::max(1, image.width() - 1);
            const int g = 255 * y / std::max(1, image.height() - 1);
            const int b = (40 * index + 3 * (x + y)) % 256;
            const int red = std::clamp(r + noise(rng), 0, 255);
            const int green = std::clamp(g + noise(rng), 0, 255);
            image.setPixel(x, y, qRgb(red, green, b));
        }
    return image;
}

// A transparent background with an opaque square: GIF and MP4 show it over white.
QImage drawTransparent(int index, const QSize& size, qreal scale)
{
    QImage image(size * scale, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.scale(scale, scale);
    painter.fillRect(2 + index, 2, 6, 6, QColor(0, 90, 200));
    painter.fillRect(10, 10, 4, 4, QColor(200, 0, 0, 128));
    return image;
}

// Large flat areas whose colour depends on the frame: survives lossy video coding.
QImage drawBlocks(int index, const QSize& size, qreal scale)
{
    QImage image(size * scale, QImage::Format_RGB32);
    image.fill(QColor(30 * index % 256, 128, 255 - 30 * index % 256));
    QPainter painter(&image);
    painter.fillRect(0, 0, image.width() / 2, image.height() / 2, QColor(240, 240, 40));
    return image;
}

using Draw = FunctionFrameSource::DrawFrame;

QImage sourceFrame(const FrameSource& source, int index, const AnimationOptions& options)
{
    return source.frame(index, options.size, options.scale);
}

QImage overWhite(const QImage& frame)
{
    QImage opaque(frame.size(), QImage::Format_RGB32);
    opaque.fill(Qt::white);
    QPainter painter(&opaque);
    painter.drawImage(0, 0, frame);
    return opaque;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

// Everything in a folder, hidden entries included: what an export may have left behind.
QStringList entriesOf(const QString& folder)
{
    return QDir(folder).entryList(
        QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
}

QString fileNameFor(AnimationFormat format, const QString& base)
{
    const QString suffix = AnimationOptions::suffix(format);
    return suffix.isEmpty() ? base : base + QLatin1Char('.') + suffix;
}

// Puts an earlier export at `target`: a file with known bytes, or a folder of frames.
void makeEarlierExport(AnimationFormat format, const QString& target)
{
    if (format != AnimationFormat::PngSequence) {
        writeAll(target, "an earlier export");
        return;
    }
    QVERIFY(QDir().mkpath(target));
    for (int i = 0; i < 5; ++i)
        writeAll(QDir(target).filePath(QStringLiteral("frame_%1.png").arg(i, 4, 10, QChar('0'))),
                 QByteArray("old frame ") + QByteArray::number(i));
}

// The earlier export, file by file, to check that it was left as it was.
QMap<QString, QByteArray> snapshot(const QString& target)
{
    QMap<QString, QByteArray> files;
    if (QFileInfo(target).isDir()) {
        for (const QString& name : entriesOf(target))
            files.insert(name, readAll(QDir(target).filePath(name)));
    } else {
        files.insert(QString(), readAll(target));
    }
    return files;
}

double meanAbsoluteDifference(const QImage& a, const QImage& b)
{
    double total = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            total += std::abs(qRed(p) - qRed(q)) + std::abs(qGreen(p) - qGreen(q)) +
                     std::abs(qBlue(p) - qBlue(q));
        }
    return total / (3.0 * a.width() * a.height());
}

// Channels drawn in a fixed order (function arguments are evaluated in any order).
QRgb randomColor(std::mt19937& rng)
{
    std::uniform_int_distribution<int> channel(0, 255);
    const int red = channel(rng);
    const int green = channel(rng);
    const int blue = channel(rng);
    return qRgb(red, green, blue);
}

double distance(QRgb a, QRgb b)
{
    const double dr = qRed(a) - qRed(b), dg = qGreen(a) - qGreen(b), db = qBlue(a) - qBlue(b);
    return std::sqrt(dr * dr + dg * dg + db * db);
}

} // namespace

class TestAnimationExport : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir; // a fresh one per test: "nothing left" is checkable

    AnimationOptions optionsFor(AnimationFormat format, const QString& name, QSize size = {40, 24},
                                qreal scale = 1, int fps = 10) const
    {
        AnimationOptions options;
        options.format = format;
        options.path = m_dir->filePath(fileNameFor(format, name));
        options.size = size;
        options.scale = scale;
        options.fps = fps;
        return options;
    }

  private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }
    void cleanup()
    {
        QFile::setPermissions(m_dir->filePath(QStringLiteral("read-only")),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        m_dir.reset();
    }

    // ---- GIF ----

    void gifHoldsOneImagePerFrameAndDecodesToTheFrames_data()
    {
        QTest::addColumn<int>("frames");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<qreal>("scale");
        QTest::addRow("1 frame") << 1 << QSize(40, 24) << 1.0;
        QTest::addRow("6 frames") << 6 << QSize(40, 24) << 1.0;
        QTest::addRow("6 frames at 2x") << 6 << QSize(33, 17) << 2.0;
        QTest::addRow("12 frames at 4x") << 12 << QSize(24, 16) << 4.0;
    }
    void gifHoldsOneImagePerFrameAndDecodesToTheFrames()
    {
        QFETCH(int, frames);
        QFETCH(QSize, size);
        QFETCH(qreal, scale);
        const FunctionFrameSource source(frames, drawDiagram);
        const AnimationOptions options =
            optionsFor(AnimationFormat::Gif, QStringLiteral("diagram"), size, scale);
        QString error;
        QVERIFY2(exportAnimation(source, options, &error), qPrintable(error));
        QVERIFY(error.isEmpty());

        const Gif gif = parseGif(readAll(options.path));
        QVERIFY2(gif.error.isEmpty(), qPrintable(gif.error));
        QCOMPARE(gif.screen, size * scale);
        QCOMPARE(gif.loopCount, 0); // forever
        QCOMPARE(int(gif.images.size()), frames);
        QCOMPARE(gif.graphicControls, frames);
        const std::vector<QImage> decoded = composite(gif);
        for (int i = 0; i < frames; ++i) {
            QVERIFY(!gif.images[std::size_t(i)].interlaced);
            QVERIFY(gif.images[std::size_t(i)].disposal <= 1); // none / leave in place
            const QRect rect = gif.images[std::size_t(i)].rect;
            QVERIFY(QRect(QPoint(), gif.screen).contains(rect));
            // After the first, only the window that changed (the moving square) is stored.
            if (i > 0)
                QVERIFY(rect.width() * rect.height() <
                        gif.screen.width() * gif.screen.height() / 2);
            // Few colours: the palette holds them exactly, every pixel comes back.
            QCOMPARE(decoded[std::size_t(i)],
                     sourceFrame(source, i, options).convertToFormat(QImage::Format_RGB32));
        }
    }

    void gifReadsBackInQtsOwnDecoder()
    {
        if (!QImageReader::supportedImageFormats().contains("gif"))
            QSKIP("Qt's GIF plugin is not installed");
        const int frames = 7;
        const FunctionFrameSource source(frames, drawDiagram);
        const AnimationOptions options =
            optionsFor(AnimationFormat::Gif, QStringLiteral("qt"), {40, 24}, 2, 20);
        QString error;
        QVERIFY2(exportAnimation(source, options, &error), qPrintable(error));
        QImageReader reader(options.path);
        QVERIFY(reader.supportsAnimation());
        QCOMPARE(reader.imageCount(), frames);
        QCOMPARE(reader.loopCount(), -1); // forever
        for (int i = 0; i < frames; ++i) {
            const QImage frame = reader.read();
            QVERIFY2(!frame.isNull(), qPrintable(reader.errorString()));
            QCOMPARE(frame.convertToFormat(QImage::Format_RGB32),
                     sourceFrame(source, i, options).convertToFormat(QImage::Format_RGB32));
            QCOMPARE(reader.nextImageDelay(), 50); // milliseconds at 20 fps
        }
    }

    void gifOfManyColoursStaysClose()
    {
        const FunctionFrameSource source(3, drawRich);
        const AnimationOptions options =
            optionsFor(AnimationFormat::Gif, QStringLiteral("rich"), {64, 48});
        QString error;
        QVERIFY2(exportAnimation(source, options, &error), qPrintable(error));
        const Gif gif = parseGif(readAll(options.path));
        QVERIFY2(gif.error.isEmpty(), qPrintable(gif.error));
        QCOMPARE(int(gif.images.size()), 3);
        QVERIFY(gif.globalPalette.size() <= 256);
        const std::vector<QImage> decoded = composite(gif);
        for (int i = 0; i < 3; ++i) {
            const double error =
                meanAbsoluteDifference(decoded[std::size_t(i)], sourceFrame(source, i, options));
            // About 3 % of the range: 255 colours for a cloud spread over the whole cube.
            QVERIFY2(error < 8,
                     qPrintable(QStringLiteral("frame %1: mean error %2").arg(i).arg(error)));
        }
    }

    void gifShowsTransparentFramesOverWhite()
    {
        const FunctionFrameSource source(4, drawTransparent);
        const AnimationOptions options =
            optionsFor(AnimationFormat::Gif, QStringLiteral("transparent"), {20, 16}, 2);
        QString error;
        QVERIFY2(exportAnimation(source, options, &error), qPrintable(error));
        const Gif gif = parseGif(readAll(options.path));
        QVERIFY2(gif.error.isEmpty(), qPrintable(gif.error));
        const std::vector<QImage> decoded = composite(gif);
        QCOMPARE(int(decoded.size()), 4);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(decoded[std::size_t(i)], overWhite(sourceFrame(source, i, options)));
        QCOMPARE(decoded[0].pixel(0, 0), qRgb(255, 255, 255));
    }

    void gifDelaysAddUpToTheFrameRate_data()
    {
        QTest::addColumn<int>("fps");
        for (const int fps : {1, 7, 10, 24, 30, 50})
            QTest::addRow("%d fps", fps) << fps;
    }
    void gifDelaysAddUpToTheFrameRate()
    {
        QFETCH(int, fps);
        const int frames = 9;
        const FunctionFrameSource source(frames, drawDiagram);
        const AnimationOptions options =
            optionsFor(AnimationFormat::Gif, QStringLiteral("timing"), {16, 16}, 1, fps);
        QString error;
        QVERIFY2(exportAnimation(source, options, &error), qPrintable(error));
        const Gif gif = parseGif(readAll(options.path));
        QVERIFY2(gif.error.isEmpty(), qPrintable(gif.error));
        QCOMPARE(int(gif.images.size()), frames);
        int elapsed = 0; // hundredths of a second
        for (int i = 0; i < frames; ++i) {
            elapsed += gif.images[std::size_t(i)].delay;
            // After k frames the animation is within half a hundredth of k / fps seconds.
            QVERIFY2(std::abs(elapsed - 100.0 * (i + 1) / fps) <= 0.5,
                     qPrintable(QStringLiteral("after frame %1: %2 cs").arg(i).arg(elapsed)));
        }
    }

    // ---- The palette, against a brute-force nearest colour ----

    void paletteKeepsFewColoursExactly()
    {
        std::mt19937 rng(3);
        QImage image(255, 3, QImage::Format_RGB32);
        std::vector<QRgb> colors;
        for (int i = 0; i < 255; ++i)
            colors.push_back(randomColor(rng));
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                image.setPixel(x, y, colors[std::size_t((x + 17 * y) % 255)]);
        ColorHistogram histogram(GifPalette::kMaxColors);
        histogram.add(image);
        const GifPalette palette = GifPalette::fromHistogram(histogram);
        QVERIFY(palette.isExact());
        QVERIFY(palette.colors().size() <= std::size_t(GifPalette::kMaxColors));
        for (const QRgb color : colors)
            QCOMPARE(palette.colors()[palette.indexOf(color)], color);
    }

    void paletteOfManyColoursIsNearlyAsGoodAsTheNearestEntry_data()
    {
        QTest::addColumn<int>("clusters");
        QTest::addColumn<int>("spread");
        QTest::addRow("256 distinct colours") << 256 << 0;
        QTest::addRow("40 clusters") << 40 << 12;
        QTest::addRow("uniform noise") << 1 << 255;
    }
    void paletteOfManyColoursIsNearlyAsGoodAsTheNearestEntry()
    {
        QFETCH(int, clusters);
        QFETCH(int, spread);
        std::mt19937 rng(unsigned(clusters * 1000 + spread));
        std::vector<QRgb> centres;
        for (int i = 0; i < clusters; ++i)
            centres.push_back(randomColor(rng));
        std::uniform_int_distribution<int> offset(-spread, spread);
        QImage image(128, 64, QImage::Format_RGB32);
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                const QRgb centre = centres[std::size_t(y * image.width() + x) % centres.size()];
                if (spread == 255) {
                    image.setPixel(x, y, randomColor(rng));
                    continue;
                }
                const int red = std::clamp(qRed(centre) + offset(rng), 0, 255);
                const int green = std::clamp(qGreen(centre) + offset(rng), 0, 255);
                const int blue = std::clamp(qBlue(centre) + offset(rng), 0, 255);
                image.setPixel(x, y, qRgb(red, green, blue));
            }
        ColorHistogram histogram(GifPalette::kMaxColors);
        histogram.add(image);
        QVERIFY(!histogram.hasExactColors());
        const GifPalette palette = GifPalette::fromHistogram(histogram);
        QVERIFY(!palette.isExact());
        QVERIFY(palette.colors().size() <= std::size_t(GifPalette::kMaxColors));

        std::vector<std::uint8_t> indices(std::size_t(image.width() * image.height()));
        palette.indexFrame(image, indices.data());
        // A pixel is mapped through its 8×8×8 cell: at most two cell diagonals worse than the
        // best entry for it, found here by trying them all.
        const double cellDiagonal = 7 * std::sqrt(3.0);
        double totalError = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                const QRgb pixel = image.pixel(x, y);
                const std::uint8_t index = indices[std::size_t(y * image.width() + x)];
                QCOMPARE(index, palette.indexOf(pixel));
                double best = 1e9;
                for (const QRgb entry : palette.colors())
                    best = std::min(best, distance(entry, pixel));
                const double mapped = distance(palette.colors()[index], pixel);
                QVERIFY2(mapped <= best + 2 * cellDiagonal + 1e-9,
                         qPrintable(QStringLiteral("(%1, %2): %3 vs best %4")
                                        .arg(x)
                                        .arg(y)
                                        .arg(mapped)
                                        .arg(best)));
                totalError += mapped;
            }
        const double meanError = totalError / (image.width() * image.height());
        QVERIFY2(meanError < (spread == 255 ? 24 : 10), qPrintable(QString::number(meanError)));
    }

    // ---- MP4 ----

    void mp4ReadsBackWithTheFramesAndAnEvenSize_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<qreal>("scale");
        QTest::addColumn<QSize>("video");
        QTest::addRow("even") << QSize(64, 48) << 1.0 << QSize(64, 48);
        QTest::addRow("odd, padded to even") << QSize(45, 31) << 1.0 << QSize(46, 32);
        QTest::addRow("2x") << QSize(33, 20) << 2.0 << QSize(66, 40);
    }
    void mp4ReadsBackWithTheFramesAndAnEvenSize()
    {
        QFETCH(QSize, size);
        QFETCH(qreal, scale);
        QFETCH(QSize, video);
        const int frames = 8;
        const FunctionFrameSource source(frames, drawBlocks);
        const AnimationOptions options =
            optionsFor(AnimationFormat::Mp4, QStringLiteral("video"), size, scale, 12);
        QString error;
        QVERIFY2(exportAnimation(source, options, &error), qPrintable(error));

        cv::VideoCapture capture(QFile::encodeName(options.path).toStdString());
        QVERIFY(capture.isOpened());
        QCOMPARE(int(capture.get(cv::CAP_PROP_FRAME_WIDTH)), video.width());
        QCOMPARE(int(capture.get(cv::CAP_PROP_FRAME_HEIGHT)), video.height());
        QCOMPARE(std::lround(capture.get(cv::CAP_PROP_FPS)), 12l);
        int read = 0;
        cv::Mat bgr;
        while (capture.read(bgr)) {
            QVERIFY(read < frames);
            const QImage expected = sourceFrame(source, read, options);
            // Lossy: each frame's colours come back close, in order.
            const QImage decoded =
                QImage(bgr.data, bgr.cols, bgr.rows, int(bgr.step), QImage::Format_BGR888)
                    .copy(QRect(QPoint(), expected.size()))
                    .convertToFormat(QImage::Format_RGB32);
            const double difference = meanAbsoluteDifference(decoded, expected);
            QVERIFY2(difference < 8,
                     qPrintable(QStringLiteral("frame %1: %2").arg(read).arg(difference)));
            ++read;
        }
        QCOMPARE(read, frames);
    }

    // ---- PNG sequence ----

    void pngSequenceHoldsEveryFrameExactly_data()
    {
        QTest::addColumn<bool>("transparent");
        QTest::addColumn<qreal>("scale");
        QTest::addRow("opaque") << false << 1.0;
        QTest::addRow("with alpha, 2x") << true << 2.0;
    }
    void pngSequenceHoldsEveryFrameExactly()
    {
        QFETCH(bool, transparent);
        QFETCH(qreal, scale);
        const int frames = 5;
        const FunctionFrameSource source(frames,
                                         transparent ? Draw(drawTransparent) : Draw(drawDiagram));
        const AnimationOptions options =
            optionsFor(AnimationFormat::PngSequence, QStringLiteral("frames"), {24, 16}, scale);
        QString error;
        QVERIFY2(exportAnimation(source, options, &error), qPrintable(error));
        QCOMPARE(entriesOf(options.path),
                 QStringList({"frame_0000.png", "frame_0001.png", "frame_0002.png",
                              "frame_0003.png", "frame_0004.png"}));
        for (int i = 0; i < frames; ++i) {
            const QImage written(
                QDir(options.path)
                    .filePath(QStringLiteral("frame_%1.png").arg(i, 4, 10, QChar('0'))));
            const QImage expected = sourceFrame(source, i, options);
            QCOMPARE(written.hasAlphaChannel(), transparent);
            QCOMPARE(written.convertToFormat(QImage::Format_ARGB32),
                     expected.convertToFormat(QImage::Format_ARGB32));
        }
        QCOMPARE(entriesOf(m_dir->path()), QStringList({"frames"}));
    }

    void pngSequenceNamesSortInFrameOrder_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<int>("frames");
        QTest::addColumn<QString>("name");
        QTest::addRow("first") << 0 << 1 << "frame_0000.png";
        QTest::addRow("last of 10 000") << 9999 << 10000 << "frame_9999.png";
        QTest::addRow("first of 10 001") << 0 << 10001 << "frame_00000.png";
        QTest::addRow("last of 10 001") << 10000 << 10001 << "frame_10000.png";
    }
    void pngSequenceNamesSortInFrameOrder()
    {
        QFETCH(int, index);
        QFETCH(int, frames);
        QFETCH(QString, name);
        QCOMPARE(PngSequenceWriter::fileName(index, frames), name);
        // An earlier export, recognised as such, may be replaced by the next one.
        QVERIFY(PngSequenceWriter::fileNamePattern().match(name).hasMatch());
    }

    // ---- Progress, cancel, failure: nothing broken left behind ----

    void progressCountsEveryFrameOfEveryPass_data()
    {
        QTest::addColumn<AnimationFormat>("format");
        QTest::addColumn<int>("passes");
        QTest::addRow("gif") << AnimationFormat::Gif << 2; // palette, then encoding
        QTest::addRow("mp4") << AnimationFormat::Mp4 << 1;
        QTest::addRow("png") << AnimationFormat::PngSequence << 1;
    }
    void progressCountsEveryFrameOfEveryPass()
    {
        QFETCH(AnimationFormat, format);
        QFETCH(int, passes);
        const int frames = 4;
        const FunctionFrameSource source(frames, drawDiagram);
        QList<QPair<int, int>> calls;
        QString error;
        QVERIFY2(exportAnimation(source, optionsFor(format, QStringLiteral("progress")), &error,
                                 [&](int done, int total) {
                                     calls.append({done, total});
                                     return true;
                                 }),
                 qPrintable(error));
        QCOMPARE(calls.size(), passes * frames + 1);
        for (int i = 0; i < calls.size(); ++i)
            QCOMPARE(calls[i], qMakePair(i, passes * frames));
    }

    void cancellingLeavesNothing_data()
    {
        QTest::addColumn<AnimationFormat>("format");
        QTest::addColumn<int>("cancelAt");
        const int total[] = {2 * 6, 6, 6};
        const AnimationFormat formats[] = {AnimationFormat::Gif, AnimationFormat::Mp4,
                                           AnimationFormat::PngSequence};
        const char* names[] = {"gif", "mp4", "png"};
        for (int f = 0; f < 3; ++f)
            for (const int at : {0, 3, total[f] - 1, total[f]})
                QTest::addRow("%s at %d of %d", names[f], at, total[f]) << formats[f] << at;
    }
    void cancellingLeavesNothing()
    {
        QFETCH(AnimationFormat, format);
        QFETCH(int, cancelAt);
        std::atomic<int> drawn = 0;
        const FunctionFrameSource source(6, [&](int index, const QSize& size, qreal scale) {
            ++drawn;
            return drawDiagram(index, size, scale);
        });
        const AnimationOptions options = optionsFor(format, QStringLiteral("cancelled"));
        QString error;
        QVERIFY(!exportAnimation(source, options, &error,
                                 [&](int done, int) { return done < cancelAt; }));
        QVERIFY(error.contains(QStringLiteral("cancelled")));
        QCOMPARE(int(drawn), cancelAt);
        QVERIFY(!QFileInfo::exists(options.path));
        QCOMPARE(entriesOf(m_dir->path()), QStringList());
    }

    void anEarlierExportIsUntouchedByACancelOrAFailure_data()
    {
        QTest::addColumn<AnimationFormat>("format");
        QTest::addColumn<bool>("cancel");
        const AnimationFormat formats[] = {AnimationFormat::Gif, AnimationFormat::Mp4,
                                           AnimationFormat::PngSequence};
        const char* names[] = {"gif", "mp4", "png"};
        for (int f = 0; f < 3; ++f) {
            QTest::addRow("%s, cancelled", names[f]) << formats[f] << true;
            QTest::addRow("%s, failed", names[f]) << formats[f] << false;
        }
    }
    void anEarlierExportIsUntouchedByACancelOrAFailure()
    {
        QFETCH(AnimationFormat, format);
        QFETCH(bool, cancel);
        const AnimationOptions options = optionsFor(format, QStringLiteral("earlier"));
        makeEarlierExport(format, options.path);
        const QMap<QString, QByteArray> before = snapshot(options.path);
        const QStringList entriesBefore = entriesOf(m_dir->path());
        // Failure: frame 2 comes back at the wrong size.
        const FunctionFrameSource source(4, [](int index, const QSize& size, qreal scale) {
            return drawDiagram(index, index == 2 ? size / 2 : size, scale);
        });
        QString error;
        QVERIFY(!exportAnimation(source, options, &error,
                                 [&](int done, int) { return !cancel || done < 2; }));
        if (cancel)
            QVERIFY(error.contains(QStringLiteral("cancelled")));
        else
            QCOMPARE(error, QStringLiteral("Frame 2 is 20×12 pixels instead of 40×24."));
        QCOMPARE(snapshot(options.path), before);
        QCOMPARE(entriesOf(m_dir->path()), entriesBefore);
    }

    void aSuccessfulExportReplacesAnEarlierOne_data()
    {
        QTest::addColumn<AnimationFormat>("format");
        QTest::addRow("gif") << AnimationFormat::Gif;
        QTest::addRow("mp4") << AnimationFormat::Mp4;
        QTest::addRow("png") << AnimationFormat::PngSequence;
    }
    void aSuccessfulExportReplacesAnEarlierOne()
    {
        QFETCH(AnimationFormat, format);
        const AnimationOptions options = optionsFor(format, QStringLiteral("replaced"));
        makeEarlierExport(format, options.path); // five frames, for a PNG sequence
        const FunctionFrameSource source(3, drawDiagram);
        QString error;
        QVERIFY2(exportAnimation(source, options, &error), qPrintable(error));
        QCOMPARE(entriesOf(m_dir->path()), QStringList({fileNameFor(format, "replaced")}));
        if (format == AnimationFormat::PngSequence) {
            QCOMPARE(entriesOf(options.path),
                     QStringList({"frame_0000.png", "frame_0001.png", "frame_0002.png"}));
            QCOMPARE(QImage(QDir(options.path).filePath("frame_0002.png")),
                     sourceFrame(source, 2, options));
        } else {
            QVERIFY(readAll(options.path) != "an earlier export");
            QVERIFY(readAll(options.path).size() > 100);
        }
    }

    void aFolderHoldingOtherFilesIsRefusedBeforeAnyFrame()
    {
        const AnimationOptions options =
            optionsFor(AnimationFormat::PngSequence, QStringLiteral("notes"));
        QVERIFY(QDir().mkpath(options.path));
        writeAll(QDir(options.path).filePath("lecture.txt"), "do not delete");
        std::atomic<int> drawn = 0;
        const FunctionFrameSource source(3, [&](int index, const QSize& size, qreal scale) {
            ++drawn;
            return drawDiagram(index, size, scale);
        });
        QString error;
        QVERIFY(!exportAnimation(source, options, &error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(options.path)), qPrintable(error));
        QVERIFY(error.contains(QStringLiteral("not frames")));
        QCOMPARE(int(drawn), 0);
        QCOMPARE(entriesOf(options.path), QStringList({"lecture.txt"}));
        QCOMPARE(readAll(QDir(options.path).filePath("lecture.txt")), QByteArray("do not delete"));
        QCOMPARE(entriesOf(m_dir->path()), QStringList({"notes"}));
    }

    void aTargetOfTheWrongKindIsRefused()
    {
        const FunctionFrameSource source(2, drawDiagram);
        AnimationOptions gif = optionsFor(AnimationFormat::Gif, QStringLiteral("folder"));
        QVERIFY(QDir().mkpath(gif.path)); // a folder named folder.gif
        QString error;
        QVERIFY(!exportAnimation(source, gif, &error));
        QCOMPARE(error, QStringLiteral("Cannot write “%1”: it is a folder.")
                            .arg(QDir::toNativeSeparators(gif.path)));

        const AnimationOptions png =
            optionsFor(AnimationFormat::PngSequence, QStringLiteral("file"));
        writeAll(png.path, "a file");
        QVERIFY(!exportAnimation(source, png, &error));
        QCOMPARE(error, QStringLiteral("Cannot write “%1”: it is a file, not a folder.")
                            .arg(QDir::toNativeSeparators(png.path)));
        QCOMPARE(entriesOf(m_dir->path()), QStringList({"file", "folder.gif"}));
    }

    void anUnwritableFolderFailsNamingThePath_data()
    {
        QTest::addColumn<AnimationFormat>("format");
        QTest::addColumn<bool>("missingFolder");
        const AnimationFormat formats[] = {AnimationFormat::Gif, AnimationFormat::Mp4,
                                           AnimationFormat::PngSequence};
        const char* names[] = {"gif", "mp4", "png"};
        for (int f = 0; f < 3; ++f) {
            QTest::addRow("%s, read-only folder", names[f]) << formats[f] << false;
            QTest::addRow("%s, missing folder", names[f]) << formats[f] << true;
        }
    }
    void anUnwritableFolderFailsNamingThePath()
    {
        QFETCH(AnimationFormat, format);
        QFETCH(bool, missingFolder);
        QString folder = m_dir->filePath(QStringLiteral("absent"));
        if (!missingFolder) {
            folder = m_dir->filePath(QStringLiteral("read-only"));
            QVERIFY(QDir().mkpath(folder));
            QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
            // root writes anywhere in a normal folder; sysfs refuses new files even to root.
            if (::geteuid() == 0)
                folder = QStringLiteral("/sys");
        }
        if (!QFileInfo(folder).isDir() && !missingFolder)
            QSKIP("no read-only folder available here");
        AnimationOptions options = optionsFor(format, QStringLiteral("x"));
        options.path = QDir(folder).filePath(fileNameFor(format, "convlab-export-test"));
        const QStringList before = entriesOf(folder);
        const FunctionFrameSource source(3, drawDiagram);
        QString error;
        QVERIFY(!exportAnimation(source, options, &error));
        const QString expected =
            QStringLiteral("Cannot write “%1”: ").arg(QDir::toNativeSeparators(options.path));
        QVERIFY2(error.startsWith(expected) && error.size() > expected.size() + 3,
                 qPrintable(error));
        QVERIFY(!QFileInfo::exists(options.path));
        QCOMPARE(entriesOf(folder), before);
    }

    void badOptionsAreRefusedNamingTheValue_data()
    {
        QTest::addColumn<AnimationFormat>("format");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<qreal>("scale");
        QTest::addColumn<int>("fps");
        QTest::addColumn<QString>("named");
        QTest::addRow("fps 0") << AnimationFormat::Mp4 << QSize(8, 8) << 1.0 << 0 << "rate 0";
        QTest::addRow("gif at 51 fps")
            << AnimationFormat::Gif << QSize(8, 8) << 1.0 << 51 << "rate 51";
        QTest::addRow("mp4 at 61 fps")
            << AnimationFormat::Mp4 << QSize(8, 8) << 1.0 << 61 << "rate 61";
        QTest::addRow("empty size") << AnimationFormat::Gif << QSize(0, 8) << 1.0 << 10 << "0×8";
        QTest::addRow("scale 0") << AnimationFormat::Gif << QSize(8, 8) << 0.0 << 10 << "Scale 0";
        QTest::addRow("scale 16") << AnimationFormat::Gif << QSize(8, 8) << 16.0 << 10
                                  << "Scale 16";
        QTest::addRow("too large")
            << AnimationFormat::PngSequence << QSize(3000, 100) << 4.0 << 10 << "12000×400";
    }
    void badOptionsAreRefusedNamingTheValue()
    {
        QFETCH(AnimationFormat, format);
        QFETCH(QSize, size);
        QFETCH(qreal, scale);
        QFETCH(int, fps);
        QFETCH(QString, named);
        std::atomic<int> drawn = 0;
        const FunctionFrameSource source(2, [&](int index, const QSize& s, qreal f) {
            ++drawn;
            return drawDiagram(index, s, f);
        });
        QString error;
        QVERIFY(!exportAnimation(source, optionsFor(format, "bad", size, scale, fps), &error));
        QVERIFY2(error.contains(named), qPrintable(error));
        QCOMPARE(int(drawn), 0);
        QCOMPARE(entriesOf(m_dir->path()), QStringList());
    }

    void anAnimationWithoutFramesIsRefused()
    {
        const FunctionFrameSource source(0, drawDiagram);
        QString error;
        QVERIFY(!exportAnimation(source, optionsFor(AnimationFormat::Gif, "none"), &error));
        QCOMPARE(error, QStringLiteral("The animation has no frame to export."));
        QCOMPARE(entriesOf(m_dir->path()), QStringList());
    }

    void aFrameThatCannotBeDrawnFailsWithItsReason()
    {
        const FunctionFrameSource source(4, [](int index, const QSize& size, qreal scale) {
            if (index == 3)
                throw std::runtime_error("kernel 7 (dilated 13) is larger than padded input 9");
            return drawDiagram(index, size, scale);
        });
        QString error;
        QVERIFY(!exportAnimation(source, optionsFor(AnimationFormat::Mp4, "throws"), &error));
        QCOMPARE(error, QStringLiteral("Frame 3 could not be drawn: kernel 7 (dilated 13) is "
                                       "larger than padded input 9"));
        QCOMPARE(entriesOf(m_dir->path()), QStringList());
    }

    void theFormatFollowsTheSuffix_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<AnimationFormat>("format");
        QTest::addRow("gif") << "slides/step.gif" << AnimationFormat::Gif;
        QTest::addRow("GIF") << "STEP.GIF" << AnimationFormat::Gif;
        QTest::addRow("mp4") << "/tmp/tconv.mp4" << AnimationFormat::Mp4;
        QTest::addRow("folder") << "frames" << AnimationFormat::PngSequence;
        QTest::addRow("dotted folder") << "frames.v2" << AnimationFormat::PngSequence;
    }
    void theFormatFollowsTheSuffix()
    {
        QFETCH(QString, path);
        QFETCH(AnimationFormat, format);
        QCOMPARE(AnimationOptions::formatForPath(path), format);
    }
};

QTEST_MAIN(TestAnimationExport)
#include "tst_animationexport.moc"
