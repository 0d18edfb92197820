// SPDX-License-Identifier: MIT
#include "TestData.h"
#include "document/Document.h"

#include <QSignalSpy>
#include <QTest>
#include <limits>
#include <random>

Q_DECLARE_METATYPE(cv::Mat)

using namespace convlab;

namespace {

DocumentState smallState(std::mt19937& rng)
{
    DocumentState state;
    state.image = test::randomMat(rng, 40, 50, 1, 0.f, 1.f);
    state.patch = test::randomMat(rng, 5, 4, 1, -1.f, 1.f);
    return state;
}

bool identical(const cv::Mat& a, const cv::Mat& b)
{
    return a.size() == b.size() && a.type() == b.type() && cv::norm(a, b, cv::NORM_INF) == 0;
}

// A brush dab: a filled square of `value` centred on (row, col), as the canvas would hand it.
QRect dab(cv::Mat& layer, int row, int col, int radius, float value)
{
    const QRect rect = QRect(col - radius, row - radius, 2 * radius + 1, 2 * radius + 1)
                           .intersected(QRect(0, 0, layer.cols, layer.rows));
    layer(cv::Rect(rect.x(), rect.y(), rect.width(), rect.height())).setTo(value);
    return rect;
}

} // namespace

class TestDocument : public QObject {
    Q_OBJECT
  private slots:
    void startsOnTheDigitsSampleAndClean()
    {
        Document lesson;
        QCOMPARE(lesson.image().type(), CV_32FC1);
        QCOMPARE(lesson.patch().type(), CV_32FC1);
        QVERIFY(lesson.image().rows > lesson.patch().rows);
        QVERIFY(lesson.patch().rows <= limits::kMaxPatchSide);
        QVERIFY(!lesson.isModified());
        QVERIFY(lesson.filePath().isEmpty());
    }

    void mutatorsEmitTheirSignals()
    {
        std::mt19937 rng(1);
        Document lesson(smallState(rng));
        QSignalSpy image(&lesson, &Document::imageChanged);
        QSignalSpy patch(&lesson, &Document::patchChanged);
        QSignalSpy parameters(&lesson, &Document::parametersChanged);
        QSignalSpy view(&lesson, &Document::viewSettingsChanged);
        QSignalSpy modified(&lesson, &Document::modifiedChanged);

        lesson.setImage(test::randomMat(rng, 30, 20, 1, 0.f, 1.f), QStringLiteral("New"));
        QCOMPARE(image.count(), 1);
        QCOMPARE(image.last().at(0).toRect(), QRect(0, 0, 20, 30));
        QCOMPARE(modified.count(), 1);
        QCOMPARE(modified.last().at(0).toBool(), true);
        QVERIFY(lesson.isModified());

        lesson.setPatch(test::randomMat(rng, 3, 3), QStringLiteral("Preset"));
        QCOMPARE(patch.count(), 1);

        Parameters p = lesson.parameters();
        p.conv.stride = {2, 2};
        lesson.setParameters(p);
        QCOMPARE(parameters.count(), 1);
        QVERIFY(lesson.parameters() == p);
        lesson.setParameters(p); // no change: no command, no signal
        QCOMPARE(parameters.count(), 1);

        ViewSettings v = lesson.viewSettings();
        v.colormap = Colormap::Magma;
        lesson.setViewSettings(v);
        QCOMPARE(view.count(), 1);
        QCOMPARE(lesson.undoStack()->count(), 4);

        cv::Mat edited = lesson.image().clone();
        const QRect dirty = dab(edited, 10, 10, 2, 1.f);
        lesson.paintImage(edited, dirty, 7);
        QCOMPARE(image.count(), 2);
        QVERIFY(image.last().at(0).toRect().contains(dirty));
    }

    void undoRedoRestoreExactPixels()
    {
        std::mt19937 rng(2);
        Document lesson(smallState(rng));
        const cv::Mat original = lesson.image().clone();
        const cv::Mat originalPatch = lesson.patch().clone();
        const cv::Mat replaced = test::randomMat(rng, 12, 13, 1, 0.f, 1.f);
        lesson.setImage(replaced, QStringLiteral("Open"));
        cv::Mat edited = lesson.image().clone();
        lesson.paintImage(edited, dab(edited, 3, 4, 1, 0.25f), 1);
        const cv::Mat painted = lesson.image().clone();
        QVERIFY(identical(painted, edited));
        cv::Mat patch = lesson.patch().clone();
        lesson.paintPatch(patch, dab(patch, 1, 1, 0, 9.f), 2);
        QCOMPARE(lesson.patch().at<float>(1, 1), 9.f);

        QUndoStack* undo = lesson.undoStack();
        undo->undo();
        QVERIFY(identical(lesson.patch(), originalPatch));
        undo->undo();
        QVERIFY(identical(lesson.image(), replaced));
        undo->undo();
        QVERIFY(identical(lesson.image(), original));
        QVERIFY(!lesson.isModified());
        undo->redo();
        undo->redo();
        QVERIFY(identical(lesson.image(), painted));
        undo->redo();
        QVERIFY(identical(lesson.patch(), patch));
    }

    // A stroke of many moves, some crossing tile borders and overlapping, is one undo step that
    // restores every pixel; the next stroke is another.
    void aStrokeOfManyMovesIsOneUndoStep()
    {
        std::mt19937 rng(3);
        DocumentState state;
        state.image = test::randomMat(rng, 150, 210, 1, 0.f, 1.f);
        state.patch = test::randomMat(rng, 3, 3);
        Document lesson(state);
        const cv::Mat before = lesson.image().clone();
        QSignalSpy image(&lesson, &Document::imageChanged);
        cv::Mat working = lesson.image().clone();
        std::uniform_int_distribution<int> step(-6, 9);
        int row = 5, col = 5;
        for (int move = 0; move < 60; ++move) {
            row = std::clamp(row + step(rng), 0, 149);
            col = std::clamp(col + step(rng) + 2, 0, 209);
            lesson.paintImage(working, dab(working, row, col, 3, float(move % 7) / 7.f), 41);
        }
        QCOMPARE(image.count(), 60); // live: every move reaches the views
        QCOMPARE(lesson.undoStack()->count(), 1);
        const cv::Mat stroke = lesson.image().clone();
        QVERIFY(identical(stroke, working));

        cv::Mat second = working.clone();
        lesson.paintImage(second, dab(second, 100, 100, 4, 1.f), 42);
        QCOMPARE(lesson.undoStack()->count(), 2);
        lesson.undoStack()->undo();
        QVERIFY(identical(lesson.image(), stroke));
        lesson.undoStack()->undo();
        QVERIFY(identical(lesson.image(), before));
        lesson.undoStack()->redo();
        QVERIFY(identical(lesson.image(), stroke));
    }

    void sliderChangesOfOneFieldMergeOthersDoNot()
    {
        std::mt19937 rng(4);
        Document lesson(smallState(rng));
        const Parameters start = lesson.parameters();
        Parameters p = start;
        for (int threshold = 1; threshold <= 20; ++threshold) {
            p.peaks.useThreshold = true;
            p.peaks.threshold = threshold / 20.f;
            lesson.setParameters(p);
        }
        QCOMPARE(lesson.undoStack()->count(), 1);
        p.conv.stride = {2, 2};
        lesson.setParameters(p);
        p.conv.stride = {3, 3};
        lesson.setParameters(p);
        QCOMPARE(lesson.undoStack()->count(), 2);
        p.conv.dilation = {2, 2};
        lesson.setParameters(p);
        QCOMPARE(lesson.undoStack()->count(), 3);

        lesson.undoStack()->undo();
        QVERIFY(lesson.parameters().conv.dilation == (Pair{1, 1}));
        lesson.undoStack()->undo();
        QVERIFY(lesson.parameters().conv.stride == (Pair{1, 1}));
        QCOMPARE(lesson.parameters().peaks.threshold, 1.f);
        lesson.undoStack()->undo();
        QVERIFY(lesson.parameters() == start);
    }

    void aDragBackToTheStartLeavesNoUndoStep()
    {
        std::mt19937 rng(5);
        Document lesson(smallState(rng));
        Parameters p = lesson.parameters();
        p.conv.padding = Padding::uniform(3);
        lesson.setParameters(p);
        p.conv.padding = Padding{};
        lesson.setParameters(p);
        QCOMPARE(lesson.undoStack()->count(), 0);
        QVERIFY(!lesson.isModified());
    }

    void replaceAllClearsHistoryAndMarksClean()
    {
        std::mt19937 rng(6);
        Document lesson(smallState(rng));
        lesson.setImage(test::randomMat(rng, 8, 8), QStringLiteral("x"));
        QSignalSpy modified(&lesson, &Document::modifiedChanged);
        QSignalSpy path(&lesson, &Document::filePathChanged);
        QSignalSpy image(&lesson, &Document::imageChanged);
        DocumentState other = smallState(rng);
        lesson.replaceAll(other, QStringLiteral("/tmp/x.convlab"));
        QVERIFY(!lesson.isModified());
        QCOMPARE(lesson.undoStack()->count(), 0);
        QCOMPARE(modified.count(), 1);
        QCOMPARE(path.count(), 1);
        QCOMPARE(lesson.filePath(), QStringLiteral("/tmp/x.convlab"));
        QCOMPARE(image.count(), 1);
        QVERIFY(identical(lesson.image(), other.image));
        // The lesson owns its pixels: changing the state it was given changes nothing.
        other.image.setTo(0.5f);
        QVERIFY(!identical(lesson.image(), other.image));

        lesson.markUnsaved();
        QVERIFY(lesson.isModified());
        lesson.markSaved(QStringLiteral("/tmp/y.convlab"));
        QVERIFY(!lesson.isModified());
        QCOMPARE(lesson.filePath(), QStringLiteral("/tmp/y.convlab"));
    }

    void aCommandNeverSharesPixelsWithTheLesson()
    {
        std::mt19937 rng(7);
        Document lesson(smallState(rng));
        const cv::Mat replacement = test::randomMat(rng, 40, 50, 1, 0.f, 1.f);
        lesson.setImage(replacement, QStringLiteral("Open"));
        cv::Mat working = lesson.image().clone();
        lesson.paintImage(working, dab(working, 20, 20, 3, 0.f), 9);
        lesson.undoStack()->undo(); // the stroke
        lesson.undoStack()->undo(); // the open
        lesson.undoStack()->redo(); // the open again: the replacement as it was, unpainted
        QVERIFY(identical(lesson.image(), replacement));
    }

    void ownDigitsAreAddedAndRemovedOneUndoStepEach()
    {
        std::mt19937 rng(5);
        Document lesson(smallState(rng));
        QSignalSpy changed(&lesson, &Document::ownDigitsChanged);
        const cv::Mat seven = test::randomMat(rng, 20, 20, 1, 0.f, 1.f);
        const cv::Mat one = test::randomMat(rng, 20, 20, 1, 0.f, 1.f);

        QVERIFY(lesson.addOwnDigit(seven, 7).ok);
        QVERIFY(lesson.addOwnDigit(one, 1).ok);
        const Outcome removed = lesson.removeOwnDigit(0);

        QVERIFY(removed.ok);
        QCOMPARE(changed.count(), 3);
        QVERIFY(lesson.isModified()); // the student's work: an unsaved change
        QCOMPARE(lesson.ownDigits().size(), std::size_t{1});
        QCOMPARE(lesson.ownDigits()[0].label, 1);
        QVERIFY(identical(lesson.ownDigits()[0].pixels, one));
        QCOMPARE(lesson.undoStack()->count(), 3);
        QCOMPARE(lesson.undoStack()->undoText(),
                 QStringLiteral("Remove own digit 7 from the training set"));

        lesson.undoStack()->undo(); // the 7 comes back where it was
        QCOMPARE(lesson.ownDigits().size(), std::size_t{2});
        QCOMPARE(lesson.ownDigits()[0].label, 7);
        QVERIFY(identical(lesson.ownDigits()[0].pixels, seven));
        lesson.undoStack()->undo();
        lesson.undoStack()->undo();
        QVERIFY(lesson.ownDigits().empty());
        QVERIFY(!lesson.isModified());
        lesson.undoStack()->redo();
        lesson.undoStack()->redo();
        lesson.undoStack()->redo();
        QCOMPARE(lesson.ownDigits().size(), std::size_t{1});
        QCOMPARE(lesson.ownDigits()[0].label, 1);
        QCOMPARE(changed.count(), 9);
    }

    void aDigitAddedIsACopy()
    {
        std::mt19937 rng(6);
        Document lesson(smallState(rng));
        cv::Mat digit = test::randomMat(rng, 20, 20, 1, 0.f, 1.f);
        const cv::Mat original = digit.clone();

        QVERIFY(lesson.addOwnDigit(digit, 4).ok);
        digit.setTo(0.5f);
        const DocumentState snapshot = lesson.snapshot();
        lesson.undoStack()->undo();

        QVERIFY(identical(snapshot.ownDigits.at(0).pixels, original));
    }

    void badOwnDigitsAreRefusedNamingTheValue_data()
    {
        QTest::addColumn<cv::Mat>("pixels");
        QTest::addColumn<int>("label");
        QTest::addColumn<QString>("message");
        const cv::Mat zeros = cv::Mat::zeros(20, 20, CV_32F);
        QTest::newRow("label 10") << zeros << 10 << "the label is 10; a digit's label is 0 to 9";
        QTest::newRow("label -1") << zeros << -1 << "the label is -1; a digit's label is 0 to 9";
        QTest::newRow("28 × 28") << cv::Mat(cv::Mat::zeros(28, 28, CV_32F)) << 3
                                 << "the digit is 28 × 28 pixels; the network reads digits of "
                                    "20 × 20";
        cv::Mat nan = zeros.clone();
        nan.at<float>(4, 6) = std::nanf("");
        QTest::newRow("NaN") << nan << 3
                             << "the digit's pixel (row 4, col 6) is NaN; pixels are 0 to 1";
        cv::Mat infinite = zeros.clone();
        infinite.at<float>(19, 0) = -std::numeric_limits<float>::infinity();
        QTest::newRow("-Inf") << infinite << 3
                              << "the digit's pixel (row 19, col 0) is -Inf; pixels are 0 to 1";
        cv::Mat bright = zeros.clone();
        bright.at<float>(0, 1) = 2.5f;
        QTest::newRow("2.5") << bright << 3
                             << "the digit's pixel (row 0, col 1) is 2.5; pixels are 0 to 1";
        QTest::newRow("colour") << cv::Mat(cv::Mat::zeros(20, 20, CV_32FC3)) << 3
                                << "the digit is not a grayscale image of float32 values";
    }

    void badOwnDigitsAreRefusedNamingTheValue()
    {
        QFETCH(cv::Mat, pixels);
        QFETCH(int, label);
        QFETCH(QString, message);
        std::mt19937 rng(7);
        Document lesson(smallState(rng));
        QSignalSpy changed(&lesson, &Document::ownDigitsChanged);

        const Outcome outcome = lesson.addOwnDigit(pixels, label);

        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.message, message);
        QCOMPARE(outcome.title, QStringLiteral("Cannot add the digit to the training set"));
        QVERIFY(lesson.ownDigits().empty());
        QCOMPARE(lesson.undoStack()->count(), 0);
        QCOMPARE(changed.count(), 0);
        QVERIFY(!lesson.isModified());
    }

    void theListIsBoundedAndARemovalOutsideItRefused()
    {
        std::mt19937 rng(8);
        Document lesson(smallState(rng));
        const cv::Mat digit = test::randomMat(rng, 20, 20, 1, 0.f, 1.f);
        for (int i = 0; i < OwnDigits::kMaxCount; ++i)
            QVERIFY(lesson.addOwnDigit(digit, i % 10).ok);

        const Outcome tooMany = lesson.addOwnDigit(digit, 3);
        const Outcome outside = lesson.removeOwnDigit(OwnDigits::kMaxCount);

        QVERIFY(!tooMany.ok);
        QCOMPARE(tooMany.message, QStringLiteral("501 own digits; a document keeps at most 500"));
        QVERIFY(!outside.ok);
        QCOMPARE(outside.message,
                 QStringLiteral("there is no own digit 501 (the document holds 500)"));
        QCOMPARE(lesson.ownDigits().size(), std::size_t(OwnDigits::kMaxCount));
        QCOMPARE(OwnDigits::perClass(lesson.ownDigits())[3], 50);
    }

    void replacingTheDocumentReplacesItsOwnDigits()
    {
        std::mt19937 rng(9);
        Document lesson(smallState(rng));
        QVERIFY(lesson.addOwnDigit(test::randomMat(rng, 20, 20, 1, 0.f, 1.f), 2).ok);
        QSignalSpy changed(&lesson, &Document::ownDigitsChanged);

        lesson.replaceAll(smallState(rng));

        QCOMPARE(changed.count(), 1);
        QVERIFY(lesson.ownDigits().empty());
    }
};

QTEST_MAIN(TestDocument)
#include "tst_document.moc"
