#include "ReportCollector.h"

#include "ApiClient.h"
#include "ClusterMonitor.h"
#include "CredentialSources.h"
#include "ResourceDefinition.h"
#include "SecretStore.h"
#include "StoreThread.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>

#include <algorithm>

namespace {

// What the store's worker finds for one cluster.
struct StoredPart
{
    bool open = false;
    QMap<QString, QList<NodeSample>> history;
    std::optional<ClusterSnapshot> lastSnapshot;
    QList<ActivityEntry> activity;
};

} // namespace

ReportCollector::ReportCollector(QObject *parent)
    : QObject(parent)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        if (m_polled)
            return;
        onSnapshot(ClusterSnapshot()
                       .withTakenAtMs(QDateTime::currentMSecsSinceEpoch())
                       .withReachable(false, ReportTr::tr("no answer in time")));
    });
}

ReportCollector::~ReportCollector()
{
    dropClusterWork();
}

void ReportCollector::setStore(StoreThread *store)
{
    m_store = store;
}

void ReportCollector::setSecretStore(SecretStore *secrets)
{
    m_secrets = secrets;
}

void ReportCollector::start(const QList<ReportTarget> &targets, const ReportPeriod &period,
                            bool fleet)
{
    if (m_running)
        return;
    m_running = true;
    m_targets = targets;
    m_data = ReportData();
    m_data.generatedAt = QDateTime::currentDateTime().toTimeZone(QTimeZone::systemTimeZone());
    m_data.period = period;
    m_data.fleet = fleet;
    m_index = -1;
    QMetaObject::invokeMethod(this, &ReportCollector::next, Qt::QueuedConnection);
}

void ReportCollector::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    dropClusterWork();
    QMetaObject::invokeMethod(this, &ReportCollector::cancelled, Qt::QueuedConnection);
}

void ReportCollector::dropClusterWork()
{
    m_deadline.stop();
    if (m_monitor)
        m_monitor->stop();
    // Deleting the work object drops every callback that names it as context.
    delete m_work;
    m_work = nullptr;
    m_client = nullptr;
    m_monitor = nullptr;
}

void ReportCollector::next()
{
    if (!m_running)
        return;
    dropClusterWork();
    ++m_index;
    if (m_index >= m_targets.size()) {
        m_running = false;
        emit finished(m_data);
        return;
    }
    const ReportTarget &target = m_targets.at(m_index);
    m_current = ClusterReport();
    m_current.profileName = target.profile.name;
    m_current.loadBalancerUrl = target.profile.loadBalancerUrl;
    m_polled = false;
    m_pending = 0;
    m_work = new QObject(this);
    m_user = target.user.isEmpty() ? target.profile.userName : target.user;
    if (target.password || target.token || (!m_secrets && !m_lookup) || !target.useSecretStore) {
        poll(target, m_user, target.password, target.token);
        return;
    }
    if (m_lookup) {
        m_lookup(target.profile, m_work, [this](const CredentialResult &result) {
            pollWithSecret(result.ok() ? result.secret : QString(),
                           result.status == CredentialResult::Status::Refused ? result.errorString
                                                                              : QString());
        });
        return;
    }
    m_secrets->readSecret(target.profile.id, m_work, [this](const SecretResult &result) {
        pollWithSecret(result.ok() ? result.secret : QString(),
                       result.status == SecretResult::Status::Failed ? result.errorString
                                                                     : QString());
    });
}

void ReportCollector::pollWithSecret(const QString &secret, const QString &problem)
{
    const ReportTarget &target = m_targets.at(m_index);
    if (secret.isEmpty()) {
        // A refused source says why and what to do; it never holds the secret.
        m_current.problems
            << (!problem.isEmpty()
                    ? problem
                    : ReportTr::tr("no password is stored for %1").arg(target.profile.name));
        poll(target, m_user, std::nullopt, std::nullopt);
    } else if (target.profile.authKind == ClusterProfile::AuthKind::Token) {
        poll(target, QString(), std::nullopt, secret);
    } else {
        poll(target, m_user, secret, std::nullopt);
    }
}

void ReportCollector::poll(const ReportTarget &target, const QString &user,
                           const std::optional<QString> &password,
                           const std::optional<QString> &token)
{
    m_password = password;
    m_token = token;
    m_monitor = new ClusterMonitor(target.profile, nullptr, m_work);
    m_monitor->setRequestTimeout(m_requestTimeout);
    if (token)
        m_monitor->setToken(*token);
    else if (password)
        m_monitor->setPasswordCredentials(user, *password);
    connect(m_monitor, &ClusterMonitor::snapshotReady, this, &ReportCollector::onSnapshot);
    // The monitor gives up after about two request timeouts; this is the backstop.
    m_deadline.start(m_requestTimeout * 3 + std::chrono::seconds(2));
    m_monitor->start();
}

void ReportCollector::onSnapshot(const ClusterSnapshot &snapshot)
{
    if (m_polled || !m_running)
        return;
    m_polled = true;
    m_deadline.stop();
    if (m_monitor)
        m_monitor->stop();
    const ReportTarget &target = m_targets.at(m_index);
    m_current.snapshot = snapshot.withProfileId(target.profile.id);
    emit progress(m_index, int(m_targets.size()), m_current.displayName());
    m_pending = 1; // held until every part has been asked for
    fetchHistory();
    // A plain Spectrum cluster publishes no change log, license, dataflows or resources: they
    // are not asked for (the report says so in one line each), so their absence is no problem.
    if (snapshot.isReachable() && !snapshot.capabilities().isPlainSpectrum())
        fetchFromCluster();
    // The poll's sessions end before the next cluster (or the command) goes on.
    ++m_pending;
    m_monitor->endSessions(ClusterMonitor::DefaultLogoutWait, m_work, [this] { partDone(); });
    partDone();
}

void ReportCollector::fetchHistory()
{
    if (!m_store)
        return;
    ++m_pending;
    const QString profileId = m_targets.at(m_index).profile.id;
    QStringList nodeIds;
    for (const NodeSnapshot &node : m_current.snapshot.nodes())
        nodeIds << node.id();
    const ReportPeriod period = m_data.period;
    const bool reachable = m_current.isReachable();
    // What this console sent the cluster: by its saved id, or the address of an unsaved one.
    ActivityFilter activityFilter;
    activityFilter.cluster =
        profileId.isEmpty() ? m_targets.at(m_index).profile.loadBalancerUrl.host() : profileId;
    activityFilter.fromMs = period.fromMs;
    activityFilter.toMs = period.toMs;
    activityFilter.limit = MaxActivity;
    m_store->run<StoredPart>(
        [profileId, nodeIds, period, reachable, activityFilter](LocalStore &store) {
            StoredPart part;
            part.open = store.isOpen();
            if (!part.open)
                return part;
            QStringList ids = nodeIds;
            // Unreachable now: the last snapshot says which nodes there were.
            if (!reachable || ids.isEmpty()) {
                if (const auto stored = store.loadSnapshot(profileId)) {
                    QString error;
                    part.lastSnapshot = ClusterSnapshot::fromJson(
                        QJsonDocument::fromJson(stored->json).object(), &error);
                    if (part.lastSnapshot && ids.isEmpty()) {
                        for (const NodeSnapshot &node : part.lastSnapshot->nodes())
                            ids << node.id();
                    }
                }
            }
            for (const QString &id : ids) {
                const QList<NodeSample> samples =
                    store.samples(profileId, id, period.fromMs, period.toMs);
                if (!samples.isEmpty())
                    part.history.insert(id, samples);
            }
            part.activity = store.activity(activityFilter);
            return part;
        },
        m_work,
        [this](const StoredPart &part) {
            m_current.historyKnown = part.open;
            m_current.history = part.history;
            m_current.activityKnown = part.open;
            m_current.activity = part.activity;
            if (!part.open)
                m_current.problems << ReportTr::tr("the local store could not be read");
            // What was last seen, marked stale, beats an empty page for a cluster that is down.
            if (!m_current.isReachable() && m_current.snapshot.nodes().isEmpty() &&
                part.lastSnapshot) {
                m_current.snapshot =
                    part.lastSnapshot->withProfileId(m_current.snapshot.profileId())
                        .withReachable(false, m_current.snapshot.error());
            }
            partDone();
        });
}

void ReportCollector::fetchFromCluster()
{
    const ReportTarget &target = m_targets.at(m_index);
    m_client = new ApiClient(m_work);
    m_client->setBaseUrl(target.profile.loadBalancerUrl);
    m_client->setTlsPolicy(ClusterMonitor::tlsPolicyFor(target.profile));
    if (m_token)
        m_client->setToken(*m_token);
    else if (m_password)
        m_client->setPasswordCredentials(m_user, *m_password);
    fetchChanges();
    fetchLicense();
    fetchDataflows();
    fetchResources();
}

void ReportCollector::failed(const QString &part, const ApiResult &result)
{
    m_current.problems << ReportTr::tr("%1: %2").arg(
        part, result.errorText.isEmpty() ? ReportTr::tr("unreadable answer") : result.errorText);
}

void ReportCollector::fetchChanges()
{
    qint64 latest = 0;
    for (const NodeSnapshot &node : m_current.snapshot.nodes())
        latest = std::max(latest, node.config().revision.value_or(0));
    ApiRequest request = ApiRequest::get(QStringLiteral("/api/v1/config/changes"));
    request.query.addQueryItem(QStringLiteral("after"),
                               QString::number(std::max<qint64>(0, latest - MaxChanges)));
    request.query.addQueryItem(QStringLiteral("limit"), QString::number(MaxChanges));
    request.timeout = m_requestTimeout;
    // The primary's answer: a replica that is behind would leave out the newest changes.
    request.targetNodeId = m_current.snapshot.primaryId();
    ++m_pending;
    m_client->send(request, m_work, [this](const ApiResult &result) {
        QString error;
        const auto page =
            result.ok ? ChangeLogPage::parse(result.json.object(), &error) : std::nullopt;
        if (!page) {
            failed(ReportTr::tr("change log"), result);
        } else {
            m_current.changesKnown = true;
            for (const ChangeLogEntry &change : page->changes) {
                if (change.time.toMSecsSinceEpoch() >= m_data.period.fromMs)
                    m_current.changes.prepend(change); // newest first
            }
        }
        partDone();
    });
}

void ReportCollector::fetchLicense()
{
    ApiRequest request = ApiRequest::get(QStringLiteral("/api/v1/license"));
    request.timeout = m_requestTimeout;
    // The primary's answer: a replica that is behind would leave out the newest changes.
    request.targetNodeId = m_current.snapshot.primaryId();
    ++m_pending;
    m_client->send(request, m_work, [this](const ApiResult &result) {
        QString error;
        const QJsonObject object = result.json.object();
        const auto license =
            result.ok ? ClusterSnapshot::licenseFromJson(object, &error) : std::nullopt;
        if (!license) {
            failed(ReportTr::tr("license"), result);
        } else {
            m_current.license.known = true;
            m_current.license.license = *license;
            for (const QJsonValue &feature : object.value(QStringLiteral("features")).toArray())
                m_current.license.features << feature.toString();
        }
        partDone();
    });
}

void ReportCollector::fetchDataflows()
{
    ApiRequest request = ApiRequest::get(QStringLiteral("/api/v1/dataflows"));
    request.timeout = m_requestTimeout;
    // The primary's answer: a replica that is behind would leave out the newest changes.
    request.targetNodeId = m_current.snapshot.primaryId();
    ++m_pending;
    m_client->send(request, m_work, [this](const ApiResult &result) {
        const QJsonValue flows = result.json.object().value(QStringLiteral("dataflows"));
        if (!result.ok || !flows.isArray()) {
            failed(ReportTr::tr("dataflows"), result);
        } else {
            m_current.dataflows.known = true;
            for (const QJsonValue &flow : flows.toArray()) {
                const QJsonObject object = flow.toObject();
                ++m_current.dataflows.count;
                ++m_current.dataflows.perKind[object.value(QStringLiteral("kind")).toString()];
                if (object.value(QStringLiteral("exposed")).toBool())
                    ++m_current.dataflows.exposed;
            }
        }
        partDone();
    });
}

void ReportCollector::fetchResources()
{
    ApiRequest request = ApiRequest::get(QStringLiteral("/api/v1/resources"));
    request.timeout = m_requestTimeout;
    // The primary's answer: a replica that is behind would leave out the newest changes.
    request.targetNodeId = m_current.snapshot.primaryId();
    ++m_pending;
    m_client->send(request, m_work, [this](const ApiResult &result) {
        const QJsonValue list = result.json.object().value(QStringLiteral("resources"));
        if (!result.ok || !list.isArray()) {
            failed(ReportTr::tr("resources"), result);
        } else {
            m_current.resourcesKnown = true;
            for (const QJsonValue &value : list.toArray()) {
                QString error;
                const auto definition = ResourceDefinition::fromJson(value.toObject(), &error);
                if (definition)
                    m_current.resources << ReportResource::fromDefinition(*definition);
                else
                    m_current.problems << ReportTr::tr("a resource was unreadable: %1").arg(error);
            }
            std::stable_sort(m_current.resources.begin(), m_current.resources.end(),
                             [](const ReportResource &a, const ReportResource &b) {
                                 return std::pair(a.type(), a.name()) <
                                        std::pair(b.type(), b.name());
                             });
        }
        partDone();
    });
}

void ReportCollector::partDone()
{
    if (--m_pending > 0)
        return;
    // Not from inside a callback of the work object about to be deleted.
    QMetaObject::invokeMethod(this, &ReportCollector::finishCluster, Qt::QueuedConnection);
}

void ReportCollector::finishCluster()
{
    if (!m_running)
        return;
    m_data.clusters << m_current;
    emit progress(m_index + 1, int(m_targets.size()), m_current.displayName());
    next();
}
