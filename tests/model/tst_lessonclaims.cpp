// SPDX-License-Identifier: MIT
// Every claim of every built-in lesson, checked headless: each step's "expect" list holds on
// the state the Lesson panel loads (StepFacts), in English and in French; every placeholder of
// its texts fills in, and both languages name the same placeholders. A malformed expectation or
// placeholder is refused when the file is opened, naming the step and the key.
#include "LessonFile.h"
#include "i18n/Language.h"
#include "io/DocumentFile.h"
#include "lessons/Expectation.h"
#include "lessons/LessonCatalog.h"
#include "lessons/LessonScript.h"
#include "lessons/StepFacts.h"
#include "lessons/StepText.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <map>

using namespace convlab;
using convlab::test::fileOf;
using convlab::test::notesOf;

namespace {

QJsonObject step(const char* extra)
{
    QJsonObject s = QJsonDocument::fromJson(R"({"title": "One", "text": "<p>x</p>",
        "image": {"values": [[0, 0, 0, 0], [0, 1, 2, 0], [0, 3, 4, 0], [0, 0, 0, 0]]},
        "patch": {"values": [[1, 2], [3, 4]]},
        "parameters": {"operation": "cross_correlation"}})")
                        .object();
    const QJsonObject more = QJsonDocument::fromJson(extra).object();
    for (auto it = more.begin(); it != more.end(); ++it)
        s.insert(it.key(), it.value());
    return s;
}

QJsonObject fileWith(const QJsonArray& steps)
{
    return {{"format", "convlab-lesson"},
            {"version", 1},
            {"lesson", QJsonObject{{"title", "T"}, {"text", ""}, {"steps", steps}}}};
}

// Facts of every step of a script, computed once.
class FactsCache {
  public:
    explicit FactsCache(const LessonScript& script) : m_script(script) {}
    const StepFacts* at(int index)
    {
        auto found = m_facts.find(index);
        if (found == m_facts.end()) {
            QString error;
            found = m_facts.emplace(index, StepFacts::compute(m_script, index, &error)).first;
            if (!found->second)
                m_errors[index] = error;
        }
        return found->second ? &*found->second : nullptr;
    }
    QString error(int index) const { return m_errors.value(index); }

  private:
    const LessonScript& m_script;
    std::map<int, std::optional<StepFacts>> m_facts;
    QMap<int, QString> m_errors;
};

} // namespace

class TestLessonClaims final : public QObject {
    Q_OBJECT
  private slots:
    void everyClaimHolds_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("language");
        QStringList paths;
        for (const LessonCatalog::Entry& entry : LessonCatalog::builtIn())
            paths << entry.path;
        // A teacher's own lessons: CONVLAB_CHECK_LESSONS=/their/folder ctest -R lessonclaims
        const QDir extra(qEnvironmentVariable("CONVLAB_CHECK_LESSONS"));
        if (qEnvironmentVariableIsSet("CONVLAB_CHECK_LESSONS"))
            for (const QString& name : extra.entryList({QStringLiteral("*.convlab")}, QDir::Files))
                paths << extra.filePath(name);
        for (const QString& path : std::as_const(paths))
            for (const QString& language : {QStringLiteral("en"), QStringLiteral("fr")})
                QTest::newRow(qPrintable(QFileInfo(path).baseName() + '/' + language))
                    << path << language;
    }
    void everyClaimHolds()
    {
        QFETCH(QString, path);
        QFETCH(QString, language);
        Language::apply(language);
        QString error;
        const auto script = LessonScript::fromNotes(notesOf(fileOf(path)), &error);
        QVERIFY2(script, qPrintable(error));
        FactsCache cache(*script);
        const QString lesson = QFileInfo(path).fileName();
        QStringList failures;
        for (int i = 0; i < script->stepCount(); ++i) {
            const LessonStep& s = script->step(i);
            const QString where = QStringLiteral("%1 (%2), step %3 \"%4\"")
                                      .arg(lesson, language)
                                      .arg(i + 1)
                                      .arg(s.title.in(language));
            const StepFacts* facts = cache.at(i);
            if (!facts) {
                failures << QStringLiteral("%1: %2").arg(where, cache.error(i));
                continue;
            }
            for (const Expectation& e : s.expectations) {
                // The only claims not evaluated here: those about the learned page, which need
                // libtorch (tst_learnedclaims evaluates them). Evaluated here, they never hold.
                if (e.isLearned()) {
                    if (e.failure(*facts).isEmpty())
                        failures << QStringLiteral("%1: learned claim %2 holds without libtorch")
                                        .arg(where, e.describe());
                    continue;
                }
                const QString found = e.failure(*facts, [&](int k) { return cache.at(k); });
                if (!found.isEmpty())
                    failures
                        << QStringLiteral("%1: claim %2 fails: %3").arg(where, e.describe(), found);
            }
            // Placeholders fill in, with nothing left undefined, in this language.
            QStringList texts{s.text.in(language)};
            if (s.exercise)
                texts << s.exercise->question.in(language);
            for (const QString& text : texts) {
                const QString filled = StepText::fill(text, *facts);
                if (filled.contains(QStringLiteral("—")) && !text.contains(QStringLiteral("—")))
                    failures
                        << QStringLiteral("%1: a placeholder has no value: %2").arg(where, filled);
            }
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    }

    // French and English name the same computed values: a number in one is in the other.
    void languagesNameTheSamePlaceholders()
    {
        for (const LessonCatalog::Entry& entry : LessonCatalog::builtIn()) {
            QString error;
            const auto script = LessonScript::fromNotes(notesOf(fileOf(entry.path)), &error);
            QVERIFY2(script, qPrintable(error));
            for (int i = 0; i < script->stepCount(); ++i) {
                const LessonStep& s = script->step(i);
                QList<const LocalizedText*> texts{&s.text};
                if (s.exercise)
                    texts << &s.exercise->question;
                for (const LocalizedText* text : texts) {
                    QStringList en = StepText::names(text->in(QStringLiteral("en")));
                    QStringList fr = StepText::names(text->in(QStringLiteral("fr")));
                    en.sort();
                    fr.sort();
                    QVERIFY2(en == fr, qPrintable(QStringLiteral("%1 step %2: en %3, fr %4")
                                                      .arg(QFileInfo(entry.path).fileName())
                                                      .arg(i + 1)
                                                      .arg(en.join(','), fr.join(','))));
                }
            }
        }
    }

    void placeholdersAreFilledFromTheComputation()
    {
        Language::apply(QStringLiteral("fr"));
        LessonNotes notes;
        notes.steps = {step("{\"text\": \"<p>{peak} {peak.score} {output_size} {value:1,1} "
                            "{output_size.rows} {input_size} {patch_size} {peaks} {{x}}</p>\"}")};
        QString error;
        const auto script = LessonScript::fromNotes(notes, &error);
        QVERIFY2(script, qPrintable(error));
        const auto facts = StepFacts::compute(*script, 0, &error);
        QVERIFY2(facts, qPrintable(error));
        // 3×3 response; at (1, 1): 1·1 + 2·2 + 3·3 + 4·4 = 30, the best.
        QCOMPARE(StepText::fill(script->step(0).text.in("fr"), *facts),
                 QStringLiteral("<p>(1, 1) 30 3 × 3 30 3 4 × 4 2 × 2 1 {x}</p>"));
        Concealment hidden;
        hidden.peak = true;
        hidden.outputSize = true;
        hidden.cell = Pair{1, 1};
        QCOMPARE(StepText::fill(QStringLiteral("{peak} {output_size} {value:1,1} {value:0,0}"),
                                *facts, hidden),
                 QStringLiteral("? ? ? 4"));
        Language::apply(QStringLiteral("en"));
    }

    void malformedClaimsAndPlaceholdersAreRefused_data()
    {
        QTest::addColumn<QString>("extra");
        QTest::addColumn<QString>("expected");
        QTest::addRow("unknown claim") << R"({"expect": [{"claim": "best"}]})"
                                       << "\"lesson.steps[1].expect[0].claim\" is \"best\"";
        QTest::addRow("not a list") << R"({"expect": {"claim": "peak_at"}})"
                                    << "\"lesson.steps[1].expect\" must be a list";
        QTest::addRow("missing cell") << R"({"expect": [{"claim": "peak_at"}]})"
                                      << "\"lesson.steps[1].expect[0].cell\" is missing";
        QTest::addRow("bad cell") << R"({"expect": [{"claim": "peak_at", "cell": [1]}]})"
                                  << "\"lesson.steps[1].expect[0].cell\" must be a list of 2";
        QTest::addRow("unknown key")
            << R"({"expect": [{"claim": "output_size", "size": [3, 3], "sise": 1}]})"
            << "\"lesson.steps[1].expect[0].sise\" is not a known key";
        QTest::addRow("bad map") << R"({"expect": [{"claim": "score", "min": 0, "map": "x"}]})"
                                 << "\"lesson.steps[1].expect[0].map\" must be one of";
        QTest::addRow("no bound") << R"({"expect": [{"claim": "score"}]})"
                                  << "needs \"min\", \"max\" or both";
        QTest::addRow("later step")
            << R"({"expect": [{"claim": "peak_moved", "from_step": 2, "by": [0, 0]}]})"
            << "\"lesson.steps[1].expect[0].from_step\" must be an integer from 1 to 1";
        QTest::addRow("unknown placeholder") << R"({"text": "<p>{peek}</p>"})"
                                             << "unknown placeholder \"peek\"";
        QTest::addRow("unclosed brace") << "{\"text\": {\"en\": \"<p>{peak</p>\", \"fr\": \"x\"}}"
                                        << "\"lesson.steps[1].text.en\": a \"{\" is not closed";
        QTest::addRow("checkerboard without a key") << R"({"expect": [{"claim": "checkerboard"}]})"
                                                    << "needs \"even\", \"resize_even\"";
        QTest::addRow("gradient not a list")
            << R"({"step_through": {"tab": "matrix", "preset": "backward"},
                   "expect": [{"claim": "matrix", "input_gradient": 2}]})"
            << "\"lesson.steps[1].expect[0].input_gradient\" must be a list of numbers";
        QTest::addRow("gradient of text")
            << R"({"step_through": {"tab": "matrix", "preset": "backward"},
                   "expect": [{"claim": "matrix", "input_gradient": [1, "2"]}]})"
            << "\"lesson.steps[1].expect[0].input_gradient[1]\" must be a finite number";
        QTest::addRow("unknown matrix preset")
            << R"({"step_through": {"tab": "matrix", "preset": "backwards"}})"
            << "backward";
        const char* back = R"("learned": {"tab": "back_to_pixels", "stage": "conv2"}, )";
        QTest::addRow("learned networks")
            << QStringLiteral(R"({%1 "expect": [{"claim": "learned_gradient",
                   "networks": ["trained", "trained"], "relative_difference": 1e-5}]})")
                   .arg(back)
            << "\"lesson.steps[1].expect[0].networks\" must be a list of untrained, trained";
        QTest::addRow("learned networks missing")
            << QStringLiteral(R"({%1 "expect": [{"claim": "learned_gradient",
                   "relative_difference": 1e-5}]})")
                   .arg(back)
            << "\"lesson.steps[1].expect[0].networks\" is missing";
        QTest::addRow("learned difference negative")
            << QStringLiteral(R"({%1 "expect": [{"claim": "learned_gradient",
                   "networks": ["untrained"], "relative_difference": -1}]})")
                   .arg(back)
            << "\"lesson.steps[1].expect[0].relative_difference\" must be a positive number";
        QTest::addRow("learned input shape")
            << QStringLiteral(R"({%1 "expect": [{"claim": "learned_gradient",
                   "networks": ["untrained"], "relative_difference": 1e-5, "input": [8, 10]}]})")
                   .arg(back)
            << "\"lesson.steps[1].expect[0].input\" must be a list of 3 integers";
        QTest::addRow("learned field missing")
            << QStringLiteral(R"({%1 "expect": [{"claim": "learned_unit",
                   "networks": ["trained"]}]})")
                   .arg(back)
            << "\"lesson.steps[1].expect[0].field\" is missing";
        QTest::addRow("learned ink above 1")
            << QStringLiteral(R"({%1 "expect": [{"claim": "learned_unit",
                   "networks": ["trained"], "field": 14, "ink_outside": 1.5}]})")
                   .arg(back)
            << "\"lesson.steps[1].expect[0].ink_outside\" is a share of the ink";
        QTest::addRow("learned gradient on the unit half")
            << QStringLiteral(R"({"learned": {"tab": "back_to_pixels", "part": "unit"},
                   "expect": [{"claim": "learned_gradient", "networks": ["trained"],
                   "relative_difference": 1e-5}]})")
            << "\"lesson.steps[1].expect[0].claim\": the claim \"learned_gradient\" needs a step "
               "with \"learned\": {\"tab\": \"back_to_pixels\"} showing its gradient";
        QTest::addRow("learned unit without the page")
            << QStringLiteral(R"({"expect": [{"claim": "learned_unit", "networks": ["trained"],
                   "field": 14}]})")
            << "the claim \"learned_unit\" needs a step with";
        QTest::addRow("decoder without a key")
            << QStringLiteral(R"({"learned": {"tab": "decoder"},
                   "expect": [{"claim": "learned_decoder"}]})")
            << "needs \"start_above\", \"end_within\" or \"resize_below\"";
        QTest::addRow("decoder range reversed")
            << QStringLiteral(R"({"learned": {"tab": "decoder"},
                   "expect": [{"claim": "learned_decoder", "end_within": [2, 0.5]}]})")
            << "\"lesson.steps[1].expect[0].end_within\": the first number is above the second";
        QTest::addRow("decoder on back to pixels")
            << QStringLiteral(R"({%1 "expect": [{"claim": "learned_decoder",
                   "start_above": 50}]})")
                   .arg(back)
            << "the claim \"learned_decoder\" needs a step with \"learned\": {\"tab\": "
               "\"decoder\"}";
        QTest::addRow("value without cell")
            << R"({"exercise": {"kind": "peak", "question": "{value}?"}})"
            << "\"lesson.steps[1].exercise.question\"";
    }
    void malformedClaimsAndPlaceholdersAreRefused()
    {
        QFETCH(QString, extra);
        QFETCH(QString, expected);
        const QJsonObject file = fileWith({step("{}"), step(qPrintable(extra))});
        QString error;
        QVERIFY(!DocumentFile::fromJson(file, &error));
        QVERIFY2(error.startsWith(QStringLiteral("step 2: ")), qPrintable(error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void aFalseClaimIsReportedWithWhatWasFound()
    {
        LessonNotes notes;
        notes.steps = {step(R"({"expect": [{"claim": "peak_at", "cell": [0, 0]},
                                           {"claim": "output_size", "size": [3, 3]},
                                           {"claim": "value", "cell": [0, 0], "equals": 5}]})")};
        QString error;
        const auto script = LessonScript::fromNotes(notes, &error);
        QVERIFY2(script, qPrintable(error));
        const auto facts = StepFacts::compute(*script, 0, &error);
        QVERIFY(facts);
        const auto& claims = script->step(0).expectations;
        QCOMPARE(claims.size(), std::size_t(3));
        QVERIFY2(claims[0].failure(*facts).contains("(1, 1)"),
                 qPrintable(claims[0].failure(*facts)));
        QVERIFY(claims[1].failure(*facts).isEmpty());
        QVERIFY(claims[2].failure(*facts).contains("is 4"));
    }

    // The Checkerboard page's claim, by hand: k = 3, s = 2 stamps 1, 2, 1, 2… per axis, so 1 to
    // 4 contributions inside the frame; k = 4, s = 2 gives 2 per axis, 4 everywhere there;
    // resize then convolution is flat inside in both. A claim of the other case fails, saying
    // what the page shows.
    void checkerboardClaimsFollowTheOverlap_data()
    {
        QTest::addColumn<int>("kernel");
        QTest::addColumn<bool>("even");
        QTest::addColumn<QString>("interior");
        QTest::addRow("k3 s2") << 3 << false << "[1, 4]";
        QTest::addRow("k4 s2") << 4 << true << "[4, 4]";
    }
    void checkerboardClaimsFollowTheOverlap()
    {
        QFETCH(int, kernel);
        QFETCH(bool, even);
        QFETCH(QString, interior);
        const QString board =
            QStringLiteral(R"("step_through": {"tab": "checkerboard", "kernel": %1, "stride": 2})")
                .arg(kernel);
        const QString right =
            QStringLiteral(R"({%1, "expect": [{"claim": "checkerboard", "even": %2,
                "interior": %3, "resize_even": true}]})")
                .arg(board, even ? "true" : "false", interior);
        const QString wrong =
            QStringLiteral(R"({%1, "expect": [{"claim": "checkerboard", "even": %2},
                {"claim": "checkerboard", "interior": [2, 2]},
                {"claim": "checkerboard", "resize_even": false}]})")
                .arg(board, even ? "false" : "true");
        LessonNotes notes;
        notes.steps = {step(qPrintable(right)), step(qPrintable(wrong)), step("{}")};
        QString error;
        const auto script = LessonScript::fromNotes(notes, &error);
        QVERIFY2(script, qPrintable(error));
        const auto holds = StepFacts::compute(*script, 0, &error);
        const auto fails = StepFacts::compute(*script, 1, &error);
        const auto none = StepFacts::compute(*script, 2, &error);
        QVERIFY(holds && fails && none);
        QVERIFY2(script->step(0).expectations[0].failure(*holds).isEmpty(),
                 qPrintable(script->step(0).expectations[0].failure(*holds)));
        const auto& claims = script->step(1).expectations;
        QVERIFY(claims[0].failure(*fails).contains(even ? "even inside" : "uneven inside"));
        QVERIFY(claims[1].failure(*fails).contains("inside the frame is"));
        QVERIFY(claims[2].failure(*fails).contains("resize then convolution is even"));
        QCOMPARE(claims[0].failure(*none), QStringLiteral("the step opens no Checkerboard case"));
    }

    // The Matrix page's backward preset, from a lesson: its ∂L/∂x = Wᵀδ is a claim a step can
    // make (the preset's numbers: (2, 1, 4, −3, −2, 4, 6)), and a wrong list is caught with
    // what the page computes; the claim on a case without a target says so.
    void theBackwardPresetsGradientIsAClaim()
    {
        LessonNotes notes;
        notes.steps = {step(R"({"step_through": {"tab": "matrix", "preset": "backward"},
                     "expect": [{"claim": "matrix", "input_gradient": [2, 1, 4, -3, -2, 4, 6],
                                 "w_shape": [4, 7]},
                                {"claim": "matrix", "input_gradient": [2, 1, 4, -3, -2, 4, 7]}]})"),
                       step(R"({"step_through": {"tab": "matrix", "preset": "lecture"},
                     "expect": [{"claim": "matrix", "input_gradient": [0]}]})")};
        QString error;
        const auto script = LessonScript::fromNotes(notes, &error);
        QVERIFY2(script, qPrintable(error));
        const auto facts = StepFacts::compute(*script, 0, &error);
        QVERIFY2(facts, qPrintable(error));
        QVERIFY(facts->matrix && facts->matrix->backward);
        const auto& claims = script->step(0).expectations;
        QCOMPARE(claims.size(), std::size_t(2));
        QVERIFY2(claims[0].failure(*facts).isEmpty(), qPrintable(claims[0].failure(*facts)));
        QCOMPARE(claims[1].failure(*facts),
                 QStringLiteral("∂L/∂x = Wᵀδ = [2, 1, 4, -3, -2, 4, 6]"));
        const auto lecture = StepFacts::compute(*script, 1, &error);
        QVERIFY2(lecture, qPrintable(error));
        QCOMPARE(script->step(1).expectations.front().failure(*lecture),
                 QStringLiteral("the case has no backward pass (no target)"));
    }
};

QTEST_MAIN(TestLessonClaims)
#include "tst_lessonclaims.moc"
