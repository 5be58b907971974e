#include "StatusRoutes.h"

#include "ChangeJson.h"
#include "ConfigDatabase.h"
#include "FaultState.h"
#include "HistoryGuard.h"
#include "IdempotencyKey.h"
#include "KernelClock.h"
#include "Membership.h"
#include "Replicator.h"
#include "WriteOutcome.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <unistd.h>

namespace node {
namespace {

qint64 residentBytes()
{
    // /proc/self/statm: size resident shared text lib data dt, in pages.
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * sysconf(_SC_PAGESIZE) : 0;
}

HttpResponse badRequest(const QString &detail)
{
    return HttpResponse::problem(400, QStringLiteral("bad-request"), detail);
}

} // namespace

StatusRoutes::StatusRoutes(NodeContext &context)
    : m_context(context)
{}

void StatusRoutes::health(const ExchangePtr &exchange)
{
    if (m_context.draining || m_context.faults->degraded()) {
        exchange->send(HttpResponse::json(
            503, {{QStringLiteral("status"),
                   m_context.draining ? QStringLiteral("draining") : QStringLiteral("degraded")},
                  {QStringLiteral("nodeId"), m_context.options->id}}));
        return;
    }
    exchange->send(HttpResponse::json(200, {{QStringLiteral("status"), QStringLiteral("ok")},
                                            {QStringLiteral("nodeId"), m_context.options->id}}));
}

void StatusRoutes::addRoutes(RouteTable &table)
{
    // /healthz answers any method: load balancers probe with GET, HEAD or OPTIONS.
    table.add(
        {{}, QStringLiteral("/healthz"), [this](const RouteCall &call) { health(call.exchange); }});
    table.add({"GET", QStringLiteral("/api/v1/session"),
               [this](const RouteCall &call) { session(*call.identity, call.exchange); }});
    table.add({"GET", QStringLiteral("/api/v1/node"),
               [this](const RouteCall &call) { node(call.request, call.exchange); }});
    addView(table, QStringLiteral("/api/v1/time"), [this](const NodeRequest &request) {
        return HttpResponse::json(200, {{QStringLiteral("t1Us"), request.receivedUs},
                                        {QStringLiteral("t2Us"), m_context.faults->nowUs()},
                                        {QStringLiteral("nodeId"), m_context.options->id}});
    });
    addView(table, QStringLiteral("/api/v1/cluster"), [this](const NodeRequest &) {
        QJsonObject view = clusterView();
        view.insert(QStringLiteral("membershipEtag"), membershipEtag());
        return HttpResponse::json(200, view);
    });
    addView(table, QStringLiteral("/api/v1/config/changes"),
            [this](const NodeRequest &request) { return configChanges(request); });
    addView(table, QStringLiteral("/api/v1/license"), [this](const NodeRequest &) {
        return HttpResponse::json(200, m_context.database->license());
    });
    addView(table, QStringLiteral("/api/v1/dataflows"), [this](const NodeRequest &) {
        return HttpResponse::json(200,
                                  {{QStringLiteral("dataflows"), m_context.database->dataflows()}});
    });
    table.add({"GET", QStringLiteral("/api/v1/config/requests/{id}"),
               [this](const RouteCall &call) { requestLookup(call.request, call.exchange); }});
}

void StatusRoutes::addView(RouteTable &table, const QString &pattern,
                           std::function<HttpResponse(const NodeRequest &)> answer)
{
    table.add({"GET", pattern, [answer = std::move(answer)](const RouteCall &call) {
                   call.exchange->send(answer(call.request));
               }});
}

void StatusRoutes::session(const Identity &identity, const ExchangePtr &exchange)
{
    exchange->send(
        HttpResponse::json(200, {{QStringLiteral("username"), identity.user},
                                 {QStringLiteral("role"), Credentials::roleName(identity.role)},
                                 {QStringLiteral("canWrite"), identity.role == Role::Admin}}));
}

void StatusRoutes::node(const NodeRequest &request, const ExchangePtr &exchange)
{
    QJsonObject view = nodeView();
    view.insert(QStringLiteral("membershipEtag"), membershipEtag());
    view.insert(QStringLiteral("t1Us"), request.receivedUs);
    view.insert(QStringLiteral("t2Us"), m_context.faults->nowUs()); // last: nearest the send
    exchange->send(HttpResponse::json(200, view));
}

void StatusRoutes::requestLookup(const NodeRequest &request, const ExchangePtr &exchange)
{
    const QString id = request.segments.last();
    if (!IdempotencyKey::isValid(id.toUtf8())) {
        exchange->send(
            badRequest(QStringLiteral("a request id is 1 to %1 characters of A-Z a-z 0-9 . _ : -")
                           .arg(IdempotencyKey::kMaxLength)));
        return;
    }
    const ConfigDatabase *database = m_context.database;
    auto answer = [database, id, exchange](bool caughtUp) {
        if (const auto change = database->changeForRequest(id)) {
            exchange->send(HttpResponse::json(200, WriteOutcome::lookup(*change)));
        } else if (!caughtUp) {
            exchange->send(
                HttpResponse::problem(503, QStringLiteral("primary-unavailable"),
                                      QStringLiteral("this copy (revision %1) shows no change "
                                                     "with request id %2 and the primary cannot "
                                                     "be asked now: the outcome is still unknown")
                                          .arg(database->revision())
                                          .arg(id))
                    .withHeader("Retry-After", "2"));
        } else {
            exchange->send(HttpResponse::problem(
                404, QStringLiteral("unknown-request"),
                QStringLiteral("no change in the log carries request id %1").arg(id)));
        }
    };
    // A replica asks the primary first: the write may not have replicated here yet.
    if (m_context.options->isPrimary() || database->changeForRequest(id))
        answer(true);
    else
        m_context.replicator->catchUpNow(answer);
}

QJsonObject StatusRoutes::nodeView() const
{
    const NodeOptions &options = *m_context.options;
    const ConfigDatabase &database = *m_context.database;
    const Replicator &replicator = *m_context.replicator;
    const FaultState &faults = *m_context.faults;
    const QString state = m_context.draining  ? QStringLiteral("draining")
                          : faults.degraded() ? QStringLiteral("degraded")
                                              : QStringLiteral("up");
    const KernelClockState clock = faults.kernelClock();
    const QDateTime now = faults.now();
    QJsonObject view{
        {QStringLiteral("id"), options.id},
        {QStringLiteral("name"), options.name},
        {QStringLiteral("url"), options.advertiseUrl.toString()},
        {QStringLiteral("serverVersion"), options.serverVersion},
        {QStringLiteral("role"), m_context.role()},
        {QStringLiteral("state"), state},
        {QStringLiteral("startedAt"), ChangeJson::timestamp(m_context.startedAt)},
        {QStringLiteral("uptimeSeconds"), m_context.startedAt.secsTo(now)},
        {QStringLiteral("cluster"), QJsonObject{{QStringLiteral("id"), m_context.clusterId},
                                                {QStringLiteral("name"), options.clusterName}}},
        {QStringLiteral("config"),
         QJsonObject{{QStringLiteral("schemaVersion"), database.schemaVersion()},
                     {QStringLiteral("revision"), database.revision()},
                     {QStringLiteral("checksum"), QString::fromLatin1(database.checksum())},
                     {QStringLiteral("primaryRevision"), replicator.primaryRevision()},
                     {QStringLiteral("lag"), replicator.primaryRevision() - database.revision()},
                     {QStringLiteral("lastSyncAt"), ChangeJson::timestamp(replicator.lastSyncAt())},
                     {QStringLiteral("syncState"), replicator.syncState()}}},
        {QStringLiteral("clock"), QJsonObject{{QStringLiteral("unixMs"), faults.nowMs()},
                                              {QStringLiteral("synchronized"), clock.synchronized},
                                              {QStringLiteral("maxErrorUs"), clock.maxErrorUs},
                                              {QStringLiteral("estErrorUs"), clock.estErrorUs},
                                              {QStringLiteral("source"), clock.source}}},
        {QStringLiteral("load"),
         QJsonObject{{QStringLiteral("activeRequests"), m_context.activeRequests},
                     {QStringLiteral("rssBytes"), residentBytes()}}},
        {QStringLiteral("historyId"), database.historyId()},
    };
    if (const auto refusal = m_context.historyGuard->refusal())
        view.insert(QStringLiteral("writesRefused"), refusal->toJson());
    return view;
}

QString StatusRoutes::membershipEtag() const
{
    const NodeOptions &options = *m_context.options;
    QStringList members{options.id + QLatin1Char('\t') + options.advertiseUrl.toString() +
                        QLatin1Char('\t') + m_context.role()};
    for (const PeerStatus &peer : m_context.membership->peers())
        members.append(peer.id + QLatin1Char('\t') + peer.url.toString() + QLatin1Char('\t') +
                       peer.role);
    members.sort();
    const QByteArray digest = QCryptographicHash::hash(members.join(QLatin1Char('\n')).toUtf8(),
                                                       QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.toHex().left(32));
}

QJsonObject StatusRoutes::clusterView() const
{
    const NodeOptions &options = *m_context.options;
    const ConfigDatabase &database = *m_context.database;
    QJsonArray nodes;
    QJsonObject self{
        {QStringLiteral("id"), options.id},
        {QStringLiteral("name"), options.name},
        {QStringLiteral("url"), options.advertiseUrl.toString()},
        {QStringLiteral("role"), m_context.role()},
        {QStringLiteral("state"), QStringLiteral("up")},
        {QStringLiteral("lastHeartbeat"), ChangeJson::timestamp(m_context.faults->now())},
        {QStringLiteral("revision"), database.revision()},
        {QStringLiteral("historyId"), database.historyId()},
        {QStringLiteral("checksum"), QString::fromLatin1(database.checksum())},
        {QStringLiteral("clockOffsetMs"), 0.0},
        {QStringLiteral("serverVersion"), options.serverVersion},
        {QStringLiteral("schemaVersion"), database.schemaVersion()}};
    if (const auto refusal = m_context.historyGuard->refusal())
        self.insert(QStringLiteral("writesRefused"), refusal->toJson());
    nodes.append(self);
    for (const PeerStatus &peer : m_context.membership->peers()) {
        QJsonObject entry{{QStringLiteral("id"), peer.id},
                          {QStringLiteral("name"), peer.name},
                          {QStringLiteral("url"), peer.url.toString()},
                          {QStringLiteral("role"), peer.role},
                          {QStringLiteral("state"),
                           peer.reachable ? QStringLiteral("up") : QStringLiteral("unreachable")},
                          {QStringLiteral("lastHeartbeat"),
                           peer.lastHeartbeat.isValid()
                               ? QJsonValue(ChangeJson::timestamp(peer.lastHeartbeat))
                               : QJsonValue(QJsonValue::Null)},
                          {QStringLiteral("revision"), peer.revision},
                          {QStringLiteral("historyId"), peer.historyId},
                          {QStringLiteral("checksum"), peer.checksum},
                          {QStringLiteral("clockOffsetMs"), peer.clockOffsetMs},
                          {QStringLiteral("serverVersion"), peer.serverVersion},
                          {QStringLiteral("schemaVersion"), peer.schemaVersion}};
        if (!peer.writesRefused.isEmpty())
            entry.insert(QStringLiteral("writesRefused"), peer.writesRefused);
        nodes.append(entry);
    }
    QJsonObject view{{QStringLiteral("id"), m_context.clusterId},
                     {QStringLiteral("name"), options.clusterName},
                     {QStringLiteral("primaryId"), options.primaryId},
                     {QStringLiteral("nodes"), nodes}};
    // The answering node's own verdict; each node's is in its entry.
    if (const auto refusal = m_context.historyGuard->refusal())
        view.insert(QStringLiteral("writesRefused"), refusal->toJson());
    return view;
}

HttpResponse StatusRoutes::configChanges(const NodeRequest &request) const
{
    bool ok = true;
    qint64 after = 0;
    int limit = 100;
    if (request.query.hasQueryItem(QStringLiteral("after")))
        after = request.query.queryItemValue(QStringLiteral("after")).toLongLong(&ok);
    if (!ok || after < 0)
        return badRequest(QStringLiteral("after must be a revision >= 0"));
    if (request.query.hasQueryItem(QStringLiteral("limit")))
        limit = request.query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 1 || limit > 1000)
        return badRequest(QStringLiteral("limit must be an integer 1..1000"));
    QJsonArray changes;
    for (const ChangeEntry &entry : m_context.database->changes(after, limit))
        changes.append(ChangeJson::change(entry, false));
    return HttpResponse::json(200, {{QStringLiteral("revision"), m_context.database->revision()},
                                    {QStringLiteral("changes"), changes}});
}

} // namespace node
