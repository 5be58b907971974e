#pragma once
// ResourceRepository: a cluster's external resources through its ApiClient: list, get, create
// (If-None-Match: *), update and delete (If-Match), with every answer turned into a
// ResourceResult value; a 412 also fetches the current ("theirs") version. Each write carries a
// fresh Idempotency-Key; when its answer is lost (network error after sending, 502/504) the
// repository asks the cluster's change log for that key before reporting anything, and a write
// that was applied is sent once more with the same key to get its first answer back.

#include "ApiClient.h"
#include "ResourceDefinition.h"
#include "ResourceResult.h"
#include "SessionInfo.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

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
