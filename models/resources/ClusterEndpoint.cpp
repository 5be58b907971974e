#include "ClusterEndpoint.h"

#include "ClusterMonitor.h"
#include "SecretStore.h"

#include <QPointer>

ClusterEndpoint::ClusterEndpoint(const ClusterProfile &profile, const QString &secret,
                                 QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_client(new ApiClient(this))
    , m_repository(new ResourceRepository(m_client, this))
{
    QString tlsError;
    m_client->setClusterIdentity(profile.id, profile.name);
    m_client->setBaseUrl(profile.loadBalancerUrl);
    m_client->setTlsPolicy(ClusterMonitor::tlsPolicyFor(profile, &tlsError));
    // The command line's writes meet the same switch as the window's.
    m_client->setReadOnly(profile.readOnly);
    m_error = tlsError;
    if (secret.isEmpty()) {
        if (m_error.isEmpty())
            m_error = tr("no password stored for %1").arg(profile.name);
    } else if (profile.authKind == ClusterProfile::AuthKind::Token) {
        m_client->setToken(secret);
    } else {
        m_client->setPasswordCredentials(profile.userName, secret);
    }
}

ClusterEndpoint::ClusterEndpoint(const ClusterProfile &profile, ApiClient *sharedClient,
                                 QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_client(sharedClient)
    , m_repository(new ResourceRepository(sharedClient, this))
{
    m_client->setClusterIdentity(profile.id, profile.name);
}

void ClusterEndpoint::setProfile(const ClusterProfile &profile)
{
    m_profile = profile;
    m_client->setClusterIdentity(profile.id, profile.name);
}

void ClusterEndpoint::open(const ClusterProfile &profile, SecretStore *secrets,
                           const std::optional<QString> &password, QObject *parent,
                           QObject *context, OpenCallback callback)
{
    QPointer<QObject> guard(context);
    QPointer<QObject> owner(parent);
    auto finish = [profile, guard, owner, callback](const QString &secret,
                                                    const QString &problem = QString()) {
        if (!guard)
            return;
        auto *endpoint = new ClusterEndpoint(profile, secret, owner);
        // The secret store's reason replaces the bare "no password stored", never a TLS error.
        if (!problem.isEmpty() &&
            endpoint->error() == tr("no password stored for %1").arg(profile.name))
            endpoint->setError(problem);
        callback(endpoint);
    };
    if (password || !secrets) {
        QMetaObject::invokeMethod(
            context, [finish, secret = password.value_or(QString())] { finish(secret); },
            Qt::QueuedConnection);
        return;
    }
    secrets->readSecret(profile.id, context, [finish](const SecretResult &result) {
        // The store's reason (a refused source, or where a password could be saved) says more
        // than "no password stored".
        finish(result.ok() ? result.secret : QString(),
               result.ok() ? QString() : result.errorString);
    });
}
