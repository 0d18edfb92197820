// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QString>
#include <QWidget>
#include <vector>

namespace convlab {

// Checkerboard energy per epoch, one line per decoder, on a logarithmic scale (it spans
// decades), with a dashed line at a reference (the digits' own energy). Points ≤ 0 are left out.
class EnergyCurve final : public QWidget {
    Q_OBJECT
  public:
    explicit EnergyCurve(QWidget* parent = nullptr);

    struct Series {
        QString name;
        QColor color;
        std::vector<double> values; // one per epoch, from epoch 0
    };
    void setSeries(std::vector<Series> series, double reference, const QString& referenceName,
                   int epochs);
    const std::vector<Series>& series() const { return m_series; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

  protected:
    void paintEvent(QPaintEvent* event) override;

  private:
    std::vector<Series> m_series;
    double m_reference = 0;
    QString m_referenceName;
    int m_epochs = 1;
};

} // namespace convlab
