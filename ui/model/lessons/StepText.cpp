// SPDX-License-Identifier: MIT
#include "lessons/StepText.h"

#include "format/CellValue.h"
#include "ops/TransposedConv.h"

#include <QRegularExpression>

namespace convlab {

namespace {

struct Placeholder {
    QString name;
    std::optional<StepFacts::Map> map;
    std::vector<int> args;
};

const QStringList& knownNames()
{
    static const QStringList names{QStringLiteral("peak"),
                                   QStringLiteral("peak.row"),
                                   QStringLiteral("peak.col"),
                                   QStringLiteral("peak.score"),
                                   QStringLiteral("peaks"),
                                   QStringLiteral("output_size"),
                                   QStringLiteral("output_size.rows"),
                                   QStringLiteral("output_size.cols"),
                                   QStringLiteral("input_size"),
                                   QStringLiteral("patch_size"),
                                   QStringLiteral("value"),
                                   QStringLiteral("undefined"),
                                   QStringLiteral("page_output_size")};
    return names;
}

bool takesMap(const QString& name)
{
    return name.startsWith(QLatin1String("peak")) && name != QLatin1String("peaks")
               ? true
               : name == QLatin1String("value");
}

// Parses the inside of {…}; false with `error`.
bool parse(const QString& inside, Placeholder* out, QString* error)
{
    static const QRegularExpression pattern(
        QStringLiteral("^([a-z_]+(?:\\.[a-z_]+)?)(?:@([a-z]+))?(?::([-0-9, ]+))?$"));
    const QRegularExpressionMatch match = pattern.match(inside);
    if (!match.hasMatch()) {
        *error = StepText::tr("\"{%1}\" is not a placeholder").arg(inside);
        return false;
    }
    Placeholder p;
    p.name = match.captured(1);
    if (!knownNames().contains(p.name)) {
        *error = StepText::tr("\"{%1}\": unknown placeholder \"%2\"; expected one of %3")
                     .arg(inside, p.name, knownNames().join(QStringLiteral(", ")));
        return false;
    }
    if (match.hasCaptured(2) && !match.captured(2).isEmpty()) {
        p.map = StepFacts::mapFromName(match.captured(2));
        if (!p.map || !takesMap(p.name)) {
            *error = StepText::tr("\"{%1}\": \"@%2\" is not a map of \"%3\"")
                         .arg(inside, match.captured(2), p.name);
            return false;
        }
    }
    const QString args = match.captured(3);
    for (const QString& a : args.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int v = a.trimmed().toInt(&ok);
        if (!ok || v < 0) {
            *error = StepText::tr("\"{%1}\": arguments are cells, integers from 0").arg(inside);
            return false;
        }
        p.args.push_back(v);
    }
    const std::size_t wanted = p.name == QLatin1String("value") ? 2 : 0;
    if (p.args.size() != wanted) {
        *error = wanted ? StepText::tr("\"{%1}\" needs a cell: {value:ROW,COL}").arg(inside)
                        : StepText::tr("\"{%1}\" takes no arguments").arg(inside);
        return false;
    }
    *out = p;
    return true;
}

// Calls `onText` for literal runs and `onPlaceholder` for each placeholder; false with `error`.
template <class OnText, class OnPlaceholder>
bool scan(const QString& text, OnText onText, OnPlaceholder onPlaceholder, QString* error)
{
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text[i];
        if (c == QLatin1Char('{') || c == QLatin1Char('}')) {
            if (i + 1 < text.size() && text[i + 1] == c) {
                onText(QString(c));
                i += 2;
                continue;
            }
            if (c == QLatin1Char('}')) {
                *error = StepText::tr("a \"}\" closes no placeholder (write \"}}\" for a brace)");
                return false;
            }
            const qsizetype end = text.indexOf(QLatin1Char('}'), i + 1);
            if (end < 0) {
                *error = StepText::tr("a \"{\" is not closed (write \"{{\" for a brace)");
                return false;
            }
            Placeholder p;
            if (!parse(text.mid(i + 1, end - i - 1), &p, error))
                return false;
            onPlaceholder(p);
            i = end + 1;
            continue;
        }
        const qsizetype next = [&] {
            qsizetype a = text.indexOf(QLatin1Char('{'), i), b = text.indexOf(QLatin1Char('}'), i);
            if (a < 0)
                a = text.size();
            if (b < 0)
                b = text.size();
            return std::min(a, b);
        }();
        onText(text.mid(i, next - i));
        i = next;
    }
    return true;
}

QString sizeText(Pair size)
{
    return QStringLiteral("%1 × %2").arg(size.rows).arg(size.cols);
}

QString valueOf(const Placeholder& p, const StepFacts& facts, const Concealment& hidden)
{
    static const QString concealed = QStringLiteral("?");
    static const QString none = QStringLiteral("—");
    const StepFacts::Map map = p.map.value_or(StepFacts::Map::Response);
    const ResponseResult& r = facts.response;
    if (p.name == QLatin1String("input_size"))
        return sizeText({facts.state().image.rows, facts.state().image.cols});
    if (p.name == QLatin1String("patch_size"))
        return sizeText({facts.state().patch.rows, facts.state().patch.cols});
    if (p.name == QLatin1String("page_output_size")) {
        if (hidden.transposedSize && facts.transposedCase)
            return concealed;
        try {
            if (facts.transposedCase) {
                const StepperSetup& s = *facts.transposedCase;
                const cv::Mat out = transposedConv2d(s.input, s.kernel, s.transposed);
                return sizeText({out.rows, out.cols});
            }
            if (facts.stepperCase) {
                const StepperSetup& s = *facts.stepperCase;
                const cv::Mat out = conv2d(s.input, s.kernel, s.conv);
                return sizeText({out.rows, out.cols});
            }
            if (facts.matrix)
                return sizeText(facts.matrix->outputShape);
        } catch (const std::exception&) {
        }
        return none;
    }
    if (!r.ok())
        return none;
    if (p.name.startsWith(QLatin1String("output_size"))) {
        if (hidden.outputSize)
            return concealed;
        if (p.name.endsWith(QLatin1String(".rows")))
            return QString::number(r.pooledSize.rows);
        if (p.name.endsWith(QLatin1String(".cols")))
            return QString::number(r.pooledSize.cols);
        return sizeText(r.pooledSize);
    }
    if (p.name == QLatin1String("undefined"))
        return QString::number(r.undefinedCells);
    if (p.name == QLatin1String("peaks"))
        return QString::number(r.peaks.size());
    if (p.name == QLatin1String("value")) {
        const Pair cell{p.args[0], p.args[1]};
        if (hidden.cell && map == StepFacts::Map::Response && *hidden.cell == cell)
            return concealed;
        const cv::Mat* m = facts.map(map);
        if (!m || cell.rows >= m->rows || cell.cols >= m->cols)
            return none;
        return formatCellValue(m->at<float>(cell.rows, cell.cols));
    }
    // peak, peak.row, peak.col, peak.score
    if (hidden.peak && map == StepFacts::Map::Response)
        return concealed;
    const std::vector<Peak>& peaks = facts.peaks(map);
    if (peaks.empty())
        return none;
    const Peak& best = peaks.front();
    if (p.name == QLatin1String("peak.row"))
        return QString::number(best.row);
    if (p.name == QLatin1String("peak.col"))
        return QString::number(best.col);
    if (p.name == QLatin1String("peak.score"))
        return formatCellValue(best.score);
    return QStringLiteral("(%1, %2)").arg(best.row).arg(best.col);
}

} // namespace

bool StepText::validate(const QString& text, QString* error)
{
    return scan(
        text, [](const QString&) {}, [](const Placeholder&) {}, error);
}

QString StepText::fill(const QString& text, const StepFacts& facts, const Concealment& hidden)
{
    QString out;
    QString error;
    const bool ok = scan(
        text, [&](const QString& literal) { out += literal; },
        [&](const Placeholder& p) { out += valueOf(p, facts, hidden); }, &error);
    return ok ? out : text; // texts are validated when read
}

QStringList StepText::names(const QString& text)
{
    QStringList out;
    QString error;
    scan(
        text, [](const QString&) {}, [&](const Placeholder& p) { out << p.name; }, &error);
    return out;
}

} // namespace convlab
