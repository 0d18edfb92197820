// SPDX-License-Identifier: MIT
#include "learn/TrainingSession.h"

#include "Error.h"
#include "i18n/CoreMessages.h"
#include "learn/ModelFile.h"
#include "learn/Network.h"
#include "learn/ShapeTable.h"
#include "session/Outcome.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <atomic>
#include <optional>

namespace convlab {

namespace {

const QString kDigitSheet = QStringLiteral(":/convlab/data/digits.png");

// Enough for a smooth progress bar and curve; the filters are small pictures that change slowly.
constexpr qint64 kProgressInterval = 33;
constexpr qint64 kFilterInterval = 100;

FilterSnapshot snapshotOf(const Network& network, long long step)
{
    FilterSnapshot snapshot;
    snapshot.step = step;
    const int stages = static_cast<int>(network.architecture().stages.size());
    snapshot.first = network.filters(0);
    if (stages > 1)
        snapshot.second = network.filters(1);
    return snapshot;
}

} // namespace

struct TrainingSession::Run {
    // What the worker builds the run from, on its first start (building takes tens of
    // milliseconds of libtorch: not on the GUI thread).
    struct Plan {
        Architecture architecture;
        std::uint64_t seed = 0;
        TrainingOptions options;
        DatasetSplit split; // the own digits' indices after the sheet's
        std::shared_ptr<const DigitDataset> sheet;
        std::vector<cv::Mat> ownPixels;
        std::vector<int> ownLabels;
    };

    explicit Run(Plan plan) : plan(std::move(plan)) {}
    bool isBuilt() const { return trainer != nullptr; }
    // On the worker. Throws Error as the Trainer's constructor does.
    void build()
    {
        network.emplace(plan.architecture, plan.seed);
        data = plan.ownPixels.empty() ? plan.sheet
                                      : std::make_shared<const DigitDataset>(
                                            plan.sheet->withDigits(plan.ownPixels, plan.ownLabels));
        trainer = std::make_unique<Trainer>(*network, *data, std::move(plan.split), plan.options);
    }

    Plan plan;
    std::optional<Network> network; // the worker's while it runs; the GUI reads copies
    // The digits it trains on: the session's, with the own digits of its start after them.
    std::shared_ptr<const DigitDataset> data;
    std::unique_ptr<Trainer> trainer; // trains `network`
    std::atomic<TrainingRequest> request{TrainingRequest::Continue};
    long long step = 0;
    // The worker's own clocks for throttling.
    QElapsedTimer progressClock;
    QElapsedTimer filterClock;
    TrainingProgress last;
};

// A model file read on the worker: its network and held-out evaluation, or why not.
struct ModelRead {
    std::shared_ptr<const Network> network;
    Evaluation heldOut;
    QString error; // translated
};

namespace {

ModelRead readModel(const QString& path, const std::shared_ptr<const DigitDataset>& data,
                    const std::vector<int>& heldOut)
{
    ModelRead read;
    try {
        read.network = std::make_shared<const Network>(
            ModelFile::load(QDir::toNativeSeparators(path).toStdString()));
        // Also the check that the file's network reads 20×20 digits.
        read.heldOut = Evaluation::of(*read.network, *data, heldOut);
    } catch (const Error& e) {
        read.network.reset();
        read.error = CoreMessages::translate(e.what());
    }
    return read;
}

} // namespace

// What a worker's run hands back: the trainer's result and, taken on the worker before it let
// go of the network, the last filters, a copy of the network and the held-out evaluation.
struct RunEnd {
    TrainingResult result;
    QString error;
    FilterSnapshot filters;
    std::shared_ptr<const Network> network;
    Evaluation heldOut;
};

TrainingSession::TrainingSession(QObject* parent)
    : TrainingSession(digitSheet(), digitSheet()->split(DigitDataset::kSplitSeed), parent)
{
}

TrainingSession::TrainingSession(std::shared_ptr<const DigitDataset> data, DatasetSplit split,
                                 QObject* parent)
    : QObject(parent), m_data(std::move(data)), m_split(std::move(split))
{
    qRegisterMetaType<TrainingProgress>();
    qRegisterMetaType<FilterSnapshot>();
    m_pool.setMaxThreadCount(1);
    publishInitialWeights();
}

TrainingSession::~TrainingSession()
{
    if (m_run)
        m_run->request = TrainingRequest::Stop;
    ++m_openTicket; // an open under way comes to nothing
    waitForWorker();
}

std::shared_ptr<const DigitDataset> TrainingSession::digitSheet()
{
    static const std::shared_ptr<const DigitDataset> sheet = [] {
        QFile file(kDigitSheet);
        if (!file.open(QIODevice::ReadOnly))
            throw Error("cannot read " + kDigitSheet.toStdString() + ": " +
                        file.errorString().toStdString());
        const QByteArray bytes = file.readAll();
        return std::make_shared<const DigitDataset>(
            DigitDataset::decode({reinterpret_cast<const std::uint8_t*>(bytes.constData()),
                                  static_cast<std::size_t>(bytes.size())},
                                 kDigitSheet.toStdString()));
    }();
    return sheet;
}

void TrainingSession::setSettings(const TrainingSettings& settings)
{
    const bool newWeights =
        settings.architecture != m_settings.architecture || settings.seed != m_settings.seed;
    m_settings = settings;
    if (newWeights && (m_state == State::Untrained))
        publishInitialWeights();
}

void TrainingSession::setOwnDigits(std::vector<OwnDigit> digits)
{
    m_ownDigits = std::move(digits);
}

void TrainingSession::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void TrainingSession::publishInitialWeights()
{
    try {
        auto network = std::make_shared<Network>(m_settings.architecture, m_settings.seed);
        m_filters = snapshotOf(*network, 0);
        m_network = std::move(network);
        m_message.clear();
    } catch (const Error& e) {
        m_message = CoreMessages::translate(e.what());
        emit failed(m_message);
        return;
    }
    m_progress = {};
    m_heldOut = {};
    m_modelPath.clear();
    emit filtersChanged(m_filters);
    emit networkChanged();
    emit progressed(m_progress);
    emit heldOutChanged();
}

bool TrainingSession::start()
{
    if (m_state == State::Running)
        return true;
    cancelOpening();
    if (m_state != State::Paused && !plan())
        return false;
    m_message.clear();
    const std::shared_ptr<Run> run = m_run;
    run->request = TrainingRequest::Continue;
    run->progressClock.invalidate();
    run->filterClock.start();
    setState(State::Running);
    // Everything the worker touches is `run` (kept alive by the lambda) and the data; what it
    // learns reaches this object through queued calls, which Qt drops if it is gone.
    const auto publish = [this](auto call) {
        QMetaObject::invokeMethod(this, std::move(call), Qt::QueuedConnection);
    };
    m_future = QtConcurrent::run(&m_pool, [this, run, publish, heldOut = m_split.heldOut] {
        RunEnd end;
        try {
            if (!run->isBuilt()) {
                run->build();
                auto copy = std::make_shared<const Network>(run->network->clone());
                publish([this, run, filters = snapshotOf(*run->network, 0), copy] {
                    if (run == m_run)
                        updateNetwork(filters, copy);
                });
            }
            end.result = run->trainer->run(
                [&](const TrainingProgress& p) {
                    if (!p.epochEnd)
                        ++run->step;
                    run->last = p;
                    if (p.epochEnd || !run->progressClock.isValid() ||
                        run->progressClock.elapsed() >= kProgressInterval) {
                        run->progressClock.start();
                        publish([this, run, p] {
                            if (run == m_run)
                                updateProgress(p);
                        });
                    }
                    if (run->filterClock.elapsed() >= kFilterInterval) {
                        run->filterClock.start();
                        FilterSnapshot filters = snapshotOf(*run->network, run->step);
                        auto copy = std::make_shared<const Network>(run->network->clone());
                        publish([this, run, filters = std::move(filters), copy] {
                            if (run == m_run)
                                updateNetwork(filters, copy);
                        });
                    }
                },
                [&] { return run->request.load(); });
        } catch (const Error& e) {
            end.error = CoreMessages::translate(e.what());
            end.result.outcome = TrainingOutcome::Stopped;
        }
        try {
            if (run->isBuilt()) {
                end.filters = snapshotOf(*run->network, run->step);
                end.network = std::make_shared<const Network>(run->network->clone());
                if (!heldOut.empty())
                    end.heldOut = Evaluation::of(*run->network, *run->data, heldOut);
            }
        } catch (const Error& e) {
            end.error = CoreMessages::translate(e.what());
        }
        publish([this, run, end = std::move(end)] {
            if (run == m_run)
                onWorkerFinished(end);
        });
    });
    return true;
}

bool TrainingSession::plan()
{
    for (std::size_t i = 0; i < m_ownDigits.size(); ++i) {
        const OwnDigit& digit = m_ownDigits[i];
        const QString problem = OwnDigits::problemWith(digit.pixels, digit.label);
        if (!problem.isEmpty()) {
            m_message = tr("Own digit %1: %2").arg(i + 1).arg(problem);
            emit failed(m_message);
            return false;
        }
    }
    Run::Plan plan;
    plan.architecture = m_settings.architecture;
    plan.seed = m_settings.seed;
    plan.options.seed = m_settings.seed;
    plan.options.learningRate = m_settings.learningRate;
    plan.options.epochs = m_settings.epochs;
    plan.options.batchSize = m_settings.batchSize;
    plan.split = m_split;
    plan.sheet = m_data;
    std::vector<int> labels = m_data->labels();
    for (const OwnDigit& digit : m_ownDigits) {
        plan.ownPixels.push_back(digit.pixels);
        plan.ownLabels.push_back(digit.label);
        plan.split.train.push_back(static_cast<int>(labels.size())); // training only
        labels.push_back(digit.label);
    }
    try {
        // What the worker's Trainer would refuse, refused here in words.
        ShapeTable{plan.architecture};
        Trainer::check(plan.architecture, labels, plan.split, plan.options);
    } catch (const Error& e) {
        m_message = CoreMessages::translate(e.what());
        emit failed(m_message);
        return false;
    }
    m_ownInRun = static_cast<int>(m_ownDigits.size());
    m_trainingInRun = static_cast<int>(plan.split.train.size());
    m_progress = {};
    m_progress.epochs = plan.options.epochs;
    m_progress.batches = Trainer::batchesPerEpoch(m_trainingInRun, plan.options.batchSize);
    m_heldOut = {};
    m_modelPath.clear();
    m_run = std::make_shared<Run>(std::move(plan));
    emit progressed(m_progress);
    emit heldOutChanged();
    return true;
}

void TrainingSession::updateProgress(const TrainingProgress& progress)
{
    m_progress = progress;
    emit progressed(progress);
}

void TrainingSession::updateNetwork(const FilterSnapshot& filters,
                                    std::shared_ptr<const Network> network)
{
    m_filters = filters;
    m_network = std::move(network);
    emit filtersChanged(m_filters);
    emit networkChanged();
}

void TrainingSession::onWorkerFinished(const RunEnd& end)
{
    m_future = {};
    if (end.network)
        updateNetwork(end.filters, end.network);
    m_heldOut = end.heldOut;
    emit heldOutChanged();
    updateProgress(m_run->last);
    if (!end.error.isEmpty()) {
        m_message = end.error;
        m_run.reset();
        setState(State::Stopped);
        emit failed(m_message);
        return;
    }
    switch (end.result.outcome) {
    case TrainingOutcome::Paused:
        // stop() while the pause was on its way: the run ends here.
        setState(m_stopAfterPause ? State::Stopped : State::Paused);
        break;
    case TrainingOutcome::Finished:
        setState(State::Finished);
        break;
    case TrainingOutcome::Stopped:
        setState(State::Stopped);
        break;
    case TrainingOutcome::Diverged:
        m_message = describeDivergence(end.result);
        setState(State::Diverged);
        emit failed(m_message);
        break;
    }
    m_stopAfterPause = false;
}

QString TrainingSession::describeDivergence(const TrainingResult& result) const
{
    const TrainingProgress& last = m_run->last;
    // The batch after the last one reported made the loss non-finite.
    const bool sameEpoch = !last.epochEnd;
    const int epoch = sameEpoch ? last.epoch : last.epoch + 1;
    const int batch = sameEpoch ? last.batch + 1 : 1;
    const bool infinite = result.message.find("infinite") != std::string::npos;
    return (infinite ? tr("The loss became infinite at epoch %1, batch %2: training stopped and "
                          "kept the last good weights. Try a smaller learning rate.")
                     : tr("The loss became NaN (not a number) at epoch %1, batch %2: training "
                          "stopped and kept the last good weights. Try a smaller learning "
                          "rate."))
        .arg(epoch)
        .arg(batch);
}

void TrainingSession::pause()
{
    if (m_state == State::Running && m_run)
        m_run->request = TrainingRequest::Pause;
}

void TrainingSession::stop()
{
    if (m_state == State::Running && m_run) {
        m_run->request = TrainingRequest::Stop;
        m_stopAfterPause = true; // a pause already asked for ends the run too
    } else if (m_state == State::Paused) {
        setState(State::Stopped);
    }
}

void TrainingSession::reset()
{
    if (m_run)
        m_run->request = TrainingRequest::Stop;
    cancelOpening();
    waitForWorker(); // one batch at most: milliseconds
    m_run.reset();   // its queued results are dropped (they name another run)
    m_future = {};
    m_stopAfterPause = false;
    m_ownInRun = 0;
    m_trainingInRun = 0;
    publishInitialWeights();
    setState(State::Untrained);
}

Outcome TrainingSession::saveModel(const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    try {
        if (!m_network)
            throw Error("there is no network to save");
        ModelFile::save(*m_network, QDir::toNativeSeparators(path).toStdString());
    } catch (const Error& e) {
        return Outcome::failure(tr("Cannot save the model %1").arg(name),
                                CoreMessages::translate(e.what()));
    }
    m_modelPath = path;
    return Outcome::success(tr("Saved the model %1").arg(name));
}

void TrainingSession::beginOpenModel(const QString& path)
{
    if (m_state == State::Running) {
        emit modelOpened(
            Outcome::failure(tr("Cannot open the model %1").arg(QFileInfo(path).fileName()),
                             tr("the network is training: pause or stop it first")));
        return;
    }
    const quint64 ticket = ++m_openTicket;
    setOpening(true);
    // The pool's one thread: after any batch of a paused run, before any later run.
    m_pool.start([this, ticket, path, data = m_data, heldOut = m_split.heldOut] {
        ModelRead read = readModel(path, data, heldOut);
        QMetaObject::invokeMethod(
            this,
            [this, ticket, path, read = std::move(read)]() mutable {
                if (ticket != m_openTicket)
                    return; // cancelled, or another open asked for since
                setOpening(false);
                emit modelOpened(applyModel(path, std::move(read)));
            },
            Qt::QueuedConnection);
    });
}

Outcome TrainingSession::openModel(const QString& path)
{
    if (m_state == State::Running)
        return Outcome::failure(tr("Cannot open the model %1").arg(QFileInfo(path).fileName()),
                                tr("the network is training: pause or stop it first"));
    cancelOpening();
    QFuture<ModelRead> read =
        QtConcurrent::run(&m_pool, [path, data = m_data, heldOut = m_split.heldOut] {
            return readModel(path, data, heldOut);
        });
    return applyModel(path, read.result());
}

void TrainingSession::cancelOpening()
{
    ++m_openTicket;
    setOpening(false);
}

void TrainingSession::setOpening(bool opening)
{
    if (opening == m_opening)
        return;
    m_opening = opening;
    emit openingChanged(opening);
}

Outcome TrainingSession::applyModel(const QString& path, ModelRead read)
{
    const QString name = QFileInfo(path).fileName();
    if (!read.network)
        return Outcome::failure(tr("Cannot open the model %1").arg(name), read.error);
    if (m_run)
        m_run->request = TrainingRequest::Stop;
    waitForWorker();
    m_run.reset(); // its queued results are dropped
    m_future = {};
    m_stopAfterPause = false;
    m_settings.architecture = read.network->architecture();
    m_message.clear();
    m_modelPath = path;
    m_progress = {};
    m_ownInRun = 0;
    m_trainingInRun = 0;
    m_heldOut = std::move(read.heldOut);
    updateNetwork(snapshotOf(*read.network, 0), read.network);
    emit progressed(m_progress);
    emit heldOutChanged();
    setState(State::Opened);
    return Outcome::success(tr("Opened the model %1").arg(name));
}

void TrainingSession::waitForWorker()
{
    m_future.waitForFinished();
    m_pool.waitForDone(); // a model file being read
}

} // namespace convlab
