// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>
#include <optional>
#include <vector>

namespace convlab {

// The held-out confusion matrix: a row per true digit, a column per digit the network read,
// the count in each cell. Right answers (the diagonal) are tinted in the "right" colour and
// outlined, wrong ones in the "problem" colour, both darker as the count grows, so the few
// cells that matter stand out in the light and the dark looks alike. Cells are sized from the
// font, so the grid grows with the text at 200 %. Clicking a cell says which.
class ConfusionMatrix final : public QWidget {
    Q_OBJECT
  public:
    struct Cell {
        int label = 0;
        int predicted = 0;
        friend bool operator==(const Cell&, const Cell&) = default;
    };

    explicit ConfusionMatrix(QWidget* parent = nullptr);

    // counts[label][predicted], as Evaluation::confusion holds them; empty: nothing evaluated.
    void setCounts(const std::vector<std::vector<int>>& counts);
    void clear() { setCounts({}); }
    bool isEmpty() const { return m_counts.empty(); }
    int count(int label, int predicted) const;
    int classes() const { return static_cast<int>(m_counts.size()); }

    // The cell outlined as the one being browsed; none after setCounts().
    void setSelected(std::optional<Cell> cell);
    std::optional<Cell> selected() const { return m_selected; }

    QRect cellRect(int label, int predicted) const;
    std::optional<Cell> cellAt(const QPoint& position) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

  signals:
    void cellClicked(int label, int predicted);

  protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void changeEvent(QEvent* event) override;

  private:
    int cellSize() const;
    QPoint origin() const; // the top-left corner of cell (0, 0)
    int shownClasses() const;

    std::vector<std::vector<int>> m_counts;
    std::optional<Cell> m_selected;
};

} // namespace convlab
