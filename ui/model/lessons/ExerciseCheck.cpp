// SPDX-License-Identifier: MIT
#include "lessons/ExerciseCheck.h"

#include "Error.h"
#include "compute/ResponsePipeline.h"
#include "i18n/CoreMessages.h"

#include <QLocale>
#include <cmath>

namespace convlab {

ExerciseCheck::Answer ExerciseCheck::expected(const Exercise& exercise, const DocumentState& state)
{
    Answer answer;
    if (exercise.kind == Exercise::Kind::TransposedOutputSize) {
        try {
            const int o = transposedOutputSize(exercise.transposed);
            answer.values = {double(o), double(o)};
            answer.explanation = QString::fromStdString(transposedFormula(exercise.transposed));
        } catch (const Error& error) {
            answer.error = CoreMessages::translate(error.what());
        }
        return answer;
    }
    DocumentState computed = state;
    computed.view.sideBySide = false; // the answers read the response only
    const ResponseResult result = ResponsePipeline::compute(ResponsePipeline::inputFor(computed));
    if (!result.ok()) {
        answer.error = result.error;
        return answer;
    }
    switch (exercise.kind) {
    case Exercise::Kind::OutputSize: {
        answer.values = {double(result.pooledSize.rows), double(result.pooledSize.cols)};
        QStringList lines{tr("rows: %1").arg(result.rowFormula),
                          tr("cols: %1").arg(result.colFormula)};
        if (state.parameters.poolEnabled)
            lines << tr("pooling, rows: %1").arg(result.poolRowFormula)
                  << tr("pooling, cols: %1").arg(result.poolColFormula);
        answer.explanation = lines.join(QLatin1Char('\n'));
        break;
    }
    case Exercise::Kind::Value: {
        const Pair cell = exercise.cell;
        if (cell.rows >= result.response.rows || cell.cols >= result.response.cols) {
            answer.error = tr("the cell (%1, %2) is outside the %3 × %4 response")
                               .arg(cell.rows)
                               .arg(cell.cols)
                               .arg(result.response.rows)
                               .arg(result.response.cols);
            break;
        }
        const float value = result.response.at<float>(cell.rows, cell.cols);
        if (std::isnan(value)) {
            answer.error =
                tr("the score at (%1, %2) is undefined (0/0)").arg(cell.rows).arg(cell.cols);
            break;
        }
        answer.values = {double(value)};
        answer.explanation = tr("result[%1, %2] = %3")
                                 .arg(cell.rows)
                                 .arg(cell.cols)
                                 .arg(QLocale().toString(double(value), 'g', 6));
        break;
    }
    case Exercise::Kind::Peak:
        if (result.peaks.empty()) {
            answer.error = tr("the response has no defined value, hence no peak");
            break;
        }
        answer.values = {double(result.peaks.front().row), double(result.peaks.front().col)};
        answer.explanation =
            tr("np.unravel_index(np.argmax(result), result.shape) = (%1, %2), score %3")
                .arg(result.peaks.front().row)
                .arg(result.peaks.front().col)
                .arg(QLocale().toString(double(result.peaks.front().score), 'f', 3));
        break;
    case Exercise::Kind::TransposedOutputSize:
        break;
    }
    return answer;
}

int ExerciseCheck::fieldCount(const Exercise& exercise)
{
    return exercise.kind == Exercise::Kind::Value ? 1 : 2;
}

QStringList ExerciseCheck::fieldLabels(const Exercise& exercise)
{
    switch (exercise.kind) {
    case Exercise::Kind::OutputSize:
    case Exercise::Kind::TransposedOutputSize:
        return {tr("rows"), tr("cols")};
    case Exercise::Kind::Peak:
        return {tr("row"), tr("col")};
    case Exercise::Kind::Value:
        return {tr("value")};
    }
    return {};
}

ExerciseCheck::Verdict ExerciseCheck::check(const Exercise& exercise, const Answer& answer,
                                            const std::vector<double>& given)
{
    Verdict verdict;
    if (!answer.ok()) {
        verdict.feedback = tr("This step has no answer to check: %1").arg(answer.error);
        return verdict;
    }
    if (given.size() != answer.values.size()) {
        verdict.feedback = tr("Type %n number(s).", nullptr, int(answer.values.size()));
        return verdict;
    }
    const double tolerance = exercise.kind == Exercise::Kind::Value ? exercise.tolerance : 0.0;
    verdict.correct = true;
    for (std::size_t i = 0; i < given.size(); ++i)
        verdict.correct = verdict.correct && std::isfinite(given[i]) &&
                          std::abs(given[i] - answer.values[i]) <= tolerance;
    if (verdict.correct) {
        verdict.feedback = tr("Correct! %1").arg(answer.explanation);
        return verdict;
    }
    switch (exercise.kind) {
    case Exercise::Kind::OutputSize:
        verdict.feedback = tr("Not quite. Per axis, o = ⌊(i + p_before + p_after − d(k−1) − 1) / "
                              "s⌋ + 1; pooling applies the same formula to the map.");
        break;
    case Exercise::Kind::TransposedOutputSize:
        verdict.feedback = tr("Not quite. For a transposed convolution, o = (i−1)s − 2p + d(k−1) "
                              "+ a + 1.");
        break;
    case Exercise::Kind::Value:
        verdict.feedback = tr("Not quite. Multiply each weight by the input value under it in "
                              "that cell's window, and add the products.");
        break;
    case Exercise::Kind::Peak:
        verdict.feedback = tr("Not quite. Look for the best score of the response map: its "
                              "(row, col) is the top-left corner of the best window.");
        break;
    }
    return verdict;
}

} // namespace convlab
