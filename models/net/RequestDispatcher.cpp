#include "RequestDispatcher.h"

#include "ReplyClassifier.h"
#include "RequestDispatcherPending.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <limits>
#include <utility>
#include <vector>

namespace {

// Messages read as if the API client wrote them: one translation context for the layer.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ApiClient)
};

void fail(ApiResult &result, ApiResult::ErrorKind kind, const QString &text)
{
    ReplyClassifier::fail(result, kind, text);
}

} // namespace

RequestDispatcher::RequestDispatcher(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{}

RequestDispatcher::~RequestDispatcher()
{
    for (auto &[id, pending] : m_requests) {
        QObject::disconnect(pending->contextGone);
        if (pending->reply) {
            pending->reply->disconnect(this);
            pending->reply->abort();
        }
    }
    m_requests.clear();
}

void RequestDispatcher::setMaxConnectionsPerHost(int count)
{
    m_maxPerHost = std::clamp(count, 1, MaxConnectionsPerHostLimit);
}

void RequestDispatcher::setMaxInFlight(int count)
{
    m_maxInFlight = std::max(count, 0);
    // Never below one host's connections: one poll over HTTP/1.1 can always use them all.
    m_limit.setRange(m_maxPerHost, m_maxInFlight);
    // Every host's readiness depends on the tag share: look again, then start what may go.
    m_blockedByTag.clear();
    m_waitingAdmission.clear();
    const QStringList hosts = m_queues.keys();
    for (const QString &host : hosts)
        updateReady(host);
    startQueued();
}

int RequestDispatcher::maxInFlightPerTag() const
{
    return m_maxInFlight == 0 ? std::numeric_limits<int>::max()
                              : std::max(1, m_maxInFlight / TagShareDivisor);
}

void RequestDispatcher::whenTagStarts(const QString &tag, QObject *context,
                                      std::function<void()> callback)
{
    StartWatcher watcher;
    watcher.context = context;
    watcher.hasContext = context != nullptr;
    watcher.callback = std::move(callback);
    m_startWatchers[tag].push_back(std::move(watcher));
}

void RequestDispatcher::setMaxBodyBytes(qint64 bytes)
{
    m_maxBodyBytes = std::max<qint64>(bytes, 1);
}

QString RequestDispatcher::hostKey(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    const int port = url.port(scheme == QLatin1String("https") ? 443 : 80);
    return scheme + QLatin1String("://") + url.host().toLower() + QLatin1Char(':') +
           QString::number(port);
}

QUrl RequestDispatcher::resolveUrl(const QUrl &baseUrl, const QString &path, const QUrlQuery &query)
{
    QUrl url = baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + (path.startsWith(QLatin1Char('/')) ? path : QLatin1Char('/') + path));
    if (query.isEmpty())
        url.setQuery(QString());
    else
        url.setQuery(query);
    url.setFragment(QString());
    return url;
}

quint64 RequestDispatcher::dispatch(const ApiRequest &request, const QUrl &baseUrl,
                                    const TlsPolicy &tls, const QString &tag, QObject *context,
                                    Callback callback)
{
    auto pending = std::make_unique<Pending>();
    const quint64 id = m_nextId++;
    pending->id = id;
    pending->request = request;
    pending->url = resolveUrl(request.baseUrlOverride.isValid() ? request.baseUrlOverride : baseUrl,
                              request.path, request.query);
    pending->host = hostKey(pending->url);
    pending->tag = tag;
    TagState &tagState = m_tags[tag];
    // An idle tag starts a new busy period, ranked behind every one already under way.
    if (tagState.outstanding++ == 0)
        tagState.rank = m_nextRank++;
    pending->rank = tagState.rank;
    pending->tls = tls;
    pending->context = context;
    pending->hasContext = context != nullptr;
    pending->callback = std::move(callback);
    // Nobody is left to read the answer: stop the request instead of letting it run (a
    // cancelled comparison or report must not keep talking to the clusters).
    if (context && context != this)
        pending->contextGone = connect(context, &QObject::destroyed, this, [this, id] {
            // A widget says destroyed() before its QPointers clear: no answer may reach it.
            if (Pending *gone = find(id))
                gone->context.clear();
            cancel(id);
        });
    pending->queued.start();
    const QString scheme = pending->url.scheme().toLower();
    pending->https = scheme == QLatin1String("https");
    const bool usable = pending->url.isValid() && !pending->url.host().isEmpty() &&
                        (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
    Pending &queued = *m_requests.emplace(id, std::move(pending)).first->second;
    if (!usable) {
        failLater(id, ApiResult::ErrorKind::Other,
                  Tr::tr("invalid URL \"%1\": an http or https URL with a host is needed")
                      .arg(queued.url.toDisplayString()));
        return id;
    }
    enqueue(queued);
    startQueued();
    return id;
}

bool RequestDispatcher::cancel(quint64 id)
{
    Pending *pending = find(id);
    if (!pending)
        return false;
    if (pending->reply) {
        abortWith(id, AbortReason::Cancelled);
        return true;
    }
    const auto queue = m_queues.find(pending->host);
    if (queue != m_queues.end()) {
        queue->erase(QueueKey(pending->rank, id));
        updateReady(pending->host);
    }
    std::unique_ptr<Pending> owned = take(id);
    owned->abortReason = AbortReason::Cancelled;
    ApiResult result;
    result.requestId = id;
    result.url = owned->url;
    fail(result, ApiResult::ErrorKind::Cancelled, Tr::tr("the request was cancelled"));
    deliver(std::move(owned), result);
    return true;
}

int RequestDispatcher::cancelTag(const QString &tag)
{
    m_startWatchers.remove(tag);
    std::vector<quint64> queued;
    std::vector<quint64> running;
    for (const auto &[id, pending] : m_requests) {
        if (pending->tag == tag)
            (pending->reply ? running : queued).push_back(id);
    }
    // Queued ones first, so that finishing the running ones cannot start them.
    std::sort(queued.begin(), queued.end());
    std::sort(running.begin(), running.end());
    int count = 0;
    for (const quint64 id : queued)
        count += cancel(id) ? 1 : 0;
    for (const quint64 id : running)
        count += cancel(id) ? 1 : 0;
    return count;
}

int RequestDispatcher::inFlightCount() const
{
    return m_inFlightTotal;
}

int RequestDispatcher::inFlightCount(const QUrl &url) const
{
    return m_inFlight.value(hostKey(url));
}

int RequestDispatcher::queuedCount() const
{
    qsizetype count = 0;
    for (const auto &queue : m_queues)
        count += qsizetype(queue.size());
    return int(count);
}

RequestDispatcher::Pending *RequestDispatcher::find(quint64 id) const
{
    const auto it = m_requests.find(id);
    return it == m_requests.end() ? nullptr : it->second.get();
}

QNetworkAccessManager *RequestDispatcher::networkFor(const Pending &pending)
{
    if (!pending.https)
        return m_network;
    const QByteArray key = pending.tls.trustKey();
    QNetworkAccessManager *&network = m_tlsNetworks[key];
    if (!network)
        network = new QNetworkAccessManager(this);
    return network;
}

std::unique_ptr<RequestDispatcher::Pending> RequestDispatcher::take(quint64 id)
{
    const auto it = m_requests.find(id);
    if (it == m_requests.end())
        return nullptr;
    std::unique_ptr<Pending> pending = std::move(it->second);
    m_requests.erase(it);
    return pending;
}

void RequestDispatcher::failLater(quint64 id, ApiResult::ErrorKind kind, const QString &text)
{
    // Callers get their callback after dispatch() returned, never from inside it.
    QMetaObject::invokeMethod(
        this,
        [this, id, kind, text] {
            std::unique_ptr<Pending> pending = take(id);
            if (!pending)
                return; // cancelled meanwhile
            ApiResult result;
            result.requestId = id;
            result.url = pending->url;
            fail(result, kind, text);
            deliver(std::move(pending), result);
        },
        Qt::QueuedConnection);
}

void RequestDispatcher::enqueue(const Pending &pending)
{
    m_queues[pending.host].insert(QueueKey(pending.rank, pending.id));
    updateReady(pending.host);
}

void RequestDispatcher::updateReady(const QString &host)
{
    if (const auto old = m_readyKey.constFind(host); old != m_readyKey.constEnd()) {
        m_ready.erase({*old, host});
        m_readyKey.erase(old);
    }
    const auto queue = m_queues.find(host);
    if (queue == m_queues.end())
        return;
    if (queue->empty()) {
        m_queues.erase(queue);
        return;
    }
    if (m_inFlight.value(host) >= limitFor(host))
        return;
    const QueueKey first = *queue->begin();
    if (m_maxInFlight > 0) {
        const Pending *pending = find(first.second);
        if (pending && m_tags.value(pending->tag).inFlight >= maxInFlightPerTag()) {
            m_blockedByTag[pending->tag].insert(host); // looked at again when its tag frees one
            return;
        }
        if (pending && !admits(pending->tag)) {
            m_waitingAdmission.insert(host); // looked at again when a period ends
            return;
        }
    }
    m_ready.emplace(first, host);
    m_readyKey.insert(host, first);
}

void RequestDispatcher::startQueued()
{
    while (!m_ready.empty()) {
        if (m_maxInFlight > 0 && m_inFlightTotal >= m_limit.current()) {
            m_limit.noteCapReached();
            return;
        }
        const auto [key, host] = *m_ready.begin();
        Pending *pending = find(key.second);
        if (pending && m_maxInFlight > 0 && !admits(pending->tag)) {
            updateReady(host); // filed when there was room; another period took it since
            continue;
        }
        m_queues[host].erase(key);
        if (pending) {
            // Counted before start(): whatever its signals do sees a consistent state.
            ++m_inFlight[host];
            ++m_inFlightTotal;
            TagState &state = m_tags[pending->tag];
            ++state.inFlight;
            if (!std::exchange(state.admitted, true))
                ++m_admittedPeriods;
        }
        updateReady(host);
        if (pending)
            start(*pending);
    }
}

void RequestDispatcher::releaseSlot(const QString &host, const QString &tag)
{
    if (--m_inFlight[host] <= 0)
        m_inFlight.remove(host);
    --m_inFlightTotal;
    if (const auto state = m_tags.find(tag); state != m_tags.end())
        --state->inFlight;
    updateReady(host);
    const QSet<QString> blocked = m_blockedByTag.take(tag);
    for (const QString &other : blocked)
        updateReady(other);
}

void RequestDispatcher::noteAnswerTime(const Pending &pending, const ApiResult &result)
{
    if (m_maxInFlight == 0 || result.httpStatus == 0 || pending.abortReason != AbortReason::None)
        return;
    m_limit.onAnswer(pending.host + pending.request.path + QLatin1Char('@') +
                         pending.request.targetNodeId,
                     result.timings.elapsedUs);
}

int RequestDispatcher::maxAdmittedPeriods() const
{
    const int width = std::min(m_maxPerHost, maxInFlightPerTag());
    return std::max(2, (m_limit.current() + width - 1) / width);
}

bool RequestDispatcher::admits(const QString &tag) const
{
    return m_tags.value(tag).admitted || m_admittedPeriods < maxAdmittedPeriods();
}

void RequestDispatcher::tagDone(const QString &tag)
{
    const auto state = m_tags.find(tag);
    if (state == m_tags.end() || --state->outstanding > 0)
        return;
    const bool admitted = state->admitted;
    m_tags.erase(state);
    if (!admitted)
        return;
    --m_admittedPeriods;
    const QSet<QString> waiting = std::exchange(m_waitingAdmission, {});
    for (const QString &host : waiting)
        updateReady(host);
    startQueued();
}

void RequestDispatcher::notifyStarted(const QString &tag)
{
    if (m_startWatchers.isEmpty())
        return;
    const auto found = m_startWatchers.find(tag);
    if (found == m_startWatchers.end())
        return;
    const std::vector<StartWatcher> watchers = std::move(*found);
    m_startWatchers.erase(found);
    for (const StartWatcher &watcher : watchers) {
        if (!watcher.hasContext || watcher.context)
            watcher.callback();
    }
}

int RequestDispatcher::limitFor(const QString &host) const
{
    switch (m_protocols.value(host)) {
    case Protocol::Http2:
        return MaxStreamsPerHost;
    case Protocol::Unknown:
        // While a clear-text host's protocol is being found out, one request at a time.
        if (m_clearTextHttp2 && host.startsWith(QLatin1String("http:")))
            return 1;
        break;
    case Protocol::Http1:
        break;
    }
    return m_maxPerHost;
}

bool RequestDispatcher::prepareProtocol(QNetworkRequest &networkRequest,
                                        const Pending &pending) const
{
    if (!m_clearTextHttp2 ||
        pending.url.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) != 0)
        return false; // TLS: Qt offers h2 by ALPN itself
    const Protocol protocol = m_protocols.value(pending.host);
    // Only a GET may find out: it can be sent again safely when the probe fails.
    const bool probe = protocol == Protocol::Unknown &&
                       (pending.request.method == "GET" || pending.request.method == "HEAD");
    const bool http2 = protocol == Protocol::Http2 || probe;
    networkRequest.setAttribute(QNetworkRequest::Http2AllowedAttribute, http2);
    networkRequest.setAttribute(QNetworkRequest::Http2DirectAttribute, http2);
    return probe;
}

namespace {

// What every request shares, set once: copying it costs a reference count where five
// setAttribute() calls cost five hash insertions per request.
QNetworkRequest requestTemplate()
{
    static const QNetworkRequest shared = [] {
        QNetworkRequest request;
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::UserVerifiedRedirectPolicy);
        request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                             QNetworkRequest::AlwaysNetwork);
        // No cookies: the load balancer's persistence cookies must not steer our requests.
        request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
        request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
        request.setTransferTimeout(0); // our own deadline, see start()
        return request;
    }();
    return shared;
}

} // namespace

void RequestDispatcher::start(Pending &pending)
{
    const ApiRequest &request = pending.request;
    QNetworkRequest networkRequest = requestTemplate();
    networkRequest.setUrl(pending.url);
    for (const auto &[name, value] : request.headers.fields())
        networkRequest.setRawHeader(name, value);
    if (!request.targetNodeId.isEmpty())
        networkRequest.setRawHeader("X-Cluster-Node", request.targetNodeId.toUtf8());
    if (request.expectJson && !request.headers.contains("Accept"))
        networkRequest.setRawHeader("Accept", "application/json, application/problem+json");
    if (!request.body.isEmpty() && !request.headers.contains("Content-Type"))
        networkRequest.setRawHeader("Content-Type", "application/json");
    if (pending.https)
        networkRequest.setSslConfiguration(pending.tls.sslConfiguration());
    pending.http2Probe = prepareProtocol(networkRequest, pending);

    pending.timings.queuedUs = pending.queued.nsecsElapsed() / 1000;
    pending.timings.sentAtUs = DispatcherClock::nowUs();
    pending.elapsed.start();
    QNetworkAccessManager *network = networkFor(pending);
    QNetworkReply *reply =
        request.body.isEmpty()
            ? network->sendCustomRequest(networkRequest, request.method)
            : network->sendCustomRequest(networkRequest, request.method, request.body);
    pending.reply = reply;
    connectReply(pending.id, reply, pending.https);

    // The deadline starts now that the request is on the network, not when it was queued.
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    qint64 timeoutMs = std::max<qint64>(1, request.timeout.count());
    if (pending.http2Probe)
        timeoutMs = std::min<qint64>(timeoutMs, Http2ProbeTimeout.count());
    deadline->setInterval(int(std::min<qint64>(timeoutMs, std::numeric_limits<int>::max())));
    const quint64 id = pending.id;
    connect(deadline, &QTimer::timeout, this, [this, id] { abortWith(id, AbortReason::Timeout); });
    deadline->start();
    const QString tag = pending.tag; // a slot of started() may end the request
    emit started(id);
    notifyStarted(tag);
}
