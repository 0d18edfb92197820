// SPDX-License-Identifier: MIT
// CoreMessages: core's English errors, provoked for real, reach French with their numbers
// (written the French way) and stay exactly as core wrote them in English.
#include "Error.h"
#include "codegen/CodeGenerator.h"
#include "color/Colormap.h"
#include "geometry/ConvGeometry.h"
#include "i18n/CoreMessages.h"
#include "i18n/Language.h"
#include "io/ArrayIO.h"
#include "kernels/KernelPresets.h"
#include "ops/Conv2d.h"
#include "ops/ImageOps.h"
#include "ops/Pool.h"
#include "ops/StepTrace.h"
#include "ops/TemplateMatch.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <functional>
#include <limits>

using namespace convlab;

using Provoke = std::function<void()>;
Q_DECLARE_METATYPE(Provoke)

namespace {

// The message of the convlab::Error that `provoke` throws; empty if it throws none.
QString messageOf(const Provoke& provoke)
{
    try {
        provoke();
    } catch (const Error& error) {
        return QString::fromUtf8(error.what());
    }
    return {};
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
    return path;
}

cv::Mat ones(int rows, int cols, int channels = 1)
{
    return cv::Mat(rows, cols, CV_32FC(channels), cv::Scalar::all(1));
}

} // namespace

class TestCoreMessages : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

  private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void cleanup() { Language::apply(QStringLiteral("en")); }

    void provokedErrorsReadInFrench_data()
    {
        QTest::addColumn<Provoke>("provoke");
        QTest::addColumn<QString>("french");

        QTest::addRow("kernel larger than the input")
            << Provoke([] {
                   ConvGeometry2d{{7, 7}, {9, 9}, {1, 1}, {}, {1, 1}}.convOutput();
               })
            << QStringLiteral("sur les lignes, le noyau (taille 9) est plus grand que l'entrée "
                              "après remplissage (taille 7)");
        QTest::addRow("dilated kernel larger than the padded input") << Provoke([] {
            ConvGeometry2d{{20, 7}, {3, 3}, {1, 1}, Padding::symmetric(0, 1), {1, 5}}.convOutput();
        })
                                                                     << QStringLiteral(
                                                                            "sur les colonnes, le "
                                                                            "noyau (taille 3, 11 "
                                                                            "une fois dilaté) est "
                                                                            "plus grand que "
                                                                            "l'entrée après "
                                                                            "remplissage (taille "
                                                                            "9)");
        QTest::addRow("stride 0") << Provoke([] {
            convOutputSize({5, 3, 0});
        }) << QStringLiteral("le pas doit valoir au moins 1 (valeur : 0)");
        QTest::addRow("negative padding") << Provoke([] {
            convOutputSize({5, 3, 1, -1});
        }) << QStringLiteral("le remplissage ne doit pas être négatif (valeur : -1)");
        QTest::addRow("output padding too large")
            << Provoke([] {
                   transposedOutputSize({3, 3, 2, 0, 0, 1, 2});
               })
            << QStringLiteral("le remplissage de sortie 2 doit être inférieur au pas 2 ou à la "
                              "dilatation 1");
        QTest::addRow("patch larger than the image")
            << Provoke([] { matchTemplate(ones(3, 3), ones(5, 4), MatchMethod::CCoeffNormed); })
            << QStringLiteral("le patch 5×4 est plus grand que l'image 3×3 (lignes × colonnes)");
        QTest::addRow("unknown method")
            << Provoke([] { matchMethodFromString("best"); })
            << QStringLiteral("méthode inconnue « best » (valeurs possibles : sqdiff, "
                              "sqdiff_normed, ccorr, ccorr_normed, ccoeff, ccoeff_normed)");
        QTest::addRow("pooling padding over half the window")
            << Provoke([] {
                   pool2d(ones(4, 4), {{2, 2}, {2, 2}, Padding::uniform(3)});
               })
            << QStringLiteral("sur les lignes, le remplissage de 3 en haut doit valoir au plus "
                              "la moitié de la taille de pooling 2");
        QTest::addRow("reflect padding as large as the image")
            << Provoke([] {
                   ConvParams params;
                   params.padding = Padding::uniform(3);
                   params.paddingMode = PaddingMode::Reflect;
                   validateConv(ones(3, 3), ones(1, 1), params);
               })
            << QStringLiteral("le remplissage reflect de 3 en haut doit être inférieur à la "
                              "hauteur de l'image (3)");
        QTest::addRow("NaN in the input") << Provoke([] {
            cv::Mat input = ones(4, 4);
            input.at<float>(1, 2) = std::numeric_limits<float>::quiet_NaN();
            conv2d(input, ones(3, 3), {});
        }) << QStringLiteral("l'entrée contient une valeur NaN en (ligne 1, colonne 2)");
        QTest::addRow("kernel channels")
            << Provoke([] { validateConv(ones(5, 5, 3), ones(3, 3, 2), {}); })
            << QStringLiteral("le noyau a 2 canaux mais l'entrée en a 3 ; donnez-lui 1 ou 3 "
                              "canaux");
        QTest::addRow("all-zero kernel")
            << Provoke([] { normaliseKernel(cv::Mat::zeros(3, 3, CV_32F)); })
            << QStringLiteral("impossible de normaliser un noyau entièrement nul");
        QTest::addRow("preset size")
            << Provoke([] {
                   makeKernel({KernelPreset::SobelX, {4, 4}});
               })
            << QStringLiteral("le noyau sobel_x n'existe pas en taille 4×4 (il demande une taille "
                              "carrée impaire de 3×3 à 31×31)");
        QTest::addRow("scaling to nothing")
            << Provoke([] { scaleOp(ones(4, 4), 0.0001, 1); })
            << QStringLiteral("mettre à l'échelle (0,0001, 1) une image de 4 de large × 4 de haut "
                              "laisse 0 × 4 pixels");
        QTest::addRow("crop outside")
            << Provoke([] { cropOp(ones(4, 4), cv::Rect(2, 2, 5, 5)); })
            << QStringLiteral("le rectangle de recadrage en (x 2, y 2), de 5 de large × 5 de "
                              "haut, ne tient pas dans l'image de 4 de large × 4 de haut");
        QTest::addRow("step out of range")
            << Provoke([] { convStep(ones(5, 5), ones(1, 1), {}, 1000); })
            << QStringLiteral("l'étape 1000 est hors limites : il y a 25 étapes (de 0 à 24)");
        QTest::addRow("padding mode")
            << Provoke([] { paddingModeFromString("mirror"); })
            << QStringLiteral("mode de remplissage inconnu « mirror » (valeurs possibles : zeros, "
                              "reflect, replicate, circular)");
        QTest::addRow("colormap") << Provoke([] { colormapFromString("jet"); })
                                  << QStringLiteral("palette de couleurs inconnue « jet » "
                                                    "(choisissez viridis, gray, magma ou "
                                                    "diverging)");
        QTest::addRow("code language")
            << Provoke([] { codeLanguageFromString("julia"); })
            << QStringLiteral("langage inconnu « julia » (numpy, pytorch ou opencv attendu)");
    }

    void provokedErrorsReadInFrench()
    {
        QFETCH(Provoke, provoke);
        QFETCH(QString, french);
        const QString english = messageOf(provoke);
        QVERIFY2(!english.isEmpty(), "no convlab::Error was thrown");
        QVERIFY2(CoreMessages::recognises(english), qPrintable(english));
        QCOMPARE(CoreMessages::translate(english), english);
        Language::apply(QStringLiteral("fr"));
        QCOMPARE(CoreMessages::translate(english), french);
    }

    // Files: the paths stay as they are, the rest is French.
    void fileErrorsReadInFrench()
    {
        const QString nan = writeFile(m_dir, QStringLiteral("nan.txt"), "1 2\n3 nan\n");
        const QString ragged = writeFile(m_dir, QStringLiteral("ragged.csv"), "1,2\n3\n");
        const QString npy = writeFile(m_dir, QStringLiteral("text.npy"), "hello, world");
        const QString missing = m_dir.filePath(QStringLiteral("missing.npy"));
        const QString bitmap = m_dir.filePath(QStringLiteral("out.bmp"));
        const QStringList english = {
            messageOf([&] { readArray(nan.toStdString()); }),
            messageOf([&] { readArray(ragged.toStdString()); }),
            messageOf([&] { readArray(npy.toStdString()); }),
            messageOf([&] { readArray(missing.toStdString()); }),
            messageOf([&] { writeArray(bitmap.toStdString(), ones(2, 2)); }),
        };
        for (const QString& message : english)
            QVERIFY2(CoreMessages::recognises(message), qPrintable(message));
        Language::apply(QStringLiteral("fr"));
        QCOMPARE(CoreMessages::translate(english[0]),
                 nan + QStringLiteral(", ligne 2 contient NaN en (ligne 1, colonne 1) ; ConvLab "
                                      "demande des nombres finis"));
        QCOMPARE(CoreMessages::translate(english[1]),
                 ragged + QStringLiteral(", ligne 2 a 1 valeurs mais la ligne 1 en a 2"));
        QCOMPARE(CoreMessages::translate(english[2]),
                 npy + QStringLiteral(" n'est pas un fichier .npy (il ne commence pas par "
                                      "\\x93NUMPY)"));
        QVERIFY2(CoreMessages::translate(english[3])
                     .startsWith(QStringLiteral("impossible d'ouvrir ") + missing +
                                 QStringLiteral(" : ")),
                 qPrintable(CoreMessages::translate(english[3])));
        QCOMPARE(CoreMessages::translate(english[4]),
                 QStringLiteral("impossible d'écrire ") + bitmap +
                     QStringLiteral(" : ConvLab écrit des fichiers .npy, .txt, .csv et .png"));
    }

    // Every template of the catalogue matches an instance of itself, with one typed part per
    // placeholder, and reads differently in French unless it is a bare unit.
    void everyTemplateMatchesItsOwnInstances()
    {
        const QList<CoreMessages::Sample> samples = CoreMessages::samples();
        QVERIFY(samples.size() > 100);
        for (const CoreMessages::Sample& sample : samples) {
            QVERIFY2(sample.placeholders == sample.parts, qPrintable(sample.english));
            QVERIFY2(CoreMessages::recognises(sample.instance), qPrintable(sample.instance));
            QCOMPARE(CoreMessages::translate(sample.instance), sample.instance);
        }
        Language::apply(QStringLiteral("fr"));
        static const QRegularExpression twoWords(QStringLiteral("[a-z]{2,}\\W+[a-z]{2,}"));
        for (const CoreMessages::Sample& sample : samples)
            if (sample.english.contains(twoWords))
                QVERIFY2(CoreMessages::translate(sample.instance) != sample.instance,
                         qPrintable(sample.instance));
    }

    void unknownMessagesStayAsTheyAre()
    {
        Language::apply(QStringLiteral("fr"));
        const QString message = QStringLiteral("something core never said (7)");
        QVERIFY(!CoreMessages::recognises(message));
        QCOMPARE(CoreMessages::translate(message), message);
        // An axis suffix alone is not enough: what it wraps must be known too.
        QVERIFY(!CoreMessages::recognises(QStringLiteral("something else (rows)")));
    }
};

QTEST_MAIN(TestCoreMessages)
#include "tst_coremessages.moc"
