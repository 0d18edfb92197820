// SPDX-License-Identifier: MIT
// `convlab train` and `convlab predict` end to end: one short training run, predictions of
// digits of the sheet, and every bad value refused with exit code 2, one line, nothing written.
#include "io/ArrayIO.h"
#include "io/DocumentFile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace {

struct Result {
    int exitCode = -1;
    QString out;
    QString err;
};

const char* const kSheet = CONVLAB_SOURCE_DIR "/resources/data/digits.png";

// Digit `index` of the sheet (row-major, 100 per row), 8-bit as the file holds it.
cv::Mat sheetDigit(int index)
{
    static const cv::Mat sheet = cv::imread(kSheet, cv::IMREAD_GRAYSCALE);
    return sheet(cv::Rect(index % 100 * 20, index / 100 * 20, 20, 20)).clone();
}

} // namespace

class TestLearnCli : public QObject {
    Q_OBJECT

  private slots:
    void initTestCase();
    void trainPrintsEachEpochAndWritesTheModel();
    void trainWithOwnDigits();
    void predictReadsSheetDigits();
    void predictJson();
    void predictNormalisesADrawingOnPaper();
    void badValuesAreRefused_data();
    void badValuesAreRefused();
    void helpListsTheOptions();

  private:
    Result convlab(const QStringList& args) const;
    QString path(const QString& name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    Result m_training;
};

Result TestLearnCli::convlab(const QStringList& args) const
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.start(QStringLiteral(CONVLAB_EXE), args);
    Result result;
    if (!process.waitForFinished(240000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void TestLearnCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Two epochs of the default network: enough to read clear digits of the sheet.
    m_training = convlab({"train", "--epochs", "2", "--seed", "3", "-o", path("model.pt")});
    for (const int index : {5, 1234, 4321})
        QVERIFY(cv::imwrite(path(QStringLiteral("digit%1.png").arg(index)).toStdString(),
                            sheetDigit(index)));
    // A document with three own digits (digits of the sheet, mirrored), and one with a bad label.
    convlab::DocumentState state;
    state.image = cv::Mat::zeros(30, 40, CV_32F);
    state.patch = cv::Mat::ones(3, 3, CV_32F);
    for (const int index : {5, 1234, 4321}) {
        cv::Mat digit;
        cv::flip(sheetDigit(index), digit, 1);
        digit.convertTo(digit, CV_32F, 1.0 / 255);
        state.ownDigits.push_back({digit, index / 500});
    }
    QString error;
    QVERIFY2(convlab::DocumentFile::save(path("own.convlab"), state, &error), qPrintable(error));
    QJsonObject json = convlab::DocumentFile::toJson(state);
    QJsonArray digits = json.value("own_digits").toArray();
    QJsonObject first = digits[0].toObject();
    first.insert("label", 12);
    digits[0] = first;
    json.insert("own_digits", digits);
    QVERIFY(convlab::DocumentFile::saveJson(path("bad.convlab"), json, &error));
}

void TestLearnCli::trainWithOwnDigits()
{
    const Result result = convlab(
        {"train", "--own-digits", "own.convlab", "--epochs", "1", "--seed", "3", "-o", "own.pt"});

    QCOMPARE(result.exitCode, 0);
    const QStringList lines = result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines[0],
             QStringLiteral("training on 4003 digits: the sheet's 4000 and 3 of your own from "
                            "own.convlab"));
    QVERIFY2(lines[1].startsWith(QStringLiteral("epoch 1/1: ")), qPrintable(lines[1]));
    QVERIFY2(lines[2].startsWith(QStringLiteral("wrote own.pt (held-out accuracy ")),
             qPrintable(lines[2]));
    QVERIFY(QFile(path("own.pt")).size() > 10000);
}

void TestLearnCli::trainPrintsEachEpochAndWritesTheModel()
{
    QCOMPARE(m_training.exitCode, 0);
    QVERIFY2(m_training.err.isEmpty(), qPrintable(m_training.err)); // no terminal: no progress line
    const QStringList lines = m_training.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    const QRegularExpression epoch(
        QStringLiteral("^epoch (\\d)/2: loss [0-9.]+, train accuracy [0-9.]+ %, held-out accuracy "
                       "([0-9.]+) % \\([0-9.]+ s\\)$"));
    for (int e = 0; e < 2; ++e) {
        const QRegularExpressionMatch match = epoch.match(lines[e]);
        QVERIFY2(match.hasMatch(), qPrintable(lines[e]));
        QCOMPARE(match.captured(1).toInt(), e + 1);
    }
    QVERIFY2(epoch.match(lines[1]).captured(2).toDouble() > 85, qPrintable(lines[1]));
    QVERIFY2(
        lines[2].startsWith(QStringLiteral("wrote %1 (held-out accuracy ").arg(path("model.pt"))),
        qPrintable(lines[2]));
    QVERIFY(QFile(path("model.pt")).size() > 10000);
}

void TestLearnCli::predictReadsSheetDigits()
{
    // Digits 5, 1234 and 4321 of the sheet: a 0, a 2 and an 8.
    const std::pair<int, int> digits[] = {{5, 0}, {1234, 2}, {4321, 8}};
    for (const auto& [index, label] : digits) {
        const Result result =
            convlab({"predict", path("model.pt"), path(QStringLiteral("digit%1.png").arg(index))});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.startsWith(QStringLiteral("digit %1 (probability ").arg(label)),
                 qPrintable(result.out));
        QCOMPARE(result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 11);
    }
}

void TestLearnCli::predictJson()
{
    const Result result = convlab({"predict", path("model.pt"), path("digit1234.png"), "--json"});

    QCOMPARE(result.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(json.value("digit").toInt(), 2);
    const QJsonArray probabilities = json.value("probabilities").toArray();
    QCOMPARE(probabilities.size(), 10);
    double sum = 0;
    for (const QJsonValue& p : probabilities)
        sum += p.toDouble();
    QVERIFY(std::abs(sum - 1) < 1e-4);
    QVERIFY(probabilities[2].toDouble() > 0.5);
}

void TestLearnCli::predictNormalisesADrawingOnPaper()
{
    // The 2 of the sheet, 8 times larger, in black ink on a white page, off centre.
    cv::Mat large;
    cv::resize(sheetDigit(1234), large, {160, 160}, 0, 0, cv::INTER_LINEAR);
    cv::Mat page(300, 260, CV_8U, cv::Scalar(255));
    page(cv::Rect(90, 20, 160, 160)) -= large;
    QVERIFY(cv::imwrite(path("paper.png").toStdString(), page));

    const Result result = convlab({"predict", path("model.pt"), path("paper.png"), "--json"});

    QCOMPARE(result.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(result.out.toUtf8()).object().value("digit").toInt(), 2);
}

void TestLearnCli::badValuesAreRefused_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString out = QStringLiteral("out.pt");
    QTest::addRow("no -o") << QStringList{"train"}
                           << "train needs -o MODEL (the model file to write)";
    QTest::addRow("epochs 0") << QStringList{"train", "--epochs", "0", "-o", out}
                              << "--epochs 0 must be at least 1";
    QTest::addRow("epochs too many") << QStringList{"train", "--epochs", "5000", "-o", out}
                                     << "--epochs: 5000 is too large (at most 1000)";
    QTest::addRow("lr text") << QStringList{"train", "--lr", "fast", "-o", out}
                             << "--lr: 'fast' is not a positive number";
    QTest::addRow("lr nan") << QStringList{"train", "--lr", "nan", "-o", out}
                            << "--lr: 'nan' is not a positive number";
    QTest::addRow("lr negative") << QStringList{"train", "--lr", "-0.1", "-o", out}
                                 << "--lr: '-0.1' is not a positive number";
    QTest::addRow("lr too large") << QStringList{"train", "--lr", "50", "-o", out}
                                  << "--lr: 50 is too large (at most 10)";
    QTest::addRow("batch 0") << QStringList{"train", "--batch", "0", "-o", out}
                             << "--batch 0 must be at least 1";
    QTest::addRow("threads") << QStringList{"train", "--threads", "x", "-o", out}
                             << "--threads: 'x' is not an integer";
    QTest::addRow("missing folder")
        << QStringList{"train", "-o", "missing/out.pt"}
        << QStringLiteral("cannot write missing/out.pt: the folder %1 does not exist")
               .arg(QDir(m_dir.path()).filePath("missing"));
    QTest::addRow("output is a folder")
        << QStringList{"train", "-o", "."} << "cannot write .: it is a folder";
    QTest::addRow("own digits with a bad label")
        << QStringList{"train", "--own-digits", "bad.convlab", "-o", out}
        << "Cannot open \"bad.convlab\": \"own_digits[0].label\" is 12; a digit's label is an "
           "integer from 0 to 9";
    QTest::addRow("own digits missing")
        << QStringList{"train", "--own-digits", "none.convlab", "-o", out}
        << "Cannot open \"none.convlab\": No such file or directory";
    QTest::addRow("predict one argument")
        << QStringList{"predict", "model.pt"} << "predict needs MODEL IMAGE; IMAGE is missing";
    QTest::addRow("missing model") << QStringList{"predict", "nothing.pt", "digit5.png"}
                                   << "cannot open nothing.pt: No such file or directory";
    QTest::addRow("image as model") << QStringList{"predict", "digit5.png", "digit5.png"}
                                    << "digit5.png is not a ConvLab model: it is a PNG image";
    QTest::addRow("model as image") << QStringList{"predict", "model.pt", "model.pt"}
                                    << "model.pt is not in an image format ConvLab can read";
}

void TestLearnCli::badValuesAreRefused()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const QStringList before =
        QDir(m_dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden);

    const Result result = convlab(args);

    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QString());
    QCOMPARE(result.err, QStringLiteral("convlab: error: %1\n").arg(message));
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden),
             before);
}

void TestLearnCli::helpListsTheOptions()
{
    const Result train = convlab({"train", "--help"});
    QCOMPARE(train.exitCode, 0);
    QVERIFY(train.out.startsWith(QStringLiteral("Usage: convlab train ")));
    for (const char* option :
         {"--epochs", "--seed", "--lr", "--batch", "--threads", "--own-digits"})
        QVERIFY2(train.out.contains(QLatin1String(option)), option);
    const Result predict = convlab({"predict", "--help"});
    QCOMPARE(predict.exitCode, 0);
    QVERIFY(predict.out.contains(QStringLiteral("--json")));
    const Result overview = convlab({"--help"});
    QVERIFY(overview.out.contains(QStringLiteral("\n  train ")));
    QVERIFY(overview.out.contains(QStringLiteral("\n  predict ")));
}

QTEST_GUILESS_MAIN(TestLearnCli)
#include "tst_learncli.moc"
