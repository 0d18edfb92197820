// SPDX-License-Identifier: MIT
// The lessons' claims about the learned page (learned_gradient, learned_unit, learned_decoder),
// which tst_lessonclaims leaves to this test because they need libtorch: every one of every
// built-in lesson holds, in English and in French, on the networks it names (the page's
// untrained network of seed 1, and the network its Train button gives with the page's
// settings) and on the Decoder tab's run, all computed once with the page's own code
// (LearnedFacts). A tampered claim fails, naming the lesson, the step, the claim and what was
// found. Release: training both takes about 7 s.
#include "LessonFile.h"
#include "export/LessonNotebook.h"
#include "i18n/Language.h"
#include "learn/LearnedClaims.h"
#include "learn/Network.h"
#include "lessons/LessonCatalog.h"
#include "lessons/LessonScript.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace convlab;
using convlab::test::fileOf;
using convlab::test::notesOf;

namespace {

// Every learned claim of a lesson evaluated: what fails, and how many were checked.
QStringList failuresOf(const QJsonObject& file, const QString& name, const QString& language,
                       const LearnedFacts& facts, int* checked)
{
    Language::apply(language);
    QString error;
    const auto script = LessonScript::fromNotes(notesOf(file), &error);
    if (!script)
        return {name + QStringLiteral(": ") + error};
    QStringList failures;
    for (int i = 0; i < script->stepCount(); ++i) {
        const LessonStep& s = script->step(i);
        for (const Expectation& e : s.expectations) {
            if (!e.isLearned())
                continue; // tst_lessonclaims
            ++*checked;
            const QString found = LearnedClaims::failure(e, s, facts);
            if (!found.isEmpty())
                failures << QStringLiteral("%1 (%2), step %3 \"%4\": claim %5 fails: %6")
                                .arg(name, language)
                                .arg(i + 1)
                                .arg(s.title.in(language), e.describe(), found);
        }
    }
    return failures;
}

QString lesson12()
{
    return QStringLiteral(CONVLAB_SOURCE_DIR "/resources/lessons/12_back_to_pixels.convlab");
}

} // namespace

class TestLearnedClaims final : public QObject {
    Q_OBJECT
  private:
    std::optional<LearnedFacts> m_facts;

  private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_facts = LearnedFacts::compute(true, true, &error);
        QVERIFY2(m_facts, qPrintable(error));
        QVERIFY(m_facts->untrained && m_facts->trained);
        QCOMPARE(m_facts->transposed.size(), std::size_t(DecoderOptions{}.epochs + 1));
        QCOMPARE(m_facts->resizeConv.size(), std::size_t(DecoderOptions{}.epochs + 1));
    }
    void cleanup() { Language::apply(QStringLiteral("en")); }

    // The numbers the claims and lesson 12's text state, for whoever edits them.
    void measured()
    {
        LearnedChoice gradient;
        gradient.tab = LearnedChoice::Tab::BackToPixels;
        gradient.stage = QStringLiteral("conv2");
        for (const auto which :
             {Expectation::LearnedNetwork::Untrained, Expectation::LearnedNetwork::Trained}) {
            const PixelsResult r =
                PixelsComputer::compute(m_facts->request(gradient, m_facts->network(which)));
            QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
            qInfo("%s: label %d, conv2 |dL/dx - W^T delta| %.3g of |dL/dx| %.3g (ratio %.3g); "
                  "strongest unit of relu2 map 1 (row %d, col %d), activation %.3g",
                  qPrintable(Expectation::networkName(which)),
                  m_facts->request(gradient, m_facts->network(which)).label,
                  r.gradient.inputDifference, r.gradient.inputGradientScale,
                  r.gradient.inputDifference / r.gradient.inputGradientScale, r.unit.unit->y,
                  r.unit.unit->x,
                  double(r.projection.activation.at<float>(r.unit.unit->y, r.unit.unit->x)));
        }
        LearnedChoice unitChoice;
        unitChoice.tab = LearnedChoice::Tab::BackToPixels;
        for (const auto which :
             {Expectation::LearnedNetwork::Untrained, Expectation::LearnedNetwork::Trained}) {
            const PixelsRequest req = m_facts->request(unitChoice, m_facts->network(which));
            const PixelsResult r = PixelsComputer::compute(req);
            const LayerShape& layer = m_facts->network(which)->shapes().layer("relu2");
            const cv::Point u = *r.unit.unit;
            const cv::Rect field =
                cv::Rect(layer.fieldStart + u.x * layer.jump, layer.fieldStart + u.y * layer.jump,
                         layer.receptiveField, layer.receptiveField) &
                cv::Rect(0, 0, 20, 20);
            const double ink = cv::sum(req.digit)[0];
            qInfo("%s: the unit's field rows %d-%d, columns %d-%d; %.3f of the ink outside it",
                  qPrintable(Expectation::networkName(which)), field.y, field.y + field.height - 1,
                  field.x, field.x + field.width - 1, 1 - cv::sum(req.digit(field))[0] / ink);
        }
        const double d = m_facts->digitsEnergy;
        for (std::size_t e = 0; e < m_facts->transposed.size(); ++e)
            qInfo("epoch %d: transposed %.3g (%.3g x digits), resize-conv %.3g (%.3g x)",
                  m_facts->transposed[e].epoch, m_facts->transposed[e].checkerboardEnergy,
                  m_facts->transposed[e].checkerboardEnergy / d,
                  m_facts->resizeConv[e].checkerboardEnergy,
                  m_facts->resizeConv[e].checkerboardEnergy / d);
    }

    // The notebook builds the lecture's network in PyTorch from its own table (convlab_model
    // does not link libtorch): the same as the shape table's.
    void theNotebooksNetworkIsTheLectures()
    {
        const Network& network = *m_facts->untrained;
        QCOMPARE(network.architecture().stages.size(), LessonNotebook::lectureStages().size());
        for (std::size_t i = 0; i < LessonNotebook::lectureStages().size(); ++i) {
            const LessonNotebook::LectureStage& s = LessonNotebook::lectureStages()[i];
            const int stage = static_cast<int>(i);
            const LayerShape& conv = network.shapes().layer(convLayerName(stage));
            const LayerShape& pool = network.shapes().layer(poolLayerName(stage));
            const ConvStage& a = network.architecture().stages[i];
            QCOMPARE(s.inChannels, conv.inChannels);
            QCOMPARE(s.channels, conv.channels);
            QCOMPARE(s.inSize, conv.inSize);
            QCOMPARE(s.kernel, a.kernel);
            QCOMPARE(s.stride, a.stride);
            QCOMPARE(s.padding, a.padding);
            QCOMPARE(s.pool, a.pool);
            QCOMPARE(pool.size, conv.size / s.pool);
        }
    }

    void everyLearnedClaimHolds_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("fr") << QStringLiteral("fr");
    }
    void everyLearnedClaimHolds()
    {
        QFETCH(QString, language);
        QStringList failures;
        int checked = 0;
        QStringList paths;
        for (const LessonCatalog::Entry& entry : LessonCatalog::builtIn())
            paths << entry.path;
        // A teacher's own lessons, as tst_lessonclaims: CONVLAB_CHECK_LESSONS=/their/folder
        const QDir extra(qEnvironmentVariable("CONVLAB_CHECK_LESSONS"));
        if (qEnvironmentVariableIsSet("CONVLAB_CHECK_LESSONS"))
            for (const QString& name : extra.entryList({QStringLiteral("*.convlab")}, QDir::Files))
                paths << extra.filePath(name);
        for (const QString& path : std::as_const(paths))
            failures << failuresOf(fileOf(path), QFileInfo(path).fileName(), language, *m_facts,
                                   &checked);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
        QVERIFY2(checked >= 3, qPrintable(QStringLiteral("%1 learned claims").arg(checked)));
    }

    // Lesson 12 with one number of each claim changed: each fails, naming the step, the claim
    // and what the page shows instead.
    void aTamperedClaimFailsNamingStepAndClaim_data()
    {
        QTest::addColumn<int>("step");  // 1-based
        QTest::addColumn<int>("index"); // of the claim in the step's list
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("found");
        QTest::addRow("gradient") << 3 << 0 << "relative_difference" << QJsonValue(1e-12)
                                  << "on the untrained network, the largest |∂L/∂x − Wᵀδ|";
        QTest::addRow("input") << 3 << 0 << "input" << QJsonValue(QJsonArray{8, 20, 20})
                               << "on the untrained network, conv2's input is 8 × 10 × 10 values";
        QTest::addRow("field") << 5 << 0 << "field" << QJsonValue(13)
                               << "a unit of relu2 sees 14 × 14";
        QTest::addRow("start") << 7 << 0 << "start_above" << QJsonValue(1000)
                               << "before training the transposed decoder's checkerboard energy";
        QTest::addRow("end") << 7 << 0 << "end_within" << QJsonValue(QJsonArray{2, 3})
                             << "after epoch 8 it is";
        QTest::addRow("resize") << 7 << 0 << "resize_below" << QJsonValue(0.001)
                                << "the resize-conv decoder's reaches";
        QTest::addRow("ink") << 5 << 1 << "ink_outside" << QJsonValue(0.9)
                             << "on the trained network, 0.751 of the digit's ink lies outside";
    }
    void aTamperedClaimFailsNamingStepAndClaim()
    {
        QFETCH(int, step);
        QFETCH(int, index);
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, found);
        QJsonObject file = fileOf(lesson12());
        QJsonObject lesson = file.value(QStringLiteral("lesson")).toObject();
        QJsonArray steps = lesson.value(QStringLiteral("steps")).toArray();
        QJsonObject s = steps[step - 1].toObject();
        QJsonArray claims = s.value(QStringLiteral("expect")).toArray();
        QVERIFY(claims.size() > index);
        QJsonObject claim = claims[index].toObject();
        QVERIFY2(claim.contains(key), qPrintable(key));
        claim[key] = value;
        claims[index] = claim;
        s[QStringLiteral("expect")] = claims;
        steps[step - 1] = s;
        lesson[QStringLiteral("steps")] = steps;
        file[QStringLiteral("lesson")] = lesson;
        int checked = 0;
        const QStringList failures =
            failuresOf(file, QStringLiteral("12_back_to_pixels.convlab"), "fr", *m_facts, &checked);
        QCOMPARE(failures.size(), 1);
        const QString claimText =
            QString::fromUtf8(QJsonDocument(claim).toJson(QJsonDocument::Compact));
        QVERIFY2(failures[0].startsWith(
                     QStringLiteral("12_back_to_pixels.convlab (fr), step %1 ").arg(step)),
                 qPrintable(failures[0]));
        QVERIFY2(failures[0].contains(QStringLiteral("claim %1 fails: ").arg(claimText)),
                 qPrintable(failures[0]));
        QVERIFY2(failures[0].contains(found), qPrintable(failures[0]));
    }

    // The claims hold for a reason, not by accident: a unit chosen at a corner of relu2 still
    // comes back only inside its field (clipped to the digit), on both networks, and a claim
    // on a network that was not computed says so.
    void theFieldHoldsForAnyUnitAndMissingNetworksAreNamed()
    {
        QString error;
        LessonNotes notes;
        notes.steps = {QJsonDocument::fromJson(R"({"title": "U", "text": "<p>u</p>",
            "learned": {"tab": "back_to_pixels", "part": "unit", "layer": "pool2",
                        "unit": [0, 4], "map": 3},
            "expect": [{"claim": "learned_unit", "networks": ["untrained", "trained"],
                        "field": 16}]})")
                           .object()};
        const auto script = LessonScript::fromNotes(notes, &error);
        QVERIFY2(script, qPrintable(error));
        const LessonStep& s = script->step(0);
        const QString found = LearnedClaims::failure(s.expectations[0], s, *m_facts);
        QVERIFY2(found.isEmpty(), qPrintable(found));
        LearnedFacts untrainedOnly = *m_facts;
        untrainedOnly.trained.reset();
        QCOMPARE(LearnedClaims::failure(s.expectations[0], s, untrainedOnly),
                 QStringLiteral("on the trained network: it was not computed"));
    }
};

QTEST_MAIN(TestLearnedClaims)
#include "tst_learnedclaims.moc"
