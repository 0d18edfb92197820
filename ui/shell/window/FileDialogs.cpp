// SPDX-License-Identifier: MIT
#include "window/FileDialogs.h"

#include <QFileDialog>

namespace convlab {

QString FileDialogs::openPath(QWidget* parent)
{
    return QFileDialog::getOpenFileName(
        parent, tr("Open"), QString(),
        tr("Lessons and images (*.convlab *.png *.jpg *.jpeg *.bmp *.tif *.tiff *.pgm *.ppm "
           "*.webp *.npy *.txt *.csv);;ConvLab lessons (*.convlab);;All files (*)"));
}

QString FileDialogs::savePath(QWidget* parent, const QString& current)
{
    return QFileDialog::getSaveFileName(parent, tr("Save Lesson"), current,
                                        tr("ConvLab lessons (*.convlab)"));
}

QString FileDialogs::loadPatchPath(QWidget* parent)
{
    return QFileDialog::getOpenFileName(
        parent, tr("Load Patch"), QString(),
        tr("Arrays and images (*.npy *.txt *.csv *.png *.jpg *.jpeg *.bmp *.pgm);;All files (*)"));
}

QString FileDialogs::savePatchPath(QWidget* parent)
{
    return QFileDialog::getSaveFileName(
        parent, tr("Save Patch"), QStringLiteral("kernel.npy"),
        tr("NumPy array (*.npy);;Text matrix (*.txt);;PNG image (*.png)"));
}

QString FileDialogs::arraysFolder(QWidget* parent)
{
    return QFileDialog::getExistingDirectory(parent, tr("Save input.npy and kernel.npy in"));
}

FileDialogs::ExportTarget FileDialogs::exportTarget(QWidget* parent)
{
    const QString png1 = tr("PNG, 1× (*.png)"), png2 = tr("PNG, 2× for slides (*.png)"),
                  png4 = tr("PNG, 4× for print (*.png)"), svg = tr("SVG, vector (*.svg)");
    QString filter = png2;
    ExportTarget target;
    target.path = QFileDialog::getSaveFileName(
        parent, tr("Export"), QStringLiteral("convlab.png"),
        QStringList{png1, png2, png4, svg}.join(QStringLiteral(";;")), &filter);
    target.vector =
        filter == svg || target.path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive);
    target.scale = filter == png4 ? 4 : filter == png1 ? 1 : 2;
    return target;
}

} // namespace convlab
