#include "HostileHttpServer.h"

#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

namespace {

constexpr qsizetype MaxHeaderBytes = 64 * 1024;
constexpr qint64 HugeChunkBytes = 64 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 412:
        return "Precondition Failed";
    case 421:
        return "Misdirected Request";
    case 422:
        return "Unprocessable Content";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

bool hasHeader(const QList<HostileHttpServer::Header> &headers, QByteArrayView name)
{
    return std::any_of(headers.cbegin(), headers.cend(), [name](const auto &header) {
        return name.compare(header.first, Qt::CaseInsensitive) == 0;
    });
}

} // namespace

QByteArray HostileHttpServer::Request::path() const
{
    const qsizetype question = target.indexOf('?');
    return question < 0 ? target : target.left(question);
}

QByteArray HostileHttpServer::Request::header(QByteArrayView name) const
{
    for (const Header &header : headers) {
        if (name.compare(header.first, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

HostileHttpServer::Response HostileHttpServer::Response::json(int status, const QByteArray &body)
{
    return {status, {{"Content-Type", "application/json"}}, body};
}

HostileHttpServer::Response HostileHttpServer::Response::problem(int status, const QByteArray &body)
{
    return {status, {{"Content-Type", "application/problem+json"}}, body};
}

HostileHttpServer::HostileHttpServer(QObject *parent)
    : QTcpServer(parent)
{}

HostileHttpServer::~HostileHttpServer()
{
    close();
    for (auto &[socket, connection] : m_connections) {
        socket->disconnect(this);
        socket->abort();
        delete socket;
    }
    m_connections.clear();
}

bool HostileHttpServer::start()
{
    return listen(QHostAddress::LocalHost, 0);
}

QUrl HostileHttpServer::url() const
{
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(serverPort());
    return url;
}

void HostileHttpServer::setTls(const QSslCertificate &certificate, const QSslKey &key)
{
    m_tls = true;
    m_certificate = certificate;
    m_key = key;
}

void HostileHttpServer::setNodeIdentity(const QByteArray &nodeId, qint64 revision)
{
    m_nodeId = nodeId;
    m_revision = revision;
}

void HostileHttpServer::setRoute(const QByteArray &path, const Response &response)
{
    m_routes.insert(path, response);
}

void HostileHttpServer::incomingConnection(qintptr socketDescriptor)
{
    if (m_tls) {
        auto *socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(socketDescriptor)) {
            delete socket;
            return;
        }
        socket->setLocalCertificate(m_certificate);
        socket->setPrivateKey(m_key);
        socket->setPeerVerifyMode(QSslSocket::VerifyNone);
        setUp(socket);
        socket->startServerEncryption();
        return;
    }
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    setUp(socket);
}

void HostileHttpServer::setUp(QTcpSocket *socket)
{
    m_connections.emplace(socket, Connection{});
    ++m_acceptedConnections;
    m_maxConnections = std::max(m_maxConnections, ++m_openConnections);
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { processBuffer(socket); });
    connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] { pumpHugeBody(socket); });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
        const auto it = m_connections.find(socket);
        if (it == m_connections.end())
            return;
        if (it->second.active)
            --m_activeRequests;
        m_connections.erase(it);
        --m_openConnections;
        socket->deleteLater();
    });
}

void HostileHttpServer::processBuffer(QTcpSocket *socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    Connection &connection = it->second;
    connection.buffer += socket->readAll();
    if (connection.busy)
        return; // no pipelining: the next request waits for this answer
    const qsizetype headerEnd = connection.buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (connection.buffer.size() > MaxHeaderBytes)
            socket->abort();
        return;
    }
    const QList<QByteArray> lines = connection.buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3) {
        socket->abort();
        return;
    }
    Request request;
    request.method = requestLine.at(0);
    request.target = requestLine.at(1);
    qint64 contentLength = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon <= 0)
            continue;
        Header header{lines.at(i).left(colon).trimmed(), lines.at(i).mid(colon + 1).trimmed()};
        if (header.first.compare("Content-Length", Qt::CaseInsensitive) == 0)
            contentLength = header.second.toLongLong();
        request.headers.append(header);
    }
    const qsizetype bodyStart = headerEnd + 4;
    if (connection.buffer.size() - bodyStart < contentLength)
        return; // wait for the rest of the body
    request.body = connection.buffer.mid(bodyStart, contentLength);
    connection.buffer.remove(0, bodyStart + contentLength);
    connection.busy = true;
    connection.active = true;
    connection.closeAfter = request.header("Connection").compare("close", Qt::CaseInsensitive) == 0;
    m_maxActiveRequests = std::max(m_maxActiveRequests, ++m_activeRequests);
    m_requests.append(request);
    emit requestReceived(request);
    handle(socket, request);
}

void HostileHttpServer::handle(QTcpSocket *socket, const Request &request)
{
    switch (m_mode) {
    case Mode::Normal:
        write(socket, normalResponse(request));
        return finishRequest(socket);
    case Mode::Slow:
        QTimer::singleShot(m_slowDelay, socket, [this, socket, request] {
            write(socket, normalResponse(request));
            finishRequest(socket);
        });
        return;
    case Mode::NeverAnswers:
        return;
    case Mode::MalformedJson:
        write(socket, Response::json(200, R"({"id": "node-1", "state": )"));
        return finishRequest(socket);
    case Mode::WrongContentType:
        write(socket, {200, {{"Content-Type", "text/plain"}}, "hello, not JSON\n"});
        return finishRequest(socket);
    case Mode::Html502:
        write(socket, {502,
                       {{"Content-Type", "text/html"}},
                       "<html><body><h1>502 Bad Gateway</h1>\nThe server returned an invalid or "
                       "incomplete response.\n</body></html>\n"});
        return finishRequest(socket);
    case Mode::RedirectToOtherHost: {
        const QByteArray location =
            "http://127.0.0.2:" + QByteArray::number(serverPort()) + request.target;
        write(socket, {302, {{"Location", location}}, {}});
        return finishRequest(socket);
    }
    case Mode::HugeBody:
    case Mode::HugeBodyUnannounced: {
        const bool announced = m_mode == Mode::HugeBody;
        QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n";
        if (announced)
            head += "Content-Length: " + QByteArray::number(m_hugeBodyBytes) + "\r\n";
        else
            head += "Connection: close\r\n";
        socket->write(head + "\r\n");
        m_connections[socket].hugeRemaining = m_hugeBodyBytes;
        m_connections[socket].closeAfter = !announced;
        return pumpHugeBody(socket);
    }
    }
}

HostileHttpServer::Response HostileHttpServer::normalResponse(const Request &request) const
{
    Response response =
        m_handler ? m_handler(request) : m_routes.value(request.path(), m_defaultResponse);
    if (!m_nodeId.isEmpty() && !hasHeader(response.headers, "X-Cluster-Node-Id"))
        response.headers.append({"X-Cluster-Node-Id", m_nodeId});
    if (m_revision >= 0 && !hasHeader(response.headers, "X-Config-Revision"))
        response.headers.append({"X-Config-Revision", QByteArray::number(m_revision)});
    return response;
}

void HostileHttpServer::write(QTcpSocket *socket, const Response &response, bool withLength)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                     reasonPhrase(response.status) + "\r\n";
    for (const Header &header : response.headers)
        out += header.first + ": " + header.second + "\r\n";
    if (withLength)
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += "\r\n" + response.body;
    socket->write(out);
}

void HostileHttpServer::finishRequest(QTcpSocket *socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    Connection &connection = it->second;
    if (connection.active) {
        connection.active = false;
        --m_activeRequests;
    }
    connection.busy = false;
    if (connection.closeAfter) {
        socket->disconnectFromHost();
        return;
    }
    if (!connection.buffer.isEmpty())
        QTimer::singleShot(0, socket, [this, socket] { processBuffer(socket); });
}

void HostileHttpServer::pumpHugeBody(QTcpSocket *socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end() || it->second.hugeRemaining <= 0)
        return;
    Connection &connection = it->second;
    // Keep a little in the socket's buffer, no more: the client decides how much it reads.
    while (connection.hugeRemaining > 0 && socket->bytesToWrite() < 4 * HugeChunkBytes) {
        const qint64 chunk = std::min(HugeChunkBytes, connection.hugeRemaining);
        socket->write(QByteArray(chunk, ' '));
        connection.hugeRemaining -= chunk;
        m_hugeBytesSent += chunk;
    }
    if (connection.hugeRemaining == 0)
        finishRequest(socket);
}
