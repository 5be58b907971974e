#include "FleetResourceCounter.h"

#include "ClientPool.h"
#include "ClusterEndpoint.h"

FleetResourceCounter::FleetResourceCounter(ClientPool *clients, QObject *parent)
    : QObject(parent)
    , m_clients(clients)
{}

void FleetResourceCounter::count(const QString &profileId)
{
    ClusterEndpoint *endpoint = m_clients ? m_clients->endpoint(profileId) : nullptr;
    if (!endpoint || !endpoint->error().isEmpty())
        return;
    endpoint->repository()->list({}, this, [this, profileId](const ResourceResult &result) {
        if (result.isOk())
            emit counted(profileId, int(result.resources.size()));
    });
}
