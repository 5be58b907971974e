// RequestDispatcher's side of a reply in flight: its signals (redirects, TLS, size caps, the
// first byte) and, once finished, the ApiResult built from it.
#include "RequestDispatcher.h"

#include "ReplyClassifier.h"
#include "RequestDispatcherPending.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>

namespace {

// Messages read as if the API client wrote them: one translation context for the layer.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ApiClient)
};

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return RequestDispatcher::hostKey(a) == RequestDispatcher::hostKey(b);
}

void fail(ApiResult &result, ApiResult::ErrorKind kind, const QString &text)
{
    ReplyClassifier::fail(result, kind, text);
}

} // namespace

void RequestDispatcher::connectReply(quint64 id, QNetworkReply *reply, bool tls)
{
    // Each connection is an allocation and each emission a call for every request: only what
    // the request can use. onReadyRead() enforces the body cap as data arrives, so
    // downloadProgress is not needed for it.
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, id] { onMetaData(id); });
    connect(reply, &QNetworkReply::readyRead, this, [this, id] { onReadyRead(id); });
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
    if (tls)
        connectTls(id, reply);
    connect(reply, &QNetworkReply::finished, this, [this, id] { onFinished(id); });
}

void RequestDispatcher::connectTls(quint64 id, QNetworkReply *reply)
{
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
        pending->timings.firstByteAtUs = DispatcherClock::nowUs();
    // A reused keep-alive connection emits no encrypted(): check the pin on every answer.
    if (pending->https) {
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
        pending->timings.firstByteAtUs = DispatcherClock::nowUs();
    // Read at most one byte past the cap: the rest of a huge body is never buffered.
    appendBody(*pending);
    if (pending->body.size() > m_maxBodyBytes)
        abortWith(id, AbortReason::TooLarge);
}

void RequestDispatcher::appendBody(Pending &pending) const
{
    // Only what has arrived: QIODevice::read(n) allocates n bytes first, and n up to the cap
    // (4 MiB) for every answer made the allocator, not the network, the busiest part of a poll.
    const qint64 room = m_maxBodyBytes + 1 - pending.body.size();
    pending.body += pending.reply->read(std::min(pending.reply->bytesAvailable(), room));
}

void RequestDispatcher::onFinished(quint64 id)
{
    std::unique_ptr<Pending> pending = take(id);
    if (!pending || !pending->reply)
        return;
    QNetworkReply *reply = pending->reply;
    reply->disconnect(this);
    releaseSlot(pending->host, pending->tag);
    if (retryOverHttp1(pending, reply))
        return;
    const ApiResult result = buildResult(*pending);
    // An HTTP/1.1 answer to a request sent as HTTP/1.1 says nothing about HTTP/2.
    if (result.httpStatus > 0 && (pending->http2Probe || result.http2))
        m_protocols.insert(pending->host, result.http2 ? Protocol::Http2 : Protocol::Http1);
    noteAnswerTime(*pending, result);
    reply->deleteLater();
    pending->reply = nullptr;
    updateReady(pending->host); // its limit may have changed with the protocol
    // The answer first: what its callback sends (a poll's next requests) keeps the tag's rank
    // and so gets the freed slot before newer tags' requests.
    if (deliver(std::move(pending), result))
        startQueued();
}

bool RequestDispatcher::retryOverHttp1(std::unique_ptr<Pending> &pending, QNetworkReply *reply)
{
    if (!pending->http2Probe)
        return false;
    const QNetworkReply::NetworkError error = reply->error();
    const bool noAnswer = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 0;
    // Nobody listens there: that says nothing about the protocol.
    const bool unreachable =
        error == QNetworkReply::ConnectionRefusedError || error == QNetworkReply::HostNotFoundError;
    const bool failed = pending->abortReason == AbortReason::Timeout ||
                        (pending->abortReason == AbortReason::None && noAnswer && !unreachable);
    if (!failed)
        return false;
    m_protocols.insert(pending->host, Protocol::Http1);
    reply->deleteLater();
    pending->reply = nullptr;
    pending->http2Probe = false;
    pending->abortReason = AbortReason::None;
    pending->body.clear();
    pending->timings = {};
    const quint64 id = pending->id;
    const Pending &queued = *m_requests.emplace(id, std::move(pending)).first->second;
    updateReady(queued.host); // the host's limit changed with its protocol
    enqueue(queued);
    startQueued();
    return true;
}

ApiResult RequestDispatcher::buildResult(Pending &pending) const
{
    using Kind = ApiResult::ErrorKind;
    QNetworkReply *reply = pending.reply;
    ApiResult result;
    result.requestId = pending.id;
    result.url = reply->url();
    result.timings = pending.timings;
    result.timings.finishedAtUs = DispatcherClock::nowUs();
    result.timings.elapsedUs = pending.elapsed.nsecsElapsed() / 1000;
    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.http2 = reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        result.headers.append(name, value);
    result.nodeId = QString::fromUtf8(result.headers.value("X-Cluster-Node-Id")).trimmed();
    bool revisionOk = false;
    const qint64 revision =
        result.headers.value("X-Config-Revision").trimmed().toLongLong(&revisionOk);
    result.configRevision = revisionOk && revision >= 0 ? revision : -1;
    // A plain HTTP reply has no certificate; asking it would copy the default TLS settings.
    result.peerCertificate = pending.peerCertificate.isNull() && pending.https
                                 ? reply->sslConfiguration().peerCertificate()
                                 : pending.peerCertificate;
    result.sslErrors = pending.sslErrors;

    if (pending.abortReason == AbortReason::None && reply->isReadable()) {
        appendBody(pending);
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

bool RequestDispatcher::deliver(std::unique_ptr<Pending> pending, const ApiResult &result)
{
    QObject::disconnect(pending->contextGone);
    // What the callback sends keeps the tag's rank: its tag is idle only after it returned.
    if ((!pending->hasContext || pending->context) && pending->callback) {
        const QPointer<RequestDispatcher> alive(this); // a callback may delete our owner
        pending->callback(result);
        if (!alive)
            return false;
    }
    tagDone(pending->tag);
    return true;
}
