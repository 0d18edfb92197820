// SPDX-License-Identifier: MIT
#include "stepper/StepperControls.h"

#include "i18n/Retranslation.h"
#include "stepper/StepperFormat.h"
#include "stepper/StepperModel.h"
#include "views/Icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QToolButton>
#include <array>
#include <cmath>

namespace convlab {
namespace {

// Steps per second offered by the speed slider: slow enough to explain, fast enough to skim.
constexpr std::array<double, 12> kSpeeds{0.25, 0.5, 1, 1.5, 2, 3, 4, 6, 8, 12, 16, 32};
constexpr int kDefaultSpeedIndex = 4;

int speedIndexOf(double speed)
{
    int best = 0;
    for (int i = 1; i < static_cast<int>(kSpeeds.size()); ++i)
        if (std::abs(kSpeeds[i] - speed) < std::abs(kSpeeds[best] - speed))
            best = i;
    return best;
}

} // namespace

StepperControls::StepperControls(StepperModel* model, QWidget* parent)
    : QWidget(parent), m_texts(new Retranslation(this)), m_model(model)
{
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    using icons::Player;
    m_first = addButton(QStringLiteral("firstButton"), icons::player(Player::First),
                        [] { return tr("First step (Home)"); });
    m_back = addButton(QStringLiteral("backButton"), icons::player(Player::Back),
                       [] { return tr("Step back (←)"); });
    m_play = addButton(QStringLiteral("playButton"), icons::player(Player::Play),
                       [] { return tr("Play (Space)"); });
    m_pause = addButton(QStringLiteral("pauseButton"), icons::player(Player::Pause),
                        [] { return tr("Pause (Space)"); });
    m_step = addButton(QStringLiteral("stepButton"), icons::player(Player::Step),
                       [] { return tr("Step forward (→)"); });
    m_last = addButton(QStringLiteral("lastButton"), icons::player(Player::Last),
                       [] { return tr("Last step (End)"); });
    for (QToolButton* button : {m_first, m_back, m_play, m_pause, m_step, m_last})
        row->addWidget(button);

    m_scrubber = new QSlider(Qt::Horizontal, this);
    m_scrubber->setObjectName(QStringLiteral("scrubber"));
    m_texts->toolTip(m_scrubber, [] { return tr("Drag to any step"); });
    m_scrubber->setMinimumWidth(160);
    row->addWidget(m_scrubber, 1);

    m_counter = new QLabel(this);
    m_counter->setObjectName(QStringLiteral("counter"));
    QFont counterFont = m_counter->font();
    counterFont.setBold(true);
    counterFont.setStyleHint(QFont::Monospace);
    m_counter->setFont(counterFont);
    m_counter->setMinimumWidth(
        m_counter->fontMetrics().horizontalAdvance(QStringLiteral("(888, 888) · 88888 / 88888")));
    m_counter->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    row->addWidget(m_counter);

    row->addSpacing(12);
    auto* speedTitle = m_texts->text(new QLabel(this), [] { return tr("Speed"); });
    row->addWidget(speedTitle);
    m_speed = new QSlider(Qt::Horizontal, this);
    m_speed->setObjectName(QStringLiteral("speed"));
    m_speed->setRange(0, static_cast<int>(kSpeeds.size()) - 1);
    m_speed->setPageStep(1);
    m_speed->setFixedWidth(110);
    m_texts->toolTip(m_speed, [] { return tr("Steps per second while playing"); });
    row->addWidget(m_speed);
    m_speedLabel = new QLabel(this);
    m_speedLabel->setMinimumWidth(m_speedLabel->fontMetrics().horizontalAdvance(
        tr("%1 steps/s").arg(QStringLiteral("0.25"))));
    row->addWidget(m_speedLabel);

    m_model->setSpeed(kSpeeds[kDefaultSpeedIndex]);
    m_speed->setValue(speedIndexOf(m_model->speed()));
    showSpeed();
    m_texts->add([this] {
        showSpeed();
        refresh();
    });

    connect(m_first, &QToolButton::clicked, m_model, &StepperModel::first);
    connect(m_back, &QToolButton::clicked, m_model, &StepperModel::previous);
    connect(m_play, &QToolButton::clicked, m_model, &StepperModel::play);
    connect(m_pause, &QToolButton::clicked, m_model, &StepperModel::pause);
    connect(m_step, &QToolButton::clicked, m_model, &StepperModel::next);
    connect(m_last, &QToolButton::clicked, m_model, &StepperModel::last);
    connect(m_scrubber, &QSlider::valueChanged, m_model,
            [this](int value) { m_model->setStep(value); });
    connect(m_speed, &QSlider::valueChanged, this, [this](int index) {
        m_model->setSpeed(kSpeeds[static_cast<size_t>(index)]);
        showSpeed();
    });
    connect(m_model, &StepperModel::setupChanged, this, &StepperControls::refresh);
    connect(m_model, &StepperModel::stepChanged, this, &StepperControls::refresh);
    connect(m_model, &StepperModel::playingChanged, this, &StepperControls::refresh);
    refresh();
}

QToolButton* StepperControls::addButton(const QString& objectName, const QIcon& icon,
                                        const std::function<QString()>& toolTip)
{
    auto* button = new QToolButton(this);
    button->setObjectName(objectName);
    button->setIcon(icon);
    m_texts->toolTip(button, toolTip);
    button->setFocusPolicy(Qt::NoFocus);
    button->setAutoRaise(true);
    const int side = fontMetrics().height() * 2;
    button->setIconSize(QSize(side * 2 / 3, side * 2 / 3));
    button->setFixedSize(side, side);
    return button;
}

bool StepperControls::handleKey(int key)
{
    switch (key) {
    case Qt::Key_Space:
        m_model->togglePlay();
        return true;
    case Qt::Key_Left:
        m_model->pause();
        m_model->previous();
        return true;
    case Qt::Key_Right:
        m_model->pause();
        m_model->next();
        return true;
    case Qt::Key_Home:
        m_model->pause();
        m_model->first();
        return true;
    case Qt::Key_End:
        m_model->pause();
        if (!m_totalHidden)
            m_model->last();
        return true;
    default:
        return false;
    }
}

void StepperControls::setTotalHidden(bool hidden)
{
    if (m_totalHidden == hidden)
        return;
    m_totalHidden = hidden;
    refresh();
}

QString StepperControls::counterText() const
{
    return m_counter->text();
}

void StepperControls::refresh()
{
    const bool valid = m_model->isValid();
    const bool playing = m_model->isPlaying();
    const long long n = m_model->current();
    const long long total = m_model->total();
    m_first->setEnabled(valid && n > 0);
    m_back->setEnabled(valid && n > 0);
    m_step->setEnabled(valid && n + 1 < total);
    m_last->setEnabled(valid && n + 1 < total && !m_totalHidden);
    m_play->setEnabled(valid && !playing);
    m_pause->setEnabled(valid && playing);
    m_scrubber->setEnabled(valid);
    m_scrubber->setVisible(!m_totalHidden);
    {
        const QSignalBlocker blocker(m_scrubber);
        m_scrubber->setRange(0, valid ? static_cast<int>(total - 1) : 0);
        m_scrubber->setValue(static_cast<int>(n));
        m_scrubber->setPageStep(std::max(1, static_cast<int>(m_model->outputSize().cols)));
    }
    if (!valid) {
        m_counter->setText(QStringLiteral("—"));
        return;
    }
    if (m_totalHidden) {
        m_counter->setText(QStringLiteral("%1 / ?").arg(n + 1));
        return;
    }
    const StepTrace& step = m_model->step();
    m_counter->setText(
        tr("(%1, %2) · %3 / %4").arg(step.outRow).arg(step.outCol).arg(n + 1).arg(total));
}

void StepperControls::showSpeed()
{
    m_speedLabel->setText(tr("%1 steps/s").arg(formatNumber(m_model->speed(), 3)));
}

} // namespace convlab
