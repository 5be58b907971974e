#pragma once
// RequestDispatcher: hands ApiRequests to QNetworkAccessManager itself, at most N at a time per
// host:port and optionally at most M in all, so that a request's deadline only runs while it is
// really on the network (Qt's own transfer timeout also counts time queued inside Qt). A host
// that answers over HTTP/2 gets many streams on one connection instead of N connections.
//
// Queued requests start in the order of their tag's busy period: a tag (e.g. one cluster's
// client) that has nothing queued, in flight or being answered starts a new period ranked after
// every other; whatever it sends until it is idle again (a poll's follow-up requests, sent from
// the answers' callbacks) keeps that rank. So under a global cap the oldest poll's requests go
// first and polls finish one after another instead of all advancing a little and all missing
// their deadlines, and no tag can overtake another by sending more: its next period ranks
// behind every period already waiting.

#include "ApiRequest.h"
#include "InFlightLimit.h"
#include "TlsPolicy.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>
#include <set>
#include <unordered_map>
#include <utility>
#include <vector>

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

    // Requests on the network at once across all hosts; 0 (the default) means no cap beyond the
    // per-host one. Applies to requests started from now on. Under a cap no tag holds more than
    // a TagShareDivisor-th of it (at least one), so one big poll cannot take every slot while
    // its slow answers come in. The cap in force adapts between the per-host limit and `count`
    // to how long answers take (InFlightLimit): when they queue, fewer requests go at once.
    void setMaxInFlight(int count);
    int maxInFlight() const { return m_maxInFlight; }
    // The cap in force now (0: none).
    int inFlightLimit() const { return m_maxInFlight == 0 ? 0 : m_limit.current(); }
    static constexpr int TagShareDivisor = 4;
    int maxInFlightPerTag() const;

    // `callback` runs once, when the next request dispatched with `tag` leaves the queue (after
    // it is on the network), unless `context` is gone by then. For a caller whose own deadline
    // should count from when its requests could start, not from when they were queued.
    void whenTagStarts(const QString &tag, QObject *context, std::function<void()> callback);

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

    // (tag rank, request id): the order queued requests start in.
    using QueueKey = std::pair<quint64, quint64>;
    struct TagState
    {
        quint64 rank = 0;
        int outstanding = 0; // queued, in flight or being delivered
        int inFlight = 0;
        bool admitted = false; // one of its requests of this period has started
    };
    struct StartWatcher
    {
        QPointer<QObject> context;
        bool hasContext = false;
        std::function<void()> callback;
    };

    void enqueue(const Pending &pending);
    // Starts queued requests while their host and the global cap have room, best rank first.
    void startQueued();
    // Files `host` under its first queued request when it has a free slot, else removes it.
    void updateReady(const QString &host);
    void releaseSlot(const QString &host, const QString &tag);
    // Under a cap, periods that have started requests and not ended yet: at most as many as
    // the cap in force keeps busy at one poll's width (at least 2). A newer period waits for
    // one to end, so the deadlines that run are those of polls being served, not of polls
    // whose first request slipped through and whose next ones wait behind older polls.
    int maxAdmittedPeriods() const;
    bool admits(const QString &tag) const;
    // Tells the adaptive cap how long a successful answer took.
    void noteAnswerTime(const Pending &pending, const ApiResult &result);
    void tagDone(const QString &tag);
    void notifyStarted(const QString &tag);
    int limitFor(const QString &host) const;
    // Sets HTTP/2 attributes and says whether this request is a clear-text HTTP/2 probe.
    bool prepareProtocol(QNetworkRequest &networkRequest, const Pending &pending) const;
    // After a failed clear-text HTTP/2 probe: the host speaks HTTP/1.1, send it again.
    bool retryOverHttp1(std::unique_ptr<Pending> &pending, QNetworkReply *reply);
    void start(Pending &pending);
    void connectReply(quint64 id, QNetworkReply *reply, bool tls);
    void connectTls(quint64 id, QNetworkReply *reply);
    void abortWith(quint64 id, AbortReason reason);
    void onMetaData(quint64 id);
    void onReadyRead(quint64 id);
    // Appends what the reply has buffered, at most one byte past the body cap.
    void appendBody(Pending &pending) const;
    void onFinished(quint64 id);
    ApiResult buildResult(Pending &pending) const;
    std::unique_ptr<Pending> take(quint64 id);
    // Runs the callback; false when that destroyed this dispatcher.
    bool deliver(std::unique_ptr<Pending> pending, const ApiResult &result);
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
    QHash<QString, std::set<QueueKey>> m_queues;    // per host
    std::set<std::pair<QueueKey, QString>> m_ready; // hosts with a free slot and a queue
    QHash<QString, QueueKey> m_readyKey;            // each ready host's entry in m_ready
    QHash<QString, int> m_inFlight;
    int m_inFlightTotal = 0;
    int m_maxInFlight = 0;
    InFlightLimit m_limit;
    QHash<QString, TagState> m_tags;
    QHash<QString, QSet<QString>> m_blockedByTag; // hosts whose first request waits for its tag
    QSet<QString> m_waitingAdmission;             // hosts whose first request's period waits
    int m_admittedPeriods = 0;
    quint64 m_nextRank = 1;
    QHash<QString, std::vector<StartWatcher>> m_startWatchers;
    QHash<QString, Protocol> m_protocols; // per host key
    bool m_clearTextHttp2 = false;
};
