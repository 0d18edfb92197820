// SPDX-License-Identifier: MIT
#include "i18n/CoreMessages.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <cstring>
#include <vector>

namespace convlab {

namespace {

struct Text {
    const char* source;
    const char* comment;
};

// One message core writes. `parts` has a letter per placeholder, in order:
//   n  a number, with the current locale's decimal point
//   t  a text kept as it is: a path, an OpenCV type, a name the user typed
//   w  a word or phrase core wrote, translated when the catalogue knows it, else kept
//   m  a message that must itself be in the catalogue for this template to match
struct Entry {
    Text text;
    const char* parts;
};

// The messages of core/, file by file; keep in step with their throw sites.
const Entry kCatalogue[] = {
    // Words: quantities, with their article where a message uses them as a subject.
    {QT_TRANSLATE_NOOP3("convlab::core", "input size", "a quantity, subject of a message"), ""},
    {QT_TRANSLATE_NOOP3("convlab::core", "kernel size", "a quantity, subject of a message"), ""},
    {QT_TRANSLATE_NOOP3("convlab::core", "stride", "a quantity, subject of a message"), ""},
    {QT_TRANSLATE_NOOP3("convlab::core", "dilation", "a quantity, subject of a message"), ""},
    {QT_TRANSLATE_NOOP3("convlab::core", "padding", "a quantity, subject of a message"), ""},
    {QT_TRANSLATE_NOOP3("convlab::core", "output padding", "a quantity, subject of a message"), ""},
    {QT_TRANSLATE_NOOP3("convlab::core", "the padded input", "a quantity, subject of a message"),
     ""},
    {QT_TRANSLATE_NOOP3("convlab::core", "the transposed output",
                        "a quantity, subject of a message"),
     ""},
    {QT_TRANSLATE_NOOP3("convlab::core", "the convolution matrix",
                        "a quantity, subject of a message"),
     ""},
    {QT_TRANSLATE_NOOP3("convlab::core", "scaling", "an image operation, subject of a message"),
     ""},
    {QT_TRANSLATE_NOOP3("convlab::core", "pooling", "an operation, subject of a message"), ""},
    {QT_TRANSLATE_NOOP3("convlab::core", "a convolution with a single-channel kernel",
                        "an operation, subject of a message"),
     ""},
    {{QT_TRANSLATE_NOOP("convlab::core", "the kernel %1 dilated by %2"), nullptr}, "nn"},
    {{QT_TRANSLATE_NOOP("convlab::core", "shear (%1, %2)"), nullptr}, "nn"},
    // The data an operation reads, with their article.
    {QT_TRANSLATE_NOOP3("convlab::core", "input", "the data an operation reads, with its article"),
     ""},
    {QT_TRANSLATE_NOOP3("convlab::core", "kernel", "the data an operation reads, with its article"),
     ""},
    {QT_TRANSLATE_NOOP3("convlab::core", "image", "the data an operation reads, with its article"),
     ""},
    {QT_TRANSLATE_NOOP3("convlab::core", "patch", "the data an operation reads, with its article"),
     ""},
    // Sides of the padding, and axes.
    {QT_TRANSLATE_NOOP3("convlab::core", "top", "side of the padding: padding top 3"), ""},
    {QT_TRANSLATE_NOOP3("convlab::core", "bottom", "side of the padding: padding bottom 3"), ""},
    {QT_TRANSLATE_NOOP3("convlab::core", "left", "side of the padding: padding left 3"), ""},
    {QT_TRANSLATE_NOOP3("convlab::core", "right", "side of the padding: padding right 3"), ""},
    {QT_TRANSLATE_NOOP3("convlab::core", "height", "the image height 5"), ""},
    {QT_TRANSLATE_NOOP3("convlab::core", "width", "the image width 5"), ""},
    // Values found where numbers were expected.
    {QT_TRANSLATE_NOOP3("convlab::core", "a NaN", "the input has a NaN at (row 1, col 2)"), ""},
    {QT_TRANSLATE_NOOP3("convlab::core", "an infinite value",
                        "the input has an infinite value at (row 1, col 2)"),
     ""},
    {{QT_TRANSLATE_NOOP("convlab::core", "(row %1, col %2)"), nullptr}, "nn"},
    {{QT_TRANSLATE_NOOP("convlab::core", "(row %1, col %2, channel %3)"), nullptr}, "nnn"},
    {{QT_TRANSLATE_NOOP("convlab::core", "%1 line %2"), nullptr}, "tn"},
    {{QT_TRANSLATE_NOOP("convlab::core", "%1 MB"), nullptr}, "n"},
    {{QT_TRANSLATE_NOOP("convlab::core", "%1 megapixels"), nullptr}, "n"},
    {{QT_TRANSLATE_NOOP("convlab::core", "%1 gigapixels"), nullptr}, "n"},
    // Image operations of the glossary, and their parameters.
    {QT_TRANSLATE_NOOP3("convlab::core", "pad", "image operation"), ""},
    {QT_TRANSLATE_NOOP3("convlab::core", "scale", "image operation"), ""},
    {QT_TRANSLATE_NOOP3("convlab::core", "shear", "image operation"), ""},
    {QT_TRANSLATE_NOOP3("convlab::core", "crop", "image operation"), ""},
    {QT_TRANSLATE_NOOP3("convlab::core", "rotate", "image operation"), ""},
    {QT_TRANSLATE_NOOP3("convlab::core", "flip", "image operation"), ""},
    {QT_TRANSLATE_NOOP3("convlab::core", "scale factor fx", "parameter of an image operation"), ""},
    {QT_TRANSLATE_NOOP3("convlab::core", "scale factor fy", "parameter of an image operation"), ""},
    {QT_TRANSLATE_NOOP3("convlab::core", "shear shx", "parameter of an image operation"), ""},
    {QT_TRANSLATE_NOOP3("convlab::core", "shear shy", "parameter of an image operation"), ""},
    {QT_TRANSLATE_NOOP3("convlab::core", "rotation angle", "parameter of an image operation"), ""},
    // Kernel presets.
    {QT_TRANSLATE_NOOP3("convlab::core", "an odd square size of at least 3x3",
                        "what a kernel preset needs"),
     ""},
    {QT_TRANSLATE_NOOP3("convlab::core", "an odd square size from 3x3 to 31x31",
                        "what a kernel preset needs"),
     ""},
    // The operating system's reasons (std::generic_category) most often met.
    {QT_TRANSLATE_NOOP3("convlab::core", "No such file or directory",
                        "reason given by the operating system"),
     ""},
    {QT_TRANSLATE_NOOP3("convlab::core", "Permission denied",
                        "reason given by the operating system"),
     ""},
    {QT_TRANSLATE_NOOP3("convlab::core", "Is a directory", "reason given by the operating system"),
     ""},
    {QT_TRANSLATE_NOOP3("convlab::core", "Not a directory", "reason given by the operating system"),
     ""},
    {QT_TRANSLATE_NOOP3("convlab::core", "No space left on device",
                        "reason given by the operating system"),
     ""},
    {QT_TRANSLATE_NOOP3("convlab::core", "Read-only file system",
                        "reason given by the operating system"),
     ""},
    {QT_TRANSLATE_NOOP3("convlab::core", "File name too long",
                        "reason given by the operating system"),
     ""},
    {QT_TRANSLATE_NOOP3("convlab::core", "Disk quota exceeded",
                        "reason given by the operating system"),
     ""},
    // Problems in a .npy header.
    {{QT_TRANSLATE_NOOP("convlab::core", "unexpected key '%1'"), nullptr}, "t"},
    {QT_TRANSLATE_NOOP3("convlab::core", "text after the closing brace",
                        "problem in a .npy header"),
     ""},
    {{QT_TRANSLATE_NOOP("convlab::core", "missing key '%1'"), nullptr}, "t"},
    {{QT_TRANSLATE_NOOP("convlab::core", "expected '%1' at offset %2"), nullptr}, "tn"},
    {{QT_TRANSLATE_NOOP("convlab::core", "expected a quoted string at offset %1"), nullptr}, "n"},
    {QT_TRANSLATE_NOOP3("convlab::core", "unterminated string", "problem in a .npy header"), ""},
    {{QT_TRANSLATE_NOOP("convlab::core", "expected True or False at offset %1"), nullptr}, "n"},
    {{QT_TRANSLATE_NOOP("convlab::core", "expected a dimension at offset %1"), nullptr}, "n"},

    // geometry/ConvGeometry.cpp, geometry/Types.cpp
    {{QT_TRANSLATE_NOOP("convlab::core", "%1 (rows)"), nullptr}, "m"},
    {{QT_TRANSLATE_NOOP("convlab::core", "%1 (columns)"), nullptr}, "m"},
    {{QT_TRANSLATE_NOOP("convlab::core", "%1 %2 must be at least 1"), nullptr}, "wn"},
    {{QT_TRANSLATE_NOOP("convlab::core", "%1 %2 must not be negative"), nullptr}, "wn"},
    {{QT_TRANSLATE_NOOP("convlab::core", "%1 would be %2 cells, more than %3"), nullptr}, "wnn"},
    {{QT_TRANSLATE_NOOP("convlab::core", "kernel %1 is larger than padded input %2"), nullptr},
     "nn"},
    {{QT_TRANSLATE_NOOP("convlab::core", "kernel %1 (dilated %2) is larger than padded input %3"),
      nullptr},
     "nnn"},
    {{QT_TRANSLATE_NOOP("convlab::core",
                        "output padding %1 must be smaller than stride %2 or dilation %3"),
      nullptr},
     "nnn"},
    {{QT_TRANSLATE_NOOP("convlab::core", "padding %1 + %2 crops the whole output: %3"), nullptr},
     "nnt"},
    {{QT_TRANSLATE_NOOP("convlab::core",
                        "output cell %1 is out of range: the output has %2 cells (0 to %3)"),
      nullptr},
     "nnn"},
    {{QT_TRANSLATE_NOOP("convlab::core",
                        "input cell %1 is out of range: the input has %2 cells (0 to %3)"),
      nullptr},
     "nnn"},
    {{QT_TRANSLATE_NOOP("convlab::core",
                        "stride %1 is too large to list its %2 input sizes (at most %3)"),
      nullptr},
     "nnn"},
    {{QT_TRANSLATE_NOOP("convlab::core", "unknown padding preset %1"), nullptr}, "n"},
    {{QT_TRANSLATE_NOOP("convlab::core", "unknown padding mode %1"), nullptr}, "n"},
    {{QT_TRANSLATE_NOOP("convlab::core",
                        "unknown padding mode '%1' (expected one of zeros, reflect, replicate, "
                        "circular)"),
      nullptr},
     "t"},

    // ops/Padding.cpp
    {{QT_TRANSLATE_NOOP("convlab::core", "%1 padding %2 %3 must be smaller than the image %4 %5"),
      nullptr},
     "twnwn"},
    {{QT_TRANSLATE_NOOP("convlab::core", "%1 padding %2 %3 must not exceed the image %4 %5"),
      nullptr},
     "twnwn"},
    {{QT_TRANSLATE_NOOP("convlab::core", "padding %1 %2 must not be negative"), nullptr}, "wn"},
    {{QT_TRANSLATE_NOOP("convlab::core", "cannot pad an empty image"), nullptr}, ""},
    {{QT_TRANSLATE_NOOP("convlab::core", "cannot read padding of an empty axis (size %1)"),
      nullptr},
     "n"},

    // ops/Pool.cpp
    {{QT_TRANSLATE_NOOP("convlab::core", "padding %1 %2 must be at most half the pool size %3"),
      nullptr},
     "wnn"},
    {{QT_TRANSLATE_NOOP("convlab::core", "pool size %1 must be at least 1"), nullptr}, "n"},
    {{QT_TRANSLATE_NOOP("convlab::core", "pool stride %1 must be at least 1"), nullptr}, "n"},
    {{QT_TRANSLATE_NOOP("convlab::core", "pool size %1 is larger than padded input %2"), nullptr},
     "nn"},
    {{QT_TRANSLATE_NOOP("convlab::core", "pooling takes float32 data; the input is %1"), nullptr},
     "t"},
    {{QT_TRANSLATE_NOOP("convlab::core", "unknown pool mode %1"), nullptr}, "n"},
    {{QT_TRANSLATE_NOOP("convlab::core", "unknown pool mode '%1' (expected max or avg)"), nullptr},
     "t"},

    // ops/Conv2d.cpp
    {{QT_TRANSLATE_NOOP("convlab::core", "%1 has %2 at %3"), nullptr}, "wwm"},
    {{QT_TRANSLATE_NOOP("convlab::core", "the input is empty"), nullptr}, ""},
    {{QT_TRANSLATE_NOOP("convlab::core", "the kernel is empty"), nullptr}, ""},
    {{QT_TRANSLATE_NOOP("convlab::core", "convolution takes float32 data; the input is %1"),
      nullptr},
     "t"},
    {{QT_TRANSLATE_NOOP("convlab::core", "convolution takes float32 data; the kernel is %1"),
      nullptr},
     "t"},
    {{QT_TRANSLATE_NOOP("convlab::core",
                        "the kernel has %1 channels but the input has %2; give it 1 or %3"),
      nullptr},
     "nnn"},

    // ops/TransposedConv.cpp
    {{QT_TRANSLATE_NOOP("convlab::core", "transposed convolution: the %1 is empty"), nullptr}, "w"},
    {{QT_TRANSLATE_NOOP("convlab::core",
                        "transposed convolution takes a single-channel float32 %1; it is %2"),
      nullptr},
     "wt"},

    // ops/StepTrace.cpp
    {{QT_TRANSLATE_NOOP("convlab::core", "step %1 is out of range: there are %2 steps (0 to %3)"),
      nullptr},
     "nnn"},
    {{QT_TRANSLATE_NOOP("convlab::core",
                        "%1 of a %2-channel input gives one map per channel; step one channel at a "
                        "time"),
      nullptr},
     "wn"},
    {{QT_TRANSLATE_NOOP("convlab::core", "the %1 is empty"), nullptr}, "w"},
    {{QT_TRANSLATE_NOOP("convlab::core",
                        "the %1 must be single-channel float32 (CV_32FC1); it is %2"),
      nullptr},
     "wt"},
    {{QT_TRANSLATE_NOOP("convlab::core", "unknown match method %1"), nullptr}, "n"},
    {{QT_TRANSLATE_NOOP("convlab::core", "patch %1x%2 is larger than image %3x%4 (rows x cols)"),
      nullptr},
     "nnnn"},

    // ops/TemplateMatch.cpp
    {{QT_TRANSLATE_NOOP("convlab::core", "%1 is empty"), nullptr}, "w"},
    {{QT_TRANSLATE_NOOP("convlab::core",
                        "%1 has %2 channels; template matching needs a single channel"),
      nullptr},
     "wn"},
    {{QT_TRANSLATE_NOOP("convlab::core", "%1 is %2; template matching needs float32 (CV_32FC1)"),
      nullptr},
     "wt"},
    {{QT_TRANSLATE_NOOP("convlab::core", "response map is %1; expected CV_32FC1"), nullptr}, "t"},
    {{QT_TRANSLATE_NOOP("convlab::core", "response map is %1; expected CV_32F"), nullptr}, "t"},
    {{QT_TRANSLATE_NOOP("convlab::core", "patch size %1x%2 (rows x cols) must be at least 1x1"),
      nullptr},
     "nn"},
    {{QT_TRANSLATE_NOOP("convlab::core", "top-k must be at least 1, got %1"), nullptr}, "n"},
    {{QT_TRANSLATE_NOOP("convlab::core", "minimum distance must be 0 or more, got %1"), nullptr},
     "n"},
    {{QT_TRANSLATE_NOOP("convlab::core", "threshold is NaN"), nullptr}, ""},
    {{QT_TRANSLATE_NOOP("convlab::core", "unknown method '%1' (expected one of %2)"), nullptr},
     "tt"},

    // ops/ConvMatrix.cpp
    {{QT_TRANSLATE_NOOP("convlab::core",
                        "%1 would be %2×%3 (%4 entries), more than the 4096×4096 a teaching view "
                        "can hold"),
      nullptr},
     "wnnn"},
    {{QT_TRANSLATE_NOOP("convlab::core", "the kernel %1×%2 is empty"), nullptr}, "nn"},
    {{QT_TRANSLATE_NOOP("convlab::core", "%1 must have one channel; it has %2"), nullptr}, "wn"},
    {{QT_TRANSLATE_NOOP("convlab::core",
                        "the convolution matrix takes a single-channel float32 kernel; it is %1"),
      nullptr},
     "t"},
    {{QT_TRANSLATE_NOOP("convlab::core", "x has %1 entries but W has %2 columns"), nullptr}, "nn"},

    // ops/ImageOps.cpp
    {{QT_TRANSLATE_NOOP("convlab::core", "%1: the image is empty"), nullptr}, "w"},
    {{QT_TRANSLATE_NOOP("convlab::core", "%1 = %2 is not a number"), nullptr}, "wt"},
    {{QT_TRANSLATE_NOOP("convlab::core",
                        "%1 would make an image %2 wide × %3 high, more than 50 megapixels"),
      nullptr},
     "wnn"},
    {{QT_TRANSLATE_NOOP("convlab::core",
                        "padding (top %1, bottom %2, left %3, right %4) cannot be negative"),
      nullptr},
     "nnnn"},
    {{QT_TRANSLATE_NOOP("convlab::core", "scale factor fx = %1 must be greater than 0"), nullptr},
     "n"},
    {{QT_TRANSLATE_NOOP("convlab::core", "scale factor fy = %1 must be greater than 0"), nullptr},
     "n"},
    {{QT_TRANSLATE_NOOP("convlab::core",
                        "scaling an image %1 wide × %2 high by (%3, %4) leaves %5 × %6 pixels"),
      nullptr},
     "nnnnnn"},
    {{QT_TRANSLATE_NOOP("convlab::core",
                        "shear (%1, %2) flattens the image onto a line (1 - shx·shy = 0)"),
      nullptr},
     "nn"},
    {{QT_TRANSLATE_NOOP("convlab::core", "crop rectangle %1 wide × %2 high is empty"), nullptr},
     "nn"},
    {{QT_TRANSLATE_NOOP("convlab::core",
                        "crop rectangle at (x %1, y %2), %3 wide × %4 high, does not fit in the "
                        "image %5 wide × %6 high"),
      nullptr},
     "nnnnnn"},

    // engine/
    {{QT_TRANSLATE_NOOP("convlab::core",
                        "correlation of an empty matrix (image %1x%2, kernel %3x%4)"),
      nullptr},
     "nnnn"},
    {{QT_TRANSLATE_NOOP("convlab::core",
                        "correlation takes single-channel float32 matrices; got %1 and %2"),
      nullptr},
     "tt"},
    {{QT_TRANSLATE_NOOP("convlab::core", "stride %1x%2 must be >= 1"), nullptr}, "nn"},
    {{QT_TRANSLATE_NOOP("convlab::core", "dilation %1x%2 must be >= 1"), nullptr}, "nn"},
    {{QT_TRANSLATE_NOOP("convlab::core",
                        "kernel %1x%2 (dilated %3x%4) is larger than padded input %5x%6"),
      nullptr},
     "nnnnnn"},
    {{QT_TRANSLATE_NOOP("convlab::core",
                        "the separable engine needs a rank-1 kernel; this %1x%2 kernel is not"),
      nullptr},
     "nn"},
    {{QT_TRANSLATE_NOOP("convlab::core", "transposed correlation of an empty matrix"), nullptr},
     ""},
    {{QT_TRANSLATE_NOOP(
          "convlab::core",
          "transposed correlation takes single-channel float32 matrices; got %1 and %2"),
      nullptr},
     "tt"},
    {{QT_TRANSLATE_NOOP("convlab::core", "padding must be >= 0"), nullptr}, ""},
    {{QT_TRANSLATE_NOOP("convlab::core",
                        "output padding %1x%2 must be smaller than the stride or the dilation"),
      nullptr},
     "nn"},
    {{QT_TRANSLATE_NOOP(
          "convlab::core",
          "transposed output would be %1x%2 cells: padding %3,%4,%5,%6 crops all of it"),
      nullptr},
     "nnnnnn"},
    {{QT_TRANSLATE_NOOP("convlab::core",
                        "window sums take a single-channel float32 image; it is %1"),
      nullptr},
     "t"},
    {{QT_TRANSLATE_NOOP("convlab::core", "window %1x%2 does not fit in image %3x%4"), nullptr},
     "nnnn"},
    {{QT_TRANSLATE_NOOP("convlab::core", "allFinite takes float32 data; got %1"), nullptr}, "t"},

    // kernels/KernelPresets.cpp
    {{QT_TRANSLATE_NOOP("convlab::core", "unknown kernel preset %1"), nullptr}, "n"},
    {{QT_TRANSLATE_NOOP("convlab::core", "unknown kernel preset '%1' (known: %2)"), nullptr}, "tt"},
    {{QT_TRANSLATE_NOOP("convlab::core", "the %1 kernel has no size %2x%3 (it needs %4)"), nullptr},
     "tnnw"},
    {{QT_TRANSLATE_NOOP("convlab::core", "unknown kernel preset"), nullptr}, ""},
    {{QT_TRANSLATE_NOOP("convlab::core", "normalise needs a single-channel kernel"), nullptr}, ""},
    {{QT_TRANSLATE_NOOP("convlab::core", "cannot normalise an all-zero kernel"), nullptr}, ""},

    // render/Colormap.cpp
    {{QT_TRANSLATE_NOOP("convlab::core", "%1 needs a single-channel map, got %2 channels"),
      nullptr},
     "tn"},
    {{QT_TRANSLATE_NOOP("convlab::core", "unknown colormap %1"), nullptr}, "n"},
    {{QT_TRANSLATE_NOOP("convlab::core",
                        "unknown colormap '%1' (choose viridis, gray, magma or diverging)"),
      nullptr},
     "t"},
    {{QT_TRANSLATE_NOOP("convlab::core",
                        "colormap range [%1, %2] is empty: low must be below high"),
      nullptr},
     "nn"},

    // codegen/CodeGenerator.cpp
    {{QT_TRANSLATE_NOOP("convlab::core", "unknown code language %1"), nullptr}, "n"},
    {{QT_TRANSLATE_NOOP("convlab::core",
                        "unknown language '%1' (expected numpy, pytorch or opencv)"),
      nullptr},
     "t"},

    // learn/ModelFile.cpp
    {{QT_TRANSLATE_NOOP("convlab::core",
                        "%1 is not a ConvLab model, or is truncated or corrupt (%2)"),
      nullptr},
     "tt"},
    {{QT_TRANSLATE_NOOP("convlab::core", "%1 is not a ConvLab model: it is not a PyTorch archive"),
      nullptr},
     "t"},
    {{QT_TRANSLATE_NOOP("convlab::core", "%1 is not a ConvLab model: it is a PNG image"), nullptr},
     "t"},
    {{QT_TRANSLATE_NOOP("convlab::core", "%1 is not a ConvLab model: it is a JPEG image"), nullptr},
     "t"},
    {{QT_TRANSLATE_NOOP("convlab::core", "%1 is not a ConvLab model: it is an image"), nullptr},
     "t"},
    {{QT_TRANSLATE_NOOP("convlab::core",
                        "%1 is a PyTorch file but not a ConvLab model (it has no %2 entry)"),
      nullptr},
     "tt"},

    // io/ArrayIO.cpp
    {{QT_TRANSLATE_NOOP("convlab::core", "cannot open %1: %2"), nullptr}, "tw"},
    {{QT_TRANSLATE_NOOP("convlab::core", "%1 is a folder, not a file"), nullptr}, "t"},
    {{QT_TRANSLATE_NOOP("convlab::core", "cannot read %1: it changed size while being read"),
      nullptr},
     "t"},
    {{QT_TRANSLATE_NOOP("convlab::core", "%1 holds NaN at %2; ConvLab needs finite numbers"),
      nullptr},
     "wm"},
    {{QT_TRANSLATE_NOOP("convlab::core", "%1 holds +Inf at %2; ConvLab needs finite numbers"),
      nullptr},
     "wm"},
    {{QT_TRANSLATE_NOOP("convlab::core", "%1 holds -Inf at %2; ConvLab needs finite numbers"),
      nullptr},
     "wm"},
    {{QT_TRANSLATE_NOOP("convlab::core",
                        "%1 holds %2 at %3, too large for float32 (at most 3.4e38)"),
      nullptr},
     "wnm"},
    {{QT_TRANSLATE_NOOP("convlab::core",
                        "%1 is %2×%3 pixels (%4); ConvLab opens images up to %5 megapixels"),
      nullptr},
     "tnnmn"},
    {{QT_TRANSLATE_NOOP("convlab::core",
                        "%1 stores signed integer samples; ConvLab reads 8-bit, 16-bit and "
                        "floating-point images"),
      nullptr},
     "t"},
    {{QT_TRANSLATE_NOOP("convlab::core",
                        "%1 decodes to %2 channels; ConvLab reads grayscale and colour images"),
      nullptr},
     "tn"},
    {{QT_TRANSLATE_NOOP("convlab::core", "%1 has a malformed .npy header (%2): %3"), nullptr},
     "tmt"},
    {{QT_TRANSLATE_NOOP("convlab::core",
                        "%1 holds dtype '%2'; ConvLab reads float32 '<f4', float64 '<f8' and uint8 "
                        "'|u1'"),
      nullptr},
     "tt"},
    {{QT_TRANSLATE_NOOP("convlab::core", "%1: empty field between commas"), nullptr}, "w"},
    {{QT_TRANSLATE_NOOP("convlab::core", "%1: '%2' is not a number"), nullptr}, "wt"},
    {{QT_TRANSLATE_NOOP("convlab::core", "%1: %2 is too large for float32"), nullptr}, "wt"},
    {{QT_TRANSLATE_NOOP("convlab::core", "cannot write %1: the map is empty"), nullptr}, "t"},
    {{QT_TRANSLATE_NOOP("convlab::core",
                        "cannot write %1: the array has %2 dimensions, ConvLab writes 2-D maps"),
      nullptr},
     "tn"},
    {{QT_TRANSLATE_NOOP("convlab::core",
                        "%1 is not an image ConvLab can read (truncated or corrupt)"),
      nullptr},
     "t"},
    {{QT_TRANSLATE_NOOP(
          "convlab::core",
          "%1 is not in an image format whose size ConvLab can check before decoding, "
          "and at %2 it is too large to try (limit %3)"),
      nullptr},
     "tmm"},
    {{QT_TRANSLATE_NOOP("convlab::core", "%1 is not in an image format ConvLab can read"), nullptr},
     "t"},
    {{QT_TRANSLATE_NOOP("convlab::core",
                        "%1 is not a .npy file (it does not start with \\x93NUMPY)"),
      nullptr},
     "t"},
    {{QT_TRANSLATE_NOOP("convlab::core",
                        "%1 is .npy format version %2; ConvLab reads versions 1, 2 and 3"),
      nullptr},
     "tn"},
    {{QT_TRANSLATE_NOOP("convlab::core", "%1 is truncated inside its .npy header"), nullptr}, "t"},
    {{QT_TRANSLATE_NOOP(
          "convlab::core",
          "%1 is truncated inside its .npy header (%2 bytes, header ends at byte %3)"),
      nullptr},
     "tnn"},
    {{QT_TRANSLATE_NOOP("convlab::core", "%1 is stored in Fortran order; save it in C order "
                                         "(numpy.ascontiguousarray) for ConvLab"),
      nullptr},
     "t"},
    {{QT_TRANSLATE_NOOP("convlab::core",
                        "%1 has shape %2; ConvLab reads 1-D, 2-D and H×W×C arrays"),
      nullptr},
     "tt"},
    {{QT_TRANSLATE_NOOP("convlab::core", "%1 is empty (shape %2)"), nullptr}, "tt"},
    {{QT_TRANSLATE_NOOP("convlab::core",
                        "%1 has shape %2, beyond what ConvLab can hold (at most %3 channels)"),
      nullptr},
     "ttn"},
    {{QT_TRANSLATE_NOOP("convlab::core", "%1 has shape %2, too large to hold"), nullptr}, "tt"},
    {{QT_TRANSLATE_NOOP("convlab::core",
                        "%1: the header says shape %2 %3, which is %4 bytes of data, but the file "
                        "holds %5 bytes"),
      nullptr},
     "ttxnn"},
    {{QT_TRANSLATE_NOOP("convlab::core", "%1 has %2 values but line %3 has %4"), nullptr}, "wnnn"},
    {{QT_TRANSLATE_NOOP("convlab::core", "cannot read %1: %2"), nullptr}, "tw"},
    {{QT_TRANSLATE_NOOP("convlab::core", "%1 holds no numbers"), nullptr}, "t"},
    {{QT_TRANSLATE_NOOP("convlab::core",
                        "cannot write %1: a text matrix holds one channel, this map has %2 (write "
                        ".npy instead)"),
      nullptr},
     "tn"},
    {{QT_TRANSLATE_NOOP("convlab::core",
                        "cannot write %1: ConvLab writes .npy, .txt, .csv and .png files"),
      nullptr},
     "t"},
    {{QT_TRANSLATE_NOOP(
          "convlab::core",
          "cannot write %1: a .png holds 1 or 3 channels, this map has %2 (write .npy "
          "instead)"),
      nullptr},
     "tn"},
    {{QT_TRANSLATE_NOOP("convlab::core", "cannot write %1: PNG encoding failed"), nullptr}, "t"},
    {{QT_TRANSLATE_NOOP("convlab::core", "cannot write %1: %2"), nullptr}, "tw"},
};

const QString kNumber =
    QStringLiteral("[-+]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][-+]?[0-9]+)?|[-+]?(?:inf|nan)");
// The numpy type names core writes: float32, float64, uint8.
const QString kTypeName = QStringLiteral("float32|float64|uint8");

struct Compiled {
    const Entry* entry;
    QRegularExpression pattern;
    qsizetype literalLength; // the tie-breaker: the most specific template wins
};

// The template as an anchored expression, one capture per placeholder.
Compiled compile(const Entry& entry)
{
    static const QRegularExpression placeholder(QStringLiteral("%([1-9])"));
    const QString source = QString::fromUtf8(entry.text.source);
    QString pattern;
    qsizetype literal = 0, at = 0;
    const std::size_t parts = std::strlen(entry.parts);
    std::size_t index = 0;
    for (auto it = placeholder.globalMatch(source); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString text = source.mid(at, match.capturedStart() - at);
        pattern += QRegularExpression::escape(text);
        literal += text.size();
        const char part = index < parts ? entry.parts[index] : 't';
        ++index;
        pattern += part == 'n'   ? QStringLiteral("(") + kNumber + QStringLiteral(")")
                   : part == 'x' ? QStringLiteral("(") + kTypeName + QStringLiteral(")")
                                 : QStringLiteral("(.+?)");
        at = match.capturedEnd();
    }
    pattern += QRegularExpression::escape(source.mid(at));
    literal += source.size() - at;
    return {&entry,
            QRegularExpression(QRegularExpression::anchoredPattern(pattern),
                               QRegularExpression::DotMatchesEverythingOption),
            literal};
}

// One copy per thread: the window translates on its computation threads too.
const std::vector<Compiled>& catalogue()
{
    thread_local const std::vector<Compiled> compiled = [] {
        std::vector<Compiled> all;
        for (const Entry& entry : kCatalogue)
            all.push_back(compile(entry));
        return all;
    }();
    return compiled;
}

// The number as core wrote it (same digits, same exponent), with the language's decimal
// point: 0.5 becomes 0,5 in French.
QString localisedNumber(const QString& text)
{
    return QString(text).replace(QLatin1Char('.'), QLocale().decimalPoint());
}

// %1…%9 of `text` replaced in one pass, so that a part holding "%2" is never re-read.
QString substitute(const QString& text, const QStringList& parts)
{
    QString result;
    result.reserve(text.size() + 32);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('%') && i + 1 < text.size() && text.at(i + 1) >= QLatin1Char('1') &&
            text.at(i + 1) <= QLatin1Char('9')) {
            const int index = text.at(i + 1).digitValue() - 1;
            if (index < parts.size()) {
                result += parts.at(index);
                ++i;
                continue;
            }
        }
        result += c;
    }
    return result;
}

bool translateInto(const QString& message, QString* out);

// A part as the message will show it; false when an 'm' part is not a catalogue message.
bool translatePart(char kind, const QString& part, QString* out)
{
    switch (kind) {
    case 'n':
        *out = localisedNumber(part);
        return true;
    case 'w':
        if (!translateInto(part, out))
            *out = part;
        return true;
    case 'm':
        return translateInto(part, out);
    default:
        *out = part;
        return true;
    }
}

bool translateInto(const QString& message, QString* out)
{
    const Compiled* best = nullptr;
    QStringList bestParts;
    for (const Compiled& candidate : catalogue()) {
        if (best && candidate.literalLength <= best->literalLength)
            continue;
        const QRegularExpressionMatch match = candidate.pattern.match(message);
        if (!match.hasMatch())
            continue;
        const char* kinds = candidate.entry->parts;
        const int known = static_cast<int>(std::strlen(kinds));
        QStringList parts;
        bool complete = true;
        for (int i = 1; i <= match.lastCapturedIndex() && complete; ++i) {
            QString part;
            complete = translatePart(i <= known ? kinds[i - 1] : 't', match.captured(i), &part);
            parts.append(part);
        }
        if (complete) {
            best = &candidate;
            bestParts = parts;
        }
    }
    if (!best)
        return false;
    const Text& text = best->entry->text;
    *out = substitute(QCoreApplication::translate("convlab::core", text.source, text.comment),
                      bestParts);
    return true;
}

// A sample value for a part, as core would write it.
QString sampleOf(char kind, int index)
{
    switch (kind) {
    case 'n':
        return QString::number(index + 2);
    case 'x':
        return QStringLiteral("float32");
    case 'm':
        return QStringLiteral("(row %1, col %2)").arg(index).arg(index + 1);
    default:
        return QStringLiteral("data%1.npy").arg(index);
    }
}

} // namespace

QString CoreMessages::translate(const QString& message)
{
    QString translated;
    return translateInto(message, &translated) ? translated : message;
}

QString CoreMessages::translate(const std::string& message)
{
    return translate(QString::fromStdString(message));
}

QString CoreMessages::translate(const char* message)
{
    return translate(QString::fromUtf8(message));
}

bool CoreMessages::recognises(const QString& message)
{
    QString translated;
    return translateInto(message, &translated);
}

QList<CoreMessages::Sample> CoreMessages::samples()
{
    QList<Sample> all;
    for (const Entry& entry : kCatalogue) {
        QStringList parts;
        for (int i = 0; entry.parts[i] != '\0'; ++i)
            parts.append(sampleOf(entry.parts[i], i));
        const QString english = QString::fromUtf8(entry.text.source);
        static const QRegularExpression placeholder(QStringLiteral("%[1-9]"));
        all.append({english, substitute(english, parts),
                    static_cast<int>(english.count(placeholder)), static_cast<int>(parts.size())});
    }
    return all;
}

} // namespace convlab
