// SPDX-License-Identifier: MIT
#pragma once

#include <QSet>
#include <QStringList>
#include <QWidget>
#include <vector>

namespace convlab {

// What a MatrixWidget shows: text per entry (row-major) and which entries are structural
// zeros (drawn faint, so the band of a convolution matrix stands out).
struct MatrixCells {
    int rows = 0;
    int cols = 0;
    QStringList text;
    std::vector<bool> faint;
};

// One matrix or vector as on a slide: a title, the entries in aligned columns between brackets
// (or, for an image, in a grid of cells), with rows, columns and entries that can be highlighted.
// Hovering reports the entry under the mouse.
class MatrixWidget final : public QWidget {
    Q_OBJECT
  public:
    enum class Look { Matrix, Grid };

    explicit MatrixWidget(const QString& title, Look look = Look::Matrix,
                          QWidget* parent = nullptr);

    void setTitle(const QString& title);
    // Drawn smaller, with tighter cells, by this factor of its own font (1: as designed), for
    // a page short of width (MatrixView fits its figures to a narrow screen with it).
    void setScale(double scale);
    double scale() const { return m_scale; }
    void setCells(const MatrixCells& cells);
    void setHighlight(const QSet<int>& rows, const QSet<int>& cols, const QSet<int>& entries);
    void clearHighlight();

    QString title() const { return m_title; }
    int rowCount() const { return m_cells.rows; }
    int columnCount() const { return m_cells.cols; }
    QString textAt(int row, int col) const;
    bool isHighlighted(int row, int col) const; // its row, its column or the entry itself
    QRectF entryRect(int row, int col) const;   // widget coordinates

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

  signals:
    void entryHovered(int row, int col); // (-1, -1) when the mouse leaves

  protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;

  private:
    QSizeF entrySize() const;
    QPointF origin() const; // top-left of entry (0, 0)
    double titleHeight() const;
    QFont shownFont() const; // font() by the scale

    QString m_title;
    Look m_look;
    MatrixCells m_cells;
    QSet<int> m_rows, m_cols, m_entries;
    QPoint m_hover{-1, -1};
    double m_scale = 1;
};

} // namespace convlab
