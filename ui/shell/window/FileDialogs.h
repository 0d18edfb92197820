// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace convlab {

// The window's file choosers, each with its title and filters; an empty answer means
// cancelled.
class FileDialogs final {
    Q_DECLARE_TR_FUNCTIONS(FileDialogs)
  public:
    // A lesson, an image, .npy or .txt to open.
    static QString openPath(QWidget* parent);
    // Where to save the document, starting from its current path.
    static QString savePath(QWidget* parent, const QString& current);
    static QString loadPatchPath(QWidget* parent);
    static QString savePatchPath(QWidget* parent);
    // The folder for input.npy and kernel.npy.
    static QString arraysFolder(QWidget* parent);

    // Where to export a view or the figure: PNG at 1×, 2× or 4×, or SVG.
    struct ExportTarget {
        QString path;
        bool vector = false;
        int scale = 2;
    };
    static ExportTarget exportTarget(QWidget* parent);
};

} // namespace convlab
