// SPDX-License-Identifier: MIT
#include "TestData.h"
#include "commands/PaintCommand.h"
#include "commands/PixelDelta.h"
#include "commands/SetFieldsCommand.h"
#include "commands/SetImageCommand.h"
#include "commands/SetOwnDigitsCommand.h"
#include "commands/SetPatchCommand.h"

#include <QSignalSpy>
#include <QTest>
#include <random>

using namespace convlab;

namespace {

DocumentState randomState(std::mt19937& rng, int rows, int cols)
{
    DocumentState state;
    state.image = test::randomMat(rng, rows, cols, 1, 0.f, 1.f);
    state.patch = test::randomMat(rng, 4, 4);
    return state;
}

bool identical(const cv::Mat& a, const cv::Mat& b)
{
    return a.size() == b.size() && a.type() == b.type() && cv::norm(a, b, cv::NORM_INF) == 0;
}

QRect fill(cv::Mat& m, const QRect& rect, float value)
{
    m(cv::Rect(rect.x(), rect.y(), rect.width(), rect.height())).setTo(value);
    return rect;
}

} // namespace

class TestCommands : public QObject {
    Q_OBJECT
  private slots:
    void paintRedoUndo()
    {
        std::mt19937 rng(1);
        Document lesson(randomState(rng, 20, 30));
        const cv::Mat before = lesson.image().clone();
        cv::Mat edited = before.clone();
        const QRect dirty = fill(edited, QRect(3, 4, 5, 6), 0.5f);
        PaintCommand command(&lesson, PaintCommand::Target::Image, edited, dirty, 1);
        QVERIFY(identical(lesson.image(), before)); // constructing changes nothing
        command.redo();
        QVERIFY(identical(lesson.image(), edited));
        command.undo();
        QVERIFY(identical(lesson.image(), before));
        QCOMPARE(command.id(), PaintCommand::kId);
    }

    void paintKeepsOnlyTheTouchedTiles()
    {
        std::mt19937 rng(2);
        const cv::Mat before = test::randomMat(rng, 1080, 1920, 1, 0.f, 1.f);
        cv::Mat after = before.clone();
        const QRect dirty = fill(after, QRect(650, 300, 10, 10), 1.f);
        const PixelDelta delta(before, after, dirty);
        // One 64×64 tile, not the 1920×1080 image.
        QCOMPARE(delta.bounds(), QRect(640, 256, 64, 64));
        QCOMPARE(delta.changed(), dirty); // what a live view redraws: only the painted cells
        cv::Mat target = before.clone();
        delta.applyAfter(target);
        QVERIFY(identical(target, after));
        delta.applyBefore(target);
        QVERIFY(identical(target, before));
    }

    // Merging moves of one stroke equals one delta from the start to the end, checked on
    // random overlapping moves against a plain before/after comparison.
    void mergedMovesUndoTheWholeStroke()
    {
        std::mt19937 rng(3);
        Document lesson(randomState(rng, 130, 170));
        const cv::Mat start = lesson.image().clone();
        cv::Mat working = start.clone();
        std::uniform_int_distribution<int> x(0, 160), y(0, 120), size(1, 10);
        std::unique_ptr<PaintCommand> first;
        QRect stroke; // every cell the moves painted, as their bounding box
        for (int move = 0; move < 25; ++move) {
            const QRect dirty = fill(working, QRect(x(rng), y(rng), size(rng), size(rng)),
                                     static_cast<float>(move) / 25.f);
            stroke |= dirty.intersected(QRect(0, 0, 170, 130));
            auto command = std::make_unique<PaintCommand>(&lesson, PaintCommand::Target::Image,
                                                          working, dirty, 5);
            command->redo();
            if (!first)
                first = std::move(command);
            else
                QVERIFY(first->mergeWith(command.get()));
        }
        QVERIFY(identical(lesson.image(), working));
        QSignalSpy changed(&lesson, &Document::imageChanged);
        first->undo();
        QVERIFY(identical(lesson.image(), start));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.last().at(0).toRect(), stroke); // the painted cells, not whole tiles
        first->redo();
        QVERIFY(identical(lesson.image(), working));
        QVERIFY(!first->isObsolete());
    }

    void paintMergesOnlyTheSameStrokeAndLayer()
    {
        std::mt19937 rng(4);
        Document lesson(randomState(rng, 10, 10));
        cv::Mat image = lesson.image().clone();
        PaintCommand a(&lesson, PaintCommand::Target::Image, image, fill(image, {1, 1, 2, 2}, 1),
                       1);
        PaintCommand b(&lesson, PaintCommand::Target::Image, image, fill(image, {5, 5, 2, 2}, 1),
                       2);
        cv::Mat patch = lesson.patch().clone();
        PaintCommand c(&lesson, PaintCommand::Target::Patch, patch, fill(patch, {0, 0, 1, 1}, 3),
                       1);
        QVERIFY(!a.mergeWith(&b));
        QVERIFY(!a.mergeWith(&c));
    }

    void aStrokeThatPaintsBackWhatWasThereIsObsolete()
    {
        std::mt19937 rng(5);
        Document lesson(randomState(rng, 10, 10));
        const cv::Mat start = lesson.image().clone();
        cv::Mat working = start.clone();
        PaintCommand first(&lesson, PaintCommand::Target::Image, working,
                           fill(working, {2, 2, 3, 3}, 1.f), 8);
        first.redo();
        start.copyTo(working);
        PaintCommand second(&lesson, PaintCommand::Target::Image, working, QRect(2, 2, 3, 3), 8);
        second.redo();
        QVERIFY(first.mergeWith(&second));
        QVERIFY(first.isObsolete());
    }

    void patchPaintAndSetPatch()
    {
        std::mt19937 rng(6);
        Document lesson(randomState(rng, 10, 10));
        const cv::Mat before = lesson.patch().clone();
        cv::Mat edited = before.clone();
        PaintCommand paint(&lesson, PaintCommand::Target::Patch, edited,
                           fill(edited, {1, 2, 2, 1}, -2.f), 3);
        paint.redo();
        QVERIFY(identical(lesson.patch(), edited));
        paint.undo();
        QVERIFY(identical(lesson.patch(), before));

        const cv::Mat preset = test::randomMat(rng, 7, 2);
        SetPatchCommand set(&lesson, preset, QStringLiteral("Sobel"));
        QCOMPARE(set.text(), QStringLiteral("Sobel"));
        set.redo();
        QVERIFY(identical(lesson.patch(), preset));
        set.undo();
        QVERIFY(identical(lesson.patch(), before));
    }

    void setImageChangesSizeBothWays()
    {
        std::mt19937 rng(7);
        Document lesson(randomState(rng, 10, 12));
        const cv::Mat before = lesson.image().clone();
        cv::Mat bigger = test::randomMat(rng, 33, 21, 1, 0.f, 1.f);
        SetImageCommand command(&lesson, bigger, QStringLiteral("Open"));
        bigger.setTo(0); // the command kept its own copy
        command.redo();
        QCOMPARE(lesson.image().rows, 33);
        QVERIFY(cv::norm(lesson.image(), cv::NORM_INF) > 0);
        command.undo();
        QVERIFY(identical(lesson.image(), before));
    }

    void setOwnDigitsPutsTheListBackOnUndo()
    {
        std::mt19937 rng(8);
        DocumentState state = randomState(rng, 10, 12);
        const cv::Mat three = test::randomMat(rng, 20, 20, 1, 0.f, 1.f);
        const cv::Mat five = test::randomMat(rng, 20, 20, 1, 0.f, 1.f);
        state.ownDigits = {{three, 3}, {five, 5}};
        Document lesson(state);
        QSignalSpy changed(&lesson, &Document::ownDigitsChanged);
        std::vector<OwnDigit> after = OwnDigits::clone(lesson.ownDigits());
        after.erase(after.begin()); // the 3 removed
        SetOwnDigitsCommand command(&lesson, after, QStringLiteral("Remove"));
        after.front().pixels.setTo(0); // the command kept its own copy

        command.redo();

        QCOMPARE(lesson.ownDigits().size(), std::size_t{1});
        QCOMPARE(lesson.ownDigits()[0].label, 5);
        QVERIFY(identical(lesson.ownDigits()[0].pixels, five));
        command.undo();
        QCOMPARE(lesson.ownDigits().size(), std::size_t{2});
        QCOMPARE(lesson.ownDigits()[0].label, 3);
        QVERIFY(identical(lesson.ownDigits()[0].pixels, three));
        QCOMPARE(changed.count(), 2);
    }

    void parametersMergeByField()
    {
        std::mt19937 rng(8);
        Document lesson(randomState(rng, 10, 10));
        const Parameters start = lesson.parameters();
        Parameters p = start;
        p.conv.stride = {2, 2};
        SetParametersCommand first(&lesson, p);
        first.redo();
        p.conv.stride = {3, 1};
        SetParametersCommand second(&lesson, p);
        second.redo();
        Parameters q = p;
        q.conv.paddingMode = PaddingMode::Reflect;
        SetParametersCommand other(&lesson, q);

        QVERIFY(!first.mergeWith(&other));
        QVERIFY(first.mergeWith(&second));
        QVERIFY(!first.isObsolete());
        first.undo();
        QVERIFY(lesson.parameters() == start);
        first.redo();
        QVERIFY(lesson.parameters() == p);

        SetParametersCommand back(&lesson, start);
        back.redo();
        QVERIFY(first.mergeWith(&back));
        QVERIFY(first.isObsolete());
        QCOMPARE(first.id(), SetParametersCommand::kId);
    }

    void changedFieldsNamesEachControl()
    {
        Parameters a, b;
        QCOMPARE(changedFields(a, b), 0u);
        b.pool.size = {3, 3};
        b.peaks.topK = 5;
        QCOMPARE(changedFields(a, b), unsigned(FieldPoolSize | FieldPeakTopK));
        b = a;
        b.conv.trueConvolution = true; // follows the operation, not a setting of its own
        QCOMPARE(changedFields(a, b), 0u);
        QVERIFY(a == b);
        b.operation = Parameters::Operation::TrueConvolution;
        QVERIFY(b.effectiveConv().trueConvolution);
        QCOMPARE(changedFields(a, b), unsigned(FieldOperation));
    }

    void viewSettingsMergeByField()
    {
        std::mt19937 rng(9);
        Document lesson(randomState(rng, 10, 10));
        const ViewSettings start = lesson.viewSettings();
        ViewSettings v = start;
        v.autoRange = false;
        v.rangeHigh = 0.5;
        SetViewSettingsCommand first(&lesson, v);
        first.redo();
        v.rangeHigh = 0.7;
        SetViewSettingsCommand second(&lesson, v);
        second.redo();
        ViewSettings w = v;
        w.overlay = true;
        SetViewSettingsCommand other(&lesson, w);
        QVERIFY(first.mergeWith(&second));
        QVERIFY(!first.mergeWith(&other));
        first.undo();
        QVERIFY(lesson.viewSettings() == start);
        first.redo();
        QCOMPARE(lesson.viewSettings().rangeHigh, 0.7);
    }
};

QTEST_MAIN(TestCommands)
#include "tst_commands.moc"
