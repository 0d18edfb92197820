// SPDX-License-Identifier: MIT
// `convlab notebook` end to end: bad input refused naming the value with nothing written; and
// the notebook of every lesson in resources/lessons/ (one also in French) must hold one assert
// per claim of its lesson; and, in Release (tests/CMakeLists.txt), each is executed headless by
// Debian's `jupyter nbconvert --execute` (jupyter-nbconvert, python3-ipykernel, with
// python3-numpy, -opencv and -torch) and must run top to bottom, so that a claim that does not
// hold in Python fails here. A notebook written from a lesson with one false claim must fail,
// naming it.
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <memory>

namespace {

struct Run {
    int exitCode = -1;
    QString err;
};

Run runConvlab(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(CONVLAB_EXE), arguments);
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardError())};
}

QString lessonPath(const char* name)
{
    return QStringLiteral(CONVLAB_SOURCE_DIR "/resources/lessons/") + QLatin1String(name);
}

const QString kJupyter = QStringLiteral("/usr/bin/jupyter");

QJsonObject readJson(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object()
                                          : QJsonObject();
}

QString sourceOf(const QJsonObject& cell)
{
    QString text;
    for (const QJsonValue& line : cell.value(QStringLiteral("source")).toArray())
        text += line.toString();
    return text;
}

// How many claims the lesson's steps make.
int claimsOf(const QJsonObject& lesson)
{
    int count = 0;
    const QJsonArray steps =
        lesson.value(QStringLiteral("lesson")).toObject().value(QStringLiteral("steps")).toArray();
    for (const QJsonValue& step : steps)
        count += static_cast<int>(step.toObject().value(QStringLiteral("expect")).toArray().size());
    return count;
}

// The claims a notebook leaves out with a note: those about the weights the learned page trains
// on ConvLab's compiled-in digit sheet — the decoders' checkerboard energies, and which of the
// trained network's units is strongest on one of the sheet's digits. Restating them would
// mean shipping the sheet in the notebook's folder and training in the kernel, and the same
// numbers would not come out of another libtorch's initialisation; tests/model/
// tst_learnedclaims checks them on the page's own run instead. The learned claims that hold for
// any weights (learned_gradient, and learned_unit without "ink_outside") are restated.
int trainedOnlyClaimsOf(const QJsonObject& lesson)
{
    int count = 0;
    const QJsonArray steps =
        lesson.value(QStringLiteral("lesson")).toObject().value(QStringLiteral("steps")).toArray();
    for (const QJsonValue& step : steps)
        for (const QJsonValue& claim : step.toObject().value(QStringLiteral("expect")).toArray()) {
            const QJsonObject c = claim.toObject();
            const QString kind = c.value(QStringLiteral("claim")).toString();
            count += kind == QLatin1String("learned_decoder") ||
                             (kind == QLatin1String("learned_unit") &&
                              c.contains(QStringLiteral("ink_outside")))
                         ? 1
                         : 0;
        }
    return count;
}

int assertsIn(const QJsonObject& notebook)
{
    int count = 0;
    for (const QJsonValue& cell : notebook.value(QStringLiteral("cells")).toArray())
        if (cell.toObject().value(QStringLiteral("cell_type")) == QLatin1String("code"))
            for (const QString& line : sourceOf(cell.toObject()).split(QLatin1Char('\n')))
                count += line.startsWith(QLatin1String("assert ")) ? 1 : 0;
    return count;
}

int leftOutNotesIn(const QJsonObject& notebook)
{
    int count = 0;
    for (const QJsonValue& cell : notebook.value(QStringLiteral("cells")).toArray())
        if (cell.toObject()
                .value(QStringLiteral("id"))
                .toString()
                .endsWith(QLatin1String("-unchecked")))
            for (const QString& line : sourceOf(cell.toObject()).split(QLatin1Char('\n')))
                count += line.startsWith(QLatin1String("- `{\"claim\"")) ? 1 : 0;
    return count;
}

QStringList entriesOf(const QString& folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
}

// A lesson of one step, step `step` of `lesson` with `claim` as its only claim, written as
// `name`.convlab into `dir`; its path, or empty if it cannot be written.
QString writeOneClaimLesson(const QTemporaryDir& dir, const QString& lesson, int step,
                            const QJsonObject& claim, const QString& name)
{
    QJsonObject file = readJson(lesson);
    QJsonObject notes = file.value("lesson").toObject();
    QJsonObject only = notes.value("steps").toArray()[step].toObject();
    only["expect"] = QJsonArray{claim};
    notes["steps"] = QJsonArray{only};
    file["lesson"] = notes;
    QFile out(dir.filePath(name + ".convlab"));
    if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(file).toJson()) < 0)
        return {};
    return out.fileName();
}

// One notebook executed by nbconvert.
struct Execution {
    QString notebook;
    QString mustFailWith; // the message of the assert that must fail it
    std::unique_ptr<QProcess> process;
    QElapsedTimer clock;
    qint64 ms = 0;
};

} // namespace

class TestNotebook final : public QObject {
    Q_OBJECT

    // Writes the notebooks into `dir` and checks each holds one assert per claim; `runs` gets
    // what is to execute them.
    static void writeNotebooks(const QTemporaryDir& dir, std::vector<Execution>* runs = nullptr)
    {
        const QDir lessons(QStringLiteral(CONVLAB_SOURCE_DIR "/resources/lessons"));
        // The lesson of each notebook: every shipped one, one also in French, and two lessons
        // whose one claim does not hold (lesson 10's first step, claiming 4 × 4 for 3 × 3;
        // lesson 12's unit step, claiming a field of 13 × 13 pixels for relu2's 14 × 14).
        struct Job {
            QString lesson, notebook, language;
            QString mustFailWith; // empty: must run
        };
        std::vector<Job> jobs;
        for (const QString& name : lessons.entryList({QStringLiteral("*.convlab")}, QDir::Files))
            jobs.push_back(
                {lessons.filePath(name), QFileInfo(name).completeBaseName() + ".ipynb", "en", {}});
        QVERIFY(jobs.size() >= 10);
        jobs.push_back(
            {lessons.filePath("02_find_the_two.convlab"), "02_find_the_two.fr.ipynb", "fr", {}});
        const QString wrong =
            writeOneClaimLesson(dir, lessons.filePath("10_lab.convlab"), 0,
                                {{"claim", "output_size"}, {"size", QJsonArray{4, 4}}}, "wrong");
        QVERIFY(!wrong.isEmpty());
        jobs.push_back({wrong, "wrong.ipynb", "en", "the response is (3, 3)"});
        const QString wrongUnit = writeOneClaimLesson(
            dir, lessons.filePath("12_back_to_pixels.convlab"), 4,
            {{"claim", "learned_unit"}, {"networks", QJsonArray{"trained"}}, {"field", 13}},
            "wrong_unit");
        QVERIFY(!wrongUnit.isEmpty());
        jobs.push_back({wrongUnit, "wrong_unit.ipynb", "en", "a unit sees 14 × 14 pixels"});

        // Written all at once (each start of convlab loads libtorch), then checked.
        std::vector<std::unique_ptr<QProcess>> writers;
        for (const Job& job : jobs) {
            writers.push_back(std::make_unique<QProcess>());
            writers.back()->start(
                QStringLiteral(CONVLAB_EXE),
                {"notebook", job.lesson, "-o", dir.filePath(job.notebook), "--lang", job.language});
        }
        for (std::size_t i = 0; i < jobs.size(); ++i) {
            QProcess& writer = *writers[i];
            QVERIFY(writer.waitForFinished(120000));
            QVERIFY2(writer.exitStatus() == QProcess::NormalExit && writer.exitCode() == 0,
                     qPrintable(jobs[i].notebook + ": " + writer.readAllStandardError()));
            const QJsonObject written = readJson(dir.filePath(jobs[i].notebook));
            // One assert per claim: every claim of the shipped lessons can be restated in
            // Python (a claim that cannot would have a note instead), but for those about the
            // learned page's trained weights, which have exactly one note each.
            const QJsonObject source = readJson(jobs[i].lesson);
            QCOMPARE(assertsIn(written), claimsOf(source) - trainedOnlyClaimsOf(source));
            QCOMPARE(leftOutNotesIn(written), trainedOnlyClaimsOf(source));
            if (runs) {
                Execution e;
                e.notebook = jobs[i].notebook;
                e.mustFailWith = jobs[i].mustFailWith;
                runs->push_back(std::move(e));
            }
        }
    }

  private slots:
    void badInputIsRefusedNamingIt_data()
    {
        QTest::addColumn<QStringList>("arguments"); // %1: the temporary folder
        QTest::addColumn<QString>("named");
        const QString lesson = lessonPath("01_pattern_detector.convlab");
        QTest::newRow("missing lesson")
            << QStringList{"notebook", "%1/nowhere.convlab", "-o", "%1/lab.ipynb"}
            << "nowhere.convlab";
        QTest::newRow("bad language")
            << QStringList{"notebook", lesson, "-o", "%1/lab.ipynb", "--lang", "de"} << "'de'";
        QTest::newRow("folder missing")
            << QStringList{"notebook", lesson, "-o", "%1/missing/lab.ipynb"} << "missing";
        QTest::newRow("not a notebook")
            << QStringList{"notebook", lesson, "-o", "%1/lab.html"} << "lab.html";
        QTest::newRow("no output") << QStringList{"notebook", lesson} << "-o";
        QTest::newRow("not a lesson")
            << QStringList{"notebook", QStringLiteral(CONVLAB_SOURCE_DIR "/README.md"), "-o",
                           "%1/lab.ipynb"}
            << "README.md";
    }
    void badInputIsRefusedNamingIt()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, named);
        QTemporaryDir dir;
        for (QString& argument : arguments)
            argument.replace(QStringLiteral("%1"), dir.path());

        const Run run = runConvlab(arguments);

        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(named), qPrintable(run.err));
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
        QCOMPARE(entriesOf(dir.path()), QStringList());
    }

    // Written by `convlab notebook` (under the sanitizers too): one assert per claim.
    void everyLessonsNotebookHoldsOneAssertPerClaim()
    {
        QTemporaryDir dir;
        writeNotebooks(dir);
    }

#ifdef CONVLAB_FULL_RUNS
    // Executed by Jupyter: Python, so Release only (tests/CMakeLists.txt).
    void everyLessonsNotebookRunsAndProvesItself()
    {
        if (!QFile::exists(kJupyter))
            QFAIL("jupyter is not installed: apt-get install jupyter-nbconvert python3-ipykernel "
                  "(bash .ci/quickstart test installs it)");
        QTemporaryDir dir;
        std::vector<Execution> runs;
        writeNotebooks(dir, &runs);
        if (QTest::currentTestFailed())
            return;

        // Executed a few at a time: each kernel loads NumPy, OpenCV and PyTorch.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("PATH", "/usr/bin:/bin:" + env.value("PATH"));
        env.insert("JUPYTER_PLATFORM_DIRS", "1");
        env.insert("PYDEVD_DISABLE_FILE_VALIDATION", "1");
        QDir(dir.path()).mkdir("executed");
        const int parallel = std::max(2, QThread::idealThreadCount());
        std::size_t next = 0, done = 0;
        while (done < runs.size()) {
            int running = 0;
            for (const Execution& e : runs)
                running += e.process && e.process->state() != QProcess::NotRunning ? 1 : 0;
            while (running < parallel && next < runs.size()) {
                Execution& e = runs[next++];
                e.process = std::make_unique<QProcess>();
                e.process->setProcessEnvironment(env);
                e.process->setWorkingDirectory(dir.path());
                e.clock.start();
                e.process->start(kJupyter, {"nbconvert", "--to", "notebook", "--execute",
                                            "--ExecutePreprocessor.timeout=300", "--output-dir",
                                            dir.filePath("executed"), dir.filePath(e.notebook)});
                ++running;
            }
            for (Execution& e : runs)
                if (e.process && e.ms == 0 && e.process->waitForFinished(50)) {
                    e.ms = std::max<qint64>(1, e.clock.elapsed());
                    ++done;
                }
        }
        QStringList failures;
        for (Execution& e : runs) {
            const QString err = QString::fromUtf8(e.process->readAllStandardError());
            const bool ok =
                e.process->exitStatus() == QProcess::NormalExit && e.process->exitCode() == 0;
            qInfo("%s: executed in %.1f s%s", qPrintable(e.notebook), e.ms / 1000.0,
                  ok ? "" : ", failed");
            if (!e.mustFailWith.isEmpty()) {
                if (ok || !err.contains("AssertionError") || !err.contains(e.mustFailWith))
                    failures << e.notebook + ": the false claim did not fail it:\n" +
                                    err.right(2000);
                continue;
            }
            if (!ok) {
                failures << e.notebook + ":\n" + err.right(3000);
                continue;
            }
            // Every cell ran, none with an error.
            const QJsonObject executed = readJson(dir.filePath("executed/" + e.notebook));
            for (const QJsonValue& value : executed.value("cells").toArray()) {
                const QJsonObject cell = value.toObject();
                if (cell.value("cell_type") != QLatin1String("code"))
                    continue;
                if (cell.value("execution_count").isNull())
                    failures << e.notebook + ": cell " + cell.value("id").toString() +
                                    " did not run";
                for (const QJsonValue& output : cell.value("outputs").toArray())
                    if (output.toObject().value("output_type") == QLatin1String("error"))
                        failures << e.notebook + ": cell " + cell.value("id").toString() +
                                        " failed";
            }
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join("\n\n")));
    }
#endif
};

QTEST_GUILESS_MAIN(TestNotebook)
#include "tst_notebook.moc"
