#include "RequestDispatcher.h"

#include "ReplyClassifier.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <vector>

namespace {

// Messages read as if the API client wrote them: one translation context for the layer.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ApiClient)
};

qint64 wallClockUs()
{
    using namespace std::chrono;
    return duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return RequestDispatcher::hostKey(a) == RequestDispatcher::hostKey(b);
}

void fail(ApiResult &result, ApiResult::ErrorKind kind, const QString &text)
{
    ReplyClassifier::fail(result, kind, text);
}

} // namespace

struct RequestDispatcher::Pending
{
    quint64 id = 0;
    ApiRequest request;
    QUrl url;
    QString host;
    QString tag;
    TlsPolicy tls;
    QPointer<QObject> context;
    bool hasContext = false;
    QMetaObject::Connection contextGone; // aborts the request when its receiver goes
    Callback callback;
    QNetworkReply *reply = nullptr;
    AbortReason abortReason = AbortReason::None;
    QUrl refusedRedirect;
    QByteArray body;
    bool bodyTooLarge = false;
    QElapsedTimer queued;
    QElapsedTimer elapsed;
    ApiResult::Timings timings;
    QSslCertificate peerCertificate;
    QList<QSslError> sslErrors;
};

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
    const bool usable = pending->url.isValid() && !pending->url.host().isEmpty() &&
                        (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
    const QString host = pending->host;
    const QString shown = pending->url.toDisplayString();
    m_requests.emplace(id, std::move(pending));
    if (!usable) {
        failLater(
            id, ApiResult::ErrorKind::Other,
            Tr::tr("invalid URL \"%1\": an http or https URL with a host is needed").arg(shown));
        return id;
    }
    m_queues[host].push_back(id);
    startNext(host);
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
        std::erase(*queue, id);
        if (queue->empty())
            m_queues.erase(queue);
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
    int count = 0;
    for (const int n : m_inFlight)
        count += n;
    return count;
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
    if (pending.url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) != 0)
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

void RequestDispatcher::startNext(const QString &host)
{
    std::vector<quint64> toStart;
    auto queue = m_queues.find(host);
    while (queue != m_queues.end() && !queue->empty() &&
           m_inFlight.value(host) + int(toStart.size()) < m_maxPerHost) {
        toStart.push_back(queue->front());
        queue->pop_front();
    }
    if (queue != m_queues.end() && queue->empty())
        m_queues.erase(queue);
    for (const quint64 id : toStart) {
        if (Pending *pending = find(id))
            start(*pending);
    }
}

void RequestDispatcher::start(Pending &pending)
{
    const ApiRequest &request = pending.request;
    QNetworkRequest networkRequest(pending.url);
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                QNetworkRequest::UserVerifiedRedirectPolicy);
    networkRequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                                QNetworkRequest::AlwaysNetwork);
    // No cookies: the load balancer's persistence cookies must not steer our requests.
    networkRequest.setAttribute(QNetworkRequest::CookieLoadControlAttribute,
                                QNetworkRequest::Manual);
    networkRequest.setAttribute(QNetworkRequest::CookieSaveControlAttribute,
                                QNetworkRequest::Manual);
    networkRequest.setTransferTimeout(0); // our own deadline below
    for (const auto &[name, value] : request.headers.fields())
        networkRequest.setRawHeader(name, value);
    if (!request.targetNodeId.isEmpty())
        networkRequest.setRawHeader("X-Cluster-Node", request.targetNodeId.toUtf8());
    if (request.expectJson && !request.headers.contains("Accept"))
        networkRequest.setRawHeader("Accept", "application/json, application/problem+json");
    if (!request.body.isEmpty() && !request.headers.contains("Content-Type"))
        networkRequest.setRawHeader("Content-Type", "application/json");
    if (pending.url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0)
        networkRequest.setSslConfiguration(pending.tls.sslConfiguration());

    pending.timings.queuedUs = pending.queued.nsecsElapsed() / 1000;
    pending.timings.sentAtUs = wallClockUs();
    pending.elapsed.start();
    QNetworkAccessManager *network = networkFor(pending);
    QNetworkReply *reply =
        request.body.isEmpty()
            ? network->sendCustomRequest(networkRequest, request.method)
            : network->sendCustomRequest(networkRequest, request.method, request.body);
    pending.reply = reply;
    ++m_inFlight[pending.host];
    connectReply(pending.id, reply);

    // The deadline starts now that the request is on the network, not when it was queued.
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    const qint64 timeoutMs = std::max<qint64>(1, request.timeout.count());
    deadline->setInterval(int(std::min<qint64>(timeoutMs, std::numeric_limits<int>::max())));
    const quint64 id = pending.id;
    connect(deadline, &QTimer::timeout, this, [this, id] { abortWith(id, AbortReason::Timeout); });
    deadline->start();
    emit started(id);
}

void RequestDispatcher::connectReply(quint64 id, QNetworkReply *reply)
{
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, id] { onMetaData(id); });
    connect(reply, &QNetworkReply::readyRead, this, [this, id] { onReadyRead(id); });
    connect(reply, &QNetworkReply::downloadProgress, this, [this, id](qint64 received, qint64) {
        if (received > m_maxBodyBytes)
            abortWith(id, AbortReason::TooLarge);
    });
    connect(reply, &QNetworkReply::redirected, this, [this, id](const QUrl &target) {
        Pending *pending = find(id);
        if (!pending)
            return;
        const QUrl resolved = pending->url.resolved(target);
        if (sameOrigin(resolved, pending->url)) {
            emit pending->reply->redirectAllowed();
        } else {
            pending->refusedRedirect = resolved;
            abortWith(id, AbortReason::RedirectRefused);
        }
    });
    connect(reply, &QNetworkReply::encrypted, this, [this, id] {
        Pending *pending = find(id);
        if (!pending)
            return;
        // Checked here, before the request is written, so nothing reaches an unpinned server.
        pending->peerCertificate = pending->reply->sslConfiguration().peerCertificate();
        if (!pending->tls.pinMatches(pending->peerCertificate))
            abortWith(id, AbortReason::PinMismatch);
    });
    connect(reply, &QNetworkReply::sslErrors, this, [this, id](const QList<QSslError> &errors) {
        Pending *pending = find(id);
        if (!pending)
            return;
        QSslCertificate leaf = pending->reply->sslConfiguration().peerCertificate();
        if (leaf.isNull() && !errors.isEmpty())
            leaf = errors.constFirst().certificate();
        pending->peerCertificate = leaf;
        pending->sslErrors = errors;
        // Only the exact errors the user accepted for these exact certificates; never the
        // blanket ignoreSslErrors().
        const QList<QSslError> accepted = pending->tls.acceptedErrors(errors, leaf);
        if (!accepted.isEmpty())
            pending->reply->ignoreSslErrors(accepted);
    });
    connect(reply, &QNetworkReply::finished, this, [this, id] { onFinished(id); });
}

void RequestDispatcher::abortWith(quint64 id, AbortReason reason)
{
    Pending *pending = find(id);
    if (!pending || !pending->reply || pending->abortReason != AbortReason::None)
        return;
    pending->abortReason = reason;
    if (reason == AbortReason::TooLarge) {
        pending->bodyTooLarge = true;
        pending->body.clear();
    }
    pending->reply->abort(); // may finish synchronously: `pending` is gone after this
}

void RequestDispatcher::onMetaData(quint64 id)
{
    Pending *pending = find(id);
    if (!pending || pending->abortReason != AbortReason::None)
        return;
    QNetworkReply *reply = pending->reply;
    if (pending->timings.firstByteAtUs == 0)
        pending->timings.firstByteAtUs = wallClockUs();
    // A reused keep-alive connection emits no encrypted(): check the pin on every answer.
    if (pending->url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0) {
        if (pending->peerCertificate.isNull())
            pending->peerCertificate = reply->sslConfiguration().peerCertificate();
        if (!pending->tls.pinMatches(pending->peerCertificate))
            return abortWith(id, AbortReason::PinMismatch);
    }
    bool known = false;
    const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
    if (known && length > m_maxBodyBytes)
        abortWith(id, AbortReason::TooLarge);
}

void RequestDispatcher::onReadyRead(quint64 id)
{
    Pending *pending = find(id);
    if (!pending || pending->abortReason != AbortReason::None)
        return;
    if (pending->timings.firstByteAtUs == 0)
        pending->timings.firstByteAtUs = wallClockUs();
    // Read at most one byte past the cap: the rest of a huge body is never buffered.
    pending->body += pending->reply->read(m_maxBodyBytes + 1 - pending->body.size());
    if (pending->body.size() > m_maxBodyBytes)
        abortWith(id, AbortReason::TooLarge);
}

void RequestDispatcher::onFinished(quint64 id)
{
    std::unique_ptr<Pending> pending = take(id);
    if (!pending || !pending->reply)
        return;
    QNetworkReply *reply = pending->reply;
    reply->disconnect(this);
    if (--m_inFlight[pending->host] <= 0)
        m_inFlight.remove(pending->host);
    const ApiResult result = buildResult(*pending);
    reply->deleteLater();
    pending->reply = nullptr;
    startNext(pending->host);
    deliver(std::move(pending), result);
}

ApiResult RequestDispatcher::buildResult(Pending &pending) const
{
    using Kind = ApiResult::ErrorKind;
    QNetworkReply *reply = pending.reply;
    ApiResult result;
    result.requestId = pending.id;
    result.url = reply->url();
    result.timings = pending.timings;
    result.timings.finishedAtUs = wallClockUs();
    result.timings.elapsedUs = pending.elapsed.nsecsElapsed() / 1000;
    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        result.headers.append(name, value);
    result.nodeId = QString::fromUtf8(result.headers.value("X-Cluster-Node-Id")).trimmed();
    bool revisionOk = false;
    const qint64 revision =
        result.headers.value("X-Config-Revision").trimmed().toLongLong(&revisionOk);
    result.configRevision = revisionOk && revision >= 0 ? revision : -1;
    result.peerCertificate = pending.peerCertificate.isNull()
                                 ? reply->sslConfiguration().peerCertificate()
                                 : pending.peerCertificate;
    result.sslErrors = pending.sslErrors;

    if (pending.abortReason == AbortReason::None && reply->isReadable()) {
        pending.body += reply->read(m_maxBodyBytes + 1 - pending.body.size());
        if (pending.body.size() > m_maxBodyBytes) {
            pending.abortReason = AbortReason::TooLarge;
            pending.body.clear();
        }
    }
    result.body = pending.body;

    const QString host = pending.url.host();
    switch (pending.abortReason) {
    case AbortReason::Timeout:
        fail(result, Kind::Timeout,
             Tr::tr("no answer from %1 within %2 ms")
                 .arg(host)
                 .arg(pending.request.timeout.count()));
        return result;
    case AbortReason::TooLarge:
        fail(result, Kind::TooLarge,
             Tr::tr("the answer from %1 is larger than %2 bytes").arg(host).arg(m_maxBodyBytes));
        return result;
    case AbortReason::RedirectRefused:
        fail(result, Kind::RedirectRefused,
             Tr::tr("refused a redirect from %1 to another server (%2)")
                 .arg(host, pending.refusedRedirect.toDisplayString()));
        return result;
    case AbortReason::PinMismatch:
        fail(result, Kind::Tls,
             Tr::tr("certificate fingerprint mismatch: %1 presented %2, the profile pins %3")
                 .arg(host, TlsPolicy::sha256Fingerprint(result.peerCertificate),
                      pending.tls.pinnedSha256()));
        return result;
    case AbortReason::Cancelled:
        fail(result, Kind::Cancelled, Tr::tr("the request was cancelled"));
        return result;
    case AbortReason::None:
        break;
    }

    const QNetworkReply::NetworkError error = reply->error();
    const bool transportError = error != QNetworkReply::NoError && error < 200;
    if (result.httpStatus == 0 || transportError) {
        ReplyClassifier::classifyTransportError(result, error, host, reply->errorString(),
                                                pending.sslErrors);
        return result;
    }
    const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    ReplyClassifier::classifyHttpAnswer(result, pending.request, reason);
    return result;
}

void RequestDispatcher::deliver(std::unique_ptr<Pending> pending, const ApiResult &result)
{
    QObject::disconnect(pending->contextGone);
    if (pending->hasContext && !pending->context)
        return; // the receiver is gone
    if (pending->callback)
        pending->callback(result);
}
