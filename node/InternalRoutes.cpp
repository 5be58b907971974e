#include "InternalRoutes.h"

#include "ChangeJson.h"
#include "ConfigDatabase.h"
#include "FaultState.h"
#include "HistoryGuard.h"
#include "ResourceRoutes.h"
#include "ResourceSchema.h"
#include "RevisionWaiters.h"
#include "SessionRevocations.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace node {
namespace {

constexpr int kMaxWaitMs = 30000;
constexpr int kFeedBatch = 1000;

QJsonValue refusalJson(const NodeContext &context)
{
    const auto refusal = context.historyGuard->refusal();
    return refusal ? QJsonValue(refusal->toJson()) : QJsonValue(QJsonValue::Null);
}

} // namespace

InternalRoutes::InternalRoutes(NodeContext &context, ResourceRoutes &resources)
    : m_context(context)
    , m_resources(resources)
{}

void InternalRoutes::addRoutes(RouteTable &table)
{
    const auto route =
        [this](void (InternalRoutes::*handler)(const NodeRequest &, const ExchangePtr &)) {
            return [this, handler](const RouteCall &call) {
                (this->*handler)(call.request, call.exchange);
            };
        };
    table.add({"GET", QStringLiteral("/internal/v1/changes"), route(&InternalRoutes::changes)});
    table.add({"POST", QStringLiteral("/internal/v1/write"), route(&InternalRoutes::write)});
    table.add({"GET", QStringLiteral("/internal/v1/status"), route(&InternalRoutes::status)});
    // Without --allow-fault-injection the switch does not exist, not even for peers.
    const auto faultsAllowed = [faults = m_context.faults] { return faults->isAllowed(); };
    const auto showFaults = [faults = m_context.faults](const RouteCall &call) {
        call.exchange->send(HttpResponse::json(200, faults->toJson()));
    };
    table.add({"GET",
               QStringLiteral("/internal/v1/faults"),
               showFaults,
               Role::Viewer,
               {},
               faultsAllowed});
    table.add({"POST",
               QStringLiteral("/internal/v1/faults"),
               route(&InternalRoutes::setFaults),
               Role::Viewer,
               {},
               faultsAllowed});
    table.add({"GET", QStringLiteral("/internal/v1/revocations"),
               [revoked = m_context.revocations](const RouteCall &call) {
                   call.exchange->send(
                       HttpResponse::json(200, {{QStringLiteral("sessions"), revoked->toJson()}}));
               }});
    table.add({"POST", QStringLiteral("/internal/v1/revocations"),
               route(&InternalRoutes::mergeRevocations)});
}

HttpResponse InternalRoutes::changesAnswer(qint64 after) const
{
    QJsonArray changes;
    QHash<QString, qint64> currentRevisions; // "type/name" -> revision of its newest change
    for (ChangeEntry entry : m_context.database->changes(after, kFeedBatch)) {
        // A replica ends up with the resource of the newest change; an older change's secret
        // values are never needed again, so they do not travel (a replica applying the older
        // change goes without them until the newer one, which has them, follows).
        const QString key = entry.type + QLatin1Char('/') + entry.name;
        if (!currentRevisions.contains(key)) {
            const auto current = m_context.database->resource(entry.type, entry.name);
            currentRevisions.insert(key, current ? current->revision : 0);
        }
        const QJsonValue spec = entry.resource.value(QLatin1String("spec"));
        if (spec.isObject() && currentRevisions.value(key) != entry.revision)
            entry.resource.insert(QStringLiteral("spec"),
                                  ResourceSchema::publicSpec(entry.type, spec.toObject()));
        changes.append(ChangeJson::change(entry, true));
    }
    return HttpResponse::json(200, {{QStringLiteral("revision"), m_context.database->revision()},
                                    {QStringLiteral("historyId"), m_context.database->historyId()},
                                    {QStringLiteral("changes"), changes}});
}

void InternalRoutes::changes(const NodeRequest &request, const ExchangePtr &exchange)
{
    bool afterOk = true;
    bool waitOk = true;
    const qint64 after = request.query.queryItemValue(QStringLiteral("after")).toLongLong(&afterOk);
    int waitMs = 0;
    if (request.query.hasQueryItem(QStringLiteral("waitMs")))
        waitMs = request.query.queryItemValue(QStringLiteral("waitMs")).toInt(&waitOk);
    if (!afterOk || after < 0 || !waitOk || waitMs < 0) {
        exchange->send(HttpResponse::problem(400, QStringLiteral("bad-request"),
                                             QStringLiteral("need after=REV (>= 0) and optional "
                                                            "waitMs >= 0")));
        return;
    }
    // A replica's copy is read only by --reseed-from (no long-poll: its log is not a feed).
    if (!m_context.options->isPrimary() && waitMs > 0) {
        exchange->send(HttpResponse::problem(503, QStringLiteral("not-primary"),
                                             QStringLiteral("this node is a replica"))
                           .withHeader("Retry-After", "2"));
        return;
    }
    // Hold the answer until a newer revision exists (long-poll) so replicas learn at once;
    // a caller ahead of this copy learns that at once instead.
    if (after > m_context.database->revision())
        waitMs = 0;
    m_context.changeFeed->waitFor(after + 1, m_context.database->revision(),
                                  std::min(waitMs, kMaxWaitMs), [this, exchange, after](bool) {
                                      if (exchange->isConnected())
                                          exchange->send(changesAnswer(after));
                                  });
}

void InternalRoutes::write(const NodeRequest &request, const ExchangePtr &exchange)
{
    if (!m_context.options->isPrimary()) {
        exchange->send(HttpResponse::problem(503, QStringLiteral("not-primary"),
                                             QStringLiteral("writes go to the primary"))
                           .withHeader("Retry-After", "2"));
        return;
    }
    const auto command = WriteCommand::fromJson(QJsonDocument::fromJson(request.body).object());
    if (!command) {
        exchange->send(HttpResponse::problem(400, QStringLiteral("bad-request"),
                                             QStringLiteral("not a forwarded write")));
        return;
    }
    exchange->send(m_resources.applyWrite(*command));
}

void InternalRoutes::status(const NodeRequest &request, const ExchangePtr &exchange)
{
    const NodeOptions &options = *m_context.options;
    exchange->send(HttpResponse::json(
        200, {{QStringLiteral("id"), options.id},
              {QStringLiteral("name"), options.name},
              {QStringLiteral("url"), options.advertiseUrl.toString()},
              {QStringLiteral("role"), m_context.role()},
              {QStringLiteral("revision"), m_context.database->revision()},
              {QStringLiteral("checksum"), QString::fromLatin1(m_context.database->checksum())},
              {QStringLiteral("historyId"), m_context.database->historyId()},
              {QStringLiteral("writesRefused"), refusalJson(m_context)},
              {QStringLiteral("serverVersion"), options.serverVersion},
              {QStringLiteral("schemaVersion"), m_context.database->schemaVersion()},
              {QStringLiteral("startedAt"), ChangeJson::timestamp(m_context.startedAt)},
              {QStringLiteral("t1Us"), request.receivedUs},
              {QStringLiteral("t2Us"), m_context.faults->nowUs()}}));
}

void InternalRoutes::mergeRevocations(const NodeRequest &request, const ExchangePtr &exchange)
{
    const QJsonValue sessions =
        QJsonDocument::fromJson(request.body).object().value(QLatin1String("sessions"));
    if (!sessions.isArray()) {
        exchange->send(HttpResponse::problem(400, QStringLiteral("bad-request"),
                                             QStringLiteral("need {\"sessions\": [{\"session\", "
                                                            "\"expires\"}...]}")));
        return;
    }
    // A peer that gets no 200 retries, so refuse rather than half-apply silently.
    if (!m_context.revocations->merge(sessions)) {
        exchange->send(HttpResponse::problem(503, QStringLiteral("busy"),
                                             QStringLiteral("not every session was stored"))
                           .withHeader("Retry-After", "2"));
        return;
    }
    exchange->send(
        HttpResponse::json(200, {{QStringLiteral("accepted"), sessions.toArray().size()}}));
}

void InternalRoutes::setFaults(const NodeRequest &request, const ExchangePtr &exchange)
{
    FaultState &faults = *m_context.faults;
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    QString error = QStringLiteral("the body must be a JSON object");
    if (!document.isObject() || !faults.apply(document.object(), &error)) {
        exchange->send(HttpResponse::problem(400, QStringLiteral("bad-request"), error));
        return;
    }
    exchange->send(HttpResponse::json(200, faults.toJson()));
}

} // namespace node
