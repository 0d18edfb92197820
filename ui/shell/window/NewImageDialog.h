// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QSpinBox;

namespace convlab {

// File ▸ New Blank Image: rows and columns, 1 to 4096 each.
class NewImageDialog final : public QDialog {
    Q_OBJECT
  public:
    NewImageDialog(int rows, int cols, QWidget* parent = nullptr);

    int rows() const;
    int cols() const;

  private:
    QSpinBox* m_rows;
    QSpinBox* m_cols;
};

} // namespace convlab
