// SPDX-License-Identifier: MIT
#include "TestData.h"
#include "document/Document.h"
#include "io/Autosave.h"
#include "io/DocumentFile.h"

#include <QDateTime>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <random>

using namespace convlab;

namespace {

DocumentState randomState(unsigned seed)
{
    std::mt19937 rng(seed);
    DocumentState state;
    state.image = test::randomMat(rng, 30, 40, 1, 0.f, 1.f);
    state.patch = test::randomMat(rng, 5, 5);
    state.parameters.conv.stride = {2, 1};
    return state;
}

bool identical(const cv::Mat& a, const cv::Mat& b)
{
    return a.size() == b.size() && cv::norm(a, b, cv::NORM_INF) == 0;
}

void paintSomething(Document& lesson, float value)
{
    cv::Mat edited = lesson.image().clone();
    edited(cv::Rect(3, 4, 5, 6)).setTo(value);
    lesson.paintImage(edited, QRect(3, 4, 5, 6), int(value * 1000));
}

} // namespace

class TestAutosave : public QObject {
    Q_OBJECT
  private slots:
    void nothingIsWrittenWhileTheLessonIsSaved()
    {
        QTemporaryDir dir;
        Document lesson(randomState(1));
        Autosave autosave(&lesson, nullptr, dir.path());
        QSignalSpy saved(&autosave, &Autosave::autosaved);
        autosave.saveNow();
        autosave.waitForSave();
        QCoreApplication::processEvents();
        QCOMPARE(saved.count(), 0);
        QVERIFY(!QFile::exists(autosave.sessionFile()));
    }

    void theTimerSavesModifiedWorkThatLoadsBackIdentical()
    {
        QTemporaryDir dir;
        Document lesson(randomState(2));
        lesson.markSaved(QStringLiteral("/home/student/digits.convlab"));
        Autosave autosave(&lesson, nullptr, dir.path());
        QSignalSpy saved(&autosave, &Autosave::autosaved);
        autosave.setInterval(std::chrono::milliseconds(20));
        paintSomething(lesson, 0.5f);
        QTRY_COMPARE(saved.count(), 1);
        QCOMPARE(saved.last().at(0).toString(), autosave.sessionFile());
        QString error;
        const auto loaded = DocumentFile::load(autosave.sessionFile(), &error);
        QVERIFY2(loaded, qPrintable(error));
        QVERIFY(identical(loaded->image, lesson.image()));
        QVERIFY(loaded->parameters == lesson.parameters());
        // Unchanged since: the next ticks write nothing new.
        QTest::qWait(100);
        QCOMPARE(saved.count(), 1);
    }

    void workLeftByACrashIsOfferedBackAtTheNextStart()
    {
        QTemporaryDir dir;
        DocumentState painted;
        {
            Document lesson(randomState(3));
            lesson.markSaved(QStringLiteral("/home/student/shape.convlab"));
            Autosave crashed(&lesson, nullptr, dir.path());
            paintSomething(lesson, 0.25f);
            QSignalSpy saved(&crashed, &Autosave::autosaved);
            crashed.saveNow();
            QTRY_COMPARE(saved.count(), 1);
            painted = lesson.snapshot();
            // Destroyed without closeCleanly(): as after a crash, the file stays.
        }
        Document next(randomState(4));
        Autosave autosave(&next, nullptr, dir.path());
        QVERIFY(autosave.hasRecoverableAutosave());
        QString error;
        QVERIFY2(autosave.recover(&error), qPrintable(error));
        QVERIFY(identical(next.image(), painted.image));
        QVERIFY(identical(next.patch(), painted.patch));
        QVERIFY(next.isModified()); // recovered work is not saved yet
        QCOMPARE(next.filePath(), QStringLiteral("/home/student/shape.convlab"));
        QVERIFY(!autosave.hasRecoverableAutosave()); // offered once
    }

    void aCleanCloseLeavesNothingToRecover()
    {
        QTemporaryDir dir;
        {
            Document lesson(randomState(5));
            Autosave autosave(&lesson, nullptr, dir.path());
            paintSomething(lesson, 0.75f);
            QSignalSpy saved(&autosave, &Autosave::autosaved);
            autosave.saveNow();
            QTRY_COMPARE(saved.count(), 1);
            autosave.closeCleanly();
        }
        Document next(randomState(6));
        Autosave autosave(&next, nullptr, dir.path());
        QVERIFY(!autosave.hasRecoverableAutosave());
    }

    void discardRemovesWhatWasLeft()
    {
        QTemporaryDir dir;
        {
            Document lesson(randomState(7));
            Autosave autosave(&lesson, nullptr, dir.path());
            paintSomething(lesson, 0.1f);
            QSignalSpy saved(&autosave, &Autosave::autosaved);
            autosave.saveNow();
            QTRY_COMPARE(saved.count(), 1);
        }
        Document next(randomState(8));
        Autosave autosave(&next, nullptr, dir.path());
        QVERIFY(autosave.hasRecoverableAutosave());
        autosave.discard();
        QVERIFY(!autosave.hasRecoverableAutosave());
        QVERIFY(!next.isModified());
    }

    void anotherRunningSessionIsNotOfferedBack()
    {
        QTemporaryDir dir;
        Document first(randomState(9));
        Autosave running(&first, nullptr, dir.path());
        paintSomething(first, 0.3f);
        QSignalSpy saved(&running, &Autosave::autosaved);
        running.saveNow();
        QTRY_COMPARE(saved.count(), 1);
        Document second(randomState(10));
        Autosave other(&second, nullptr, dir.path());
        QVERIFY(!other.hasRecoverableAutosave()); // its lock is held: that ConvLab still runs
        // However long it has been running.
        QFile lock(running.sessionFile() + QStringLiteral(".lock"));
        QVERIFY(lock.open(QIODevice::ReadWrite));
        QVERIFY(lock.setFileTime(QDateTime::currentDateTime().addSecs(-7200),
                                 QFileDevice::FileModificationTime));
        lock.close();
        QVERIFY(!other.hasRecoverableAutosave());
    }

    void aDamagedAutosaveIsReportedAndTheLessonKept()
    {
        QTemporaryDir dir;
        QFile damaged(dir.filePath(QStringLiteral("session-1-1.convlab")));
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write(DocumentFile::serialize(randomState(11)).left(300));
        damaged.close();
        const DocumentState mine = randomState(12);
        Document lesson(mine);
        Autosave autosave(&lesson, nullptr, dir.path());
        QVERIFY(autosave.hasRecoverableAutosave());
        QString error;
        QVERIFY(!autosave.recover(&error));
        QVERIFY2(error.contains(QStringLiteral("truncated")), qPrintable(error));
        QVERIFY(identical(lesson.image(), mine.image));
        QVERIFY(!lesson.isModified());
    }
};

QTEST_MAIN(TestAutosave)
#include "tst_autosave.moc"
