#pragma once
// ClusterEndpoint: a signed-in ApiClient and ResourceRepository for one cluster profile, saved or
// given on the command line, for the cross-cluster tools (compare, sync, export, fleet counts).
// The console's endpoints come from its ClientPool and share the pool's client.

#include "ApiClient.h"
#include "ClusterProfile.h"
#include "ResourceRepository.h"

#include <QObject>

#include <functional>
#include <optional>

class SecretStore;
class ClusterEndpoint;

// Finds the endpoint of a saved cluster by profile id (null when there is none): how the
// cross-cluster controllers reach clusters without owning their clients.
using ClusterEndpointLookup = std::function<ClusterEndpoint *(const QString &profileId)>;

class ClusterEndpoint final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterEndpoint)

public:
    using OpenCallback = std::function<void(ClusterEndpoint *endpoint)>;

    // `secret` is the password (or the token for a token profile); empty: no credentials, and
    // error() says why.
    ClusterEndpoint(const ClusterProfile &profile, const QString &secret,
                    QObject *parent = nullptr);
    // Over a client someone else owns and signs in (the console's ClientPool); error() is what
    // that owner says.
    ClusterEndpoint(const ClusterProfile &profile, ApiClient *sharedClient,
                    QObject *parent = nullptr);

    // The secret from `password` when given, else from `secrets` (the profile's id); the
    // endpoint, owned by `parent`, comes back through the event loop, always (error() tells
    // whether it can sign in). Dropped when `context` is destroyed first.
    static void open(const ClusterProfile &profile, SecretStore *secrets,
                     const std::optional<QString> &password, QObject *parent, QObject *context,
                     OpenCallback callback);

    const ClusterProfile &profile() const { return m_profile; }
    // Also names the cluster to its client's activity records.
    void setProfile(const ClusterProfile &profile);
    QString label() const { return m_profile.name; }
    // Non-empty when requests cannot succeed (TLS settings unusable, no password stored).
    QString error() const { return m_error; }
    void setError(const QString &error) { m_error = error; }
    ApiClient *client() const { return m_client; }
    ResourceRepository *repository() const { return m_repository; }

private:
    ClusterProfile m_profile;
    QString m_error;
    ApiClient *m_client;
    ResourceRepository *m_repository;
};
