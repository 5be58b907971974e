#pragma once
// ResourceRepository: a cluster's external resources through its ApiClient: list, get, create
// (If-None-Match: *), update and delete (If-Match), with every answer turned into a
// ResourceResult value; a 412 also fetches the current ("theirs") version.

#include "ApiClient.h"
#include "ResourceDefinition.h"
#include "SessionInfo.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

struct ResourceResult
{
    enum class Status {
        Ok,
        Conflict,             // 412: `resource` is theirs, nullopt when theirs was deleted
        ValidationFailed,     // 422 (or 400): `field` and `detail` from problem+json
        Forbidden,            // 403: this account may not write
        PrimaryUnavailable,   // 503 (node or load balancer): retry later, see retryAfterSeconds
        NotFound,             // 404
        PreconditionRequired, // 428: a write without a precondition (a bug on our side)
        NetworkError,         // no usable answer (timeout, refused, TLS, bad JSON, 5xx, ...)
        WritesRefused,        // 503 writes-refused: nothing was written, see refusalReason
        OutcomeUnknown        // a write was sent but its answer was lost: see requestId
    };

    Status status = Status::NetworkError;
    int httpStatus = 0;
    std::optional<ResourceDefinition> resource; // get/create/update, and theirs on Conflict
    QList<ResourceDefinition> resources;        // list
    qint64 listRevision = -1;                   // list: the configuration revision
    QString field;                              // ValidationFailed: "name", "spec.port", ...
    QString detail;                             // readable reason from the node or the network
    int retryAfterSeconds = -1;                 // PrimaryUnavailable: Retry-After, -1 if none
    QString refusalReason; // WritesRefused: "behind-replicas", "history-mismatch", ...
    QString requestId;     // writes: the Idempotency-Key sent (the change log records it)

    bool isOk() const { return status == Status::Ok; }
    bool isRetryable() const
    {
        return status == Status::PrimaryUnavailable || status == Status::NetworkError ||
               status == Status::OutcomeUnknown;
    }
    static QString statusName(Status status); // stable English key for logs and tests
    // For WritesRefused and OutcomeUnknown: the outcome in words for the user ("the cluster
    // refuses writes: ...; nothing was written", "the outcome is unknown ... request id ...");
    // `detail` otherwise.
    QString outcomeText() const;
};

class ResourceRepository final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceRepository)

public:
    using Callback = std::function<void(const ResourceResult &)>;
    using SessionCallback = std::function<void(const std::optional<SessionInfo> &)>;

    // `client` must outlive the repository.
    explicit ResourceRepository(ApiClient *client, QObject *parent = nullptr);

    ApiClient *client() const { return m_client; }

    // Each callback runs once from the event loop, unless `context` is destroyed first.
    void list(const QString &type, QObject *context, Callback callback);
    void get(const QString &type, const QString &name, QObject *context, Callback callback);
    // `body` is {"description", "spec"} with secrets as the node expects (see DraftContent).
    void create(const QString &type, const QString &name, const QJsonObject &body, QObject *context,
                Callback callback, const QString &requestId = {});
    // `requestId` (from newRequestId()) lets a retry of a write whose outcome is unknown reuse
    // its key, so the cluster applies it at most once; empty means a fresh one.
    void update(const QString &type, const QString &name, const QByteArray &ifMatch,
                const QJsonObject &body, QObject *context, Callback callback,
                const QString &requestId = {});
    void remove(const QString &type, const QString &name, const QByteArray &ifMatch,
                QObject *context, Callback callback, const QString &requestId = {});
    // GET /api/v1/session; nullopt when the node cannot tell (older node, network error).
    void fetchSession(QObject *context, SessionCallback callback);

    // The API result as a ResourceResult (status, problem details, Retry-After), without the
    // payload: exposed for tests of the mapping.
    static ResourceResult classify(const ApiResult &result);
    // As classify() for the answer to a write sent with `requestId`: a lost answer after the
    // request left (timeout, dropped connection, 502/504) is OutcomeUnknown, not a failure.
    static ResourceResult classifyWrite(const ApiResult &result, const QString &requestId);
    // A fresh Idempotency-Key for one logical write.
    static QString newRequestId();

private:
    void write(const QByteArray &method, const QString &type, const QString &name,
               const QByteArray &preconditionHeader, const QByteArray &preconditionValue,
               const QJsonObject *body, QObject *context, Callback callback,
               const QString &requestId);
    static QString resourcePath(const QString &type, const QString &name);

    ApiClient *m_client;
};
