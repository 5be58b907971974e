#include "MonitorHub.h"

#include <QSet>
#include <QTimer>

#include <algorithm>

MonitorHub::MonitorHub(StoreThread *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{}

MonitorHub::~MonitorHub()
{
    for (ClusterMonitor *monitor : std::as_const(m_monitors)) {
        monitor->disconnect(this);
        delete monitor;
    }
    m_monitors.clear();
    // Monitors removed earlier and still waiting for deleteLater() go before their dispatcher.
    const QList<ClusterMonitor *> leaving =
        findChildren<ClusterMonitor *>(Qt::FindDirectChildrenOnly);
    qDeleteAll(leaving);
    delete m_dispatcher;
    m_dispatcher = nullptr;
}

RequestDispatcher *MonitorHub::dispatcher()
{
    if (!m_dispatcher) {
        m_dispatcher = new RequestDispatcher(this);
        m_dispatcher->setClearTextHttp2(m_clearTextHttp2);
        m_dispatcher->setMaxInFlight(m_requestBudget);
    }
    return m_dispatcher;
}

ClusterMonitor *MonitorHub::addCluster(const ClusterProfile &profile)
{
    if (ClusterMonitor *existing = m_monitors.value(profile.id)) {
        existing->setProfile(profile);
        return existing;
    }
    auto *monitor = new ClusterMonitor(profile, m_store, this, dispatcher());
    if (m_requestTimeout)
        monitor->setRequestTimeout(*m_requestTimeout);
    const QString id = profile.id;
    connect(monitor, &ClusterMonitor::snapshotReady, this,
            [this, id](const ClusterSnapshot &snapshot) { emit snapshotReady(id, snapshot); });
    connect(monitor, &ClusterMonitor::pollStateChanged, this,
            [this, id](ClusterMonitor::PollState state, qint64 nextPollAtMs) {
                emit pollStateChanged(id, state, nextPollAtMs);
            });
    connect(monitor, &ClusterMonitor::nodeHealthChanged, this,
            [this, id](const QString &nodeId, NodeHealth oldHealth, NodeHealth newHealth) {
                emit nodeHealthChanged(id, nodeId, oldHealth, newHealth);
            });
    m_monitors.insert(id, monitor);
    emit clusterAdded(id);
    if (m_running)
        monitor->start();
    return monitor;
}

bool MonitorHub::removeCluster(const QString &profileId)
{
    ClusterMonitor *monitor = m_monitors.take(profileId);
    if (!monitor)
        return false;
    monitor->stop();
    monitor->disconnect(this);
    endSessions(monitor, std::chrono::seconds(30));
    // Later: the caller may be inside one of this monitor's signals.
    monitor->deleteLater();
    emit clusterRemoved(profileId);
    return true;
}

void MonitorHub::setProfiles(const QList<ClusterProfile> &profiles)
{
    QSet<QString> wanted;
    for (const ClusterProfile &profile : profiles)
        wanted.insert(profile.id);
    const QStringList present = m_monitors.keys();
    for (const QString &id : present) {
        if (!wanted.contains(id))
            removeCluster(id);
    }
    for (const ClusterProfile &profile : profiles)
        addCluster(profile);
}

std::optional<ClusterSnapshot> MonitorHub::latestSnapshot(const QString &profileId) const
{
    const ClusterMonitor *monitor = m_monitors.value(profileId);
    return monitor ? monitor->lastSnapshot() : std::nullopt;
}

void MonitorHub::setPasswordCredentials(const QString &profileId, const QString &user,
                                        const QString &password)
{
    if (ClusterMonitor *monitor = m_monitors.value(profileId))
        monitor->setPasswordCredentials(user, password);
}

void MonitorHub::setToken(const QString &profileId, const QString &token)
{
    if (ClusterMonitor *monitor = m_monitors.value(profileId))
        monitor->setToken(token);
}

void MonitorHub::setCredentials(const ClusterProfile &profile, const QString &secret)
{
    if (profile.authKind == ClusterProfile::AuthKind::Token)
        setToken(profile.id, secret);
    else
        setPasswordCredentials(profile.id, profile.userName, secret);
}

void MonitorHub::setRequestTimeout(std::chrono::milliseconds timeout)
{
    m_requestTimeout = timeout;
    for (ClusterMonitor *monitor : std::as_const(m_monitors))
        monitor->setRequestTimeout(timeout);
}

void MonitorHub::setClearTextHttp2(bool on)
{
    m_clearTextHttp2 = on;
    if (m_dispatcher)
        m_dispatcher->setClearTextHttp2(on);
}

void MonitorHub::setRequestBudget(int requests)
{
    m_requestBudget = std::max(requests, 0);
    if (m_dispatcher)
        m_dispatcher->setMaxInFlight(m_requestBudget);
}

std::chrono::milliseconds MonitorHub::startDelay(int index, int count, int intervalMs)
{
    if (count <= 1 || index <= 0)
        return std::chrono::milliseconds(0);
    const qint64 spread = std::min<qint64>(intervalMs, MaxStartSpread.count());
    return std::chrono::milliseconds(spread * std::min(index, count - 1) / count);
}

void MonitorHub::startAll()
{
    m_running = true;
    // Sorted by id: QHash order would change between runs.
    QStringList ids = m_monitors.keys();
    ids.sort();
    const int count = int(ids.size());
    for (int i = 0; i < count; ++i) {
        ClusterMonitor *monitor = m_monitors.value(ids.at(i));
        monitor->start(startDelay(i, count, monitor->profile().pollIntervalMs));
    }
}

void MonitorHub::stopAll()
{
    m_running = false;
    for (ClusterMonitor *monitor : std::as_const(m_monitors))
        monitor->stop();
}

void MonitorHub::endSessions(ClusterMonitor *monitor, std::chrono::milliseconds timeout)
{
    ++m_pendingLogouts;
    monitor->endSessions(timeout, this, [this] { logoutAnswered(); });
}

void MonitorHub::logout(const QUrl &baseUrl, const TlsPolicy &tls, const QString &token,
                        const QString &sessionId)
{
    if (token.isEmpty())
        return;
    ++m_pendingLogouts;
    dispatcher()->dispatch(ApiClient::logoutRequest(token, sessionId), baseUrl, tls,
                           QStringLiteral("logout"), this,
                           [this](const ApiResult &) { logoutAnswered(); });
}

void MonitorHub::logoutAll(std::chrono::milliseconds timeout, std::function<void()> done)
{
    for (ClusterMonitor *monitor : std::as_const(m_monitors))
        endSessions(monitor, timeout);
    if (m_pendingLogouts == 0) {
        done();
        return;
    }
    // Whichever comes first; the shared flag makes sure `done` runs once.
    auto once = std::make_shared<std::function<void()>>(std::move(done));
    auto fire = [once] {
        if (auto callback = std::exchange(*once, nullptr))
            callback();
    };
    m_logoutWaiters.push_back(fire);
    QTimer::singleShot(timeout, this, fire);
}

void MonitorHub::logoutAnswered()
{
    if (--m_pendingLogouts > 0)
        return;
    const auto waiters = std::exchange(m_logoutWaiters, {});
    for (const auto &waiter : waiters)
        waiter();
}

void MonitorHub::refreshNow(const QString &profileId)
{
    if (ClusterMonitor *monitor = m_monitors.value(profileId))
        monitor->refreshNow();
}

void MonitorHub::reassessAll()
{
    for (ClusterMonitor *monitor : std::as_const(m_monitors))
        monitor->reassess();
}

void MonitorHub::refreshAll()
{
    for (ClusterMonitor *monitor : std::as_const(m_monitors))
        monitor->refreshNow();
}
