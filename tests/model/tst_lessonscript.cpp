// SPDX-License-Identifier: MIT
#include "io/DocumentFile.h"
#include "lessons/ExerciseCheck.h"
#include "lessons/LessonCatalog.h"
#include "lessons/LessonScript.h"

#include <QJsonDocument>
#include <QTest>
#include <cmath>
#include <opencv2/imgproc.hpp>

using namespace convlab;

namespace {

// Brute force, written here on purpose: PyTorch's conv2d with zero padding, then pooling.
cv::Mat bruteConv(const cv::Mat& x, const cv::Mat& w, const Parameters& p)
{
    const ConvParams& c = p.conv;
    const cv::Mat k = p.operation == Parameters::Operation::TrueConvolution ? [&] {
        cv::Mat f;
        cv::flip(w, f, -1);
        return f;
    }() : w;
    const int ph = x.rows + c.padding.top + c.padding.bottom;
    const int pw = x.cols + c.padding.left + c.padding.right;
    const int rows = (ph - c.dilation.rows * (k.rows - 1) - 1) / c.stride.rows + 1;
    const int cols = (pw - c.dilation.cols * (k.cols - 1) - 1) / c.stride.cols + 1;
    cv::Mat out(rows, cols, CV_64F);
    for (int i = 0; i < rows; ++i)
        for (int j = 0; j < cols; ++j) {
            double sum = 0;
            for (int u = 0; u < k.rows; ++u)
                for (int v = 0; v < k.cols; ++v) {
                    const int r = i * c.stride.rows + u * c.dilation.rows - c.padding.top;
                    const int q = j * c.stride.cols + v * c.dilation.cols - c.padding.left;
                    if (r >= 0 && q >= 0 && r < x.rows && q < x.cols)
                        sum += double(x.at<float>(r, q)) * k.at<float>(u, v);
                }
            out.at<double>(i, j) = sum;
        }
    if (!p.poolEnabled)
        return out;
    const PoolParams& pool = p.pool; // no pool padding in the lessons
    const int pr = (rows - pool.size.rows) / pool.stride.rows + 1;
    const int pc = (cols - pool.size.cols) / pool.stride.cols + 1;
    cv::Mat pooled(pr, pc, CV_64F);
    for (int i = 0; i < pr; ++i)
        for (int j = 0; j < pc; ++j) {
            double best = -INFINITY, sum = 0;
            for (int u = 0; u < pool.size.rows; ++u)
                for (int v = 0; v < pool.size.cols; ++v) {
                    const double value =
                        out.at<double>(i * pool.stride.rows + u, j * pool.stride.cols + v);
                    best = std::max(best, value);
                    sum += value;
                }
            pooled.at<double>(i, j) =
                pool.mode == PoolMode::Max ? best : sum / (pool.size.rows * pool.size.cols);
        }
    return pooled;
}

LessonNotes notesOf(const QString& path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    const QJsonObject lesson =
        QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("lesson")).toObject();
    LessonNotes notes;
    notes.title = lesson.value(QStringLiteral("title"));
    notes.text = lesson.value(QStringLiteral("text"));
    notes.steps = lesson.value(QStringLiteral("steps")).toArray();
    return notes;
}

QJsonObject goodStep()
{
    return QJsonDocument::fromJson(R"({"title": {"en": "One", "fr": "Un"},
        "text": {"en": "<p>x</p>", "fr": "<p>y</p>"},
        "image": {"values": [[1, 2, 3], [4, 5, 6], [7, 8, 9]]},
        "patch": {"values": [[1, 0], [0, -1]]},
        "parameters": {"operation": "cross_correlation"}})")
        .object();
}

} // namespace

class TestLessonScript final : public QObject {
    Q_OBJECT
  private slots:
    void everyExerciseAnswerIsWhatCoreComputes_data()
    {
        QTest::addColumn<QString>("path");
        for (const LessonCatalog::Entry& entry : LessonCatalog::builtIn())
            QTest::newRow(qPrintable(QFileInfo(entry.path).baseName())) << entry.path;
    }
    void everyExerciseAnswerIsWhatCoreComputes()
    {
        QFETCH(QString, path);
        QString error;
        const auto script = LessonScript::fromNotes(notesOf(path), &error);
        QVERIFY2(script, qPrintable(error));
        for (int i = 0; i < script->stepCount(); ++i) {
            const std::optional<Exercise>& exercise = script->step(i).exercise;
            if (!exercise)
                continue;
            const auto snapshot = script->snapshotAt(i, &error);
            QVERIFY2(snapshot, qPrintable(error));
            const DocumentState& s = snapshot->state;
            const ExerciseCheck::Answer answer = ExerciseCheck::expected(*exercise, s);
            QVERIFY2(answer.ok(), qPrintable(answer.error));
            std::vector<double> truth;
            switch (exercise->kind) {
            case Exercise::Kind::OutputSize:
            case Exercise::Kind::Value: {
                // Sizes follow the same formula for matching; values are checked on conv only.
                QVERIFY(exercise->kind == Exercise::Kind::OutputSize ||
                        !s.parameters.isTemplateMatch());
                const cv::Mat brute = bruteConv(s.image, s.patch, s.parameters);
                truth = exercise->kind == Exercise::Kind::Value
                            ? std::vector<double>{brute.at<double>(exercise->cell.rows,
                                                                   exercise->cell.cols)}
                            : std::vector<double>{double(brute.rows), double(brute.cols)};
                break;
            }
            case Exercise::Kind::Peak: {
                QVERIFY(s.parameters.isTemplateMatch() &&
                        s.parameters.method == MatchMethod::CCoeffNormed);
                cv::Mat r;
                cv::matchTemplate(s.image, s.patch, r, cv::TM_CCOEFF_NORMED);
                cv::Point best;
                cv::minMaxLoc(r, nullptr, nullptr, nullptr, &best);
                truth = {double(best.y), double(best.x)};
                break;
            }
            case Exercise::Kind::TransposedOutputSize: {
                const AxisGeometry& g = exercise->transposed;
                const int o = (g.input - 1) * g.stride - g.padBefore - g.padAfter +
                              g.dilation * (g.kernel - 1) + g.outputPadding + 1;
                truth = {double(o), double(o)};
                break;
            }
            }
            QCOMPARE(answer.values.size(), truth.size());
            for (std::size_t k = 0; k < truth.size(); ++k)
                QVERIFY2(std::abs(answer.values[k] - truth[k]) < 1e-4,
                         qPrintable(QStringLiteral("step %1: %2 vs %3")
                                        .arg(i + 1)
                                        .arg(answer.values[k])
                                        .arg(truth[k])));
            QVERIFY(ExerciseCheck::check(*exercise, answer, truth).correct);
            std::vector<double> wrong = truth;
            wrong.back() += 1;
            const ExerciseCheck::Verdict verdict = ExerciseCheck::check(*exercise, answer, wrong);
            QVERIFY(!verdict.correct);
            QVERIFY(!verdict.feedback.isEmpty());
        }
    }

    void stepsInheritWhatTheyDoNotChange()
    {
        QJsonObject second{{"title", "Two"},
                           {"text", "<p>z</p>"},
                           {"parameters", QJsonObject{{"stride", QJsonArray{2, 1}}}}};
        LessonNotes notes;
        notes.title = QStringLiteral("T");
        notes.steps = {goodStep(), second};
        QString error;
        const auto script = LessonScript::fromNotes(notes, &error);
        QVERIFY2(script, qPrintable(error));
        const auto one = script->snapshotAt(0, &error);
        const auto two = script->snapshotAt(1, &error);
        QVERIFY(one && two);
        QCOMPARE(two->state.image.rows, 3);
        QCOMPARE(two->state.patch.at<float>(1, 1), -1.f);
        QCOMPARE(two->state.parameters.operation, Parameters::Operation::CrossCorrelation);
        QCOMPARE(two->state.parameters.conv.stride, (Pair{2, 1}));
        QCOMPARE(one->state.parameters.conv.stride, (Pair{1, 1}));
    }

    void malformedStepIsRefusedNamingIt_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");
        QTest::addRow("text missing")
            << "text" << QJsonValue(QJsonValue::Undefined) << "\"lesson.steps[1].text\" is missing";
        QTest::addRow("unknown key")
            << "colour" << QJsonValue(1) << "\"lesson.steps[1].colour\" is not a known key";
        QTest::addRow("unknown sample") << "image" << QJsonValue(QJsonObject{{"sample", "cats"}})
                                        << "\"lesson.steps[1].image.sample\" is \"cats\"";
        QTest::addRow("unknown preset") << "patch" << QJsonValue(QJsonObject{{"preset", "sobel"}})
                                        << "\"lesson.steps[1].patch.preset\"";
        QTest::addRow("stride 0") << "parameters"
                                  << QJsonValue(QJsonObject{{"stride", QJsonArray{0, 1}}})
                                  << "\"lesson.steps[1].parameters.stride[0]\" must be an integer";
        QTest::addRow("bad op") << "image"
                                << QJsonValue(QJsonObject{
                                       {"sample", "digits"},
                                       {"ops", QJsonArray{QJsonObject{{"op", "twist"}}}}})
                                << "\"lesson.steps[1].image.ops[0].op\" is \"twist\"";
        QTest::addRow("exercise kind")
            << "exercise" << QJsonValue(QJsonObject{{"kind", "guess"}, {"question", "?"}})
            << "\"lesson.steps[1].exercise.kind\" is \"guess\"";
        QTest::addRow("ragged values")
            << "patch"
            << QJsonValue(QJsonObject{{"values", QJsonArray{QJsonArray{1, 2}, QJsonArray{3}}}})
            << "\"lesson.steps[1].patch.values[1]\" has 1 values";
        // The learned page's key: each bad value named with its key.
        QTest::addRow("learned tab")
            << "learned" << QJsonValue(QJsonObject{{"tab", "pixels"}})
            << "\"lesson.steps[1].learned.tab\" is \"pixels\"; expected one of filters, "
               "back_to_pixels, decoder";
        QTest::addRow("learned held-out 0")
            << "learned" << QJsonValue(QJsonObject{{"tab", "filters"}, {"held_out", 0}})
            << "\"lesson.steps[1].learned.held_out\" is 0; expected an integer from 1 to 1000";
        QTest::addRow("learned stage")
            << "learned" << QJsonValue(QJsonObject{{"tab", "back_to_pixels"}, {"stage", "relu1"}})
            << "\"lesson.steps[1].learned.stage\" is \"relu1\"; expected one of conv1, conv2";
        QTest::addRow("learned map past the layer's")
            << "learned"
            << QJsonValue(QJsonObject{{"tab", "back_to_pixels"}, {"layer", "pool1"}, {"map", 9}})
            << "\"lesson.steps[1].learned.map\" is 9; expected an integer from 1 to 8";
        QTest::addRow("learned unit outside the map")
            << "learned"
            << QJsonValue(QJsonObject{
                   {"tab", "back_to_pixels"}, {"layer", "pool2"}, {"unit", QJsonArray{1, 5}}})
            << "\"lesson.steps[1].learned.unit[1]\" is 5; expected an integer from 0 to 4";
        QTest::addRow("learned unit name")
            << "learned" << QJsonValue(QJsonObject{{"tab", "back_to_pixels"}, {"unit", "best"}})
            << "\"lesson.steps[1].learned.unit\" is \"best\"; expected one of strongest, map";
        QTest::addRow("learned part")
            << "learned" << QJsonValue(QJsonObject{{"tab", "back_to_pixels"}, {"part", "maps"}})
            << "\"lesson.steps[1].learned.part\" is \"maps\"; expected one of both, gradient, unit";
        QTest::addRow("decoder takes no digit")
            << "learned" << QJsonValue(QJsonObject{{"tab", "decoder"}, {"held_out", 2}})
            << "\"lesson.steps[1].learned.held_out\" is not a known key; expected one of tab";
        QTest::addRow("checkerboard kernel")
            << "step_through" << QJsonValue(QJsonObject{{"tab", "checkerboard"}, {"kernel", 9}})
            << "\"lesson.steps[1].step_through.kernel\" is 9; expected an integer from 1 to 7";
        QTest::addRow("checkerboard resize")
            << "step_through"
            << QJsonValue(QJsonObject{{"tab", "checkerboard"}, {"resize", "cubic"}})
            << "\"lesson.steps[1].step_through.resize\" is \"cubic\"";
        QTest::addRow("checkerboard has no preset")
            << "step_through"
            << QJsonValue(QJsonObject{{"tab", "checkerboard"}, {"preset", "dilation"}})
            << "\"lesson.steps[1].step_through.preset\" is not a known key";
    }
    void malformedStepIsRefusedNamingIt()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        QJsonObject bad = goodStep();
        if (value.isUndefined())
            bad.remove(key);
        else
            bad.insert(key, value);
        const QJsonObject file{
            {"format", "convlab-lesson"},
            {"version", 1},
            {"lesson",
             QJsonObject{{"title", "T"}, {"text", ""}, {"steps", QJsonArray{goodStep(), bad}}}}};
        QString error;
        QVERIFY(!DocumentFile::fromJson(file, &error));
        QVERIFY2(error.startsWith(QStringLiteral("step 2: ")), qPrintable(error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        // Without the bad step the same file opens, its state being step 1's.
        QJsonObject good = file;
        good.insert("lesson",
                    QJsonObject{{"title", "T"}, {"text", ""}, {"steps", QJsonArray{goodStep()}}});
        const auto state = DocumentFile::fromJson(good, &error);
        QVERIFY2(state, qPrintable(error));
        QCOMPARE(state->image.cols, 3);
    }

    // A step opens one page: the learned filters' or the step-through panel.
    void aStepOpensOnePage()
    {
        QJsonObject bad = goodStep();
        bad.insert("learned", QJsonObject{{"tab", "filters"}});
        bad.insert("step_through", QJsonObject{{"tab", "matrix"}});
        LessonNotes notes;
        notes.title = QStringLiteral("T");
        notes.steps = {bad};
        QString error;
        QVERIFY(!LessonScript::fromNotes(notes, &error));
        QVERIFY2(error.contains(QStringLiteral("a step opens one page")), qPrintable(error));
    }

    // What a step does not name of the learned page takes the defaults: the step owns the tab.
    void learnedChoiceDefaultsAndValues()
    {
        QJsonObject first = goodStep();
        first.insert("learned", QJsonObject{{"tab", "back_to_pixels"}});
        QJsonObject second = goodStep();
        second.insert("learned", QJsonObject{{"tab", "back_to_pixels"},
                                             {"held_out", 7},
                                             {"part", "unit"},
                                             {"stage", "conv2"},
                                             {"layer", "conv1"},
                                             {"map", 8},
                                             {"unit", "map"}});
        QJsonObject third = goodStep();
        third.insert("learned", QJsonObject{{"tab", "back_to_pixels"}, {"unit", QJsonArray{4, 9}}});
        LessonNotes notes;
        notes.title = QStringLiteral("T");
        notes.steps = {first, second, third};
        QString error;
        const auto script = LessonScript::fromNotes(notes, &error);
        QVERIFY2(script, qPrintable(error));
        const LearnedChoice a = *script->step(0).learned;
        QCOMPARE(a.tab, LearnedChoice::Tab::BackToPixels);
        QCOMPARE(a.heldOut, 1);
        QCOMPARE(a.part, LearnedChoice::Part::Both);
        QCOMPARE(a.stage, QStringLiteral("conv1"));
        QCOMPARE(a.layer, QStringLiteral("relu2"));
        QCOMPARE(a.map, 1);
        QCOMPARE(a.unit, LearnedChoice::Unit::Strongest);
        const LearnedChoice b = *script->step(1).learned;
        QCOMPARE(b.heldOut, 7);
        QCOMPARE(b.part, LearnedChoice::Part::Unit);
        QCOMPARE(b.stage, QStringLiteral("conv2"));
        QCOMPARE(b.layer, QStringLiteral("conv1"));
        QCOMPARE(b.map, 8);
        QCOMPARE(b.unit, LearnedChoice::Unit::WholeMap);
        const LearnedChoice c = *script->step(2).learned;
        QCOMPARE(c.unit, LearnedChoice::Unit::At);
        QCOMPARE(c.cell, (Pair{4, 9}));
        QVERIFY(!script->step(2).stepThrough);
    }

    void aCutOutsideTheImageIsReportedWithItsStep()
    {
        QJsonObject step = goodStep();
        step.insert("patch", QJsonObject{{"cut", QJsonArray{2, 2, 2, 2}}});
        LessonNotes notes;
        notes.steps = {goodStep(), step};
        QString error;
        const auto script = LessonScript::fromNotes(notes, &error);
        QVERIFY(script);
        QVERIFY(!script->snapshotAt(1, &error));
        QVERIFY2(error.startsWith(QStringLiteral("step 2: ")) && error.contains("3 × 3"),
                 qPrintable(error));
    }

    void translationIsPadThenCropWithItsAffine()
    {
        QJsonObject step = goodStep();
        step.insert("image",
                    QJsonObject{{"values", QJsonArray{QJsonArray{1, 2, 3}, QJsonArray{4, 5, 6}}},
                                {"ops", QJsonArray{QJsonObject{
                                            {"op", "translate"}, {"rows", 1}, {"cols", -1}}}}});
        LessonNotes notes;
        notes.steps = {step};
        QString error;
        const auto snapshot = LessonScript::fromNotes(notes, &error)->snapshotAt(0, &error);
        QVERIFY2(snapshot, qPrintable(error));
        const cv::Mat expected = (cv::Mat_<float>(2, 3) << 0, 0, 0, 2, 3, 0);
        QCOMPARE(cv::norm(snapshot->state.image, expected, cv::NORM_INF), 0.0);
        QCOMPARE(snapshot->operations.size(), std::size_t(1));
        const cv::Matx23d a = snapshot->operations[0].affine;
        QCOMPARE(a(0, 2), -1.0); // x' = x − 1
        QCOMPARE(a(1, 2), 1.0);  // y' = y + 1
    }
};

QTEST_MAIN(TestLessonScript)
#include "tst_lessonscript.moc"
