// SPDX-License-Identifier: MIT
#include "learn/DecoderView.h"

#include "i18n/Retranslation.h"
#include "learn/EnergyCurve.h"
#include "learn/PixelMapView.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace convlab {

namespace {

enum Row { Inputs, Transposed, ResizeConv, Originals, Rows };

QString number(double value)
{
    return QLocale().toString(value, 'g', 3);
}

std::vector<double> energies(const std::vector<DecoderEpoch>& history)
{
    std::vector<double> values;
    for (const DecoderEpoch& e : history)
        values.push_back(e.checkerboardEnergy);
    return values;
}

} // namespace

DecoderView::DecoderView(DecoderSession* session, QWidget* parent)
    : QWidget(parent), m_session(session), m_texts(new Retranslation(this))
{
    setObjectName(QStringLiteral("decoderView"));
    auto* layout = new QVBoxLayout(this);
    auto* about = m_texts->text(new QLabel(this), [] {
        return tr("Two small encoder–decoders learn to upsample 10×10 digits back to 20×20: one "
                  "with stride-2 transposed convolutions, one with nearest ×2 then a 3×3 "
                  "convolution. Held-out digits after every epoch:");
    });
    about->setWordWrap(true);
    layout->addWidget(about);
    auto* bar = new QHBoxLayout;
    m_start = m_texts->text(new QPushButton(this), [] { return tr("&Start"); });
    m_start->setObjectName(QStringLiteral("decoderStart"));
    m_stop = m_texts->text(new QPushButton(this), [] { return tr("S&top"); });
    m_stop->setObjectName(QStringLiteral("decoderStop"));
    bar->addWidget(m_start);
    bar->addWidget(m_stop);
    bar->addStretch(1);
    layout->addLayout(bar);

    auto* columns = new QHBoxLayout;
    auto* grid = new QGridLayout;
    const int samples = m_session->options().samples;
    m_samples.assign(Rows, {});
    const std::vector<Retranslation::Text> names = {
        [] { return tr("input, 10×10"); }, [] { return tr("transposed conv."); },
        [] { return tr("resize-conv."); }, [] { return tr("original, 20×20"); }};
    for (int row = 0; row < Rows; ++row) {
        grid->addWidget(m_texts->text(new QLabel(this), names[std::size_t(row)]), row, 0);
        for (int i = 0; i < samples; ++i) {
            auto* view = new PixelMapView(this);
            view->setMinimumSize(64, 64);
            view->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
            grid->addWidget(view, row, i + 1);
            m_samples[std::size_t(row)].push_back(view);
        }
    }
    columns->addLayout(grid, 1);
    m_curve = new EnergyCurve(this);
    m_curve->setObjectName(QStringLiteral("energyCurve"));
    auto* curveColumn = new QVBoxLayout;
    curveColumn->addWidget(m_texts->text(new QLabel(this), [] {
        return tr("Checkerboard energy of the outputs (their energy at the stride's frequencies)");
    }));
    curveColumn->addWidget(m_curve, 1);
    columns->addLayout(curveColumn, 1);
    layout->addLayout(columns, 1);
    m_facts = new QLabel(this);
    m_facts->setObjectName(QStringLiteral("decoderFacts"));
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_facts);

    connect(m_start, &QPushButton::clicked, m_session, &DecoderSession::start);
    connect(m_stop, &QPushButton::clicked, m_session, &DecoderSession::stop);
    connect(m_session, &DecoderSession::started, this, &DecoderView::updateState);
    connect(m_session, &DecoderSession::finished, this, &DecoderView::updateState);
    connect(m_session, &DecoderSession::measured, this, &DecoderView::showEpoch);
    m_texts->add([this] {
        updateState();
        showFacts();
    });
}

PixelMapView* DecoderView::sample(int row, int index) const
{
    return m_samples.at(std::size_t(row)).at(std::size_t(index));
}

QString DecoderView::factsText() const
{
    return m_facts->text();
}

void DecoderView::updateState()
{
    m_start->setEnabled(!m_session->isRunning());
    m_stop->setEnabled(m_session->isRunning());
    const auto show = [this](int row, const std::vector<cv::Mat>& maps) {
        for (std::size_t i = 0; i < m_samples[std::size_t(row)].size(); ++i)
            if (i < maps.size())
                m_samples[std::size_t(row)][i]->setMap(maps[i], Colormap::Gray, {0, 1});
    };
    show(Inputs, m_session->sampleInputs());
    show(Originals, m_session->sampleTargets());
    showFacts();
}

void DecoderView::showEpoch(DecoderKind kind, const DecoderEpoch& epoch)
{
    const int row = kind == DecoderKind::Transposed ? Transposed : ResizeConv;
    for (std::size_t i = 0; i < m_samples[std::size_t(row)].size(); ++i)
        if (i < epoch.samples.size())
            m_samples[std::size_t(row)][i]->setMap(epoch.samples[i], Colormap::Gray, {0, 1});
    if (epoch.epoch == 0) // the first publication: the inputs and originals are known
        updateState();
    showFacts();
}

void DecoderView::showFacts()
{
    const std::vector<DecoderEpoch>& transposed = m_session->history(DecoderKind::Transposed);
    const std::vector<DecoderEpoch>& resized = m_session->history(DecoderKind::ResizeConv);
    m_curve->setSeries({{tr("transposed conv."), QColor(0xd6, 0x27, 0x28), energies(transposed)},
                        {tr("resize-conv."), QColor(0x1f, 0x77, 0xb4), energies(resized)}},
                       m_session->targetEnergy(), tr("the digits' own"),
                       m_session->options().epochs);
    if (!m_session->message().isEmpty()) {
        m_facts->setText(m_session->message());
        return;
    }
    if (transposed.empty() || resized.empty()) {
        m_facts->setText(tr("Press Start: %1 epochs of %2 digits each.")
                             .arg(m_session->options().epochs)
                             .arg(m_session->options().trainDigits));
        return;
    }
    // The last epoch both have measured (the transposed decoder's comes first).
    const std::size_t last = std::min(transposed.size(), resized.size()) - 1;
    const DecoderEpoch& t = transposed[last];
    const DecoderEpoch& r = resized[last];
    m_facts->setText(
        tr("After epoch %1 of %2, on %3 held-out digits: checkerboard energy %4 (transposed) and "
           "%5 (resize-conv.), the digits' own %6; mean squared error %7 and %8.")
            .arg(t.epoch)
            .arg(m_session->options().epochs)
            .arg(m_session->options().monitorDigits)
            .arg(number(t.checkerboardEnergy), number(r.checkerboardEnergy),
                 number(m_session->targetEnergy()), number(t.heldOutLoss), number(r.heldOutLoss)));
}

} // namespace convlab
