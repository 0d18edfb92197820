// SPDX-License-Identifier: MIT
#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace convlab::cli {

// One headless subcommand: `convlab NAME ...`. CommandLine builds the parser from
// addOptions(), handles --help and parse errors, then calls run(). Refusals are thrown as
// convlab::Error; run() returns the exit code of a success. A command keeps no state: it is
// the functions its file defines.
struct Command {
    QString (*name)();
    QString (*summary)(); // one line, for `convlab --help`
    QString (*usage)();   // what follows "convlab NAME" in the usage line
    // `arguments` are the raw ones after NAME, for a command whose options depend on them.
    void (*addOptions)(QCommandLineParser& parser, const QStringList& arguments);
    int (*run)(const QCommandLineParser& parser, QTextStream& out);
    // Draws the window's views: runs under a QApplication on the offscreen platform.
    bool drawsViews = false;
};

// conv INPUT KERNEL -o OUT: PyTorch conv2d (or true convolution with --flip).
Command convCommand();
// tconv INPUT KERNEL -o OUT: PyTorch conv_transpose2d.
Command transposedConvCommand();
// match IMAGE PATCH: OpenCV template matching, the best peaks as (row, col).
Command matchCommand();
// pool INPUT -o OUT --size K: PyTorch max_pool2d / avg_pool2d.
Command poolCommand();
// shape: the output size of a conv or transposed conv, with its formula.
Command shapeCommand();
// code OPERATION ...: a NumPy, PyTorch or OpenCV snippet computing the same numbers.
Command codeCommand();
// render LESSON -o OUT.png|svg: a view of a lesson, drawn as the window draws it.
Command renderCommand();
// animate LESSON -o OUT.gif|mp4|DIR: the stepper, the transposed convolution or the lesson's steps.
Command animateCommand();
// arithmetic --all -o DIR: every case of the convolution arithmetic guide as GIFs.
Command arithmeticCommand();
// train -o MODEL: the lecture's small CNN trained on the digits (TrainCommand.cpp).
Command trainCommand();
// predict MODEL IMAGE: the digit a trained model reads, with the ten probabilities.
Command predictCommand();

} // namespace convlab::cli
