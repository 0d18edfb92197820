// SPDX-License-Identifier: MIT
#include "io/ArrayIO.h"
#include "ops/TemplateMatch.h"
#include "subcommands/OperationOptions.h"
#include "subcommands/Subcommand.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <charconv>
#include <cstdlib>
#include <vector>

namespace convlab::cli {

namespace {

// The shortest decimal that reads back as the same float32, as a double: QJsonDocument then
// prints "0.93" rather than the double expansion 0.930000007152557.
double jsonScore(float score)
{
    char text[32];
    const auto result = std::to_chars(text, text + sizeof text - 1, score);
    *result.ptr = '\0';
    return std::strtod(text, nullptr);
}

QString scoreText(float score)
{
    return QString::number(static_cast<double>(score), 'g', 6);
}

// Rows and columns of the image under the patch placed at a peak, inclusive.
QString placeText(const Peak& peak)
{
    return QCoreApplication::translate("convlab::cli", "rows %1–%2, cols %3–%4")
        .arg(peak.rect.y)
        .arg(peak.rect.y + peak.rect.height - 1)
        .arg(peak.rect.x)
        .arg(peak.rect.x + peak.rect.width - 1);
}

QJsonDocument jsonReport(MatchMethod method, const cv::Mat& response,
                         const std::vector<Peak>& peaks, int undefinedCells)
{
    QJsonArray peakList;
    for (const Peak& peak : peaks) {
        peakList.append(QJsonObject{
            {QStringLiteral("row"), peak.row},
            {QStringLiteral("col"), peak.col},
            {QStringLiteral("score"), jsonScore(peak.score)},
            {QStringLiteral("rect"),
             QJsonArray{peak.rect.y, peak.rect.x, peak.rect.height, peak.rect.width}},
        });
    }
    return QJsonDocument(QJsonObject{
        {QStringLiteral("method"), QString::fromStdString(toString(method))},
        {QStringLiteral("response_shape"), QJsonArray{response.rows, response.cols}},
        {QStringLiteral("peaks"), peakList},
        {QStringLiteral("undefined_cells"), undefinedCells},
    });
}

void textReport(QTextStream& out, const cv::Mat& response, const std::vector<Peak>& peaks,
                int undefinedCells)
{
    const long long cells = static_cast<long long>(response.total());
    if (peaks.empty()) {
        out << QCoreApplication::translate("convlab::cli",
                                           "no match: all %1 scores are undefined (0/0: the patch "
                                           "is flat, or every window is)")
                   .arg(cells)
            << Qt::endl;
        return;
    }
    const Peak& best = peaks.front();
    out << QCoreApplication::translate("convlab::cli", "best match at (row %1, col %2), score %3")
               .arg(best.row)
               .arg(best.col)
               .arg(scoreText(best.score))
        << Qt::endl;
    out << QCoreApplication::translate("convlab::cli", "patch %1×%2 at %3 of the image")
               .arg(best.rect.height)
               .arg(best.rect.width)
               .arg(placeText(best))
        << Qt::endl;
    for (std::size_t i = 1; i < peaks.size(); ++i) {
        const Peak& peak = peaks[i];
        out << QCoreApplication::translate("convlab::cli",
                                           "peak %1 at (row %2, col %3), score %4: %5")
                   .arg(i + 1)
                   .arg(peak.row)
                   .arg(peak.col)
                   .arg(scoreText(peak.score))
                   .arg(placeText(peak))
            << Qt::endl;
    }
    if (undefinedCells > 0)
        out << QCoreApplication::translate("convlab::cli",
                                           "%1 of %2 scores are undefined (0/0: a flat window or "
                                           "patch) and are not peaks")
                   .arg(undefinedCells)
                   .arg(cells)
            << Qt::endl;
}

QString name()
{
    return QStringLiteral("match");
}

QString summary()
{
    return QCoreApplication::translate(
        "convlab::cli", "Find PATCH in IMAGE (OpenCV's matchTemplate): the best peaks as "
                        "(row, col), numpy's convention.");
}

QString usage()
{
    return QStringLiteral("IMAGE PATCH [options]");
}

void addOptions(QCommandLineParser& parser, const QStringList&)
{
    parser.addPositionalArgument(
        QStringLiteral("IMAGE"),
        QCoreApplication::translate("convlab::cli", "Image (grayscale), .npy or .txt matrix."));
    parser.addPositionalArgument(
        QStringLiteral("PATCH"),
        QCoreApplication::translate("convlab::cli", "The pattern to find: image, .npy or .txt."));
    addOutputOption(parser, QCoreApplication::translate(
                                "convlab::cli", "Also write the response map: .npy, .txt, .csv, or "
                                                ".png (min–max normalised)."));
    addMatchOptions(parser);
}

int run(const QCommandLineParser& parser, QTextStream& out)
{
    const QStringList files =
        positionalArguments(parser, name(), {QStringLiteral("IMAGE"), QStringLiteral("PATCH")});
    const QString responsePath = hasOutputOption(parser) ? outputPath(parser) : QString();
    const MatchArguments arguments = readMatchArguments(parser);

    const cv::Mat image = readArray(files[0].toStdString());
    const cv::Mat patch = readArray(files[1].toStdString());
    const cv::Mat response = matchTemplate(image, patch, arguments.method);
    const std::vector<Peak> peaks =
        findPeaks(response, arguments.method, patch.size(), arguments.peaks);
    const int undefinedCells = countUndefined(response);
    if (!responsePath.isEmpty())
        writeArray(responsePath.toStdString(), response);

    if (arguments.json)
        out << jsonReport(arguments.method, response, peaks, undefinedCells).toJson();
    else
        textReport(out, response, peaks, undefinedCells);
    return 0;
}

} // namespace

Subcommand matchSubcommand()
{
    return {name, summary, usage, addOptions, run};
}

} // namespace convlab::cli
