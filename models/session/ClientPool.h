#pragma once
// ClientPool: one UI-thread ApiClient per saved cluster, with the profile's address, TLS trust
// and credentials, for every request the console makes outside the monitors: the panels
// (resources, change log) and the cross-cluster tools (fleet counts, compare, copy, export,
// import). One client per cluster means one session token and one connection limit. It
// follows the profile service; the monitor service ends a removed client's session.

#include "ClusterEndpoint.h"
#include "ClusterProfile.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class ApiClient;
class MonitorService;
class ProfileService;

class ClientPool final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientPool)

public:
    // Neither is owned; both must outlive the pool.
    ClientPool(ProfileService *profiles, MonitorService *monitor, QObject *parent = nullptr);
    // Hands every client's session to the monitor service, which ends it on its cluster.
    ~ClientPool() override;

    // The cluster's client; null for an unknown profile.
    ApiClient *client(const QString &profileId) const;
    // The cluster's client and resource repository for the cross-cluster tools; null for an
    // unknown profile. Lives as long as the profile; error() says why it cannot sign in.
    ClusterEndpoint *endpoint(const QString &profileId) const;
    // endpoint() as a function for the cross-cluster controllers; finds nothing once the pool
    // is gone.
    ClusterEndpointLookup endpointLookup() const;
    // How many clients the pool ever made (one per profile unless a profile was removed).
    int clientsCreated() const { return m_created; }

Q_SIGNALS:
    // A client was made or dropped.
    void clientsChanged();

private:
    struct Entry
    {
        ApiClient *client = nullptr;
        ClusterEndpoint *endpoint = nullptr;
        bool hasSecret = false;
        QString tlsError;
    };

    void sync();
    void setCredentials(const ClusterProfile &profile, const QString &secret);
    void drop(const QString &profileId);
    void endSession(ApiClient *client);
    void updateEndpoint(const QString &profileId);

    ProfileService *m_profiles;
    QPointer<MonitorService> m_monitor;
    QHash<QString, Entry> m_entries;
    int m_created = 0;
};
