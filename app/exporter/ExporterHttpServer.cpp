#include "ExporterHttpServer.h"

#include "BasicAuthVerifier.h"
#include "TcpListen.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>

#include <utility>

struct ExporterHttpServer::Response
{
    int status = 200;
    QByteArray contentType = "text/plain; charset=utf-8";
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
};

namespace {

QByteArray header(const QHttpServerRequest &request, const QByteArray &name)
{
    for (const auto &[key, value] : request.headers()) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool isConnected(const QPointer<QTcpSocket> &socket)
{
    return socket && socket->isOpen() && socket->state() == QAbstractSocket::ConnectedState;
}

} // namespace

ExporterHttpServer::ExporterHttpServer(const WebConfig &config, MetricsSource metrics,
                                       QObject *parent)
    : QAbstractHttpServer(parent)
    , m_config(config)
    , m_metrics(std::move(metrics))
{
    if (m_config.requiresAuth())
        m_verifier = new BasicAuthVerifier(m_config.users, BasicAuthVerifier::DefaultThreads,
                                           BasicAuthVerifier::DefaultMaxPending, this);
}

ExporterHttpServer::~ExporterHttpServer() = default;

bool ExporterHttpServer::start(const QHostAddress &address, quint16 port, QString *error)
{
    QTcpServer *server = nullptr;
    if (m_config.tls) {
        const auto ssl = m_config.sslConfiguration(error);
        if (!ssl)
            return false;
        auto *sslServer = new QSslServer(this);
        sslServer->setSslConfiguration(*ssl);
        // A client that never finishes its handshake must not hold a connection for long.
        sslServer->setHandshakeTimeout(10000);
        server = sslServer;
    } else {
        server = new QTcpServer(this);
    }
    if (!TcpListen::listen(*server, address, port, error)) {
        delete server;
        return false;
    }
    bind(server);
    return true;
}

quint16 ExporterHttpServer::port() const
{
    return TcpListen::firstPort(servers());
}

void ExporterHttpServer::send(QHttpServerResponder &responder, const Response &response,
                              bool omitBody)
{
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    responder.writeHeader("Content-Type", response.contentType);
    for (const auto &[name, value] : response.headers)
        responder.writeHeader(name, value);
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    responder.writeBody(omitBody ? QByteArray() : response.body);
}

bool ExporterHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QString path = request.url().path();
    const bool head = request.method() == QHttpServerRequest::Method::Head;
    if (path != QLatin1String("/metrics") && path != QLatin1String("/healthz")) {
        QHttpServerResponder responder = makeResponder(request, socket);
        send(responder, {404, "text/plain; charset=utf-8", "404 page not found\n", {}}, head);
        return true;
    }
    if (request.method() != QHttpServerRequest::Method::Get && !head) {
        QHttpServerResponder responder = makeResponder(request, socket);
        send(responder,
             {405,
              "text/plain; charset=utf-8",
              "405 method not allowed\n",
              {{"Allow", "GET, HEAD"}}},
             false);
        return true;
    }
    if (!m_verifier) {
        QHttpServerResponder responder = makeResponder(request, socket);
        send(responder, content(path), head);
        return true;
    }
    // The responder must outlive this call when the check waits for a worker.
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    const QPointer<QTcpSocket> guarded(socket);
    const QString requestPath = path;
    m_verifier->check(header(request, "Authorization"), [this, responder, guarded, requestPath,
                                                         head](BasicAuthVerifier::Outcome outcome) {
        if (!isConnected(guarded))
            return;
        Response response;
        switch (outcome) {
        case BasicAuthVerifier::Outcome::Allowed:
            response = content(requestPath);
            break;
        case BasicAuthVerifier::Outcome::Denied:
            response = {401,
                        "text/plain; charset=utf-8",
                        "Unauthorized\n",
                        {{"WWW-Authenticate", "Basic realm=\"clusterdesk exporter\""}}};
            break;
        case BasicAuthVerifier::Outcome::Busy:
            response = {503,
                        "text/plain; charset=utf-8",
                        "too many credential checks waiting\n",
                        {{"Retry-After", "1"}}};
            break;
        }
        send(*responder, response, head);
    });
    return true;
}

ExporterHttpServer::Response ExporterHttpServer::content(const QString &path) const
{
    if (path == QLatin1String("/metrics"))
        return {200, "text/plain; version=0.0.4; charset=utf-8", m_metrics(), {}};
    return {200, "text/plain; charset=utf-8", "ok\n", {}};
}

void ExporterHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    send(responder, {404, "text/plain; charset=utf-8", "404 page not found\n", {}}, false);
}
