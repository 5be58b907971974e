#include "ClientPool.h"

#include "ApiClient.h"
#include "ClusterEndpoint.h"
#include "ClusterMonitor.h"
#include "MonitorService.h"
#include "ProfileService.h"

#include <QSet>

ClientPool::ClientPool(ProfileService *profiles, MonitorService *monitor, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_monitor(monitor)
{
    connect(profiles, &ProfileService::profilesChanged, this, &ClientPool::sync);
    connect(profiles, &ProfileService::profileRemoved, this, &ClientPool::drop);
    connect(profiles, &ProfileService::credentialsChanged, this, &ClientPool::setCredentials);
    sync();
}

ClientPool::~ClientPool()
{
    for (const Entry &entry : std::as_const(m_entries))
        endSession(entry.client);
}

ApiClient *ClientPool::client(const QString &profileId) const
{
    return m_entries.value(profileId).client;
}

ClusterEndpoint *ClientPool::endpoint(const QString &profileId) const
{
    return m_entries.value(profileId).endpoint;
}

ClusterEndpointLookup ClientPool::endpointLookup() const
{
    return [pool = QPointer<const ClientPool>(this)](const QString &profileId) {
        return pool ? pool->endpoint(profileId) : nullptr;
    };
}

void ClientPool::sync()
{
    bool changed = false;
    QSet<QString> wanted;
    for (const ClusterProfile &profile : m_profiles->profiles()) {
        wanted.insert(profile.id);
        Entry &entry = m_entries[profile.id];
        if (!entry.client) {
            entry.client = new ApiClient(this);
            entry.endpoint = new ClusterEndpoint(profile, entry.client, this);
            ++m_created;
            changed = true;
        }
        // The same address and trust as the monitor's client (a CA file that cannot be read
        // leaves it out there too; the monitor reports it).
        entry.tlsError.clear();
        entry.client->setBaseUrl(profile.loadBalancerUrl);
        entry.client->setTlsPolicy(ClusterMonitor::tlsPolicyFor(profile, &entry.tlsError));
        // Every panel and tool writes through this client: a read-only profile's writes stop
        // here, before the wire.
        entry.client->setReadOnly(profile.readOnly);
        updateEndpoint(profile.id);
    }
    const QStringList known = m_entries.keys();
    for (const QString &id : known) {
        if (!wanted.contains(id))
            drop(id); // says clientsChanged() itself
    }
    if (changed)
        emit clientsChanged();
}

void ClientPool::setCredentials(const ClusterProfile &profile, const QString &secret)
{
    const auto it = m_entries.find(profile.id);
    if (it == m_entries.end())
        return;
    it->client->setTokenKind(profile.tokenKind);
    if (profile.authKind == ClusterProfile::AuthKind::Token)
        it->client->setToken(secret);
    else
        it->client->setPasswordCredentials(profile.userName, secret);
    it->hasSecret = !secret.isEmpty();
    updateEndpoint(profile.id);
}

void ClientPool::updateEndpoint(const QString &profileId)
{
    const Entry entry = m_entries.value(profileId);
    const std::optional<ClusterProfile> profile = m_profiles->profile(profileId);
    if (!entry.endpoint || !profile)
        return;
    entry.endpoint->setProfile(*profile);
    QString error = entry.tlsError;
    if (error.isEmpty() && !entry.hasSecret)
        error = ClusterEndpoint::tr("no password stored for %1").arg(profile->name);
    entry.endpoint->setError(error);
}

void ClientPool::drop(const QString &profileId)
{
    const Entry entry = m_entries.take(profileId);
    if (!entry.client)
        return;
    // Its session ends on the cluster, like the monitor's.
    endSession(entry.client);
    // A panel or a tool may be inside one of their callbacks.
    entry.endpoint->deleteLater();
    entry.client->deleteLater();
    emit clientsChanged();
}

void ClientPool::endSession(ApiClient *client)
{
    QString sessionId;
    const QString token = client->takeSessionToken(&sessionId);
    if (!token.isEmpty() && m_monitor)
        m_monitor->logout(client->baseUrl(), client->tlsPolicy(), token, sessionId);
}
