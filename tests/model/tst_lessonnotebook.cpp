// SPDX-License-Identifier: MIT
// LessonNotebook: a lesson as a Jupyter notebook — its JSON (nbformat 4, kernel python3, the
// cells of each step), the step texts as Markdown with their placeholders filled, the claims
// restated as asserts (or left out with a note), and the notebook written with its .npy folder,
// atomically. Running the notebooks is tests/app/tst_notebook's job.
#include "export/LessonNotebook.h"
#include "export/RichTextMarkdown.h"
#include "i18n/Language.h"
#include "io/NpyCodec.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace convlab;

namespace {

// A one-step lesson on a 4×4 image and a 2×2 patch (cross-correlation: a 3×3 response whose
// best cell is (1, 1), 30), with `extra` keys merged into the step.
LessonScript lesson(const char* extra = "{}")
{
    QJsonObject s = QJsonDocument::fromJson(R"({"title": {"en": "One", "fr": "Un"},
        "text": {"en": "<p>Best at {peak}, <i>x</i><sub>2</sub> and {value:0,0}.</p>",
                 "fr": "<p>Meilleur en {peak}, {value:0,0}.</p>"},
        "image": {"values": [[0, 0, 0, 0], [0, 1, 2, 0], [0, 3, 4, 0], [0, 0, 0, 0]]},
        "patch": {"values": [[1, 2], [3, 4]]},
        "parameters": {"operation": "cross_correlation"}})")
                        .object();
    const QJsonObject more = QJsonDocument::fromJson(extra).object();
    for (auto it = more.begin(); it != more.end(); ++it)
        s.insert(it.key(), it.value());
    LessonNotes notes;
    notes.title = QStringLiteral("Tiny");
    notes.text = QStringLiteral("<p>A <b>tiny</b> lesson.</p>");
    notes.steps = {s};
    QString error;
    auto script = LessonScript::fromNotes(notes, &error);
    if (!script)
        qFatal("%s", qPrintable(error));
    return *script;
}

QString sourceOf(const QJsonValue& cell)
{
    QString text;
    for (const QJsonValue& line : cell.toObject().value(QStringLiteral("source")).toArray())
        text += line.toString();
    return text;
}

QJsonArray cellsOf(const LessonNotebook::Notebook& notebook)
{
    return notebook.json.value(QStringLiteral("cells")).toArray();
}

QString allCode(const LessonNotebook::Notebook& notebook)
{
    QString code;
    for (const QJsonValue& cell : cellsOf(notebook))
        if (cell.toObject().value(QStringLiteral("cell_type")) == QLatin1String("code"))
            code += sourceOf(cell) + QLatin1Char('\n');
    return code;
}

LessonNotebook::Notebook built(const LessonScript& script, const QString& language = "en")
{
    QString error;
    auto notebook = LessonNotebook::build(script, language, QStringLiteral("lab_files"), &error);
    if (!notebook)
        qFatal("%s", qPrintable(error));
    return *notebook;
}

} // namespace

class TestLessonNotebook final : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() { Language::apply(QStringLiteral("en")); }

    void isAnNbformat4NotebookForPython3()
    {
        const LessonNotebook::Notebook notebook = built(lesson());

        QCOMPARE(notebook.json.value("nbformat").toInt(), 4);
        QCOMPARE(notebook.json.value("nbformat_minor").toInt(), 5);
        const QJsonObject kernel =
            notebook.json.value("metadata").toObject().value("kernelspec").toObject();
        QCOMPARE(kernel.value("name").toString(), QStringLiteral("python3"));
        QCOMPARE(kernel.value("language").toString(), QStringLiteral("python"));
        const QJsonArray cells = cellsOf(notebook);
        // title, setup, then the step: text, computation, claims
        QCOMPARE(cells.size(), 5);
        QStringList ids;
        for (const QJsonValue& value : cells) {
            const QJsonObject cell = value.toObject();
            QVERIFY(cell.value("source").isArray());
            QVERIFY(cell.value("metadata").isObject());
            if (cell.value("cell_type") == QLatin1String("code")) {
                QVERIFY(cell.value("outputs").toArray().isEmpty());
                QVERIFY(cell.value("execution_count").isNull());
            }
            ids << cell.value("id").toString();
        }
        QCOMPARE(ids, QStringList(
                          {"lesson", "setup", "step01-text", "step01-compute", "step01-claims"}));
        QCOMPARE(cells[0].toObject().value("cell_type").toString(), QStringLiteral("markdown"));
        QVERIFY(sourceOf(cells[1]).startsWith("import cv2\nimport numpy as np\nimport torch\n"));
        // A source is a list of lines, each but the last ending with its newline.
        const QJsonArray lines = cells[1].toObject().value("source").toArray();
        QVERIFY(lines.first().toString().endsWith('\n'));
        QVERIFY(!lines.last().toString().endsWith('\n'));
    }

    void stepTextIsMarkdownWithItsPlaceholdersFilled()
    {
        const LessonNotebook::Notebook notebook = built(lesson());

        const QString title = sourceOf(cellsOf(notebook)[0]);
        QVERIFY2(title.startsWith("# Tiny\n\nA **tiny** lesson."), qPrintable(title));
        const QString step = sourceOf(cellsOf(notebook)[2]);
        QVERIFY2(step.startsWith("## Step 1: One\n\n"), qPrintable(step));
        QVERIFY2(step.contains("Best at (1, 1), *x*<sub>2</sub> and 4."), qPrintable(step));
    }

    void frenchTextsWriteFrenchNumbers()
    {
        // (0, 0) of a 0.5-scaled response: 0.5 · 4 = 2, so a fraction is needed: patch / 8.
        const LessonNotebook::Notebook notebook =
            built(lesson(R"({"patch": {"values": [[0.125, 0.25], [0.375, 0.5]]}})"),
                  QStringLiteral("fr"));

        const QString step = sourceOf(cellsOf(notebook)[2]);
        QVERIFY2(step.contains("Meilleur en (1, 1), 0,50."), qPrintable(step));
        QCOMPARE(QLocale().decimalPoint(), QLocale::c().decimalPoint()); // restored
    }

    void whatAnExerciseAsksIsHeldBackAsOnScreen()
    {
        const LessonNotebook::Notebook notebook =
            built(lesson(R"({"exercise": {"kind": "peak", "question": "Where is {peak}?"}})"));

        const QString step = sourceOf(cellsOf(notebook)[2]);
        QVERIFY2(step.contains("Best at ?,"), qPrintable(step));
        QVERIFY2(step.contains("**Exercise.** Where is ?"), qPrintable(step));
    }

    void stepIsComputedWithTheGeneratorsSnippetFromItsFiles()
    {
        const LessonNotebook::Notebook conv = built(lesson());
        const LessonNotebook::Notebook match =
            built(lesson(R"({"parameters": {"operation": "template_match", "method": "sqdiff"}})"));

        const QString convCode = sourceOf(cellsOf(conv)[3]);
        QVERIFY2(convCode.contains("w = np.load('lab_files/step01_patch.npy')"),
                 qPrintable(convCode));
        QVERIFY(convCode.contains("x = np.load('lab_files/step01_image.npy')"));
        QVERIFY(convCode.contains("F.conv2d("));
        QVERIFY(!convCode.contains("import "));
        QVERIFY(sourceOf(cellsOf(conv)[4]).contains("result = out.numpy()"));
        const QString matchCode = sourceOf(cellsOf(match)[3]);
        QVERIFY(matchCode.contains("cv2.matchTemplate(image, patch, cv2.TM_SQDIFF)"));
        const QString claims = sourceOf(cellsOf(match)[4]);
        QVERIFY(claims.contains("result = match_map(image, patch, cv2.TM_SQDIFF, stride=(1, 1)"));
        // sqdiff: the best is the least
        QVERIFY(claims.contains("peak = np.unravel_index(np.nanargmin(result), result.shape)"));
        QVERIFY(claims.contains("lower=True"));
    }

    void poolingIsTheGeneratorsSnippetOnTheMap()
    {
        const LessonNotebook::Notebook notebook = built(lesson(
            R"({"parameters": {"pooling": {"enabled": true, "mode": "avg", "size": [2, 2], "stride": [1, 1]}}})"));

        const QString claims = sourceOf(cellsOf(notebook)[4]);
        QVERIFY2(claims.contains("x = result\n"), qPrintable(claims));
        QVERIFY(claims.contains("F.avg_pool2d("));
        QVERIFY(!claims.contains("np.load"));
    }

    void claimsBecomeAsserts_data()
    {
        QTest::addColumn<QString>("expect");
        QTest::addColumn<QString>("line"); // empty: left out with a note
        QTest::newRow("peak_at")
            << R"({"claim": "peak_at", "cell": [1, 1]})"
            << "assert peak == (1, 1), f'the best peak of result is at {peak}'";
        QTest::newRow("peak_in") << R"({"claim": "peak_in", "rect": [0, 1, 2, 3]})"
                                 << "assert 0 <= peak[0] < 2 and 1 <= peak[1] < 4,";
        QTest::newRow("score") << R"({"claim": "score", "min": 29.5, "max": 30})"
                               << "assert 29.5 <= score <= 30,";
        QTest::newRow("score equal") << R"({"claim": "score", "min": 30, "max": 30})"
                                     << "assert score == 30,";
        QTest::newRow("peak_count") << R"({"claim": "peak_count", "min": 1})"
                                    << "assert 1 <= len(peaks),";
        QTest::newRow("output_size") << R"({"claim": "output_size", "size": [3, 3]})"
                                     << "assert result.shape == (3, 3),";
        QTest::newRow("value equals") << R"({"claim": "value", "cell": [0, 0], "equals": 4})"
                                      << "assert abs(result[0, 0] - 4) <= 0.0001,";
        QTest::newRow("value tolerance")
            << R"({"claim": "value", "cell": [0, 0], "equals": 4, "tolerance": 0.5})"
            << "assert abs(result[0, 0] - 4) <= 0.5,";
        QTest::newRow("value max") << R"({"claim": "value", "cell": [2, 1], "max": -0.25})"
                                   << "assert result[2, 1] <= -0.25,";
        QTest::newRow("undefined_cells") << R"({"claim": "undefined_cells", "max": 0})"
                                         << "assert np.isnan(result).sum() <= 0,";
        QTest::newRow("page_output_size") << R"({"claim": "page_output_size", "size": [4, 4]})"
                                          << "";
        QTest::newRow("matrix") << R"({"claim": "matrix", "w_shape": [3, 7]})"
                                << "";
        QTest::newRow("transposed_forms_agree") << R"({"claim": "transposed_forms_agree"})"
                                                << "";
        QTest::newRow("raw map without matching")
            << R"({"claim": "peak_at", "cell": [1, 1], "map": "raw"})"
            << "";
    }
    void claimsBecomeAsserts()
    {
        QFETCH(QString, expect);
        QFETCH(QString, line);
        const QByteArray step = "{\"expect\": [" + expect.toUtf8() + "]}";

        const LessonNotebook::Notebook notebook = built(lesson(step.constData()));

        QCOMPARE(notebook.claims, 1);
        QCOMPARE(notebook.asserts, line.isEmpty() ? 0 : 1);
        const QString code = allCode(notebook);
        QCOMPARE(code.count(QStringLiteral("\nassert ")), notebook.asserts);
        if (!line.isEmpty()) {
            QVERIFY2(code.contains(line), qPrintable(code));
        } else {
            const QString note = sourceOf(cellsOf(notebook).last());
            // The claim is quoted as the file holds it (keys sorted, compact).
            const QByteArray quoted =
                QJsonDocument(QJsonDocument::fromJson(expect.toUtf8()).object())
                    .toJson(QJsonDocument::Compact);
            QVERIFY2(note.contains("not restated here") && note.contains(QString::fromUtf8(quoted)),
                     qPrintable(note));
        }
    }

    void sideMapsOfTemplateMatchingAreComputedWhenClaimed()
    {
        const LessonNotebook::Notebook notebook = built(lesson(R"({
            "parameters": {"operation": "template_match", "method": "ccoeff_normed"},
            "expect": [{"claim": "peaks_agree", "maps": ["raw", "normalised"]},
                       {"claim": "score", "min": 0.5, "map": "normalised"}]})"));

        const QString code = allCode(notebook);
        QVERIFY(code.contains("raw = match_map(image, patch, cv2.TM_CCORR,"));
        QVERIFY(code.contains("normalised = match_map(image, patch, cv2.TM_CCOEFF_NORMED,"));
        QVERIFY(code.contains("assert peak_raw == peak_normalised,"));
        QVERIFY(code.contains("assert 0.5 <= score_normalised,"));
        QCOMPARE(notebook.asserts, 2);
    }

    void laterStepsCompareWithTheBestPeakOfAnEarlierOne()
    {
        LessonNotes notes;
        const QJsonObject first = QJsonDocument::fromJson(R"({"title": "A", "text": "<p>a</p>",
            "image": {"values": [[0, 0, 0, 0], [0, 1, 2, 0], [0, 3, 4, 0], [0, 0, 0, 0]]},
            "patch": {"values": [[1, 2], [3, 4]]}, "parameters": {"operation": "cross_correlation"}})")
                                      .object();
        const QJsonObject second = QJsonDocument::fromJson(R"({"title": "B", "text": "<p>b</p>",
            "image": {"values": [[0, 0, 0, 0], [0, 0, 0, 0], [0, 1, 2, 0], [0, 3, 4, 0]]},
            "expect": [{"claim": "peak_moved", "from_step": 1, "by": [1, 0]},
                       {"claim": "score_vs_step", "step": 1, "relation": "equal"}]})")
                                       .object();
        notes.steps = {first, second};
        QString error;
        const auto script = LessonScript::fromNotes(notes, &error);
        QVERIFY2(script, qPrintable(error));

        const LessonNotebook::Notebook notebook = built(*script);

        const QString code = allCode(notebook);
        QVERIFY(code.contains("step_peak[1], step_score[1] = peak, score"));
        QVERIFY(!code.contains("step_peak[2]"));
        QVERIFY(code.contains(
            "assert (peak[0] - step_peak[1][0], peak[1] - step_peak[1][1]) == (1, 0),"));
        QVERIFY(code.contains("assert abs(score - step_score[1]) <= 0.0001,"));
    }

    void writesTheNotebookAndItsArraysBesideIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lab.ipynb"));
        QString error;

        QVERIFY2(LessonNotebook::write(lesson(), QStringLiteral("en"), path, &error),
                 qPrintable(error));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonDocument json = QJsonDocument::fromJson(file.readAll());
        QCOMPARE(json.object().value("nbformat").toInt(), 4);
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList({"lab.ipynb", "lab_files"}));
        QCOMPARE(QDir(dir.filePath("lab_files")).entryList(QDir::Files),
                 QStringList({"step01_image.npy", "step01_patch.npy"}));
        QFile npy(dir.filePath("lab_files/step01_patch.npy"));
        QVERIFY(npy.open(QIODevice::ReadOnly));
        const auto patch = NpyCodec::decode(npy.readAll(), &error);
        QVERIFY2(patch, qPrintable(error));
        QCOMPARE(cv::norm(*patch, lesson().snapshotAt(0, &error)->state.patch, cv::NORM_INF), 0.0);
        // Written again over the first: replaced, nothing else left.
        QVERIFY2(LessonNotebook::write(lesson(), QStringLiteral("en"), path, &error),
                 qPrintable(error));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList({"lab.ipynb", "lab_files"}));
    }

    void anUnwritableTargetIsRefusedAndNothingIsLeft()
    {
        QTemporaryDir dir;
        QString error;

        QVERIFY(!LessonNotebook::write(lesson(), QStringLiteral("en"),
                                       dir.filePath(QStringLiteral("missing/lab.ipynb")), &error));
        QVERIFY2(error.contains(QStringLiteral("missing")), qPrintable(error));

        // Its folder's name holds a student's own file: refused, the file kept.
        QFile own(dir.filePath(QStringLiteral("lab_files")));
        QVERIFY(own.open(QIODevice::WriteOnly));
        own.write("mine");
        own.close();
        QVERIFY(!LessonNotebook::write(lesson(), QStringLiteral("en"),
                                       dir.filePath(QStringLiteral("lab.ipynb")), &error));
        QVERIFY2(error.contains(QStringLiteral("lab_files")), qPrintable(error));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList({"lab_files"}));
    }

    void richTextBecomesMarkdown_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("markdown");
        QTest::newRow("paragraphs") << "<p>One.</p><p align=\"center\">Two.</p>"
                                    << "One.\n\nTwo.";
        QTest::newRow("emphasis") << "<p><i>o</i> = ⌊(<i>i</i> − <i>k</i>) / <i>s</i>⌋ + 1</p>"
                                  << "*o* = ⌊(*i* − *k*) / *s*⌋ + 1";
        QTest::newRow("bold and code") << "<b>peak </b>at <tt>np.argmax(r_1)</tt>"
                                       << "**peak** at `np.argmax(r_1)`";
        QTest::newRow("sub and sup") << "<i>y</i><sub>2</sub> = W<sup>T</sup>x"
                                     << "*y*<sub>2</sub> = W<sup>T</sup>x";
        QTest::newRow("escaped") << "<p>5 * 3_1 costs $2 &lt;3&gt; [a]</p>"
                                 << "5 \\* 3\\_1 costs \\$2 \\<3\\> [a]";
        QTest::newRow("not a heading") << "<p>#1 of 3</p>"
                                       << "\\#1 of 3";
        QTest::newRow("line break") << "a<br>b"
                                    << "a<br>b";
        QTest::newRow("list") << "<p>Two:</p><ul><li>one</li><li><i>two</i></li></ul>"
                              << "Two:\n\n- one\n- *two*";
        QTest::newRow("unknown tag") << "<span style=\"x\">kept</span>"
                                     << "kept";
        QTest::newRow("spaces") << "<p>a\n   b</p>"
                                << "a b";
    }
    void richTextBecomesMarkdown()
    {
        QFETCH(QString, html);
        QFETCH(QString, markdown);

        QCOMPARE(richTextToMarkdown(html), markdown);
    }

    void folderIsNamedAfterTheNotebook()
    {
        QCOMPARE(LessonNotebook::folderFor(QStringLiteral("/tmp/x/lab.ipynb")),
                 QStringLiteral("lab_files"));
        QCOMPARE(LessonNotebook::folderFor(QStringLiteral("my.lab.ipynb")),
                 QStringLiteral("my.lab_files"));
    }

    // The Matrix page's backward pass in the notebook: t, δ = y − t and ∂L/∂x = Wᵀδ computed with
    // NumPy from the page's W, and a step's input_gradient claim restated as an assert.
    void theBackwardPassIsRestated()
    {
        const LessonNotebook::Notebook notebook =
            built(lesson(R"({"step_through": {"tab": "matrix", "preset": "backward"},
                             "expect": [{"claim": "matrix",
                                         "input_gradient": [2, 1, 4, -3, -2, 4, 6]}]})"));
        QCOMPARE(notebook.claims, 1);
        QCOMPARE(notebook.asserts, 1);
        const QString code = allCode(notebook);
        for (const char* line :
             {"t = np.array([4, 6, 3, 10])", "delta = page.ravel() - t", "gradient = W.T @ delta",
              "assert np.allclose(gradient, [2, 1, 4, -3, -2, 4, 6], rtol=0, "
              "atol=0.0001), f'"})
            QVERIFY2(code.contains(QString::fromUtf8(line)), qPrintable(code));
    }
};

QTEST_MAIN(TestLessonNotebook)
#include "tst_lessonnotebook.moc"
