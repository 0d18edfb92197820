// SPDX-License-Identifier: MIT
#include "stepper/StepperModel.h"

#include "Error.h"
#include "i18n/CoreMessages.h"

#include <algorithm>
#include <cmath>

namespace convlab {

StepperModel::StepperModel(QObject* parent) : QObject(parent)
{
    m_timer.setInterval(static_cast<int>(std::lround(1000.0 / m_speed)));
    connect(&m_timer, &QTimer::timeout, this, &StepperModel::advance);
}

void StepperModel::setSetup(const StepperSetup& setup)
{
    m_setup = setup;
    m_error.clear();
    m_step = {};
    m_grid = {};
    m_final.release();
    m_soFar.release();
    m_outputSize = {0, 0};
    m_current = 0;
    try {
        m_total = stepCountOf(setup);
        m_outputSize = outputSizeOf(setup);
        m_grid = steppedGridOf(setup);
        m_final = finalOutputOf(setup);
        loadStep(0);
    } catch (const Error& e) {
        m_total = 0;
        m_step = {};
        m_error = CoreMessages::translate(e.what());
    }
    if (!isValid() && isPlaying()) {
        m_timer.stop();
        emit playingChanged(false);
    }
    emit setupChanged();
    emit stepChanged(0);
}

void StepperModel::loadStep(long long n)
{
    m_current = n;
    m_step = stepOf(m_setup, n);
    m_soFar = outputAfter(m_setup, m_final, n);
}

void StepperModel::setStep(long long n)
{
    if (!isValid())
        return;
    n = std::clamp(n, 0LL, m_total - 1);
    if (n == m_current)
        return;
    loadStep(n);
    emit stepChanged(n);
}

void StepperModel::first()
{
    setStep(0);
}

void StepperModel::previous()
{
    setStep(m_current - 1);
}

void StepperModel::next()
{
    setStep(m_current + 1);
}

void StepperModel::last()
{
    setStep(m_total - 1);
}

void StepperModel::play()
{
    if (!isValid() || isPlaying())
        return;
    if (isAtEnd())
        first();
    m_timer.start();
    emit playingChanged(true);
}

void StepperModel::pause()
{
    if (!isPlaying())
        return;
    m_timer.stop();
    emit playingChanged(false);
}

void StepperModel::togglePlay()
{
    if (isPlaying())
        pause();
    else
        play();
}

void StepperModel::setSpeed(double stepsPerSecond)
{
    m_speed = std::clamp(stepsPerSecond, kMinSpeed, kMaxSpeed);
    m_timer.setInterval(static_cast<int>(std::lround(1000.0 / m_speed)));
}

void StepperModel::advance()
{
    if (isAtEnd()) {
        pause();
        emit finished();
        return;
    }
    next();
    if (isAtEnd()) {
        pause();
        emit finished();
    }
}

} // namespace convlab
