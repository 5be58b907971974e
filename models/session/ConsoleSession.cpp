#include "ConsoleSession.h"

#include "ApiClient.h"
#include "KeychainSecretStore.h"
#include "SecretStore.h"
#include "TlsPolicy.h"

#include <QCoreApplication>
#include <QEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QSet>

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
    , m_hub(new MonitorHub(m_store))
{
    m_secrets->setParent(this);
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
    // Every request costs the thread that runs it CPU time; with dozens of clusters that alone
    // would make the UI thread miss frames, so the monitors (created by the hub, on its
    // thread) poll there and only their results cross over, queued.
    m_pollThread.setObjectName(QStringLiteral("Clusterdesk poll"));
    m_hub->moveToThread(&m_pollThread);
    // Deleted on its own thread as it finishes (the destructor stops it).
    connect(&m_pollThread, &QThread::finished, m_hub, &QObject::deleteLater);
    // Signals already on their way when a profile was removed are dropped.
    connect(m_hub, &MonitorHub::snapshotReady, this,
            [this](const QString &id, const ClusterSnapshot &snapshot) {
                if (!profile(id))
                    return;
                m_snapshots.insert(id, snapshot);
                emit snapshotReady(id, snapshot);
            });
    connect(m_hub, &MonitorHub::pollStateChanged, this,
            [this](const QString &id, ClusterMonitor::PollState state, qint64 nextPollAtMs) {
                if (!profile(id))
                    return;
                m_pollStatus.insert(id, {state, nextPollAtMs});
                emit pollStateChanged(id, state, nextPollAtMs);
            });
    connect(m_hub, &MonitorHub::nodeHealthChanged, this,
            [this](const QString &id, const QString &nodeId, NodeHealth oldHealth,
                   NodeHealth newHealth) {
                if (profile(id))
                    emit nodeHealthChanged(id, nodeId, oldHealth, newHealth);
            });
    m_pollThread.start();
}

ConsoleSession::~ConsoleSession()
{
    // Monitors stop first, on their thread: their last writes still reach the store, which
    // closes after them. The poll thread ends only once the store answered a job posted after
    // those writes, so every callback the store owes a monitor was delivered (or dropped with
    // its monitor) and none is left in the queue of a finished thread.
    // Every session this console signed in with is ended on its cluster first (at most
    // kLogoutWait): the poll thread sends the logouts, the UI thread no longer runs a loop.
    for (ApiClient *client : std::as_const(m_clients))
        endSession(client);
    MonitorHub *hub = m_hub;
    StoreThread *store = m_store;
    QThread *thread = &m_pollThread;
    QMetaObject::invokeMethod(
        hub,
        [hub, store, thread] {
            hub->stopAll();
            hub->logoutAll(kLogoutWait, [store, thread] {
                store->run<bool>([](LocalStore &) { return true; }, nullptr,
                                 [thread](const bool &) { thread->quit(); });
            });
        },
        Qt::QueuedConnection);
    m_pollThread.wait(); // the hub is deleted as the thread finishes
    m_hub = nullptr;
    delete m_store;
    m_store = nullptr;
}

void ConsoleSession::endSession(ApiClient *client)
{
    const QString token = client->takeSessionToken();
    if (token.isEmpty())
        return;
    onHub([url = client->baseUrl(), tls = client->tlsPolicy(), token](MonitorHub &hub) {
        hub.logout(url, tls, token);
    });
}

void ConsoleSession::onHub(std::function<void(MonitorHub &)> work)
{
    MonitorHub *hub = m_hub;
    QMetaObject::invokeMethod(
        hub, [hub, work = std::move(work)] { work(*hub); }, Qt::QueuedConnection);
}

void ConsoleSession::syncClients()
{
    QSet<QString> wanted;
    for (const ClusterProfile &profile : std::as_const(m_profiles)) {
        wanted.insert(profile.id);
        ApiClient *&client = m_clients[profile.id];
        if (!client)
            client = new ApiClient(this);
        // The same address and trust as the monitor's client (a CA file that cannot be read
        // leaves it out there too; the monitor reports it).
        client->setBaseUrl(profile.loadBalancerUrl);
        client->setTlsPolicy(ClusterMonitor::tlsPolicyFor(profile));
    }
    for (auto it = m_clients.begin(); it != m_clients.end();) {
        if (wanted.contains(it.key())) {
            ++it;
            continue;
        }
        it.value()->deleteLater(); // a panel may be inside one of its callbacks
        it = m_clients.erase(it);
    }
}

void ConsoleSession::refreshNow(const QString &profileId)
{
    onHub([profileId](MonitorHub &hub) { hub.refreshNow(profileId); });
}

void ConsoleSession::refreshAll()
{
    onHub([](MonitorHub &hub) { hub.refreshAll(); });
}

ClusterMonitor::PollState ConsoleSession::pollState(const QString &profileId) const
{
    return m_pollStatus.value(profileId).state;
}

qint64 ConsoleSession::nextPollAtMs(const QString &profileId) const
{
    return m_pollStatus.value(profileId).nextPollAtMs;
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
    syncClients();
    const std::chrono::milliseconds timeout = m_requestTimeout;
    onHub([profiles, timeout](MonitorHub &hub) {
        hub.setRequestTimeout(timeout);
        hub.setProfiles(profiles);
    });
    emit profilesChanged();
    emit started(QString());
    for (const ClusterProfile &profile : profiles)
        showStoredSnapshot(profile);
}

bool ConsoleSession::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange &&
        m_started)
        onHub([](MonitorHub &hub) { hub.reassessAll(); });
    return QObject::eventFilter(watched, event);
}

void ConsoleSession::showStoredSnapshot(const ClusterProfile &profile)
{
    const QString id = profile.id;
    m_store->loadSnapshot(id, this, [this, id](const std::optional<StoredSnapshot> &stored) {
        if (!this->profile(id))
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
                onHub([id, stale](MonitorHub &hub) {
                    if (ClusterMonitor *monitor = hub.monitor(id))
                        monitor->seed(stale);
                });
                emit snapshotReady(id, stale);
            }
        }
        startMonitor(id);
    });
}

namespace {

// A cluster that signs in with a token, or with a user name and a password.
bool needsSecret(const ClusterProfile &profile)
{
    return profile.authKind == ClusterProfile::AuthKind::Token || !profile.userName.isEmpty();
}

} // namespace

void ConsoleSession::startMonitor(const QString &profileId)
{
    m_secrets->readSecret(profileId, this, [this, profileId](const SecretResult &result) {
        const std::optional<ClusterProfile> profile = this->profile(profileId);
        if (!profile)
            return;
        if (result.ok()) {
            applySecret(*profile, result.secret);
        } else if (needsSecret(*profile)) {
            // Polling without it would only say 401 ("unreachable"): wait for the user instead.
            setPasswordNeeded(
                profileId,
                result.status == SecretResult::Status::Failed
                    ? tr("the keychain could not give the password: %1").arg(result.errorString)
                : result.sessionOnly ? tr("not stored: this system has no keychain")
                                     : tr("not stored"));
            return;
        } else if (result.status == SecretResult::Status::Failed) {
            emit secretProblem(profileId, result.errorString);
        }
        // Without a secret the poll still runs: an open cluster answers.
        startPolling(profileId);
    });
}

void ConsoleSession::startPolling(const QString &profileId)
{
    onHub([profileId](MonitorHub &hub) {
        if (ClusterMonitor *monitor = hub.monitor(profileId)) {
            if (monitor->isRunning())
                monitor->refreshNow();
            else
                monitor->start();
        }
    });
}

void ConsoleSession::setPasswordNeeded(const QString &profileId, const QString &reason)
{
    if (m_passwordNeeded.value(profileId) == reason &&
        m_passwordNeeded.contains(profileId) == !reason.isEmpty())
        return;
    if (reason.isEmpty())
        m_passwordNeeded.remove(profileId);
    else
        m_passwordNeeded.insert(profileId, reason);
    emit passwordNeededChanged(profileId, !reason.isEmpty());
}

void ConsoleSession::signIn(const QString &profileId, const QString &secret)
{
    const std::optional<ClusterProfile> profile = this->profile(profileId);
    if (!profile || secret.isEmpty())
        return;
    applySecret(*profile, secret);
    // Kept like a saved secret: without a keychain for this session only (the store says so).
    m_secrets->writeSecret(profileId, secret, this, [this, profileId](const SecretResult &r) {
        if (!r.ok() || r.sessionOnly)
            emit secretProblem(profileId, r.errorString);
    });
}

void ConsoleSession::applySecret(const ClusterProfile &profile, const QString &secret)
{
    const QString id = profile.id;
    ApiClient *client = m_clients.value(id);
    if (profile.authKind == ClusterProfile::AuthKind::Token) {
        if (client)
            client->setToken(secret);
        onHub([id, secret](MonitorHub &hub) { hub.setToken(id, secret); });
    } else {
        const QString user = profile.userName;
        if (client)
            client->setPasswordCredentials(user, secret);
        onHub(
            [id, user, secret](MonitorHub &hub) { hub.setPasswordCredentials(id, user, secret); });
    }
    if (isPasswordNeeded(id)) {
        // The cluster waited for this: poll it now, after the credentials.
        setPasswordNeeded(id, QString());
        startPolling(id);
    }
}

std::optional<ClusterProfile> ConsoleSession::profile(const QString &id) const
{
    for (const ClusterProfile &profile : m_profiles) {
        if (profile.id == id)
            return profile;
    }
    return std::nullopt;
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
        syncClients();
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
                        const ClusterProfile added = *stored;
                        onHub([added](MonitorHub &hub) { hub.addCluster(added); });
                        if (!password.isEmpty())
                            applySecret(added, password);
                        onHub([id](MonitorHub &hub) {
                            if (ClusterMonitor *monitor = hub.monitor(id))
                                monitor->start();
                        });
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
                        const ClusterProfile updated = *stored;
                        // Updates the existing monitor.
                        onHub([updated](MonitorHub &hub) { hub.addCluster(updated); });
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
    m_store->removeProfile(
        profileId, this, [this, profileId, guard, hasContext, callback](const bool &ok) {
            if (ok) {
                // Both sessions of the profile (monitor and UI client) end on the cluster.
                onHub([profileId](MonitorHub &hub) { hub.removeCluster(profileId); });
                if (ApiClient *client = m_clients.value(profileId))
                    endSession(client);
                m_snapshots.remove(profileId);
                m_pollStatus.remove(profileId);
                m_passwordNeeded.remove(profileId);
                m_secrets->deleteSecret(profileId, this, {});
                m_profiles.removeIf(
                    [&](const ClusterProfile &profile) { return profile.id == profileId; });
                syncClients();
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
    onHub([timeout](MonitorHub &hub) { hub.setRequestTimeout(timeout); });
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
    const auto timeout = request.timeout;
    client->send(
        request, client, [client, guard, hasContext, callback, timeout](const ApiResult &answer) {
            ConnectionTestResult result;
            result.errorKind = answer.errorKind;
            result.errorText = answer.errorText;
            result.certificate = answer.peerCertificate;
            result.sslErrors = answer.sslErrors;
            if (!answer.peerCertificate.isNull()) {
                result.certificateSha256 = TlsPolicy::sha256Fingerprint(answer.peerCertificate);
                result.certificateDescription =
                    TlsPolicy::describeCertificate(answer.peerCertificate);
            }
            const auto deliver = [client, guard, hasContext,
                                  callback](const ConnectionTestResult &r) {
                client->deleteLater();
                if (callback && (!hasContext || guard))
                    callback(r);
            };
            if (answer.ok) {
                const QJsonObject cluster = answer.json.object();
                const QJsonValue nodes = cluster.value(QLatin1String("nodes"));
                if (!answer.json.isObject() || !nodes.isArray()) {
                    result.errorKind = ApiResult::ErrorKind::BadJson;
                    result.errorText =
                        Tr::tr("the answer is not a Clusterdesk cluster description");
                } else {
                    result.ok = true;
                    result.errorKind = ApiResult::ErrorKind::None;
                    result.clusterId = cluster.value(QLatin1String("id")).toString();
                    result.clusterName = cluster.value(QLatin1String("name")).toString();
                    result.nodeCount = int(nodes.toArray().size());
                    // Signed in: say as whom, so a viewer's account is not mistaken for an admin's.
                    ApiRequest who = ApiRequest::get(QStringLiteral("/api/v1/session"));
                    who.timeout = timeout;
                    client->send(who, client, [result, deliver](const ApiResult &session) mutable {
                        if (session.ok && session.json.isObject())
                            result.signedInAs = SessionInfo::fromJson(session.json.object())
                                                    .value_or(SessionInfo{});
                        deliver(result);
                    });
                    return;
                }
            }
            deliver(result);
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
