// SPDX-License-Identifier: MIT
#include "views/KernelGrid.h"

#include "views/PixelView.h"
#include "views/ValueDisplay.h"

#include <QGuiApplication>
#include <QHeaderView>
#include <QLocale>
#include <QPalette>
#include <cmath>

namespace convlab {

namespace {

// Blue for negative, red for positive as the diverging colormap, 0 in the view's background
// (white in the light theme, dark in the dark one) so that zeros recede in both.
QColor signedColor(double value, double scale)
{
    return display::kernelColor(value, scale, QGuiApplication::palette().color(QPalette::Base));
}

using display::inkOn;

} // namespace

void KernelModel::setKernel(const cv::Mat& kernel)
{
    const bool sameShape = kernel.size() == m_kernel.size();
    if (!sameShape)
        beginResetModel();
    m_kernel = kernel;
    m_scale = display::kernelScale(kernel);
    if (sameShape)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    else
        endResetModel();
}

int KernelModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_kernel.rows;
}

int KernelModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_kernel.cols;
}

QVariant KernelModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const double value = m_kernel.at<float>(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
        return formatCellValue(value);
    case Qt::EditRole:
        return QLocale().toString(value, 'g', 7);
    case Qt::ToolTipRole:
        return tr("w[%1, %2] = %L3").arg(index.row()).arg(index.column()).arg(value, 0, 'g', 7);
    case Qt::BackgroundRole:
        return signedColor(value, m_scale);
    case Qt::ForegroundRole:
        return inkOn(signedColor(value, m_scale));
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(Qt::AlignCenter));
    default:
        return {};
    }
}

QVariant KernelModel::headerData(int section, Qt::Orientation, int role) const
{
    if (role == Qt::DisplayRole)
        return section;
    return {};
}

Qt::ItemFlags KernelModel::flags(const QModelIndex& index) const
{
    return QAbstractTableModel::flags(index) | Qt::ItemIsEditable;
}

bool KernelModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !index.isValid())
        return false;
    const QString text = value.toString().trimmed();
    bool ok = false;
    double number = QLocale().toDouble(text, &ok);
    if (!ok)
        number = QLocale::c().toDouble(text, &ok);
    if (!ok || !std::isfinite(number))
        return false;
    emit cellEdited(index.row(), index.column(), static_cast<float>(number));
    return true;
}

KernelGrid::KernelGrid(QWidget* parent) : QTableView(parent), m_model(new KernelModel(this))
{
    setModel(m_model);
    setMouseTracking(true);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    horizontalHeader()->setMinimumSectionSize(
        fontMetrics().horizontalAdvance(QStringLiteral("-0.00")) + fontMetrics().height() / 2);
    verticalHeader()->setMinimumSectionSize(fontMetrics().height() + 4);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                    QAbstractItemView::AnyKeyPressed);
    setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_model, &KernelModel::cellEdited, this, &KernelGrid::cellEdited);
    connect(this, &QTableView::entered, this,
            [this](const QModelIndex& index) { emit cellHovered(index.row(), index.column()); });
}

void KernelGrid::setKernel(const cv::Mat& kernel)
{
    m_model->setKernel(kernel);
}

void KernelGrid::leaveEvent(QEvent* event)
{
    QTableView::leaveEvent(event);
    emit cellHovered(-1, -1);
}

} // namespace convlab
