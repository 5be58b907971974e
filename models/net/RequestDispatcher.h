#pragma once
// RequestDispatcher: hands ApiRequests to QNetworkAccessManager itself, at most N at a time per
// host:port with a FIFO queue per host, so that a request's deadline only runs while it is
// really on the network (Qt's own transfer timeout also counts time queued inside Qt). A host
// that answers over HTTP/2 gets many streams on one connection instead of N connections.

#include "ApiRequest.h"
#include "TlsPolicy.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <chrono>
#include <deque>
#include <functional>
#include <memory>
#include <unordered_map>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

class RequestDispatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestDispatcher)

public:
    using Callback = std::function<void(const ApiResult &)>;

    // Qt opens at most 6 HTTP/1.1 connections per host; more would queue inside Qt again.
    static constexpr int MaxConnectionsPerHostLimit = 6;
    static constexpr qint64 DefaultMaxBodyBytes = 4 * 1024 * 1024;
    // Requests in flight per host once it answered over HTTP/2: one connection multiplexes
    // them (HAProxy allows 100 concurrent streams by default).
    static constexpr int MaxStreamsPerHost = 100;
    // A clear-text HTTP/2 attempt that has no answer by then is taken for a server that does
    // not speak it (an HTTP/1.1 server may wait for the rest of a "request" that never comes).
    static constexpr std::chrono::milliseconds Http2ProbeTimeout{1000};

    enum class Protocol { Unknown, Http1, Http2 };

    explicit RequestDispatcher(QObject *parent = nullptr);
    // Aborts whatever is still running without calling its callbacks.
    ~RequestDispatcher() override;

    // 1..6; values outside are clamped. Applies to requests started from now on.
    void setMaxConnectionsPerHost(int count);
    int maxConnectionsPerHost() const { return m_maxPerHost; }

    // HTTP/2 over TLS is negotiated by ALPN and Qt falls back to HTTP/1.1 by itself. Over clear
    // text it needs prior knowledge: with this on (off by default), a host's first GET is sent
    // alone as HTTP/2; when it fails without an HTTP answer, or has none within
    // Http2ProbeTimeout, the host is taken for HTTP/1.1 and the request is sent again that way.
    void setClearTextHttp2(bool on) { m_clearTextHttp2 = on; }
    bool clearTextHttp2() const { return m_clearTextHttp2; }
    // What the host at `url` was last seen to speak.
    Protocol protocol(const QUrl &url) const { return m_protocols.value(hostKey(url)); }

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
    int limitFor(const QString &host) const;
    // Sets HTTP/2 attributes and says whether this request is a clear-text HTTP/2 probe.
    bool prepareProtocol(QNetworkRequest &networkRequest, const Pending &pending) const;
    // After a failed clear-text HTTP/2 probe: the host speaks HTTP/1.1, send it again.
    bool retryOverHttp1(std::unique_ptr<Pending> &pending, QNetworkReply *reply);
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
    QHash<QString, Protocol> m_protocols; // per host key
    bool m_clearTextHttp2 = false;
};
