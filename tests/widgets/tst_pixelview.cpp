// SPDX-License-Identifier: MIT
// The values written in a zoomed-in grid fit their cells: a long one (1.3×10⁻⁴ among 0.00s)
// makes them all smaller, or, below a readable size, none is written rather than clipped.
#include "format/CellValue.h"
#include "views/PixelView.h"

#include <QFontMetrics>
#include <QTest>
#include <opencv2/core.hpp>

using namespace convlab;

namespace {

// A grid of float values, grey, written with formatCellValue as every view writes them.
class ValueGrid final : public PixelView {
  public:
    explicit ValueGrid(const cv::Mat& values) : m_values(values)
    {
        QImage image(values.cols, values.rows, QImage::Format_RGB32);
        image.fill(QColor(230, 230, 230));
        setRendered(image);
    }

  protected:
    QString cellText(int row, int col) const override
    {
        return formatCellValue(m_values.at<float>(row, col));
    }

  private:
    cv::Mat m_values;
};

cv::Mat filled(int size, float value, float odd)
{
    cv::Mat values(size, size, CV_32F, cv::Scalar(value));
    values.at<float>(size / 2, size / 2) = odd;
    return values;
}

int widestAdvance(const QFont& font, const cv::Mat& values)
{
    const QFontMetrics metrics(font);
    int widest = 0;
    for (int r = 0; r < values.rows; ++r)
        for (int c = 0; c < values.cols; ++c)
            widest = std::max(widest,
                              metrics.horizontalAdvance(formatCellValue(values.at<float>(r, c))));
    return widest;
}

} // namespace

class TestPixelView : public QObject {
    Q_OBJECT

  private slots:
    // 5 × 5 cells of 64 pixels, as the weights' gradient of "Back to pixels": -1.3×10⁻⁴ among
    // 0.25s is written, in a smaller font than the 0.25s alone, and fits its cell.
    void aLongValueMakesEveryValueSmaller()
    {
        const cv::Mat shortOnes = filled(5, 0.25F, -0.5F);
        const cv::Mat withLong = filled(5, 0.25F, -1.3e-4F);
        ValueGrid plain(shortOnes);
        ValueGrid mixed(withLong);
        for (ValueGrid* view : {&plain, &mixed}) {
            view->resize(320, 320);
            view->show();
            QVERIFY(QTest::qWaitForWindowExposed(view));
        }
        QCOMPARE(mixed.zoom(), plain.zoom());
        const std::optional<QFont> plainFont = plain.cellValueFont();
        const std::optional<QFont> mixedFont = mixed.cellValueFont();
        QVERIFY(plainFont && mixedFont);
        QVERIFY(mixedFont->pixelSize() < plainFont->pixelSize());
        QVERIFY2(widestAdvance(*mixedFont, withLong) <= mixed.zoom() - 4,
                 qPrintable(QString::number(widestAdvance(*mixedFont, withLong))));
        QVERIFY(widestAdvance(*plainFont, shortOnes) <= plain.zoom() - 4);
    }

    // 10 × 10 cells of 32 pixels, as the input gradient of "Back to pixels": 0.00s are written,
    // but with a 1.3×10⁻⁴ among them no value is, none fitting at a readable size.
    void valuesThatCannotFitAreNotWritten()
    {
        ValueGrid shortOnes(filled(10, 0.01F, -0.02F));
        ValueGrid withLong(filled(10, 0.01F, -1.3e-4F));
        for (ValueGrid* view : {&shortOnes, &withLong}) {
            view->resize(320, 320);
            view->show();
            QVERIFY(QTest::qWaitForWindowExposed(view));
            QVERIFY(view->valuesVisible()); // as large as "-0.00" needs
        }
        QVERIFY(shortOnes.cellValueFont().has_value());
        QVERIFY(!withLong.cellValueFont().has_value());
    }
};

QTEST_MAIN(TestPixelView)
#include "tst_pixelview.moc"
