#include "ResourceRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ResourceRepository)
};

// Writes go to the primary (possibly forwarded by a replica, which waits for replication), so
// they get more time than a read.
constexpr std::chrono::milliseconds kWriteTimeout{15000};

QString problemText(const ApiResult &result)
{
    if (!result.problem.detail.isEmpty())
        return result.problem.detail;
    if (!result.problem.title.isEmpty())
        return result.problem.title;
    return result.errorText;
}

// The statuses that the HTTP status alone tells.
std::optional<ResourceResult::Status> statusOfHttpStatus(int httpStatus)
{
    using Status = ResourceResult::Status;
    switch (httpStatus) {
    case 403:
        return Status::Forbidden;
    case 404:
        return Status::NotFound;
    case 412:
        return Status::Conflict;
    case 428:
        return Status::PreconditionRequired;
    default:
        return std::nullopt;
    }
}

} // namespace

ResourceRepository::ResourceRepository(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

QString ResourceRepository::resourcePath(const QString &type, const QString &name)
{
    return u"/api/v1/resources/%1/%2"_s.arg(type, name);
}

ResourceResult ResourceRepository::classify(const ApiResult &result)
{
    ResourceResult out;
    out.httpStatus = result.httpStatus;
    if (result.ok) {
        out.status = ResourceResult::Status::Ok;
        return out;
    }
    out.detail = problemText(result);
    using Status = ResourceResult::Status;
    if (result.errorKind == ApiResult::ErrorKind::ReadOnly) {
        out.status = Status::ReadOnly;
        return out;
    }
    if (const std::optional<Status> status = statusOfHttpStatus(result.httpStatus)) {
        out.status = *status;
        return out;
    }
    switch (result.httpStatus) {
    case 400:
    case 422:
        out.status = Status::ValidationFailed;
        out.field = result.problem.field.isEmpty() ? u"body"_s : result.problem.field;
        return out;
    case 503: {
        if (result.problem.slug() == u"writes-refused") {
            // The cluster protects its data (a primary behind its replicas, another history):
            // an operator must act, so this is no "retry later".
            out.status = Status::WritesRefused;
            out.refusalReason = QJsonDocument::fromJson(result.body)
                                    .object()
                                    .value(u"reason")
                                    .toString(u"unknown"_s);
            return out;
        }
        // Either the node (primary unreachable, with Retry-After) or HAProxy's own page when no
        // node is up: both mean "try again later" and the write did not happen.
        out.status = Status::PrimaryUnavailable;
        bool ok = false;
        const int seconds = result.headers.value("Retry-After").trimmed().toInt(&ok);
        out.retryAfterSeconds = ok && seconds >= 0 ? seconds : -1;
        if (result.errorKind == ApiResult::ErrorKind::LoadBalancerPage || out.detail.isEmpty())
            out.detail = Tr::tr("The cluster cannot accept writes right now.");
        return out;
    }
    default:
        break;
    }
    out.status = Status::NetworkError;
    if (out.detail.isEmpty())
        out.detail = Tr::tr("No usable answer from the cluster (%1).")
                         .arg(ApiResult::errorKindName(result.errorKind));
    return out;
}

void ResourceRepository::list(const QString &type, QObject *context, Callback callback)
{
    ApiRequest request = ApiRequest::get(u"/api/v1/resources"_s);
    if (!type.isEmpty())
        request.query.addQueryItem(u"type"_s, type);
    m_client->send(request, context, [callback](const ApiResult &result) {
        ResourceResult out = classify(result);
        if (out.isOk()) {
            const QJsonObject object = result.json.object();
            out.listRevision = object.value(u"revision").toInteger(-1);
            for (const QJsonValue &value : object.value(u"resources").toArray()) {
                // One malformed entry is skipped rather than hiding every other resource.
                if (std::optional<ResourceDefinition> resource =
                        ResourceDefinition::fromJson(value.toObject()))
                    out.resources.append(*resource);
            }
        }
        callback(out);
    });
}

void ResourceRepository::get(const QString &type, const QString &name, QObject *context,
                             Callback callback)
{
    m_client->send(
        ApiRequest::get(resourcePath(type, name)), context, [callback](const ApiResult &result) {
            ResourceResult out = classify(result);
            if (out.isOk()) {
                QString error;
                out.resource = ResourceDefinition::fromJson(result.json.object(), &error);
                if (!out.resource) {
                    out.status = ResourceResult::Status::NetworkError;
                    out.detail = error;
                } else {
                    out.resource->etag = QString::fromUtf8(result.headers.value("ETag"));
                }
            }
            callback(out);
        });
}

void ResourceRepository::create(const QString &type, const QString &name, const QJsonObject &body,
                                QObject *context, Callback callback)
{
    write("PUT", type, name, "If-None-Match", "*", &body, context, std::move(callback));
}

void ResourceRepository::update(const QString &type, const QString &name, const QByteArray &ifMatch,
                                const QJsonObject &body, QObject *context, Callback callback)
{
    write("PUT", type, name, "If-Match", ifMatch, &body, context, std::move(callback));
}

void ResourceRepository::remove(const QString &type, const QString &name, const QByteArray &ifMatch,
                                QObject *context, Callback callback)
{
    write("DELETE", type, name, "If-Match", ifMatch, nullptr, context, std::move(callback));
}

void ResourceRepository::write(const QByteArray &method, const QString &type, const QString &name,
                               const QByteArray &preconditionHeader,
                               const QByteArray &preconditionValue, const QJsonObject *body,
                               QObject *context, Callback callback)
{
    ApiRequest request =
        body ? ApiRequest::json(method, resourcePath(type, name), QJsonDocument(*body))
             : ApiRequest{};
    request.method = method;
    request.path = resourcePath(type, name);
    request.timeout = kWriteTimeout;
    request.expectJson = body != nullptr;
    request.headers.set(preconditionHeader, preconditionValue);
    // One key per logical write; every re-send of this write (token renewal, the replay
    // below) carries it, so the cluster applies it at most once.
    const QString requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    request.headers.set("Idempotency-Key", requestId.toLatin1());
    QPointer<QObject> guard(context);
    const std::function<void(const ApiResult &)> finish =
        [this, type, name, guard, callback, requestId,
         isDelete = body == nullptr](const ApiResult &result) {
            ResourceResult out = classify(result);
            out.requestId = requestId;
            if (out.isOk() && !isDelete) {
                QString error;
                out.resource = ResourceDefinition::fromJson(result.json.object(), &error);
                if (out.resource)
                    out.resource->etag = QString::fromUtf8(result.headers.value("ETag"));
            }
            if (out.status != ResourceResult::Status::Conflict) {
                callback(out);
                return;
            }
            // Fetch theirs so the editor can show the three-way view.
            get(type, name, guard, [out, callback](const ResourceResult &current) mutable {
                if (current.isOk())
                    out.resource = current.resource;
                else if (current.status != ResourceResult::Status::NotFound)
                    out.detail = current.detail;
                callback(out);
            });
        };
    m_client->send(request, context,
                   [this, request, requestId, guard, finish, callback](const ApiResult &result) {
                       if (mayHaveBeenApplied(result))
                           resolveLostAnswer(request, requestId, guard, finish, callback);
                       else
                           finish(result);
                   });
}

bool ResourceRepository::mayHaveBeenApplied(const ApiResult &result)
{
    if (result.ok)
        return false;
    // A node's "outcome unknown", or the load balancer's page for a node that died mid-request.
    if (result.httpStatus == 502 || result.httpStatus == 504)
        return true;
    if (result.httpStatus != 0)
        return false; // a node's own answer says what happened
    switch (result.errorKind) {
    case ApiResult::ErrorKind::ConnectionRefused:
    case ApiResult::ErrorKind::HostNotFound:
    case ApiResult::ErrorKind::Tls:
    case ApiResult::ErrorKind::RedirectRefused:
    case ApiResult::ErrorKind::Cancelled:
    case ApiResult::ErrorKind::ReadOnly:
        return false; // the request never reached a node
    default:
        return true;
    }
}

void ResourceRepository::resolveLostAnswer(const ApiRequest &request, const QString &requestId,
                                           const QPointer<QObject> &context,
                                           const std::function<void(const ApiResult &)> &finish,
                                           const Callback &callback)
{
    if (!context)
        return;
    const ApiRequest lookup = ApiRequest::get(u"/api/v1/config/requests/"_s + requestId);
    m_client->send(lookup, context, [=, this](const ApiResult &found) {
        if (!context)
            return;
        ResourceResult out;
        out.requestId = requestId;
        if (found.ok && found.json.object().value(u"requestId").toString() == requestId) {
            // Applied: the same write with the same key answers what it answered first.
            const qint64 revision = found.json.object().value(u"revision").toInteger();
            m_client->send(request, context, [=](const ApiResult &replayed) {
                if (!mayHaveBeenApplied(replayed)) {
                    finish(replayed);
                    return;
                }
                ResourceResult applied = out;
                applied.outcomeUnknown = true; // applied, but not what it answered
                applied.detail = Tr::tr("The cluster applied the change (revision %1, request "
                                        "id %2) but its answer could not be fetched. Reload "
                                        "to see it.")
                                     .arg(revision)
                                     .arg(requestId);
                callback(applied);
            });
            return;
        }
        if (found.httpStatus == 404 && found.problem.slug() == u"unknown-request") {
            // Certain now: no change carries the key.
            out.status = ResourceResult::Status::PrimaryUnavailable;
            out.detail = Tr::tr("The cluster did not answer and did not apply the change "
                                "(request id %1): nothing was written.")
                             .arg(requestId);
            callback(out);
            return;
        }
        out.status = ResourceResult::Status::NetworkError;
        out.outcomeUnknown = true;
        out.detail = Tr::tr("The outcome is unknown: the cluster did not answer and its change "
                            "log could not be checked. The change log will show request id %1 "
                            "if the change was applied; reload before trying again.")
                         .arg(requestId);
        callback(out);
    });
}

void ResourceRepository::fetchSession(QObject *context, SessionCallback callback)
{
    m_client->send(
        ApiRequest::get(u"/api/v1/session"_s), context, [callback](const ApiResult &result) {
            callback(result.ok ? SessionInfo::fromJson(result.json.object()) : std::nullopt);
        });
}
