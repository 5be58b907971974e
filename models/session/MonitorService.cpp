#include "MonitorService.h"

#include "LocalStore.h"
#include "MonitorHub.h"
#include "ProfileService.h"
#include "StoreThread.h"

#include <algorithm>

#include <QCoreApplication>
#include <QEvent>
#include <QJsonDocument>

MonitorService::MonitorService(StoreThread *store, ProfileService *profiles, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_profiles(profiles)
    , m_hub(new MonitorHub(store))
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
    // Every request costs the thread that runs it CPU time; with dozens of clusters that alone
    // would make the UI thread miss frames, so the monitors (created by the hub, on its
    // thread) poll there and only their results cross over, queued.
    m_pollThread.setObjectName(QStringLiteral("Clusterdesk poll"));
    m_hub->moveToThread(&m_pollThread);
    // Deleted on its own thread as it finishes (the destructor stops it).
    connect(&m_pollThread, &QThread::finished, m_hub, &QObject::deleteLater);
    connectHub();
    connectProfiles();
    m_pollThread.start();
}

MonitorService::~MonitorService()
{
    // Monitors stop first, on their thread: their last writes still reach the store, which
    // closes after them. The poll thread ends only once the store answered a job posted after
    // those writes, so every callback the store owes a monitor was delivered (or dropped with
    // its monitor) and none is left in the queue of a finished thread. The sessions of the
    // monitors (and every logout() posted before) end on their clusters first, at most
    // kLogoutWait: the poll thread sends them, the UI thread runs no loop meanwhile.
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
}

void MonitorService::connectHub()
{
    // Signals already on their way when a profile was removed are dropped.
    connect(m_hub, &MonitorHub::snapshotReady, this, &MonitorService::onSnapshot);
    connect(m_hub, &MonitorHub::pollStateChanged, this, &MonitorService::onPollState);
    connect(m_hub, &MonitorHub::nodeHealthChanged, this,
            [this](const QString &id, const QString &nodeId, NodeHealth oldHealth,
                   NodeHealth newHealth) {
                if (knows(id))
                    emit nodeHealthChanged(id, nodeId, oldHealth, newHealth);
            });
}

void MonitorService::connectProfiles()
{
    connect(m_profiles, &ProfileService::profilesLoaded, this, &MonitorService::onProfilesLoaded);
    // Adds a monitor, or updates the existing one.
    connect(m_profiles, &ProfileService::profileSaved, this, [this](const ClusterProfile &p) {
        onHub([p](MonitorHub &hub) { hub.addCluster(p); });
    });
    connect(m_profiles, &ProfileService::profileRemoved, this, &MonitorService::removeCluster);
    connect(m_profiles, &ProfileService::credentialsChanged, this,
            [this](const ClusterProfile &profile, const QString &secret) {
                onHub([profile, secret](MonitorHub &hub) { hub.setCredentials(profile, secret); });
            });
    connect(m_profiles, &ProfileService::pollWanted, this, &MonitorService::startPolling);
}

void MonitorService::onProfilesLoaded(const QList<ClusterProfile> &profiles)
{
    m_loaded = true;
    const std::chrono::milliseconds timeout = m_requestTimeout;
    onHub([profiles, timeout](MonitorHub &hub) {
        hub.setRequestTimeout(timeout);
        hub.setProfiles(profiles);
    });
    for (const ClusterProfile &profile : profiles)
        showStoredSnapshot(profile.id);
}

void MonitorService::showStoredSnapshot(const QString &id)
{
    m_store->loadSnapshot(id, this, [this, id](const std::optional<StoredSnapshot> &stored) {
        if (!knows(id))
            return; // removed meanwhile
        if (stored && !m_snapshots.contains(id)) {
            QString error;
            const auto snapshot =
                ClusterSnapshot::fromJson(QJsonDocument::fromJson(stored->json).object(), &error);
            // A stored snapshot that no longer reads is simply not shown; polling replaces it.
            if (snapshot) {
                const ClusterSnapshot stale =
                    snapshot->withStale(true).withProfileId(id).withTakenAtMs(stored->takenAtMs);
                onHub([id, stale](MonitorHub &hub) {
                    if (ClusterMonitor *monitor = hub.monitor(id))
                        monitor->seed(stale);
                });
                onSnapshot(id, stale);
            }
        }
        m_profiles->unlock(id);
    });
}

bool MonitorService::refusedSignIn(const ClusterSnapshot &snapshot)
{
    if (snapshot.isStale() || snapshot.isReachable() ||
        snapshot.errorCode() != QLatin1String("sign-in-failed"))
        return false;
    // A Spectrum token refused only because the balancer moved it to another host is not a
    // wrong password: that finding says what to change instead.
    const QList<Finding> findings = snapshot.findings();
    return std::none_of(findings.cbegin(), findings.cend(), [](const Finding &finding) {
        return finding.code == QLatin1String("auth.host-check");
    });
}

bool MonitorService::knows(const QString &profileId) const
{
    return m_profiles->profile(profileId).has_value();
}

void MonitorService::onSnapshot(const QString &profileId, const ClusterSnapshot &snapshot)
{
    if (!knows(profileId))
        return;
    m_snapshots.insert(profileId, snapshot);
    if (refusedSignIn(snapshot)) {
        // Polling on would only repeat the 401 (and may lock the account): stop and ask.
        onHub([profileId](MonitorHub &hub) {
            if (ClusterMonitor *monitor = hub.monitor(profileId))
                monitor->stop();
        });
        m_profiles->secretRefused(profileId);
    }
    emit snapshotReady(profileId, snapshot);
    // Copied first: a subscriber may drop its feed (close its page) while told.
    const QList<ClusterFeed *> feeds = m_feeds.values(profileId);
    for (ClusterFeed *feed : feeds) {
        if (m_feeds.contains(profileId, feed))
            emit feed->snapshotReady(snapshot);
    }
}

void MonitorService::onPollState(const QString &profileId, ClusterMonitor::PollState state,
                                 qint64 next)
{
    if (!knows(profileId))
        return;
    m_pollStatus.insert(profileId, {state, next});
    emit pollStateChanged(profileId, state, next);
    const QList<ClusterFeed *> feeds = m_feeds.values(profileId);
    for (ClusterFeed *feed : feeds) {
        if (m_feeds.contains(profileId, feed))
            emit feed->pollStateChanged(state, next);
    }
}

ClusterFeed *MonitorService::subscribe(const QString &profileId, QObject *owner)
{
    auto *feed = new ClusterFeed(profileId, owner);
    m_feeds.insert(profileId, feed);
    connect(feed, &QObject::destroyed, this,
            [this, profileId, feed] { m_feeds.remove(profileId, feed); });
    return feed;
}

void MonitorService::removeCluster(const QString &profileId)
{
    // Its session (the monitor's) ends on the cluster as the monitor goes.
    onHub([profileId](MonitorHub &hub) { hub.removeCluster(profileId); });
    m_snapshots.remove(profileId);
    m_pollStatus.remove(profileId);
}

void MonitorService::startPolling(const QString &profileId)
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

std::optional<ClusterSnapshot> MonitorService::snapshot(const QString &profileId) const
{
    const auto it = m_snapshots.constFind(profileId);
    if (it == m_snapshots.constEnd())
        return std::nullopt;
    return *it;
}

ClusterMonitor::PollState MonitorService::pollState(const QString &profileId) const
{
    return m_pollStatus.value(profileId).state;
}

qint64 MonitorService::nextPollAtMs(const QString &profileId) const
{
    return m_pollStatus.value(profileId).nextPollAtMs;
}

void MonitorService::refreshNow(const QString &profileId)
{
    onHub([profileId](MonitorHub &hub) { hub.refreshNow(profileId); });
}

void MonitorService::refreshAll()
{
    onHub([](MonitorHub &hub) { hub.refreshAll(); });
}

void MonitorService::setRequestTimeout(std::chrono::milliseconds timeout)
{
    m_requestTimeout = timeout;
    onHub([timeout](MonitorHub &hub) { hub.setRequestTimeout(timeout); });
}

void MonitorService::logout(const QUrl &baseUrl, const TlsPolicy &tls, const QString &token,
                            const QString &sessionId)
{
    onHub([baseUrl, tls, token, sessionId](MonitorHub &hub) {
        hub.logout(baseUrl, tls, token, sessionId);
    });
}

bool MonitorService::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange &&
        m_loaded)
        onHub([](MonitorHub &hub) { hub.reassessAll(); });
    return QObject::eventFilter(watched, event);
}

void MonitorService::onHub(std::function<void(MonitorHub &)> work)
{
    MonitorHub *hub = m_hub;
    QMetaObject::invokeMethod(
        hub, [hub, work = std::move(work)] { work(*hub); }, Qt::QueuedConnection);
}
