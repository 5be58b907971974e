#pragma once
// ResourceRepository: a cluster's external resources through its ApiClient: list, get, create
// (If-None-Match: *), update and delete (If-Match), with every answer turned into a
// ResourceResult value; a 412 also fetches the current ("theirs") version. Each write carries a
// fresh Idempotency-Key; when its answer is lost (network error after sending, 502/504) the
// repository asks the cluster's change log for that key before reporting anything, and a write
// that was applied is sent once more with the same key to get its first answer back.

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
        WritesRefused         // 503 writes-refused: nothing was written, see refusalReason
    };

    Status status = Status::NetworkError;
    int httpStatus = 0;
    std::optional<ResourceDefinition> resource; // get/create/update, and theirs on Conflict
    QList<ResourceDefinition> resources;        // list
    qint64 listRevision = -1;                   // list: the configuration revision
    QString field;                              // ValidationFailed: "name", "spec.port", ...
    QString detail;                             // readable reason from the node or the network
    int retryAfterSeconds = -1;                 // PrimaryUnavailable: Retry-After, -1 if none
    QString requestId;                          // writes: the Idempotency-Key sent
    // NetworkError of a write: it may or may not have been applied and the cluster could not
    // say which (or it was applied but its answer is lost); the change log shows `requestId`
    // if it was.
    bool outcomeUnknown = false;
    QString refusalReason; // WritesRefused: "behind-replicas", "history-mismatch", ...

    bool isOk() const { return status == Status::Ok; }
    // Retrying a write whose outcome is unknown could apply it twice: reload first.
    bool isRetryable() const
    {
        return (status == Status::PrimaryUnavailable || status == Status::NetworkError) &&
               !outcomeUnknown;
    }
    static QString statusName(Status status); // stable English key for logs and tests
    // The outcome in words for the user: for WritesRefused "the cluster refuses writes: <why>;
    // nothing was written"; `detail` otherwise (which says "the outcome is unknown" with the
    // request id when outcomeUnknown).
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
                Callback callback);
    void update(const QString &type, const QString &name, const QByteArray &ifMatch,
                const QJsonObject &body, QObject *context, Callback callback);
    void remove(const QString &type, const QString &name, const QByteArray &ifMatch,
                QObject *context, Callback callback);
    // GET /api/v1/session; nullopt when the node cannot tell (older node, network error).
    void fetchSession(QObject *context, SessionCallback callback);

    // The API result as a ResourceResult (status, problem details, Retry-After), without the
    // payload: exposed for tests of the mapping.
    static ResourceResult classify(const ApiResult &result);
    // True when a write with this result may have been applied although no answer says so.
    static bool mayHaveBeenApplied(const ApiResult &result);

private:
    void write(const QByteArray &method, const QString &type, const QString &name,
               const QByteArray &preconditionHeader, const QByteArray &preconditionValue,
               const QJsonObject *body, QObject *context, Callback callback);
    // After an answer was lost: looks `requestId` up in the change log; an applied write is
    // sent again with the same key (the cluster replays its first answer) and goes to
    // `finish`, anything else is reported to `callback` directly.
    void resolveLostAnswer(const ApiRequest &request, const QString &requestId,
                           const QPointer<QObject> &context,
                           const std::function<void(const ApiResult &)> &finish,
                           const Callback &callback);
    static QString resourcePath(const QString &type, const QString &name);

    ApiClient *m_client;
};
