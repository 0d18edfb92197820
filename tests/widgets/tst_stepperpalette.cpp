// SPDX-License-Identifier: MIT
// The step-through canvas follows the theme: dark background and empty cells with legible
// numbers under the dark palette, the same light figure as before under the light one.
#include "Contrast.h"
#include "stepper/StepperCanvas.h"
#include "stepper/StepperModel.h"
#include "stepper/StepperPage.h"
#include "theme/Theme.h"

#include <QApplication>
#include <QTest>
#include <algorithm>
#include <vector>

using namespace convlab;

namespace {

using test::contrastRatio;

QColor pixelAt(const QImage& image, QPointF at)
{
    return image.pixelColor(at.toPoint());
}

// The cell's fill, read near its top-left corner (inside the border, away from the number).
QColor fillOf(const QImage& image, const QRectF& cell)
{
    return pixelAt(image, cell.topLeft() + QPointF(cell.width() * 0.18, cell.height() * 0.18));
}

// How well the cell's number stands out: the strongest contrast between a pixel of its middle
// band and its fill. The number's strokes are several pixels wide, so the full text colour is
// reached there.
double numberContrast(const QImage& image, const QRectF& cell)
{
    const QColor fill = fillOf(image, cell);
    double best = 1.0;
    const QRect band = QRectF(cell.x() + cell.width() * 0.25, cell.y() + cell.height() * 0.3,
                              cell.width() * 0.5, cell.height() * 0.4)
                           .toRect();
    for (int y = band.top(); y <= band.bottom(); ++y)
        for (int x = band.left(); x <= band.right(); ++x)
            best = std::max(best, contrastRatio(image.pixelColor(x, y), fill));
    return best;
}

struct Grab {
    QImage image;
    QColor background, emptyOutput, padding;
    double inputNumber = 0, currentNumber = 0, windowNumber = 0;
};

// The default example at step 0: the window over the top-left cells, output (0, 0) current,
// every other output cell not yet reached.
Grab grabIn(const QString& theme)
{
    Theme::apply(theme);
    StepperPage page;
    page.resize(1000, 700);
    page.show();
    StepperCanvas* canvas = page.canvas();
    canvas->resize(900, 520);
    QCoreApplication::processEvents();
    const StepperModel* model = page.model();
    const Pair out = model->outputSize();
    const cv::Mat& roles = model->grid().roles;
    const std::vector<Tap>& taps = model->step().taps;
    const auto underWindow = [&taps](int r, int c) {
        return std::any_of(taps.begin(), taps.end(),
                           [&](const Tap& t) { return t.row == r && t.col == c; });
    };
    // An input cell outside the window, one under it, and a padding cell outside it.
    QPoint inputCell(-1, -1), windowCell(-1, -1), paddingCell(-1, -1);
    for (int r = 0; r < roles.rows; ++r)
        for (int c = 0; c < roles.cols; ++c) {
            const auto role = static_cast<CellRole>(roles.at<uchar>(r, c));
            if (role == CellRole::Input)
                (underWindow(r, c) ? windowCell : inputCell) = {c, r};
            else if (role == CellRole::Padding && !underWindow(r, c))
                paddingCell = {c, r};
        }
    if (inputCell.x() < 0 || windowCell.x() < 0 || paddingCell.x() < 0)
        qFatal("the default example lacks an input cell outside or under the window, or padding");
    Grab grab;
    grab.image =
        canvas->grab().toImage().scaled(canvas->size()).convertToFormat(QImage::Format_RGB32);
    grab.background = pixelAt(grab.image, QPointF(3, 3));
    grab.emptyOutput = fillOf(grab.image, canvas->outputCellRect(out.rows - 1, out.cols - 1));
    grab.padding = fillOf(grab.image, canvas->gridCellRect(paddingCell.y(), paddingCell.x()));
    grab.inputNumber =
        numberContrast(grab.image, canvas->gridCellRect(inputCell.y(), inputCell.x()));
    grab.currentNumber = numberContrast(grab.image, canvas->outputCellRect(0, 0));
    grab.windowNumber =
        numberContrast(grab.image, canvas->gridCellRect(windowCell.y(), windowCell.x()));
    return grab;
}

} // namespace

class TestStepperPalette : public QObject {
    Q_OBJECT
  private slots:
    void cleanup() { Theme::apply(QStringLiteral("light")); }

    void darkThemeMakesADarkFigureWithLegibleNumbers()
    {
        const Grab dark = grabIn(QStringLiteral("dark"));
        QVERIFY2(dark.background.lightness() < 60, qPrintable(dark.background.name()));
        QVERIFY2(dark.emptyOutput.lightness() < 60, qPrintable(dark.emptyOutput.name()));
        QVERIFY2(dark.padding.lightness() < 70, qPrintable(dark.padding.name()));
        QVERIFY2(dark.inputNumber >= 4.5, qPrintable(QString::number(dark.inputNumber)));
        QVERIFY2(dark.currentNumber >= 4.5, qPrintable(QString::number(dark.currentNumber)));
        QVERIFY2(dark.windowNumber >= 3.0, qPrintable(QString::number(dark.windowNumber)));
    }

    void lightThemeKeepsTheLightFigure()
    {
        const Grab light = grabIn(QStringLiteral("light"));
        QVERIFY2(light.background.lightness() > 240, qPrintable(light.background.name()));
        QVERIFY2(light.emptyOutput.lightness() > 240, qPrintable(light.emptyOutput.name()));
        QVERIFY2(light.padding.lightness() > 225, qPrintable(light.padding.name()));
        QVERIFY2(light.inputNumber >= 4.5, qPrintable(QString::number(light.inputNumber)));
        QVERIFY2(light.currentNumber >= 4.5, qPrintable(QString::number(light.currentNumber)));
        QVERIFY2(light.windowNumber >= 3.0, qPrintable(QString::number(light.windowNumber)));
    }

    void switchingThemeRepaintsTheSameCanvas()
    {
        Theme::apply(QStringLiteral("light"));
        StepperPage page;
        page.show();
        page.canvas()->resize(900, 520);
        QCoreApplication::processEvents();
        const QColor before = page.canvas()->grab().toImage().pixelColor(3, 3);
        Theme::apply(QStringLiteral("dark"));
        QCoreApplication::processEvents();
        const QColor after = page.canvas()->grab().toImage().pixelColor(3, 3);
        QVERIFY2(before.lightness() > 240 && after.lightness() < 60,
                 qPrintable(before.name() + QLatin1Char(' ') + after.name()));
    }
};

QTEST_MAIN(TestStepperPalette)
#include "tst_stepperpalette.moc"
