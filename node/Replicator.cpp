#include "Replicator.h"

#include "ChangeJson.h"
#include "ConfigDatabase.h"
#include "FaultState.h"
#include "RevisionWaiters.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcReplication, "clusterdesk.node.replication")

namespace node {
namespace {
constexpr int kLongPollMs = 25000;
constexpr int kForwardTimeoutMs = 5000;
constexpr int kMinBackoffMs = 200;
constexpr int kMaxBackoffMs = 2000;
} // namespace

Replicator::Replicator(const NodeOptions &options, ConfigDatabase &database, FaultState &faults,
                       QByteArray clusterSecret, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_database(database)
    , m_faults(faults)
    , m_clusterSecret(std::move(clusterSecret))
    , m_network(network)
    , m_waiters(new RevisionWaiters(this))
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &Replicator::poll);
    connect(&m_faults, &FaultState::replicationPausedChanged, this, [this](bool paused) {
        if (paused) {
            if (m_pollReply)
                m_pollReply->abort();
        } else {
            poll();
        }
    });
}

void Replicator::start()
{
    m_started = true;
    m_lastSyncAt = m_faults.now();
    poll();
}

qint64 Replicator::primaryRevision() const
{
    return isPrimary() ? m_database.revision() : std::max(m_primaryRevision, m_database.revision());
}

QDateTime Replicator::lastSyncAt() const
{
    return isPrimary() ? m_faults.now() : m_lastSyncAt;
}

QString Replicator::syncState() const
{
    if (isPrimary())
        return QStringLiteral("in-sync");
    if (m_faults.replicationPaused())
        return QStringLiteral("paused");
    if (m_pollFailing || !m_primaryReachable)
        return QStringLiteral("primary-unreachable");
    if (primaryRevision() > m_database.revision())
        return QStringLiteral("catching-up");
    return QStringLiteral("in-sync");
}

void Replicator::notePrimaryRevision(qint64 revision)
{
    m_primaryRevision = std::max(m_primaryRevision, revision);
    // A held long-poll reports nothing until a write: a heartbeat proves the primary is back.
    m_pollFailing = false;
}

void Replicator::setPrimaryReachable(bool reachable)
{
    m_primaryReachable = reachable;
}

QUrl Replicator::primaryEndpoint(const QString &path) const
{
    QUrl url = m_options.primaryUrl().value_or(QUrl());
    url.setPath(url.path() + path);
    return url;
}

void Replicator::poll()
{
    if (isPrimary() || !m_started || m_faults.replicationPaused() || m_pollReply)
        return;
    m_retryTimer.stop();
    QUrl url = primaryEndpoint(QStringLiteral("/internal/v1/changes"));
    url.setQuery(QUrlQuery{{QStringLiteral("after"), QString::number(m_database.revision())},
                           {QStringLiteral("waitMs"), QString::number(kLongPollMs)}});
    QNetworkRequest request(url);
    request.setRawHeader("X-Cluster-Secret", m_clusterSecret);
    request.setTransferTimeout(kLongPollMs + 5000);
    QNetworkReply *reply = m_network->get(request);
    m_pollReply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        m_pollReply = nullptr;
        handleChanges(reply);
    });
}

void Replicator::handleChanges(QNetworkReply *reply)
{
    if (m_faults.replicationPaused())
        return; // aborted or late: resuming polls again from the current revision
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    if (reply->error() != QNetworkReply::NoError || status != 200 ||
        !answer.value(QLatin1String("changes")).isArray()) {
        m_pollFailing = true;
        qCDebug(lcReplication) << "poll failed:" << reply->errorString();
        retryLater();
        return;
    }
    m_pollFailing = false;
    const qint64 primaryRevision = answer.value(QLatin1String("revision")).toInteger();
    QString error;
    if (primaryRevision < m_database.revision()) {
        // The primary's copy is older than ours (recreated): start over from its log.
        qCWarning(lcReplication) << "primary revision" << primaryRevision << "is behind ours"
                                 << m_database.revision() << "- resetting this copy";
        if (!m_database.reset(&error)) {
            qCWarning(lcReplication) << "reset failed:" << error;
            retryLater();
            return;
        }
        m_primaryRevision = primaryRevision;
        QTimer::singleShot(0, this, &Replicator::poll);
        return;
    }
    m_primaryRevision = primaryRevision;
    QList<ChangeEntry> entries;
    for (const QJsonValue &value : answer.value(QLatin1String("changes")).toArray()) {
        const auto entry = ChangeJson::parseChange(value.toObject());
        if (!entry) {
            qCWarning(lcReplication) << "malformed change from the primary";
            retryLater();
            return;
        }
        entries.append(*entry);
    }
    if (!entries.isEmpty() && !m_database.applyChanges(entries, &error)) {
        qCWarning(lcReplication) << "applying changes failed:" << error;
        retryLater();
        return;
    }
    m_backoffMs = 0;
    m_lastSyncAt = m_faults.now();
    m_waiters->notify(m_database.revision());
    QTimer::singleShot(0, this, &Replicator::poll);
}

void Replicator::retryLater()
{
    m_backoffMs = m_backoffMs == 0 ? kMinBackoffMs : std::min(m_backoffMs * 2, kMaxBackoffMs);
    m_retryTimer.start(m_backoffMs);
}

void Replicator::forwardWrite(const QJsonObject &write, std::function<void(HttpResponse)> done)
{
    QNetworkRequest request(primaryEndpoint(QStringLiteral("/internal/v1/write")));
    request.setRawHeader("X-Cluster-Secret", m_clusterSecret);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(kForwardTimeoutMs);
    QNetworkReply *reply =
        m_network->post(request, QJsonDocument(write).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (!status.isValid()) {
            done(HttpResponse::problem(503, QStringLiteral("primary-unavailable"),
                                       QStringLiteral("the primary cannot be reached (%1); "
                                                      "nothing was written")
                                           .arg(reply->errorString()))
                     .withHeader("Retry-After", "2"));
            return;
        }
        HttpResponse response;
        response.status = status.toInt();
        response.body = reply->readAll();
        for (const QByteArray &name :
             {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("ETag"),
              QByteArrayLiteral("Retry-After"), QByteArrayLiteral("X-Config-Revision")}) {
            if (reply->hasRawHeader(name))
                response.headers.emplaceBack(name, reply->rawHeader(name));
        }
        done(response);
    });
}

void Replicator::whenRevisionReached(qint64 revision, int capMs, std::function<void()> done)
{
    poll(); // the primary just answered: no need to sit out a retry backoff
    m_waiters->waitFor(revision, m_database.revision(), capMs,
                       [done = std::move(done)](bool) { done(); });
}

} // namespace node
