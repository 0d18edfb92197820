// SPDX-License-Identifier: MIT
#include "learn/DecoderSession.h"

#include "Error.h"
#include "i18n/CoreMessages.h"

#include <QtConcurrent/QtConcurrentRun>

namespace convlab {

namespace {

int indexOf(DecoderKind kind)
{
    return kind == DecoderKind::Transposed ? 0 : 1;
}

} // namespace

struct DecoderSession::Run {
    std::atomic<bool> stop{false};
};

DecoderSession::DecoderSession(std::shared_ptr<const DigitDataset> data, DatasetSplit split,
                               QObject* parent)
    : QObject(parent), m_data(std::move(data)), m_split(std::move(split))
{
    qRegisterMetaType<DecoderEpoch>();
    qRegisterMetaType<DecoderKind>();
    m_pool.setMaxThreadCount(1);
}

DecoderSession::~DecoderSession()
{
    stop();
    waitForWorker();
}

const std::vector<DecoderEpoch>& DecoderSession::history(DecoderKind kind) const
{
    return m_history[indexOf(kind)];
}

void DecoderSession::start()
{
    stop();
    waitForWorker(); // one epoch at most: a fraction of a second
    auto run = std::make_shared<Run>();
    m_run = run;
    for (auto& h : m_history)
        h.clear();
    m_message.clear();
    m_running = true;
    emit started();
    // Queued calls name their run: those of a run stopped meanwhile are dropped.
    m_future = QtConcurrent::run(
        &m_pool, [this, run, data = m_data, split = m_split, options = m_options] {
            QString error;
            try {
                std::vector<std::unique_ptr<UpsamplingDecoder>> decoders;
                for (DecoderKind kind : kKinds) {
                    DecoderOptions o = options;
                    o.kind = kind;
                    decoders.push_back(std::make_unique<UpsamplingDecoder>(*data, split, o));
                }
                const UpsamplingDecoder& first = *decoders.front();
                QMetaObject::invokeMethod(
                    this,
                    [this, run, target = first.targetEnergy(), inputs = first.sampleInputs(),
                     targets = first.sampleTargets()] {
                        if (run != m_run)
                            return;
                        m_targetEnergy = target;
                        m_inputs = inputs;
                        m_targets = targets;
                    },
                    Qt::QueuedConnection);
                for (const auto& decoder : decoders)
                    publish(run, decoder->options().kind, decoder->measure());
                while (!run->stop && !decoders.front()->finished())
                    for (const auto& decoder : decoders)
                        publish(run, decoder->options().kind, decoder->trainEpoch());
            } catch (const Error& e) {
                error = CoreMessages::translate(e.what());
            }
            end(run, error);
        });
}

void DecoderSession::publish(const std::shared_ptr<Run>& run, DecoderKind kind,
                             const DecoderEpoch& epoch)
{
    QMetaObject::invokeMethod(
        this,
        [this, run, kind, epoch] {
            if (run != m_run)
                return;
            m_history[indexOf(kind)].push_back(epoch);
            emit measured(kind, epoch);
        },
        Qt::QueuedConnection);
}

void DecoderSession::end(const std::shared_ptr<Run>& run, const QString& error)
{
    QMetaObject::invokeMethod(
        this,
        [this, run, error] {
            if (run != m_run)
                return;
            m_running = false;
            m_message = error;
            emit finished();
        },
        Qt::QueuedConnection);
}

void DecoderSession::stop()
{
    if (m_run)
        m_run->stop = true;
}

void DecoderSession::waitForWorker()
{
    m_future.waitForFinished();
}

} // namespace convlab
