// SPDX-License-Identifier: MIT
#include "lessons/LessonScript.h"

#include "Error.h"
#include "i18n/CoreMessages.h"
#include "io/ArrayIO.h"
#include "lessons/StepText.h"
#include "ops/ImageOps.h"
#include "samples/SampleGallery.h"
#include "stepper/ArithmeticPresets.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>
#include <functional>
#include <set>

namespace convlab {

namespace {

// The first problem found while reading a step, with the key it was found at.
struct Invalid {
    QString message;
};

QString join(const QString& path, const QString& key)
{
    return path + QLatin1Char('.') + key;
}

void requireKnownKeys(const QJsonObject& object, const QString& path,
                      std::initializer_list<const char*> known)
{
    QStringList names;
    for (const char* name : known)
        names << QString::fromLatin1(name);
    for (auto it = object.begin(); it != object.end(); ++it)
        if (!names.contains(it.key()))
            throw Invalid{LessonScript::tr("\"%1\" is not a known key; expected one of %2")
                              .arg(join(path, it.key()), names.join(QStringLiteral(", ")))};
}

QJsonObject objectAt(const QJsonValue& value, const QString& where)
{
    if (!value.isObject())
        throw Invalid{LessonScript::tr("\"%1\" must be an object").arg(where)};
    return value.toObject();
}

double numberAt(const QJsonValue& value, const QString& where)
{
    if (!value.isDouble() || !std::isfinite(value.toDouble()))
        throw Invalid{LessonScript::tr("\"%1\" must be a finite number").arg(where)};
    return value.toDouble();
}

int integerAt(const QJsonValue& value, const QString& where, int low, int high)
{
    const double v = value.isDouble() ? value.toDouble() : std::nan("");
    if (!(v == std::floor(v)) || v < low || v > high)
        throw Invalid{LessonScript::tr("\"%1\" must be an integer from %2 to %3")
                          .arg(where)
                          .arg(low)
                          .arg(high)};
    return static_cast<int>(v);
}

bool boolAt(const QJsonValue& value, const QString& where)
{
    if (!value.isBool())
        throw Invalid{LessonScript::tr("\"%1\" must be true or false").arg(where)};
    return value.toBool();
}

QString stringAt(const QJsonValue& value, const QString& where)
{
    if (!value.isString())
        throw Invalid{LessonScript::tr("\"%1\" must be a string").arg(where)};
    return value.toString();
}

QString choiceAt(const QJsonValue& value, const QString& where, const QStringList& known)
{
    const QString name = stringAt(value, where);
    if (!known.contains(name))
        throw Invalid{LessonScript::tr("\"%1\" is \"%2\"; expected one of %3")
                          .arg(where, name, known.join(QStringLiteral(", ")))};
    return name;
}

std::vector<int> integersAt(const QJsonValue& value, const QString& where, int count, int low,
                            int high)
{
    const QJsonArray array = value.toArray();
    if (!value.isArray() || array.size() != count)
        throw Invalid{
            LessonScript::tr("\"%1\" must be a list of %2 integers").arg(where).arg(count)};
    std::vector<int> out;
    for (qsizetype i = 0; i < array.size(); ++i)
        out.push_back(integerAt(array[i], QStringLiteral("%1[%2]").arg(where).arg(i), low, high));
    return out;
}

Pair pairAt(const QJsonValue& value, const QString& where, int low, int high)
{
    const std::vector<int> v = integersAt(value, where, 2, low, high);
    return {v[0], v[1]};
}

Padding paddingAt(const QJsonValue& value, const QString& where, int high)
{
    const std::vector<int> v = integersAt(value, where, 4, 0, high);
    return {v[0], v[1], v[2], v[3]};
}

// Runs a core name parser, turning its Error into a message at `where`.
template <typename T>
T coreName(const QJsonValue& value, const QString& where, T (*parse)(const std::string&))
{
    const QString name = stringAt(value, where);
    try {
        return parse(name.toStdString());
    } catch (const Error& error) {
        throw Invalid{
            QStringLiteral("\"%1\": %2").arg(where, CoreMessages::translate(error.what()))};
    }
}

// A matrix written as a list of rows of numbers, or a base64 .npy ("npy").
cv::Mat matrixAt(const QJsonObject& object, const QString& path, int maxSide)
{
    cv::Mat m;
    if (object.contains(QStringLiteral("values"))) {
        const QString where = join(path, QStringLiteral("values"));
        const QJsonArray rows = object.value(QStringLiteral("values")).toArray();
        if (rows.isEmpty() || rows.size() > maxSide || !rows[0].isArray() ||
            rows[0].toArray().isEmpty() || rows[0].toArray().size() > maxSide)
            throw Invalid{
                LessonScript::tr("\"%1\" must be a list of 1 to %2 rows of 1 to %2 numbers")
                    .arg(where)
                    .arg(maxSide)};
        m.create(static_cast<int>(rows.size()), static_cast<int>(rows[0].toArray().size()), CV_32F);
        for (int r = 0; r < m.rows; ++r) {
            const QJsonArray row = rows[r].toArray();
            if (row.size() != m.cols)
                throw Invalid{LessonScript::tr("\"%1[%2]\" has %3 values; the first row has %4")
                                  .arg(where)
                                  .arg(r)
                                  .arg(row.size())
                                  .arg(m.cols)};
            for (int c = 0; c < m.cols; ++c)
                m.at<float>(r, c) = static_cast<float>(
                    numberAt(row[c], QStringLiteral("%1[%2][%3]").arg(where).arg(r).arg(c)));
        }
        return m;
    }
    const QString where = join(path, QStringLiteral("npy"));
    const auto decoded = QByteArray::fromBase64Encoding(
        stringAt(object.value(QStringLiteral("npy")), where).toLatin1(),
        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        throw Invalid{LessonScript::tr("\"%1\" is not valid base64").arg(where)};
    try {
        m = decodeNpy(std::string_view((*decoded).constData(), std::size_t((*decoded).size())),
                      where.toStdString());
    } catch (const Error& error) {
        throw Invalid{CoreMessages::translate(error.what())};
    }
    if (m.channels() != 1 || m.rows > maxSide || m.cols > maxSide)
        throw Invalid{LessonScript::tr("\"%1\" must be one channel, at most %2 per side")
                          .arg(where)
                          .arg(maxSide)};
    return m;
}

QStringList sampleKeys()
{
    QStringList keys;
    for (SampleGallery::Id id : SampleGallery::all())
        keys << SampleGallery::key(id);
    return keys;
}

SampleGallery::Id sampleId(const QString& key)
{
    for (SampleGallery::Id id : SampleGallery::all())
        if (SampleGallery::key(id) == key)
            return id;
    return SampleGallery::Id::RenderedDigits; // keys are checked when read
}

const QStringList& operationNames()
{
    static const QStringList names{QStringLiteral("cross_correlation"),
                                   QStringLiteral("true_convolution"),
                                   QStringLiteral("template_match")};
    return names;
}

const QStringList& panelNames()
{
    static const QStringList names{QStringLiteral("patch"), QStringLiteral("parameters"),
                                   QStringLiteral("code"), QStringLiteral("step_through")};
    return names;
}

QStringList guideCaseNames()
{
    return {QStringLiteral("no_padding_no_strides"), QStringLiteral("arbitrary_padding"),
            QStringLiteral("half_padding"),          QStringLiteral("full_padding"),
            QStringLiteral("no_padding_strides"),    QStringLiteral("padding_strides"),
            QStringLiteral("padding_strides_odd"),   QStringLiteral("dilation")};
}

QStringList matrixPresetNames()
{
    return {QStringLiteral("lecture"), QStringLiteral("orthonormal"), QStringLiteral("tiny_image"),
            QStringLiteral("backward")};
}

// `value` as an integer from low to high, refused naming the key and the value found.
int boundedAt(const QJsonValue& value, const QString& where, int low, int high)
{
    const double v = value.isDouble() ? value.toDouble() : std::nan("");
    if (!(v == std::floor(v)) || v < low || v > high)
        throw Invalid{
            LessonScript::tr("\"%1\" is %2; expected an integer from %3 to %4")
                .arg(where, QString::fromUtf8(
                                QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
                                .mid(1)
                                .chopped(1))
                .arg(low)
                .arg(high)};
    return static_cast<int>(v);
}

StepThroughChoice readStepThrough(const QJsonValue& value, const QString& at)
{
    const QJsonObject choice = objectAt(value, at);
    static const QStringList tabs{QStringLiteral("stepper"), QStringLiteral("transposed"),
                                  QStringLiteral("matrix"), QStringLiteral("checkerboard")};
    StepThroughChoice s;
    s.tab = static_cast<StepThroughChoice::Tab>(
        tabs.indexOf(choiceAt(choice.value(QStringLiteral("tab")), join(at, "tab"), tabs)));
    if (s.tab == StepThroughChoice::Tab::Checkerboard) {
        // The Checkerboard tab's own controls (CheckerboardView's limits).
        requireKnownKeys(choice, at, {"tab", "input", "kernel", "stride", "dilation", "resize"});
        StepThroughChoice::Checkerboard& c = s.checkerboard;
        const auto read = [&](const char* key, int low, int high, int fallback) {
            const QString name = QString::fromLatin1(key);
            return choice.contains(name) ? boundedAt(choice.value(name), join(at, name), low, high)
                                         : fallback;
        };
        c.input = read("input", 2, 8, c.input);
        c.kernel = read("kernel", 1, 7, c.kernel);
        c.stride = read("stride", 1, 4, c.stride);
        c.dilation = read("dilation", 1, 3, c.dilation);
        if (choice.contains(QStringLiteral("resize")))
            c.bilinear = choiceAt(choice.value(QStringLiteral("resize")), join(at, "resize"),
                                  {QStringLiteral("nearest"), QStringLiteral("bilinear")}) ==
                         QLatin1String("bilinear");
        return s;
    }
    requireKnownKeys(choice, at, {"tab", "preset"});
    if (choice.contains(QStringLiteral("preset")))
        s.preset = choiceAt(choice.value(QStringLiteral("preset")), join(at, "preset"),
                            s.tab == StepThroughChoice::Tab::Matrix ? matrixPresetNames()
                                                                    : guideCaseNames());
    return s;
}

// The lecture's network (Architecture::lecture: two stages of conv 5×5, ReLU, max-pool 2): its
// layers' names, maps and sizes on a 20×20 digit. The page may hold another architecture; there
// the spin boxes clamp what the step asks for.
struct LectureLayer {
    const char* name;
    int maps;
    int size;
};
constexpr LectureLayer kLectureLayers[] = {{"conv1", 8, 20},  {"relu1", 8, 20},  {"pool1", 8, 10},
                                           {"conv2", 16, 10}, {"relu2", 16, 10}, {"pool2", 16, 5}};
// The held-out digits of the split the page uses (100 of each class).
constexpr int kHeldOutDigits = 1000;

LearnedChoice readLearned(const QJsonValue& value, const QString& at)
{
    const QJsonObject json = objectAt(value, at);
    static const QStringList tabs{QStringLiteral("filters"), QStringLiteral("back_to_pixels"),
                                  QStringLiteral("decoder")};
    LearnedChoice c;
    c.tab = static_cast<LearnedChoice::Tab>(
        tabs.indexOf(choiceAt(json.value(QStringLiteral("tab")), join(at, "tab"), tabs)));
    switch (c.tab) {
    case LearnedChoice::Tab::Filters:
        requireKnownKeys(json, at, {"tab", "held_out"});
        break;
    case LearnedChoice::Tab::BackToPixels:
        requireKnownKeys(json, at, {"tab", "held_out", "part", "stage", "layer", "map", "unit"});
        break;
    case LearnedChoice::Tab::Decoder: // the decoders train on their own digits
        requireKnownKeys(json, at, {"tab"});
        break;
    }
    if (json.contains(QStringLiteral("held_out")))
        c.heldOut = boundedAt(json.value(QStringLiteral("held_out")), join(at, "held_out"), 1,
                              kHeldOutDigits);
    if (json.contains(QStringLiteral("part"))) {
        static const QStringList parts{QStringLiteral("both"), QStringLiteral("gradient"),
                                       QStringLiteral("unit")};
        c.part = static_cast<LearnedChoice::Part>(
            parts.indexOf(choiceAt(json.value(QStringLiteral("part")), join(at, "part"), parts)));
    }
    QStringList stages, layers;
    for (const LectureLayer& layer : kLectureLayers) {
        layers << QLatin1String(layer.name);
        if (QLatin1String(layer.name).startsWith(QLatin1String("conv")))
            stages << QLatin1String(layer.name);
    }
    if (json.contains(QStringLiteral("stage")))
        c.stage = choiceAt(json.value(QStringLiteral("stage")), join(at, "stage"), stages);
    if (json.contains(QStringLiteral("layer")))
        c.layer = choiceAt(json.value(QStringLiteral("layer")), join(at, "layer"), layers);
    const LectureLayer& layer = kLectureLayers[layers.indexOf(c.layer)];
    if (json.contains(QStringLiteral("map")))
        c.map = boundedAt(json.value(QStringLiteral("map")), join(at, "map"), 1, layer.maps);
    if (json.contains(QStringLiteral("unit"))) {
        const QString where = join(at, "unit");
        const QJsonValue unit = json.value(QStringLiteral("unit"));
        if (unit.isArray()) {
            const QJsonArray cell = unit.toArray();
            if (cell.size() != 2)
                throw Invalid{
                    LessonScript::tr("\"%1\" must be \"strongest\", \"map\" or [row, col]")
                        .arg(where)};
            c.unit = LearnedChoice::Unit::At;
            c.cell = {boundedAt(cell[0], where + QStringLiteral("[0]"), 0, layer.size - 1),
                      boundedAt(cell[1], where + QStringLiteral("[1]"), 0, layer.size - 1)};
        } else {
            c.unit = choiceAt(unit, where, {QStringLiteral("strongest"), QStringLiteral("map")}) ==
                             QLatin1String("map")
                         ? LearnedChoice::Unit::WholeMap
                         : LearnedChoice::Unit::Strongest;
        }
    }
    return c;
}

// Applies the keys present in `json` ("parameters" of a step) over `p`.
void mergeParameters(const QJsonObject& json, Parameters& p, const QString& path)
{
    requireKnownKeys(json, path,
                     {"operation", "method", "stride", "padding", "padding_mode", "dilation",
                      "pooling", "peaks"});
    const auto at = [&](const char* key) { return join(path, QString::fromLatin1(key)); };
    const auto has = [&](const char* key) { return json.contains(QString::fromLatin1(key)); };
    const auto value = [&](const char* key) { return json.value(QString::fromLatin1(key)); };
    if (has("operation"))
        p.operation = static_cast<Parameters::Operation>(operationNames().indexOf(
            choiceAt(value("operation"), at("operation"), operationNames())));
    if (has("method"))
        p.method = coreName(value("method"), at("method"), &matchMethodFromString);
    if (has("stride"))
        p.conv.stride = pairAt(value("stride"), at("stride"), 1, limits::kMaxStride);
    if (has("padding"))
        p.conv.padding = paddingAt(value("padding"), at("padding"), limits::kMaxPadding);
    if (has("padding_mode"))
        p.conv.paddingMode =
            coreName(value("padding_mode"), at("padding_mode"), &paddingModeFromString);
    if (has("dilation"))
        p.conv.dilation = pairAt(value("dilation"), at("dilation"), 1, limits::kMaxDilation);
    if (has("pooling")) {
        const QString where = at("pooling");
        const QJsonObject pool = objectAt(value("pooling"), where);
        requireKnownKeys(pool, where, {"enabled", "mode", "size", "stride", "padding"});
        const auto k = [&](const char* key) { return pool.value(QString::fromLatin1(key)); };
        const auto w = [&](const char* key) { return join(where, QString::fromLatin1(key)); };
        if (pool.contains(QStringLiteral("enabled")))
            p.poolEnabled = boolAt(k("enabled"), w("enabled"));
        if (pool.contains(QStringLiteral("mode")))
            p.pool.mode = coreName(k("mode"), w("mode"), &poolModeFromString);
        if (pool.contains(QStringLiteral("size")))
            p.pool.size = pairAt(k("size"), w("size"), 1, limits::kMaxPoolSize);
        if (pool.contains(QStringLiteral("stride")))
            p.pool.stride = pairAt(k("stride"), w("stride"), 1, limits::kMaxPoolStride);
        if (pool.contains(QStringLiteral("padding")))
            p.pool.padding = paddingAt(k("padding"), w("padding"), limits::kMaxPoolSize / 2);
    }
    if (has("peaks")) {
        const QString where = at("peaks");
        const QJsonObject peaks = objectAt(value("peaks"), where);
        requireKnownKeys(peaks, where, {"top_k", "min_distance", "threshold"});
        const auto w = [&](const char* key) { return join(where, QString::fromLatin1(key)); };
        if (peaks.contains(QStringLiteral("top_k")))
            p.peaks.topK =
                integerAt(peaks.value(QStringLiteral("top_k")), w("top_k"), 1, limits::kMaxTopK);
        if (peaks.contains(QStringLiteral("min_distance")))
            p.peaks.minDistance = integerAt(peaks.value(QStringLiteral("min_distance")),
                                            w("min_distance"), 0, limits::kMaxMinDistance);
        if (peaks.contains(QStringLiteral("threshold"))) {
            const QJsonValue threshold = peaks.value(QStringLiteral("threshold"));
            p.peaks.useThreshold = !threshold.isNull();
            if (p.peaks.useThreshold)
                p.peaks.threshold = static_cast<float>(numberAt(threshold, w("threshold")));
        }
    }
}

void mergeView(const QJsonObject& json, ViewSettings& v, const QString& path)
{
    requireKnownKeys(json, path, {"colormap", "auto_range", "range", "overlay", "side_by_side"});
    const auto at = [&](const char* key) { return join(path, QString::fromLatin1(key)); };
    const auto value = [&](const char* key) { return json.value(QString::fromLatin1(key)); };
    if (json.contains(QStringLiteral("colormap")))
        v.colormap = coreName(value("colormap"), at("colormap"), &colormapFromString);
    if (json.contains(QStringLiteral("auto_range")))
        v.autoRange = boolAt(value("auto_range"), at("auto_range"));
    if (json.contains(QStringLiteral("range"))) {
        const QJsonObject range = objectAt(value("range"), at("range"));
        requireKnownKeys(range, at("range"), {"low", "high"});
        v.rangeLow = numberAt(range.value(QStringLiteral("low")), join(at("range"), "low"));
        v.rangeHigh = numberAt(range.value(QStringLiteral("high")), join(at("range"), "high"));
        if (!(v.rangeLow < v.rangeHigh))
            throw Invalid{LessonScript::tr("\"%1\": low (%2) must be below high (%3)")
                              .arg(at("range"))
                              .arg(v.rangeLow)
                              .arg(v.rangeHigh)};
    }
    if (json.contains(QStringLiteral("overlay")))
        v.overlay = boolAt(value("overlay"), at("overlay"));
    if (json.contains(QStringLiteral("side_by_side")))
        v.sideBySide = boolAt(value("side_by_side"), at("side_by_side"));
}

ImageOperation readOperation(const QJsonValue& value, const QString& where)
{
    const QJsonObject json = objectAt(value, where);
    static const QStringList kinds{QStringLiteral("pad"),      QStringLiteral("scale"),
                                   QStringLiteral("shear"),    QStringLiteral("crop"),
                                   QStringLiteral("rotate"),   QStringLiteral("flip"),
                                   QStringLiteral("translate")};
    ImageOperation op;
    op.kind = static_cast<ImageOperation::Kind>(
        kinds.indexOf(choiceAt(json.value(QStringLiteral("op")), join(where, "op"), kinds)));
    const auto at = [&](const char* key) { return join(where, QString::fromLatin1(key)); };
    const auto value_ = [&](const char* key) { return json.value(QString::fromLatin1(key)); };
    switch (op.kind) {
    case ImageOperation::Kind::Pad:
        requireKnownKeys(json, where, {"op", "padding", "mode"});
        op.padding = paddingAt(value_("padding"), at("padding"), limits::kMaxPadding);
        if (json.contains(QStringLiteral("mode")))
            op.mode = coreName(value_("mode"), at("mode"), &paddingModeFromString);
        break;
    case ImageOperation::Kind::Scale:
    case ImageOperation::Kind::Shear: {
        const bool scale = op.kind == ImageOperation::Kind::Scale;
        if (scale)
            requireKnownKeys(json, where, {"op", "fx", "fy"});
        else
            requireKnownKeys(json, where, {"op", "shx", "shy"});
        op.x = numberAt(value_(scale ? "fx" : "shx"), at(scale ? "fx" : "shx"));
        op.y = numberAt(value_(scale ? "fy" : "shy"), at(scale ? "fy" : "shy"));
        const double low = scale ? 0.05 : -2.0, high = scale ? 8.0 : 2.0;
        if (op.x < low || op.x > high || op.y < low || op.y > high)
            throw Invalid{LessonScript::tr("\"%1\": factors must lie in [%2, %3]")
                              .arg(where)
                              .arg(low)
                              .arg(high)};
        break;
    }
    case ImageOperation::Kind::Crop: {
        requireKnownKeys(json, where, {"op", "rect"});
        const std::vector<int> r = integersAt(value_("rect"), at("rect"), 4, 0, 1 << 16);
        op.rect = cv::Rect(r[1], r[0], r[3], r[2]); // [top, left, height, width]
        if (op.rect.empty())
            throw Invalid{LessonScript::tr("\"%1\" must have a height and a width of at least 1")
                              .arg(at("rect"))};
        break;
    }
    case ImageOperation::Kind::Rotate:
        requireKnownKeys(json, where, {"op", "degrees"});
        op.degrees = numberAt(value_("degrees"), at("degrees"));
        break;
    case ImageOperation::Kind::Flip:
        requireKnownKeys(json, where, {"op", "horizontal", "vertical"});
        op.horizontal = boolAt(value_("horizontal"), at("horizontal"));
        op.vertical = boolAt(value_("vertical"), at("vertical"));
        break;
    case ImageOperation::Kind::Translate:
        requireKnownKeys(json, where, {"op", "rows", "cols"});
        op.rows = integerAt(value_("rows"), at("rows"), -4096, 4096);
        op.cols = integerAt(value_("cols"), at("cols"), -4096, 4096);
        break;
    }
    return op;
}

ImageSource readImage(const QJsonValue& value, const QString& where)
{
    const QJsonObject json = objectAt(value, where);
    requireKnownKeys(json, where, {"sample", "values", "npy", "ops"});
    ImageSource image;
    const int sources = int(json.contains(QStringLiteral("sample"))) +
                        int(json.contains(QStringLiteral("values"))) +
                        int(json.contains(QStringLiteral("npy")));
    if (sources != 1)
        throw Invalid{
            LessonScript::tr("\"%1\" must have exactly one of \"sample\", \"values\" or \"npy\"")
                .arg(where)};
    if (json.contains(QStringLiteral("sample")))
        image.sample =
            choiceAt(json.value(QStringLiteral("sample")), join(where, "sample"), sampleKeys());
    else
        image.values = matrixAt(json, where, 1024);
    if (json.contains(QStringLiteral("ops"))) {
        const QJsonValue ops = json.value(QStringLiteral("ops"));
        if (!ops.isArray())
            throw Invalid{LessonScript::tr("\"%1\" must be a list").arg(join(where, "ops"))};
        const QJsonArray list = ops.toArray();
        for (qsizetype i = 0; i < list.size(); ++i)
            image.operations.push_back(
                readOperation(list[i], QStringLiteral("%1.ops[%2]").arg(where).arg(i)));
    }
    return image;
}

PatchSource readPatch(const QJsonValue& value, const QString& where)
{
    const QJsonObject json = objectAt(value, where);
    requireKnownKeys(
        json, where,
        {"sample", "cut", "preset", "size", "angle", "seed", "normalise", "values", "npy"});
    PatchSource patch;
    const int sources =
        int(json.contains(QStringLiteral("sample"))) + int(json.contains(QStringLiteral("cut"))) +
        int(json.contains(QStringLiteral("preset"))) +
        int(json.contains(QStringLiteral("values"))) + int(json.contains(QStringLiteral("npy")));
    if (sources != 1)
        throw Invalid{
            LessonScript::tr("\"%1\" must have exactly one of \"sample\", \"cut\", \"preset\", "
                             "\"values\" or \"npy\"")
                .arg(where)};
    if (json.contains(QStringLiteral("sample"))) {
        patch.kind = PatchSource::Kind::Sample;
        patch.sample =
            choiceAt(json.value(QStringLiteral("sample")), join(where, "sample"), sampleKeys());
    } else if (json.contains(QStringLiteral("cut"))) {
        patch.kind = PatchSource::Kind::Cut;
        const std::vector<int> r =
            integersAt(json.value(QStringLiteral("cut")), join(where, "cut"), 4, 0, 1 << 16);
        patch.cut = cv::Rect(r[1], r[0], r[3], r[2]);
        if (r[2] < 1 || r[3] < 1 || r[2] > limits::kMaxPatchSide || r[3] > limits::kMaxPatchSide)
            throw Invalid{LessonScript::tr("\"%1\": the height and width must be from 1 to %2")
                              .arg(join(where, "cut"))
                              .arg(limits::kMaxPatchSide)};
    } else if (json.contains(QStringLiteral("preset"))) {
        patch.kind = PatchSource::Kind::Preset;
        patch.preset.preset = coreName(json.value(QStringLiteral("preset")), join(where, "preset"),
                                       &kernelPresetFromString);
        if (json.contains(QStringLiteral("size")))
            patch.preset.size = pairAt(json.value(QStringLiteral("size")), join(where, "size"), 1,
                                       limits::kMaxPatchSide);
        if (json.contains(QStringLiteral("angle")))
            patch.preset.angleDegrees =
                numberAt(json.value(QStringLiteral("angle")), join(where, "angle"));
        if (json.contains(QStringLiteral("seed")))
            patch.preset.seed = static_cast<std::uint32_t>(
                integerAt(json.value(QStringLiteral("seed")), join(where, "seed"), 0, 1 << 30));
        if (json.contains(QStringLiteral("normalise")))
            patch.normalise =
                boolAt(json.value(QStringLiteral("normalise")), join(where, "normalise"));
        if (!supportsSize(patch.preset.preset, patch.preset.size))
            throw Invalid{LessonScript::tr("\"%1\": the preset %2 has no %3 × %4 kernel")
                              .arg(where, QString::fromStdString(toString(patch.preset.preset)))
                              .arg(patch.preset.size.rows)
                              .arg(patch.preset.size.cols)};
    } else {
        patch.kind = PatchSource::Kind::Values;
        patch.values = matrixAt(json, where, limits::kMaxPatchSide);
    }
    return patch;
}

Exercise readExercise(const QJsonValue& value, const QString& where)
{
    const QJsonObject json = objectAt(value, where);
    static const QStringList kinds{QStringLiteral("output_size"), QStringLiteral("value"),
                                   QStringLiteral("peak"),
                                   QStringLiteral("transposed_output_size")};
    Exercise exercise;
    exercise.kind = static_cast<Exercise::Kind>(
        kinds.indexOf(choiceAt(json.value(QStringLiteral("kind")), join(where, "kind"), kinds)));
    QString problem;
    if (!LocalizedText::fromJson(json.value(QStringLiteral("question")), &exercise.question,
                                 &problem))
        throw Invalid{QStringLiteral("\"%1\": %2").arg(join(where, "question"), problem)};
    switch (exercise.kind) {
    case Exercise::Kind::OutputSize:
    case Exercise::Kind::Peak:
        requireKnownKeys(json, where, {"kind", "question"});
        break;
    case Exercise::Kind::Value:
        requireKnownKeys(json, where, {"kind", "question", "cell", "tolerance"});
        exercise.cell = pairAt(json.value(QStringLiteral("cell")), join(where, "cell"), 0, 1 << 16);
        if (json.contains(QStringLiteral("tolerance"))) {
            exercise.tolerance =
                numberAt(json.value(QStringLiteral("tolerance")), join(where, "tolerance"));
            if (exercise.tolerance < 0)
                throw Invalid{
                    LessonScript::tr("\"%1\" must not be negative").arg(join(where, "tolerance"))};
        }
        break;
    case Exercise::Kind::TransposedOutputSize: {
        requireKnownKeys(json, where, {"kind", "question", "transposed"});
        const QString at = join(where, "transposed");
        const QJsonObject t = objectAt(json.value(QStringLiteral("transposed")), at);
        requireKnownKeys(t, at,
                         {"input", "kernel", "stride", "padding", "output_padding", "dilation"});
        const auto read = [&](const char* key, int low, int high, int fallback) {
            const QString name = QString::fromLatin1(key);
            return t.contains(name) ? integerAt(t.value(name), join(at, name), low, high)
                                    : fallback;
        };
        AxisGeometry& g = exercise.transposed;
        g.input = read("input", 1, 4096, -1);
        g.kernel = read("kernel", 1, limits::kMaxPatchSide, -1);
        if (g.input < 0 || g.kernel < 0)
            throw Invalid{LessonScript::tr("\"%1\" needs \"input\" and \"kernel\"").arg(at)};
        g.stride = read("stride", 1, limits::kMaxStride, 1);
        g.padBefore = g.padAfter = read("padding", 0, limits::kMaxPadding, 0);
        g.outputPadding = read("output_padding", 0, limits::kMaxStride, 0);
        g.dilation = read("dilation", 1, limits::kMaxDilation, 1);
        try {
            transposedOutputSize(g);
        } catch (const Error& error) {
            throw Invalid{
                QStringLiteral("\"%1\": %2").arg(at, CoreMessages::translate(error.what()))};
        }
        break;
    }
    }
    return exercise;
}

// Every language of `text` has well-formed placeholders (StepText).
void requirePlaceholders(const LocalizedText& text, const QString& where)
{
    for (const QString& language : text.languages()) {
        QString problem;
        if (!StepText::validate(text.in(language), &problem))
            throw Invalid{QStringLiteral("\"%1%2\": %3")
                              .arg(where,
                                   language.isEmpty() ? QString() : QLatin1Char('.') + language,
                                   problem)};
    }
}

// A claim about the learned page belongs to a step that shows the part it is about: the
// Back to pixels half it names, or the Decoder tab.
void requireLearnedTab(const Expectation& e, const LessonStep& step, const QString& where)
{
    using Claim = Expectation::Claim;
    using Tab = LearnedChoice::Tab;
    using Part = LearnedChoice::Part;
    const std::optional<LearnedChoice>& l = step.learned;
    bool shown = true;
    QString needs;
    switch (e.claim()) {
    case Claim::LearnedGradient:
        shown = l && l->tab == Tab::BackToPixels && l->part != Part::Unit;
        needs = QStringLiteral("\"learned\": {\"tab\": \"back_to_pixels\"} showing its gradient");
        break;
    case Claim::LearnedUnit:
        shown = l && l->tab == Tab::BackToPixels && l->part != Part::Gradient;
        needs = QStringLiteral("\"learned\": {\"tab\": \"back_to_pixels\"} showing its unit");
        break;
    case Claim::LearnedDecoder:
        shown = l && l->tab == Tab::Decoder;
        needs = QStringLiteral("\"learned\": {\"tab\": \"decoder\"}");
        break;
    default:
        return;
    }
    if (!shown)
        throw Invalid{LessonScript::tr("\"%1\": the claim \"%2\" needs a step with %3")
                          .arg(join(where, "claim"),
                               e.source().value(QStringLiteral("claim")).toString(), needs)};
}

LessonStep readStep(const QJsonValue& value, const QString& where, int index)
{
    const QJsonObject json = objectAt(value, where);
    requireKnownKeys(json, where,
                     {"title", "text", "image", "patch", "parameters", "view", "panels",
                      "step_through", "learned", "exercise", "expect"});
    LessonStep step;
    QString problem;
    for (const auto& [key, target] :
         {std::pair{"title", &step.title}, std::pair{"text", &step.text}}) {
        const QString name = QString::fromLatin1(key);
        if (!json.contains(name))
            throw Invalid{LessonScript::tr("\"%1\" is missing").arg(join(where, name))};
        if (!LocalizedText::fromJson(json.value(name), target, &problem))
            throw Invalid{QStringLiteral("\"%1\": %2").arg(join(where, name), problem)};
        if (target->isEmpty())
            throw Invalid{LessonScript::tr("\"%1\" is empty").arg(join(where, name))};
    }
    if (json.contains(QStringLiteral("image")))
        step.image = readImage(json.value(QStringLiteral("image")), join(where, "image"));
    if (json.contains(QStringLiteral("patch")))
        step.patch = readPatch(json.value(QStringLiteral("patch")), join(where, "patch"));
    if (json.contains(QStringLiteral("parameters"))) {
        step.parameters =
            objectAt(json.value(QStringLiteral("parameters")), join(where, "parameters"));
        Parameters check;
        mergeParameters(step.parameters, check, join(where, "parameters"));
    }
    if (json.contains(QStringLiteral("view"))) {
        step.view = objectAt(json.value(QStringLiteral("view")), join(where, "view"));
        ViewSettings check;
        mergeView(step.view, check, join(where, "view"));
    }
    if (json.contains(QStringLiteral("panels"))) {
        const QString at = join(where, "panels");
        const QJsonObject panels = objectAt(json.value(QStringLiteral("panels")), at);
        requireKnownKeys(panels, at, {"show", "hide", "focus"});
        for (const auto& [key, list] :
             {std::pair{"show", &step.showPanels}, std::pair{"hide", &step.hidePanels}}) {
            const QString name = QString::fromLatin1(key);
            if (!panels.contains(name))
                continue;
            const QJsonValue names = panels.value(name);
            if (!names.isArray())
                throw Invalid{LessonScript::tr("\"%1\" must be a list").arg(join(at, name))};
            const QJsonArray array = names.toArray();
            for (qsizetype i = 0; i < array.size(); ++i)
                *list << choiceAt(array[i], QStringLiteral("%1.%2[%3]").arg(at, name).arg(i),
                                  panelNames());
        }
        if (panels.contains(QStringLiteral("focus")))
            step.focusPanel =
                choiceAt(panels.value(QStringLiteral("focus")), join(at, "focus"), panelNames());
    }
    if (json.contains(QStringLiteral("step_through")))
        step.stepThrough = readStepThrough(json.value(QStringLiteral("step_through")),
                                           join(where, "step_through"));
    if (json.contains(QStringLiteral("learned"))) {
        if (step.stepThrough)
            throw Invalid{LessonScript::tr("\"%1\" and \"%2\": a step opens one page, not both")
                              .arg(join(where, "step_through"), join(where, "learned"))};
        step.learned = readLearned(json.value(QStringLiteral("learned")), join(where, "learned"));
    }
    if (json.contains(QStringLiteral("exercise")))
        step.exercise =
            readExercise(json.value(QStringLiteral("exercise")), join(where, "exercise"));
    requirePlaceholders(step.text, join(where, "text"));
    if (step.exercise)
        requirePlaceholders(step.exercise->question, join(where, "exercise.question"));
    if (json.contains(QStringLiteral("expect"))) {
        const QString at = join(where, "expect");
        const QJsonValue list = json.value(QStringLiteral("expect"));
        if (!list.isArray())
            throw Invalid{LessonScript::tr("\"%1\" must be a list").arg(at)};
        const QJsonArray claims = list.toArray();
        for (qsizetype i = 0; i < claims.size(); ++i) {
            std::optional<Expectation> e = Expectation::fromJson(
                claims[i], QStringLiteral("%1[%2]").arg(at).arg(i), index, &problem);
            if (!e)
                throw Invalid{problem};
            requireLearnedTab(*e, step, QStringLiteral("%1[%2]").arg(at).arg(i));
            step.expectations.push_back(std::move(*e));
        }
    }
    return step;
}

QString describe(const ImageOperation& op)
{
    const QLocale locale;
    switch (op.kind) {
    case ImageOperation::Kind::Pad:
        return LessonScript::tr("padding (top %1, bottom %2, left %3, right %4, %5)")
            .arg(op.padding.top)
            .arg(op.padding.bottom)
            .arg(op.padding.left)
            .arg(op.padding.right)
            .arg(QString::fromStdString(toString(op.mode)));
    case ImageOperation::Kind::Scale:
        return LessonScript::tr("scaling (fx %1, fy %2)")
            .arg(locale.toString(op.x))
            .arg(locale.toString(op.y));
    case ImageOperation::Kind::Shear:
        return LessonScript::tr("shearing (shx %1, shy %2)")
            .arg(locale.toString(op.x))
            .arg(locale.toString(op.y));
    case ImageOperation::Kind::Crop:
        return LessonScript::tr("cropping (top %1, left %2, %3 × %4)")
            .arg(op.rect.y)
            .arg(op.rect.x)
            .arg(op.rect.height)
            .arg(op.rect.width);
    case ImageOperation::Kind::Rotate:
        return LessonScript::tr("rotation (%1°)").arg(locale.toString(op.degrees));
    case ImageOperation::Kind::Flip:
        return LessonScript::tr("flip (horizontal %1, vertical %2)")
            .arg(op.horizontal ? LessonScript::tr("yes") : LessonScript::tr("no"),
                 op.vertical ? LessonScript::tr("yes") : LessonScript::tr("no"));
    case ImageOperation::Kind::Translate:
        return LessonScript::tr("translation (%1 rows down, %2 columns right)")
            .arg(op.rows)
            .arg(op.cols);
    }
    return {};
}

// Throws Error (core) or Invalid.
Transformed apply(const ImageOperation& op, const cv::Mat& image)
{
    switch (op.kind) {
    case ImageOperation::Kind::Pad:
        return padOp(image, op.padding, op.mode);
    case ImageOperation::Kind::Scale:
        return scaleOp(image, op.x, op.y);
    case ImageOperation::Kind::Shear:
        return shearOp(image, op.x, op.y);
    case ImageOperation::Kind::Crop:
        return cropOp(image, op.rect);
    case ImageOperation::Kind::Rotate:
        return rotateOp(image, op.degrees);
    case ImageOperation::Kind::Flip:
        return flipOp(image, op.horizontal, op.vertical);
    case ImageOperation::Kind::Translate: {
        // Pad on the side it moves away from, then crop back to the same size: the content
        // moves by (rows, cols), what comes in is zeros. The affine is the composition.
        const Transformed padded = padOp(image,
                                         {std::max(op.rows, 0), std::max(-op.rows, 0),
                                          std::max(op.cols, 0), std::max(-op.cols, 0)},
                                         PaddingMode::Zeros);
        Transformed cropped =
            cropOp(padded.image,
                   cv::Rect(std::max(-op.cols, 0), std::max(-op.rows, 0), image.cols, image.rows));
        const cv::Matx33d a(padded.affine(0, 0), padded.affine(0, 1), padded.affine(0, 2),
                            padded.affine(1, 0), padded.affine(1, 1), padded.affine(1, 2), 0, 0, 1);
        const cv::Matx33d b(cropped.affine(0, 0), cropped.affine(0, 1), cropped.affine(0, 2),
                            cropped.affine(1, 0), cropped.affine(1, 1), cropped.affine(1, 2), 0, 0,
                            1);
        const cv::Matx33d ab = b * a;
        cropped.affine = cv::Matx23d(ab(0, 0), ab(0, 1), ab(0, 2), ab(1, 0), ab(1, 1), ab(1, 2));
        return cropped;
    }
    }
    return {image, cv::Matx23d(1, 0, 0, 0, 1, 0)};
}

void applyImage(const ImageSource& source, StepSnapshot& snapshot)
{
    cv::Mat image = source.sample.isEmpty() ? source.values.clone()
                                            : SampleGallery::make(sampleId(source.sample)).image;
    snapshot.operations.clear();
    for (const ImageOperation& op : source.operations) {
        Transformed t = apply(op, image);
        image = t.image;
        snapshot.operations.push_back({describe(op), t.affine});
    }
    if (image.empty())
        throw Invalid{LessonScript::tr("the image operations leave an empty image")};
    snapshot.state.image = image;
}

void applyPatch(const PatchSource& source, StepSnapshot& snapshot)
{
    cv::Mat& patch = snapshot.state.patch;
    switch (source.kind) {
    case PatchSource::Kind::Sample:
        patch = SampleGallery::make(sampleId(source.sample)).patch;
        break;
    case PatchSource::Kind::Cut: {
        const cv::Mat& image = snapshot.state.image;
        if ((source.cut & cv::Rect(0, 0, image.cols, image.rows)) != source.cut)
            throw Invalid{LessonScript::tr(
                              "the cut (top %1, left %2, %3 × %4) does not lie inside the %5 × %6 "
                              "image")
                              .arg(source.cut.y)
                              .arg(source.cut.x)
                              .arg(source.cut.height)
                              .arg(source.cut.width)
                              .arg(image.rows)
                              .arg(image.cols)};
        patch = image(source.cut).clone();
        break;
    }
    case PatchSource::Kind::Preset:
        patch = makeKernel(source.preset);
        if (source.normalise)
            patch = normaliseKernel(patch);
        break;
    case PatchSource::Kind::Values:
        patch = source.values.clone();
        break;
    }
}

} // namespace

std::optional<LessonScript> LessonScript::fromNotes(const LessonNotes& notes, QString* error)
{
    LessonScript script;
    QString problem;
    // Title and text are optional for the steps' sake (DocumentFile requires them in a file).
    const auto orEmpty = [](const QJsonValue& v) {
        return v.isNull() || v.isUndefined() ? QJsonValue(QString()) : v;
    };
    if (!LocalizedText::fromJson(orEmpty(notes.title), &script.m_title, &problem)) {
        *error = QStringLiteral("\"lesson.title\": %1").arg(problem);
        return std::nullopt;
    }
    if (!LocalizedText::fromJson(orEmpty(notes.text), &script.m_text, &problem)) {
        *error = QStringLiteral("\"lesson.text\": %1").arg(problem);
        return std::nullopt;
    }
    try {
        for (qsizetype i = 0; i < notes.steps.size(); ++i)
            script.m_steps.push_back(
                readStep(notes.steps[i], QStringLiteral("lesson.steps[%1]").arg(i), int(i)));
    } catch (const Invalid& invalid) {
        *error =
            LessonScript::tr("step %1: %2").arg(script.m_steps.size() + 1).arg(invalid.message);
        return std::nullopt;
    }
    return script;
}

bool LessonScript::validateSteps(const QJsonArray& steps, QString* error)
{
    LessonNotes notes;
    notes.title = QString();
    notes.text = QString();
    notes.steps = steps;
    return fromNotes(notes, error).has_value();
}

DocumentState LessonScript::startingState()
{
    const SampleGallery::Sample digits = SampleGallery::make(SampleGallery::Id::RenderedDigits);
    DocumentState state;
    state.image = digits.image;
    state.patch = digits.patch;
    return state;
}

std::optional<StepSnapshot> LessonScript::snapshotAt(int index, QString* error) const
{
    StepSnapshot snapshot;
    snapshot.state = startingState();
    int current = 0;
    try {
        for (; current <= index && current < stepCount(); ++current) {
            const LessonStep& s = step(current);
            if (s.image)
                applyImage(*s.image, snapshot);
            if (s.patch)
                applyPatch(*s.patch, snapshot);
            mergeParameters(s.parameters, snapshot.state.parameters, QStringLiteral("parameters"));
            mergeView(s.view, snapshot.state.view, QStringLiteral("view"));
        }
    } catch (const Invalid& invalid) {
        *error = LessonScript::tr("step %1: %2").arg(current + 1).arg(invalid.message);
        return std::nullopt;
    } catch (const Error& failure) {
        *error = LessonScript::tr("step %1: %2")
                     .arg(current + 1)
                     .arg(CoreMessages::translate(failure.what()));
        return std::nullopt;
    }
    return snapshot;
}

} // namespace convlab
