// SPDX-License-Identifier: MIT
#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace convlab::cli {

// One headless subcommand: `convlab NAME ...`. CommandLine builds the parser from
// addOptions(), handles --help and parse errors, then calls run(). Refusals are thrown as
// convlab::Error; run() returns the exit code of a success. A subcommand keeps no state: it is
// the functions its file defines.
struct Subcommand {
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
Subcommand convSubcommand();
// tconv INPUT KERNEL -o OUT: PyTorch conv_transpose2d.
Subcommand transposedConvSubcommand();
// match IMAGE PATCH: OpenCV template matching, the best peaks as (row, col).
Subcommand matchSubcommand();
// pool INPUT -o OUT --size K: PyTorch max_pool2d / avg_pool2d.
Subcommand poolSubcommand();
// shape: the output size of a conv or transposed conv, with its formula.
Subcommand shapeSubcommand();
// code OPERATION ...: a NumPy, PyTorch or OpenCV snippet computing the same numbers.
Subcommand codeSubcommand();
// render LESSON -o OUT.png|svg: a view of a lesson, drawn as the window draws it.
Subcommand renderSubcommand();
// animate LESSON -o OUT.gif|mp4|DIR: the stepper, the transposed convolution or the lesson's steps.
Subcommand animateSubcommand();
// arithmetic --all -o DIR: every case of the convolution arithmetic guide as GIFs.
Subcommand arithmeticSubcommand();
// train -o MODEL: the lecture's small CNN trained on the digits (TrainSubcommand.cpp).
Subcommand trainSubcommand();
// predict MODEL IMAGE: the digit a trained model reads, with the ten probabilities.
Subcommand predictSubcommand();
// notebook LESSON -o OUT.ipynb: the lesson as a Jupyter notebook whose asserts check its claims.
Subcommand notebookSubcommand();

} // namespace convlab::cli
