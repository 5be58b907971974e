#include "ResourceRepository.h"

#include <QCoreApplication>
#include <QJsonArray>

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

} // namespace

QString ResourceResult::statusName(Status status)
{
    switch (status) {
    case Status::Ok:
        return u"ok"_s;
    case Status::Conflict:
        return u"conflict"_s;
    case Status::ValidationFailed:
        return u"validation-failed"_s;
    case Status::Forbidden:
        return u"forbidden"_s;
    case Status::PrimaryUnavailable:
        return u"primary-unavailable"_s;
    case Status::NotFound:
        return u"not-found"_s;
    case Status::PreconditionRequired:
        return u"precondition-required"_s;
    case Status::NetworkError:
        break;
    }
    return u"network-error"_s;
}

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
    switch (result.httpStatus) {
    case 400:
    case 422:
        out.status = Status::ValidationFailed;
        out.field = result.problem.field.isEmpty() ? u"body"_s : result.problem.field;
        return out;
    case 403:
        out.status = Status::Forbidden;
        return out;
    case 404:
        out.status = Status::NotFound;
        return out;
    case 412:
        out.status = Status::Conflict;
        return out;
    case 428:
        out.status = Status::PreconditionRequired;
        return out;
    case 503: {
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
    QPointer<QObject> guard(context);
    m_client->send(
        request, context,
        [this, type, name, guard, callback, isDelete = body == nullptr](const ApiResult &result) {
            ResourceResult out = classify(result);
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
        });
}

void ResourceRepository::fetchSession(QObject *context, SessionCallback callback)
{
    m_client->send(
        ApiRequest::get(u"/api/v1/session"_s), context, [callback](const ApiResult &result) {
            callback(result.ok ? SessionInfo::fromJson(result.json.object()) : std::nullopt);
        });
}
