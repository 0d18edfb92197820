// SPDX-License-Identifier: MIT
#include "MainWindow.h"

namespace convlab {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setWindowTitle(tr("ConvLab"));
}

} // namespace convlab
