#include "Replicator.h"

#include "ChangeJson.h"
#include "ConfigDatabase.h"
#include "FaultState.h"
#include "RevisionWaiters.h"
#include "SendOnceDevice.h"

#include <QElapsedTimer>
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

// The answer to a forwarded write that got no HTTP answer from the primary.
HttpResponse unansweredWrite(const QNetworkReply *reply, const QString &requestId)
{
    const QNetworkReply::NetworkError error = reply->error();
    // No connection was made, and Qt cannot have sent the write earlier (it is never re-sent):
    // only then is it certain that nothing was written.
    if (error == QNetworkReply::ConnectionRefusedError ||
        error == QNetworkReply::HostNotFoundError) {
        return HttpResponse::problem(503, QStringLiteral("primary-unavailable"),
                                     QStringLiteral("the primary cannot be reached (%1); "
                                                    "nothing was written")
                                         .arg(reply->errorString()))
            .withHeader("Retry-After", "2")
            .withMember(QStringLiteral("requestId"), requestId);
    }
    const bool timedOut =
        error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError;
    return HttpResponse::problem(timedOut ? 504 : 502, QStringLiteral("outcome-unknown"),
                                 QStringLiteral("the primary did not answer (%1): the outcome is "
                                                "unknown; the change log will show request id %2 "
                                                "if the write was applied")
                                     .arg(reply->errorString(), requestId))
        .withHeader("X-Request-Id", requestId.toLatin1())
        .withMember(QStringLiteral("requestId"), requestId);
}
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
    if (m_divergence) {
        return m_divergence->reason == QLatin1String("behind-replicas")
                   ? QStringLiteral("primary-behind")
                   : QStringLiteral("history-mismatch");
    }
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
    if (!applyAnswer(answer)) {
        retryLater(); // a diverged primary is asked again: an operator may reseed it
        return;
    }
    m_backoffMs = 0;
    QTimer::singleShot(0, this, &Replicator::poll);
}

bool Replicator::applyAnswer(const QJsonObject &answer)
{
    const HistoryPosition primary{m_options.primaryId,
                                  answer.value(QLatin1String("revision")).toInteger(),
                                  answer.value(QLatin1String("historyId")).toString()};
    m_primaryRevision = primary.revision;
    // Never reset or overwrite this copy to follow a primary that is behind it or holds
    // another history: its committed data may be all that is left.
    if (auto refusal = HistoryGuard::assessReplica(
            {m_options.id, m_database.revision(), m_database.historyId()}, primary)) {
        if (!m_divergence || m_divergence->detail != refusal->detail)
            qCWarning(lcReplication).noquote() << refusal->detail;
        m_divergence = refusal;
        return false;
    }
    if (m_divergence) {
        qCInfo(lcReplication) << "the primary's history agrees with this copy again";
        m_divergence.reset();
    }
    QList<ChangeEntry> entries;
    for (const QJsonValue &value : answer.value(QLatin1String("changes")).toArray()) {
        const auto entry = ChangeJson::parseChange(value.toObject());
        if (!entry) {
            qCWarning(lcReplication) << "malformed change from the primary";
            return false;
        }
        entries.append(*entry);
    }
    QString error;
    const bool adopt = m_database.historyId().isEmpty() && !primary.historyId.isEmpty();
    if (!entries.isEmpty() || adopt) {
        QElapsedTimer applying;
        applying.start();
        if (!m_database.applyChanges(entries, primary.historyId, &error)) {
            qCWarning(lcReplication) << "applying changes failed:" << error;
            return false;
        }
        m_lastApplySeconds = double(applying.nsecsElapsed()) / 1e9;
        ++m_appliedBatches;
    }
    m_lastSyncAt = m_faults.now();
    m_waiters->notify(m_database.revision());
    return true;
}

void Replicator::catchUpNow(std::function<void(bool)> done)
{
    if (isPrimary()) {
        done(true);
        return;
    }
    QUrl url = primaryEndpoint(QStringLiteral("/internal/v1/changes"));
    url.setQuery(QUrlQuery{{QStringLiteral("after"), QString::number(m_database.revision())},
                           {QStringLiteral("waitMs"), QStringLiteral("0")}});
    QNetworkRequest request(url);
    request.setRawHeader("X-Cluster-Secret", m_clusterSecret);
    request.setTransferTimeout(kForwardTimeoutMs);
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, done = std::move(done)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        done(reply->error() == QNetworkReply::NoError && status == 200 &&
             answer.value(QLatin1String("changes")).isArray() && applyAnswer(answer));
    });
}

void Replicator::retryLater()
{
    m_backoffMs = m_backoffMs == 0 ? kMinBackoffMs : std::min(m_backoffMs * 2, kMaxBackoffMs);
    m_retryTimer.start(m_backoffMs);
}

void Replicator::forwardWrite(const QJsonObject &write, const QString &requestId,
                              std::function<void(HttpResponse)> done)
{
    const QByteArray body = QJsonDocument(write).toJson(QJsonDocument::Compact);
    QNetworkRequest request(primaryEndpoint(QStringLiteral("/internal/v1/write")));
    request.setRawHeader("X-Cluster-Secret", m_clusterSecret);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
    // Streamed from a device that cannot rewind: Qt cannot send the write a second time. A
    // connection of its own: no kept-alive one that the primary may be closing as we send.
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    request.setRawHeader("Connection", "close");
    request.setTransferTimeout(kForwardTimeoutMs);
    auto *device = new SendOnceDevice(body);
    QNetworkReply *reply = m_network->post(request, device);
    device->setParent(reply);
    connect(reply, &QNetworkReply::finished, this, [reply, requestId, done = std::move(done)] {
        reply->deleteLater();
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (!status.isValid()) {
            done(unansweredWrite(reply, requestId));
            return;
        }
        HttpResponse response;
        response.status = status.toInt();
        response.body = reply->readAll();
        for (const QByteArray &name :
             {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("ETag"),
              QByteArrayLiteral("Retry-After"), QByteArrayLiteral("X-Config-Revision"),
              QByteArrayLiteral("X-Request-Id"), QByteArrayLiteral("Idempotency-Replayed")}) {
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
