// SPDX-License-Identifier: MIT
#include "TestData.h"
#include "document/Document.h"
#include "io/ArrayIO.h"
#include "io/DocumentFile.h"
#include "io/NpyCodec.h"
#include "samples/SampleGallery.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <cstring>
#include <random>
#include <sys/resource.h>

using namespace convlab;

namespace {

bool sameBits(const cv::Mat& a, const cv::Mat& b)
{
    return a.size() == b.size() && a.type() == b.type() && a.isContinuous() && b.isContinuous() &&
           std::memcmp(a.data, b.data, a.total() * a.elemSize()) == 0;
}

// Every field away from its default, values that do not print short in decimal.
DocumentState unusualState()
{
    std::mt19937 rng(99);
    DocumentState s;
    s.image = test::randomMat(rng, 37, 53, 1, -3.f, 3.f);
    s.image.at<float>(0, 0) = 1e-38f;
    s.image.at<float>(1, 0) = -0.f;
    s.patch = test::randomMat(rng, 7, 64);
    Parameters& p = s.parameters;
    p.operation = Parameters::Operation::TrueConvolution;
    p.method = MatchMethod::SqDiffNormed;
    p.conv.stride = {2, 3};
    p.conv.padding = {1, 2, 3, 4};
    p.conv.paddingMode = PaddingMode::Circular;
    p.conv.dilation = {3, 1};
    p.poolEnabled = true;
    p.pool = {{3, 2}, {1, 2}, {1, 0, 0, 1}, PoolMode::Average};
    p.peaks = {7, 5, true, 0.123456789f};
    s.view = {Colormap::Diverging, false, -0.7, 2.25, true, true};
    s.notes.title = QStringLiteral("Trouver le 2");
    s.notes.text = QStringLiteral("<p>argmax → (174, 68)</p>");
    s.notes.steps = QJsonArray{QJsonObject{{QStringLiteral("title"), QStringLiteral("one")},
                                           {QStringLiteral("text"), QStringLiteral("<p>1</p>")}}};
    s.ownDigits = {{test::randomMat(rng, 20, 20, 1, 0.f, 1.f), 0},
                   {test::randomMat(rng, 20, 20, 1, 0.f, 1.f), 9}};
    s.ownDigits[1].pixels.at<float>(0, 0) = 1.f;
    s.ownDigits[1].pixels.at<float>(0, 1) = 0.f;
    return s;
}

void verifyEqual(const DocumentState& a, const DocumentState& b)
{
    QVERIFY(sameBits(a.image, b.image));
    QVERIFY(sameBits(a.patch, b.patch));
    QVERIFY(a.parameters == b.parameters);
    QVERIFY(a.view == b.view);
    QVERIFY(a.notes == b.notes);
    QCOMPARE(a.ownDigits.size(), b.ownDigits.size());
    for (std::size_t i = 0; i < a.ownDigits.size(); ++i) {
        QCOMPARE(a.ownDigits[i].label, b.ownDigits[i].label);
        QVERIFY(sameBits(a.ownDigits[i].pixels, b.ownDigits[i].pixels));
    }
}

// `json` with its own digit `index`'s `key` set to `value`.
QJsonObject editedDigit(QJsonObject json, int index, const QString& key, const QJsonValue& value)
{
    QJsonArray digits = json.value(QStringLiteral("own_digits")).toArray();
    QJsonObject digit = digits[index].toObject();
    digit.insert(key, value);
    digits[index] = digit;
    json.insert(QStringLiteral("own_digits"), digits);
    return json;
}

QJsonObject digitArray(const cv::Mat& m)
{
    return {{QStringLiteral("dtype"), QStringLiteral("float32")},
            {QStringLiteral("shape"), QJsonArray{m.rows, m.cols}},
            {QStringLiteral("npy"), QString::fromLatin1(NpyCodec::encode(m).toBase64())}};
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QJsonObject editedObject(QJsonObject json, const QString& group, const QString& key,
                         const QJsonValue& value)
{
    QJsonObject inner = json.value(group).toObject();
    inner.insert(key, value);
    json.insert(group, inner);
    return json;
}

QString npyWith(const cv::Mat& m)
{
    return QString::fromLatin1(NpyCodec::encode(m).toBase64());
}

} // namespace

class TestDocumentFile : public QObject {
    Q_OBJECT
  private slots:
    void saveThenOpenIsIdenticalBitForBit()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lesson.convlab"));
        const DocumentState state = unusualState();
        QString error;
        QVERIFY2(DocumentFile::save(path, state, &error), qPrintable(error));
        const std::optional<DocumentState> loaded = DocumentFile::load(path, &error);
        QVERIFY2(loaded, qPrintable(error));
        verifyEqual(*loaded, state);
        // Saving what was opened writes the same bytes.
        const QString again = dir.filePath(QStringLiteral("again.convlab"));
        QVERIFY(DocumentFile::save(again, *loaded, &error));
        QCOMPARE(readAll(again), readAll(path));
        // Nothing but the two files: no temporary left behind.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 2);
    }

    void everySampleRoundTrips()
    {
        for (SampleGallery::Id id : SampleGallery::all()) {
            const DocumentState state = SampleGallery::stateFor(id);
            QString error;
            const auto loaded = DocumentFile::parse(DocumentFile::serialize(state), &error);
            QVERIFY2(loaded, qPrintable(error));
            verifyEqual(*loaded, state);
        }
    }

    void theFileSaysWhatItIs()
    {
        const QJsonObject json = DocumentFile::toJson(unusualState());
        QCOMPARE(json.value(QStringLiteral("format")).toString(), QStringLiteral("convlab-lesson"));
        QCOMPARE(json.value(QStringLiteral("version")).toInt(), 1);
        const QJsonObject image = json.value(QStringLiteral("image")).toObject();
        QCOMPARE(image.value(QStringLiteral("shape")).toArray(), (QJsonArray{37, 53}));
        const QJsonObject parameters = json.value(QStringLiteral("parameters")).toObject();
        QCOMPARE(parameters.value(QStringLiteral("padding_mode")).toString(),
                 QStringLiteral("circular"));
        QCOMPARE(parameters.value(QStringLiteral("padding")).toArray(), (QJsonArray{1, 2, 3, 4}));
        // The embedded .npy is what numpy.save writes: magic, version 1.0, '<f4', C order.
        const QByteArray npy =
            QByteArray::fromBase64(image.value(QStringLiteral("npy")).toString().toLatin1());
        QVERIFY(npy.startsWith("\x93NUMPY\x01\x00"));
        QVERIFY(npy.contains("'descr': '<f4'"));
        QCOMPARE((npy.size() - 53 * 37 * 4) % 64, 0); // header padded to 64 bytes
        // The own digits: a list of a label and a 20×20 array each, in the order added.
        const QJsonArray digits = json.value(QStringLiteral("own_digits")).toArray();
        QCOMPARE(digits.size(), 2);
        QCOMPARE(digits[1].toObject().value(QStringLiteral("label")).toInt(), 9);
        QCOMPARE(digits[1]
                     .toObject()
                     .value(QStringLiteral("image"))
                     .toObject()
                     .value(QStringLiteral("shape")),
                 QJsonValue(QJsonArray{20, 20}));
        // A document without own digits has no such key: older files stay as they were.
        QVERIFY(!DocumentFile::toJson(SampleGallery::stateFor(SampleGallery::Id::RenderedDigits))
                     .contains(QStringLiteral("own_digits")));
    }

    void badFilesAreRefusedWithAMessage_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("mentions");
        const QJsonObject good = DocumentFile::toJson(unusualState());
        const QByteArray goodBytes = QJsonDocument(good).toJson();
        const auto row = [](const char* name, const QJsonObject& json, const char* mentions) {
            QTest::addRow("%s", name)
                << QJsonDocument(json).toJson() << QString::fromUtf8(mentions);
        };
        QTest::addRow("truncated")
            << goodBytes.left(goodBytes.size() / 2) << QStringLiteral("truncated");
        QTest::addRow("garbage") << QByteArray("\x89PNG\r\n\x1a\n\0\0garbage", 18)
                                 << QStringLiteral("not valid JSON");
        QTest::addRow("empty") << QByteArray() << QStringLiteral("not valid JSON");
        QTest::addRow("array root") << QByteArray("[1, 2]") << QStringLiteral("not a lesson");
        QJsonObject json = good;
        json.insert(QStringLiteral("version"), 2);
        row("wrong version", json, "version 2");
        json = good;
        json.insert(QStringLiteral("format"), QStringLiteral("photoshop"));
        row("wrong format", json, "photoshop");
        json = good;
        json.remove(QStringLiteral("patch"));
        row("missing patch", json, "\"patch\" is missing");

        cv::Mat nan = cv::Mat::ones(3, 3, CV_32F);
        nan.at<float>(1, 2) = std::nanf("");
        json = editedObject(good, QStringLiteral("patch"), QStringLiteral("npy"), npyWith(nan));
        row("NaN in the npy",
            editedObject(json, QStringLiteral("patch"), QStringLiteral("shape"), QJsonArray{3, 3}),
            "NaN at (row 1, col 2)");
        row("shape disagrees",
            editedObject(good, QStringLiteral("patch"), QStringLiteral("npy"),
                         npyWith(cv::Mat::ones(3, 4, CV_32F))),
            "holds 3 × 4 values");
        QByteArray shortNpy = NpyCodec::encode(cv::Mat::ones(7, 64, CV_32F));
        shortNpy.chop(4);
        row("npy size mismatch",
            editedObject(good, QStringLiteral("patch"), QStringLiteral("npy"),
                         QString::fromLatin1(shortNpy.toBase64())),
            "1792 bytes of data, but the file holds 1788 bytes");
        const std::string twoChannels = encodeNpy(cv::Mat::ones(3, 3, CV_32FC2));
        json = editedObject(good, QStringLiteral("patch"), QStringLiteral("npy"),
                            QString::fromLatin1(QByteArray::fromStdString(twoChannels).toBase64()));
        row("npy with channels",
            editedObject(json, QStringLiteral("patch"), QStringLiteral("shape"), QJsonArray{3, 3}),
            "patch.npy\": the .npy array has 2 channels; a lesson stores one");
        row("bad base64",
            editedObject(good, QStringLiteral("image"), QStringLiteral("npy"),
                         QStringLiteral("@@not*base64@@")),
            "image.npy\" is not valid base64");
        {
            QJsonObject lesson{{QStringLiteral("title"), QStringLiteral("Long")},
                               {QStringLiteral("text"), QStringLiteral("<p>Long</p>")}};
            QJsonArray steps;
            for (int i = 0; i < 10000; ++i)
                steps.append(QJsonObject{{QStringLiteral("title"), QStringLiteral("s")},
                                         {QStringLiteral("text"), QStringLiteral("t")}});
            lesson.insert(QStringLiteral("steps"), steps);
            json = good;
            json.insert(QStringLiteral("lesson"), lesson);
            row("ten thousand steps", json, "holds 10000 steps; a lesson holds at most 200");
        }
        row("stride 0",
            editedObject(good, QStringLiteral("parameters"), QStringLiteral("stride"),
                         QJsonArray{0, 1}),
            "parameters.stride[0]\" must be an integer from 1 to 64");
        row("stride fraction",
            editedObject(good, QStringLiteral("parameters"), QStringLiteral("stride"),
                         QJsonArray{1.5, 1}),
            "parameters.stride[0]");
        row("negative padding",
            editedObject(good, QStringLiteral("parameters"), QStringLiteral("padding"),
                         QJsonArray{0, -1, 0, 0}),
            "parameters.padding[1]");
        row("unknown padding mode",
            editedObject(good, QStringLiteral("parameters"), QStringLiteral("padding_mode"),
                         QStringLiteral("mirror")),
            "\"mirror\"; expected one of zeros, reflect, replicate, circular");
        row("inverted range",
            editedObject(good, QStringLiteral("view"), QStringLiteral("range"),
                         QJsonObject{{QStringLiteral("low"), 2}, {QStringLiteral("high"), 1}}),
            "low (2) must be below high (1)");
        json = good;
        QJsonObject patch = json.value(QStringLiteral("patch")).toObject();
        patch.insert(QStringLiteral("npy"), npyWith(cv::Mat::ones(65, 2, CV_32F)));
        patch.insert(QStringLiteral("shape"), QJsonArray{65, 2});
        json.insert(QStringLiteral("patch"), patch);
        row("patch too large", json, "patch.shape[0]\" must be an integer from 1 to 64");

        row("own digit labelled 12", editedDigit(good, 1, QStringLiteral("label"), 12),
            "\"own_digits[1].label\" is 12; a digit's label is an integer from 0 to 9");
        row("own digit labelled 2.5", editedDigit(good, 0, QStringLiteral("label"), 2.5),
            "\"own_digits[0].label\" is 2.5; a digit's label is an integer from 0 to 9");
        row("own digit labelled in words",
            editedDigit(good, 0, QStringLiteral("label"), QStringLiteral("seven")),
            "\"own_digits[0].label\" is \"seven\"");
        row("own digit of 28 × 28",
            editedDigit(good, 1, QStringLiteral("image"),
                        digitArray(cv::Mat::zeros(28, 28, CV_32F))),
            "\"own_digits[1].image\": the digit is 28 × 28 pixels; the network reads digits of 20 "
            "× 20");
        cv::Mat nanDigit = cv::Mat::zeros(20, 20, CV_32F);
        nanDigit.at<float>(3, 4) = std::nanf("");
        row("own digit with NaN",
            editedDigit(good, 0, QStringLiteral("image"), digitArray(nanDigit)),
            "own_digits[0].image.npy\": the data holds NaN at (row 3, col 4)");
        cv::Mat bright = cv::Mat::zeros(20, 20, CV_32F);
        bright.at<float>(2, 5) = 1.5f;
        row("own digit brighter than 1",
            editedDigit(good, 0, QStringLiteral("image"), digitArray(bright)),
            "\"own_digits[0].image\": the digit's pixel (row 2, col 5) is 1.5; pixels are 0 to 1");
        {
            QJsonArray many;
            const QJsonObject one{
                {QStringLiteral("label"), 3},
                {QStringLiteral("image"), digitArray(cv::Mat::zeros(20, 20, CV_32F))}};
            for (int i = 0; i <= OwnDigits::kMaxCount; ++i)
                many.append(one);
            json = good;
            json.insert(QStringLiteral("own_digits"), many);
            row("too many own digits", json,
                "\"own_digits\": 501 own digits; a document keeps at most 500");
        }
        json = good;
        json.insert(QStringLiteral("own_digits"), QStringLiteral("7"));
        row("own digits not a list", json, "\"own_digits\" must be a list");
    }
    void badFilesAreRefusedWithAMessage()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, mentions);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.convlab"));
        writeAll(path, bytes);
        QString error;
        QVERIFY(!DocumentFile::load(path, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("bad.convlab")), qPrintable(error));
    }

    // The window opens a file by loading first and replacing only on success.
    void aRefusedFileLeavesTheOpenLessonAsItWas()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cut.convlab"));
        writeAll(path, DocumentFile::serialize(unusualState()).left(1000));
        std::mt19937 rng(3);
        DocumentState mine;
        mine.image = test::randomMat(rng, 12, 12);
        mine.patch = test::randomMat(rng, 3, 3);
        Document lesson(mine);
        cv::Mat painted = lesson.image().clone();
        painted.at<float>(2, 2) = 5;
        lesson.paintImage(painted, QRect(2, 2, 1, 1), 1);
        QString error;
        if (const auto loaded = DocumentFile::load(path, &error))
            lesson.replaceAll(*loaded, path);
        QVERIFY(!error.isEmpty());
        QVERIFY(sameBits(lesson.image(), painted));
        QVERIFY(lesson.isModified());
        QCOMPARE(lesson.undoStack()->count(), 1);
    }

    void noFileIsLeftWhenTheDirectoryIsMissing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing/lesson.convlab"));
        QString error;
        QVERIFY(!DocumentFile::save(path, unusualState(), &error));
        QVERIFY2(error.contains(QStringLiteral("lesson.convlab")), qPrintable(error));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).size(), 0);
        QVERIFY(!DocumentFile::load(path, &error));
        QVERIFY(error.contains(QStringLiteral("lesson.convlab")));
    }

    // A write that fails half-way (the file-size limit stops it; root is bound by it too)
    // leaves the old file whole and no temporary file beside it.
    void aFailedWriteKeepsTheOldFileWhole()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lesson.convlab"));
        QString error;
        QVERIFY(
            DocumentFile::save(path, SampleGallery::stateFor(SampleGallery::Id::Grid5), &error));
        const QByteArray before = readAll(path);
        const QByteArray bigger = DocumentFile::serialize(unusualState());
        QVERIFY(bigger.size() > before.size() + 1024);

        rlimit original{};
        QCOMPARE(::getrlimit(RLIMIT_FSIZE, &original), 0);
        const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limited = original;
        limited.rlim_cur = static_cast<rlim_t>(before.size() + 512);
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &limited), 0);
        const bool saved = DocumentFile::save(path, unusualState(), &error);
        ::setrlimit(RLIMIT_FSIZE, &original);
        std::signal(SIGXFSZ, previousHandler);

        QVERIFY(!saved);
        QVERIFY2(error.contains(QStringLiteral("lesson.convlab")), qPrintable(error));
        QCOMPARE(readAll(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
    }
};

QTEST_MAIN(TestDocumentFile)
#include "tst_documentfile.moc"
