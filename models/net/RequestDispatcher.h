#pragma once
// RequestDispatcher: hands ApiRequests to QNetworkAccessManager itself, at most N at a time per
// host:port with a FIFO queue per host, so that a request's deadline only runs while it is
// really on the network (Qt's own transfer timeout also counts time queued inside Qt).

#include "ApiRequest.h"
#include "TlsPolicy.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <deque>
#include <functional>
#include <memory>
#include <unordered_map>

class QNetworkAccessManager;
class QNetworkReply;

class RequestDispatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestDispatcher)

public:
    using Callback = std::function<void(const ApiResult &)>;

    // Qt opens at most 6 HTTP/1.1 connections per host; more would queue inside Qt again.
    static constexpr int MaxConnectionsPerHostLimit = 6;
    static constexpr qint64 DefaultMaxBodyBytes = 4 * 1024 * 1024;

    explicit RequestDispatcher(QObject *parent = nullptr);
    // Aborts whatever is still running without calling its callbacks.
    ~RequestDispatcher() override;

    // 1..6; values outside are clamped. Applies to requests started from now on.
    void setMaxConnectionsPerHost(int count);
    int maxConnectionsPerHost() const { return m_maxPerHost; }

    // A response body over this many bytes is aborted (TooLarge) without being buffered.
    void setMaxBodyBytes(qint64 bytes);
    qint64 maxBodyBytes() const { return m_maxBodyBytes; }

    // Queues `request` against `baseUrl` (or request.baseUrlOverride when valid). `callback`
    // runs exactly once, later, from the event loop, unless `context` is destroyed first
    // (a null context means "always call"). `tag` groups requests for cancelTag(), e.g. a
    // cluster id. Returns the request id (never 0).
    quint64 dispatch(const ApiRequest &request, const QUrl &baseUrl, const TlsPolicy &tls,
                     const QString &tag, QObject *context, Callback callback);

    // Ends the request with a Cancelled result. False when the id is unknown or already done.
    bool cancel(quint64 id);
    // Cancels every request dispatched with `tag`; returns how many.
    int cancelTag(const QString &tag);

    int inFlightCount() const;
    int inFlightCount(const QUrl &url) const;
    int queuedCount() const;

    // "scheme://host:port", the unit the per-host limit counts.
    static QString hostKey(const QUrl &url);
    // baseUrl's path joined with `path`, plus `query`.
    static QUrl resolveUrl(const QUrl &baseUrl, const QString &path, const QUrlQuery &query);

Q_SIGNALS:
    // For diagnostics and tests: the request left the queue and is on the network now.
    void started(quint64 id);

private:
    enum class AbortReason { None, Timeout, TooLarge, RedirectRefused, PinMismatch, Cancelled };
    struct Pending;

    void startNext(const QString &host);
    void start(Pending &pending);
    void connectReply(quint64 id, QNetworkReply *reply);
    void abortWith(quint64 id, AbortReason reason);
    void onMetaData(quint64 id);
    void onReadyRead(quint64 id);
    void onFinished(quint64 id);
    ApiResult buildResult(Pending &pending) const;
    std::unique_ptr<Pending> take(quint64 id);
    void deliver(std::unique_ptr<Pending> pending, const ApiResult &result);
    void failLater(quint64 id, ApiResult::ErrorKind kind, const QString &text);
    Pending *find(quint64 id) const;
    QNetworkAccessManager *networkFor(const Pending &pending);

    // One manager for plain HTTP and one per distinct TLS trust: Qt reuses keep-alive
    // connections by host:port alone, so a connection verified under one TlsPolicy must never
    // carry a request of a policy that would have refused that certificate.
    QNetworkAccessManager *m_network;
    QHash<QByteArray, QNetworkAccessManager *> m_tlsNetworks;
    int m_maxPerHost = MaxConnectionsPerHostLimit;
    qint64 m_maxBodyBytes = DefaultMaxBodyBytes;
    quint64 m_nextId = 1;
    std::unordered_map<quint64, std::unique_ptr<Pending>> m_requests;
    QHash<QString, std::deque<quint64>> m_queues;
    QHash<QString, int> m_inFlight;
};
