#include "NodeServer.h"

#include "ConfigDatabase.h"
#include "Credentials.h"
#include "FaultState.h"
#include "NodeMetrics.h"
#include "TcpListen.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHostInfo>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QLocale>
#include <QTcpServer>
#include <QTimer>
#include <algorithm>

namespace node {
namespace {

void replaceHeader(HttpResponse &response, const QByteArray &name, const QByteArray &value)
{
    response.headers.removeIf(
        [&](const auto &header) { return header.first.compare(name, Qt::CaseInsensitive) == 0; });
    response.headers.emplaceBack(name, value);
}

// RFC 7231 IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT"), the whole second the clock is in.
QByteArray httpDate(qint64 msSinceEpoch)
{
    const QDateTime instant = QDateTime::fromSecsSinceEpoch(msSinceEpoch / 1000, Qt::UTC);
    return QLocale::c()
        .toString(instant, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toLatin1();
}

} // namespace

NodeServer::NodeServer(NodeContext &context, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_context(context)
    , m_authenticator(*context.credentials, *context.revocations, *context.faults)
    , m_auth(context, m_authenticator)
    , m_resources(context)
    , m_resourceTests(context)
    , m_secretDigests(context)
    , m_status(context)
    , m_internal(context, m_resources)
    , m_metrics(context)
{
    m_authenticator.setMetrics(context.metrics);
    resolvePeerAddresses();
    buildRoutes();
}

void NodeServer::resolvePeerAddresses()
{
    for (const PeerOption &peer : m_context.options->peers) {
        const QString host = peer.url.host();
        if (const QHostAddress address(host); !address.isNull()) {
            m_peerAddresses.append(address);
            continue;
        }
        QHostInfo::lookupHost(host, this, [this](const QHostInfo &info) {
            m_peerAddresses.append(info.addresses());
        });
    }
}

bool NodeServer::start(const QHostAddress &address, quint16 port, QString *error)
{
    auto *server = new QTcpServer(this);
    if (!TcpListen::listen(*server, address, port, error)) {
        delete server;
        return false;
    }
    bind(server);
    return true;
}

quint16 NodeServer::port() const
{
    return TcpListen::firstPort(servers());
}

void NodeServer::stopAccepting()
{
    m_context.draining = true;
    for (QTcpServer *server : servers())
        server->close();
}

ExchangePtr NodeServer::makeExchange(const QHttpServerRequest &request, QTcpSocket *socket,
                                     const QString &route)
{
    auto exchange = std::make_shared<HttpExchange>(makeResponder(request, socket), socket);
    exchange->setOmitBody(request.method() == QHttpServerRequest::Method::Head);
    ++m_context.activeRequests;
    QElapsedTimer received;
    received.start();
    exchange->setFinishedCallback(
        [context = &m_context, received,
         route = route.isEmpty() ? QString::fromLatin1(NodeMetrics::kUnmatched) : route,
         method = NodeRequest::methodName(request)](int status) {
            --context->activeRequests;
            if (context->metrics)
                context->metrics->countRequest(route, method, status,
                                               double(received.nsecsElapsed()) / 1e9);
        });
    exchange->setDecorator([context = &m_context](HttpResponse &response) {
        replaceHeader(response, "Date", httpDate(context->faults->nowMs()));
        replaceHeader(response, "X-Cluster-Node-Id", context->options->id.toUtf8());
        replaceHeader(response, "X-Config-Revision",
                      QByteArray::number(context->database->revision()));
    });
    return exchange;
}

bool NodeServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    NodeRequest nodeRequest = NodeRequest::fromHttp(request, m_context.faults->nowUs());
    const ExchangePtr exchange =
        makeExchange(request, socket, m_routes.patternOf(nodeRequest.segments));
    if (request.body().size() > kMaxBodyBytes) {
        exchange->send(HttpResponse::problem(413, QStringLiteral("too-large"),
                                             QStringLiteral("the body exceeds 1 MiB")));
        return true;
    }
    nodeRequest.peerAddress = socket->peerAddress();
    dispatch(nodeRequest, exchange);
    return true;
}

void NodeServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    makeExchange(request, socket, {})->send(RouteTable::noRoute());
}

void NodeServer::buildRoutes()
{
    if (m_context.options->spectrumCompatible) {
        buildSpectrumRoutes();
        return;
    }
    m_routes.addScope(QStringLiteral("/healthz"), Access::Open);
    m_routes.addScope(QStringLiteral("/security/{}/{}"), Access::Client);
    m_routes.addScope(QStringLiteral("/api/v1"), Access::SignedIn);
    m_routes.addScope(QStringLiteral("/internal/v1"), Access::PeersOnly);
    m_routes.addScope(QStringLiteral("/metrics"), Access::Open);
    m_status.addRoutes(m_routes);
    m_auth.addRoutes(m_routes);
    m_secretDigests.addRoutes(m_routes);
    m_resources.addRoutes(m_routes);
    m_resourceTests.addRoutes(m_routes);
    m_internal.addRoutes(m_routes);
    m_metrics.addRoutes(m_routes);
}

void NodeServer::buildSpectrumRoutes()
{
    m_spectrum = std::make_unique<SpectrumRoutes>(m_context, m_authenticator);
    m_routes.addScope(QStringLiteral("/security/rest"), Access::Client);
    m_routes.addScope(QStringLiteral("/rest"), Access::Client);
    m_routes.addScope(QStringLiteral("/soap"), Access::Client);
    m_routes.addScope(QStringLiteral("/internal/v1"), Access::PeersOnly);
    m_spectrum->addRoutes(m_routes);
    m_internal.addRoutes(m_routes);
}

void NodeServer::dispatch(const NodeRequest &request, const ExchangePtr &exchange)
{
    const std::optional<Access> access = m_routes.scopeOf(request.segments);
    if (!access || m_routes.isSwitchedOff(request.segments)) {
        exchange->send(RouteTable::noRoute());
        return;
    }
    switch (*access) {
    case Access::Open:
        route(request, nullptr, exchange);
        return;
    case Access::Client:
    case Access::SignedIn:
        if (isMisdirected(request, exchange))
            return;
        afterNoisyPath(request, exchange, [this, exchange, access](const NodeRequest &arrived) {
            // A slow node is slow to sign in too: the delay applies before the token is issued.
            afterInjectedDelay(exchange, [this, arrived, exchange, access] {
                if (*access == Access::SignedIn)
                    signIn(arrived, exchange);
                else
                    route(arrived, nullptr, exchange);
            });
        });
        return;
    case Access::PeersOnly:
        if (!refusedAsNotPeer(request, exchange))
            route(request, nullptr, exchange);
        return;
    }
}

void NodeServer::route(const NodeRequest &request, const Identity *identity,
                       const ExchangePtr &exchange)
{
    auto resolved = m_routes.resolve(request.method, request.segments, identity);
    if (auto *refusal = std::get_if<HttpResponse>(&resolved)) {
        exchange->send(std::move(*refusal));
        return;
    }
    std::get<const Route *>(resolved)->handler(
        {request, exchange, identity, clientAddress(request)});
}

void NodeServer::afterNoisyPath(const NodeRequest &request, const ExchangePtr &exchange,
                                std::function<void(const NodeRequest &)> arrived)
{
    const int jitter = m_context.faults->nextJitterMs();
    if (jitter <= 0) {
        arrived(request);
        return;
    }
    // The request comes in late, as over a slow link: its arrival instant (t1 of a clock
    // sample) is taken afterwards, so the wait lengthens the round trip, not the node's time.
    QTimer::singleShot(jitter, this, [this, request, exchange, arrived = std::move(arrived)] {
        if (!exchange->isConnected())
            return;
        NodeRequest late = request;
        late.receivedUs = m_context.faults->nowUs();
        arrived(late);
    });
}

void NodeServer::afterInjectedDelay(const ExchangePtr &exchange, std::function<void()> answer)
{
    const int delay = m_context.faults->delayMs();
    if (delay <= 0) {
        answer();
        return;
    }
    // An injected slow node: the answer comes later, the event loop keeps running.
    QTimer::singleShot(delay, this, [exchange, answer = std::move(answer)] {
        if (exchange->isConnected())
            answer();
    });
}

bool NodeServer::isMisdirected(const NodeRequest &request, const ExchangePtr &exchange) const
{
    if (!request.hasHeader("x-cluster-node"))
        return false;
    const QString target = QString::fromUtf8(request.header("x-cluster-node")).trimmed();
    if (target == m_context.options->id)
        return false;
    exchange->send(HttpResponse::problem(
        421, QStringLiteral("misdirected"),
        QStringLiteral("this is node \"%1\", not \"%2\"").arg(m_context.options->id, target)));
    return true;
}

QString NodeServer::clientAddress(const NodeRequest &request) const
{
    const auto trusted = [&](const QHostAddress &proxy) {
        return proxy.isEqual(request.peerAddress, QHostAddress::ConvertV4MappedToIPv4);
    };
    const QByteArray forwarded = request.header("x-forwarded-for");
    if (!forwarded.isEmpty() && std::any_of(m_context.options->trustedProxies.cbegin(),
                                            m_context.options->trustedProxies.cend(), trusted)) {
        // The proxy appends the address it saw last; earlier entries are the client's word.
        const QHostAddress client(QString::fromLatin1(forwarded.split(',').last().trimmed()));
        if (!client.isNull())
            return client.toString();
    }
    return request.peerAddress.toString();
}

bool NodeServer::isFromPeer(const NodeRequest &request) const
{
    // Peers call each other directly; anything a load balancer relayed is a client's call.
    if (request.hasHeader("x-forwarded-for"))
        return false;
    const QHostAddress &from = request.peerAddress;
    return from.isLoopback() ||
           std::any_of(m_peerAddresses.cbegin(), m_peerAddresses.cend(),
                       [&](const QHostAddress &peer) {
                           return peer.isEqual(from, QHostAddress::ConvertV4MappedToIPv4);
                       });
}

void NodeServer::signIn(const NodeRequest &request, const ExchangePtr &exchange)
{
    m_authenticator.authenticate(request.header("authorization"), clientAddress(request),
                                 Authenticator::Accept::BasicOrBearer,
                                 [this, request, exchange](const AuthOutcome &outcome) {
                                     if (!outcome.identity)
                                         exchange->send(outcome.failure);
                                     else if (exchange->isConnected())
                                         route(request, &*outcome.identity, exchange);
                                 });
}

bool NodeServer::refusedAsNotPeer(const NodeRequest &request, const ExchangePtr &exchange) const
{
    if (!isFromPeer(request)) {
        exchange->send(HttpResponse::problem(403, QStringLiteral("internal-only"),
                                             QStringLiteral("internal endpoints answer only "
                                                            "the cluster's own nodes")));
        return true;
    }
    if (!m_context.credentials->checkClusterSecret(request.header("x-cluster-secret"))) {
        exchange->send(HttpResponse::problem(401, QStringLiteral("unauthorized"),
                                             QStringLiteral("X-Cluster-Secret required")));
        return true;
    }
    return false;
}

} // namespace node
