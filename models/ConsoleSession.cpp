#include "ConsoleSession.h"

#include "ApiClient.h"
#include "KeychainSecretStore.h"
#include "SecretStore.h"
#include "TlsPolicy.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ConsoleSession)
};

// Runs `callback` later (never inside the caller's call), unless `context` is gone by then.
template<typename T>
void later(QObject *receiver, QObject *context, std::function<void(const T &)> callback, T value)
{
    if (!callback)
        return;
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    QMetaObject::invokeMethod(
        receiver,
        [guard, hasContext, callback = std::move(callback), value = std::move(value)] {
            if (!hasContext || guard)
                callback(value);
        },
        Qt::QueuedConnection);
}

} // namespace

ConsoleSession::ConsoleSession(SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_store(new StoreThread(this))
    , m_secrets(secrets ? secrets : new KeychainSecretStore(this))
    , m_hub(new MonitorHub(m_store, this))
{
    m_secrets->setParent(this);
    connect(m_hub, &MonitorHub::snapshotReady, this,
            [this](const QString &id, const ClusterSnapshot &snapshot) {
                m_snapshots.insert(id, snapshot);
                emit snapshotReady(id, snapshot);
            });
    connect(m_hub, &MonitorHub::pollStateChanged, this, &ConsoleSession::pollStateChanged);
    connect(m_hub, &MonitorHub::nodeHealthChanged, this, &ConsoleSession::nodeHealthChanged);
}

ConsoleSession::~ConsoleSession()
{
    // Monitors first: their last writes still reach the store, which closes after them.
    delete m_hub;
    m_hub = nullptr;
    delete m_store;
    m_store = nullptr;
}

void ConsoleSession::start(const QString &dataDir)
{
    if (m_starting || m_started)
        return;
    m_starting = true;
    m_store->open(dataDir, this, [this](const QString &error) {
        if (!error.isEmpty()) {
            m_starting = false;
            emit started(error);
            return;
        }
        // Old samples go first, on the store's thread, before anything reads them.
        m_store->run<qint64>([](LocalStore &store) { return store.purgeOlderThan(); }, nullptr, {});
        m_store->profiles(
            this, [this](const QList<ClusterProfile> &profiles) { onProfilesLoaded(profiles); });
    });
}

void ConsoleSession::onProfilesLoaded(const QList<ClusterProfile> &profiles)
{
    m_profiles = profiles;
    m_starting = false;
    m_started = true;
    m_hub->setProfiles(profiles);
    m_hub->setRequestTimeout(m_requestTimeout);
    emit profilesChanged();
    emit started(QString());
    for (const ClusterProfile &profile : profiles)
        showStoredSnapshot(profile);
}

void ConsoleSession::showStoredSnapshot(const ClusterProfile &profile)
{
    const QString id = profile.id;
    m_store->loadSnapshot(id, this, [this, id](const std::optional<StoredSnapshot> &stored) {
        ClusterMonitor *monitor = m_hub->monitor(id);
        if (!monitor)
            return; // removed meanwhile
        if (stored && !m_snapshots.contains(id)) {
            QString error;
            const auto snapshot =
                ClusterSnapshot::fromJson(QJsonDocument::fromJson(stored->json).object(), &error);
            // A stored snapshot that no longer reads is simply not shown; polling replaces it.
            if (snapshot) {
                const ClusterSnapshot stale =
                    snapshot->withStale(true).withProfileId(id).withTakenAtMs(stored->takenAtMs);
                m_snapshots.insert(id, stale);
                monitor->seed(stale);
                emit snapshotReady(id, stale);
            }
        }
        startMonitor(id);
    });
}

void ConsoleSession::startMonitor(const QString &profileId)
{
    m_secrets->readSecret(profileId, this, [this, profileId](const SecretResult &result) {
        const std::optional<ClusterProfile> profile = this->profile(profileId);
        ClusterMonitor *monitor = m_hub->monitor(profileId);
        if (!profile || !monitor)
            return;
        if (result.ok())
            applySecret(*profile, result.secret);
        else if (result.status == SecretResult::Status::Failed)
            emit secretProblem(profileId, result.errorString);
        // Without a secret the poll still runs: an open cluster answers, a closed one says 401.
        monitor->start();
    });
}

void ConsoleSession::applySecret(const ClusterProfile &profile, const QString &secret)
{
    if (profile.authKind == ClusterProfile::AuthKind::Token)
        m_hub->setToken(profile.id, secret);
    else
        m_hub->setPasswordCredentials(profile.id, profile.userName, secret);
}

std::optional<ClusterProfile> ConsoleSession::profile(const QString &id) const
{
    for (const ClusterProfile &profile : m_profiles) {
        if (profile.id == id)
            return profile;
    }
    return std::nullopt;
}

ApiClient *ConsoleSession::apiClient(const QString &profileId) const
{
    ClusterMonitor *monitor = m_hub->monitor(profileId);
    return monitor ? monitor->apiClient() : nullptr;
}

std::optional<ClusterSnapshot> ConsoleSession::snapshot(const QString &profileId) const
{
    const auto it = m_snapshots.constFind(profileId);
    if (it == m_snapshots.constEnd())
        return std::nullopt;
    return *it;
}

void ConsoleSession::reloadProfiles(std::function<void()> then)
{
    m_store->profiles(this, [this, then = std::move(then)](const QList<ClusterProfile> &profiles) {
        m_profiles = profiles;
        emit profilesChanged();
        if (then)
            then();
    });
}

void ConsoleSession::addProfile(const ClusterProfile &profile, const QString &password,
                                QObject *context, Callback<StoreWriteResult> callback)
{
    if (const auto problem = profile.validate()) {
        later<StoreWriteResult>(this, context, std::move(callback), {false, *problem});
        return;
    }
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    auto finish = [guard, hasContext, callback](const StoreWriteResult &result) {
        if (callback && (!hasContext || guard))
            callback(result);
    };
    m_store->addProfile(
        profile, this, [this, profile, password, finish](const StoreWriteResult &r) {
            if (!r.ok) {
                finish(r);
                return;
            }
            const QString id = profile.id;
            auto added = [this, id, password, finish](const StoreWriteResult &result) {
                reloadProfiles([this, id, password, finish, result] {
                    if (const auto stored = this->profile(id)) {
                        m_hub->addCluster(*stored);
                        if (!password.isEmpty())
                            applySecret(*stored, password);
                        m_hub->monitor(id)->start();
                    }
                    finish(result);
                });
            };
            if (password.isEmpty()) {
                added(r);
                return;
            }
            m_secrets->writeSecret(
                id, password, this, [this, id, added](const SecretResult &secret) {
                    StoreWriteResult result;
                    result.ok = secret.ok();
                    if (!result.ok)
                        result.problem = {QStringLiteral("password"), secret.errorString};
                    if (secret.sessionOnly || !result.ok)
                        emit secretProblem(id, secret.errorString);
                    added(result);
                });
        });
}

void ConsoleSession::updateProfile(const ClusterProfile &profile,
                                   const std::optional<QString> &password, QObject *context,
                                   Callback<StoreWriteResult> callback)
{
    if (const auto problem = profile.validate()) {
        later<StoreWriteResult>(this, context, std::move(callback), {false, *problem});
        return;
    }
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    auto finish = [guard, hasContext, callback](const StoreWriteResult &result) {
        if (callback && (!hasContext || guard))
            callback(result);
    };
    m_store->updateProfile(
        profile, this, [this, profile, password, finish](const StoreWriteResult &r) {
            if (!r.ok) {
                finish(r);
                return;
            }
            const QString id = profile.id;
            auto updated = [this, id, password, finish](const StoreWriteResult &result) {
                reloadProfiles([this, id, password, finish, result] {
                    if (const auto stored = this->profile(id)) {
                        m_hub->addCluster(*stored); // updates the existing monitor
                        if (password)
                            applySecret(*stored, *password);
                    }
                    finish(result);
                });
            };
            if (!password) {
                updated(r);
                return;
            }
            auto written = [this, id, updated](const SecretResult &secret) {
                StoreWriteResult result;
                result.ok = secret.ok();
                if (!result.ok) {
                    result.problem = {QStringLiteral("password"), secret.errorString};
                    emit secretProblem(id, secret.errorString);
                }
                updated(result);
            };
            if (password->isEmpty())
                m_secrets->deleteSecret(id, this, written);
            else
                m_secrets->writeSecret(id, *password, this, written);
        });
}

void ConsoleSession::removeProfile(const QString &profileId, QObject *context,
                                   Callback<bool> callback)
{
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    m_store->removeProfile(profileId, this,
                           [this, profileId, guard, hasContext, callback](const bool &ok) {
                               if (ok) {
                                   m_hub->removeCluster(profileId);
                                   m_snapshots.remove(profileId);
                                   m_secrets->deleteSecret(profileId, this, {});
                                   m_profiles.removeIf([&](const ClusterProfile &profile) {
                                       return profile.id == profileId;
                                   });
                                   emit profilesChanged();
                               }
                               if (callback && (!hasContext || guard))
                                   callback(ok);
                           });
}

void ConsoleSession::reorderProfiles(const QStringList &idsInOrder, QObject *context,
                                     Callback<bool> callback)
{
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    m_store->reorderProfiles(idsInOrder, this, [this, guard, hasContext, callback](const bool &ok) {
        auto done = [guard, hasContext, callback, ok] {
            if (callback && (!hasContext || guard))
                callback(ok);
        };
        if (ok)
            reloadProfiles(done);
        else
            done();
    });
}

void ConsoleSession::setRequestTimeout(std::chrono::milliseconds timeout)
{
    m_requestTimeout = timeout;
    m_hub->setRequestTimeout(timeout);
}

void ConsoleSession::testConnection(const ClusterProfile &profile, const QString &password,
                                    QObject *context, Callback<ConnectionTestResult> callback)
{
    QString tlsError;
    const TlsPolicy policy = ClusterMonitor::tlsPolicyFor(profile, &tlsError);
    if (!tlsError.isEmpty()) {
        ConnectionTestResult result;
        result.errorKind = ApiResult::ErrorKind::Tls;
        result.errorText = tlsError;
        later<ConnectionTestResult>(this, context, std::move(callback), result);
        return;
    }
    auto *client = new ApiClient(this);
    client->setBaseUrl(profile.loadBalancerUrl);
    client->setTlsPolicy(policy);
    if (!password.isEmpty()) {
        if (profile.authKind == ClusterProfile::AuthKind::Token)
            client->setToken(password);
        else
            client->setPasswordCredentials(profile.userName, password);
    }
    ApiRequest request = ApiRequest::get(QStringLiteral("/api/v1/cluster"));
    request.timeout = m_requestTimeout;
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    client->send(request, client, [client, guard, hasContext, callback](const ApiResult &answer) {
        client->deleteLater();
        ConnectionTestResult result;
        result.errorKind = answer.errorKind;
        result.errorText = answer.errorText;
        result.certificate = answer.peerCertificate;
        result.sslErrors = answer.sslErrors;
        if (!answer.peerCertificate.isNull()) {
            result.certificateSha256 = TlsPolicy::sha256Fingerprint(answer.peerCertificate);
            result.certificateDescription = TlsPolicy::describeCertificate(answer.peerCertificate);
        }
        if (answer.ok) {
            const QJsonObject cluster = answer.json.object();
            const QJsonValue nodes = cluster.value(QLatin1String("nodes"));
            if (!answer.json.isObject() || !nodes.isArray()) {
                result.errorKind = ApiResult::ErrorKind::BadJson;
                result.errorText = Tr::tr("the answer is not a Clusterdesk cluster description");
            } else {
                result.ok = true;
                result.errorKind = ApiResult::ErrorKind::None;
                result.clusterId = cluster.value(QLatin1String("id")).toString();
                result.clusterName = cluster.value(QLatin1String("name")).toString();
                result.nodeCount = int(nodes.toArray().size());
            }
        }
        if (callback && (!hasContext || guard))
            callback(result);
    });
}

ClusterProfile ConsoleSession::trustingCertificate(const ClusterProfile &profile,
                                                   const QSslCertificate &certificate,
                                                   const QList<QSslError> &errors)
{
    TlsPolicy policy;
    QList<TlsPolicy::TrustedCertificate> trusted;
    for (const AcceptedCertificate &accepted : profile.acceptedCertificates) {
        TlsPolicy::TrustedCertificate entry;
        entry.sha256 = accepted.sha256;
        for (const int code : accepted.errors)
            entry.errors.append(QSslError::SslError(code));
        trusted.append(entry);
    }
    policy.setTrustedCertificates(trusted);
    policy.trustCertificate(certificate, errors);
    ClusterProfile result = profile;
    result.acceptedCertificates.clear();
    for (const TlsPolicy::TrustedCertificate &entry : policy.trustedCertificates()) {
        AcceptedCertificate accepted;
        accepted.sha256 = entry.sha256;
        for (const QSslError::SslError code : entry.errors)
            accepted.errors.append(int(code));
        result.acceptedCertificates.append(accepted);
    }
    return result;
}
