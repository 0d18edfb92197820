// SPDX-License-Identifier: MIT
// convlab_quant_bench: ConvLab's GIF palette (ColorHistogram + GifPalette, a variance-minimising
// median cut without dithering) against libimagequant (Debian's libimagequant-dev, dithering
// off as well) on the frames of real ConvLab animations: one palette of at most 255 colours
// for all the frames of an animation, as a GIF's global colour table, then every pixel mapped
// to it. Prints the time of palette + mapping and the error of the mapped frames.
// Usage: convlab_quant_bench FOLDER... (each a folder of PNG frames, e.g. `convlab animate
// LESSON -o FOLDER`). See README, "GIF palettes".
#include "export/ColorHistogram.h"
#include "export/GifPalette.h"

#include <QDir>
#include <QImage>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <libimagequant.h>
#include <memory>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

// libimagequant's objects, each freed by its own function.
template <auto destroy> struct Free {
    template <typename T> void operator()(T* object) const { destroy(object); }
};
using Attr = std::unique_ptr<liq_attr, Free<liq_attr_destroy>>;
using Histogram = std::unique_ptr<liq_histogram, Free<liq_histogram_destroy>>;
using Image = std::unique_ptr<liq_image, Free<liq_image_destroy>>;
using Result = std::unique_ptr<liq_result, Free<liq_result_destroy>>;

struct Frames {
    std::vector<QImage> rgb32; // as ConvLab's encoder takes them
    std::vector<QImage> rgba;  // as libimagequant takes them (same pixels)
};

// The mapped frames' error against the originals.
struct Score {
    double seconds = 0;
    int colors = 0;
    double squaredError = 0; // per channel, summed
    int worst = 0;           // the largest channel difference
    std::int64_t samples = 0;

    double psnr() const { return 10 * std::log10(255.0 * 255.0 * samples / squaredError); }
};

Frames load(const QString& folder)
{
    Frames frames;
    const QDir dir(folder);
    for (const QString& name : dir.entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name)) {
        const QImage image(dir.filePath(name));
        frames.rgb32.push_back(image.convertToFormat(QImage::Format_RGB32));
        frames.rgba.push_back(frames.rgb32.back().convertToFormat(QImage::Format_RGBA8888));
    }
    return frames;
}

void accumulate(Score& score, const QImage& frame, const std::vector<std::uint8_t>& indices,
                const std::vector<QRgb>& palette)
{
    for (int y = 0; y < frame.height(); ++y) {
        const auto* row = reinterpret_cast<const QRgb*>(frame.constScanLine(y));
        for (int x = 0; x < frame.width(); ++x) {
            const QRgb original = row[x];
            const QRgb mapped = palette[indices[static_cast<std::size_t>(y * frame.width() + x)]];
            for (const int d : {qRed(original) - qRed(mapped), qGreen(original) - qGreen(mapped),
                                qBlue(original) - qBlue(mapped)}) {
                score.squaredError += double(d) * d;
                score.worst = std::max(score.worst, std::abs(d));
            }
            score.samples += 3;
        }
    }
}

Score convlabPalette(const Frames& frames)
{
    const auto start = Clock::now();
    convlab::ColorHistogram histogram(convlab::GifPalette::kMaxColors);
    for (const QImage& frame : frames.rgb32)
        histogram.add(frame);
    const auto palette = convlab::GifPalette::fromHistogram(histogram);
    std::vector<std::vector<std::uint8_t>> mapped;
    for (const QImage& frame : frames.rgb32) {
        mapped.emplace_back(static_cast<std::size_t>(frame.width() * frame.height()));
        palette.indexFrame(frame, mapped.back().data());
    }
    Score score;
    score.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    score.colors = static_cast<int>(palette.colors().size());
    for (std::size_t i = 0; i < frames.rgb32.size(); ++i)
        accumulate(score, frames.rgb32[i], mapped[i], palette.colors());
    return score;
}

// speed: libimagequant's 1 (best) to 10 (fastest); its default is 4.
Score imagequantPalette(const Frames& frames, int speed)
{
    const auto start = Clock::now();
    const Attr attr(liq_attr_create());
    liq_set_max_colors(attr.get(), convlab::GifPalette::kMaxColors);
    liq_set_speed(attr.get(), speed);
    const Histogram histogram(liq_histogram_create(attr.get()));
    const auto image = [&](const QImage& frame) {
        return Image(
            liq_image_create_rgba(attr.get(), frame.constBits(), frame.width(), frame.height(), 0));
    };
    for (const QImage& frame : frames.rgba)
        liq_histogram_add_image(histogram.get(), attr.get(), image(frame).get());
    liq_result* raw = nullptr;
    if (liq_histogram_quantize(histogram.get(), attr.get(), &raw) != LIQ_OK)
        return {};
    const Result result(raw);
    liq_set_dithering_level(result.get(), 0); // as ConvLab: flat diagrams, no dithering
    std::vector<std::vector<std::uint8_t>> mapped;
    for (const QImage& frame : frames.rgba) {
        mapped.emplace_back(static_cast<std::size_t>(frame.width() * frame.height()));
        liq_write_remapped_image(result.get(), image(frame).get(), mapped.back().data(),
                                 mapped.back().size());
    }
    const liq_palette* palette = liq_get_palette(result.get());
    Score score;
    score.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    score.colors = static_cast<int>(palette->count);
    std::vector<QRgb> colors;
    for (unsigned i = 0; i < palette->count; ++i)
        colors.push_back(qRgb(palette->entries[i].r, palette->entries[i].g, palette->entries[i].b));
    for (std::size_t i = 0; i < frames.rgb32.size(); ++i)
        accumulate(score, frames.rgb32[i], mapped[i], colors);
    return score;
}

void report(const char* name, const Score& score)
{
    std::printf("  %-13s %7.1f ms  %3d colours  PSNR %s dB  worst channel error %d\n", name,
                score.seconds * 1000, score.colors,
                score.squaredError == 0 ? "  inf"
                                        : QByteArray::number(score.psnr(), 'f', 1).constData(),
                score.worst);
}

} // namespace

int main(int argc, char* argv[])
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: convlab_quant_bench FOLDER_OF_PNG_FRAMES...\n");
        return 2;
    }
    for (int i = 1; i < argc; ++i) {
        const Frames frames = load(QString::fromLocal8Bit(argv[i]));
        if (frames.rgb32.empty()) {
            std::fprintf(stderr, "%s: no PNG frames\n", argv[i]);
            return 1;
        }
        std::printf("%s: %zu frames of %d×%d\n", argv[i], frames.rgb32.size(),
                    frames.rgb32.front().width(), frames.rgb32.front().height());
        report("ConvLab", convlabPalette(frames));
        report("liq speed 4", imagequantPalette(frames, 4));
        report("liq speed 10", imagequantPalette(frames, 10));
    }
    return 0;
}
