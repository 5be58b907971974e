#include "InternalRoutes.h"

#include "ChangeJson.h"
#include "ConfigDatabase.h"
#include "FaultState.h"
#include "HistoryGuard.h"
#include "ResourceRoutes.h"
#include "ResourceSchema.h"
#include "RevisionWaiters.h"
#include "SessionRevocations.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace node {
namespace {

constexpr int kMaxWaitMs = 30000;
constexpr int kFeedBatch = 1000;

HttpResponse methodNotAllowed(const QByteArray &allowed)
{
    return HttpResponse::problem(405, QStringLiteral("method-not-allowed"),
                                 QStringLiteral("use ") + QString::fromLatin1(allowed))
        .withHeader("Allow", allowed);
}

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

bool InternalRoutes::handle(const NodeRequest &request, const ExchangePtr &exchange)
{
    if (request.segments.size() != 3)
        return false;
    const QString &what = request.segments.at(2);
    if (what == QLatin1String("changes"))
        changes(request, exchange);
    else if (what == QLatin1String("write"))
        write(request, exchange);
    else if (what == QLatin1String("status"))
        status(request, exchange);
    else if (what == QLatin1String("faults"))
        faults(request, exchange);
    else if (what == QLatin1String("revocations"))
        revocations(request, exchange);
    else
        return false;
    return true;
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
    if (request.method != "GET") {
        exchange->send(methodNotAllowed("GET"));
        return;
    }
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
    if (request.method != "POST") {
        exchange->send(methodNotAllowed("POST"));
        return;
    }
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
    if (request.method != "GET") {
        exchange->send(methodNotAllowed("GET"));
        return;
    }
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

void InternalRoutes::revocations(const NodeRequest &request, const ExchangePtr &exchange)
{
    SessionRevocations &revoked = *m_context.revocations;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (request.method == "POST") {
        const QJsonValue sessions =
            QJsonDocument::fromJson(request.body).object().value(QLatin1String("sessions"));
        if (!sessions.isArray()) {
            exchange->send(
                HttpResponse::problem(400, QStringLiteral("bad-request"),
                                      QStringLiteral("need {\"sessions\": [{\"session\", "
                                                     "\"expires\"}...]}")));
            return;
        }
        // A peer that gets no 200 retries, so refuse rather than half-apply silently.
        if (!revoked.merge(sessions, now)) {
            exchange->send(HttpResponse::problem(503, QStringLiteral("busy"),
                                                 QStringLiteral("not every session was stored"))
                               .withHeader("Retry-After", "2"));
            return;
        }
        exchange->send(
            HttpResponse::json(200, {{QStringLiteral("accepted"), sessions.toArray().size()}}));
        return;
    }
    if (request.method != "GET") {
        exchange->send(methodNotAllowed("GET, POST"));
        return;
    }
    exchange->send(HttpResponse::json(200, {{QStringLiteral("sessions"), revoked.toJson(now)}}));
}

void InternalRoutes::faults(const NodeRequest &request, const ExchangePtr &exchange)
{
    FaultState &faults = *m_context.faults;
    if (request.method == "POST") {
        const QJsonDocument document = QJsonDocument::fromJson(request.body);
        QString error = QStringLiteral("the body must be a JSON object");
        if (!document.isObject() || !faults.apply(document.object(), &error)) {
            exchange->send(HttpResponse::problem(400, QStringLiteral("bad-request"), error));
            return;
        }
    } else if (request.method != "GET") {
        exchange->send(methodNotAllowed("GET, POST"));
        return;
    }
    exchange->send(HttpResponse::json(200, faults.toJson()));
}

} // namespace node
