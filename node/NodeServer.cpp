#include "NodeServer.h"

#include "ConfigDatabase.h"
#include "Credentials.h"
#include "FaultState.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpServer>
#include <QTimer>

namespace node {
namespace {

HttpResponse notFoundRoute()
{
    return HttpResponse::problem(404, QStringLiteral("no-route"),
                                 QStringLiteral("no such endpoint"));
}

void replaceHeader(HttpResponse &response, const QByteArray &name, const QByteArray &value)
{
    response.headers.removeIf(
        [&](const auto &header) { return header.first.compare(name, Qt::CaseInsensitive) == 0; });
    response.headers.emplaceBack(name, value);
}

} // namespace

NodeServer::NodeServer(NodeContext &context, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_context(context)
    , m_resources(context)
    , m_secretDigests(context)
    , m_status(context)
    , m_internal(context, m_resources)
{}

bool NodeServer::start(const QHostAddress &address, quint16 port, QString *error)
{
    auto *server = new QTcpServer(this);
    if (!server->listen(address, port)) {
        *error = QStringLiteral("cannot listen on %1:%2: %3")
                     .arg(address.toString())
                     .arg(port)
                     .arg(server->errorString());
        delete server;
        return false;
    }
    bind(server);
    return true;
}

quint16 NodeServer::port() const
{
    const QList<QTcpServer *> listeners = servers();
    return listeners.isEmpty() ? 0 : listeners.first()->serverPort();
}

void NodeServer::stopAccepting()
{
    m_context.draining = true;
    for (QTcpServer *server : servers())
        server->close();
}

ExchangePtr NodeServer::makeExchange(const QHttpServerRequest &request, QTcpSocket *socket)
{
    auto exchange = std::make_shared<HttpExchange>(makeResponder(request, socket), socket);
    exchange->setOmitBody(request.method() == QHttpServerRequest::Method::Head);
    ++m_context.activeRequests;
    exchange->setFinishedCallback([context = &m_context] { --context->activeRequests; });
    exchange->setDecorator([context = &m_context](HttpResponse &response) {
        replaceHeader(response, "X-Cluster-Node-Id", context->options->id.toUtf8());
        replaceHeader(response, "X-Config-Revision",
                      QByteArray::number(context->database->revision()));
    });
    return exchange;
}

bool NodeServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const ExchangePtr exchange = makeExchange(request, socket);
    if (request.body().size() > kMaxBodyBytes) {
        exchange->send(HttpResponse::problem(413, QStringLiteral("too-large"),
                                             QStringLiteral("the body exceeds 1 MiB")));
        return true;
    }
    dispatch(ApiRequest::fromHttp(request, m_context.faults->nowUs()), exchange);
    return true;
}

void NodeServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    makeExchange(request, socket)->send(notFoundRoute());
}

void NodeServer::dispatch(const ApiRequest &request, const ExchangePtr &exchange)
{
    const QStringList &path = request.segments;
    if (path == QStringList{QStringLiteral("healthz")}) {
        m_status.health(exchange);
        return;
    }
    if (request.matches({QStringLiteral("security"), QStringLiteral("rest"),
                         QStringLiteral("token"), QStringLiteral("access"),
                         QStringLiteral("session")},
                        1)) {
        if (!isMisdirected(request, exchange))
            m_status.token(request, exchange);
        return;
    }
    if (path.size() >= 2 && path.at(0) == QLatin1String("api") &&
        path.at(1) == QLatin1String("v1")) {
        if (isMisdirected(request, exchange))
            return;
        const int delay = m_context.faults->delayMs();
        if (delay <= 0) {
            dispatchApi(request, exchange);
            return;
        }
        // An injected slow node: the answer comes later, the event loop keeps running.
        QTimer::singleShot(delay, this, [this, request, exchange] {
            if (exchange->isConnected())
                dispatchApi(request, exchange);
        });
        return;
    }
    if (path.size() >= 2 && path.at(0) == QLatin1String("internal") &&
        path.at(1) == QLatin1String("v1")) {
        dispatchInternal(request, exchange);
        return;
    }
    exchange->send(notFoundRoute());
}

bool NodeServer::isMisdirected(const ApiRequest &request, const ExchangePtr &exchange) const
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

void NodeServer::dispatchApi(const ApiRequest &request, const ExchangePtr &exchange)
{
    const auto identity = m_context.credentials->authenticate(request.header("authorization"),
                                                              QDateTime::currentSecsSinceEpoch());
    if (!identity) {
        exchange->send(HttpResponse::problem(401, QStringLiteral("unauthorized"),
                                             QStringLiteral("missing or invalid credentials"))
                           .withHeader("WWW-Authenticate", "Bearer realm=\"clusterdesk\""));
        return;
    }
    if (request.matches({QStringLiteral("api"), QStringLiteral("v1"), QStringLiteral("session")})) {
        m_status.session(request, *identity, exchange);
        return;
    }
    if (m_secretDigests.handle(request, *identity, exchange) ||
        m_resources.handle(request, *identity, exchange) || m_status.handle(request, exchange))
        return;
    exchange->send(notFoundRoute());
}

void NodeServer::dispatchInternal(const ApiRequest &request, const ExchangePtr &exchange)
{
    const bool faultRoute =
        request.segments.size() == 3 && request.segments.at(2) == QLatin1String("faults");
    if (faultRoute && !m_context.faults->isAllowed()) {
        exchange->send(notFoundRoute());
        return;
    }
    if (!m_context.credentials->checkClusterSecret(request.header("x-cluster-secret"))) {
        exchange->send(HttpResponse::problem(401, QStringLiteral("unauthorized"),
                                             QStringLiteral("X-Cluster-Secret required")));
        return;
    }
    if (!m_internal.handle(request, exchange))
        exchange->send(notFoundRoute());
}

} // namespace node
