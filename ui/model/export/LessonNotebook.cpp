// SPDX-License-Identifier: MIT
#include "export/LessonNotebook.h"

#include "codegen/CodeGenerator.h"
#include "export/RichTextMarkdown.h"
#include "export/StagedTarget.h"
#include "i18n/Language.h"
#include "io/NpyCodec.h"
#include "lessons/StepFacts.h"
#include "lessons/StepText.h"
#include "stepper/MatrixPresets.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <set>

namespace convlab {

namespace {

using Claim = Expectation::Claim;

// The first cell: imports, then the helpers that restate ConvLab's conventions.
constexpr const char* kSetup = R"(import cv2
import numpy as np
import torch
import torch.nn.functional as F
from numpy.lib.stride_tricks import sliding_window_view

# ConvLab's conventions, as its response view computes them:
# - "conv" is cross-correlation, as PyTorch's F.conv2d; a true convolution flips the kernel.
# - Template matching is OpenCV's cv2.matchTemplate; with padding, the image is padded first,
#   and with a stride every stride-th window is kept.
# - A normalised score that is 0/0 (a flat window or patch) is undefined: NaN, never the best.
# - Peaks are (row, col) of the map: np.unravel_index(np.argmax(m), m.shape), argmin for the
#   sqdiff methods; on ties the first in row-major order, as numpy.


def match_map(image, patch, method, stride=(1, 1), padding=(0, 0, 0, 0), mode='constant'):
    """cv2.matchTemplate as ConvLab computes it: the image padded (np.pad's mode) by
    (top, bottom, left, right), every stride-th window kept, undefined scores NaN."""
    top, bottom, left, right = padding
    x = np.pad(image, ((top, bottom), (left, right)), mode=mode)
    r = cv2.matchTemplate(x, patch, method)
    if method in (cv2.TM_SQDIFF_NORMED, cv2.TM_CCORR_NORMED, cv2.TM_CCOEFF_NORMED):
        win = sliding_window_view(x, patch.shape)  # win[i, j]: the window at (i, j), a view
        hi, lo = win.max(axis=(2, 3)), win.min(axis=(2, 3))
        size = np.maximum(np.abs(hi), np.abs(lo))
        if method == cv2.TM_CCOEFF_NORMED:  # nothing left once the means are taken away
            undefined = (hi - lo <= 1e-5 * size) | (np.ptp(patch) <= 1e-5 * np.abs(patch).max())
        else:  # an all-zero window or patch
            undefined = (size == 0) | (not patch.any())
        r = np.where(undefined, np.nan, r).astype(np.float32)
    return r[::stride[0], ::stride[1]]


def find_peaks(m, top_k=1, min_distance=0, threshold=None, lower=False):
    """The peaks ConvLab marks, best first: the best cell, then the best one farther than
    min_distance cells (rows or cols) from those kept, up to top_k, none worse than threshold."""
    key = -m if lower else m
    free = ~np.isnan(key)
    if threshold is not None:
        free &= key >= np.float32(-threshold if lower else threshold)
    peaks = []
    while len(peaks) < top_k and free.any():
        row, col = np.unravel_index(np.flatnonzero(free)[np.argmax(key[free])], m.shape)
        peaks.append((int(row), int(col), float(m[row, col])))
        d = min_distance
        free[max(row - d, 0) : row + d + 1, max(col - d, 0) : col + d + 1] = False
    return peaks


def conv_matrix(shape, w, stride=(1, 1), padding=(0, 0, 0, 0), dilation=(1, 1)):
    """W with y = W x for F.conv2d of an input of `shape` (zero padding), x and y flattened
    row-major: column j of W is the convolution of the j-th unit image. Returns W, y's shape."""
    n = shape[0] * shape[1]
    units = torch.eye(n, dtype=torch.float64).reshape((n, 1) + tuple(shape))
    top, bottom, left, right = padding
    kernel = torch.from_numpy(np.asarray(w, np.float64))[None, None]
    y = F.conv2d(F.pad(units, (left, right, top, bottom)), kernel, stride=stride,
                 dilation=dilation)
    return y.reshape(n, -1).T.numpy(), tuple(y.shape[2:])


step_peak, step_score = {}, {}  # the best peak and score of the steps later steps compare with
)";

QString python(double v)
{
    if (v == std::floor(v) && std::abs(v) < 1e15)
        return QString::number(static_cast<qlonglong>(v));
    const double size = std::abs(v);
    return QString::number(v, size >= 1e-6 && size < 1e15 ? 'f' : 'g',
                           QLocale::FloatingPointShortest);
}

QString pythonString(const QString& text)
{
    QString literal = QStringLiteral("'");
    for (const QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('\''))
            literal += QLatin1Char('\\');
        literal += c;
    }
    return literal + QLatin1Char('\'');
}

QString tuple(int a, int b)
{
    return QStringLiteral("(%1, %2)").arg(a).arg(b);
}

QString variableOf(LessonMap map)
{
    switch (map) {
    case LessonMap::Raw:
        return QStringLiteral("raw");
    case LessonMap::Normalised:
        return QStringLiteral("normalised");
    case LessonMap::Response:
        break;
    }
    return QStringLiteral("result");
}

QString peakOf(LessonMap map)
{
    return map == LessonMap::Response ? QStringLiteral("peak")
                                      : QStringLiteral("peak_") + variableOf(map);
}

QString scoreOf(LessonMap map)
{
    return map == LessonMap::Response ? QStringLiteral("score")
                                      : QStringLiteral("score_") + variableOf(map);
}

QJsonArray sourceLines(const QString& text)
{
    QJsonArray lines;
    const QStringList split = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < split.size(); ++i)
        lines.append(i + 1 < split.size() ? split[i] + QLatin1Char('\n') : split[i]);
    return lines;
}

QJsonObject markdownCell(const QString& id, const QString& text)
{
    return {{QStringLiteral("cell_type"), QStringLiteral("markdown")},
            {QStringLiteral("id"), id},
            {QStringLiteral("metadata"), QJsonObject()},
            {QStringLiteral("source"), sourceLines(text)}};
}

QJsonObject codeCell(const QString& id, const QString& code)
{
    QString text = code;
    while (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    return {{QStringLiteral("cell_type"), QStringLiteral("code")},
            {QStringLiteral("id"), id},
            {QStringLiteral("metadata"), QJsonObject()},
            {QStringLiteral("execution_count"), QJsonValue(QJsonValue::Null)},
            {QStringLiteral("outputs"), QJsonArray()},
            {QStringLiteral("source"), sourceLines(text)}};
}

// A generated snippet without its imports: the first cell has them.
QString withoutImports(const std::string& snippet)
{
    QStringList lines = QString::fromStdString(snippet).split(QLatin1Char('\n'));
    while (!lines.isEmpty() &&
           (lines.first().startsWith(QLatin1String("import ")) || lines.first().isEmpty()))
        lines.removeFirst();
    return lines.join(QLatin1Char('\n'));
}

QString npyMode(PaddingMode mode)
{
    switch (mode) {
    case PaddingMode::Reflect:
        return QStringLiteral("reflect");
    case PaddingMode::Replicate:
        return QStringLiteral("edge");
    case PaddingMode::Circular:
        return QStringLiteral("wrap");
    case PaddingMode::Zeros:
        break;
    }
    return QStringLiteral("constant");
}

QString openCvMethod(MatchMethod method)
{
    return QStringLiteral("cv2.TM_") + QString::fromStdString(toString(method)).toUpper();
}

// Restores the default locale, which the texts' numbers follow, when the notebook is built.
class DefaultLocale {
  public:
    explicit DefaultLocale(const QLocale& locale) { QLocale::setDefault(locale); }
    ~DefaultLocale() { QLocale::setDefault(m_saved); }
    DefaultLocale(const DefaultLocale&) = delete;
    DefaultLocale& operator=(const DefaultLocale&) = delete;

  private:
    QLocale m_saved;
};

// The claims of one step as Python, and those left out with the reason.
struct Restated {
    QStringList asserts;
    QStringList pageAsserts; // on the step-through page's case
    QStringList leftOut;     // Markdown list items
    std::set<LessonMap> maps;
    QStringList learned; // the learned page's claims: each a block of code with one assert
};

QString bounds(const QString& value, const std::optional<double>& min,
               const std::optional<double>& max)
{
    if (min && max && *min == *max)
        return QStringLiteral("%1 == %2").arg(value, python(*min));
    QString out = value;
    if (min)
        out = python(*min) + QStringLiteral(" <= ") + out;
    if (max)
        out += QStringLiteral(" <= ") + python(*max);
    return out;
}

QString assertion(const QString& condition, const QString& found)
{
    return QStringLiteral("assert %1, f'%2'").arg(condition, found);
}

// The lecture's network as PyTorch builds it (Architecture::lecture(); tst_learnedclaims
// checks that lectureStages() agrees with its shape table).
QString lectureConvs()
{
    QStringList convs;
    for (const LessonNotebook::LectureStage& s : LessonNotebook::lectureStages())
        convs << QStringLiteral("torch.nn.Conv2d(%1, %2, %3, stride=%4, padding=%5)")
                     .arg(s.inChannels)
                     .arg(s.channels)
                     .arg(s.kernel)
                     .arg(s.stride)
                     .arg(s.padding);
    return QStringLiteral("convs = [%1]").arg(convs.join(QStringLiteral(", ")));
}

// Why a claim about the learned page is not restated, or empty.
QString learnedLeftOut(const Expectation& e, const LessonStep& step)
{
    // Both need the page's own trained weights: the network trained on ConvLab's compiled-in
    // digit sheet, or the two decoders trained on it. tst_learnedclaims checks them instead.
    if (e.claim() == Claim::LearnedDecoder)
        return LessonNotebook::tr("it is about the decoders the Decoder tab trains on ConvLab's "
                                  "digit sheet; ConvLab's tests check it on that run.");
    if (e.claim() == Claim::LearnedUnit && e.inkOutside())
        return LessonNotebook::tr("it is about the network the page trains on ConvLab's digit "
                                  "sheet and one of its digits; ConvLab's tests check it on them.");
    if (!step.learned)
        return LessonNotebook::tr("the step does not open the learned page.");
    if (e.claim() == Claim::LearnedUnit && step.learned->unit == LearnedChoice::Unit::WholeMap)
        return LessonNotebook::tr("the step projects a whole map, not a unit.");
    return {};
}

// A learned claim that holds for any weights, restated on random ones: one block, one assert.
QString learnedCode(const Expectation& e, const LearnedChoice& choice)
{
    QStringList code;
    if (e.claim() == Claim::LearnedGradient) {
        const auto& stages = LessonNotebook::lectureStages();
        const int index = choice.stage == QLatin1String("conv2") ? 1 : 0;
        const LessonNotebook::LectureStage& s = stages[static_cast<std::size_t>(index)];
        code << LessonNotebook::tr("# ∂L/∂x at %1's input by autograd, beside the transposed "
                                   "convolution of δ = ∂L/∂y with %1's filters (Wᵀδ)")
                    .arg(choice.stage)
             << LessonNotebook::tr("# %1 of the lecture's network: %2 → %3 channels, %4×%4, "
                                   "stride %5, padding %6, on %7×%7 maps. Any weights, any input "
                                   "and any δ: the identity holds for all of them, so random "
                                   "ones stand for the page's network, untrained or trained.")
                    .arg(choice.stage)
                    .arg(s.inChannels)
                    .arg(s.channels)
                    .arg(s.kernel)
                    .arg(s.stride)
                    .arg(s.padding)
                    .arg(s.inSize)
             << QStringLiteral("torch.manual_seed(1)")
             << QStringLiteral("conv = torch.nn.Conv2d(%1, %2, %3, stride=%4, padding=%5)")
                    .arg(s.inChannels)
                    .arg(s.channels)
                    .arg(s.kernel)
                    .arg(s.stride)
                    .arg(s.padding)
             << QStringLiteral("x = torch.rand(1, %1, %2, %2, requires_grad=True)")
                    .arg(s.inChannels)
                    .arg(s.inSize)
             << QStringLiteral("y = conv(x)")
             << QStringLiteral("delta = torch.randn_like(y)  # δ = ∂L/∂y, for L = Σ δ·y")
             << QStringLiteral("y.backward(delta)")
             << QStringLiteral("transposed = F.conv_transpose2d(delta, conv.weight, "
                               "stride=conv.stride, padding=conv.padding)")
             << QStringLiteral("difference = (x.grad - transposed).abs().max().item()")
             << QStringLiteral("scale = x.grad.abs().max().item()")
             << QStringLiteral("print(f'largest |∂L/∂x − Wᵀδ| {difference:.3g}, where |∂L/∂x| "
                               "reaches {scale:.3g}')")
             << assertion(QStringLiteral("0 < scale and difference <= %1 * scale%2")
                              .arg(python(e.relativeDifference()),
                                   e.inputShape().empty()
                                       ? QString()
                                       : QStringLiteral(" and tuple(x.shape[1:]) == (%1, %2, %3)")
                                             .arg(e.inputShape()[0])
                                             .arg(e.inputShape()[1])
                                             .arg(e.inputShape()[2])),
                          QStringLiteral("the largest difference over the {tuple(x.shape[1:])} "
                                         "input values is {difference:.3g}, where |∂L/∂x| "
                                         "reaches {scale:.3g}"));
        return code.join(QLatin1Char('\n'));
    }
    // LearnedUnit: the deconvnet of Zeiler & Fergus, as core/learn/Deconvnet.h computes it.
    const QString unit = choice.unit == LearnedChoice::Unit::At
                             ? QStringLiteral("row, col = %1, %2  # the step's unit")
                                   .arg(choice.cell.rows)
                                   .arg(choice.cell.cols)
                             : QStringLiteral("row, col = np.unravel_index(int(m.argmax()), "
                                              "m.shape)  # the strongest unit");
    code
        << LessonNotebook::tr("# Map %1 of %2, one unit kept and sent back to the pixels by the "
                              "deconvnet: each layer undone in turn (ReLU, max-unpooling to the "
                              "recorded switches, transposed convolution with the layer's own "
                              "filters)")
               .arg(choice.map)
               .arg(choice.layer)
        << LessonNotebook::tr("# The lecture's network with random weights and a random digit: "
                              "that the projection stays inside the pixels the unit sees holds "
                              "for any weights and any digit (a transposed convolution spreads "
                              "a cell over its kernel only), so they stand for the page's "
                              "network, untrained or trained.")
        << QStringLiteral("torch.manual_seed(1)") << lectureConvs()
        << QStringLiteral("digit = torch.rand(1, 1, 20, 20)")
        << QStringLiteral("names, maps, switches, fields = [], [], [], {}")
        << LessonNotebook::tr("# The receptive field (side, jump, start) of each layer's units, "
                              "as ConvLab's shape table computes it")
        << QStringLiteral("field, jump, start = 1, 1, 0") << QStringLiteral("with torch.no_grad():")
        << QStringLiteral("    x = digit")
        << QStringLiteral("    for stage, conv in enumerate(convs):")
        << QStringLiteral("        x = conv(x)")
        << QStringLiteral("        start -= conv.padding[0] * jump")
        << QStringLiteral("        field += (conv.kernel_size[0] - 1) * jump")
        << QStringLiteral("        jump *= conv.stride[0]")
        << QStringLiteral("        for kind in ('conv', 'relu', 'pool'):")
        << QStringLiteral("            if kind == 'relu':")
        << QStringLiteral("                x = F.relu(x)")
        << QStringLiteral("            elif kind == 'pool':")
        << QStringLiteral("                x, s = F.max_pool2d(x, %1, return_indices=True)")
               .arg(LessonNotebook::lectureStages()[0].pool)
        << QStringLiteral("                switches.append(s)")
        << QStringLiteral("                field += (%1 - 1) * jump")
               .arg(LessonNotebook::lectureStages()[0].pool)
        << QStringLiteral("                jump *= %1").arg(LessonNotebook::lectureStages()[0].pool)
        << QStringLiteral("            names.append(f'{kind}{stage + 1}')")
        << QStringLiteral("            maps.append(x)")
        << QStringLiteral("            fields[names[-1]] = (field, jump, start)")
        << QStringLiteral("    chosen = names.index(%1)").arg(pythonString(choice.layer))
        << QStringLiteral("    m = maps[chosen][0, %1]").arg(choice.map - 1)
        << QStringLiteral("    ") + unit
        << QStringLiteral("    signal = torch.zeros_like(maps[chosen])")
        << QStringLiteral("    signal[0, %1, row, col] = m[row, col]").arg(choice.map - 1)
        << QStringLiteral("    for i in range(chosen, -1, -1):")
        << QStringLiteral("        kind, stage = names[i][:-1], int(names[i][-1]) - 1")
        << QStringLiteral("        if kind == 'pool':")
        << QStringLiteral("            signal = F.max_unpool2d(signal, switches[stage], %1, "
                          "output_size=maps[i - 1].shape[2:])")
               .arg(LessonNotebook::lectureStages()[0].pool)
        << QStringLiteral("        elif kind == 'relu':")
        << QStringLiteral("            signal = F.relu(signal)") << QStringLiteral("        else:")
        << QStringLiteral("            signal = F.conv_transpose2d(signal, convs[stage].weight, "
                          "stride=convs[stage].stride, padding=convs[stage].padding)")
        << QStringLiteral("pixels = signal[0, 0].numpy()")
        << QStringLiteral("field, jump, start = fields[names[chosen]]")
        << QStringLiteral("top, left = start + row * jump, start + col * jump")
        << QStringLiteral("seen = np.zeros(pixels.shape, bool)")
        << QStringLiteral("seen[max(top, 0) : top + field, max(left, 0) : left + field] = True")
        << QStringLiteral("print(f'unit ({row}, {col}) sees {field} × {field} pixels from ({top}, "
                          "{left}); {np.count_nonzero(pixels[seen])} pixels inside are not 0, "
                          "{np.count_nonzero(pixels[~seen])} outside')")
        << assertion(QStringLiteral("field == %1 and pixels[seen].any() and not "
                                    "pixels[~seen].any()")
                         .arg(e.field()),
                     QStringLiteral("a unit sees {field} × {field} pixels; "
                                    "{np.count_nonzero(pixels[~seen])} pixels outside are not 0"));
    return code.join(QLatin1Char('\n'));
}

Restated restate(const LessonStep& step, const StepFacts& facts)
{
    Restated r;
    const bool match = facts.state().parameters.isTemplateMatch();
    for (const Expectation& e : step.expectations) {
        const QString claim = QStringLiteral("`%1`").arg(e.describe());
        const auto leaveOut = [&](const QString& why) {
            r.leftOut << QStringLiteral("- %1 — %2").arg(claim, why);
        };
        if (e.isLearned()) {
            if (const QString why = learnedLeftOut(e, step); !why.isEmpty())
                leaveOut(why);
            else
                r.learned << learnedCode(e, *step.learned);
            continue;
        }
        if (!facts.response.ok() && e.claim() != Claim::PageOutputSize &&
            e.claim() != Claim::TransposedForms && e.claim() != Claim::Matrix &&
            e.claim() != Claim::Checkerboard) {
            leaveOut(LessonNotebook::tr("ConvLab computes no response for this step."));
            continue;
        }
        const std::vector<LessonMap> maps =
            e.claim() == Claim::PeaksAgree || e.claim() == Claim::PeaksDiffer
                ? std::vector<LessonMap>{e.map(), e.otherMap()}
                : std::vector<LessonMap>{e.map()};
        const bool sideMap = std::any_of(maps.begin(), maps.end(),
                                         [](LessonMap m) { return m != LessonMap::Response; });
        if (sideMap && !match) {
            leaveOut(LessonNotebook::tr("it names the raw or the normalised map, which only "
                                        "template matching has."));
            continue;
        }
        const QString var = variableOf(e.map());
        const QString peak = peakOf(e.map());
        const QString score = scoreOf(e.map());
        switch (e.claim()) {
        case Claim::PeakAt:
            r.asserts << assertion(
                QStringLiteral("%1 == %2").arg(peak, tuple(e.cell().rows, e.cell().cols)),
                QStringLiteral("the best peak of %1 is at {%2}").arg(var, peak));
            break;
        case Claim::PeakIn: {
            const cv::Rect rect = e.rect();
            r.asserts << assertion(QStringLiteral("%1 <= %2[0] < %3 and %4 <= %2[1] < %5")
                                       .arg(rect.y)
                                       .arg(peak)
                                       .arg(rect.y + rect.height)
                                       .arg(rect.x)
                                       .arg(rect.x + rect.width),
                                   QStringLiteral("the best peak of %1 is at {%2}").arg(var, peak));
            break;
        }
        case Claim::PeaksAgree:
        case Claim::PeaksDiffer: {
            const QString a = peakOf(e.map()), b = peakOf(e.otherMap());
            r.asserts << assertion(QStringLiteral("%1 %2 %3")
                                       .arg(a,
                                            e.claim() == Claim::PeaksAgree ? QStringLiteral("==")
                                                                           : QStringLiteral("!="),
                                            b),
                                   QStringLiteral("the best peaks are at {%1} and {%2}").arg(a, b));
            break;
        }
        case Claim::Score:
            r.asserts << assertion(bounds(score, e.min(), e.max()),
                                   QStringLiteral("the best score is {%1}").arg(score));
            break;
        case Claim::PeakCount:
            r.asserts << assertion(bounds(QStringLiteral("len(peaks)"), e.min(), e.max()),
                                   QStringLiteral("{len(peaks)} peaks are marked"));
            break;
        case Claim::OutputSize:
            r.asserts << assertion(
                QStringLiteral("result.shape == %1").arg(tuple(e.cell().rows, e.cell().cols)),
                QStringLiteral("the response is {result.shape}"));
            break;
        case Claim::Value: {
            const QString cell =
                QStringLiteral("%1[%2, %3]").arg(var).arg(e.cell().rows).arg(e.cell().cols);
            const QString condition =
                e.equals() ? QStringLiteral("abs(%1 - %2) <= %3")
                                 .arg(cell, python(*e.equals()), python(e.tolerance()))
                           : bounds(cell, e.min(), e.max());
            r.asserts << assertion(condition, QStringLiteral("the value is {%1}").arg(cell));
            break;
        }
        case Claim::UndefinedCells:
            r.asserts << assertion(
                bounds(QStringLiteral("np.isnan(result).sum()"), e.min(), e.max()),
                QStringLiteral("{np.isnan(result).sum()} cells are undefined"));
            break;
        case Claim::PeakMoved: {
            const int then = e.step() + 1;
            r.asserts << assertion(
                QStringLiteral("(peak[0] - step_peak[%1][0], peak[1] - step_peak[%1][1]) == %2")
                    .arg(then)
                    .arg(tuple(e.by().rows, e.by().cols)),
                QStringLiteral("the best peak moved from {step_peak[%1]} to {peak}").arg(then));
            break;
        }
        case Claim::ScoreVsStep: {
            const int then = e.step() + 1;
            const QString tolerance = python(Expectation::kScoreTolerance);
            const QString condition =
                e.relation() == Expectation::Relation::Equal
                    ? QStringLiteral("abs(score - step_score[%1]) <= %2").arg(then).arg(tolerance)
                : e.relation() == Expectation::Relation::Lower
                    ? QStringLiteral("score < step_score[%1] - %2").arg(then).arg(tolerance)
                    : QStringLiteral("score > step_score[%1] + %2").arg(then).arg(tolerance);
            r.asserts << assertion(condition, QStringLiteral("the best score is {score} here and "
                                                             "{step_score[%1]} at step %1")
                                                  .arg(then));
            break;
        }
        case Claim::PageOutputSize:
            if (!facts.stepperCase && !facts.transposedCase && !facts.matrix) {
                leaveOut(LessonNotebook::tr("the step opens no step-through case."));
                continue;
            }
            r.pageAsserts << assertion(
                QStringLiteral("page.shape == %1").arg(tuple(e.cell().rows, e.cell().cols)),
                QStringLiteral("the page outputs {page.shape}"));
            continue;
        case Claim::TransposedForms:
            if (!facts.transposedCase) {
                leaveOut(LessonNotebook::tr("the step opens no Transposed case."));
                continue;
            }
            r.pageAsserts << assertion(
                QStringLiteral("zero_insertion.shape == scatter.shape == matrix_form.shape and "
                               "max(np.abs(zero_insertion - scatter).max(), "
                               "np.abs(zero_insertion - matrix_form).max()) <= 0.0001"),
                QStringLiteral("zero insertion {zero_insertion.tolist()}, scatter "
                               "{scatter.tolist()}, Wᵀy {matrix_form.tolist()}"));
            continue;
        case Claim::Checkerboard: {
            if (!facts.checkerboard) {
                leaveOut(LessonNotebook::tr("the step opens no Checkerboard case."));
                continue;
            }
            const auto flag = [&](const char* key) {
                return e.source().value(QLatin1String(key)).toBool() ? QStringLiteral("True")
                                                                     : QStringLiteral("False");
            };
            QStringList all;
            if (e.source().contains(QStringLiteral("even")))
                all << QStringLiteral("flat(inner) == %1").arg(flag("even"));
            if (e.source().contains(QStringLiteral("resize_even")))
                all << QStringLiteral("flat(resized_inner) == %1").arg(flag("resize_even"));
            if (e.source().contains(QStringLiteral("interior"))) {
                const QJsonArray range = e.source().value(QStringLiteral("interior")).toArray();
                all << QStringLiteral("(inner.min(), inner.max()) == %1")
                           .arg(tuple(range[0].toInt(), range[1].toInt()));
            }
            r.pageAsserts << assertion(all.join(QStringLiteral(" and ")),
                                       QStringLiteral("inside the frame the overlap is "
                                                      "{inner.min():g} to {inner.max():g}, resize "
                                                      "then convolution {resized_inner.min():g} "
                                                      "to {resized_inner.max():g}"));
            continue;
        }
        case Claim::LearnedGradient:
        case Claim::LearnedUnit:
        case Claim::LearnedDecoder:
            continue; // above
        case Claim::Matrix: {
            if (!facts.matrix) {
                leaveOut(LessonNotebook::tr("the step opens no Matrix case."));
                continue;
            }
            QStringList all;
            const std::optional<bool> orthonormal =
                e.source().contains(QStringLiteral("orthonormal"))
                    ? std::optional<bool>(e.source().value(QStringLiteral("orthonormal")).toBool())
                    : std::nullopt;
            const std::optional<bool> reconstructs =
                e.source().contains(QStringLiteral("reconstructs"))
                    ? std::optional<bool>(e.source().value(QStringLiteral("reconstructs")).toBool())
                    : std::nullopt;
            const QString tolerance = python(kMatrixOrthonormalTolerance);
            if (orthonormal)
                all << QStringLiteral("orthonormality %1 %2")
                           .arg(*orthonormal ? QStringLiteral("<=") : QStringLiteral(">"),
                                tolerance);
            if (reconstructs)
                all << QStringLiteral("reconstruction %1 %2")
                           .arg(*reconstructs ? QStringLiteral("<=") : QStringLiteral(">"),
                                tolerance); // ConvLab's 10⁻⁵, the same as orthonormality's
            if (e.source().contains(QStringLiteral("w_shape"))) {
                const QJsonArray shape = e.source().value(QStringLiteral("w_shape")).toArray();
                all << QStringLiteral("W.shape == %1")
                           .arg(tuple(shape[0].toInt(), shape[1].toInt()));
            }
            QString found = QStringLiteral("W is {W.shape}, ‖W Wᵀ − I‖ = {orthonormality:.3g}, "
                                           "‖WᵀWx − x‖/‖x‖ = {reconstruction:.3g}");
            if (e.source().contains(QStringLiteral("input_gradient"))) {
                if (!facts.matrix->backward) {
                    leaveOut(LessonNotebook::tr("the step's Matrix case has no target."));
                    continue;
                }
                QStringList values;
                for (const QJsonValue v :
                     e.source().value(QStringLiteral("input_gradient")).toArray())
                    values << python(v.toDouble());
                all << QStringLiteral("np.allclose(gradient, [%1], rtol=0, atol=0.0001)")
                           .arg(values.join(QStringLiteral(", ")));
                found += QStringLiteral(", ∂L/∂x = {gradient.tolist()}");
            }
            r.pageAsserts << assertion(all.join(QStringLiteral(" and ")), found);
            continue;
        }
        }
        r.maps.insert(maps.begin(), maps.end());
    }
    return r;
}

// The step's response computed with the code generator's snippet: PyTorch for a convolution,
// OpenCV for template matching.
QString computation(const DocumentState& state, const QString& image, const QString& patch)
{
    const Parameters& p = state.parameters;
    CodeRequest request;
    request.inputPath = image.toStdString();
    request.kernelPath = patch.toStdString();
    if (p.isTemplateMatch()) {
        request.operation = CodeRequest::Operation::Match;
        request.method = p.method;
        return LessonNotebook::tr("# The code generator's OpenCV snippet (convlab code match "
                                  "IMAGE PATCH --lang opencv):") +
               QLatin1Char('\n') + withoutImports(generateCode(request, CodeLanguage::OpenCV));
    }
    request.operation = CodeRequest::Operation::Conv;
    request.conv = p.effectiveConv();
    return LessonNotebook::tr("# The code generator's PyTorch snippet (convlab code conv INPUT "
                              "KERNEL --lang pytorch):") +
           QLatin1Char('\n') + withoutImports(generateCode(request, CodeLanguage::PyTorch));
}

// The response map as ConvLab shows it, its peaks, then the asserts.
QString claimsCell(const StepFacts& facts, const Restated& restated, bool keepBest, int stepNumber)
{
    const Parameters& p = facts.state().parameters;
    QStringList code;
    if (p.isTemplateMatch()) {
        const Padding& pad = p.conv.padding;
        const QString arguments = QStringLiteral("stride=%1, padding=(%2, %3, %4, %5), mode=%6")
                                      .arg(tuple(p.conv.stride.rows, p.conv.stride.cols))
                                      .arg(pad.top)
                                      .arg(pad.bottom)
                                      .arg(pad.left)
                                      .arg(pad.right)
                                      .arg(pythonString(npyMode(p.conv.paddingMode)));
        code << LessonNotebook::tr("# The map ConvLab shows: the same matching, with its "
                                   "undefined (0/0) scores as NaN")
             << QStringLiteral("result = match_map(image, patch, %1, %2)")
                    .arg(openCvMethod(p.method), arguments);
        if (restated.maps.count(LessonMap::Raw))
            code
                << QStringLiteral("raw = match_map(image, patch, cv2.TM_CCORR, %1)").arg(arguments);
        if (restated.maps.count(LessonMap::Normalised))
            code << QStringLiteral("normalised = match_map(image, patch, cv2.TM_CCOEFF_NORMED, %1)")
                        .arg(arguments);
    } else {
        code << LessonNotebook::tr("# The map ConvLab shows")
             << QStringLiteral("result = out.numpy()");
    }
    if (p.poolEnabled) {
        CodeRequest pool;
        pool.operation = CodeRequest::Operation::Pool;
        pool.inputPath = "response.npy";
        pool.pool = p.pool;
        QString snippet = withoutImports(generateCode(pool, CodeLanguage::PyTorch));
        snippet.replace(QStringLiteral("x = np.load('response.npy').astype(np.float32)"),
                        QStringLiteral("x = result"));
        code << LessonNotebook::tr("# then pooled, with the code generator's PyTorch snippet")
             << snippet << QStringLiteral("result = out.numpy()");
    }
    const bool lower = facts.lowerIsBetter(LessonMap::Response);
    const QString argbest = lower ? QStringLiteral("np.nanargmin") : QStringLiteral("np.nanargmax");
    code << QString()
         << LessonNotebook::tr("# The best peak, (row, col), numpy's convention; an undefined "
                               "(NaN) cell never wins")
         << QStringLiteral("peak = np.unravel_index(%1(result), result.shape)").arg(argbest)
         << QStringLiteral("score = result[peak]");
    for (const LessonMap map : {LessonMap::Raw, LessonMap::Normalised})
        if (restated.maps.count(map))
            code << QStringLiteral("%1 = np.unravel_index(np.nanargmax(%2), %2.shape)")
                        .arg(peakOf(map), variableOf(map))
                 << QStringLiteral("%1 = %2[%3]").arg(scoreOf(map), variableOf(map), peakOf(map));
    const PeakQuery& q = p.peaks;
    code << LessonNotebook::tr("# The peaks ConvLab marks (top-k, distance, threshold)")
         << QStringLiteral("peaks = find_peaks(result, top_k=%1, min_distance=%2, threshold=%3%4)")
                .arg(q.topK)
                .arg(q.minDistance)
                .arg(q.useThreshold ? python(q.threshold) : QStringLiteral("None"),
                     lower ? QStringLiteral(", lower=True") : QString())
         << QStringLiteral("print(f'response {result.shape}, best peak {peak}, score "
                           "{score:.6g}, {len(peaks)} peak(s) marked')");
    if (keepBest)
        code << QStringLiteral("step_peak[%1], step_score[%1] = peak, score").arg(stepNumber);
    if (!restated.asserts.isEmpty())
        code << QString() << LessonNotebook::tr("# The step's claims, checked") << restated.asserts;
    return code.join(QLatin1Char('\n'));
}

// The step-through page's own case, when the step opens one, computed as the page shows it.
QString pageCell(const StepFacts& facts, const Restated& restated, const QString& input,
                 const QString& kernel)
{
    QStringList code;
    const auto snippet = [&](CodeRequest request, CodeLanguage lang) {
        request.inputPath = input.toStdString();
        request.kernelPath = kernel.toStdString();
        return withoutImports(generateCode(request, lang));
    };
    if (facts.transposedCase) {
        const StepperSetup& s = *facts.transposedCase;
        CodeRequest request;
        request.operation = CodeRequest::Operation::TransposedConv;
        request.transposed = s.transposed;
        code << LessonNotebook::tr("# The Transposed page's case, its own input and kernel; "
                                   "first as PyTorch's conv_transpose2d (the code generator's "
                                   "snippet)")
             << snippet(request, CodeLanguage::PyTorch) << QStringLiteral("page = out.numpy()")
             << QString() << LessonNotebook::tr("# (1) zero insertion (the OpenCV snippet)")
             << snippet(request, CodeLanguage::OpenCV) << QStringLiteral("zero_insertion = out")
             << QString() << LessonNotebook::tr("# (2) scatter (the NumPy snippet)")
             << snippet(request, CodeLanguage::NumPy) << QStringLiteral("scatter = out")
             << QString()
             << LessonNotebook::tr("# (3) Wᵀy, W the matrix of the convolution it undoes")
             << QStringLiteral("W, _ = conv_matrix(page.shape, w, stride=%1, padding=(%2, %3, "
                               "%4, %5), dilation=%6)")
                    .arg(tuple(s.transposed.stride.rows, s.transposed.stride.cols))
                    .arg(s.transposed.padding.top)
                    .arg(s.transposed.padding.bottom)
                    .arg(s.transposed.padding.left)
                    .arg(s.transposed.padding.right)
                    .arg(tuple(s.transposed.dilation.rows, s.transposed.dilation.cols))
             << QStringLiteral("matrix_form = (W.T @ x.ravel()).reshape(page.shape)");
    } else if (facts.stepperCase) {
        const StepperSetup& s = *facts.stepperCase;
        CodeRequest request;
        request.operation = CodeRequest::Operation::Conv;
        request.conv = s.conv;
        code << LessonNotebook::tr("# The Stepper page's case, its own input and kernel (the "
                                   "code generator's PyTorch snippet)")
             << snippet(request, CodeLanguage::PyTorch) << QStringLiteral("page = out.numpy()");
    } else if (facts.matrix) {
        const MatrixFigures& m = *facts.matrix;
        code << LessonNotebook::tr("# The Matrix page's case: y = W x, x and y flattened")
             << QStringLiteral("x = np.load(%1).astype(np.float64)").arg(pythonString(input))
             << QStringLiteral("w = np.load(%1).astype(np.float64)").arg(pythonString(kernel))
             << QStringLiteral("W, y_shape = conv_matrix(x.shape, w, stride=%1, padding=(%2, %3, "
                               "%4, %5), dilation=%6)")
                    .arg(tuple(m.stride.rows, m.stride.cols))
                    .arg(m.padding.top)
                    .arg(m.padding.bottom)
                    .arg(m.padding.left)
                    .arg(m.padding.right)
                    .arg(tuple(m.dilation.rows, m.dilation.cols))
             << QStringLiteral("page = (W @ x.ravel()).reshape(y_shape)")
             << QStringLiteral("orthonormality = np.linalg.norm(W @ W.T - np.eye(len(W)))  # "
                               "‖W Wᵀ − I‖, Frobenius")
             << QStringLiteral("x_hat = W.T @ W @ x.ravel()")
             << QStringLiteral("reconstruction = np.linalg.norm(x_hat - x.ravel()) / "
                               "(np.linalg.norm(x) or 1)  # ‖WᵀWx − x‖ / ‖x‖")
             << QStringLiteral("print(W)")
             << QStringLiteral("print(f'y = {page.ravel()}, ‖W Wᵀ − I‖ = {orthonormality:.3g}, "
                               "‖WᵀWx − x‖/‖x‖ = {reconstruction:.3g}')");
        if (m.backward) {
            QStringList target;
            for (int i = 0; i < static_cast<int>(m.backward->target.total()); ++i)
                target << python(m.backward->target.ptr<float>()[i]);
            code << LessonNotebook::tr("# The backward pass of L = ½ Σ (y − t)²: δ = y − t, then "
                                       "∂L/∂x = Wᵀδ")
                 << QStringLiteral("t = np.array([%1])").arg(target.join(QStringLiteral(", ")))
                 << QStringLiteral("delta = page.ravel() - t")
                 << QStringLiteral("gradient = W.T @ delta")
                 << QStringLiteral("print(f'δ = {delta}, L = {0.5 * delta @ delta:.6g}, "
                                   "∂L/∂x = {gradient}')");
        }
    } else if (facts.checkerboardCase) {
        const StepThroughChoice::Checkerboard& c = *facts.checkerboardCase;
        code << LessonNotebook::tr("# The Checkerboard page's case: ones through a kernel of "
                                   "ones, transposed (no padding), and resized then convolved "
                                   "(\"same\" padding)")
             << QStringLiteral("n, k, s, d = %1, %2, %3, %4")
                    .arg(c.input)
                    .arg(c.kernel)
                    .arg(c.stride)
                    .arg(c.dilation)
             << QStringLiteral("ones, kernel = torch.ones(1, 1, n, n), torch.ones(1, 1, k, k)")
             << QStringLiteral("overlap = F.conv_transpose2d(ones, kernel, stride=s, "
                               "dilation=d)[0, 0].numpy()")
             << LessonNotebook::tr("# Inside the frame: the cells every tap of whose window "
                                   "lands on an input cell")
             << QStringLiteral("lo, hi = d * (k - 1), min(len(overlap), (n - 1) * s + 1)")
             << QStringLiteral("inner = overlap[lo:hi, lo:hi]")
             << QStringLiteral("up = F.interpolate(ones, scale_factor=s, mode=%1)")
                    .arg(c.bilinear ? QStringLiteral("'bilinear', align_corners=False")
                                    : QStringLiteral("'nearest'"))
             << QStringLiteral("resized = F.conv2d(up, kernel, padding='same')[0, 0].numpy()")
             << QStringLiteral("before, after = (k - 1) // 2, k - 1 - (k - 1) // 2")
             << QStringLiteral("resized_inner = resized[before:len(resized) - after, "
                               "before:len(resized) - after]")
             << QStringLiteral("flat = lambda m: m.size > 0 and bool(np.ptp(m) <= 1e-6 * "
                               "np.abs(m).max())")
             << QStringLiteral("print(overlap)");
    }
    if (!restated.pageAsserts.isEmpty())
        code << QString() << LessonNotebook::tr("# The step's claims about the page, checked")
             << restated.pageAsserts;
    return code.join(QLatin1Char('\n'));
}

QString stepMarkdown(const LessonStep& step, const StepFacts& facts, const QString& language)
{
    const Concealment hidden = concealmentOf(step);
    QString text = QStringLiteral("## %1\n\n")
                       .arg(LessonNotebook::tr("Step %1: %2")
                                .arg(facts.index + 1)
                                .arg(richTextToMarkdown(step.title.in(language))));
    text += richTextToMarkdown(StepText::fill(step.text.in(language), facts, hidden));
    if (!facts.snapshot.operations.empty()) {
        QStringList ops;
        for (const AppliedOperation& op : facts.snapshot.operations)
            ops << richTextToMarkdown(op.description.toHtmlEscaped());
        text += QStringLiteral("\n\n") +
                LessonNotebook::tr("*Image operations:* %1").arg(ops.join(QStringLiteral(", ")));
    }
    if (step.exercise)
        text += QStringLiteral("\n\n") +
                LessonNotebook::tr("**Exercise.** %1")
                    .arg(richTextToMarkdown(
                        StepText::fill(step.exercise->question.in(language), facts, hidden)));
    if (!facts.response.ok())
        text += QStringLiteral("\n\n") +
                LessonNotebook::tr("*ConvLab computes no response for this step:* %1")
                    .arg(richTextToMarkdown(facts.response.error.toHtmlEscaped()));
    return text;
}

QString stepTag(int index, int count)
{
    return QStringLiteral("step%1").arg(index + 1, count >= 100 ? 3 : 2, 10, QLatin1Char('0'));
}

} // namespace

const std::array<LessonNotebook::LectureStage, 2>& LessonNotebook::lectureStages()
{
    static const std::array<LectureStage, 2> stages{LectureStage{1, 8, 5, 1, 2, 2, 20},
                                                    LectureStage{8, 16, 5, 1, 2, 2, 10}};
    return stages;
}

std::optional<LessonNotebook::Notebook> LessonNotebook::build(const LessonScript& script,
                                                              const QString& language,
                                                              const QString& folder, QString* error)
{
    const DefaultLocale locale(Language::locale(language));
    Notebook notebook;
    QJsonArray cells;

    QString intro = QStringLiteral("# ") + richTextToMarkdown(script.title().in(language));
    if (!script.text().isEmpty())
        intro += QStringLiteral("\n\n") + richTextToMarkdown(script.text().in(language));
    intro += QStringLiteral("\n\n") +
             tr("*Written by ConvLab.* Each step of the lesson follows: its text, a cell that "
                "loads the step's image and patch (`%1/`) and computes its response with NumPy, "
                "PyTorch or OpenCV, and a cell that checks the step's claims with `assert`. "
                "Run all cells: the notebook proves itself — an assert that fails names what it "
                "found instead. Maps are indexed (row, col), as NumPy does; ConvLab's "
                "conventions are in the next cell.")
                 .arg(folder);
    cells.append(markdownCell(QStringLiteral("lesson"), intro));
    cells.append(codeCell(QStringLiteral("setup"), QString::fromUtf8(kSetup)));

    // Which steps a later claim compares with.
    std::set<int> compared;
    for (int i = 0; i < script.stepCount(); ++i)
        for (const Expectation& e : script.step(i).expectations)
            if (e.claim() == Claim::PeakMoved || e.claim() == Claim::ScoreVsStep)
                compared.insert(e.step());

    for (int i = 0; i < script.stepCount(); ++i) {
        const std::optional<StepFacts> facts = StepFacts::compute(script, i, error);
        if (!facts)
            return std::nullopt;
        const LessonStep& step = script.step(i);
        const QString tag = stepTag(i, script.stepCount());
        cells.append(
            markdownCell(tag + QStringLiteral("-text"), stepMarkdown(step, *facts, language)));
        notebook.claims += static_cast<int>(step.expectations.size());
        const Restated restated = restate(step, *facts);
        if (facts->response.ok()) {
            const QString image = tag + QStringLiteral("_image.npy");
            const QString patch = tag + QStringLiteral("_patch.npy");
            notebook.files.push_back({image, facts->state().image});
            notebook.files.push_back({patch, facts->state().patch});
            cells.append(codeCell(tag + QStringLiteral("-compute"),
                                  computation(facts->state(), folder + QLatin1Char('/') + image,
                                              folder + QLatin1Char('/') + patch)));
            cells.append(codeCell(tag + QStringLiteral("-claims"),
                                  claimsCell(*facts, restated, compared.count(i) > 0, i + 1)));
            notebook.asserts += static_cast<int>(restated.asserts.size());
        }
        const StepperSetup* page = facts->transposedCase ? &*facts->transposedCase
                                   : facts->stepperCase  ? &*facts->stepperCase
                                                         : nullptr;
        if (page || facts->matrix) {
            const QString input = tag + QStringLiteral("_page_input.npy");
            const QString kernel = tag + QStringLiteral("_page_kernel.npy");
            notebook.files.push_back({input, page ? page->input : facts->matrix->x});
            notebook.files.push_back({kernel, page ? page->kernel : facts->matrix->kernel});
            cells.append(codeCell(tag + QStringLiteral("-page"),
                                  pageCell(*facts, restated, folder + QLatin1Char('/') + input,
                                           folder + QLatin1Char('/') + kernel)));
            notebook.asserts += static_cast<int>(restated.pageAsserts.size());
        } else if (facts->checkerboardCase) { // ones, made in the cell: no files
            cells.append(
                codeCell(tag + QStringLiteral("-page"), pageCell(*facts, restated, {}, {})));
            notebook.asserts += static_cast<int>(restated.pageAsserts.size());
        }
        if (!restated.learned.isEmpty()) {
            cells.append(codeCell(tag + QStringLiteral("-learned"),
                                  tr("# The step's claims about the learned page, checked") +
                                      QLatin1Char('\n') +
                                      restated.learned.join(QStringLiteral("\n\n"))));
            notebook.asserts += static_cast<int>(restated.learned.size());
        }
        if (!restated.leftOut.isEmpty())
            cells.append(markdownCell(tag + QStringLiteral("-unchecked"),
                                      tr("*Claims of this step not restated here:*") +
                                          QStringLiteral("\n\n") +
                                          restated.leftOut.join(QLatin1Char('\n'))));
    }

    notebook.json = {
        {QStringLiteral("nbformat"), 4},
        {QStringLiteral("nbformat_minor"), 5},
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("kernelspec"),
                      QJsonObject{{QStringLiteral("name"), QStringLiteral("python3")},
                                  {QStringLiteral("display_name"), QStringLiteral("Python 3")},
                                  {QStringLiteral("language"), QStringLiteral("python")}}},
                     {QStringLiteral("language_info"),
                      QJsonObject{{QStringLiteral("name"), QStringLiteral("python")}}},
                     {QStringLiteral("convlab"),
                      QJsonObject{{QStringLiteral("language"), language},
                                  {QStringLiteral("claims"), notebook.claims},
                                  {QStringLiteral("asserts"), notebook.asserts}}}}},
        {QStringLiteral("cells"), cells}};
    return notebook;
}

QString LessonNotebook::folderFor(const QString& notebookPath)
{
    return QFileInfo(notebookPath).completeBaseName() + QStringLiteral("_files");
}

bool LessonNotebook::write(const LessonScript& script, const QString& language,
                           const QString& notebookPath, QString* error)
{
    const QString folderName = folderFor(notebookPath);
    const QString folderPath = QFileInfo(notebookPath).dir().filePath(folderName);
    static const QRegularExpression earlier(QStringLiteral("^step\\d+_[a-z_]+\\.npy$"));
    const auto folder =
        StagedTarget::create(folderPath, StagedTarget::Kind::Folder, QString(), earlier, error);
    if (!folder)
        return false;
    const auto file = StagedTarget::create(notebookPath, StagedTarget::Kind::File,
                                           QStringLiteral("ipynb"), QRegularExpression(), error);
    if (!file)
        return false;
    const std::optional<Notebook> notebook = build(script, language, folderName, error);
    if (!notebook)
        return false;
    const auto put = [&](const QString& path, const QByteArray& bytes, const QString& shown) {
        QFile out(path);
        if (out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size() && out.flush())
            return true;
        *error =
            tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(shown), out.errorString());
        return false;
    };
    for (const File& f : notebook->files)
        if (!put(QDir(folder->path()).filePath(f.name), NpyCodec::encode(f.values),
                 QDir(folderPath).filePath(f.name)))
            return false;
    if (!put(file->path(), QJsonDocument(notebook->json).toJson(QJsonDocument::Indented),
             notebookPath))
        return false;
    return folder->commit(error) && file->commit(error);
}

} // namespace convlab
