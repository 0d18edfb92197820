// SPDX-License-Identifier: MIT
// The learned-filters page in the window: reached with F7 and left with the way back, and a
// first-layer filter clicked becomes the patch of the views on the sheet of digits, in one undo
// step, its response the plain correlation of the sheet with it. Its "Back to pixels" tab
// follows the digit on the pad.
#include "IsolatedSettings.h"
#include "MainWindow.h"
#include "compute/ResponseResult.h"
#include "document/Document.h"
#include "learn/BackToPixels.h"
#include "learn/DigitPad.h"
#include "learn/FilterGrid.h"
#include "learn/LearnPage.h"
#include "learn/LearnTabs.h"
#include "learn/Network.h"
#include "learn/OwnDigitsPanel.h"
#include "learn/PixelMapView.h"
#include "learn/TrainingSession.h"
#include "session/Session.h"
#include "window/LearnedFiltersMode.h"
#include "window/WindowActions.h"

#include <QAction>
#include <QDockWidget>
#include <QListWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace convlab;

namespace {

// out[i, j] = Σ x[i + u, j + v] · w[u, v], written out in double.
cv::Mat correlate(const cv::Mat& x, const cv::Mat& w)
{
    cv::Mat out(x.rows - w.rows + 1, x.cols - w.cols + 1, CV_32F);
    for (int i = 0; i < out.rows; ++i)
        for (int j = 0; j < out.cols; ++j) {
            double sum = 0;
            for (int u = 0; u < w.rows; ++u)
                for (int v = 0; v < w.cols; ++v)
                    sum += static_cast<double>(x.at<float>(i + u, j + v)) * w.at<float>(u, v);
            out.at<float>(i, j) = static_cast<float>(sum);
        }
    return out;
}

} // namespace

class TestLearnedFilters : public QObject {
    Q_OBJECT
  private:
    std::unique_ptr<MainWindow> m_window;

  private slots:
    void initTestCase() { test::isolateSettings(QStringLiteral("tst_learnedfilters")); }

    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1366, 768);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window->document()->undoStack()->setClean();
        m_window.reset();
    }

    void f7ShowsThePageAndTheWayBackLeavesIt()
    {
        LearnedFiltersMode* mode = m_window->learnedFilters();
        auto* patchDock = m_window->findChild<QDockWidget*>(QStringLiteral("patchDock"));
        QVERIFY(patchDock->isVisible());

        m_window->actions()->learnedFilters->trigger();

        QVERIFY(mode->isShown());
        QVERIFY(mode->page()->isVisible());
        QVERIFY(!patchDock->isVisible());
        QVERIFY(m_window->actions()->learnedFilters->isChecked());

        m_window->actions()->stepThrough->trigger(); // F6 from the page: the stepper
        QVERIFY(m_window->isSteppingThrough());
        QVERIFY(!m_window->actions()->learnedFilters->isChecked());
        m_window->actions()->learnedFilters->trigger();
        QVERIFY(!m_window->actions()->stepThrough->isChecked());

        m_window->actions()->leaveStepThrough->trigger();

        QVERIFY(!mode->isShown());
        QVERIFY(patchDock->isVisible());
    }

    void aClickedFilterIsThePatchOnTheDigitsInOneUndoStep()
    {
        m_window->actions()->learnedFilters->trigger();
        LearnPage* page = m_window->learnedFilters()->page();
        FilterGrid* grid = page->firstLayer();
        QUndoStack* undo = m_window->document()->undoStack();
        const int steps = undo->count();
        const cv::Mat patchBefore = m_window->document()->patch().clone();
        const cv::Mat filter = page->session()->network()->filters(0)[2];

        QTest::mouseClick(grid, Qt::LeftButton, {}, grid->cellRect(2).center());

        const Document* doc = m_window->document();
        QVERIFY(!m_window->learnedFilters()->isShown()); // the views, with the response
        QCOMPARE(undo->count(), steps + 1);
        QCOMPARE(doc->patch().size(), filter.size());
        QCOMPARE(cv::norm(doc->patch(), filter, cv::NORM_INF), 0.0);
        const cv::Mat sheet = LearnedFiltersMode::digitSheet();
        QCOMPARE(doc->image().size(), cv::Size(2000, 1000));
        QCOMPARE(cv::norm(doc->image(), sheet, cv::NORM_INF), 0.0);
        QCOMPARE(doc->parameters().operation, Parameters::Operation::CrossCorrelation);

        const auto result = m_window->session()->computeNow();
        QVERIFY(result);
        const cv::Mat expected = correlate(sheet, filter);
        QCOMPARE(result->response.size(), expected.size());
        QVERIFY(cv::norm(result->response, expected, cv::NORM_INF) < 1e-4);
        cv::Point best;
        cv::minMaxLoc(expected, nullptr, nullptr, nullptr, &best);
        QVERIFY(!result->peaks.empty());
        QCOMPARE(result->response.at<float>(result->peaks.front().row, result->peaks.front().col),
                 result->response.at<float>(best));

        undo->undo();

        QCOMPARE(cv::norm(doc->patch(), patchBefore, cv::NORM_INF), 0.0);
    }

    void theBackToPixelsTabShowsTheDigitOnThePad()
    {
        m_window->actions()->learnedFilters->trigger();
        LearnTabs* tabs = m_window->learnedFilters()->tabs();
        LearnPage* page = tabs->learnPage();
        BackToPixels* pixels = tabs->backToPixels();
        QSignalSpy computed(pixels->computer(), &PixelsComputer::computed);

        page->pickHeldOut(4);
        tabs->setCurrentWidget(pixels);

        QVERIFY(computed.wait(60'000));
        QVERIFY(m_window->learnedFilters()->isShown());
        QCOMPARE(cv::norm(pixels->digitView()->map(), page->digit(), cv::NORM_INF), 0.0);
        const LayerGradient expected =
            layerGradient(*page->session()->network(), page->digit(), page->prediction().digit, 0);
        QCOMPARE(cv::norm(pixels->autogradView()->map(), expected.inputGradient, cv::NORM_INF),
                 0.0);
    }

    void ownDigitsAreTheDocumentsUndoneSavedAndReopened()
    {
        m_window->actions()->learnedFilters->trigger();
        LearnPage* page = m_window->learnedFilters()->page();
        Document* doc = m_window->document();
        cv::Mat seven = cv::Mat::zeros(20, 20, CV_32F);
        seven.rowRange(4, 6).colRange(5, 15).setTo(1.f);
        seven.rowRange(6, 16).colRange(12, 14).setTo(1.f);

        QVERIFY(doc->addOwnDigit(seven, 7).ok);

        QVERIFY(m_window->isWindowModified());
        QCOMPARE(page->ownDigits()->list()->count(), 1);
        QCOMPARE(page->session()->ownDigits().size(), std::size_t{1});
        m_window->actions()->undo->trigger(); // Edit ▸ Undo, as for every edit
        QCOMPARE(page->ownDigits()->list()->count(), 0);
        QVERIFY(page->session()->ownDigits().empty());
        m_window->actions()->redo->trigger();
        QCOMPARE(page->ownDigits()->list()->count(), 1);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mine.convlab"));
        QVERIFY(m_window->session()->saveTo(path).ok);
        QVERIFY(doc->addOwnDigit(seven, 1).ok); // not saved: reopening drops it
        QCOMPARE(page->ownDigits()->list()->count(), 2);
        QVERIFY(m_window->session()->open(path).ok);

        QCOMPARE(doc->ownDigits().size(), std::size_t{1});
        QCOMPARE(doc->ownDigits()[0].label, 7);
        QCOMPARE(cv::norm(doc->ownDigits()[0].pixels, seven, cv::NORM_INF), 0.0);
        QVERIFY(!doc->isModified());
        QCOMPARE(page->ownDigits()->list()->count(), 1);
        QCOMPARE(page->session()->ownDigits().size(), std::size_t{1});
    }
};

QTEST_MAIN(TestLearnedFilters)
#include "tst_learnedfilters.moc"
