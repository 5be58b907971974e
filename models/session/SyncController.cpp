#include "SyncController.h"

#include "ChangeRevert.h"
#include <algorithm>

SyncController::SyncController(ClusterEndpointLookup endpoints, QObject *parent)
    : QObject(parent)
    , m_endpoints(std::move(endpoints))
    , m_reader(new ClusterReader(this))
{
    connect(m_reader, &ClusterReader::progress, this, &SyncController::readProgress);
    connect(m_reader, &ClusterReader::finished, this, [this] {
        m_readings = m_reader->readings();
        emit targetsRead();
    });
}

void SyncController::setSource(const QString &label, const QList<ResourceDefinition> &definitions)
{
    m_revert.reset();
    m_sourceLabel = label;
    m_source = definitions;
}

void SyncController::setRevert(const ChangeLogEntry &change, const QString &profileId)
{
    m_revert = change;
    m_source.clear();
    m_sourceLabel.clear();
    setTargets({profileId});
}

void SyncController::setTargets(const QStringList &profileIds)
{
    m_targetIds = profileIds;
    readTargets();
}

QList<ClusterEndpoint *> SyncController::targets() const
{
    // Looked up each time: a cluster removed meanwhile is left out (its writes then fail).
    QList<ClusterEndpoint *> endpoints;
    for (const QString &id : m_targetIds) {
        if (ClusterEndpoint *endpoint = m_endpoints ? m_endpoints(id) : nullptr)
            endpoints.append(endpoint);
    }
    return endpoints;
}

QList<ClusterProfile> SyncController::writeTargets() const
{
    QList<ClusterProfile> profiles;
    for (const ClusterEndpoint *endpoint : targets()) {
        const bool written = std::any_of(
            m_plan.items.cbegin(), m_plan.items.cend(), [endpoint](const SyncItem &item) {
                return item.writes() && item.target == endpoint->label();
            });
        if (written)
            profiles.append(endpoint->profile());
    }
    return profiles;
}

void SyncController::readTargets()
{
    if (m_targetIds.isEmpty() || isReading() || isApplying())
        return;
    m_nonce = ClusterResourcesFetcher::newNonce();
    m_readings.clear();
    m_reader->start(targets(), {}, m_nonce, m_written);
}

void SyncController::setReadings(const QList<ClusterReading> &readings, const QByteArray &nonce)
{
    m_readings = readings;
    m_nonce = nonce;
}

bool SyncController::replan(SyncOptions options)
{
    if (m_readings.isEmpty() || isReading() || isApplying())
        return false;
    options.nonce = m_nonce;
    m_plan = m_revert ? ChangeRevert::plan(*m_revert, m_readings.first())
                      : SyncPlan::build(m_source, m_readings, options);
    delete m_applier; // its results belong to the old plan
    return true;
}

bool SyncController::apply()
{
    if (!m_plan.hasWrites() || isApplying() || m_applier)
        return false;
    m_applier = new SyncApplier(m_plan, SyncApplier::repositoriesOf(targets()), this);
    connect(m_applier, &SyncApplier::itemFinished, this, &SyncController::onItemFinished);
    connect(m_applier, &SyncApplier::finished, this, &SyncController::applyFinished);
    m_applier->start();
    return true;
}

void SyncController::onItemFinished(int index)
{
    const SyncItemResult result = this->result(index);
    if (result.outcome == SyncItemResult::Outcome::Applied && result.resource &&
        index < m_plan.items.size()) {
        const QString &target = m_plan.items.at(index).target;
        const qint64 revision = result.resource->revision;
        if (revision > m_written.value(target, -1)) {
            m_written.insert(target, revision);
            emit wrote(target, revision);
        }
    }
    emit itemFinished(index);
}

bool SyncController::cancel()
{
    if (isReading()) {
        m_reader->cancel(); // drops the answers and sends none of the remaining requests
        m_readings.clear();
        m_plan = {};
        return true;
    }
    if (isApplying())
        m_applier->cancel();
    return false;
}

QList<SyncItemResult> SyncController::results() const
{
    return m_applier ? m_applier->results() : QList<SyncItemResult>();
}

SyncItemResult SyncController::result(int index) const
{
    if (!m_applier || index < 0 || index >= m_applier->results().size())
        return {};
    return m_applier->results().at(index);
}

int SyncController::count(SyncItemResult::Outcome outcome) const
{
    return m_applier ? m_applier->count(outcome) : 0;
}

int SyncController::writesTotal() const
{
    return m_applier
               ? m_applier->writesTotal()
               : m_plan.count(SyncItem::Action::Create) + m_plan.count(SyncItem::Action::Update) +
                     m_plan.count(SyncItem::Action::Delete);
}

bool SyncController::allWritesApplied() const
{
    return m_applier && m_applier->isFinished() && m_applier->allWritesApplied();
}
