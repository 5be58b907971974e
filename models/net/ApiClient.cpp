#include "ApiClient.h"

#include "SecretWipe.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QUuid>

#include <algorithm>
#include <memory>
#include <utility>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ApiClient)
};

} // namespace

ApiClient::ApiClient(QObject *parent)
    : ApiClient(nullptr, parent)
{}

ApiClient::ApiClient(RequestDispatcher *dispatcher, QObject *parent)
    : QObject(parent)
    , m_dispatcher(dispatcher ? dispatcher : new RequestDispatcher(this))
    , m_tag(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_signInHedge.setSingleShot(true);
    connect(&m_signInHedge, &QTimer::timeout, this, &ApiClient::hedgeSignIn);
}

ApiClient::~ApiClient()
{
    // Forget the calls first so that the cancellations below reach nobody, and stop listening
    // for their receivers: a receiver deleted after this point must not reach a dead client.
    ApiResult dropped;
    dropped.errorKind = ApiResult::ErrorKind::Cancelled;
    dropped.errorText = Tr::tr("the console stopped waiting for the answer");
    for (const auto &[id, call] : m_calls) {
        QObject::disconnect(call.contextGone);
        if (call.write)
            WriteObservers::notifyFinished(*call.write, dropped, call.transmitted);
    }
    m_calls.clear();
    m_waitingForToken.clear();
    m_dispatcher->cancelTag(m_tag);
    wipeSecret(m_password);
    wipeSecret(m_token);
    m_session.clear();
}

void ApiClient::setPasswordCredentials(const QString &user, const QString &password)
{
    clearCredentials();
    m_user = user;
    m_password = password;
}

void ApiClient::setToken(const QString &token)
{
    clearCredentials();
    m_token = token;
}

void ApiClient::clearCredentials()
{
    m_user.clear();
    wipeSecret(m_password);
    wipeSecret(m_token);
    m_session.clear();
}

QString ApiClient::takeSessionToken(QString *sessionId)
{
    if (!renewsTokens() || m_token.isEmpty())
        return {};
    QString token = m_token;
    if (sessionId)
        *sessionId = m_session.token() == m_token ? m_session.sessionId() : QString();
    wipeSecret(m_token);
    m_session.clear();
    return token;
}

ApiRequest ApiClient::logoutRequest(const QString &token, const QString &sessionId)
{
    ApiRequest request = ApiRequest::get(QStringLiteral("/security/rest/token/logout"));
    request.headers.set("Authorization", "Bearer " + token.toUtf8());
    if (!sessionId.isEmpty())
        request.headers.set("Cookie", "SESSION=" + sessionId.toUtf8());
    return request;
}

qint64 ApiClient::nowMs() const
{
    return m_nowMs ? m_nowMs() : QDateTime::currentMSecsSinceEpoch();
}

void ApiClient::retireTokenIfDue()
{
    if (!renewsTokens() || m_token.isEmpty() || m_session.token() != m_token ||
        !m_session.needsRenewal(nowMs()))
        return;
    // Best effort: the old session is ended on the server, nobody waits for the answer.
    logout();
}

bool ApiClient::logout(std::function<void(bool)> done)
{
    QString sessionId;
    QString token = takeSessionToken(&sessionId);
    if (token.isEmpty())
        return false;
    // A tag of its own, so cancelAll() and the destructor leave it alone.
    m_dispatcher->dispatch(logoutRequest(token, sessionId), m_baseUrl, m_tlsPolicy,
                           m_tag + QStringLiteral("/logout"), nullptr,
                           [done = std::move(done)](const ApiResult &result) {
                               if (done)
                                   done(result.ok);
                           });
    wipeSecret(token);
    wipeSecret(sessionId);
    return true;
}

void ApiClient::setClusterIdentity(const QString &clusterId, const QString &clusterName)
{
    m_clusterId = clusterId;
    m_clusterName = clusterName;
}

std::optional<WriteNotice> ApiClient::noticeWrite(ApiRequest &request) const
{
    if (!WriteObservers::isWrite(request.method))
        return std::nullopt;
    QByteArray requestId = request.headers.value("X-Request-Id");
    if (requestId.isEmpty())
        requestId = request.headers.value("Idempotency-Key");
    if (requestId.isEmpty())
        requestId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    request.headers.set("X-Request-Id", requestId);
    WriteNotice notice;
    notice.requestId = QString::fromLatin1(requestId);
    notice.method = request.method.toUpper();
    notice.path = request.path;
    notice.createOnly = request.headers.value("If-None-Match") == "*";
    notice.targetNodeId = request.targetNodeId;
    notice.clusterId = m_clusterId;
    notice.clusterName = m_clusterName.isEmpty() ? m_baseUrl.host() : m_clusterName;
    notice.clusterUser = m_user;
    notice.sentAtMs = QDateTime::currentMSecsSinceEpoch();
    return notice;
}

void ApiClient::setSignInHedge(std::chrono::milliseconds after, const QStringList &nodeIds)
{
    m_signInHedgeAfter = after;
    m_signInHedgeNodes = nodeIds;
}

void ApiClient::setTokenTtlMinutes(int minutes)
{
    m_tokenTtlMinutes = std::clamp(minutes, 1, 1440);
}

quint64 ApiClient::send(const ApiRequest &request, QObject *context, Callback callback)
{
    const quint64 id = m_nextId++;
    Call call;
    call.request = request;
    call.write = noticeWrite(call.request);
    call.context = context;
    call.hasContext = context != nullptr;
    call.callback = std::move(callback);
    // Nobody is left to read the answer (a cancelled comparison, a closed dialog): stop the
    // request rather than let it run into its timeout.
    if (context && context != this)
        call.contextGone = connect(context, &QObject::destroyed, this, [this, id] {
            // A widget says destroyed() before its QPointers clear: the answer must not reach it.
            if (const auto it = m_calls.find(id); it != m_calls.end())
                it->second.context.clear();
            cancel(id);
        });
    if (call.write)
        WriteObservers::notifySent(*call.write);
    m_calls.emplace(id, std::move(call));
    retireTokenIfDue();
    if (m_readOnly && isWriteMethod(request.method))
        refuseWrite(id);
    else if (renewsTokens() && m_token.isEmpty())
        waitForToken(id);
    else
        transmit(id);
    return id;
}

bool ApiClient::isWriteMethod(const QByteArray &method)
{
    const QByteArray upper = method.toUpper();
    return upper != "GET" && upper != "HEAD" && upper != "OPTIONS";
}

QString ApiClient::readOnlyMessage()
{
    return Tr::tr("this cluster is read-only in Clusterdesk; change it in the cluster settings");
}

void ApiClient::refuseWrite(quint64 id)
{
    // Answered from the event loop like any request, so callers see one order of events.
    QMetaObject::invokeMethod(
        this,
        [this, id] {
            ApiResult result;
            result.errorKind = ApiResult::ErrorKind::ReadOnly;
            result.errorText = readOnlyMessage();
            finish(id, result);
        },
        Qt::QueuedConnection);
}

quint64 ApiClient::sendJson(const QByteArray &method, const QString &path,
                            const QJsonDocument &body, QObject *context, Callback callback)
{
    return send(ApiRequest::json(method, path, body), context, std::move(callback));
}

bool ApiClient::cancel(quint64 id)
{
    const auto it = m_calls.find(id);
    if (it == m_calls.end())
        return false;
    const auto waiting = std::find(m_waitingForToken.begin(), m_waitingForToken.end(), id);
    if (waiting != m_waitingForToken.end() || it->second.dispatchId == 0) {
        if (waiting != m_waitingForToken.end())
            m_waitingForToken.erase(waiting);
        ApiResult result;
        result.errorKind = ApiResult::ErrorKind::Cancelled;
        result.errorText = Tr::tr("the request was cancelled");
        finish(id, result);
        // A sign-in nobody waits for any more is not worth finishing.
        if (m_waitingForToken.empty() && !m_tokenRequests.empty()) {
            m_signInHedge.stop();
            // Cleared first: the cancelled answers then find nothing to decide.
            for (const quint64 request : std::exchange(m_tokenRequests, {}))
                m_dispatcher->cancel(request);
        }
        return true;
    }
    return m_dispatcher->cancel(it->second.dispatchId);
}

void ApiClient::cancelAll()
{
    std::vector<quint64> ids;
    ids.reserve(m_calls.size());
    for (const auto &[id, call] : m_calls)
        ids.push_back(id);
    std::sort(ids.begin(), ids.end());
    for (const quint64 id : ids)
        cancel(id);
    m_signInHedge.stop();
    const std::vector<quint64> tokenRequests = m_tokenRequests;
    for (const quint64 id : tokenRequests)
        m_dispatcher->cancel(id);
}

void ApiClient::transmit(quint64 id)
{
    const auto it = m_calls.find(id);
    if (it == m_calls.end())
        return;
    Call &call = it->second;
    ApiRequest request = call.request;
    if (!m_token.isEmpty() && !request.headers.contains("Authorization")) {
        if (m_session.token() == m_token) {
            m_session.authorize(request.headers);
            m_session.noteUse(nowMs());
        } else {
            request.headers.set("Authorization", "Bearer " + m_token.toUtf8());
        }
    }
    call.usedToken = m_token;
    call.transmitted = true;
    call.dispatchId =
        m_dispatcher->dispatch(request, m_baseUrl, m_tlsPolicy, m_tag, this,
                               [this, id](const ApiResult &result) { onResult(id, result); });
}

void ApiClient::waitForToken(quint64 id)
{
    const auto it = m_calls.find(id);
    if (it == m_calls.end())
        return;
    it->second.dispatchId = 0;
    m_waitingForToken.push_back(id);
    if (!m_tokenRequests.empty())
        return; // one sign-in serves every waiting request
    // Same server as the request that needs it: the token is valid on every node.
    m_tokenBaseOverride = it->second.request.baseUrlOverride;
    m_tokenFailure = ApiResult();
    m_signInHedged = false;
    sendTokenRequest({});
    // A direct URL names one node: there is no other to ask through it.
    if (m_signInHedgeAfter.count() > 0 && m_tokenBaseOverride.isEmpty())
        m_signInHedge.start(m_signInHedgeAfter);
}

void ApiClient::sendTokenRequest(const QString &targetNodeId)
{
    ApiRequest tokenRequest =
        ApiRequest::get(SpectrumSession::tokenPath(m_tokenKind, m_tokenTtlMinutes));
    tokenRequest.baseUrlOverride = m_tokenBaseOverride;
    tokenRequest.targetNodeId = targetNodeId;
    tokenRequest.headers.set(
        "Authorization", "Basic " + (m_user + QLatin1Char(':') + m_password).toUtf8().toBase64());
    auto dispatchId = std::make_shared<quint64>(0);
    *dispatchId = m_dispatcher->dispatch(
        tokenRequest, m_baseUrl, m_tlsPolicy, m_tag, this,
        [this, dispatchId](const ApiResult &result) { onTokenResult(*dispatchId, result); });
    m_tokenRequests.push_back(*dispatchId);
}

void ApiClient::hedgeSignIn()
{
    if (m_tokenRequests.empty() || m_signInHedged)
        return;
    m_signInHedged = true;
    // The first request's node is unknown (round robin chose it): two other targets include
    // at least one that is not the slow node.
    for (int i = 0; i < 2; ++i)
        sendTokenRequest(m_signInHedgeNodes.value(i));
}

void ApiClient::onResult(quint64 id, const ApiResult &result)
{
    const auto it = m_calls.find(id);
    if (it == m_calls.end())
        return;
    Call &call = it->second;
    if (result.httpStatus == 401 && renewsTokens() && call.retried &&
        SpectrumSession::isInvalidTokenRefusal(result)) {
        // A token fresh from the sign-in refused as invalid: tied to the host that asked for it.
        m_hostCheckSuspected = true;
    } else if (result.ok) {
        m_hostCheckSuspected = false;
    }
    if (result.httpStatus == 401 && renewsTokens() && !call.retried) {
        // The token expired or the node restarted with a new secret: renew once, retry once.
        call.retried = true;
        if (m_token == call.usedToken)
            wipeSecret(m_token);
        if (m_token.isEmpty())
            waitForToken(id);
        else
            transmit(id); // someone else already renewed it
        return;
    }
    finish(id, result);
}

void ApiClient::onTokenResult(quint64 dispatchId, const ApiResult &result)
{
    // A request cancelled once the sign-in was decided (its callback may come at once).
    if (std::erase(m_tokenRequests, dispatchId) == 0)
        return;
    QString token;
    if (result.ok && result.json.isObject())
        token = result.json.object().value(QLatin1String("access_token")).toString();
    // A session answer without its session id is still a usable token (older servers); only
    // the SESSION cookie is then left out.
    if (!token.isEmpty() &&
        !m_session.accept(result.json.object(), m_tokenKind, m_tokenTtlMinutes, nowMs()))
        m_session.accept(result.json.object(), SpectrumSession::Kind::Open, m_tokenTtlMinutes,
                         nowMs());
    const bool rejected = result.httpStatus == 401 || result.httpStatus == 403;
    if (token.isEmpty() && !rejected && !m_tokenRequests.empty()) {
        m_tokenFailure = result; // another node may still sign us in
        return;
    }
    // The node round robin chose is down (the balancer has not noticed yet) or refused us:
    // that is one node, not the cluster, so ask the others before giving up.
    const bool nodeFailed = result.errorKind == ApiResult::ErrorKind::LoadBalancerPage ||
                            result.errorKind == ApiResult::ErrorKind::Timeout ||
                            result.httpStatus == 502 || result.httpStatus == 503 ||
                            result.httpStatus == 504;
    if (token.isEmpty() && nodeFailed && !m_signInHedged && m_signInHedgeAfter.count() > 0 &&
        m_tokenBaseOverride.isEmpty()) {
        m_tokenFailure = result;
        m_tokenRequests.push_back(dispatchId); // so hedgeSignIn sees a sign-in under way
        m_signInHedge.stop();
        hedgeSignIn();
        std::erase(m_tokenRequests, dispatchId);
        return;
    }
    // Decided: a token, a rejected password, or nobody left to ask.
    m_signInHedge.stop();
    const std::vector<quint64> others = std::exchange(m_tokenRequests, {});
    for (const quint64 other : others)
        m_dispatcher->cancel(other);
    std::vector<quint64> waiting;
    waiting.swap(m_waitingForToken);

    if (!token.isEmpty()) {
        m_token = token;
        emit tokenRenewed();
        for (const quint64 id : waiting)
            transmit(id);
        return;
    }

    ApiResult failure = result;
    failure.body.clear(); // the answer to the token request, not to the caller's request
    failure.json = QJsonDocument();
    if (result.errorKind == ApiResult::ErrorKind::Cancelled) {
        // Keep the kind and message: cancelAll() or the destructor ended the sign-in.
    } else if (result.ok) {
        failure.ok = false;
        failure.errorKind = ApiResult::ErrorKind::BadJson;
        failure.errorText = Tr::tr("sign-in failed: the token answer has no access_token");
    } else if (result.httpStatus == 401) {
        failure.errorText = Tr::tr("sign-in failed: the user name or password was rejected");
    } else if (result.errorKind == ApiResult::ErrorKind::Http) {
        failure.errorText = Tr::tr("sign-in failed: %1").arg(result.errorText);
    }
    // Without a node's answer the sign-in never took place: the transport's or the load
    // balancer's own words ("… refused the connection") stay, so nobody looks for a wrong
    // password.
    emit authenticationFailed(failure);
    for (const quint64 id : waiting)
        finish(id, failure);
}

void ApiClient::finish(quint64 id, ApiResult result)
{
    const auto it = m_calls.find(id);
    if (it == m_calls.end())
        return;
    Call call = std::move(it->second);
    m_calls.erase(it);
    QObject::disconnect(call.contextGone);
    result.requestId = id;
    // Recorded even when nobody waits for the answer any more.
    if (call.write)
        WriteObservers::notifyFinished(*call.write, result, call.transmitted);
    if (call.hasContext && !call.context)
        return;
    if (call.callback)
        call.callback(result);
}
