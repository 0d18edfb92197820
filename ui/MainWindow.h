// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>

namespace convlab {

class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
};

} // namespace convlab
