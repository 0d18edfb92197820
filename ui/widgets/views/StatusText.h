// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QWidget>

namespace convlab {

// A line of the status bar whose text changes many times a second: the cell under the mouse,
// the time of each response. A QLabel asks the whole window for a new layout at each new text
// (every dock measured again, a millisecond or more); this one only repaints itself, eliding
// what does not fit.
class StatusText final : public QWidget {
    Q_OBJECT
  public:
    explicit StatusText(QWidget* parent = nullptr);

    QString text() const { return m_text; }
    void setText(const QString& text);
    void clear() { setText({}); }
    // Asks for the width of the widest of the texts it will show (it accepts less, eliding);
    // without samples it takes the width its layout gives it.
    void setWidthSamples(const QStringList& samples);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

  protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

  private:
    int margin() const;

    QString m_text;
    QStringList m_samples;
};

} // namespace convlab
