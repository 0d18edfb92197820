// SPDX-License-Identifier: MIT
#pragma once

#include <QPointF>
#include <QVector>
#include <QWidget>

namespace convlab {

struct TrainingProgress;

// The loss and the accuracies of a run as it goes, over the epochs: two plots one above the
// other, the loss (mean cross-entropy of the epoch so far) and the accuracy in % (train, as
// the batches were trained, and held out, measured at each epoch's end). Drawn with QPainter
// in the palette's colours; the series' colours are told in a legend.
class TrainingCurves final : public QWidget {
    Q_OBJECT
  public:
    explicit TrainingCurves(QWidget* parent = nullptr);

    // Forgets the curves; the x axis spans `epochs`.
    void clear(int epochs);
    void add(const TrainingProgress& progress);

    // (epoch as a fraction, value) of each series.
    const QVector<QPointF>& loss() const { return m_loss; }
    const QVector<QPointF>& trainAccuracy() const { return m_train; }
    const QVector<QPointF>& heldOutAccuracy() const { return m_heldOut; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

  protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

  private:
    struct Series {
        const QVector<QPointF>* points;
        QColor color;
        QString name;
        bool dots;
        int decimals; // of the value written beside the name
    };
    void paintPlot(QPainter& painter, const QRect& area, const QString& title, double low,
                   double high, const QList<Series>& series) const;

    int m_epochs = 1;
    QVector<QPointF> m_loss;
    QVector<QPointF> m_train;
    QVector<QPointF> m_heldOut;
};

} // namespace convlab
