#include "ExporterPoller.h"

#include "MonitorHub.h"
#include "MonitorService.h"
#include "ProfileService.h"
#include "SecretStore.h"
#include "StoreThread.h"

#include <QDateTime>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Exporter)
};

} // namespace

ExporterPoller::ExporterPoller(SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_store(std::make_unique<StoreThread>())
    , m_secrets(secrets)
    , m_profiles(std::make_unique<ProfileService>(m_store.get(), m_secrets.get()))
    , m_hub(new MonitorHub(nullptr)) // no store: the exporter keeps no history of its own
{
    m_pollThread.setObjectName(QStringLiteral("Clusterdesk exporter poll"));
    m_hub->moveToThread(&m_pollThread);
    connect(&m_pollThread, &QThread::finished, m_hub, &QObject::deleteLater);
    connectHub();
    m_pollThread.start();
}

ExporterPoller::~ExporterPoller()
{
    // The monitors stop on their thread and end their sessions on the clusters (bounded by
    // kLogoutWait), then the thread ends; the hub is deleted as it finishes.
    MonitorHub *hub = m_hub;
    QThread *thread = &m_pollThread;
    QMetaObject::invokeMethod(
        hub,
        [hub, thread] {
            hub->stopAll();
            hub->logoutAll(MonitorService::kLogoutWait, [thread] { thread->quit(); });
        },
        Qt::QueuedConnection);
    m_pollThread.wait();
    m_hub = nullptr;
    m_profiles.reset(); // before the secrets and the store it uses
}

void ExporterPoller::setRequestTimeout(std::chrono::milliseconds timeout)
{
    m_requestTimeout = timeout;
    onHub([timeout](MonitorHub &hub) { hub.setRequestTimeout(timeout); });
}

void ExporterPoller::start(const QString &dataDir, const QStringList &names, bool all)
{
    connectProfiles();
    m_store->open(dataDir, this, [this, names, all](const QString &error) {
        if (!error.isEmpty()) {
            emit started(Tr::tr("cannot open the local store: %1").arg(error));
            return;
        }
        m_profiles->load([this, names, all] { onProfilesLoaded(names, all); });
    });
}

void ExporterPoller::onProfilesLoaded(const QStringList &names, bool all)
{
    const QList<ClusterProfile> saved = m_profiles->profiles();
    QList<ClusterProfile> chosen;
    for (const QString &name : names) {
        const auto it = std::find_if(saved.cbegin(), saved.cend(),
                                     [&](const ClusterProfile &p) { return p.name == name; });
        if (it == saved.cend()) {
            emit started(Tr::tr("no saved cluster is named \"%1\" (see clusterdesk cluster list)")
                             .arg(name));
            return;
        }
        if (!m_clusters.contains(it->id))
            chosen.append(*it);
        m_clusters.insert(it->id, {});
    }
    if (all) {
        chosen = saved;
        m_clusters.clear();
    }
    if (chosen.isEmpty()) {
        emit started(Tr::tr("there are no saved clusters to export (add one with clusterdesk "
                            "cluster add)"));
        return;
    }
    for (const ClusterProfile &profile : std::as_const(chosen)) {
        ClusterState state;
        state.name = profile.name;
        state.pollDurations = std::make_shared<metrics::Histogram>();
        m_clusters.insert(profile.id, state);
        m_order.append(profile.id);
    }
    const std::chrono::milliseconds timeout = m_requestTimeout;
    onHub([chosen, timeout](MonitorHub &hub) {
        hub.setRequestTimeout(timeout);
        for (const ClusterProfile &profile : chosen)
            hub.addCluster(profile);
    });
    for (const QString &id : std::as_const(m_order))
        m_profiles->unlock(id);
    emit started(QString());
}

void ExporterPoller::connectProfiles()
{
    connect(
        m_profiles.get(), &ProfileService::credentialsChanged, this,
        [this](const ClusterProfile &profile, const QString &secret) {
            if (m_clusters.contains(profile.id))
                onHub([profile, secret](MonitorHub &hub) { hub.setCredentials(profile, secret); });
        });
    connect(m_profiles.get(), &ProfileService::pollWanted, this, [this](const QString &id) {
        const int index = int(m_order.indexOf(id));
        const int count = int(m_order.size());
        onHub([id, index, count](MonitorHub &hub) {
            ClusterMonitor *monitor = hub.monitor(id);
            if (monitor && !monitor->isRunning())
                monitor->start(
                    MonitorHub::startDelay(index, count, monitor->profile().pollIntervalMs));
        });
    });
    connect(m_profiles.get(), &ProfileService::passwordNeededChanged, this,
            [this](const QString &id, bool needed) {
                auto it = m_clusters.find(id);
                if (!needed || it == m_clusters.end())
                    return;
                ++it->errors[QStringLiteral("no-password")];
                emit logLine(Tr::tr("cluster \"%1\" is not polled: no password: %2")
                                 .arg(it->name, m_profiles->passwordNeededReason(id)));
            });
    connect(m_profiles.get(), &ProfileService::secretProblem, this,
            [this](const QString &id, const QString &text) {
                if (m_clusters.contains(id))
                    emit logLine(Tr::tr("cluster \"%1\": %2").arg(m_clusters.value(id).name, text));
            });
}

void ExporterPoller::connectHub()
{
    connect(m_hub, &MonitorHub::snapshotReady, this, &ExporterPoller::onSnapshot);
    connect(m_hub, &MonitorHub::pollStateChanged, this,
            [this](const QString &id, ClusterMonitor::PollState state, qint64) {
                auto it = m_clusters.find(id);
                if (it != m_clusters.end() && state == ClusterMonitor::PollState::Polling)
                    it->pollStartedAtMs = QDateTime::currentMSecsSinceEpoch();
            });
}

void ExporterPoller::onSnapshot(const QString &profileId, const ClusterSnapshot &snapshot)
{
    auto it = m_clusters.find(profileId);
    if (it == m_clusters.end() || snapshot.isStale())
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // A reassessment (no poll) comes without a poll start: it is not a poll.
    if (it->pollStartedAtMs > 0) {
        it->pollDurations->observe(double(now - it->pollStartedAtMs) / 1000.0);
        it->pollStartedAtMs = 0;
        it->lastPollEndMs = now;
        if (!snapshot.isReachable())
            ++it->errors[snapshot.errorCode().isEmpty() ? QStringLiteral("error")
                                                        : snapshot.errorCode()];
    }
    it->snapshot = snapshot;
    const QString error = snapshot.isReachable() ? QString() : snapshot.errorCode();
    if (error != it->lastError) {
        it->lastError = error;
        emit logLine(error.isEmpty()
                         ? Tr::tr("cluster \"%1\": polled").arg(it->name)
                         : Tr::tr("cluster \"%1\": unreachable (%2)").arg(it->name, error));
    }
}

ExporterState ExporterPoller::state() const
{
    ExporterState state;
    for (const QString &id : m_order) {
        const ClusterState &cluster = m_clusters[id];
        ExporterClusterState out;
        out.name = cluster.name;
        out.snapshot = cluster.snapshot;
        out.pollDurations = cluster.pollDurations->snapshot();
        out.pollErrors = cluster.errors;
        out.lastPollEndMs = cluster.lastPollEndMs;
        state.clusters.append(out);
    }
    return state;
}

void ExporterPoller::onHub(std::function<void(MonitorHub &)> work)
{
    MonitorHub *hub = m_hub;
    QMetaObject::invokeMethod(
        hub, [hub, work = std::move(work)] { work(*hub); }, Qt::QueuedConnection);
}
