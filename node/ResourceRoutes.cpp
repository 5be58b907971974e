#include "ResourceRoutes.h"

#include "ChangeJson.h"
#include "ConfigDatabase.h"
#include "HistoryGuard.h"
#include "IdempotencyKey.h"
#include "Replicator.h"
#include "ResourceSchema.h"
#include "RevisionWaiters.h"
#include "WriteOutcome.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace node {
namespace {

constexpr int kReplicationWaitCapMs = 2000;

// Keys a client may echo back from a read; they are ignored on a write.
const QStringList kReadOnlyKeys = {QStringLiteral("type"),      QStringLiteral("name"),
                                   QStringLiteral("secrets"),   QStringLiteral("revision"),
                                   QStringLiteral("updatedAt"), QStringLiteral("updatedBy")};

HttpResponse unknownType(const QString &type)
{
    return HttpResponse::problem(404, QStringLiteral("unknown-type"),
                                 QStringLiteral("there is no resource type \"%1\"").arg(type));
}

HttpResponse notFound(const QString &type, const QString &name)
{
    return HttpResponse::problem(404, QStringLiteral("not-found"),
                                 QStringLiteral("%1 \"%2\" does not exist").arg(type, name));
}

HttpResponse invalid(const ValidationError &error)
{
    return HttpResponse::problem(422, QStringLiteral("validation"), error.detail, error.field);
}

HttpResponse writeFailure(const WriteResult &result, const WriteCommand &command)
{
    switch (result.status) {
    case WriteStatus::PreconditionFailed: {
        HttpResponse response = HttpResponse::problem(
            412, QStringLiteral("precondition-failed"),
            command.ifNoneMatch
                ? QStringLiteral("%1 \"%2\" already exists").arg(command.type, command.name)
                : QStringLiteral("%1 \"%2\" has changed since that ETag")
                      .arg(command.type, command.name));
        if (result.resource)
            response.withHeader("ETag", result.resource->etag());
        return response;
    }
    case WriteStatus::PreconditionRequired:
        return HttpResponse::problem(428, QStringLiteral("precondition-required"),
                                     QStringLiteral("send If-Match or If-None-Match: *"));
    case WriteStatus::NotFound:
        return notFound(command.type, command.name);
    case WriteStatus::Ok:
    case WriteStatus::Replayed:
    case WriteStatus::StorageError:
        break;
    }
    return HttpResponse::problem(
        500, QStringLiteral("storage"),
        QStringLiteral("the write could not be stored: %1").arg(result.error));
}

// A retry of a write that was applied: the first answer again, never a second change.
HttpResponse replayAnswer(const WriteCommand &command, const ChangeEntry &first)
{
    const bool sameWrite = first.type == command.type && first.name == command.name &&
                           (command.method == "DELETE") == (first.operation == u"delete");
    if (!sameWrite) {
        return HttpResponse::problem(
            422, QStringLiteral("idempotency-key-reused"),
            QStringLiteral("request id %1 was used for the %2 of %3 \"%4\" at revision %5; "
                           "send another Idempotency-Key for another write")
                .arg(first.requestId, first.operation, first.type, first.name)
                .arg(first.revision));
    }
    return WriteOutcome::answer(first).withHeader("Idempotency-Replayed", "true");
}

HttpResponse badBody(const QString &detail)
{
    return HttpResponse::problem(400, QStringLiteral("malformed-body"), detail);
}

QJsonValue optionalBytes(const std::optional<QByteArray> &value)
{
    return value ? QJsonValue(QString::fromLatin1(*value)) : QJsonValue(QJsonValue::Null);
}

std::optional<QByteArray> optionalHeader(const NodeRequest &request, const QByteArray &name)
{
    if (!request.hasHeader(name))
        return std::nullopt;
    return request.header(name).trimmed();
}

} // namespace

QJsonObject WriteCommand::toJson() const
{
    return {{QStringLiteral("method"), QString::fromLatin1(method)},
            {QStringLiteral("type"), type},
            {QStringLiteral("name"), name},
            {QStringLiteral("user"), user},
            {QStringLiteral("ifMatch"), optionalBytes(ifMatch)},
            {QStringLiteral("ifNoneMatch"), optionalBytes(ifNoneMatch)},
            {QStringLiteral("requestId"), requestId},
            // Base64, so the primary sees the client's bytes and judges them itself.
            {QStringLiteral("bodyBase64"), QString::fromLatin1(body.toBase64())}};
}

std::optional<WriteCommand> WriteCommand::fromJson(const QJsonObject &object)
{
    WriteCommand command;
    command.method = object.value(QLatin1String("method")).toString().toLatin1();
    command.type = object.value(QLatin1String("type")).toString();
    command.name = object.value(QLatin1String("name")).toString();
    command.user = object.value(QLatin1String("user")).toString();
    for (const auto &[key, target] :
         {std::pair{QLatin1String("ifMatch"), &command.ifMatch},
          std::pair{QLatin1String("ifNoneMatch"), &command.ifNoneMatch}}) {
        const QJsonValue value = object.value(key);
        if (value.isString())
            *target = value.toString().toLatin1();
        else if (!value.isNull() && !value.isUndefined())
            return std::nullopt;
    }
    // Replicas send the raw bytes in base64; text or a JSON object (as docs/openapi.yaml
    // describes) work too.
    const QJsonValue encoded = object.value(QLatin1String("bodyBase64"));
    const QJsonValue body = object.value(QLatin1String("body"));
    if (encoded.isString()) {
        const auto decoded = QByteArray::fromBase64Encoding(
            encoded.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return std::nullopt;
        command.body = *decoded;
    } else {
        command.body = body.isObject()
                           ? QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact)
                           : body.toString().toUtf8();
    }
    const QJsonValue requestId = object.value(QLatin1String("requestId"));
    const auto id = IdempotencyKey::fromHeader(
        requestId.isString() ? std::optional(requestId.toString().toLatin1()) : std::nullopt);
    if ((command.method != "PUT" && command.method != "DELETE") || command.user.isEmpty() || !id ||
        !(requestId.isString() || requestId.isUndefined()))
        return std::nullopt;
    command.requestId = *id;
    return command;
}

ResourceRoutes::ResourceRoutes(NodeContext &context)
    : m_context(context)
{}

void ResourceRoutes::addRoutes(RouteTable &table)
{
    const QString one = QStringLiteral("/api/v1/resources/{type}/{name}");
    const QString readOnly = QStringLiteral("user \"%1\" may only read");
    const auto writeRoute = [this](const RouteCall &call) {
        write(call.request, *call.identity, call.exchange);
    };
    table.add({"GET", QStringLiteral("/api/v1/resources"),
               [this](const RouteCall &call) { list(call.request, call.exchange); }});
    table.add({"GET", one, [this](const RouteCall &call) {
                   get(call.request.segments.at(3), call.request.segments.at(4), call.exchange);
               }});
    table.add({"PUT", one, writeRoute, Role::Admin, readOnly});
    table.add({"DELETE", one, writeRoute, Role::Admin, readOnly});
}

void ResourceRoutes::write(const NodeRequest &request, const Identity &identity,
                           const ExchangePtr &exchange)
{
    // Checked by every node before anything is forwarded, so all give the same answer.
    const auto requestId = IdempotencyKey::fromHeader(optionalHeader(request, "idempotency-key"));
    if (!requestId) {
        exchange->send(HttpResponse::problem(
            400, QStringLiteral("bad-idempotency-key"),
            QStringLiteral("Idempotency-Key must be 1 to %1 characters of A-Z a-z 0-9 . _ : -")
                .arg(IdempotencyKey::kMaxLength)));
        return;
    }
    if (request.method == "PUT" && !request.body.isValidUtf8()) {
        exchange->send(badBody(QStringLiteral("the body is not valid UTF-8")));
        return;
    }
    write({request.method, request.segments.at(3), request.segments.at(4), identity.user,
           optionalHeader(request, "if-match"), optionalHeader(request, "if-none-match"),
           request.body, *requestId},
          exchange);
}

void ResourceRoutes::list(const NodeRequest &request, const ExchangePtr &exchange)
{
    const QString type = request.query.queryItemValue(QStringLiteral("type"), QUrl::FullyDecoded);
    if (request.query.hasQueryItem(QStringLiteral("type")) && !ResourceSchema::isKnownType(type)) {
        exchange->send(unknownType(type));
        return;
    }
    QJsonArray resources;
    for (const StoredResource &resource : m_context.database->resources(type))
        resources.append(ChangeJson::publicResource(resource));
    exchange->send(
        HttpResponse::json(200, {{QStringLiteral("revision"), m_context.database->revision()},
                                 {QStringLiteral("resources"), resources}}));
}

void ResourceRoutes::get(const QString &type, const QString &name, const ExchangePtr &exchange)
{
    if (!ResourceSchema::isKnownType(type)) {
        exchange->send(unknownType(type));
        return;
    }
    const auto resource = ResourceSchema::validateName(name)
                              ? std::nullopt
                              : m_context.database->resource(type, name);
    if (!resource) {
        exchange->send(notFound(type, name));
        return;
    }
    exchange->send(HttpResponse::json(200, ChangeJson::publicResource(*resource))
                       .withHeader("ETag", resource->etag()));
}

void ResourceRoutes::write(const WriteCommand &command, const ExchangePtr &exchange)
{
    if (!ResourceSchema::isKnownType(command.type)) {
        exchange->send(unknownType(command.type));
        return;
    }
    if (const auto refusal = m_context.historyGuard->refusal()) {
        exchange->send(refusal->problem().withHeader("X-Request-Id", command.requestId.toLatin1()));
        return;
    }
    if (m_context.options->isPrimary())
        exchange->send(applyWrite(command));
    else
        forward(command, exchange);
}

void ResourceRoutes::forward(const WriteCommand &command, const ExchangePtr &exchange)
{
    Replicator *replicator = m_context.replicator;
    replicator->forwardWrite(
        command.toJson(), command.requestId, [replicator, exchange](HttpResponse response) {
            const qint64 revision = response.header("X-Config-Revision").toLongLong();
            response.headers.removeIf([](const auto &header) {
                return header.first.compare("X-Config-Revision", Qt::CaseInsensitive) == 0;
            });
            if (response.status >= 300 || revision <= 0) {
                exchange->send(response);
                return;
            }
            // Answer once our own copy shows the write, so a read right after (through the
            // load balancer, possibly to this node) sees it; the cap keeps a stalled feed from
            // hanging us.
            replicator->whenRevisionReached(revision, kReplicationWaitCapMs,
                                            [exchange, response] { exchange->send(response); });
        });
}

HttpResponse ResourceRoutes::applyWrite(const WriteCommand &command)
{
    if (!ResourceSchema::isKnownType(command.type))
        return unknownType(command.type);
    // Forwarded writes are judged here again: the primary's own view decides.
    if (const auto refusal = m_context.historyGuard->refusal())
        return refusal->problem().withHeader("X-Request-Id", command.requestId.toLatin1());
    HttpResponse response = command.method == "DELETE" ? applyDelete(command) : applyPut(command);
    if (response.status < 300)
        m_context.changeFeed->notify(m_context.database->revision());
    return response.withHeader("X-Request-Id", command.requestId.toLatin1());
}

HttpResponse ResourceRoutes::applyDelete(const WriteCommand &command)
{
    if (ResourceSchema::validateName(command.name))
        return notFound(command.type, command.name);
    if (!command.ifMatch)
        return HttpResponse::problem(428, QStringLiteral("precondition-required"),
                                     QStringLiteral("DELETE needs If-Match (\"*\" matches any)"));
    const WriteResult result = m_context.database->remove(command.type, command.name, command.user,
                                                          command.ifMatch, command.requestId);
    if (result.status == WriteStatus::Replayed)
        return replayAnswer(command, *result.replayed);
    if (result.status != WriteStatus::Ok)
        return writeFailure(result, command);
    return HttpResponse::empty(204);
}

HttpResponse ResourceRoutes::applyPut(const WriteCommand &command)
{
    if (const auto error = ResourceSchema::validateName(command.name))
        return invalid(*error);
    if (!command.body.isValidUtf8())
        return badBody(QStringLiteral("the body is not valid UTF-8"));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(command.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return HttpResponse::problem(400, QStringLiteral("malformed-body"),
                                     parseError.error != QJsonParseError::NoError
                                         ? QStringLiteral("malformed JSON: ") +
                                               parseError.errorString()
                                         : QStringLiteral("the body must be a JSON object"));
    if (!command.ifMatch && !command.ifNoneMatch)
        return HttpResponse::problem(428, QStringLiteral("precondition-required"),
                                     QStringLiteral("send If-None-Match: * to create or "
                                                    "If-Match: <etag> to update"));
    if (command.ifMatch && command.ifNoneMatch)
        return HttpResponse::problem(400, QStringLiteral("bad-precondition"),
                                     QStringLiteral("send either If-Match or If-None-Match"));
    if (command.ifNoneMatch && *command.ifNoneMatch != "*")
        return HttpResponse::problem(400, QStringLiteral("bad-precondition"),
                                     QStringLiteral("If-None-Match supports only *"));

    const QJsonObject body = document.object();
    for (auto it = body.begin(); it != body.end(); ++it) {
        const bool known = it.key() == QLatin1String("description") ||
                           it.key() == QLatin1String("spec") || kReadOnlyKeys.contains(it.key());
        if (!known)
            return invalid(
                {QStringLiteral("body"), QStringLiteral("unknown field \"%1\"").arg(it.key())});
    }
    if ((body.contains(QLatin1String("type")) &&
         body.value(QLatin1String("type")).toString() != command.type) ||
        (body.contains(QLatin1String("name")) &&
         body.value(QLatin1String("name")).toString() != command.name))
        return invalid({QStringLiteral("body"),
                        QStringLiteral("type and name in the body must match the URL")});
    const QJsonValue description = body.value(QLatin1String("description"));
    if (const auto error = ResourceSchema::validateDescription(description))
        return invalid(*error);
    if (!body.value(QLatin1String("spec")).isObject())
        return invalid({QStringLiteral("body"), QStringLiteral("\"spec\" must be an object")});
    const QJsonObject spec = body.value(QLatin1String("spec")).toObject();
    if (const auto error = ResourceSchema::validateSpec(command.type, spec))
        return invalid(*error);

    const auto existing = m_context.database->resource(command.type, command.name);
    WriteRequest request;
    request.type = command.type;
    request.name = command.name;
    request.user = command.user;
    request.description = description.toString();
    if (request.description.isNull())
        request.description = QStringLiteral(""); // absent: stored as empty, never NULL
    request.spec =
        ResourceSchema::mergeSecrets(command.type, spec, existing ? existing->spec : QJsonObject());
    request.ifMatch = command.ifMatch;
    request.ifNoneMatchStar = command.ifNoneMatch.has_value();
    request.requestId = command.requestId;
    const WriteResult result = m_context.database->put(request);
    if (result.status == WriteStatus::Replayed)
        return replayAnswer(command, *result.replayed);
    if (result.status != WriteStatus::Ok || !result.resource)
        return writeFailure(result, command);
    return HttpResponse::json(command.ifNoneMatch ? 201 : 200,
                              ChangeJson::publicResource(*result.resource))
        .withHeader("ETag", result.resource->etag());
}

} // namespace node
