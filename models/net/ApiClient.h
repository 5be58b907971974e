#pragma once
// ApiClient: talks to one cluster (through its load balancer) on behalf of the console: adds
// authentication (a session token fetched with Basic auth and renewed once on 401), applies the
// cluster's TlsPolicy, and sends through a RequestDispatcher, its own or a shared one.

#include "ApiRequest.h"
#include "RequestDispatcher.h"
#include "SpectrumSession.h"
#include "TlsPolicy.h"
#include "WriteObserver.h"

#include <QJsonDocument>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>
#include <unordered_map>
#include <vector>

class ApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    using Callback = std::function<void(const ApiResult &)>;

    static constexpr int DefaultTokenTtlMinutes = 60;

    // With its own dispatcher (and so its own connections and TLS sessions).
    explicit ApiClient(QObject *parent = nullptr);
    // Through a shared dispatcher, which must outlive this client. The per-host limit then
    // counts across all its clients; TLS connections are still kept apart per TlsPolicy.
    explicit ApiClient(RequestDispatcher *dispatcher, QObject *parent = nullptr);
    // Cancels this client's requests without calling their callbacks.
    ~ApiClient() override;

    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }
    QUrl baseUrl() const { return m_baseUrl; }

    void setTlsPolicy(const TlsPolicy &policy) { m_tlsPolicy = policy; }
    const TlsPolicy &tlsPolicy() const { return m_tlsPolicy; }

    // User and password: a token is fetched on first use and renewed once when a request is
    // answered 401. The password stays in memory only and is never logged.
    void setPasswordCredentials(const QString &user, const QString &password);
    // A token alone: used as is, never renewed.
    void setToken(const QString &token);
    void clearCredentials();
    QString userName() const { return m_user; }
    bool hasToken() const { return !m_token.isEmpty(); }

    // Ends the session this client signed in with (GET /security/rest/token/logout, every
    // node then refuses that token) and forgets the token; a later request signs in again.
    // The logout is not cancelled with this client's requests, nor when it is deleted, as long
    // as its dispatcher lives. `done` gets whether the server confirmed. False (and no call)
    // without a session of its own: none fetched yet, or a token the user gave, theirs to end.
    bool logout(std::function<void(bool confirmed)> done = {});
    // The same, sent by someone else: the session token handed over and forgotten here (with
    // its SESSION cookie value in `sessionId` when the token service gave one).
    QString takeSessionToken(QString *sessionId = nullptr);
    static ApiRequest logoutRequest(const QString &token, const QString &sessionId = {});

    // Which token a password sign-in asks for (a session token, the default, or an open one).
    void setTokenKind(SpectrumSession::Kind kind) { m_tokenKind = kind; }
    SpectrumSession::Kind tokenKind() const { return m_tokenKind; }
    // Milliseconds since the epoch, for the token's renewal times; replaced in tests.
    void setClock(std::function<qint64()> nowMs) { m_nowMs = std::move(nowMs); }
    // True once a token fresh from a sign-in was refused as `invalid_token` (Spectrum's host
    // check behind a load balancer); cleared by the next accepted request.
    bool hostCheckSuspected() const { return m_hostCheckSuspected; }

    // 1..1440 minutes, as the token endpoint accepts.
    void setTokenTtlMinutes(int minutes);
    int tokenTtlMinutes() const { return m_tokenTtlMinutes; }

    // Sign-in on a slow node must not hold every request back: when a token request has not
    // answered after `after`, it is sent again to up to two of `nodeIds` (by X-Cluster-Node;
    // with none known, twice more through the load balancer) and the first token wins. Zero
    // turns this off (the default).
    void setSignInHedge(std::chrono::milliseconds after, const QStringList &nodeIds);

    // A read-only client (a profile switched to read-only) answers every request but GET, HEAD
    // and OPTIONS itself with a ReadOnly error and sends nothing: the one place every write of
    // the console passes, so no panel, tool or command can write around the switch.
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    bool isReadOnly() const { return m_readOnly; }
    static bool isWriteMethod(const QByteArray &method);
    // "this cluster is read-only in Clusterdesk; change it in the cluster settings"
    static QString readOnlyMessage();
    // Which cluster this client talks to, for the activity log (WriteObserver): the saved
    // profile's id and name (or the address of a cluster given by URL).
    void setClusterIdentity(const QString &clusterId, const QString &clusterName);

    RequestDispatcher *dispatcher() const { return m_dispatcher; }
    // The dispatcher tag of this client's requests.
    QString tag() const { return m_tag; }

    // Sends `request`; a write (PUT, POST, PATCH, DELETE) gets an X-Request-Id (its
    // Idempotency-Key when it has one, else a new UUID) and is told to the WriteObservers.
    // `callback` runs exactly once from the event loop (with the final result
    // after any token fetch and retry), unless `context` is destroyed first. Returns an id for
    // cancel(), never 0.
    quint64 send(const ApiRequest &request, QObject *context, Callback callback);
    // `body` sent as compact JSON with Content-Type: application/json.
    quint64 sendJson(const QByteArray &method, const QString &path, const QJsonDocument &body,
                     QObject *context, Callback callback);

    // The callback gets a Cancelled result. False when the id is unknown or already finished.
    bool cancel(quint64 id);
    // Cancels every request of this client, including a token fetch.
    void cancelAll();

Q_SIGNALS:
    // A new session token arrived (first sign-in or renewal).
    void tokenRenewed();
    // Fetching a token failed; the waiting requests fail with the same error.
    void authenticationFailed(const ApiResult &result);

private:
    struct Call
    {
        ApiRequest request;
        QPointer<QObject> context;
        bool hasContext = false;
        QMetaObject::Connection contextGone; // cancels the call when its receiver goes
        Callback callback;
        quint64 dispatchId = 0;
        QString usedToken;
        bool retried = false;
        bool transmitted = false;         // handed to the dispatcher at least once
        std::optional<WriteNotice> write; // set for a write: what the observers were told
    };

    bool renewsTokens() const { return !m_user.isEmpty() && !m_password.isEmpty(); }
    void transmit(quint64 id);
    void waitForToken(quint64 id);
    void onResult(quint64 id, const ApiResult &result);
    void sendTokenRequest(const QString &targetNodeId);
    void hedgeSignIn();
    void onTokenResult(quint64 dispatchId, const ApiResult &result);
    void finish(quint64 id, ApiResult result);
    qint64 nowMs() const;
    // Before a request: a token near its idle or ttl expiry is logged out and forgotten, so the
    // request signs in again instead of being refused.
    void retireTokenIfDue();
    void refuseWrite(quint64 id);
    std::optional<WriteNotice> noticeWrite(ApiRequest &request) const;

    RequestDispatcher *m_dispatcher;
    QString m_tag;
    QString m_clusterId;
    QString m_clusterName;
    QUrl m_baseUrl;
    TlsPolicy m_tlsPolicy;
    QString m_user;
    QString m_password;
    QString m_token;
    SpectrumSession m_session; // the token service's answer for m_token, when it came from one
    SpectrumSession::Kind m_tokenKind = SpectrumSession::Kind::Session;
    std::function<qint64()> m_nowMs;
    bool m_hostCheckSuspected = false;
    int m_tokenTtlMinutes = DefaultTokenTtlMinutes;
    quint64 m_nextId = 1;
    // Token requests in flight (more than one once the sign-in was hedged), on the server of
    // m_tokenBaseOverride.
    std::vector<quint64> m_tokenRequests;
    QUrl m_tokenBaseOverride;
    ApiResult m_tokenFailure; // the last failed token answer while others are still out
    std::chrono::milliseconds m_signInHedgeAfter{0};
    QStringList m_signInHedgeNodes;
    QTimer m_signInHedge;
    bool m_signInHedged = false; // this sign-in already asked other nodes
    bool m_readOnly = false;
    std::unordered_map<quint64, Call> m_calls;
    std::vector<quint64> m_waitingForToken;
};
