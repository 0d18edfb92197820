// SPDX-License-Identifier: MIT
#include "samples/SampleGallery.h"

#include "image/ImageConversion.h"
#include "io/ArrayIO.h"

#include <QFile>
#include <QFont>
#include <QFontMetrics>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QRadialGradient>
#include <cmath>
#include <random>

namespace convlab {

namespace {

QImage blankCanvas(int width, int height, QColor fill = Qt::black)
{
    QImage canvas(width, height, QImage::Format_Grayscale8);
    canvas.fill(fill);
    return canvas;
}

cv::Mat cut(const cv::Mat& image, const QRect& rect)
{
    return image(cv::Rect(rect.x(), rect.y(), rect.width(), rect.height())).clone();
}

// A cross and a square, white on black: the lecture's "simple shape".
SampleGallery::Sample simpleShape()
{
    QImage canvas = blankCanvas(64, 48);
    QPainter painter(&canvas);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::white);
    painter.drawRect(12, 18, 9, 3); // cross centred on (19, 16)
    painter.drawRect(15, 15, 3, 9);
    painter.drawRect(40, 14, 10, 10);
    painter.end();
    SampleGallery::Sample sample;
    sample.image = toGrayFloat(canvas);
    sample.patchSource = QRect(11, 14, 11, 11);
    sample.patch = cut(sample.image, sample.patchSource);
    return sample;
}

// Digits white on black as MNIST draws them, jittered so the 2s are alike but not identical.
SampleGallery::Sample renderedDigits()
{
    constexpr int kCols = 10, kRows = 6, kCellW = 32, kCellH = 40;
    const QString digits = QStringLiteral("3141592653589793238462643383279502884197"
                                          "16939937510582097494");
    QImage canvas = blankCanvas(kCols * kCellW, kRows * kCellH);
    QPainter painter(&canvas);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setPen(Qt::white);
    std::mt19937 rng(2);
    std::uniform_int_distribution<int> jitter(-3, 3);
    std::uniform_int_distribution<int> size(26, 28);
    QRect firstTwo;
    for (int i = 0; i < kRows * kCols; ++i) {
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPixelSize(size(rng));
        painter.setFont(font);
        const QString digit = digits.mid(i, 1);
        const QFontMetrics metrics(font);
        const QRect glyph = metrics.tightBoundingRect(digit);
        const QPoint cellOrigin((i % kCols) * kCellW, (i / kCols) * kCellH);
        const QPoint baseline =
            cellOrigin + QPoint((kCellW - glyph.width()) / 2 - glyph.left() + jitter(rng),
                                (kCellH - glyph.height()) / 2 - glyph.top() + jitter(rng));
        painter.drawText(baseline, digit);
        if (digit == QLatin1String("2") && firstTwo.isNull())
            firstTwo = glyph.translated(baseline).adjusted(-2, -2, 2, 2);
    }
    painter.end();
    SampleGallery::Sample sample;
    sample.image = toGrayFloat(canvas);
    sample.patchSource = firstTwo.intersected(canvas.rect());
    sample.patch = cut(sample.image, sample.patchSource);
    return sample;
}

// Procedural landscape: sky gradient, a sun, hills, trees and a grain, enough structure for
// edges, blur and the pull of bright areas on raw correlation to be seen.
SampleGallery::Sample photograph()
{
    constexpr int kWidth = 320, kHeight = 240;
    QImage canvas(kWidth, kHeight, QImage::Format_RGB32);
    QPainter painter(&canvas);
    painter.setRenderHint(QPainter::Antialiasing);
    QLinearGradient sky(0, 0, 0, kHeight);
    sky.setColorAt(0, QColor(70, 110, 170));
    sky.setColorAt(0.6, QColor(200, 210, 225));
    painter.fillRect(canvas.rect(), sky);
    QRadialGradient sun(QPointF(236, 58), 22);
    sun.setColorAt(0, QColor(255, 250, 230));
    sun.setColorAt(0.8, QColor(255, 235, 180));
    sun.setColorAt(1, QColor(255, 235, 180, 0));
    painter.setPen(Qt::NoPen);
    painter.setBrush(sun);
    painter.drawEllipse(QPointF(236, 58), 22, 22);
    const auto hill = [&](double base, double amplitude, double period, double phase, QColor c) {
        QPainterPath path(QPointF(0, kHeight));
        for (int x = 0; x <= kWidth; x += 4)
            path.lineTo(x, base - amplitude * std::sin(x / period + phase));
        path.lineTo(kWidth, kHeight);
        path.closeSubpath();
        painter.fillPath(path, c);
    };
    hill(150, 22, 41, 0.5, QColor(90, 110, 90));
    hill(185, 14, 23, 2.0, QColor(50, 80, 45));
    std::mt19937 rng(7);
    std::uniform_real_distribution<double> unit(0, 1);
    for (int i = 0; i < 9; ++i) {
        const double x = 15 + 33 * i + 8 * unit(rng), ground = 200 + 10 * unit(rng);
        const double height = 24 + 18 * unit(rng);
        painter.fillRect(QRectF(x - 1.5, ground - height * 0.4, 3, height * 0.4),
                         QColor(60, 40, 30));
        painter.setBrush(QColor(25, 55 + int(30 * unit(rng)), 30));
        painter.drawEllipse(QPointF(x, ground - height * 0.6), height * 0.22, height * 0.4);
    }
    painter.end();
    cv::Mat image = toGrayFloat(canvas);
    cv::Mat grain(image.size(), CV_32F);
    cv::RNG noise(11);
    noise.fill(grain, cv::RNG::NORMAL, 0.0, 0.02);
    image += grain;
    cv::min(cv::max(image, 0.0), 1.0, image);
    SampleGallery::Sample sample;
    sample.image = image;
    sample.patchSource = QRect(212, 34, 48, 48); // the sun and the sky around it
    sample.patch = cut(sample.image, sample.patchSource);
    return sample;
}

cv::Mat matrixOf(std::initializer_list<std::initializer_list<float>> rows)
{
    cv::Mat m(static_cast<int>(rows.size()), static_cast<int>(rows.begin()->size()), CV_32F);
    int r = 0;
    for (const auto& row : rows) {
        int c = 0;
        for (float v : row)
            m.at<float>(r, c++) = v;
        ++r;
    }
    return m;
}

// The classic 5×5 binary image and 3×3 kernel, whose result [[4 3 4] [2 4 3] [2 3 4]] can be
// checked by hand.
SampleGallery::Sample grid5()
{
    SampleGallery::Sample sample;
    sample.image = matrixOf(
        {{1, 1, 1, 0, 0}, {0, 1, 1, 1, 0}, {0, 0, 1, 1, 1}, {0, 0, 1, 1, 0}, {0, 1, 1, 0, 0}});
    sample.patch = matrixOf({{1, 0, 1}, {0, 1, 0}, {1, 0, 1}});
    return sample;
}

// Small integers with the kernel of Dumoulin & Visin's figures, stride 2: 7, 3, s 2 -> 3.
SampleGallery::Sample grid7()
{
    SampleGallery::Sample sample;
    sample.image = cv::Mat(7, 7, CV_32F);
    for (int r = 0; r < 7; ++r)
        for (int c = 0; c < 7; ++c)
            sample.image.at<float>(r, c) = static_cast<float>((3 * r + 2 * c + r * c) % 4);
    sample.patch = matrixOf({{0, 1, 2}, {2, 2, 0}, {0, 1, 2}});
    return sample;
}

// OpenCV's sheet of 5,000 handwritten digits (resources/data/digits.png: 50 rows of 100, each
// 20×20; each class from 0 to 9 fills five rows), in [0, 1], as the learned filters' network
// reads them; the patch is its first 2. Decoded once: it is compiled in.
SampleGallery::Sample handwrittenDigits()
{
    static const cv::Mat sheet = [] {
        QFile file(QStringLiteral(":/convlab/data/digits.png"));
        file.open(QIODevice::ReadOnly);
        const QByteArray bytes = file.readAll();
        return decodeImage({reinterpret_cast<const std::uint8_t*>(bytes.constData()),
                            static_cast<std::size_t>(bytes.size())},
                           "digits.png");
    }();
    SampleGallery::Sample sample;
    sample.image = sheet.clone();
    sample.patchSource = QRect(0, 200, 20, 20);
    sample.patch = cut(sample.image, sample.patchSource);
    return sample;
}

} // namespace

QList<SampleGallery::Id> SampleGallery::all()
{
    return {Id::SimpleShape, Id::RenderedDigits, Id::Photograph,
            Id::Grid5,       Id::Grid7,          Id::HandwrittenDigits};
}

QString SampleGallery::key(Id id)
{
    switch (id) {
    case Id::SimpleShape:
        return QStringLiteral("shape");
    case Id::RenderedDigits:
        return QStringLiteral("digits");
    case Id::Photograph:
        return QStringLiteral("photo");
    case Id::Grid5:
        return QStringLiteral("grid5");
    case Id::Grid7:
        return QStringLiteral("grid7");
    case Id::HandwrittenDigits:
        return QStringLiteral("handwritten");
    }
    return {};
}

QString SampleGallery::name(Id id)
{
    switch (id) {
    case Id::SimpleShape:
        return tr("Simple shape");
    case Id::RenderedDigits:
        return tr("Digits (rendered)");
    case Id::Photograph:
        return tr("Photograph-like landscape");
    case Id::Grid5:
        return tr("5×5 grid");
    case Id::Grid7:
        return tr("7×7 grid");
    case Id::HandwrittenDigits:
        return tr("Handwritten digits");
    }
    return {};
}

SampleGallery::Sample SampleGallery::make(Id id)
{
    Sample sample;
    Parameters parameters;
    switch (id) {
    case Id::SimpleShape:
        sample = simpleShape();
        sample.description = tr("A cross and a square on black; the patch is the cross.");
        break;
    case Id::RenderedDigits:
        sample = renderedDigits();
        sample.description =
            tr("A sheet of digits rendered with a font; the patch is the first 2 on it.");
        // Every 2 of the sheet scores above 0.8, every other digit below 0.6.
        parameters.peaks.topK = 10;
        parameters.peaks.minDistance = 8;
        parameters.peaks.useThreshold = true;
        parameters.peaks.threshold = 0.7f;
        break;
    case Id::Photograph:
        sample = photograph();
        sample.description = tr("A generated landscape; the patch is the sun.");
        break;
    case Id::Grid5:
        sample = grid5();
        sample.description = tr("Small integers to check a cross-correlation by hand.");
        parameters.operation = Parameters::Operation::CrossCorrelation;
        break;
    case Id::Grid7:
        sample = grid7();
        sample.description = tr("A 7×7 grid and a 3×3 kernel with stride 2.");
        parameters.operation = Parameters::Operation::CrossCorrelation;
        parameters.conv.stride = {2, 2};
        break;
    case Id::HandwrittenDigits:
        sample = handwrittenDigits();
        sample.description = tr("OpenCV's 5,000 handwritten digits, 20×20 each, the learned "
                                "filters' training set; the patch is the first 2.");
        break;
    }
    sample.id = id;
    sample.name = name(id);
    sample.parameters = parameters;
    return sample;
}

DocumentState SampleGallery::stateFor(Id id)
{
    const Sample sample = make(id);
    DocumentState state;
    state.image = sample.image;
    state.patch = sample.patch;
    state.parameters = sample.parameters;
    if (id == Id::Grid5 || id == Id::Grid7)
        state.view.colormap = Colormap::Gray;
    return state;
}

} // namespace convlab
