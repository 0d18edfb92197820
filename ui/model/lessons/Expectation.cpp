// SPDX-License-Identifier: MIT
#include "lessons/Expectation.h"

#include "lessons/StepFacts.h"
#include "ops/TransposedConv.h"
#include "stepper/MatrixPresets.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace convlab {

namespace {

struct Bad {
    QString message;
};

struct ClaimName {
    const char* name;
    Expectation::Claim claim;
    std::vector<const char*> keys; // besides "claim"
};

const std::vector<ClaimName>& claimNames()
{
    using C = Expectation::Claim;
    static const std::vector<ClaimName> names{
        {"peak_at", C::PeakAt, {"cell", "map"}},
        {"peak_in", C::PeakIn, {"rect", "map"}},
        {"peaks_agree", C::PeaksAgree, {"maps"}},
        {"peaks_differ", C::PeaksDiffer, {"maps"}},
        {"score", C::Score, {"min", "max", "map"}},
        {"peak_count", C::PeakCount, {"min", "max"}},
        {"output_size", C::OutputSize, {"size"}},
        {"value", C::Value, {"cell", "equals", "tolerance", "min", "max", "map"}},
        {"undefined_cells", C::UndefinedCells, {"min", "max"}},
        {"page_output_size", C::PageOutputSize, {"size"}},
        {"transposed_forms_agree", C::TransposedForms, {}},
        {"matrix", C::Matrix, {"orthonormal", "reconstructs", "w_shape", "input_gradient"}},
        {"peak_moved", C::PeakMoved, {"from_step", "by"}},
        {"score_vs_step", C::ScoreVsStep, {"step", "relation"}},
        {"checkerboard", C::Checkerboard, {"even", "resize_even", "interior"}},
        {"learned_gradient", C::LearnedGradient, {"networks", "relative_difference", "input"}},
        {"learned_unit", C::LearnedUnit, {"networks", "field", "ink_outside"}},
        {"learned_decoder", C::LearnedDecoder, {"start_above", "end_within", "resize_below"}},
    };
    return names;
}

QString at(const QString& where, const char* key)
{
    return where + QLatin1Char('.') + QString::fromLatin1(key);
}

double number(const QJsonValue& v, const QString& where)
{
    if (!v.isDouble() || !std::isfinite(v.toDouble()))
        throw Bad{Expectation::tr("\"%1\" must be a finite number").arg(where)};
    return v.toDouble();
}

int integer(const QJsonValue& v, const QString& where, int low, int high)
{
    const double d = v.isDouble() ? v.toDouble() : std::nan("");
    if (!(d == std::floor(d)) || d < low || d > high)
        throw Bad{Expectation::tr("\"%1\" must be an integer from %2 to %3")
                      .arg(where)
                      .arg(low)
                      .arg(high)};
    return static_cast<int>(d);
}

std::vector<int> integers(const QJsonValue& v, const QString& where, int count, int low, int high)
{
    const QJsonArray array = v.toArray();
    if (!v.isArray() || array.size() != count)
        throw Bad{Expectation::tr("\"%1\" must be a list of %2 integers").arg(where).arg(count)};
    std::vector<int> out;
    for (qsizetype i = 0; i < array.size(); ++i)
        out.push_back(integer(array[i], QStringLiteral("%1[%2]").arg(where).arg(i), low, high));
    return out;
}

Pair pair(const QJsonValue& v, const QString& where, int low, int high)
{
    const std::vector<int> p = integers(v, where, 2, low, high);
    return {p[0], p[1]};
}

bool boolean(const QJsonValue& v, const QString& where)
{
    if (!v.isBool())
        throw Bad{Expectation::tr("\"%1\" must be true or false").arg(where)};
    return v.toBool();
}

double positive(const QJsonValue& v, const QString& where)
{
    const double d = v.isDouble() ? v.toDouble() : std::nan("");
    if (!(d > 0) || !std::isfinite(d))
        throw Bad{Expectation::tr("\"%1\" must be a positive number").arg(where)};
    return d;
}

std::vector<Expectation::LearnedNetwork> networksAt(const QJsonValue& v, const QString& where)
{
    const QJsonArray list = v.toArray();
    std::vector<Expectation::LearnedNetwork> out;
    const auto bad = [&] {
        return Bad{
            Expectation::tr("\"%1\" must be a list of untrained, trained (each once)").arg(where)};
    };
    if (!v.isArray() || list.isEmpty())
        throw bad();
    for (const QJsonValue& name : list) {
        std::optional<Expectation::LearnedNetwork> network;
        for (const auto n :
             {Expectation::LearnedNetwork::Untrained, Expectation::LearnedNetwork::Trained})
            if (name.toString() == Expectation::networkName(n))
                network = n;
        if (!network || std::find(out.begin(), out.end(), *network) != out.end())
            throw bad();
        out.push_back(*network);
    }
    return out;
}

StepFacts::Map mapAt(const QJsonValue& v, const QString& where)
{
    const auto map = StepFacts::mapFromName(v.toString());
    if (!v.isString() || !map)
        throw Bad{Expectation::tr("\"%1\" must be one of response, raw, normalised").arg(where)};
    return *map;
}

QString cellText(Pair cell)
{
    return QStringLiteral("(%1, %2)").arg(cell.rows).arg(cell.cols);
}

QString numberText(double v)
{
    return QLocale::c().toString(v, 'g', 6);
}

// "min ≤ v ≤ max" failing: the bound it breaks.
QString outsideBounds(double v, const std::optional<double>& min, const std::optional<double>& max)
{
    if (std::isnan(v))
        return QStringLiteral("undefined (0/0)");
    if (min && v < *min)
        return QStringLiteral("%1, below %2").arg(numberText(v), numberText(*min));
    if (max && v > *max)
        return QStringLiteral("%1, above %2").arg(numberText(v), numberText(*max));
    return {};
}

} // namespace

std::optional<Expectation> Expectation::fromJson(const QJsonValue& value, const QString& where,
                                                 int step, QString* error)
{
    Expectation e;
    try {
        if (!value.isObject())
            throw Bad{tr("\"%1\" must be an object").arg(where)};
        const QJsonObject json = value.toObject();
        e.m_source = json;
        const QJsonValue name = json.value(QStringLiteral("claim"));
        QStringList known;
        const ClaimName* found = nullptr;
        for (const ClaimName& c : claimNames()) {
            known << QString::fromLatin1(c.name);
            if (name.toString() == QLatin1String(c.name))
                found = &c;
        }
        if (!found)
            throw Bad{tr("\"%1\" is \"%2\"; expected one of %3")
                          .arg(at(where, "claim"), name.toVariant().toString(),
                               known.join(QStringLiteral(", ")))};
        e.m_claim = found->claim;
        QStringList keys{QStringLiteral("claim")};
        for (const char* key : found->keys)
            keys << QString::fromLatin1(key);
        for (auto it = json.begin(); it != json.end(); ++it)
            if (!keys.contains(it.key()))
                throw Bad{
                    tr("\"%1.%2\" is not a known key of \"%3\"; expected one of %4")
                        .arg(where, it.key(), name.toString(), keys.join(QStringLiteral(", ")))};
        const auto has = [&](const char* key) { return json.contains(QString::fromLatin1(key)); };
        const auto get = [&](const char* key) { return json.value(QString::fromLatin1(key)); };
        const auto require = [&](const char* key) {
            if (!has(key))
                throw Bad{tr("\"%1\" is missing").arg(at(where, key))};
            return get(key);
        };
        if (has("map"))
            e.m_map = mapAt(get("map"), at(where, "map"));
        if (has("min"))
            e.m_min = number(get("min"), at(where, "min"));
        if (has("max"))
            e.m_max = number(get("max"), at(where, "max"));
        const auto requireBound = [&] {
            if (!e.m_min && !e.m_max)
                throw Bad{tr("\"%1\" needs \"min\", \"max\" or both").arg(where)};
            if (e.m_min && e.m_max && *e.m_min > *e.m_max)
                throw Bad{tr("\"%1\": min is above max").arg(where)};
        };
        switch (e.m_claim) {
        case Claim::PeakAt:
            e.m_cell = pair(require("cell"), at(where, "cell"), 0, 1 << 16);
            break;
        case Claim::PeakIn: {
            const std::vector<int> r = integers(require("rect"), at(where, "rect"), 4, 0, 1 << 16);
            if (r[2] < 1 || r[3] < 1)
                throw Bad{tr("\"%1\": height and width must be at least 1").arg(at(where, "rect"))};
            e.m_rect = cv::Rect(r[1], r[0], r[3], r[2]);
            break;
        }
        case Claim::PeaksAgree:
        case Claim::PeaksDiffer: {
            const QJsonValue maps = require("maps");
            const QString w = at(where, "maps");
            if (!maps.isArray() || maps.toArray().size() != 2)
                throw Bad{tr("\"%1\" must be a list of two map names").arg(w)};
            e.m_map = mapAt(maps.toArray()[0], w + QStringLiteral("[0]"));
            e.m_other = mapAt(maps.toArray()[1], w + QStringLiteral("[1]"));
            if (e.m_map == e.m_other)
                throw Bad{tr("\"%1\" names the same map twice").arg(w)};
            break;
        }
        case Claim::Score:
        case Claim::PeakCount:
        case Claim::UndefinedCells:
            requireBound();
            break;
        case Claim::OutputSize:
        case Claim::PageOutputSize:
            e.m_cell = pair(require("size"), at(where, "size"), 1, 1 << 16);
            break;
        case Claim::Value:
            e.m_cell = pair(require("cell"), at(where, "cell"), 0, 1 << 16);
            if (has("equals")) {
                e.m_equals = number(get("equals"), at(where, "equals"));
                if (e.m_min || e.m_max)
                    throw Bad{tr("\"%1\": \"equals\" or \"min\" / \"max\", not both").arg(where)};
            } else {
                requireBound();
            }
            if (has("tolerance")) {
                e.m_tolerance = number(get("tolerance"), at(where, "tolerance"));
                if (e.m_tolerance < 0)
                    throw Bad{tr("\"%1\" must not be negative").arg(at(where, "tolerance"))};
            }
            break;
        case Claim::TransposedForms:
            break;
        case Claim::Matrix:
            if (has("orthonormal"))
                e.m_orthonormal = boolean(get("orthonormal"), at(where, "orthonormal"));
            if (has("reconstructs"))
                e.m_reconstructs = boolean(get("reconstructs"), at(where, "reconstructs"));
            if (has("w_shape"))
                e.m_wShape = pair(get("w_shape"), at(where, "w_shape"), 1, 1 << 16);
            if (has("input_gradient")) {
                const QJsonValue list = get("input_gradient");
                const QString key = at(where, "input_gradient");
                if (!list.isArray() || list.toArray().isEmpty())
                    throw Bad{tr("\"%1\" must be a list of numbers").arg(key)};
                const QJsonArray values = list.toArray();
                for (qsizetype i = 0; i < values.size(); ++i)
                    e.m_inputGradient.push_back(
                        number(values[i], QStringLiteral("%1[%2]").arg(key).arg(i)));
            }
            if (!e.m_orthonormal && !e.m_reconstructs && !e.m_wShape && e.m_inputGradient.empty())
                throw Bad{tr("\"%1\" needs \"orthonormal\", \"reconstructs\", \"w_shape\" or "
                             "\"input_gradient\"")
                              .arg(where)};
            break;
        case Claim::Checkerboard:
            if (has("even"))
                e.m_even = boolean(get("even"), at(where, "even"));
            if (has("resize_even"))
                e.m_resizeEven = boolean(get("resize_even"), at(where, "resize_even"));
            if (has("interior"))
                e.m_interior = pair(get("interior"), at(where, "interior"), 0, 1 << 16);
            if (!e.m_even && !e.m_resizeEven && !e.m_interior)
                throw Bad{tr("\"%1\" needs \"even\", \"resize_even\" or \"interior\"").arg(where)};
            break;
        case Claim::LearnedGradient:
            e.m_networks = networksAt(require("networks"), at(where, "networks"));
            e.m_relativeDifference =
                positive(require("relative_difference"), at(where, "relative_difference"));
            if (has("input"))
                e.m_inputShape = integers(get("input"), at(where, "input"), 3, 1, 1 << 12);
            break;
        case Claim::LearnedUnit:
            e.m_networks = networksAt(require("networks"), at(where, "networks"));
            e.m_field = integer(require("field"), at(where, "field"), 1, 1 << 12);
            if (has("ink_outside")) {
                e.m_inkOutside = positive(get("ink_outside"), at(where, "ink_outside"));
                if (*e.m_inkOutside > 1)
                    throw Bad{tr("\"%1\" is a share of the ink: from 0 to 1")
                                  .arg(at(where, "ink_outside"))};
            }
            break;
        case Claim::LearnedDecoder:
            if (has("start_above"))
                e.m_startAbove = positive(get("start_above"), at(where, "start_above"));
            if (has("resize_below"))
                e.m_resizeBelow = positive(get("resize_below"), at(where, "resize_below"));
            if (has("end_within")) {
                const QJsonValue range = get("end_within");
                const QString key = at(where, "end_within");
                if (!range.isArray() || range.toArray().size() != 2)
                    throw Bad{tr("\"%1\" must be a list of two positive numbers").arg(key)};
                const double low = positive(range.toArray()[0], key + QStringLiteral("[0]"));
                const double high = positive(range.toArray()[1], key + QStringLiteral("[1]"));
                if (low > high)
                    throw Bad{tr("\"%1\": the first number is above the second").arg(key)};
                e.m_endWithin = std::pair{low, high};
            }
            if (!e.m_startAbove && !e.m_endWithin && !e.m_resizeBelow)
                throw Bad{tr("\"%1\" needs \"start_above\", \"end_within\" or "
                             "\"resize_below\"")
                              .arg(where)};
            break;
        case Claim::PeakMoved:
        case Claim::ScoreVsStep: {
            const char* key = e.m_claim == Claim::PeakMoved ? "from_step" : "step";
            if (step < 1)
                throw Bad{tr("\"%1\": the first step has no earlier step to compare with")
                              .arg(at(where, key))};
            e.m_step = integer(require(key), at(where, key), 1, step) - 1;
            if (e.m_claim == Claim::PeakMoved) {
                e.m_by = pair(require("by"), at(where, "by"), -(1 << 16), 1 << 16);
            } else {
                const QString relation = require("relation").toString();
                static const QStringList relations{QStringLiteral("equal"), QStringLiteral("lower"),
                                                   QStringLiteral("higher")};
                if (!relations.contains(relation))
                    throw Bad{tr("\"%1\" must be one of equal, lower, higher")
                                  .arg(at(where, "relation"))};
                e.m_relation = static_cast<Relation>(relations.indexOf(relation));
            }
            break;
        }
        }
    } catch (const Bad& bad) {
        *error = bad.message;
        return std::nullopt;
    }
    return e;
}

bool Expectation::isLearned(Claim claim)
{
    return claim == Claim::LearnedGradient || claim == Claim::LearnedUnit ||
           claim == Claim::LearnedDecoder;
}

QString Expectation::networkName(LearnedNetwork network)
{
    return network == LearnedNetwork::Untrained ? QStringLiteral("untrained")
                                                : QStringLiteral("trained");
}

QString Expectation::describe() const
{
    return QString::fromUtf8(QJsonDocument(m_source).toJson(QJsonDocument::Compact));
}

QString Expectation::failure(const StepFacts& facts, const OtherStep& other) const
{
    const QString mapName = StepFacts::mapName(m_map);
    const auto bestOf = [&](StepFacts::Map map) -> const Peak* {
        const std::vector<Peak>& peaks = facts.peaks(map);
        return peaks.empty() ? nullptr : &peaks.front();
    };
    const auto needResponse = [&]() -> QString {
        if (!facts.response.ok())
            return QStringLiteral("there is no response: %1").arg(facts.response.error);
        return {};
    };
    if (isLearned())
        return QStringLiteral("a claim about the learned page: LearnedClaims evaluates it, with "
                              "libtorch (tests/model/tst_learnedclaims)");
    if (m_claim != Claim::PageOutputSize && m_claim != Claim::TransposedForms &&
        m_claim != Claim::Matrix && m_claim != Claim::Checkerboard)
        if (QString problem = needResponse(); !problem.isEmpty())
            return problem;

    switch (m_claim) {
    case Claim::PeakAt:
    case Claim::PeakIn: {
        const Peak* best = bestOf(m_map);
        if (!best)
            return QStringLiteral("the %1 map has no peak").arg(mapName);
        const Pair at{best->row, best->col};
        if (m_claim == Claim::PeakAt ? at == m_cell : m_rect.contains(cv::Point(at.cols, at.rows)))
            return {};
        return QStringLiteral("the best peak of the %1 map is at %2, score %3")
            .arg(mapName, cellText(at), numberText(best->score));
    }
    case Claim::PeaksAgree:
    case Claim::PeaksDiffer: {
        const Peak* a = bestOf(m_map);
        const Peak* b = bestOf(m_other);
        if (!a || !b)
            return QStringLiteral("the %1 or the %2 map has no peak")
                .arg(mapName, StepFacts::mapName(m_other));
        const bool same = a->row == b->row && a->col == b->col;
        if (same == (m_claim == Claim::PeaksAgree))
            return {};
        return QStringLiteral("the best peaks are at %1 (%2) and %3 (%4)")
            .arg(cellText({a->row, a->col}), mapName, cellText({b->row, b->col}),
                 StepFacts::mapName(m_other));
    }
    case Claim::Score: {
        const Peak* best = bestOf(m_map);
        if (!best)
            return QStringLiteral("the %1 map has no peak").arg(mapName);
        const QString outside = outsideBounds(best->score, m_min, m_max);
        return outside.isEmpty() ? QString() : QStringLiteral("the best score is %1").arg(outside);
    }
    case Claim::PeakCount: {
        const QString outside = outsideBounds(double(facts.response.peaks.size()), m_min, m_max);
        return outside.isEmpty() ? QString() : QStringLiteral("%1 peaks are marked").arg(outside);
    }
    case Claim::OutputSize: {
        const Pair size = facts.response.pooledSize;
        return size == m_cell
                   ? QString()
                   : QStringLiteral("the response is %1 × %2").arg(size.rows).arg(size.cols);
    }
    case Claim::Value: {
        const cv::Mat* map = facts.map(m_map);
        if (!map)
            return QStringLiteral("there is no %1 map").arg(mapName);
        if (m_cell.rows >= map->rows || m_cell.cols >= map->cols)
            return QStringLiteral("%1 lies outside the %2 × %3 %4 map")
                .arg(cellText(m_cell))
                .arg(map->rows)
                .arg(map->cols)
                .arg(mapName);
        const double v = map->at<float>(m_cell.rows, m_cell.cols);
        if (m_equals) {
            if (std::abs(v - *m_equals) <= m_tolerance)
                return {};
            return QStringLiteral("the value at %1 is %2").arg(cellText(m_cell), numberText(v));
        }
        const QString outside = outsideBounds(v, m_min, m_max);
        return outside.isEmpty()
                   ? QString()
                   : QStringLiteral("the value at %1 is %2").arg(cellText(m_cell), outside);
    }
    case Claim::UndefinedCells: {
        const QString outside = outsideBounds(facts.response.undefinedCells, m_min, m_max);
        return outside.isEmpty() ? QString()
                                 : QStringLiteral("%1 cells are undefined").arg(outside);
    }
    case Claim::PageOutputSize: {
        Pair size;
        try {
            if (facts.transposedCase) {
                const StepperSetup& s = *facts.transposedCase;
                const cv::Mat out = transposedConv2d(s.input, s.kernel, s.transposed);
                size = {out.rows, out.cols};
            } else if (facts.stepperCase) {
                const StepperSetup& s = *facts.stepperCase;
                const cv::Mat out = conv2d(s.input, s.kernel, s.conv);
                size = {out.rows, out.cols};
            } else if (facts.matrix) {
                size = facts.matrix->outputShape;
            } else {
                return QStringLiteral("the step opens no step-through case");
            }
        } catch (const std::exception& e) {
            return QString::fromUtf8(e.what());
        }
        return size == m_cell
                   ? QString()
                   : QStringLiteral("the page's output is %1 × %2").arg(size.rows).arg(size.cols);
    }
    case Claim::TransposedForms: {
        if (!facts.transposedCase)
            return QStringLiteral("the step opens no Transposed case");
        const StepperSetup& s = *facts.transposedCase;
        const cv::Mat zero = transposedConvByZeroInsertion(s.input, s.kernel, s.transposed).output;
        const cv::Mat scatter = transposedConvByScatter(s.input, s.kernel, s.transposed);
        const cv::Mat matrix = transposedConvByMatrix(s.input, s.kernel, s.transposed);
        if (zero.size() != scatter.size() || zero.size() != matrix.size())
            return QStringLiteral("the three forms have different sizes");
        const double d =
            std::max(cv::norm(zero, scatter, cv::NORM_INF), cv::norm(zero, matrix, cv::NORM_INF));
        return d <= 1e-4 ? QString()
                         : QStringLiteral("the forms differ by up to %1").arg(numberText(d));
    }
    case Claim::Matrix: {
        if (!facts.matrix)
            return QStringLiteral("the step opens no Matrix case");
        const MatrixFigures& f = *facts.matrix;
        QStringList wrong;
        const double ortho = f.reconstruction.orthonormalityError;
        if (m_orthonormal && (ortho <= kMatrixOrthonormalTolerance) != *m_orthonormal)
            wrong << QStringLiteral("‖W Wᵀ − I‖ = %1").arg(numberText(ortho));
        const double rec = f.reconstruction.reconstructionError;
        if (m_reconstructs && (rec <= 1e-5) != *m_reconstructs)
            wrong << QStringLiteral("‖WᵀWx − x‖/‖x‖ = %1").arg(numberText(rec));
        if (m_wShape && *m_wShape != Pair{f.W.rows, f.W.cols})
            wrong << QStringLiteral("W is %1 × %2").arg(f.W.rows).arg(f.W.cols);
        if (!m_inputGradient.empty()) {
            if (!f.backward) {
                wrong << QStringLiteral("the case has no backward pass (no target)");
            } else {
                const cv::Mat g = f.backward->gradient;
                QStringList shown;
                bool same = static_cast<std::size_t>(g.total()) == m_inputGradient.size();
                for (int i = 0; i < static_cast<int>(g.total()); ++i) {
                    const double v = g.ptr<float>()[i];
                    shown << numberText(v);
                    same = same && std::abs(v - m_inputGradient[std::size_t(i)]) <= 1e-4;
                }
                if (!same)
                    wrong << QStringLiteral("∂L/∂x = Wᵀδ = [%1]")
                                 .arg(shown.join(QStringLiteral(", ")));
            }
        }
        return wrong.join(QStringLiteral("; "));
    }
    case Claim::Checkerboard: {
        if (!facts.checkerboard)
            return QStringLiteral("the step opens no Checkerboard case");
        const MapUniformity& u = facts.checkerboard->overlap.uniformity;
        const MapUniformity& r = facts.checkerboard->resizedUniformity;
        QStringList wrong;
        if (m_even && u.uniformInterior != *m_even)
            wrong << QStringLiteral("the overlap is %1 inside the frame (%2 to %3)")
                         .arg(u.uniformInterior ? QStringLiteral("even") : QStringLiteral("uneven"),
                              numberText(u.interiorMinimum), numberText(u.interiorMaximum));
        if (m_resizeEven && r.uniformInterior != *m_resizeEven)
            wrong << QStringLiteral("resize then convolution is %1 inside the frame (%2 to %3)")
                         .arg(r.uniformInterior ? QStringLiteral("even") : QStringLiteral("uneven"),
                              numberText(r.interiorMinimum), numberText(r.interiorMaximum));
        if (m_interior &&
            (u.interiorMinimum != m_interior->rows || u.interiorMaximum != m_interior->cols))
            wrong << QStringLiteral("the overlap inside the frame is %1 to %2")
                         .arg(numberText(u.interiorMinimum), numberText(u.interiorMaximum));
        return wrong.join(QStringLiteral("; "));
    }
    case Claim::LearnedGradient:
    case Claim::LearnedUnit:
    case Claim::LearnedDecoder:
        break; // above
    case Claim::PeakMoved:
    case Claim::ScoreVsStep: {
        const StepFacts* before = other ? other(m_step) : nullptr;
        if (!before)
            return QStringLiteral("step %1 cannot be computed").arg(m_step + 1);
        const Peak* now = bestOf(StepFacts::Map::Response);
        const std::vector<Peak>& thenPeaks = before->peaks(StepFacts::Map::Response);
        if (!now || thenPeaks.empty())
            return QStringLiteral("this step or step %1 has no peak").arg(m_step + 1);
        const Peak& then = thenPeaks.front();
        if (m_claim == Claim::PeakMoved) {
            const Pair moved{now->row - then.row, now->col - then.col};
            return moved == m_by ? QString()
                                 : QStringLiteral("the best peak moved from %1 to %2, by %3")
                                       .arg(cellText({then.row, then.col}),
                                            cellText({now->row, now->col}), cellText(moved));
        }
        const double d = double(now->score) - double(then.score);
        const bool holds = m_relation == Relation::Equal   ? std::abs(d) <= kScoreTolerance
                           : m_relation == Relation::Lower ? d < -kScoreTolerance
                                                           : d > kScoreTolerance;
        return holds ? QString()
                     : QStringLiteral("the best score is %1 here and %2 at step %3")
                           .arg(numberText(now->score), numberText(then.score))
                           .arg(m_step + 1);
    }
    }
    return {};
}

} // namespace convlab
