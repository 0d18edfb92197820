// SPDX-License-Identifier: MIT
#include "learn/LearnedScene.h"

#include "learn/DigitPad.h"
#include "learn/LearnPage.h"
#include "learn/TrainingSession.h"
#include "session/Outcome.h"

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

} // namespace

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
