#include "FakeHttpPeer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>

FakeAnswer FakeAnswer::json(const QJsonObject &object, int status)
{
    return {status, QJsonDocument(object).toJson(QJsonDocument::Compact), false};
}

FakeAnswer FakeAnswer::dropped()
{
    return {0, {}, true};
}

FakeHttpPeer::FakeHttpPeer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_buffers.remove(socket);
                socket->deleteLater();
            });
        }
    });
}

FakeHttpPeer::~FakeHttpPeer()
{
    // The server deletes its sockets, which report their disconnection on the way out: no
    // longer to this half-destroyed peer.
    for (QTcpSocket *socket : m_server.findChildren<QTcpSocket *>())
        socket->disconnect(this);
}

bool FakeHttpPeer::listen()
{
    if (!m_server.listen(QHostAddress::LocalHost, m_port))
        return false;
    m_port = m_server.serverPort();
    return true;
}

QUrl FakeHttpPeer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

void FakeHttpPeer::close()
{
    m_server.close();
    for (const QPointer<QTcpSocket> &socket : std::as_const(m_held)) {
        if (socket)
            socket->abort();
    }
    m_held.clear();
}

void FakeHttpPeer::readFrom(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    FakeRequest request;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    request.method = requestLine.value(0);
    request.target = QUrl::fromEncoded(requestLine.value(1));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                   lines.at(i).mid(colon + 1).trimmed());
    }
    const qsizetype length = request.headers.value("content-length").toLongLong();
    if (buffer.size() < headerEnd + 4 + length)
        return; // the body is still on its way
    request.body = buffer.mid(headerEnd + 4, length);
    buffer.clear();
    requests.append(request);
    const std::optional<FakeAnswer> answer =
        m_handler ? m_handler(request) : std::optional(FakeAnswer::json({}, 404));
    Q_EMIT requestSeen();
    if (!answer) {
        m_held.append(socket);
        return;
    }
    if (answer->drop) {
        socket->abort();
        return;
    }
    socket->write("HTTP/1.1 " + QByteArray::number(answer->status) +
                  " Fake\r\nContent-Type: application/json\r\nContent-Length: " +
                  QByteArray::number(answer->body.size()) + "\r\nConnection: close\r\n\r\n" +
                  answer->body);
    socket->disconnectFromHost();
}
