// SPDX-License-Identifier: MIT
#pragma once

#include <QPointF>
#include <QWidget>
#include <opencv2/core.hpp>

namespace convlab {

// A square pad to write a digit on with the mouse: white ink on black, as the digits of the
// sheet are, on a 200×200 canvas that prepareDigit (what `convlab predict` does to an image)
// crops, scales and centres into the network's 20×20. A digit of the sheet can be shown
// instead (it is then the 20×20 image itself, taken as it is); a stroke then starts a new
// drawing. Right-click or clear() empties it.
class DigitPad final : public QWidget {
    Q_OBJECT
  public:
    static constexpr int kSide = 200;

    explicit DigitPad(QWidget* parent = nullptr);

    // What is on the pad: kSide × kSide while drawn, 20×20 after setDigit; CV_32FC1 in [0, 1].
    const cv::Mat& image() const { return m_image; }
    bool isBlank() const;
    void setDigit(const cv::Mat& digit);
    void clear();
    // The pen's width in pad pixels (the sheet's strokes are about 2 of their 20 pixels).
    static constexpr double kPenWidth = 18;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width; }

  signals:
    void changed(); // every mouse move of a stroke, and setDigit / clear

  protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

  private:
    QRect padRect() const;
    QPointF toPad(const QPointF& position) const;
    void strokeTo(const QPointF& padPoint);

    cv::Mat m_image;
    bool m_drawing = false;
    QPointF m_last;
};

} // namespace convlab
