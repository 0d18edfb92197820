// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>
#include <QTableView>
#include <opencv2/core.hpp>

namespace convlab {

// A small kernel as a table of numbers, coloured by sign and size (blue negative, white 0,
// red positive) so the shape of the kernel shows at a glance. Editing a cell does not change
// the table: cellEdited() offers the value, the owner hands the new kernel back.
class KernelModel final : public QAbstractTableModel {
    Q_OBJECT
  public:
    using QAbstractTableModel::QAbstractTableModel;

    void setKernel(const cv::Mat& kernel);
    const cv::Mat& kernel() const { return m_kernel; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;

  signals:
    void cellEdited(int row, int col, float value);

  private:
    cv::Mat m_kernel;
    double m_scale = 1; // max |value|, for the colours
};

class KernelGrid final : public QTableView {
    Q_OBJECT
  public:
    explicit KernelGrid(QWidget* parent = nullptr);

    void setKernel(const cv::Mat& kernel);
    KernelModel* kernelModel() const { return m_model; }

  signals:
    void cellEdited(int row, int col, float value);
    void cellHovered(int row, int col); // (-1, -1) when the mouse leaves

  protected:
    void leaveEvent(QEvent* event) override;

  private:
    KernelModel* m_model;
};

} // namespace convlab
