// SPDX-License-Identifier: MIT
#include "learn/LearnedScene.h"

#include "learn/DecoderSession.h"
#include "learn/DecoderView.h"
#include "learn/DigitPad.h"
#include "learn/LearnPage.h"
#include "learn/LearnTabs.h"
#include "learn/Network.h"
#include "learn/TrainingSession.h"
#include "session/Outcome.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QVBoxLayout>
#include <QWidget>

namespace convlab {

namespace {

// Wide enough for eight first-layer filters at their largest and four maps to a row.
constexpr int kWidth = 720;

struct Names {
    LearnedScene::View view;
    const char* name;
};
constexpr Names kNames[] = {
    {LearnedScene::View::Filters, "filters"},
    {LearnedScene::View::FeatureMaps, "featuremaps"},
};

// "Shown" off screen at the slide's size: laid out as in the window, drawn without a display.
void showOffScreen(QWidget* widget)
{
    widget->setAttribute(Qt::WA_DontShowOnScreen);
    widget->resize(LearnedScene::kSlideSize);
    widget->show();
}

} // namespace

std::unique_ptr<BackToPixels> LearnedScene::backToPixels(std::shared_ptr<const Network> network,
                                                         const cv::Mat& digit,
                                                         BackToPixels::Section section,
                                                         const LearnedChoice* step)
{
    auto page = std::make_unique<BackToPixels>();
    page->setSection(section);
    const int answer = network->predict(digit).digit;
    page->setInput(std::move(network), digit, answer); // hidden: nothing started
    if (step) {
        LearnTabs::choose(page.get(), *step);
        page->setSection(section); // the slide's half, whatever the step shows in the window
    }
    page->computeNow();
    showOffScreen(page.get());
    return page;
}

std::unique_ptr<DecoderView>
LearnedScene::decoder(QString* error, const std::function<void(DecoderView*)>& epochDone)
{
    const std::shared_ptr<const DigitDataset> data = TrainingSession::digitSheet();
    auto* session = new DecoderSession(data, data->split(DigitDataset::kSplitSeed));
    auto view = std::make_unique<DecoderView>(session);
    session->setParent(view.get());
    showOffScreen(view.get());
    if (epochDone) // connected after the view: it shows the epoch by then
        QObject::connect(session, &DecoderSession::measured, view.get(),
                         [epochDone, shown = view.get()](DecoderKind kind, const DecoderEpoch&) {
                             if (kind != DecoderSession::kKinds[1]) // the second of the two
                                 return;
                             // Laid out for the epoch's texts before it is drawn: its sentence
                             // grows from one line to two at epoch 0, and a window lays out
                             // before it paints, whereas a grab here would come first.
                             QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
                             epochDone(shown);
                         });
    QEventLoop loop;
    QObject::connect(session, &DecoderSession::finished, &loop, &QEventLoop::quit);
    session->start();
    loop.exec();
    if (!session->message().isEmpty()) {
        *error = session->message();
        return nullptr;
    }
    return view;
}

QStringList LearnedScene::viewNames()
{
    QStringList names;
    for (const Names& entry : kNames)
        names << QLatin1String(entry.name);
    return names;
}

std::optional<LearnedScene::View> LearnedScene::viewFromName(const QString& name)
{
    for (const Names& entry : kNames)
        if (name == QLatin1String(entry.name))
            return entry.view;
    return std::nullopt;
}

QString LearnedScene::viewName(View view)
{
    for (const Names& entry : kNames)
        if (entry.view == view)
            return QLatin1String(entry.name);
    return {};
}

LearnedScene::LearnedScene()
    : m_host(std::make_unique<QWidget>()), m_session(new TrainingSession(m_host.get())),
      m_page(new LearnPage(m_session, m_host.get()))
{
    // "Shown" off screen, as in OffscreenScene: the panels keep the sizes they are drawn at.
    m_host->setAttribute(Qt::WA_DontShowOnScreen);
    m_host->setAttribute(Qt::WA_QuitOnClose, false);
    auto* layout = new QVBoxLayout(m_host.get());
    layout->setSizeConstraint(QLayout::SetNoConstraint);
    layout->addWidget(m_page);
    m_host->show();
}

LearnedScene::~LearnedScene() = default;

Outcome LearnedScene::openModel(const QString& path)
{
    return m_page->openModel(path);
}

void LearnedScene::showDigit(const cv::Mat& digit)
{
    m_page->pad()->setDigit(digit);
}

QWidget* LearnedScene::widget(View view) const
{
    return view == View::Filters ? m_page->filtersPanel() : m_page->featureMapsPanel();
}

QSize LearnedScene::naturalSize(View view) const
{
    const QWidget* panel = widget(view);
    const int height =
        panel->hasHeightForWidth() ? panel->heightForWidth(kWidth) : panel->sizeHint().height();
    return {kWidth, std::max(height, panel->minimumSizeHint().height())};
}

Drawing LearnedScene::drawing(View view, QSize size)
{
    QWidget* panel = widget(view);
    panel->resize(size);
    return FigureExporter::drawingOf(panel);
}

} // namespace convlab
