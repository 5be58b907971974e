#include "CompareController.h"

#include "DefinitionsExporter.h"
#include "SyncController.h"

#include <QPointer>

CompareController::CompareController(ClusterEndpointLookup endpoints, QObject *parent)
    : QObject(parent)
    , m_endpoints(std::move(endpoints))
    , m_reader(new ClusterReader(this))
{
    connect(m_reader, &ClusterReader::progress, this, &CompareController::progress);
    connect(m_reader, &ClusterReader::finished, this, &CompareController::onRead);
}

void CompareController::compare(const QStringList &profileIds, const QString &type)
{
    if (isReading())
        return;
    QList<ClusterEndpoint *> endpoints;
    m_readingIds.clear();
    for (const QString &id : profileIds) {
        if (ClusterEndpoint *endpoint = m_endpoints ? m_endpoints(id) : nullptr) {
            endpoints.append(endpoint);
            m_readingIds.append(id); // readings come back in this order
        }
    }
    m_readingType = type;
    m_reader->start(endpoints, type, ClusterResourcesFetcher::newNonce(), m_written);
}

void CompareController::cancel()
{
    m_reader->cancel(); // sends no further request, drops the answers on the way
    m_readingIds.clear();
}

void CompareController::onRead()
{
    m_readings.clear();
    m_comparedIds = m_readingIds;
    QList<ClusterResources> clusters;
    const QList<ClusterReading> readings = m_reader->readings();
    for (qsizetype i = 0; i < readings.size() && i < m_comparedIds.size(); ++i) {
        m_readings.insert(m_comparedIds.at(i), readings.at(i));
        clusters.append(readings.at(i).resources);
    }
    m_result = ResourceDiff::compare(clusters, m_readingType);
    emit comparisonFinished();
}

std::optional<ClusterReading> CompareController::reading(const QString &profileId) const
{
    const auto it = m_readings.constFind(profileId);
    if (it == m_readings.cend())
        return std::nullopt;
    return *it;
}

QList<ClusterReading> CompareController::readings() const
{
    QList<ClusterReading> list;
    for (const QString &id : m_comparedIds)
        list.append(m_readings.value(id));
    return list;
}

QList<ResourceDefinition> CompareController::definitionsOf(const QString &profileId,
                                                           const QStringList &keys) const
{
    QList<ResourceDefinition> definitions;
    const auto it = m_readings.constFind(profileId);
    if (it == m_readings.cend() || !it->isOk())
        return definitions;
    for (const ResourceDefinition &resource : it->resources.resources) {
        if (keys.contains(ResourceDiff::key(resource.type, resource.name)))
            definitions.append(resource);
    }
    return definitions;
}

void CompareController::exportDefinitions(const QString &profileId, const QString &path,
                                          QObject *context, ExportCallback done)
{
    // A cluster that is not saved (any more) is reported by the exporter ("the cluster is gone").
    auto *exporter =
        new DefinitionsExporter(m_endpoints ? m_endpoints(profileId) : nullptr, path, this);
    QPointer<QObject> guard(context);
    connect(exporter, &DefinitionsExporter::finished, this, [exporter, guard, done] {
        exporter->deleteLater();
        if (guard && done)
            done(exporter->isOk(), exporter->message());
    });
    exporter->start();
}

SyncController *CompareController::newSyncController(QObject *parent)
{
    auto *sync = new SyncController(m_endpoints, parent);
    // Read-your-writes: the next comparison waits for no replica behind the copy.
    connect(sync, &SyncController::wrote, this, [this](const QString &target, qint64 revision) {
        if (revision > m_written.value(target, -1))
            m_written.insert(target, revision);
    });
    return sync;
}
