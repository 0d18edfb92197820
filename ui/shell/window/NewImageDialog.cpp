// SPDX-License-Identifier: MIT
#include "window/NewImageDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QSpinBox>

namespace convlab {

NewImageDialog::NewImageDialog(int rows, int cols, QWidget* parent)
    : QDialog(parent), m_rows(new QSpinBox(this)), m_cols(new QSpinBox(this))
{
    setWindowTitle(tr("New Blank Image"));
    auto* form = new QFormLayout(this);
    for (QSpinBox* spin : {m_rows, m_cols})
        spin->setRange(1, 4096);
    m_rows->setValue(rows);
    m_cols->setValue(cols);
    form->addRow(tr("Rows (height)"), m_rows);
    form->addRow(tr("Columns (width)"), m_cols);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

int NewImageDialog::rows() const
{
    return m_rows->value();
}

int NewImageDialog::cols() const
{
    return m_cols->value();
}

} // namespace convlab
