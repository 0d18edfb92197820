// SPDX-License-Identifier: MIT
#include "io/DocumentFile.h"

#include "io/AtomicWrite.h"
#include "io/NpyCodec.h"
#include "lessons/LessonScript.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <array>
#include <cmath>
#include <utility>

namespace convlab {

namespace {

// The first problem found while reading, with the JSON path it was found at.
struct Invalid {
    QString message;
};

template <typename Enum, std::size_t N>
using NameTable = std::array<std::pair<Enum, const char*>, N>;

constexpr NameTable<Parameters::Operation, 3> kOperations{{
    {Parameters::Operation::CrossCorrelation, "cross_correlation"},
    {Parameters::Operation::TrueConvolution, "true_convolution"},
    {Parameters::Operation::TemplateMatch, "template_match"},
}};
constexpr NameTable<MatchMethod, 6> kMethods{{
    {MatchMethod::SqDiff, "sqdiff"},
    {MatchMethod::SqDiffNormed, "sqdiff_normed"},
    {MatchMethod::CCorr, "ccorr"},
    {MatchMethod::CCorrNormed, "ccorr_normed"},
    {MatchMethod::CCoeff, "ccoeff"},
    {MatchMethod::CCoeffNormed, "ccoeff_normed"},
}};
constexpr NameTable<PaddingMode, 4> kPaddingModes{{
    {PaddingMode::Zeros, "zeros"},
    {PaddingMode::Reflect, "reflect"},
    {PaddingMode::Replicate, "replicate"},
    {PaddingMode::Circular, "circular"},
}};
constexpr NameTable<PoolMode, 2> kPoolModes{{{PoolMode::Max, "max"}, {PoolMode::Average, "avg"}}};
constexpr NameTable<Colormap, 4> kColormaps{{
    {Colormap::Viridis, "viridis"},
    {Colormap::Gray, "gray"},
    {Colormap::Magma, "magma"},
    {Colormap::Diverging, "diverging"},
}};

template <typename Enum, std::size_t N> QString nameOf(const NameTable<Enum, N>& table, Enum value)
{
    for (const auto& [v, name] : table)
        if (v == value)
            return QString::fromLatin1(name);
    return {};
}

QJsonArray pairJson(Pair p)
{
    return {p.rows, p.cols};
}

QJsonArray paddingJson(const Padding& p)
{
    return {p.top, p.bottom, p.left, p.right};
}

QJsonObject matrixJson(const cv::Mat& m)
{
    return {{QStringLiteral("shape"), QJsonArray{m.rows, m.cols}},
            {QStringLiteral("dtype"), QStringLiteral("float32")},
            {QStringLiteral("npy"), QString::fromLatin1(NpyCodec::encode(m).toBase64())}};
}

// Reads one JSON object, naming the path of each value in its messages.
class Reader {
  public:
    Reader(const QJsonObject& object, QString path) : m_object(object), m_path(std::move(path)) {}

    QString where(const QString& key) const
    {
        return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
    }

    QJsonValue required(const QString& key) const
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined())
            throw Invalid{DocumentFile::tr("\"%1\" is missing").arg(where(key))};
        return value;
    }

    Reader object(const QString& key) const
    {
        const QJsonValue value = required(key);
        if (!value.isObject())
            throw Invalid{DocumentFile::tr("\"%1\" must be an object").arg(where(key))};
        return Reader(value.toObject(), where(key));
    }

    bool has(const QString& key) const { return m_object.contains(key); }

    bool boolean(const QString& key) const
    {
        const QJsonValue value = required(key);
        if (!value.isBool())
            throw Invalid{DocumentFile::tr("\"%1\" must be true or false").arg(where(key))};
        return value.toBool();
    }

    QString string(const QString& key) const
    {
        const QJsonValue value = required(key);
        if (!value.isString())
            throw Invalid{DocumentFile::tr("\"%1\" must be a string").arg(where(key))};
        return value.toString();
    }

    double number(const QString& key) const
    {
        const QJsonValue value = required(key);
        if (!value.isDouble() || !std::isfinite(value.toDouble()))
            throw Invalid{DocumentFile::tr("\"%1\" must be a finite number").arg(where(key))};
        return value.toDouble();
    }

    int integer(const QString& key, int low, int high) const
    {
        return checkedInteger(required(key), where(key), low, high);
    }

    // An array of `count` integers in [low, high].
    std::vector<int> integers(const QString& key, int count, int low, int high) const
    {
        const QJsonValue value = required(key);
        const QJsonArray array = value.toArray();
        if (!value.isArray() || array.size() != count)
            throw Invalid{DocumentFile::tr("\"%1\" must be a list of %2 integers")
                              .arg(where(key))
                              .arg(count)};
        std::vector<int> out;
        for (qsizetype i = 0; i < array.size(); ++i)
            out.push_back(checkedInteger(array[i], QStringLiteral("%1[%2]").arg(where(key)).arg(i),
                                         low, high));
        return out;
    }

    Pair pair(const QString& key, int low, int high) const
    {
        const std::vector<int> v = integers(key, 2, low, high);
        return {v[0], v[1]};
    }

    Padding padding(const QString& key, int high) const
    {
        const std::vector<int> v = integers(key, 4, 0, high);
        return {v[0], v[1], v[2], v[3]};
    }

    template <typename Enum, std::size_t N>
    Enum choice(const QString& key, const NameTable<Enum, N>& table) const
    {
        const QString name = string(key);
        QStringList known;
        for (const auto& [value, text] : table) {
            if (name == QLatin1String(text))
                return value;
            known << QString::fromLatin1(text);
        }
        throw Invalid{DocumentFile::tr("\"%1\" is \"%2\"; expected one of %3")
                          .arg(where(key), name, known.join(QStringLiteral(", ")))};
    }

    cv::Mat matrix(const QString& key, int maxSide) const
    {
        const Reader m = object(key);
        const QString dtype = m.string(QStringLiteral("dtype"));
        if (dtype != QLatin1String("float32"))
            throw Invalid{DocumentFile::tr("\"%1\" is \"%2\"; expected \"float32\"")
                              .arg(m.where(QStringLiteral("dtype")), dtype)};
        const Pair shape = m.pair(QStringLiteral("shape"), 1, maxSide);
        const QByteArray base64 = m.string(QStringLiteral("npy")).toLatin1();
        const auto decoded =
            QByteArray::fromBase64Encoding(base64, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            throw Invalid{
                DocumentFile::tr("\"%1\" is not valid base64").arg(m.where(QStringLiteral("npy")))};
        QString problem;
        const std::optional<cv::Mat> mat = NpyCodec::decode(*decoded, &problem);
        if (!mat)
            throw Invalid{
                DocumentFile::tr("\"%1\": %2").arg(m.where(QStringLiteral("npy")), problem)};
        if (mat->rows != shape.rows || mat->cols != shape.cols)
            throw Invalid{DocumentFile::tr("\"%1\" holds %2 × %3 values but its shape says %4 × %5")
                              .arg(m.where(QStringLiteral("npy")))
                              .arg(mat->rows)
                              .arg(mat->cols)
                              .arg(shape.rows)
                              .arg(shape.cols)};
        return *mat;
    }

  private:
    static int checkedInteger(const QJsonValue& value, const QString& where, int low, int high)
    {
        const double v = value.toDouble(std::nan(""));
        if (!value.isDouble() || v != std::floor(v) || v < low || v > high)
            throw Invalid{DocumentFile::tr("\"%1\" must be an integer from %2 to %3")
                              .arg(where)
                              .arg(low)
                              .arg(high)};
        return static_cast<int>(v);
    }

    QJsonObject m_object;
    QString m_path;
};

Parameters readParameters(const Reader& in)
{
    Parameters p;
    p.operation = in.choice(QStringLiteral("operation"), kOperations);
    p.method = in.choice(QStringLiteral("method"), kMethods);
    p.conv.stride = in.pair(QStringLiteral("stride"), 1, limits::kMaxStride);
    p.conv.padding = in.padding(QStringLiteral("padding"), limits::kMaxPadding);
    p.conv.paddingMode = in.choice(QStringLiteral("padding_mode"), kPaddingModes);
    p.conv.dilation = in.pair(QStringLiteral("dilation"), 1, limits::kMaxDilation);

    const Reader pool = in.object(QStringLiteral("pooling"));
    p.poolEnabled = pool.boolean(QStringLiteral("enabled"));
    p.pool.mode = pool.choice(QStringLiteral("mode"), kPoolModes);
    p.pool.size = pool.pair(QStringLiteral("size"), 1, limits::kMaxPoolSize);
    p.pool.stride = pool.pair(QStringLiteral("stride"), 1, limits::kMaxPoolStride);
    p.pool.padding = pool.padding(QStringLiteral("padding"), limits::kMaxPoolSize / 2);

    const Reader peaks = in.object(QStringLiteral("peaks"));
    p.peaks.topK = peaks.integer(QStringLiteral("top_k"), 1, limits::kMaxTopK);
    p.peaks.minDistance = peaks.integer(QStringLiteral("min_distance"), 0, limits::kMaxMinDistance);
    const QJsonValue threshold = peaks.required(QStringLiteral("threshold"));
    p.peaks.useThreshold = !threshold.isNull();
    if (p.peaks.useThreshold)
        p.peaks.threshold = static_cast<float>(peaks.number(QStringLiteral("threshold")));
    return p;
}

ViewSettings readView(const Reader& in)
{
    ViewSettings v;
    v.colormap = in.choice(QStringLiteral("colormap"), kColormaps);
    v.autoRange = in.boolean(QStringLiteral("auto_range"));
    const Reader range = in.object(QStringLiteral("range"));
    v.rangeLow = range.number(QStringLiteral("low"));
    v.rangeHigh = range.number(QStringLiteral("high"));
    if (!(v.rangeLow < v.rangeHigh))
        throw Invalid{DocumentFile::tr("\"%1\": low (%2) must be below high (%3)")
                          .arg(in.where(QStringLiteral("range")))
                          .arg(v.rangeLow)
                          .arg(v.rangeHigh)};
    v.overlay = in.boolean(QStringLiteral("overlay"));
    v.sideBySide = in.boolean(QStringLiteral("side_by_side"));
    return v;
}

// A JSON value as a message quotes it: 12, 2.5, "seven", null.
QString jsonText(const QJsonValue& value)
{
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isString())
        return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isNull())
        return QStringLiteral("null");
    return value.isArray() ? QStringLiteral("a list") : QStringLiteral("an object");
}

// "own_digits": a list of {"label": 0–9, "image": a 20×20 array}, at most OwnDigits::kMaxCount.
std::vector<OwnDigit> readOwnDigits(const Reader& in)
{
    const QString key = QStringLiteral("own_digits");
    const QJsonValue value = in.required(key);
    if (!value.isArray())
        throw Invalid{DocumentFile::tr("\"%1\" must be a list").arg(in.where(key))};
    const QJsonArray list = value.toArray();
    const QString tooMany = OwnDigits::countProblem(list.size());
    if (!tooMany.isEmpty())
        throw Invalid{DocumentFile::tr("\"%1\": %2").arg(in.where(key), tooMany)};
    std::vector<OwnDigit> digits;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString where = QStringLiteral("%1[%2]").arg(in.where(key)).arg(i);
        if (!list[i].isObject())
            throw Invalid{DocumentFile::tr("\"%1\" must be an object").arg(where)};
        const Reader digit(list[i].toObject(), where);
        const QJsonValue label = digit.required(QStringLiteral("label"));
        const double number = label.toDouble(std::nan(""));
        if (!label.isDouble() || number != std::floor(number) || number < 0 ||
            number >= OwnDigits::kClasses)
            throw Invalid{DocumentFile::tr("\"%1\" is %2; a digit's label is an integer from 0 "
                                           "to 9")
                              .arg(digit.where(QStringLiteral("label")), jsonText(label))};
        // Read at any size, so that a digit of another size is named as such.
        const cv::Mat pixels = digit.matrix(QStringLiteral("image"), 1 << 16);
        const QString pixelsProblem = OwnDigits::pixelsProblem(pixels);
        if (!pixelsProblem.isEmpty())
            throw Invalid{DocumentFile::tr("\"%1\": %2")
                              .arg(digit.where(QStringLiteral("image")), pixelsProblem)};
        digits.push_back({pixels, static_cast<int>(number)});
    }
    return digits;
}

LessonNotes readNotes(const Reader& in)
{
    LessonNotes notes;
    notes.title = in.required(QStringLiteral("title"));
    notes.text = in.required(QStringLiteral("text"));
    const QJsonValue steps = in.required(QStringLiteral("steps"));
    if (!steps.isArray())
        throw Invalid{
            DocumentFile::tr("\"%1\" must be a list").arg(in.where(QStringLiteral("steps")))};
    notes.steps = steps.toArray();
    // Walking to step n loads steps 1 to n: a bound keeps every step quick to show and render.
    if (notes.steps.size() > DocumentFile::kMaxSteps)
        throw Invalid{DocumentFile::tr("\"%1\" holds %2 steps; a lesson holds at most %3")
                          .arg(in.where(QStringLiteral("steps")))
                          .arg(notes.steps.size())
                          .arg(DocumentFile::kMaxSteps)};
    QString problem;
    if (!LessonScript::fromNotes(notes, &problem))
        throw Invalid{problem};
    return notes;
}

} // namespace

QJsonObject DocumentFile::toJson(const DocumentState& state)
{
    const Parameters& p = state.parameters;
    const QJsonValue threshold =
        p.peaks.useThreshold ? QJsonValue(double(p.peaks.threshold)) : QJsonValue(QJsonValue::Null);
    const QJsonObject parameters{
        {QStringLiteral("operation"), nameOf(kOperations, p.operation)},
        {QStringLiteral("method"), nameOf(kMethods, p.method)},
        {QStringLiteral("stride"), pairJson(p.conv.stride)},
        {QStringLiteral("padding"), paddingJson(p.conv.padding)},
        {QStringLiteral("padding_mode"), nameOf(kPaddingModes, p.conv.paddingMode)},
        {QStringLiteral("dilation"), pairJson(p.conv.dilation)},
        {QStringLiteral("pooling"),
         QJsonObject{{QStringLiteral("enabled"), p.poolEnabled},
                     {QStringLiteral("mode"), nameOf(kPoolModes, p.pool.mode)},
                     {QStringLiteral("size"), pairJson(p.pool.size)},
                     {QStringLiteral("stride"), pairJson(p.pool.stride)},
                     {QStringLiteral("padding"), paddingJson(p.pool.padding)}}},
        {QStringLiteral("peaks"), QJsonObject{{QStringLiteral("top_k"), p.peaks.topK},
                                              {QStringLiteral("min_distance"), p.peaks.minDistance},
                                              {QStringLiteral("threshold"), threshold}}},
    };
    const ViewSettings& v = state.view;
    const QJsonObject view{
        {QStringLiteral("colormap"), nameOf(kColormaps, v.colormap)},
        {QStringLiteral("auto_range"), v.autoRange},
        {QStringLiteral("range"),
         QJsonObject{{QStringLiteral("low"), v.rangeLow}, {QStringLiteral("high"), v.rangeHigh}}},
        {QStringLiteral("overlay"), v.overlay},
        {QStringLiteral("side_by_side"), v.sideBySide},
    };
    QJsonObject json{
        {QStringLiteral("format"), QString::fromLatin1(kFormat)},
        {QStringLiteral("version"), kVersion},
        {QStringLiteral("image"), matrixJson(state.image)},
        {QStringLiteral("patch"), matrixJson(state.patch)},
        {QStringLiteral("parameters"), parameters},
        {QStringLiteral("view"), view},
    };
    if (!state.ownDigits.empty()) {
        QJsonArray digits;
        for (const OwnDigit& digit : state.ownDigits)
            digits.append(QJsonObject{{QStringLiteral("label"), digit.label},
                                      {QStringLiteral("image"), matrixJson(digit.pixels)}});
        json.insert(QStringLiteral("own_digits"), digits);
    }
    if (!state.notes.isEmpty())
        json.insert(QStringLiteral("lesson"),
                    QJsonObject{{QStringLiteral("title"), state.notes.title},
                                {QStringLiteral("text"), state.notes.text},
                                {QStringLiteral("steps"), state.notes.steps}});
    return json;
}

std::optional<DocumentState> DocumentFile::fromJson(const QJsonObject& json, QString* error)
{
    try {
        const Reader in(json, {});
        const QString format = in.string(QStringLiteral("format"));
        if (format != QLatin1String(kFormat))
            throw Invalid{tr("this is not a ConvLab lesson (format \"%1\", expected \"%2\")")
                              .arg(format, QLatin1String(kFormat))};
        const QJsonValue version = in.required(QStringLiteral("version"));
        if (!version.isDouble() || version.toDouble() != kVersion)
            throw Invalid{tr("lesson format version %1 is not supported (this ConvLab reads "
                             "version %2)")
                              .arg(version.isDouble() ? QString::number(version.toDouble())
                                                      : version.toVariant().toString())
                              .arg(kVersion)};
        DocumentState state;
        if (!in.has(QStringLiteral("image")) && in.has(QStringLiteral("lesson")))
            state.notes = readNotes(in.object(QStringLiteral("lesson")));
        if (!in.has(QStringLiteral("image")) && !state.notes.steps.isEmpty()) {
            // A guided lesson may leave the state out: it is then the state of its step 1.
            QString problem;
            const auto script = LessonScript::fromNotes(state.notes, &problem);
            const auto first = script->snapshotAt(0, &problem);
            if (!first)
                throw Invalid{problem};
            DocumentState fromStep = first->state;
            fromStep.notes = state.notes;
            if (in.has(QStringLiteral("own_digits")))
                fromStep.ownDigits = readOwnDigits(in);
            return fromStep;
        }
        const int maxImageSide = 1 << 16;
        state.image = in.matrix(QStringLiteral("image"), maxImageSide);
        if (state.image.total() > 50'000'000ull)
            throw Invalid{tr("the image has %1 × %2 pixels, more than the 50 megapixels allowed")
                              .arg(state.image.rows)
                              .arg(state.image.cols)};
        state.patch = in.matrix(QStringLiteral("patch"), limits::kMaxPatchSide);
        state.parameters = readParameters(in.object(QStringLiteral("parameters")));
        state.view = readView(in.object(QStringLiteral("view")));
        if (in.has(QStringLiteral("lesson")))
            state.notes = readNotes(in.object(QStringLiteral("lesson")));
        if (in.has(QStringLiteral("own_digits")))
            state.ownDigits = readOwnDigits(in);
        return state;
    } catch (const Invalid& invalid) {
        if (error)
            *error = invalid.message;
        return std::nullopt;
    }
}

QByteArray DocumentFile::serialize(const DocumentState& state)
{
    return QJsonDocument(toJson(state)).toJson(QJsonDocument::Indented);
}

std::optional<DocumentState> DocumentFile::parse(const QByteArray& bytes, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = tr("the file is not valid JSON (%1 at byte %2); it may be truncated")
                         .arg(parseError.errorString())
                         .arg(parseError.offset);
        return std::nullopt;
    }
    if (!document.isObject()) {
        if (error)
            *error = tr("the file holds JSON but not a lesson object");
        return std::nullopt;
    }
    return fromJson(document.object(), error);
}

bool DocumentFile::save(const QString& path, const DocumentState& state, QString* error)
{
    return saveJson(path, toJson(state), error);
}

bool DocumentFile::saveJson(const QString& path, const QJsonObject& json, QString* error)
{
    QString reason;
    if (writeAtomically(path, QJsonDocument(json).toJson(QJsonDocument::Indented), &reason))
        return true;
    if (error)
        *error = tr("Cannot save \"%1\": %2").arg(QDir::toNativeSeparators(path), reason);
    return false;
}

std::optional<DocumentState> DocumentFile::load(const QString& path, QString* error)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    const auto fail = [&](const QString& reason) -> std::optional<DocumentState> {
        if (error)
            *error = tr("Cannot open \"%1\": %2").arg(shown, reason);
        return std::nullopt;
    };
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    if (file.size() > kMaxFileBytes)
        return fail(tr("the file is %1 MB, more than the %2 MB a lesson may take")
                        .arg(file.size() >> 20)
                        .arg(kMaxFileBytes >> 20));
    QString problem;
    std::optional<DocumentState> state = parse(file.readAll(), &problem);
    if (!state)
        return fail(problem);
    return state;
}

} // namespace convlab
