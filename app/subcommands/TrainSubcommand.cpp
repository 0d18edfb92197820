// SPDX-License-Identifier: MIT
#include "ArgumentParsing.h"
#include "Error.h"
#include "document/DocumentState.h"
#include "io/DocumentFile.h"
#include "learn/DigitDataset.h"
#include "learn/ModelFile.h"
#include "learn/Network.h"
#include "learn/Trainer.h"
#include "subcommands/Subcommand.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <cmath>
#include <cstdio>
#include <unistd.h>

namespace convlab::cli {

namespace {

const QString kEpochs = QStringLiteral("epochs");
const QString kSeed = QStringLiteral("seed");
const QString kLearningRate = QStringLiteral("lr");
const QString kBatch = QStringLiteral("batch");
const QString kThreads = QStringLiteral("threads");
const QString kOutput = QStringLiteral("o");
const QString kOwnDigits = QStringLiteral("own-digits");

// OpenCV's digits, compiled into the program (resources/data/).
const QString kDigitSheet = QStringLiteral(":/convlab/data/digits.png");

constexpr double kMaxLearningRate = 10;

[[noreturn]] void refuse(const QString& message)
{
    throw Error(message.toStdString());
}

int boundedInteger(const QCommandLineParser& parser, const QString& name, int minimum, int maximum,
                   int fallback)
{
    if (!parser.isSet(name))
        return fallback;
    const QString option = QStringLiteral("--") + name;
    const int value = parseInteger(option, option, parser.value(name), minimum);
    if (value > maximum)
        refuse(QCoreApplication::translate("convlab::cli", "%1: %2 is too large (at most %3)")
                   .arg(option)
                   .arg(value)
                   .arg(maximum));
    return value;
}

double learningRateOption(const QCommandLineParser& parser, double fallback)
{
    if (!parser.isSet(kLearningRate))
        return fallback;
    const QString text = parser.value(kLearningRate);
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value) || value <= 0)
        refuse(QCoreApplication::translate("convlab::cli", "--lr: '%1' is not a positive number")
                   .arg(text));
    if (value > kMaxLearningRate)
        refuse(QCoreApplication::translate("convlab::cli", "%1: %2 is too large (at most %3)")
                   .arg(QStringLiteral("--lr"), text)
                   .arg(kMaxLearningRate));
    return value;
}

// Checked before training, which takes seconds: the folder must exist, the name be no folder.
void requireWritableTarget(const QString& path)
{
    const QFileInfo target(path);
    if (target.isDir())
        refuse(QCoreApplication::translate("convlab::cli", "cannot write %1: it is a folder")
                   .arg(QDir::toNativeSeparators(path)));
    if (!target.absoluteDir().exists())
        refuse(QCoreApplication::translate("convlab::cli",
                                           "cannot write %1: the folder %2 does not exist")
                   .arg(QDir::toNativeSeparators(path),
                        QDir::toNativeSeparators(target.absolutePath())));
}

QString percent(double fraction)
{
    return QString::number(100 * fraction, 'f', 1);
}

// "\r"-rewritten on stderr when it is a terminal, erased before each epoch's line.
class ProgressLine final {
  public:
    ProgressLine() : m_enabled(isatty(fileno(stderr)) == 1) {}
    ~ProgressLine() { clear(); }
    ProgressLine(const ProgressLine&) = delete;
    ProgressLine& operator=(const ProgressLine&) = delete;

    void show(const TrainingProgress& p)
    {
        if (!m_enabled)
            return;
        const QString line =
            QCoreApplication::translate("convlab::cli", "train: epoch %1/%2, batch %3/%4, loss %5")
                .arg(p.epoch)
                .arg(p.epochs)
                .arg(p.batch)
                .arg(p.batches)
                .arg(p.loss, 0, 'f', 4);
        std::fprintf(stderr, "\r%s\033[K", line.toUtf8().constData());
        std::fflush(stderr);
        m_written = true;
    }

    void clear()
    {
        if (m_written)
            std::fputs("\r\033[K", stderr);
        m_written = false;
    }

  private:
    bool m_enabled;
    bool m_written = false;
};

DigitDataset digitSheet()
{
    QFile file(kDigitSheet);
    if (!file.open(QIODevice::ReadOnly))
        refuse(QCoreApplication::translate("convlab::cli", "cannot read the digits %1: %2")
                   .arg(kDigitSheet, file.errorString()));
    const QByteArray bytes = file.readAll();
    return DigitDataset::decode({reinterpret_cast<const std::uint8_t*>(bytes.constData()),
                                 static_cast<std::size_t>(bytes.size())},
                                kDigitSheet.toStdString());
}

QString name()
{
    return QStringLiteral("train");
}

QString summary()
{
    return QCoreApplication::translate(
        "convlab::cli", "Train the lecture's small CNN on 4,000 handwritten digits; write the "
                        "model.");
}

QString usage()
{
    return QStringLiteral("-o MODEL.pt [--own-digits DOC.convlab] [options]");
}

void addOptions(QCommandLineParser& parser, const QStringList&)
{
    const TrainingOptions defaults;
    parser.addOption({kOutput,
                      QCoreApplication::translate(
                          "convlab::cli", "The model file to write: architecture and weights, "
                                          "which Python's torch.jit.load reads too (required)."),
                      QStringLiteral("MODEL")});
    parser.addOption(
        {kEpochs,
         QCoreApplication::translate("convlab::cli", "Passes over the training digits (default "
                                                     "%1).")
             .arg(defaults.epochs),
         QStringLiteral("N")});
    parser.addOption(
        {kSeed,
         QCoreApplication::translate("convlab::cli",
                                     "Seed of the initial weights and of the order of the digits "
                                     "(default %1): the same seed gives the same model.")
             .arg(defaults.seed),
         QStringLiteral("S")});
    parser.addOption({kLearningRate,
                      QCoreApplication::translate(
                          "convlab::cli", "Learning rate at the start, decayed to 0 along a "
                                          "cosine (default %1; SGD with momentum).")
                          .arg(defaults.learningRate),
                      QStringLiteral("X")});
    parser.addOption({kBatch,
                      QCoreApplication::translate("convlab::cli", "Digits per batch (default %1).")
                          .arg(defaults.batchSize),
                      QStringLiteral("B")});
    parser.addOption({kOwnDigits,
                      QCoreApplication::translate(
                          "convlab::cli", "Also train on the digits a student drew and labelled "
                                          "in this .convlab document (the learned page's own "
                                          "digits); the held-out digits stay the same."),
                      QStringLiteral("DOC")});
    parser.addOption({kThreads,
                      QCoreApplication::translate(
                          "convlab::cli", "Threads of libtorch (default %1: the same weights "
                                          "on every run).")
                          .arg(defaults.threads),
                      QStringLiteral("T")});
}

int run(const QCommandLineParser& parser, QTextStream& out)
{
    positionalArguments(parser, name(), {});
    if (!parser.isSet(kOutput))
        refuse(QCoreApplication::translate("convlab::cli", "train needs -o MODEL (the model "
                                                           "file to write)"));
    const QString output = parser.value(kOutput);
    TrainingOptions options;
    options.epochs =
        boundedInteger(parser, kEpochs, 1, TrainingOptions::kMaxEpochs, options.epochs);
    options.seed = static_cast<std::uint64_t>(
        boundedInteger(parser, kSeed, 0, kMaxOptionValue, static_cast<int>(options.seed)));
    options.learningRate = learningRateOption(parser, options.learningRate);
    options.batchSize =
        boundedInteger(parser, kBatch, 1, TrainingOptions::kMaxBatchSize, options.batchSize);
    options.threads =
        boundedInteger(parser, kThreads, 1, TrainingOptions::kMaxThreads, options.threads);
    requireWritableTarget(output);

    DigitDataset data = digitSheet();
    if (parser.isSet(kOwnDigits)) {
        const QString path = parser.value(kOwnDigits);
        QString error;
        const std::optional<DocumentState> document = DocumentFile::load(path, &error);
        if (!document)
            refuse(error);
        std::vector<cv::Mat> pixels;
        std::vector<int> labels;
        for (const OwnDigit& digit : document->ownDigits) {
            pixels.push_back(digit.pixels);
            labels.push_back(digit.label);
        }
        const int sheetTraining =
            static_cast<int>(data.split(DigitDataset::kSplitSeed).train.size());
        data = data.withDigits(pixels, labels);
        out << QCoreApplication::translate("convlab::cli",
                                           "training on %1 digits: the sheet's %2 and %3 of "
                                           "your own from %4")
                   .arg(sheetTraining + static_cast<int>(labels.size()))
                   .arg(sheetTraining)
                   .arg(labels.size())
                   .arg(QDir::toNativeSeparators(path))
            << Qt::endl;
    }
    Network network(Architecture::lecture(), options.seed);
    Trainer trainer(network, data, data.split(DigitDataset::kSplitSeed), options);
    QElapsedTimer clock;
    clock.start();
    qint64 epochStart = 0;
    TrainingResult result;
    {
        ProgressLine line;
        result = trainer.run([&](const TrainingProgress& p) {
            if (!p.epochEnd) {
                line.show(p);
                return;
            }
            line.clear();
            const qint64 now = clock.elapsed();
            out << QCoreApplication::translate(
                       "convlab::cli",
                       "epoch %1/%2: loss %3, train accuracy %4 %, held-out accuracy %5 % "
                       "(%6 s)")
                       .arg(p.epoch)
                       .arg(p.epochs)
                       .arg(p.loss, 0, 'f', 4)
                       .arg(percent(p.trainAccuracy), percent(p.heldOutAccuracy.value_or(0)))
                       .arg((now - epochStart) / 1000.0, 0, 'f', 1)
                << Qt::endl;
            epochStart = now;
        });
    }
    // A diverged run keeps its last good weights, but they are not the model asked for.
    if (result.outcome == TrainingOutcome::Diverged)
        refuse(QString::fromStdString(result.message));
    ModelFile::save(network, output.toStdString());
    out << QCoreApplication::translate("convlab::cli", "wrote %1 (held-out accuracy %2 %, %3 s)")
               .arg(QDir::toNativeSeparators(output), percent(result.heldOutAccuracy.value_or(0)))
               .arg(clock.elapsed() / 1000.0, 0, 'f', 1)
        << Qt::endl;
    return 0;
}

} // namespace

Subcommand trainSubcommand()
{
    return {name, summary, usage, addOptions, run};
}

} // namespace convlab::cli
