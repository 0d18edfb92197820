// SPDX-License-Identifier: MIT
#include "ArgumentParsing.h"
#include "io/ArrayIO.h"
#include "learn/DigitImage.h"
#include "learn/ModelFile.h"
#include "subcommands/Subcommand.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace convlab::cli {

namespace {

const QString kJson = QStringLiteral("json");

QString name()
{
    return QStringLiteral("predict");
}

QString summary()
{
    return QCoreApplication::translate(
        "convlab::cli", "The digit a trained model (convlab train) reads in an image, with the "
                        "ten probabilities.");
}

QString usage()
{
    return QStringLiteral("MODEL IMAGE [--json]");
}

void addOptions(QCommandLineParser& parser, const QStringList&)
{
    parser.addPositionalArgument(
        QStringLiteral("MODEL"),
        QCoreApplication::translate("convlab::cli", "A model written by convlab train."));
    parser.addPositionalArgument(
        QStringLiteral("IMAGE"),
        QCoreApplication::translate("convlab::cli",
                                    "One digit, read as grayscale: 20×20 as it is, any other size "
                                    "cropped to the ink, scaled and centred as the training digits "
                                    "are; dark ink on a light background is inverted first."));
    parser.addOption({kJson, QCoreApplication::translate(
                                 "convlab::cli", "Print {\"digit\": d, \"probabilities\": [ten "
                                                 "numbers]} as JSON.")});
}

int run(const QCommandLineParser& parser, QTextStream& out)
{
    const QStringList files =
        positionalArguments(parser, name(), {QStringLiteral("MODEL"), QStringLiteral("IMAGE")});
    const Network network = ModelFile::load(files[0].toStdString());
    const cv::Mat digit = prepareDigit(readImage(files[1].toStdString()));
    const Prediction prediction = network.predict(digit);

    if (parser.isSet(kJson)) {
        QJsonArray probabilities;
        for (const float p : prediction.probabilities)
            probabilities.append(static_cast<double>(p));
        const QJsonObject report{{QStringLiteral("digit"), prediction.digit},
                                 {QStringLiteral("probabilities"), probabilities}};
        out << QJsonDocument(report).toJson();
        return 0;
    }
    out << QCoreApplication::translate("convlab::cli", "digit %1 (probability %2)")
               .arg(prediction.digit)
               .arg(static_cast<double>(
                        prediction.probabilities[static_cast<std::size_t>(prediction.digit)]),
                    0, 'f', 4)
        << Qt::endl;
    for (std::size_t d = 0; d < prediction.probabilities.size(); ++d)
        out << QStringLiteral("  %1  %2")
                   .arg(d)
                   .arg(static_cast<double>(prediction.probabilities[d]), 0, 'f', 4)
            << Qt::endl;
    return 0;
}

} // namespace

Subcommand predictSubcommand()
{
    return {name, summary, usage, addOptions, run};
}

} // namespace convlab::cli
