#include "NodeInstance.h"

#include "ConfigDatabase.h"
#include "Credentials.h"
#include "FaultState.h"
#include "HistoryGuard.h"
#include "Membership.h"
#include "NodeMetrics.h"
#include "NodeServer.h"
#include "Replicator.h"
#include "RevisionWaiters.h"
#include "SessionRevocations.h"
#include "SpectrumSessions.h"
#include "UsersFileWatcher.h"

#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QRandomGenerator>
#include <limits>

namespace node {
namespace {

constexpr int kDrainCapMs = 2000;

} // namespace

QByteArray NodeInstance::readSecret(const QString &path, QString *error)
{
    if (path.isEmpty()) {
        // A single node without a secret file: nobody else needs to share it.
        QByteArray random(32, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()), 8);
        return random.toHex();
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read --cluster-secret-file %1: %2")
                     .arg(path, file.errorString());
        return {};
    }
    const QByteArray secret = file.readAll().trimmed();
    if (secret.size() < 16)
        *error = QStringLiteral("the cluster secret in %1 must be at least 16 bytes").arg(path);
    return secret;
}

namespace {

bool fail(QString *error, int *exitCode, int code, const QString &message)
{
    *error = message;
    if (exitCode)
        *exitCode = code;
    return false;
}

} // namespace

NodeInstance::NodeInstance(NodeOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_metrics(std::make_unique<NodeMetrics>())
{
    m_context.metrics = m_metrics.get();
    m_drainCheck.setInterval(50);
    connect(&m_drainCheck, &QTimer::timeout, this, [this] {
        if (m_context.activeRequests == 0 || m_draining.elapsed() > kDrainCapMs) {
            m_drainCheck.stop();
            Q_EMIT drained();
        }
    });
}

NodeInstance::~NodeInstance() = default;

QJsonObject NodeInstance::seed(const NodeOptions &options)
{
    const QJsonObject license{
        {QStringLiteral("licensee"), options.clusterName},
        {QStringLiteral("product"), QStringLiteral("Spectrum-compatible Platform")},
        {QStringLiteral("edition"), QStringLiteral("Enterprise")},
        {QStringLiteral("expires"), options.licenseExpires.toString(Qt::ISODate)},
        {QStringLiteral("maxNodes"), 16},
        {QStringLiteral("features"),
         QJsonArray{QStringLiteral("clustering"), QStringLiteral("external-resources"),
                    QStringLiteral("dataflows"), QStringLiteral("geocoding"),
                    QStringLiteral("addressing")}}};
    auto flow = [](const char *name, const char *kind, bool exposed, int version) {
        return QJsonObject{{QStringLiteral("name"), QLatin1String(name)},
                           {QStringLiteral("kind"), QLatin1String(kind)},
                           {QStringLiteral("exposed"), exposed},
                           {QStringLiteral("version"), version}};
    };
    const QJsonArray dataflows{flow("ValidateAddress", "service", true, 3),
                               flow("GeocodeUSAddress", "service", true, 5),
                               flow("NightlyCustomerMatch", "job", false, 2),
                               flow("StandardizeName", "subflow", false, 1)};
    return {{QStringLiteral("license"), license}, {QStringLiteral("dataflows"), dataflows}};
}

bool NodeInstance::start(QString *error, int *exitCode)
{
    error->clear();
    const QByteArray secret = readSecret(m_options.clusterSecretFile, error);
    if (!error->isEmpty())
        return fail(error, exitCode, 2, *error);
    m_credentials = std::make_unique<Credentials>(secret);
    if (!m_options.usersFile.isEmpty() && !m_credentials->loadUsersFile(m_options.usersFile, error))
        return fail(error, exitCode, 2, *error);

    m_database =
        std::make_unique<ConfigDatabase>(QStringLiteral("clusterdesk-node-") + m_options.id);
    if (!m_database->open(m_options.dataDirectory, seed(m_options), error))
        return fail(error, exitCode, 1,
                    QStringLiteral("cannot open the configuration database: ") + *error);

    m_faults = std::make_unique<FaultState>(m_options.allowFaultInjection);
    m_faults->setClockOffsetMs(m_options.clockOffsetMs);
    m_faults->setReplicationPaused(m_options.replicationPaused);
    m_faults->setDegraded(m_options.degraded);
    m_faults->setDelayMs(m_options.delayMs);

    m_network = std::make_unique<QNetworkAccessManager>();
    m_network->setProxy(QNetworkProxy::NoProxy); // peers are direct URLs, never via a proxy
    m_membership = std::make_unique<Membership>(m_options, secret, *m_faults, m_network.get());
    m_replicator =
        std::make_unique<Replicator>(m_options, *m_database, *m_faults, secret, m_network.get());
    m_changeFeed = std::make_unique<RevisionWaiters>();
    m_historyGuard =
        std::make_unique<HistoryGuard>(m_options, *m_database, *m_membership, *m_replicator);
    m_revocations =
        std::make_unique<SessionRevocations>(m_options, *m_faults, secret, m_network.get());
    if (m_options.spectrumCompatible)
        m_spectrumSessions =
            std::make_unique<SpectrumSessions>(m_options, *m_faults, secret, m_network.get());
    if (!m_options.usersFile.isEmpty())
        m_usersWatcher = std::make_unique<UsersFileWatcher>(m_options.usersFile, *m_credentials);
    connect(m_membership.get(), &Membership::primaryRevisionSeen, m_replicator.get(),
            &Replicator::notePrimaryRevision);
    connect(m_membership.get(), &Membership::primaryReachableChanged, m_replicator.get(),
            &Replicator::setPrimaryReachable);

    m_context.options = &m_options;
    m_context.database = m_database.get();
    m_context.credentials = m_credentials.get();
    m_context.faults = m_faults.get();
    m_context.membership = m_membership.get();
    m_context.replicator = m_replicator.get();
    m_context.changeFeed = m_changeFeed.get();
    m_context.historyGuard = m_historyGuard.get();
    m_context.revocations = m_revocations.get();
    m_context.spectrumSessions = m_spectrumSessions.get();
    m_context.startedAt = m_faults->now();
    m_context.clusterId = NodeContext::deriveClusterId(secret, m_options.clusterName);

    m_server = std::make_unique<NodeServer>(m_context);
    if (!m_server->start(m_options.listenAddress, m_options.listenPort, error))
        return fail(error, exitCode, 1, *error);
    m_membership->start();
    m_replicator->start();
    m_revocations->start();
    if (m_spectrumSessions)
        m_spectrumSessions->start();
    return true;
}

quint16 NodeInstance::port() const
{
    return m_server ? m_server->port() : 0;
}

void NodeInstance::beginShutdown()
{
    if (!m_server || m_context.draining)
        return;
    m_server->stopAccepting();
    m_changeFeed->notify(std::numeric_limits<qint64>::max()); // release held long-polls
    m_draining.start();
    m_drainCheck.start();
}

} // namespace node
